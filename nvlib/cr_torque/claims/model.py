"""Claims of Pellet-Mary et al. (2021) about the origin of the torque.

Main-text Eq. (3), SM Sec. IV A and Fig. 11 (one NV alone at 100 G).
"""

from __future__ import annotations

import numpy as np

from nvlib.cr_torque import torque
from nvlib.constants import D_GS_HZ, GAMMA_E_HZ_PER_T
from nvlib.claims.registry import claim
#: |B| (tesla) and angle to the NV axis (rad) of the paper's perturbative estimate.
_B, _THETA = 1e-2, np.pi / 4
#: The same formula evaluated with gamma and D in Hz instead of rad/s (the factor 2 pi dropped).
_HZ_MIXED = float(torque.perturbative_torque(_B, _THETA, D=D_GS_HZ, gamma=GAMMA_E_HZ_PER_T))
#: The supplement's optical pumping rate, s^-1.
_SI_PUMP = 2 * np.pi * 1e4


def _single_range() -> tuple[float, float]:
    m = _fig11()
    v = [m.single_spin_max_torque("no_strain"), m.single_spin_max_torque("si_text"),
         m.single_spin_max_torque("si_text", pump_rate=_SI_PUMP)]
    return min(v), max(v)


def _fig11():
    from nvlib.cr_torque.plots import model as m
    return m


@claim(id="cr-torque/perturbative-torque", paper="cr-torque", source="paper", kind="consistency",
       where="Main text, Eq. (3) and below",
       quantity="ħ(γ_e B)²/D sin2θ for one polarised NV, B = 100 G, θ = π/4", unit="N·m",
       printed="≈ 2e-27", statements=('cr-torque/s063',),
       readings=(),
       verdict="discrepancy",
       note="Arithmetic on the paper's own formula and inputs. With γ_e = 2π×28.0 GHz/T and "
            "D = 2π×2.87 GHz in rad/s, as ħ requires, the formula gives 1.81e-26 N·m, nine times "
            "the paper's '≈ 2×10⁻²⁷'. Evaluating it with γ_e and D "
            f"in Hz while keeping ħ (dropping one factor 2π) gives {_HZ_MIXED:.3g} N·m, which "
            "rounds to 3e-27, not to the paper's 2e-27: a single 2π slip does not give the "
            "printed digit either (it falls inside the '≈ 2' band, 1–3e-27, only at its edge). "
            "The formula itself is right (claim perturbative-formula). The paper's own "
            "numerical solution (Fig. 11c, ≈ 1e-26 N·m) uses the correct angular units. "
            "Band 1–3e-27 from the printed '≈ 2×10⁻²⁷' (± one unit of its digit).")
def _perturbative() -> float:
    return float(torque.perturbative_torque(_B, _THETA))


#: Strong pumping and slow relaxation: the fully polarised limit in which Eq. (3) is derived.
_POLARISED = dict(pump_rate=1e7, t1_base=1.0, t1_dd=1.0)


@claim(id="cr-torque/perturbative-formula", paper="cr-torque", source="paper",
       kind="consistency", where="Main text ¶9, Eqs (2)–(3); SM Sec. IV A, Eqs (10)–(11)",
       quantity="full single-class Lindblad torque in the polarised limit / ħ(γ_e B)²/D sin2θ, "
                "B = 100 G, θ = π/4", unit="1", printed="1",
       statements=('cr-torque/s056', 'cr-torque/s057', 'cr-torque/s060', 'cr-torque/s061',
                   'cr-torque/s224', 'cr-torque/s227', 'cr-torque/s228'),
       readings=(), tolerance=0.1,
       tolerance_reason="Eq. (10) states its own remainder, O((γ_e B)³/D²), i.e. a relative "
                        "γ_e B/D = 0.098 at 100 G; the band is ±0.1, fixed before computing.",
       verdict="reproduced",
       note="The paper's derivation (ĤB a perturbation to DŜz², second-order energy "
            "−ħ(γB⊥)²/D, torque −∂ε/∂θ = ħ(γB)²/D sin2θ, maximal at θ = π/4) checked against "
            "the exact steady state of one NV: the main model's Hamiltonian with Γ_l = 10⁷ s⁻¹ "
            "and T1 = 1 s, so that the spin is fully pumped into |0⟩ as the derivation assumes. "
            "The ratio is 0.99. This scores the formula; its number, '≈ 2×10⁻²⁷', is claim "
            "perturbative-torque.")
