"""Claims of Pellet-Mary et al. (2021) about spin relaxation: Fig. 2(c), Fig. 6, SM Sec. II A."""

from __future__ import annotations

import numpy as np
from scipy import integrate

from nvlib.cr_torque import relaxation as rx
from nvlib.claims.registry import claim

_T1_NOTE = ("The SI's CR rule 1/T1 = 1/T1⁰ + n/T1ᵈᵈ with its stated T1⁰ = 1.03 ms and "
            "T1ᵈᵈ = 0.38 ms gives 1.03 / 0.278 / 0.113 ms for 0 / 1 / 3 resonant partners. These "
            "match the exponential-fit T1s of the authors' draft (1.02 / 0.28 ms), not the final "
            "main text's stretched-exponential T1s (1.61 ms / 490 µs / 220 µs): the SI parameters "
            "were not updated. The final values would need T1⁰ = 1.61 ms and T1ᵈᵈ ≈ 0.70 ms.")


def _t1_ms(n: int) -> float:
    from nvlib.cr_torque.plots.relaxation import t1_with_partners
    return t1_with_partners(n) * 1e3


@claim(id="cr-torque/t1-no-resonance", paper="cr-torque", source="paper", kind="prediction", where="Fig. 2(c)(i), main text",
       quantity="T1 of a class with no resonant partner (model, SI preset)", unit="ms",
       paper_value=1.61, tolerance=0.16, verdict="discrepancy", note=_T1_NOTE)
def _t1_0() -> float:
    return _t1_ms(0)


@claim(id="cr-torque/t1-one-partner", paper="cr-torque", source="paper", kind="prediction", where="Fig. 2(c)(ii), main text",
       quantity="T1 of a class with one resonant partner (model, SI preset)", unit="ms",
       paper_value=0.490, tolerance=0.05, verdict="discrepancy", note=_T1_NOTE)
def _t1_1() -> float:
    return _t1_ms(1)


@claim(id="cr-torque/t1-three-partners", paper="cr-torque", source="paper", kind="prediction", where="Fig. 2(c)(iii), main text",
       quantity="T1 of a class with three resonant partners (model, SI preset)", unit="ms",
       paper_value=0.220, tolerance=0.022, verdict="discrepancy",
       note=_T1_NOTE + " The SI itself says the additive model is not meant for triple resonances.")
def _t1_3() -> float:
    return _t1_ms(3)


@claim(id="cr-torque/fig6-r2-exponential", paper="cr-torque", source="paper", kind="prediction", where="Fig. 6, SM Sec. II A",
       quantity="R² of the plain-exponential fit (synthetic records calibrated to R²_str = 0.981)",
       unit="1", paper_value=0.942, tolerance=0.01, verdict="discrepancy",
       note="The measured record is not public. On records drawn from the paper's stretched fit, "
            "uniformly sampled over 0–1.5 ms, with noise giving the paper's stretched R² = 0.981, "
            "the plain exponential reaches only R² ≈ 0.88 ± 0.01, not 0.942. R² depends on the "
            "delay sampling (denser early points favour the exponential less) and the real "
            "record's long-time phonon tail, neither of which the paper gives. The qualitative "
            "claim — the stretched form fits better — holds.")
def _r2_exp() -> float:
    return rx.fig6_comparison().r2_exponential_mean


def _noiseless_exp_fit():
    a, tau, _ = rx.PAPER_FIG6["stretched"]
    return rx.fit_exponential(rx.FIG6_DELAYS, rx.stretched_exponential(rx.FIG6_DELAYS, a, tau))


@claim(id="cr-torque/fig6-exp-amplitude", paper="cr-torque", source="paper", kind="prediction", where="Fig. 6, SM Sec. II A",
       quantity="amplitude of the plain-exponential fit to the stretched curve", unit="1",
       paper_value=0.6801, tolerance=0.068, verdict="reproduced",
       note="Fit without offset of a plain exponential to the paper's stretched fit, sampled "
            "uniformly over 0–1.5 ms; tolerance 10 % because the paper's sampling is unknown.")
def _exp_amp() -> float:
    return _noiseless_exp_fit().amplitude


@claim(id="cr-torque/fig6-exp-time", paper="cr-torque", source="paper", kind="prediction", where="Fig. 6, SM Sec. II A",
       quantity="time of the plain-exponential fit to the stretched curve", unit="ms",
       paper_value=0.4267, tolerance=0.043, verdict="reproduced",
       note="As for the amplitude; tolerance 10 %.")
def _exp_time() -> float:
    return _noiseless_exp_fit().time * 1e3


@claim(id="cr-torque/levy-normalisation", paper="cr-torque", source="paper", kind="prediction", where="SM Sec. II A",
       quantity="∫ρ(γ)dγ of the Lévy rate distribution", unit="1", paper_value=1.0,
       tolerance=1e-6, verdict="reproduced", note="Numerical quadrature over log γ.")
def _levy_norm() -> float:
    f = lambda u: rx.levy_rate_density(np.exp(u), 1.0) * np.exp(u)  # noqa: E731
    return integrate.quad(f, -12, 30, limit=200)[0]


@claim(id="cr-torque/levy-stretched", paper="cr-torque", source="paper", kind="prediction", where="SM Sec. II A",
       quantity="max |∫ρ(γ)e^{−γt}dγ − exp(−√(t/T1))| at t/T1 = 0.24, 0.96, 4.8", unit="1",
       paper_value=0.0, tolerance=1e-6, verdict="reproduced",
       note="The fluctuator model's rate distribution gives exactly the stretched exponential.")
def _levy_laplace() -> float:
    t = np.array([0.24, 0.96, 4.8])
    return float(np.max(np.abs(rx.levy_laplace_transform(t, 1.0, numeric=True)
                                - np.exp(-np.sqrt(t)))))
