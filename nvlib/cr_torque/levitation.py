r"""Torque-sensing estimates for the levitated diamond of the CR-torque paper.

Pellet-Mary *et al.*, Phys. Rev. B **103**, L100411 (2021) :cite:`PelletMary2021`, detect the
spin torque on a micro-diamond levitated in a ring Paul trap through the shift of its angular
equilibrium position. This module evaluates the order-of-magnitude estimates of the paper:

* **Angular displacement** (SM Sec. IV C, Eq. 13). A harmonic librational confinement of
  stiffness :math:`K = I\omega_t^2` shifts the equilibrium angle under a static torque
  :math:`\Gamma` by :math:`\delta\theta = \Gamma/(I\omega_t^2)`. With
  :math:`\Gamma = N_\text{NV}\Gamma_1`, :math:`N_\text{NV} = n\,m/m_C` and
  :math:`I = \tfrac25 m r^2` the particle mass cancels:

  .. math::

      \delta\theta = \frac{n\,\Gamma_1}{\tfrac25\, m_C\, r^2\, \omega_t^2},

  evaluated by the paper with :math:`n = 5` ppm, :math:`\Gamma_1 = 10^{-27}` N·m,
  :math:`m_C = 2\times10^{-26}` kg, :math:`r = 7.5` µm, :math:`\omega_t = 6.3\times10^3`
  rad/s, and quoted as "≈ 10⁻³ rad". These numbers give **2.8 × 10⁻⁴ rad**
  (:func:`paper_displacement_estimate`). The main-text version, :math:`\tau/(I_y\omega_\theta^2)`
  with :math:`\tau = 10^{-18}` N·m, :math:`I_y = 10^{-22}` kg m², :math:`\omega_\theta = 2\pi\times1`
  kHz, gives 2.5 × 10⁻⁴ rad (quoted "≈ 1 mrad").
* **Thermal torque noise** (main text, last paragraph): :math:`\eta = \sqrt{4 k_B T \gamma I}`
  (N·m/√Hz, one-sided), "≈ 10⁻²⁰ N·m/√Hz" with :math:`\gamma \approx 2\pi\times1` kHz the
  gas damping of the angular motion (the experiments are at atmospheric pressure, SM Sec. III A),
  and "≈ 10⁻²⁴ N·m/√Hz" under 10⁻² mbar with 1 µm diameter particles.
  :func:`paper_sensitivity_estimates` evaluates these cases (see its docstring for the numbers).
* **Gas damping**: continuum (Stokes) rotational drag :math:`8\pi\eta_g r^3\Omega` gives
  :math:`\gamma = 8\pi\eta_g r^3/I = 15\eta_g/(\rho r^2)`; in the free-molecular regime (diffuse
  reflection, accommodation σ) :math:`\gamma = 10\sigma P/(\pi\rho r\bar v)` (the
  spinning-rotor-gauge formula), :math:`\bar v = \sqrt{8k_BT/(\pi m_\text{gas})}`.

Units: SI throughout (m, kg, s, K, Pa, N·m, rad). Arguments that must be positive raise a
``ValueError`` naming the argument.
"""

from __future__ import annotations

import math
from typing import Literal

import numpy as np
import scipy.constants as sc

from nvlib._validate import as_finite, as_in_range, as_positive
from nvlib.constants import K_B, TWO_PI

__all__ = [
    "DIAMOND_DENSITY",
    "CARBON_MOLAR_MASS",
    "AIR_VISCOSITY",
    "AIR_MOLAR_MASS",
    "ATMOSPHERIC_PRESSURE",
    "ROOM_TEMPERATURE",
    "PAPER_SM_DISPLACEMENT",
    "PAPER_MAIN_TEXT_DISPLACEMENT",
    "PAPER_QUOTED",
    "carbon_number_density",
    "sphere_mass",
    "sphere_moment_of_inertia",
    "nv_number",
    "angular_displacement",
    "paper_displacement_formula",
    "paper_displacement_estimate",
    "paper_main_text_displacement_estimate",
    "thermal_torque_noise",
    "thermal_angle_rms",
    "stokes_rotational_damping",
    "mean_thermal_speed",
    "free_molecular_rotational_damping",
    "mean_free_path",
    "gas_damping_rate",
    "paper_sensitivity_estimates",
]

