"""Claims of Kortan, Şahin, Flatté (2016) about exchange between pairs (Figs 3–4, main text).

Orderings and qualitative statements are encoded as 1 (holds) / 0 (does not), decided by the
numbers that ``ordering_numbers`` returns and the pair chapter prints.
"""

from __future__ import annotations

import numpy as np

from nvlib.claims.registry import claim
from nvlib.exchange import pairs
from nvlib.exchange.dipolar import dipolar

#: Separation (Å) at which directions are compared (log-linear interpolation along each).
COMPARE_R = 12.0
#: The paper's range of separations (Å).
PAPER_RANGE = 20.0


def curve(a, b, d, o=None, **kw):
    return pairs.exchange_curve(a, b, d, orientation=o, **kw)


def log_at(r, dE, r0):
    """log10|ΔE| interpolated linearly in r at r0 (NaN outside the computed range)."""
    r, a = np.asarray(r), np.abs(np.asarray(dE))
    ok = np.isfinite(a) & (a > 0)
    y = np.log10(np.where(ok, a, 1.0))
    if ok.sum() < 2 or not (r[ok].min() <= r0 <= r[ok].max()):
        return float("nan")
    return float(np.interp(r0, r[ok], y[ok]))


def decay_length(r, dE, r_fit=(0.0, PAPER_RANGE)) -> float:
    """Length (Å) of the straight-line fit of ln|ΔE| against r over r_fit."""
    r, dE = np.asarray(r), np.abs(np.asarray(dE))
    sel = (r >= r_fit[0]) & (r <= r_fit[1]) & np.isfinite(dE) & (dE > 0)
    slope = np.polyfit(r[sel], np.log(dE[sel]), 1)[0]
    return float(-1 / slope)


def crossovers(N=None, M=None, angular=1.0):
    """{(pair or orientation, direction): (computed, extrapolated from r ≤ 20 Å)} in Å."""
    kw = {} if N is None else {"N": N, "M": M}
    out = {}
    keys = [(p, None) for p in pairs.TM_PAIRS] + [(("NV", "NV"), o) for o in pairs.NV_PAIRS]
    for (a, b), o in keys:
        for d in pairs.DIRECTIONS:
            r, dE = curve(a, b, d, o, **kw)
            if len(r) < 2:
                continue
            out[(o or (a, b), d)] = (pairs.crossover(r, dE, angular=angular),
                                     pairs.extrapolated_crossover(r, dE, angular=angular))
    return out


def ordering_numbers() -> dict:
    """The numbers that decide the ordering claims (for the notes and the chapter)."""
    n = {}
    for p in pairs.TM_PAIRS:
        r, dE = curve(*p, "[1-10]")
        n[("1-10 |J| at 12 Å", p)] = 10 ** log_at(r, dE, COMPARE_R)
        n[("1-10 decay length", p)] = decay_length(r, dE)
        for d in pairs.DIRECTIONS:
            n[(f"{d} |J| at 12 Å", p)] = 10 ** log_at(*curve(*p, d), COMPARE_R)
    return n


def _mean_crossover(keys, which=1, **kw):
    c = crossovers(**kw)
    return float(np.mean([c[k][which] for k in keys]))


_NV_NOTE = ("NV⁻ pairs on the 88³ k-mesh, converged to 1 % (80³ → 88³) at every computed "
            "separation (convergence table of the pair chapter); near-perpendicular = the bond "
            "[1-1-1], in the (110) plane of the paper's insets. ")
_TM_OTHER = [(("Cr", "Cr"), "[1-10]"), (("Ni", "Ni"), "[1-10]"), (("Cr", "Ni"), "[1-10]")]
_NV_110 = [(o, "[1-10]") for o in pairs.NV_PAIRS]
_EXTRAP = ("The paper's crossovers come from 'a linear fit to the logarithmic decrease of the "
           "exchange interaction along [1-10]', extrapolated to where it meets the dipolar "
           "coupling. Recomputed the same way: a straight-line fit of ln|ΔE| over the "
           "computed separations ≤ 20 Å, solved against D(r) = (μ0/4π)(gμB)²/r³ (g = 2, no "
           "angular or spin factor). Range: the crossover computed directly on the lattice "
           "(NaN if |ΔE| stays above D to 25 Å), and the extrapolation with the largest "
           "angular factor 2.")


def _range(keys):
    def f():
        vals = [_mean_crossover(keys, 0), _mean_crossover(keys, 1, angular=2.0)]
        vals = [v for v in vals if np.isfinite(v)] or [float("nan")]
        return (min(vals), max(vals))
    return f