def _perturbative_formula() -> float:
    m = torque.preset(torque.MAIN, **_POLARISED)
    sc = torque.single_class_torque(torque.class_frame_field(_B, _THETA), m)
    return float(sc.amplitude / torque.perturbative_torque(_B, _THETA, D=m.D, gamma=m.gamma))


@claim(id="cr-torque/single-spin-max-torque", paper="cr-torque", source="paper", kind="prediction",
       where="SM Sec. IV A, Fig. 11(c)",
       quantity="maximum torque amplitude on one NV, |B| = 100 G", unit="N·m",
       printed="1e-26", statements=('cr-torque/s241',),
       readings=('cr-torque/main-model', 'cr-torque/strain-frame'),
       verdict="reproduced",
       model_range_compute=_single_range,
       note="Lindblad steady state of one class (main model: Γ_l = 5×10³ s⁻¹, Γ1 = 10³ s⁻¹ on each "
            "T1 jump), maximised over the angle to the NV axis (at 45°). It is 0.62 of the "
            "perturbative ħ(γB)²/D because the pumping leaves only ρ₀₀ − ρ±± ≈ 0.62 of population "
            "difference. The top of the model range is the SM's own Γ_l = 2π·10 kHz, which "
            "polarises the spin almost fully (1.7e-26, close to ħ(γB)²/D = 1.81e-26) and would "
            "round to 2e-26. Tolerance ±0.5e-26: the paper gives one significant figure.")
def _single_max() -> float:
    return _fig11().single_spin_max_torque()


@claim(id="cr-torque/spin-perpendicular-to-axis", paper="cr-torque", source="paper", kind="prediction",
       where="SM Sec. IV A",
       quantity="smallest angle between ⟨S⟩ and the NV axis over field directions, |B| = 100 G",
       unit="deg", printed="90", statements=('cr-torque/s014', 'cr-torque/s234', 'cr-torque/s235'),
       readings=('cr-torque/below-200g',),
       verdict="reproduced", model_range_compute=lambda: _spin_angle_range(),
       note="The SM says that below 200 G the magnetisation is oriented at 90° from the NV axis "
            "(⟨S_z'⟩ ≈ 0). Over θ = 0.1°…359.9° at the SM's 100 G (Fig. 11(b), main model) "
            "|⟨S_z'⟩| stays below 1e-3 while |⟨S⊥⟩| reaches 0.119: ⟨S⟩ is at least 89.6° from "
            "the axis. Band ±0.5° by the printed rule ('90'). The model range is the same scan "
            "at 150 and 190 G, the rest of the SM's 'below 200 G': the angle falls to about "
            "89° at 190 G, outside the band, so the verdict holds at 100 G and depends on the "
            "field up to 200 G (reading cr-torque/below-200g).")
def _spin_angle() -> float:
    return _min_spin_angle(_FIG11_B)


#: The field of Fig. 11(b) and the other fields of the SM's "below 200 G", tesla.
_FIG11_B, _BELOW_200G = 1e-2, (1.5e-2, 1.9e-2)


def _min_spin_angle(b: float) -> float:
    """Smallest angle (deg) between ⟨S⟩ and the NV axis over θ = 0.1°…359.9° at |B| = b."""
    theta = np.radians(np.arange(0.1, 360.0, 0.1))
    sc = torque.single_class_torque(torque.class_frame_field(b, theta),
                                    torque.preset(_fig11().FIG11_PRESET), 0)
    s = np.linalg.norm(sc.spin_local, axis=-1)
    ok = s > 1e-6                                  # B along the axis: no spin, no angle
    return float(np.degrees(np.arccos(np.abs(sc.spin_parallel[ok]) / s[ok])).min())


def _spin_angle_range() -> tuple[float, float]:
    v = [_min_spin_angle(b) for b in (_FIG11_B,) + _BELOW_200G]
    return min(v), max(v)