#: Mass density of diamond, kg/m³ (3.51 g/cm³; standard handbook value, e.g. CRC Handbook of
#: Chemistry and Physics, "Physical constants of inorganic compounds": carbon (diamond) 3.513).
DIAMOND_DENSITY: float = 3510.0
#: Molar mass of carbon (natural isotopic mix), kg/mol (IUPAC standard atomic weight 12.011).
CARBON_MOLAR_MASS: float = 12.011e-3
#: Dynamic viscosity of air at 295 K, Pa·s (Sutherland's law, 1.716e-5 Pa·s at 273.15 K,
#: S = 110.4 K; tables give 1.81–1.83e-5 Pa·s at 293–298 K).
AIR_VISCOSITY: float = 1.82e-5
#: Mean molar mass of dry air, kg/mol.
AIR_MOLAR_MASS: float = 28.97e-3
#: Standard atmosphere, Pa. The paper's experiments are at atmospheric pressure (SM Sec. III A).
ATMOSPHERIC_PRESSURE: float = sc.atm
#: Room temperature assumed for the thermal estimates, K (the paper does not state one).
ROOM_TEMPERATURE: float = 295.0

#: Inputs of the SM estimate δθ = n Γ₁ / ((2/5) m_C r² ω_T²) (SM Sec. IV C), SI units.
PAPER_SM_DISPLACEMENT: dict[str, float] = {
    "torque_per_spin": 1e-27,  # ⟨Γ_1spin⟩, N·m
    "nv_fraction": 5e-6,  # n(NV−) = 5 ppm of the atoms
    "carbon_mass": 2e-26,  # m_C, kg
    "radius": 7.5e-6,  # r, m ("typical radius of our diamonds")
    "omega": 6.3e3,  # ω_T, rad/s (≈ 2π × 1 kHz)
}
#: Inputs of the main-text estimate τ/(I_y ω_θ²) (main text, after Eq. 3), SI units.
PAPER_MAIN_TEXT_DISPLACEMENT: dict[str, float] = {
    "torque": 1e-18,  # τ_s for 1e9 polarised spins, N·m
    "inertia": 1e-22,  # I_y, kg m²
    "omega": TWO_PI * 1e3,  # ω_θ = 2π × 1 kHz
}
#: The values the paper quotes: δθ (rad) and the torque sensitivities (N·m/√Hz), with the
#: conditions stated for them.
PAPER_QUOTED: dict[str, float] = {
    "angular_displacement": 1e-3,  # SM: "≈ 1e-3 rad"; main text: "≈ 1 mrad"
    "sensitivity_ambient": 1e-20,  # η = sqrt(4kTγI_y), γ ≈ 2π·1 kHz, atmospheric pressure
    "damping_rate_ambient": TWO_PI * 1e3,  # γ ≈ (2π) 1 kHz
    "sensitivity_vacuum": 1e-24,  # 1e-2 mbar, 1 µm diameter particles
    "pressure_vacuum": 1.0,  # 1e-2 mbar = 1 Pa
    "radius_vacuum": 0.5e-6,  # 1 µm diameter
}


# ---------------------------------------------------------------------------
# Particle
# ---------------------------------------------------------------------------


def carbon_number_density(density: float = DIAMOND_DENSITY, molar_mass: float = CARBON_MOLAR_MASS):
    r"""Number density of carbon atoms :math:`\rho N_A / M_C`, m⁻³ (1.760 × 10²⁹ for diamond).

    Parameters
    ----------
    density : float or array_like
        Mass density, kg/m³ (default :data:`DIAMOND_DENSITY`).
    molar_mass : float
        Molar mass of carbon, kg/mol (default :data:`CARBON_MOLAR_MASS`).
    """
    rho = as_positive(density, "density")
    m = as_positive(molar_mass, "molar_mass")
    return rho * sc.N_A / m


def sphere_mass(radius, density=DIAMOND_DENSITY):
    r"""Mass of a sphere :math:`m = \tfrac43\pi r^3\rho`, kg.

    Parameters
    ----------
    radius : float or array_like
        Radius, m.
    density : float or array_like
        Mass density, kg/m³ (default diamond, :data:`DIAMOND_DENSITY`).
    """
    r = as_positive(radius, "radius")
    rho = as_positive(density, "density")
    return 4.0 / 3.0 * np.pi * r**3 * rho


