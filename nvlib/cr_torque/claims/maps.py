"""Claims of Pellet-Mary et al. (2021) about the torque maps: Fig. 3, SM Sec. IV B, main text.

All values are read from the cached maps of :func:`nvlib.cr_torque.plots.maps.torque_maps`
(0.5° grid, |B| = 100 G, one NV per class), computed with Part I's main model; the model range
is the spread over the other variants (the authors' scripts with their E = 3 MHz, the SM's rule
with the scripts' pumping rate, and the SM's rule with its own Γ_l = 2π·10 kHz). Tolerances
follow the paper's precision: its maxima are given to one significant digit
("3 · 10⁻²⁸ N.m"), so a value reproduces when it rounds to the paper's digit, i.e. lies within
±0.5 in that digit.
"""

from __future__ import annotations

from nvlib.claims.registry import claim

_ROUNDING = ("Tolerance: ±0.5 in the paper's single significant digit (the value must round to "
             "the paper's number).")
_OTHERS = ("authors_code", "si_text", "si_text_si_pump")


def _maxima(variant: str | None = None) -> dict[str, float]:
    from nvlib.cr_torque.plots.maps import MAIN_VARIANT, map_maxima
    return map_maxima(variant or MAIN_VARIANT)


def _range(key: str, scale: float = 1.0):
    def compute() -> tuple[float, float]:
        v = [scale * _maxima(o)[key] for o in _OTHERS]
        if key in ("no_cr", "cr"):
            # reading cr-torque/fig3-torque-measure: the component max |Γx| (SM Sec. VI:
            # "one spatial component (e.g. Γx)") of the main model and of every variant
            v += [scale * _maxima(o)[key + "_x"] for o in (None,) + _OTHERS]
        return min(v), max(v)
    return compute


@claim(id="cr-torque/fig3a-max-torque", paper="cr-torque", source="paper", kind="prediction",
       where="Fig. 3(a); SM Sec. IV B",
       quantity="max |Γ| without CR, 4 spins (one per class), |B| = 100 G", unit="N·m",
       printed="3e-28", statements=('cr-torque/s243',),
       readings=('cr-torque/main-model', 'cr-torque/strain-frame', 'cr-torque/fig3-torque-measure'),
       verdict="reproduced",
       model_range_compute=_range("no_cr"),
       note="Amplitude |Γ| over all field directions, 0.5° grid, main model (without CR only "
            "Γ_l/Γ_1 and E matter). The largest component |Γx| is smaller (about 2.2e-28): the "
            "quoted maximum is the amplitude — a reading chosen after comparing "
            "(cr-torque/fig3-torque-measure); the component the SM names is in the model range, "
            "which therefore straddles the band. The top of the model range is the scripts' strain "
            "E = 3 MHz (on our choice of the x' axes), which would round to 4e-28. " + _ROUNDING)
def _fig3a_max() -> float:
    return _maxima()["no_cr"]


@claim(id="cr-torque/fig3a-max-torque-main-text", paper="cr-torque", source="paper",
       kind="prediction", where="Main text, discussion of Fig. 3(a)",
       quantity="max |Γ| without CR, 4 spins (main text: 'around 10⁻²⁸ N.m')", unit="N·m",
       printed="around 1e-28", statements=('cr-torque/s074',),
       readings=('cr-torque/main-model', 'cr-torque/strain-frame', 'cr-torque/fig3-torque-measure'),
       verdict="discrepancy",
       model_range_compute=_range("no_cr"),
       note="The main text says 'around 10⁻²⁸ N.m, which is 20 times smaller than the torque that "
            "can be obtained for a single class'; the SM (Sec. IV B) says 3·10⁻²⁸ N.m for the same "
            "map. The model gives the SM's value. The main text's factor 20 is 2·10⁻²⁷/10⁻²⁸, with "
            "the single-class value of its Eq. (3) that drops a 2π; with the model's single-class "
            "peak (1.12e-26) and 3.1e-28 the factor is about 36. " + _ROUNDING)
def _fig3a_max_main() -> float:
    return _maxima()["no_cr"]


