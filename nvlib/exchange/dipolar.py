r"""Magnetic dipolar coupling of two spin centres (the reference line of Figs 3–4).

.. math::

    D(r) = \frac{\mu_0}{4\pi}\,\frac{(g\mu_B)^2}{r^3}\;\times a ,

the coupling constant of :math:`H = D\,[\mathbf S_1\cdot\mathbf S_2 - 3(\mathbf S_1\cdot\hat r)
(\mathbf S_2\cdot\hat r)]` for dimensionless spins (``angular = 1``, the main choice: the
paper's "dipolar interaction" without orientation), or with the largest angular factor
:math:`|1 - 3\cos^2\theta| = 2` (``angular = 2``). With g = 2, :math:`D = 2.147\times10^{-4}`
eV Å³ / r³. Energies in eV, distances in Å.
"""

from __future__ import annotations

import numpy as np

from scipy import constants as sc

from nvlib.constants import MU_B

__all__ = ["DIPOLAR_EV_A3", "dipolar", "G_FACTOR"]

G_FACTOR = 2.0
#: (μ0/4π)(g μB)² in eV·Å³ for g = 2.
DIPOLAR_EV_A3 = sc.mu_0 / (4 * np.pi) * (G_FACTOR * MU_B) ** 2 / 1e-30 / sc.e


def dipolar(r_angstrom, *, angular: float = 1.0, spin_product: float = 1.0) -> np.ndarray:
    """Dipolar coupling (eV) at distance r (Å): ``angular * spin_product * DIPOLAR_EV_A3 / r³``.

    Parameters
    ----------
    r_angstrom : array_like
        Distances, > 0 Å.
    angular : float
        Angular factor, 0 ≤ angular ≤ 2 (1: none; 2: collinear moments).
    spin_product : float
        S1·S2 factor, > 0 (1 for the coupling constant).
    """
    r = np.asarray(r_angstrom, float)
    if not np.all(np.isfinite(r)) or np.any(r <= 0):
        raise ValueError("r_angstrom must be finite and > 0 Å")
    if not (0 <= angular <= 2):
        raise ValueError(f"angular must be in [0, 2]; got {angular!r}")
    if not (spin_product > 0):
        raise ValueError(f"spin_product must be > 0; got {spin_product!r}")
    return angular * spin_product * DIPOLAR_EV_A3 / r ** 3