def sphere_moment_of_inertia(radius, density=DIAMOND_DENSITY):
    r"""Moment of inertia of a homogeneous sphere about a diameter, :math:`I = \tfrac25 m r^2`, kg m².

    The paper models the diamond as a sphere (SM Sec. IV C). For r = 7.5 µm:
    I = 1.40 × 10⁻²² kg m² (the main text's :math:`I_y \approx 10^{-22}`).

    Parameters
    ----------
    radius : float or array_like
        Radius, m.
    density : float or array_like
        Mass density, kg/m³ (default :data:`DIAMOND_DENSITY`).
    """
    return 0.4 * sphere_mass(radius, density) * as_positive(radius, "radius") ** 2


def nv_number(radius, ppm, *, density=DIAMOND_DENSITY, molar_mass: float = CARBON_MOLAR_MASS):
    r"""Number of NV centres in a diamond sphere: :math:`N = 10^{-6}\,\text{ppm}\cdot n_C\cdot\tfrac43\pi r^3`.

    ``ppm`` is the NV concentration per carbon atom (the paper: "3–4 ppm" for the supplier's
    diamonds in SM Sec. II, 5 ppm in the torque-sensing estimate of SM Sec. IV C), :math:`n_C = \rho N_A/M_C` (:func:`carbon_number_density`). For r = 7.5 µm:
    3.11 × 10¹⁴ carbon atoms, hence 0.93–1.2 × 10⁹ NVs at 3–4 ppm and 1.56 × 10⁹ at 5 ppm
    (the paper's :math:`N_0 \approx 10^9`).

    Parameters
    ----------
    radius : float or array_like
        Radius, m.
    ppm : float or array_like
        NV concentration, parts per million of carbon atoms (>= 0).
    density : float
        Mass density, kg/m³.
    molar_mass : float
        Carbon molar mass, kg/mol.
    """
    r = as_positive(radius, "radius")
    c = as_positive(ppm, "ppm", allow_zero=True)
    return 1e-6 * c * carbon_number_density(density, molar_mass) * 4.0 / 3.0 * np.pi * r**3


# ---------------------------------------------------------------------------
# Angular displacement
# ---------------------------------------------------------------------------


def angular_displacement(torque, inertia, omega):
    r"""Static angular displacement :math:`\delta\theta = \Gamma/(I\omega^2)`, rad (SM Eq. 13).

    A torque Γ on a librational mode of stiffness :math:`K = I\omega^2` shifts the equilibrium
    angle by Γ/K.

    Parameters
    ----------
    torque : float or array_like
        Static torque Γ, N·m (any sign).
    inertia : float or array_like
        Moment of inertia, kg m².
    omega : float or array_like
        Librational (trap) angular frequency, rad/s.
    """
    tau = as_finite(torque, "torque")
    i = as_positive(inertia, "inertia")
    w = as_positive(omega, "omega")
    return tau / (i * w**2)


def paper_displacement_formula(torque_per_spin, nv_fraction, carbon_mass, radius, omega):
    r"""The SM's δθ = n Γ₁ / ((2/5) m_C r² ω²), rad.

    Obtained from :func:`angular_displacement` with :math:`\Gamma = N_\text{NV}\Gamma_1`,
    :math:`N_\text{NV} = n\,m/m_C` and :math:`I = \tfrac25 m r^2` (the mass m cancels, so the
    result does not depend on the density).

    Parameters
    ----------
    torque_per_spin : float or array_like
        Γ₁, torque per NV spin, N·m.
    nv_fraction : float or array_like
        n, NV centres per carbon atom (5 ppm = 5e-6).
    carbon_mass : float or array_like
        m_C, mass of a carbon atom, kg.
    radius : float or array_like
        r, m.
    omega : float or array_like
        ω_T, rad/s.
    """
    g1 = as_finite(torque_per_spin, "torque_per_spin")
    n = as_positive(nv_fraction, "nv_fraction", allow_zero=True)
    mc = as_positive(carbon_mass, "carbon_mass")
    r = as_positive(radius, "radius")
    w = as_positive(omega, "omega")
    return n * g1 / (0.4 * mc * r**2 * w**2)


