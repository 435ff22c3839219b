r"""Ground-state and low-temperature excited-state Hamiltonians of NV⁻, batched over fields.

Energies are in GHz (E/h), fields in millitesla (``field_mT``), angles in degrees.

.. rubric:: Ground state (³A₂)

In the basis :math:`(|{+1}\rangle, |0\rangle, |{-1}\rangle)` of the NV frame (z along the NV
axis) :cite:`Doherty2013`

.. math::

    H_{gs} = D_{gs}\,(S_z^2 - \tfrac23) + g_{gs}\mu_B\,\mathbf B\cdot\mathbf S ,
    \qquad D_{gs} = 2.87771\ \text{GHz},\ g_{gs} = 2.0028 .

:math:`D_{gs}` is the low-temperature value (T → 0, Chen et al. 2011 :cite:`Chen2011`, as used
by Ernst et al. 2023 :cite:`Ernst2023`); the room-temperature 2.87 GHz would put the GSLAC
0.27 mT lower (reading ``eslac/d-gs``). Ground-state strain is neglected (it is three orders of
magnitude below the excited state's).

.. rubric:: Excited state (³E) at low temperature

Orbital ⊗ spin, basis order :math:`|E_x,{+1}\rangle, |E_x,0\rangle, |E_x,{-1}\rangle,
|E_y,{+1}\rangle, |E_y,0\rangle, |E_y,{-1}\rangle` (orbital index slow); σ are the Pauli matrices
on :math:`\{|E_x\rangle, |E_y\rangle\}` (Doherty et al. 2013, Eqs. 3–4 :cite:`Doherty2013`;
the same physics in the form of Maze et al. 2011 :cite:`Maze2011`):

.. math::

    H_{es} = D_\parallel (S_z^2 - \tfrac23)
      - \lambda_\parallel\,\sigma_y\otimes S_z
      + D_\perp\,[\sigma_z\otimes(S_y^2 - S_x^2) - \sigma_x\otimes(S_yS_x + S_xS_y)]
      + \lambda_\perp\,[\sigma_z\otimes(S_xS_z + S_zS_x) - \sigma_x\otimes(S_yS_z + S_zS_y)]
      + \delta_\perp(\cos\varphi_\delta\,\sigma_z - \sin\varphi_\delta\,\sigma_x)
      + g_l\mu_B B_z\,\sigma_y + g_{es}\mu_B\,\mathbf B\cdot\mathbf S .

With this normalisation of :math:`D_\perp` the A₁–A₂ splitting at zero field and strain is
:math:`4D_\perp = 3.1` GHz, so :math:`D_\perp = 0.775` GHz (putting Maze's Δ′ = 1.55 GHz here
instead would double it). With :math:`\varphi_\delta = 0` and :math:`\delta_\perp > 0`,
:math:`|E_x\rangle` is the upper strain branch; at large strain the two orbital triplets are
:math:`\approx 2\delta_\perp` apart. :math:`\mu_B/h = 13.996` GHz/T.

Every function broadcasts its array arguments against each other and returns stacks of shape
``(..., 3, 3)`` or ``(..., 6, 6)``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np
import scipy.constants as sc

from nvlib._validate import as_finite, as_in_range
from nvlib.constants import G_E_NV

__all__ = ["MU_B_GHZ_PER_T", "D_GS_4K_GHZ", "ESParams", "DOHERTY", "LOW_T", "PARAM_SETS",
           "params", "field_components",
           "gs_hamiltonian", "es_hamiltonian", "es_operators", "ms0_energies", "gslac_field_mT"]

#: Bohr magneton over h, GHz/T (CODATA).
MU_B_GHZ_PER_T: float = sc.physical_constants["Bohr magneton in Hz/T"][0] * 1e-9

#: Ground-state zero-field splitting at low temperature (T → 0), GHz: Chen et al., APL 99,
#: 161903 (2011), the value Ernst et al. 2023 use (``Dgs`` in ``nvratemodel/GLOBAL.py`` of
#: github.com/sernstETH/nvratemodel, commit 6fa1052). The room-temperature value is
#: :data:`nvlib.constants.D_GS_HZ` (2.87 GHz).
D_GS_4K_GHZ: float = 2.87771


@dataclass(frozen=True)
class ESParams:
    """Fine-structure parameters of the ³E excited state and of the ground state, GHz.

    Defaults are the low-temperature values collected by Doherty et al. 2013 (Table 3 of the
    review, :cite:`Doherty2013`): λ∥ = 5.3, D∥ = 1.42, D⊥ = 1.55/2, λ⊥ = 0.2 GHz; g_es = 2.01;
    the ground state's D_gs is the low-temperature :data:`D_GS_4K_GHZ`.
    """

    D_par: float = 1.42
    D_perp: float = 1.55 / 2
    lambda_par: float = 5.3
    lambda_perp: float = 0.2
    g_es: float = 2.01
    D_gs: float = D_GS_4K_GHZ
    g_gs: float = G_E_NV

    def __post_init__(self) -> None:
        for name in ("D_par", "D_perp", "lambda_par", "lambda_perp", "D_gs"):
            v = getattr(self, name)
            if not (np.isfinite(v) and 0 <= v < 100):
                raise ValueError(f"{name} must be a finite energy in [0, 100) GHz; got {v!r}")
        for name in ("g_es", "g_gs"):
            v = getattr(self, name)
            if not (np.isfinite(v) and 0 < v < 3):
                raise ValueError(f"{name} must lie in (0, 3); got {v!r}")


#: The book's default parameter set (Doherty et al. 2013, D_gs at 4 K).
DOHERTY = ESParams()

#: The later low-temperature set of Ernst et al. 2023 (:cite:`Ernst2023`; ``nvratemodel/GLOBAL.py``
#: of github.com/sernstETH/nvratemodel, commit 6fa1052): λ∥ = 5.33, D∥ = 1.44, D⊥ = 1.541/2,
#: λ⊥ = 0.154 GHz, g = 2.003 in both ground and excited state. The alternative of the reading
#: ``eslac/es-parameters``.
LOW_T = ESParams(D_par=1.44, D_perp=1.541 / 2, lambda_par=5.33, lambda_perp=0.154, g_es=2.003,
                 g_gs=2.003)

#: The fine-structure parameter sets the model ranges run over (main set first).
PARAM_SETS: dict[str, ESParams] = {"doherty": DOHERTY, "low-T": LOW_T}


def params(**changes) -> ESParams:
    """:data:`DOHERTY` with some fields replaced, e.g. ``params(lambda_perp=0.0)``."""
    return replace(DOHERTY, **changes)


def _spin1():
    s = 1 / np.sqrt(2)
    sx = np.array([[0, s, 0], [s, 0, s], [0, s, 0]], complex)
    sy = np.array([[0, -1j * s, 0], [1j * s, 0, -1j * s], [0, 1j * s, 0]])
    sz = np.diag([1.0, 0.0, -1.0]).astype(complex)
    return sx, sy, sz


_SX, _SY, _SZ = _spin1()
_I3 = np.eye(3, dtype=complex)
_PX = np.array([[0, 1], [1, 0]], complex)
_PY = np.array([[0, -1j], [1j, 0]])
_PZ = np.diag([1.0, -1.0]).astype(complex)
_I2 = np.eye(2, dtype=complex)


def field_components(field_mT, theta_B_deg=0.0, phi_B_deg=0.0):
    """Cartesian field components (tesla) in the NV frame, broadcast over the arguments.

    Parameters
    ----------
    field_mT : array_like
        Field magnitude, mT, ≥ 0.
    theta_B_deg, phi_B_deg : array_like
        Polar angle from the NV axis and azimuth from x, degrees.

    Returns
    -------
    (Bx, By, Bz) : tuple of ndarray
        Tesla, broadcast shape.
    """
    b = as_finite(field_mT, "field_mT") * 1e-3
    if np.any(b < 0):
        raise ValueError("field_mT must be >= 0 (use theta_B_deg = 180 for a reversed field)")
    th = np.radians(as_in_range(theta_B_deg, "theta_B_deg", 0.0, 180.0))
    ph = np.radians(as_finite(phi_B_deg, "phi_B_deg"))
    b, th, ph = np.broadcast_arrays(b, th, ph)
    return b * np.sin(th) * np.cos(ph), b * np.sin(th) * np.sin(ph), b * np.cos(th)


def gs_hamiltonian(field_mT, *, theta_B_deg=0.0, phi_B_deg=0.0,
                   p: ESParams = DOHERTY) -> np.ndarray:
    """Ground-state Hamiltonian, GHz, shape ``(..., 3, 3)`` (see the module docstring)."""
    bx, by, bz = field_components(field_mT, theta_B_deg, phi_B_deg)
    g = p.g_gs * MU_B_GHZ_PER_T
    h0 = p.D_gs * (_SZ @ _SZ - 2 / 3 * _I3)
    return (h0 + g * (bx[..., None, None] * _SX + by[..., None, None] * _SY
                      + bz[..., None, None] * _SZ))


@lru_cache(maxsize=16)
def es_operators(p: ESParams = DOHERTY) -> dict[str, np.ndarray]:
    """The 6×6 operators of the excited-state Hamiltonian (orbital ⊗ spin, GHz where scaled).

    Keys: ``"H0"`` (fine structure, GHz), ``"sx"``, ``"sz"`` (orbital σ ⊗ 1, for the strain
    δ_x σ_z − δ_y σ_x), ``"orb"`` (σ_y ⊗ 1, orbital Zeeman), ``"Sx"``, ``"Sy"``, ``"Sz"`` (1 ⊗ S).
    """
    k = np.kron
    sq = lambda a, b: a @ b + b @ a  # noqa: E731
    h0 = (k(_I2, p.D_par * (_SZ @ _SZ - 2 / 3 * _I3)) - p.lambda_par * k(_PY, _SZ)
          + p.D_perp * (k(_PZ, _SY @ _SY - _SX @ _SX) - k(_PX, sq(_SY, _SX)))
          + p.lambda_perp * (k(_PZ, sq(_SX, _SZ)) - k(_PX, sq(_SY, _SZ))))
    return {"H0": h0, "sx": k(_PX, _I3), "sz": k(_PZ, _I3), "orb": k(_PY, _I3),
            "Sx": k(_I2, _SX), "Sy": k(_I2, _SY), "Sz": k(_I2, _SZ)}


def es_hamiltonian(field_mT, *, strain_GHz=0.0, g_l=0.1, theta_B_deg=0.0, phi_B_deg=0.0,
                   strain_angle_deg=0.0, p: ESParams = DOHERTY) -> np.ndarray:
    """Low-temperature excited-state Hamiltonian, GHz, shape ``(..., 6, 6)``.

    Parameters
    ----------
    field_mT : array_like
        Field magnitude, mT (≥ 0).
    strain_GHz : array_like
        Transverse strain δ⊥, GHz (≥ 0); the branch splitting is ≈ 2δ⊥ at large strain.
    g_l : array_like
        Orbital g-factor (dimensionless, between −1 and 1), coupling only to B_z.
    theta_B_deg, phi_B_deg : array_like
        Field direction from the NV axis, degrees.
    strain_angle_deg : array_like
        φ_δ, degrees: δ_x = δ⊥ cos φ_δ, δ_y = δ⊥ sin φ_δ.
    p : ESParams
        Fine-structure parameters.

    All array arguments broadcast against each other.
    """
    d = as_finite(strain_GHz, "strain_GHz")
    if np.any(d < 0):
        raise ValueError("strain_GHz must be >= 0 (the sign is carried by strain_angle_deg)")
    gl = as_in_range(g_l, "g_l", -1.0, 1.0)
    phe = np.radians(as_finite(strain_angle_deg, "strain_angle_deg"))
    bx, by, bz = field_components(field_mT, theta_B_deg, phi_B_deg)
    bx, by, bz, d, gl, phe = np.broadcast_arrays(bx, by, bz, d, gl, phe)
    ops = es_operators(p)
    g = p.g_es * MU_B_GHZ_PER_T
    coef = np.stack([d * np.cos(phe), -d * np.sin(phe), gl * MU_B_GHZ_PER_T * bz,
                     g * bx, g * by, g * bz], axis=-1)
    stack = np.stack([ops["sz"], ops["sx"], ops["orb"], ops["Sx"], ops["Sy"], ops["Sz"]])
    return ops["H0"] + (coef.astype(complex) @ stack.reshape(6, 36)).reshape(coef.shape[:-1]
                                                                             + (6, 6))


def ms0_energies(field_mT, *, strain_GHz, g_l, p: ESParams = DOHERTY) -> np.ndarray:
    r"""Closed-form ms = 0 excited-state energies for B ∥ z and λ⊥ = 0, GHz, shape ``(..., 2)``.

    With λ⊥ = 0 and B along the axis, ms = 0 decouples:
    :math:`E_\pm(0) = -\tfrac23 D_\parallel \pm \sqrt{\delta_\perp^2 + (g_l\mu_B B)^2}`
    (lower, upper branch).
    """
    b = as_finite(field_mT, "field_mT") * 1e-3
    r = np.sqrt(np.asarray(strain_GHz, float) ** 2 + (np.asarray(g_l) * MU_B_GHZ_PER_T * b) ** 2)
    return np.stack([-2 / 3 * p.D_par - r, -2 / 3 * p.D_par + r], axis=-1)


def gslac_field_mT(p: ESParams = DOHERTY) -> float:
    """Ground-state level anti-crossing field D_gs / (g_gs μ_B/h), mT (102.66 mT at 4 K)."""
    return 1e3 * p.D_gs / (p.g_gs * MU_B_GHZ_PER_T)
