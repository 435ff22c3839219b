"""Claims of Pellet-Mary et al. (2021) about the torque maps: Fig. 3, SM Sec. IV B, main text.

All values are read from the cached maps of :func:`nvlib.cr_torque.plots.maps.torque_maps`
(0.5° grid, |B| = 100 G, one NV per class), computed with Part I's main model (the authors'
scripts, E = 3 MHz in their class frames). The quantity scored is the one the paper says it
plots, the component Γx (SM Sec. VI: "we only represent one spatial component (e.g. Γx)";
reading cr-torque/fig3-torque-measure). The model range is the spread over the main model's
amplitude |Γ| and over both measures (Γx and |Γ|) of the other variants: E = 0, E on nvlib's x'
axes, the SM's rule with the scripts' pumping rate, and with its own Γ_l = 2π·10 kHz.
Tolerances follow the paper's precision: its maxima are given to one significant digit
("3 · 10⁻²⁸ N.m"), so a value reproduces when it rounds to the paper's digit, i.e. lies within
±0.5 in that digit.
"""

from __future__ import annotations

from nvlib.claims.registry import claim

_ROUNDING = ("Tolerance: ±0.5 in the paper's single significant digit (the value must round to "
             "the paper's number).")
_OTHERS = ("no_strain", "nvlib_frame", "si_text", "si_text_si_pump")
_MM = ('cr-torque/main-model', 'cr-torque/strain-frame', 'cr-torque/fig3-torque-measure')


def _maxima(variant: str | None = None) -> dict[str, float]:
    from nvlib.cr_torque.plots.maps import MAIN_VARIANT, map_maxima
    return map_maxima(variant or MAIN_VARIANT)


def _range(key: str, scale: float = 1.0):
    """Model range of a Γx quantity ``key`` ("no_cr_x", "cr_x", "ratio_x"): the main model's
    amplitude (the other reading of fig3-torque-measure) and both measures of every variant."""
    amp = key[:-2]

    def compute() -> tuple[float, float]:
        v = [scale * _maxima()[amp]]
        v += [scale * _maxima(o)[k] for o in _OTHERS for k in (key, amp)]
        return min(v), max(v)
    return compute


def _map_row(id: str, key: str, *, scale: float = 1.0, range_compute=None, **kw) -> None:
    """Register the claim ``id`` on ``scale`` × the main model's map quantity ``key`` (a key of
    ``map_maxima``), with the model range of :func:`_range` unless ``range_compute`` is given."""
    def compute() -> float:
        return scale * _maxima()[key]
    compute.__name__ = compute.__qualname__ = "_" + id.split("/")[1].replace("-", "_")
    kw.setdefault("readings", _MM)
    claim(id=id, paper="cr-torque", source="paper",
          model_range_compute=range_compute or _range(key, scale), **kw)(compute)


_map_row("cr-torque/fig3a-max-torque", "no_cr_x", kind="prediction",
         where="Fig. 3(a); SM Sec. IV B, VI",
         quantity="max |Γx| without CR, 4 spins (one per class), |B| = 100 G", unit="N·m",
         printed="3e-28", statements=('cr-torque/s243',), verdict="discrepancy",
         note="The component Γx the SM says its plots show, maximised over all field directions "
              "(0.5° grid), main model: about 2.4e-28, which rounds to 2e-28, not the printed "
              "3e-28. The amplitude |Γ| of the same map is about 3.3e-28 and would round to "
              "3e-28: the verdict depends on the reading cr-torque/fig3-torque-measure (the "
              "book's earlier score used the amplitude, a choice made after comparing). Without "
              "CR only Γ_l/Γ_1 and the strain matter; E = 0 gives 2.2e-28 (Γx) and 3.1e-28 "
              "(|Γ|). " + _ROUNDING)

_map_row("cr-torque/fig3a-max-torque-main-text", "no_cr_x", kind="prediction",
         where="Main text, discussion of Fig. 3(a)",
         quantity="max |Γx| without CR, 4 spins (main text: 'around 10⁻²⁸ N.m')", unit="N·m",
         printed="around 1e-28", statements=('cr-torque/s074',), verdict="discrepancy",
         note="The main text says 'around 10⁻²⁸ N.m, which is 20 times smaller than the torque "
              "that can be obtained for a single class'; the SM (Sec. IV B) says 3·10⁻²⁸ N.m for "
              "the same map. The model's 2.4e-28 (Γx; |Γ| 3.3e-28) is outside 'around 1e-28' "
              "under every variant. The main text's factor 20 is 2·10⁻²⁷/10⁻²⁸, with the "
              "single-class value of its Eq. (3), which its own formula does not give (claim "
              "perturbative-torque). Band 0.5–1.5e-28 from 'around 1e-28' (± one unit of its "
              "digit, at most half the value).")