@claim(id="cr-torque/fig3b-max-torque", paper="cr-torque", source="paper", kind="prediction",
       where="Fig. 3(b); SM Sec. IV B",
       quantity="max |Γ| with CR, 4 spins, |B| = 100 G", unit="N·m",
       printed="3e-27", statements=('cr-torque/s247',),
       readings=('cr-torque/main-model', 'cr-torque/strain-frame', 'cr-torque/fig3-torque-measure'),
       verdict="reproduced",
       model_range_compute=_range("cr"),
       note="Main model: Lorentzian of half width 6 MHz on both ODMR branches, 1 kHz base rate "
            "plus 1 kHz per resonant transition on all six T1 jumps, Γ_l = 5×10³ s⁻¹. Maximum on "
            "the {110} planes at θ ≈ 39°, φ = 45° and its cubic images. The model range: the "
            "SM's own rule (Gaussian σ_dd on ν₋, single-quantum jumps) gives about 3.9e-27, which "
            "rounds to 4e-27; with the SM's Γ_l = 2π·10 kHz as well, about 1.45e-27 (strong "
            "pumping re-polarises the CR-depolarised classes). " + _ROUNDING)
def _fig3b_max() -> float:
    return _maxima()["cr"]


@claim(id="cr-torque/fig3-enhancement", paper="cr-torque", source="paper", kind="prediction",
       where="SM Sec. IV B (item 1)",
       quantity="max |Γ| with CR / max |Γ| without CR ('increased by an order of magnitude', "
                "3e-27/3e-28)",
       unit="1", printed="of the order of 10", statements=('cr-torque/s011', 'cr-torque/s022', 'cr-torque/s079', 'cr-torque/s246'),
       readings=('cr-torque/main-model', 'cr-torque/strain-frame'),
       verdict="reproduced",
       model_range_compute=_range("ratio"),
       note="Ratio of the two map maxima (main model). Tolerance from the one-digit rounding of "
            "both maxima: 2.5/3.5 to 3.5/2.5, i.e. 7 to 14.")
def _enhancement() -> float:
    return _maxima()["ratio"]


@claim(id="cr-torque/fig3b-ridges-on-110", paper="cr-torque", source="paper", kind="consistency",
       where="SM Sec. IV B (item 2)",
       quantity="angular distance of the CR-map maximum from the nearest {110} plane",
       unit="deg", printed="0", statements=('cr-torque/s080', 'cr-torque/s250', 'cr-torque/s251'),
       readings=(),
       tolerance=0.5, tolerance_reason="The paper prints no number ('coincide with crossings of the crystal planes'); the band is the 0.5° grid step of the maps.",
       verdict="reproduced",
       note="The SM says the CR enhancement is resonant and lies on the {110} planes. In the "
            "model CR needs a degeneracy, which a {110} plane provides by construction, and the "
            "0.5° grid contains the plane φ = 45°: a check of the map code's geometry, not a "
            "prediction. Tolerance: the 0.5° grid step.")
def _ridges() -> float:
    from nvlib.cr_torque.plots.maps import distance_to_planes_deg
    m = _maxima()
    return distance_to_planes_deg(m["cr_theta_deg"], m["cr_phi_deg"], "{110}")


@claim(id="cr-torque/torque-1e9-spins", paper="cr-torque", source="paper", kind="consistency",
       where="Main text, after Eq. (3)",
       quantity="CR torque for N0 = 10⁹ spins (N0/4 per class) at the CR maximum", unit="N·m",
       printed="≈ 1e-18", statements=('cr-torque/s064',),
       readings=(),
       verdict="reproduced",
       note="Main text: 'Taking into account the whole NV level structure, we then find "
            "τs ≈ 10⁻¹⁸ N.m, using 10⁹ spins polarized in the ground state.' Arithmetic on the "
            "Fig. 3(b) maximum (N0/4 = 2.5×10⁸ spins per class times the 4-spin maximum), so it "
            "is not counted as a second prediction. A single class of 10⁹ spins at θ = π/4 "
            "would give 10⁹ × 1.12e-26 ≈ 1.1e-17 N·m, ten times more. " + _ROUNDING)
def _torque_1e9() -> float:
    from nvlib.cr_torque.plots.maps import N_PER_CLASS_PAPER
    return N_PER_CLASS_PAPER * _maxima()["cr"]
