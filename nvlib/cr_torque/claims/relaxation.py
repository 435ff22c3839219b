"""Claims of Pellet-Mary et al. (2021) about spin relaxation: Fig. 2(c), Fig. 6, SM Sec. II A, VI.

The Fig. 6 values are recomputed from the authors' published record
(:mod:`nvlib.cr_torque.records`, repository ``cpelletm/these``, commit and path in
``data/cr-torque/PROVENANCE.md``). The Fig. 2(c) values are refits of the authors' published figure record; the model's T1 rows
compare the main model's mean relaxation time of the populations
(:func:`nvlib.cr_torque.plots.relaxation.relaxation_time_with_partners`) with the mean time 2T
of the paper's stretched exponentials.
"""

from __future__ import annotations

import numpy as np
from scipy import integrate

from nvlib.cr_torque import relaxation as rx
from nvlib.claims.registry import claim

#: Variants shown as the model range of the T1 claims.
_OTHER_PRESETS = ("authors_code", "si_text")

_T1_NOTE = (
    "Like with like (reading cr-torque/t1-definition): the paper prints the T of a "
    "stretched exponential e^(−√(t/T)), whose mean relaxation time is 2T; the model's class "
    "decays as a single exponential with mean time τ = 1/(3Γ) (the class rate Γ acts on all six "
    "T1 jumps, so ṗ₀ = Γ(1 − 3p₀)). The value is the T of the stretched decay with the model's "
    "mean time, τ/2; the model range also covers the 1/e-time reading (T ↔ τ) and the other "
    "presets. The model's rates are inputs chosen to match measured T1s (SM Sec. VI: 'T1⁰ = 1.03 "
    "ms and T1ᵈᵈ = 0.38 ms were chosen to match the T1 measurements'), so this is a consistency "
    "check of that calibration, not a prediction. Main model: class times 1/Γ = 1.0 / 0.33 / "
    "0.14 ms for 0 / 1 / 3 partners, τ = 0.33 / 0.11 / 0.048 ms, τ/2 about ten times shorter "
    "than the paper's T (five times under the 1/e reading): a discrepancy under every reading. "
    "The SI's parameters (model range) give class rates 1/Γ = 1.03 / 0.278 / 0.113 ms, equal "
    "to the exponential-fit T1s of the authors' draft (1.02 / 0.28 ms, repository "
    "cpelletm/these, 'Mes papiers/Méca CR/18112020/Meca_cross.tex' at commit b7c28351): the SI "
    "identifies the Lindblad jump rate with the measured 1/T1, which the factor 3 contradicts, "
    "and its values were not updated to the final stretched fits. Tolerance: the printed digits.")


def _time_ms(n: int, preset: str | None = None, definition: str = "mean") -> float:
    """The model's T1 for ``n`` partners as the paper's stretched-exponential T (ms).

    ``definition="mean"``: τ/2, the T of e^(−√(t/T)) with the model's mean time τ = 1/(3Γ);
    ``"1/e"``: τ, the T with the same 1/e time.
    """
    from nvlib.cr_torque.plots.relaxation import relaxation_time_with_partners
    from nvlib.cr_torque.torque import MAIN
    tau = relaxation_time_with_partners(n, preset or MAIN) * 1e3
    return tau / 2 if definition == "mean" else tau


def _range_ms(n: int) -> tuple[float, float]:
    from nvlib.cr_torque.torque import MAIN
    v = [_time_ms(n, p, d) for p in (MAIN,) + _OTHER_PRESETS for d in ("mean", "1/e")]
    return min(v), max(v)


def _t1_row(n: int, name: str, panel: str, partners: str, printed: str,
            statements: tuple[str, ...], note: str = _T1_NOTE) -> None:
    """Register claim t1-``name``: the model's T1 with ``n`` resonant partners as the paper's
    stretched-exponential T (reading cr-torque/t1-definition), against Fig. 2(c)."""
    def compute() -> float:
        return _time_ms(n)
    compute.__name__ = compute.__qualname__ = f"_t1_{n}"
    claim(id=f"cr-torque/t1-{name}", paper="cr-torque", source="paper", kind="consistency",
          where=f"Fig. 2(c)({panel}), main text",
          quantity="stretched-exponential T with the model's mean relaxation time of ρ₀₀ "
                   f"(τ/2), {partners}",
          unit="ms", printed=printed, statements=statements,
          readings=('cr-torque/main-model', 'cr-torque/t1-definition'),
          verdict="discrepancy", note=note, model_range_compute=lambda: _range_ms(n))(compute)


_t1_row(0, "no-resonance", "i", "no resonant partner", "1.61",
        ('cr-torque/s017', 'cr-torque/s047', 'cr-torque/s300'))
_t1_row(1, "one-partner", "ii", "one resonant partner", "0.490",
        ('cr-torque/s018', 'cr-torque/s300'))
_t1_row(3, "three-partners", "iii", "three resonant partners", "0.220",
        ('cr-torque/s019', 'cr-torque/s300'),
        _T1_NOTE + " The SI itself says the additive model is not meant for triple resonances.")


_FIG6_NOTE = (
    "Least-squares fit without offset of the authors' published Fig. 6 record (200 points, "
    "repository cpelletm/these, path and commit in data/cr-torque/PROVENANCE.md), the paper's "
    "procedure. Tolerance ±0.0005: the paper prints three decimals.")


@claim(id="cr-torque/fig6-r2-stretched", paper="cr-torque", source="paper", kind="reanalysis",
       where="Fig. 6, SM Sec. II A",
       quantity="R² of the stretched-exponential fit A·exp(−√(t/T)) to the measured record",
       unit="1", printed="0.981", statements=('cr-torque/s151', 'cr-torque/s160', 'cr-torque/s162'),
       readings=(),
       verdict="reproduced", note=_FIG6_NOTE)