_map_row("cr-torque/fig3b-max-torque", "cr_x", kind="prediction",
         where="Fig. 3(b); SM Sec. IV B, VI",
         quantity="max |Γx| with CR, 4 spins, |B| = 100 G", unit="N·m",
         printed="3e-27", statements=('cr-torque/s247',), verdict="discrepancy",
         note="Main model (the scripts: Lorentzian of half width 6 MHz on both ODMR branches, "
              "1 kHz base rate plus 1 kHz per resonant transition on all six T1 jumps, "
              "Γ_l = 5×10³ s⁻¹, E = 3 MHz in their frames). Maximum on the {110} planes at "
              "θ ≈ 39°, φ = 45° and its images. The component Γx reaches about 2.4e-27, which "
              "rounds to 2e-27, just below the band; the amplitude |Γ| is about 3.4e-27 and "
              "would round to 3e-27 (reading cr-torque/fig3-torque-measure). The model range: "
              "the SM's own rule gives 2.8e-27 (Γx) and 3.9e-27 (|Γ|); with the SM's "
              "Γ_l = 2π·10 kHz as well, 1.0e-27 and 1.45e-27 (strong pumping re-polarises the "
              "CR-depolarised classes). No variant uses rates calibrated to the measured T1 "
              "(the book's T1 rows find the model's 5–10× too short). " + _ROUNDING)

_map_row("cr-torque/fig3-enhancement", "ratio_x", kind="prediction",
         where="SM Sec. IV B (item 1)",
         quantity="max |Γx| with CR / max |Γx| without CR ('increased by an order of magnitude', "
                  "3e-27/3e-28)",
         unit="1", printed="of the order of 10",
         statements=('cr-torque/s011', 'cr-torque/s022', 'cr-torque/s026c', 'cr-torque/s079',
                     'cr-torque/s246'),
         verdict="reproduced",
         note="Ratio of the two Γx map maxima (main model), about 10; the amplitudes give the "
              "same ratio to 1 %. Band: 'of the order of 10', a factor √10 either way.")


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


#: Reading cr-torque/torque-1e9-classes, alternative: one class of N0 = 10⁹ spins at its own
#: maximum (the single-class model of Fig. 11(c), θ = π/4 from the axis).
N0_PAPER = 1e9


def _single_class_1e9() -> float:
    from nvlib.cr_torque.plots import model as m
    return N0_PAPER * float(m.single_spin_max_torque())


def _range_1e9() -> tuple[float, float]:
    from nvlib.cr_torque.plots.maps import N_PER_CLASS_PAPER
    lo, hi = _range("cr_x", N_PER_CLASS_PAPER)()
    one = _single_class_1e9()
    return min(lo, one), max(hi, one)


def _torque_1e9() -> float:
    from nvlib.cr_torque.plots.maps import N_PER_CLASS_PAPER
    return N_PER_CLASS_PAPER * _maxima()["cr_x"]


claim(id="cr-torque/torque-1e9-spins", paper="cr-torque", source="paper", kind="prediction",
      where="Main text, after Eq. (3)",
      quantity="CR torque |Γx| for N0 = 10⁹ spins (N0/4 per class) at the CR maximum",
      unit="N·m", printed="≈ 1e-18", statements=('cr-torque/s064',),
      readings=_MM + ('cr-torque/torque-1e9-classes',),
      verdict="reproduced",
      model_range_compute=_range_1e9,
      note="Main text: 'Taking into account the whole NV level structure, we then find "
           "τs ≈ 10⁻¹⁸ N.m, using 10⁹ spins polarized in the ground state.' Read as the four "
           "classes with CR (reading cr-torque/torque-1e9-classes), the model computes it from "
           "N0 = 10⁹ (an input) and the four-class CR maximum: 2.5×10⁸ × 2.4e-27 ≈ 6e-19 N·m "
           "(Γx), 8.5e-19 (|Γ|). That reading was chosen after comparing with the printed "
           "number: the sentence stands in the single-class discussion of Eq. (3), and a single "
           "class of 10⁹ spins at its maximum gives 10⁹ × 1.1e-26 ≈ 1.1e-17 N·m, ten times more "
           "(in the model range). So the verdict depends on that reading; it is not a blind "
           "prediction. Band 0.5–1.5e-18 from '≈ 1e-18' (± one unit of its digit, at most half "
           "the value).")(_torque_1e9)
