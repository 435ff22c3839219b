"""Physical constants and NV parameters used across nvlib, each with its unit and source.

SI units throughout; angular frequencies in rad/s. Sources are keys of ``references.bib``.
"""

from __future__ import annotations

import numpy as np
import scipy.constants as sc

__all__ = [
    "HBAR",
    "H_PLANCK",
    "K_B",
    "MU_B",
    "G_E_NV",
    "GAMMA_E",
    "GAMMA_E_HZ_PER_T",
    "D_GS",
    "D_GS_HZ",
    "TWO_PI",
]

TWO_PI = 2.0 * np.pi

#: Reduced Planck constant, J s (CODATA, via scipy.constants).
HBAR: float = sc.hbar
#: Planck constant, J s (CODATA).
H_PLANCK: float = sc.h
#: Boltzmann constant, J/K (CODATA).
K_B: float = sc.k
#: Bohr magneton, J/T (CODATA).
MU_B: float = sc.physical_constants["Bohr magneton"][0]

#: NV ground-state electron g-factor, dimensionless :cite:`Doherty2013` (isotropic to 1e-4).
G_E_NV: float = 2.0028
#: Electron gyromagnetic ratio of the NV ground state in Hz/T: g mu_B / h = 28.03 GHz/T.
GAMMA_E_HZ_PER_T: float = G_E_NV * MU_B / H_PLANCK
#: Electron gyromagnetic ratio, rad s^-1 T^-1 (angular).
GAMMA_E: float = TWO_PI * GAMMA_E_HZ_PER_T

#: Ground-state zero-field splitting at room temperature, Hz :cite:`Doherty2013`.
D_GS_HZ: float = 2.87e9
#: Ground-state zero-field splitting, rad/s.
D_GS: float = TWO_PI * D_GS_HZ