def paper_displacement_estimate(**overrides: float) -> float:
    r"""The SM's δθ evaluated with the paper's numbers (:data:`PAPER_SM_DISPLACEMENT`), rad.

    n = 5 ppm, Γ₁ = 10⁻²⁷ N·m, m_C = 2 × 10⁻²⁶ kg, r = 7.5 µm, ω_T = 6.3 × 10³ rad/s give
    **2.80 × 10⁻⁴ rad**; the paper writes "≈ 10⁻³ rad" (:data:`PAPER_QUOTED`), 3.6× more.
    ``radius=3.75e-6`` (7.5 µm as the *diameter*) gives 1.12 × 10⁻³ rad;
    ``torque_per_spin=1e-26`` (the SM's own single-spin maximum, Fig. 11) gives 2.8 × 10⁻³ rad.

    Parameters
    ----------
    **overrides
        Replace any entry of :data:`PAPER_SM_DISPLACEMENT` (same keys, SI units).
    """
    unknown = set(overrides) - set(PAPER_SM_DISPLACEMENT)
    if unknown:
        raise ValueError(f"unknown parameter(s) {sorted(unknown)}; allowed: {sorted(PAPER_SM_DISPLACEMENT)}")
    return float(paper_displacement_formula(**{**PAPER_SM_DISPLACEMENT, **overrides}))


def paper_main_text_displacement_estimate(**overrides: float) -> float:
    r"""The main text's τ/(I_y ω_θ²) with τ = 10⁻¹⁸ N·m, I_y = 10⁻²² kg m², ω_θ = 2π × 1 kHz, rad.

    Gives **2.53 × 10⁻⁴ rad**; the paper writes "≈ 1 mrad".

    Parameters
    ----------
    **overrides
        Replace any entry of :data:`PAPER_MAIN_TEXT_DISPLACEMENT` (keys torque, inertia, omega).
    """
    unknown = set(overrides) - set(PAPER_MAIN_TEXT_DISPLACEMENT)
    if unknown:
        raise ValueError(
            f"unknown parameter(s) {sorted(unknown)}; allowed: {sorted(PAPER_MAIN_TEXT_DISPLACEMENT)}")
    return float(angular_displacement(**{**PAPER_MAIN_TEXT_DISPLACEMENT, **overrides}))


# ---------------------------------------------------------------------------
# Thermal noise and gas damping
# ---------------------------------------------------------------------------


def thermal_torque_noise(temperature, damping_rate, inertia):
    r"""Thermal (fluctuation–dissipation) torque noise :math:`\eta = \sqrt{4 k_B T\gamma I}`, N·m/√Hz.

    One-sided spectral density of the Langevin torque on a rotor with equation of motion
    :math:`I\ddot\theta + I\gamma\dot\theta + K\theta = \tau_\text{th}(t)`; the paper's
    "sensitivity η" (main text, last paragraph).

    Parameters
    ----------
    temperature : float or array_like
        Gas temperature T, K.
    damping_rate : float or array_like
        Energy/velocity damping rate γ of the angular motion, s⁻¹ (angular units: the paper's
        "γ ≈ (2π) 1 kHz" means 6.28 × 10³ s⁻¹).
    inertia : float or array_like
        Moment of inertia I, kg m².
    """
    t = as_positive(temperature, "temperature")
    g = as_positive(damping_rate, "damping_rate")
    i = as_positive(inertia, "inertia")
    return np.sqrt(4.0 * K_B * t * g * i)


def thermal_angle_rms(temperature, inertia, omega):
    r"""RMS thermal libration angle :math:`\sqrt{k_B T/(I\omega^2)}`, rad (equipartition).

    For r = 7.5 µm, ω = 6.3 × 10³ rad/s, T = 295 K: 8.6 × 10⁻⁴ rad.

    Parameters
    ----------
    temperature : float or array_like
        T, K.
    inertia : float or array_like
        I, kg m².
    omega : float or array_like
        Librational angular frequency, rad/s.
    """
    t = as_positive(temperature, "temperature")
    i = as_positive(inertia, "inertia")
    w = as_positive(omega, "omega")
    return np.sqrt(K_B * t / (i * w**2))


def stokes_rotational_damping(radius, density=DIAMOND_DENSITY, viscosity=AIR_VISCOSITY):
    r"""Continuum (Stokes) damping rate of a rotating sphere, :math:`\gamma = 15\eta_g/(\rho r^2)`, s⁻¹.

    A sphere rotating at Ω in a viscous fluid (no slip, low Reynolds number) feels the drag
    torque :math:`8\pi\eta_g r^3\Omega`; dividing by :math:`I = \tfrac25\cdot\tfrac43\pi r^3\rho\,r^2
    = \tfrac{8}{15}\pi\rho r^5` gives :math:`\gamma = 15\eta_g/(\rho r^2)`. Valid for Knudsen
    number :math:`\lambda/r \ll 1` (air at 1 atm: λ ≈ 66 nm). For diamond, r = 7.5 µm, air at
    295 K: γ = 1.38 × 10³ s⁻¹ = 2π × 220 Hz.

    Parameters
    ----------
    radius : float or array_like
        r, m.
    density : float or array_like
        Particle density ρ, kg/m³.
    viscosity : float or array_like
        Gas dynamic viscosity η_g, Pa·s (default :data:`AIR_VISCOSITY`).
    """
    r = as_positive(radius, "radius")
    rho = as_positive(density, "density")
    eta = as_positive(viscosity, "viscosity")
    return 15.0 * eta / (rho * r**2)