def _r2_str() -> float:
    from nvlib.cr_torque import records
    return records.fig6_fits()["stretched"].r2


@claim(id="cr-torque/fig6-r2-exponential", paper="cr-torque", source="paper", kind="reanalysis",
       where="Fig. 6, SM Sec. II A",
       quantity="R² of the plain-exponential fit A·exp(−t/T) to the measured record",
       unit="1", printed="0.942", statements=('cr-torque/s161', 'cr-torque/s162'),
       readings=(),
       verdict="reproduced", note=_FIG6_NOTE)
def _r2_exp() -> float:
    from nvlib.cr_torque import records
    return records.fig6_fits()["exponential"].r2


@claim(id="cr-torque/levy-normalisation", paper="cr-torque", source="paper", kind="consistency",
       where="SM Sec. II A",
       quantity="∫ρ(γ)dγ of the Lévy rate distribution", unit="1", printed="1", statements=('cr-torque/s154',),
       readings=(),
       tolerance=1e-06, tolerance_reason="An exact identity of the paper's derivation; the band is the accuracy of the numerical quadrature.",
       verdict="reproduced",
       note="An identity of the distribution the SM writes down, checked by quadrature over "
            "log γ: it tests nvlib's implementation, not the paper.")
def _levy_norm() -> float:
    f = lambda u: rx.levy_rate_density(np.exp(u), 1.0) * np.exp(u)  # noqa: E731
    return integrate.quad(f, -12, 30, limit=200)[0]


@claim(id="cr-torque/levy-stretched", paper="cr-torque", source="paper", kind="consistency",
       where="SM Sec. II A",
       quantity="max |∫ρ(γ)e^{−γt}dγ − exp(−√(t/T1))| at t/T1 = 0.24, 0.96, 4.8", unit="1",
       printed="0", statements=('cr-torque/s150', 'cr-torque/s156'),
       readings=(),
       tolerance=1e-06, tolerance_reason="An exact identity of the paper's derivation; the band is the accuracy of the numerical quadrature.",
       verdict="reproduced",
       note="The SM's identity (the Laplace transform of the Lévy density is the stretched "
            "exponential), checked by quadrature: it tests nvlib's implementation.")
def _levy_laplace() -> float:
    t = np.array([0.24, 0.96, 4.8])
    return float(np.max(np.abs(rx.levy_laplace_transform(t, 1.0, numeric=True)
                                - np.exp(-np.sqrt(t)))))


_FIG2C_DATA_NOTE = (
    "Least-squares fit of c + A·exp(−√(t/T)) (free offset: the paper offsets the traces for "
    "clarity) to the authors' published Fig. 2(c) record: the marker centres of their matplotlib "
    "figure 'Mes papiers/Méca CR/18112020/T1_stretch_V2.eps' (repository cpelletm/these, commit "
    "fa7f1b0d, 198/199/199 points, axes from the figure's tick marks; data/cr-torque/"
    "PROVENANCE.md). The same file holds the authors' fitted curves: this fit reproduces them to "
    "1e-6 of the signal unit (the EPS resolution), so the procedure is theirs. T here is the T "
    "of the stretched exponential, the quantity the paper prints (its mean time is 2T).")
_FIG2C_MISS = (
    " The 1σ standard error of the fitted T is about 7 % (covariance of the 3-parameter fit): "
    "the printed value lies within one standard error but outside the band of its printed digits, "
    "so the printed number is not the rounded fit of the published figure (a different fit or "
    "rounding of the same data); a small discrepancy of the text against its own figure, about "
    "1 % in T against the fit's 7 %. The paper prints '490 µs' and '220 µs': the printed rule "
    "counts every digit of an integer (±0.5 µs); read with the trailing zero as a placeholder "
    "(two significant figures, ±5 µs) the bands are 0.485–0.495 and 0.215–0.225 ms, and the "
    "fits, 0.4848 and 0.2254 ms, are still just outside: the verdict does not depend on how the "
    "zero is read.")


def _fig2c_t(n: int) -> float:
    from nvlib.cr_torque import records
    return records.fig2c_fits()[n].time


def _fig2c_row(n: int, name: str, panel: str, partners: str, printed: str,
               statements: tuple[str, ...], verdict: str, note: str) -> None:
    """Register claim fig2c-t1-``name``-data: the stretched-exponential T fitted to the
    authors' Fig. 2(c) record of the trace with ``n`` resonant partners."""
    def compute() -> float:
        return _fig2c_t(n)
    compute.__name__ = compute.__qualname__ = f"_fig2c_{n}"
    claim(id=f"cr-torque/fig2c-t1-{name}-data", paper="cr-torque", source="paper",
          kind="reanalysis", where=f"Fig. 2(c)({panel}), main text",
          quantity=f"stretched-exponential T fitted to the measured record, {partners}",
          unit="ms", printed=printed, statements=statements, readings=(), verdict=verdict,
          note=note)(compute)


_fig2c_row(0, "no-resonance", "i", "no resonant partner", "1.61",
           ('cr-torque/s017', 'cr-torque/s046', 'cr-torque/s047'),
           "reproduced", _FIG2C_DATA_NOTE)
_fig2c_row(1, "one-partner", "ii", "one resonant partner", "0.490",
           ('cr-torque/s018',), "discrepancy", _FIG2C_DATA_NOTE + _FIG2C_MISS)
_fig2c_row(3, "three-partners", "iii", "three resonant partners", "0.220",
           ('cr-torque/s019',), "discrepancy", _FIG2C_DATA_NOTE + _FIG2C_MISS)