@claim(id="exchange/mn-crossover", paper="exchange", source="paper", kind="prediction",
       where="Main text (Fig. 3)", quantity="Mn–Mn exchange = dipolar, from the [1-10] fit",
       unit="Å", paper_value=47.0, tolerance=0.5, verdict="discrepancy", note=_EXTRAP,
       model_range_compute=_range([(("Mn", "Mn"), "[1-10]")]))
def _mn_cross() -> float:
    return _mean_crossover([(("Mn", "Mn"), "[1-10]")])


@claim(id="exchange/tm-crossover", paper="exchange", source="paper", kind="prediction",
       where="Main text (Fig. 3)",
       quantity="exchange = dipolar for Cr–Cr, Ni–Ni, Cr–Ni ([1-10] fit, mean)", unit="Å",
       paper_value=22.0, tolerance=2.0, verdict="reproduced",
       note=_EXTRAP + " 'Roughly 22 Å': tolerance ±2 Å.", model_range_compute=_range(_TM_OTHER))
def _tm_cross() -> float:
    return _mean_crossover(_TM_OTHER)


@claim(id="exchange/nv-crossover", paper="exchange", source="paper", kind="prediction",
       where="Main text (Fig. 4)",
       quantity="exchange = dipolar for NV⁻ pairs ([1-10] fit, mean of the orientations)",
       unit="Å", paper_value=25.0, tolerance=2.5, verdict="discrepancy",
       note=_NV_NOTE + _EXTRAP + " 'Roughly 25 Å': tolerance ±2.5 Å. In this model the NV⁻ "
            "exchange is far longer-ranged than the paper's: every NV⁻ pair, every direction, "
            "stays above the dipolar line to 25 Å (|ΔE| ≥ 6e-6 eV there), and the [1-10] fits "
            "decay slowly (extrapolated crossovers 48–200 Å by orientation). The cause is the "
            "one that made the 88³ mesh necessary: the filled NV⁻ levels of Table II as read "
            "here lie 0.05–0.12 eV above the valence band, so their states decay over ~10 Å; "
            "the paper's four NV⁻ gap levels (three here: exchange/nv-gap-levels) must lie "
            "deeper.", model_range_compute=_range(_NV_110))
def _nv_cross() -> float:
    return _mean_crossover(_NV_110)


def _fraction_above(keys, rmax=PAPER_RANGE):
    above = total = 0
    for (a, b), o, d in keys:
        r, dE = curve(a, b, d, o)
        sel = (r <= rmax) & np.isfinite(dE)
        above += int(np.sum(np.abs(dE[sel]) > dipolar(r[sel], angular=2.0)))
        total += int(sel.sum())
    return above / total


@claim(id="exchange/tm-above-dipolar", paper="exchange", source="paper", kind="prediction",
       where="Main text, Fig. 3",
       quantity="fraction of TM pairs (≤ 20 Å) whose |ΔE| exceeds the dipolar coupling",
       unit="1", paper_value=1.0, tolerance=0.0, verdict="discrepancy",
       note="'For all these calculations the strength of the exchange interaction exceeds the "
            "dipolar interaction': every computed pair at ≤ 20 Å, all directions, against the "
            "dipolar coupling with its largest angular factor 2. About 11 % of the points fall "
            "below it: the fast-decaying pairs with a full majority shell (Cr–Cr, Cr–Ni: "
            "second order in the hopping) along [001] and the bond axis beyond ≈14 Å.")
def _tm_above() -> float:
    return _fraction_above([(p, None, d) for p in pairs.TM_PAIRS for d in pairs.DIRECTIONS])


@claim(id="exchange/nv-above-dipolar", paper="exchange", source="paper", kind="prediction",
       where="Main text, Fig. 4",
       quantity="fraction of NV⁻ pairs (≤ 20 Å) whose |ΔE| exceeds the dipolar coupling",
       unit="1", paper_value=1.0, tolerance=0.0, verdict="reproduced",
       note=_NV_NOTE + "'For all the species and orientations of pairs at the calculated "
            "separations the exchange interactions exceed the dipole-dipole interaction … "
            "regardless of dipole orientation': dipolar with its largest angular factor 2.")
def _nv_above() -> float:
    return _fraction_above([(("NV", "NV"), o, d) for o in pairs.NV_PAIRS
                            for d in pairs.DIRECTIONS])


@claim(id="exchange/order-1-10", paper="exchange", source="paper", kind="prediction",
       where="Main text, Fig. 3",
       quantity="along [1-10]: Mn–Mn > Cr–Cr > Ni–Ni in |J| at 12 Å and in decay length "
                "(1 = yes)", unit="1", paper_value=1.0, tolerance=0.0, verdict="discrepancy",
       note="Decided by |ΔE| interpolated at 12 Å along [1-10] and by the decay length of a "
            "straight-line fit of ln|ΔE| over ≤ 20 Å: Mn–Mn 1.1e-2 eV, 2.43 Å; Ni–Ni "
            "1.7e-4 eV, 1.34 Å; Cr–Cr 4.4e-5 eV, 0.98 Å. Mn–Mn is the largest and slowest, as "
            "the paper says, but Ni–Ni comes before Cr–Cr. In this model Cr fills its e↑ "
            "doublet (full majority shell: ΔE second order in the hopping, fast decay) while Ni "
            "fills two of its three t2↑ states (first order), which orders them the other way.")