def mean_thermal_speed(temperature=ROOM_TEMPERATURE, molar_mass: float = AIR_MOLAR_MASS):
    r"""Mean speed of gas molecules :math:`\bar v = \sqrt{8k_BT/(\pi m)}`, m/s (air, 295 K: 464 m/s)."""
    t = as_positive(temperature, "temperature")
    m = as_positive(molar_mass, "molar_mass") / sc.N_A
    return np.sqrt(8.0 * K_B * t / (np.pi * m))


def free_molecular_rotational_damping(pressure, radius, density=DIAMOND_DENSITY,
                                      temperature=ROOM_TEMPERATURE, *,
                                      molar_mass: float = AIR_MOLAR_MASS, accommodation: float = 1.0):
    r"""Free-molecular damping rate of a rotating sphere, :math:`\gamma = 10\sigma P/(\pi\rho r\bar v)`, s⁻¹.

    Diffusely re-emitted molecules carry away the wall's tangential velocity: shear stress
    :math:`\sigma\, n m\bar v u/4` with :math:`n m \bar v = 8P/(\pi\bar v)`; integrating
    :math:`u = \Omega r\sin\alpha` over the sphere gives the drag torque
    :math:`\tfrac{16}{3}\sigma P r^4\Omega/\bar v`, and dividing by :math:`I = \tfrac8{15}\pi\rho r^5`
    gives the formula (the spinning-rotor vacuum-gauge relation). Valid for Knudsen number
    :math:`\lambda/r \gg 1`.

    Parameters
    ----------
    pressure : float or array_like
        Gas pressure P, Pa (1 mbar = 100 Pa).
    radius : float or array_like
        r, m.
    density : float or array_like
        Particle density, kg/m³.
    temperature : float or array_like
        Gas temperature, K.
    molar_mass : float
        Gas molar mass, kg/mol (default air).
    accommodation : float
        Tangential momentum accommodation coefficient σ in [0, 1] (1 = fully diffuse).
    """
    p = as_positive(pressure, "pressure")
    r = as_positive(radius, "radius")
    rho = as_positive(density, "density")
    sigma = as_in_range(accommodation, "accommodation", 0.0, 1.0)
    return 10.0 * sigma * p / (np.pi * rho * r * mean_thermal_speed(temperature, molar_mass))


def mean_free_path(pressure, temperature=ROOM_TEMPERATURE, *, viscosity=AIR_VISCOSITY,
                   molar_mass: float = AIR_MOLAR_MASS):
    r"""Gas mean free path from the viscosity, :math:`\lambda = (\eta_g/P)\sqrt{\pi k_BT/(2m)}`, m.

    Air at 1 atm, 295 K: 66 nm; at 1 Pa: 6.6 mm.
    """
    p = as_positive(pressure, "pressure")
    t = as_positive(temperature, "temperature")
    eta = as_positive(viscosity, "viscosity")
    m = as_positive(molar_mass, "molar_mass") / sc.N_A
    return eta / p * np.sqrt(np.pi * K_B * t / (2.0 * m))