def _order() -> float:
    n = ordering_numbers()
    J = [n[("1-10 |J| at 12 Å", p)] for p in (("Mn", "Mn"), ("Cr", "Cr"), ("Ni", "Ni"))]
    L = [n[("1-10 decay length", p)] for p in (("Mn", "Mn"), ("Cr", "Cr"), ("Ni", "Ni"))]
    return float(J[0] > J[1] > J[2] and L[0] > L[1] > L[2])


def crni_fraction() -> float:
    """Fraction of separations (all directions) where |J(Cr–Ni)| < min(|J(Cr–Cr)|, |J(Ni–Ni)|)."""
    smaller = total = 0
    for d in pairs.DIRECTIONS:
        _, a = curve("Cr", "Ni", d)
        _, b = curve("Cr", "Cr", d)
        _, c = curve("Ni", "Ni", d)
        ok = np.isfinite(a) & np.isfinite(b) & np.isfinite(c)
        smaller += int(np.sum(np.abs(a[ok]) < np.minimum(np.abs(b[ok]), np.abs(c[ok]))))
        total += int(ok.sum())
    return smaller / total


@claim(id="exchange/crni-weaker", paper="exchange", source="paper", kind="prediction",
       where="Main text, Fig. 3",
       quantity="Cr–Ni 'often smaller' than both Cr–Cr and Ni–Ni: fraction of separations "
                "> 1/2 (1 = yes)", unit="1", paper_value=1.0, tolerance=0.0,
       verdict="reproduced",
       note="Fraction of all computed separations (four directions) where |ΔE(Cr–Ni)| is "
            "below both homopairs; 'often' read as more than half.")
def _crni() -> float:
    return float(crni_fraction() > 0.5)


@claim(id="exchange/ni-001-nonexponential", paper="exchange", source="paper",
       kind="prediction", where="Main text, Fig. 3",
       quantity="Ni–Ni along [001]: |J| not monotonically decreasing over the first three "
                "spacings (1 = yes)", unit="1", paper_value=1.0, tolerance=0.0,
       verdict="discrepancy",
       note="|ΔE| = 2.2e-3, 1.2e-3, 4.4e-6 eV (with a sign change, ferro to antiferro, between "
            "the first two): decreasing, so the encoded criterion fails, though the decay is "
            "far from exponential (ratios 1.8 then 280), which may be what the paper means. "
            "'Along [001] the Ni–Ni pair does not decrease logarithmically for the closest pair "
            "spacings': 1 when |ΔE| at 3.57, 7.13, 10.70 Å is not a decreasing sequence.")
def _ni001() -> float:
    _, dE = curve("Ni", "Ni", "[001]")
    a = np.abs(dE[:3])
    return float(not (a[0] > a[1] > a[2]))


@claim(id="exchange/1-11-anisotropy", paper="exchange", source="paper", kind="prediction",
       where="Main text, Fig. 3",
       quantity="[1-11] is the strongest direction for Ni–Ni and the weakest for Mn–Mn, "
                "Cr–Cr, Cr–Ni at 12 Å (1 = yes)", unit="1", paper_value=1.0, tolerance=0.0,
       verdict="discrepancy",
       note="At 12 Å [1-10] is the strongest direction for every pair (Ni–Ni: 1.7e-4 eV vs "
            "9.0e-5 along [1-11]) and [001] the weakest (Ni–Ni 1.7e-6, Cr–Cr 5.6e-7, Mn–Mn "
            "3.9e-4 vs [1-11] 5.9e-4 eV): [1-11] is intermediate throughout. |ΔE| interpolated at 12 Å along [001], [1-10] and [1-11] (the sense of the figure; "
            "the other sense [-11-1] is shown apart).")
def _aniso() -> float:
    n = ordering_numbers()
    ok = True
    for p in pairs.TM_PAIRS:
        j = {d: n[(f"{d} |J| at 12 Å", p)] for d in ("[001]", "[1-10]", "[1-11]")}
        best = max(j, key=j.get)
        worst = min(j, key=j.get)
        ok &= (best == "[1-11]") if p == ("Ni", "Ni") else (worst == "[1-11]")
    return float(ok)