def gas_damping_rate(pressure, radius, density=DIAMOND_DENSITY, temperature=ROOM_TEMPERATURE, *,
                     viscosity=AIR_VISCOSITY, molar_mass: float = AIR_MOLAR_MASS,
                     accommodation: float = 1.0,
                     regime: Literal["auto", "continuum", "free_molecular"] = "auto"):
    r"""Rotational gas damping rate γ of a sphere at any pressure, s⁻¹.

    * ``"continuum"``: :func:`stokes_rotational_damping` (independent of pressure);
    * ``"free_molecular"``: :func:`free_molecular_rotational_damping`;
    * ``"auto"`` (default): the harmonic interpolation
      :math:`\gamma = (1/\gamma_\text{Stokes} + 1/\gamma_\text{fm})^{-1}`, exact in both limits.
      Since :math:`\gamma_\text{fm}/\gamma_\text{Stokes} = r/(6\lambda)` (full accommodation),
      this is :math:`\gamma_\text{Stokes}/(1 + 6\,\mathrm{Kn})`; first-order slip theory gives
      :math:`1/(1 + 3\zeta/r)` with slip length ζ ≈ λ, so the interpolation is an
      order-of-magnitude (factor ≲ 2) description of the transition regime Kn ~ 0.1–10.
      At 1 atm, r = 7.5 µm it is 5 % below Stokes; at 1 Pa, r = 0.5 µm it equals the
      free-molecular value to 10⁻⁴.

    Parameters
    ----------
    pressure : float or array_like
        Pa.
    radius : float or array_like
        m.
    density, temperature, viscosity, molar_mass, accommodation
        As in the functions above.
    regime : {"auto", "continuum", "free_molecular"}
    """
    if regime == "continuum":
        as_positive(pressure, "pressure")
        return stokes_rotational_damping(radius, density, viscosity)
    fm = free_molecular_rotational_damping(pressure, radius, density, temperature,
                                           molar_mass=molar_mass, accommodation=accommodation)
    if regime == "free_molecular":
        return fm
    if regime != "auto":
        raise ValueError(f"regime must be 'auto', 'continuum' or 'free_molecular'; got {regime!r}")
    st = stokes_rotational_damping(radius, density, viscosity)
    return 1.0 / (1.0 / st + 1.0 / fm)


def paper_sensitivity_estimates(temperature: float = ROOM_TEMPERATURE) -> dict[str, dict[str, float]]:
    r"""The paper's torque sensitivities η = √(4kTγI) recomputed under several readings, N·m/√Hz.

    Each entry holds ``radius`` (m), ``pressure`` (Pa), ``inertia`` (kg m²), ``damping_rate``
    (s⁻¹), ``sensitivity`` (N·m/√Hz) and ``paper`` (the quoted value). At T = 295 K:

    ``"paper_numbers"``
        The paper's own γ = 2π × 1 kHz and I_y = 10⁻²² kg m²: **1.0 × 10⁻¹⁹** (quoted 10⁻²⁰).
    ``"ambient_r7.5um"``
        Air at 1 atm, r = 7.5 µm (SM "typical radius"), gas damping from
        :func:`gas_damping_rate` (γ = 1.3 × 10³ s⁻¹ = 2π × 0.21 kHz): **5.5 × 10⁻²⁰**.
    ``"ambient_r3.75um"``
        Same with 7.5 µm read as the *diameter*: γ = 5.0 × 10³ s⁻¹ = 2π × 0.80 kHz (Stokes
        alone: 2π × 0.88 kHz), i.e. the paper's "γ ≈ (2π) 1 kHz"; **1.9 × 10⁻²⁰** (quoted 10⁻²⁰).
    ``"vacuum_1um"``
        10⁻² mbar (1 Pa), 1 µm diameter (r = 0.5 µm), free-molecular damping
        (γ = 3.9 s⁻¹): **3.4 × 10⁻²⁴** (quoted 10⁻²⁴).

    Parameters
    ----------
    temperature : float
        Gas temperature, K (the paper does not state one).
    """
    t = float(as_positive(temperature, "temperature"))
    out: dict[str, dict[str, float]] = {}
    g, i = PAPER_QUOTED["damping_rate_ambient"], PAPER_MAIN_TEXT_DISPLACEMENT["inertia"]
    out["paper_numbers"] = {"radius": math.nan, "pressure": ATMOSPHERIC_PRESSURE, "inertia": i,
                            "damping_rate": g, "paper": PAPER_QUOTED["sensitivity_ambient"],
                            "sensitivity": float(thermal_torque_noise(t, g, i))}
    cases = {
        "ambient_r7.5um": (7.5e-6, ATMOSPHERIC_PRESSURE, PAPER_QUOTED["sensitivity_ambient"]),
        "ambient_r3.75um": (3.75e-6, ATMOSPHERIC_PRESSURE, PAPER_QUOTED["sensitivity_ambient"]),
        "vacuum_1um": (PAPER_QUOTED["radius_vacuum"], PAPER_QUOTED["pressure_vacuum"],
                       PAPER_QUOTED["sensitivity_vacuum"]),
    }
    for key, (r, p, quoted) in cases.items():
        g = float(gas_damping_rate(p, r, temperature=t))
        i = float(sphere_moment_of_inertia(r))
        out[key] = {"radius": r, "pressure": p, "inertia": i, "damping_rate": g, "paper": quoted,
                    "sensitivity": float(thermal_torque_noise(t, g, i))}
    return out