def nv_overlay(o1, o2, d="[001]") -> float:
    """Max relative difference of |ΔE| between two NV⁻ orientation pairs along a direction."""
    _, a = curve("NV", "NV", d, o1)
    _, b = curve("NV", "NV", d, o2)
    return float(np.max(np.abs(np.abs(a) - np.abs(b)) / np.maximum(np.abs(a), np.abs(b))))


@claim(id="exchange/nv-mixed-overlay", paper="exchange", source="paper", kind="consistency",
       where="Main text, Fig. 4",
       quantity="NV⁻ along [001]: max relative difference of the two mixed orientation pairs",
       unit="1", paper_value=0.0, tolerance=0.1, verdict="reproduced",
       note=_NV_NOTE + "'The near-parallel near-perpendicular (blue) and near-perpendicular "
            "near-parallel (green) overlay each other in the plot … as expected from the "
            "symmetry': read as within 10 %. With the near-perpendicular axis [1-1-1] the "
            "twofold axis [001] through the pair maps one mixed pair onto the other, so they "
            "agree to rounding: a check of the paper's geometry, not of the model. With [111] "
            "(the earlier reading) they differed by up to 99 %, which is how the choice of axis "
            "was found to matter; [1-1-1] is also the one in the (110) plane of the insets.")
def _mixed() -> float:
    return nv_overlay(("par", "perp"), ("perp", "par"))


@claim(id="exchange/nv-same-overlay", paper="exchange", source="paper", kind="consistency",
       where="Main text, Fig. 4",
       quantity="NV⁻ along [001]: max relative difference of ⊥⊥ and ∥∥ pairs",
       unit="1", paper_value=0.0, tolerance=0.1, verdict="reproduced",
       note="'As do the values for the near-perpendicular near-perpendicular (red) and "
            "near-parallel near-parallel pairs (black)': within 10 %. The two geometries are "
            "related by a symmetry of the crystal along [001], as the paper says ('as expected "
            "from the symmetry'), so they agree to rounding at any mesh: a consistency check.")
def _same() -> float:
    return nv_overlay(("perp", "perp"), ("par", "par"))


@claim(id="exchange/nv-6.17", paper="exchange", source="paper", kind="consistency",
       where="Fig. 4 caption", quantity="separation of the NV⁻ pairs of the insets",
       unit="Å", paper_value=6.17, tolerance=0.005, verdict="discrepancy",
       note="The closest same-sublattice site along [1-11] is a√3 = 6.178 Å away; the caption's "
            "6.17 Å is that number truncated, not rounded (6.18).")
def _d617() -> float:
    return pairs.sites_along("[1-11]", sublattices=(0,))[0][2]


#: The largest [1-11] separation of NV⁻ pairs within the paper's 20 Å (3a√3, Å).
NV_FAR_R = 18.53


def nv_direction_numbers(r0: float = NV_FAR_R) -> dict:
    """|ΔE| (eV) of each NV⁻ orientation pair and direction at r0 (log-linear in r)."""
    return {(o, d): 10 ** log_at(*curve("NV", "NV", d, o), r0)
            for o in pairs.NV_PAIRS for d in ("[001]", "[1-10]", "[1-11]")}


@claim(id="exchange/nv-1-11-largest", paper="exchange", source="paper", kind="prediction",
       where="Main text, Fig. 4",
       quantity="∥⊥ and ∥∥ NV⁻ pairs: [1-11] the strongest direction at the largest spacing "
                "(18.5 Å) (1 = yes)", unit="1", paper_value=1.0, tolerance=0.0,
       verdict="reproduced",
       note=_NV_NOTE + "'At the largest spacings the near-parallel near-perpendicular (blue) "
            "and near-parallel near-parallel (black) pairs have the largest exchange "
            "interactions along [1-11] in direct contrast with the transition metal pairs "
            "where the interactions along [11-1] are in general the smallest': read as a "
            "comparison of directions. 1 when, for both pairs, |ΔE| along [1-11] at 18.53 Å "
            "(the last [1-11] site within 20 Å) exceeds |ΔE| along [001] and [1-10] "
            "interpolated log-linearly at the same separation. It holds by a wide margin "
            "(∥∥: 1.1e-2 eV along [1-11] against 9.9e-4 along [1-10] and 1.3e-4 along [001]; "
            "∥⊥: 4.0e-3 against 1.5e-4 and 7.7e-4), but in this model [1-11] is the strongest "
            "direction for all four orientation pairs, so the paper's singling out of ∥⊥ and "
            "∥∥ is not reproduced.")
def _nv_111() -> float:
    n = nv_direction_numbers()
    ok = True
    for o in (("par", "perp"), ("par", "par")):
        ok &= n[(o, "[1-11]")] > max(n[(o, "[001]")], n[(o, "[1-10]")])
    return float(ok)
