r"""The orbital g-factor from the inter-branch ESLACs, and the bound from not seeing them.

At large strain the two strain branches are :math:`\approx 2\sqrt{\delta_\perp^2 + (g_l\mu_B B)^2}`
apart, while the spin Zeeman energy :math:`g_{es}\mu_B B` of :math:`m_s = \pm1` grows linearly.
The inter-branch crossings (an :math:`m_s = 0` level of one branch with an :math:`m_s = \pm1`
level of the other) therefore occur, up to λ∥ and D corrections, where

.. math::

    g_{es}\mu_B B \approx 2\sqrt{\delta_\perp^2 + (g_l\mu_B B)^2}
    \quad\Longrightarrow\quad
    B^\ast \approx \frac{2\delta_\perp}{\mu_B\sqrt{g_{es}^2 - 4 g_l^2}} ,

which grows with :math:`g_l` and diverges as :math:`g_l \to g_{es}/2`. Not seeing the dips up to
a field :math:`B_{max}` therefore bounds :math:`g_l` from below: :func:`g_l_lower_bound` solves
:math:`B^\ast(g_l) = B_{max}` with the full Hamiltonian (:func:`nvlib.eslac.dips.crossings`),
not with the approximation above (:func:`inter_branch_estimate_mT`).
"""

from __future__ import annotations

import numpy as np
from scipy.optimize import brentq

from nvlib.eslac import dips
from nvlib.eslac import hamiltonian as ham

__all__ = ["inter_branch_fields", "inter_branch_estimate_mT", "g_l_lower_bound"]


def inter_branch_fields(strain_GHz: float, g_l: float, *, field_max_mT: float = 10000.0,
                        step_mT: float = 5.0, p: ham.ESParams = ham.DOHERTY) -> np.ndarray:
    """Fields (mT, sorted) of the inter-branch crossings of one NV, B ∥ axis."""
    cs = dips.crossings(strain_GHz, g_l, field_max_mT=field_max_mT, step_mT=step_mT, p=p)
    return np.array([c.field_mT for c in cs if c.inter_branch])


def inter_branch_estimate_mT(strain_GHz, g_l, *, p: ham.ESParams = ham.DOHERTY):
    """The approximation :math:`B^\\ast = 2\\delta_\\perp/(\\mu_B\\sqrt{g_{es}^2-4g_l^2})`, mT."""
    g_l = np.asarray(g_l, float)
    if np.any(np.abs(g_l) >= p.g_es / 2):
        raise ValueError(f"g_l must satisfy |g_l| < g_es/2 = {p.g_es / 2}")
    return 1e3 * 2 * np.asarray(strain_GHz) / (ham.MU_B_GHZ_PER_T * np.sqrt(p.g_es ** 2
                                                                            - 4 * g_l ** 2))


def g_l_lower_bound(strain_GHz: float, field_max_mT: float, *,
                    p: ham.ESParams = ham.DOHERTY) -> float:
    """Smallest g_l for which no inter-branch crossing lies below ``field_max_mT``.

    Parameters
    ----------
    strain_GHz : float
        δ⊥ of the NV, GHz (> 0).
    field_max_mT : float
        Top of the swept field range, mT: the inter-branch dips were not seen below it.
    """
    if not (np.isfinite(strain_GHz) and strain_GHz > 0):
        raise ValueError(f"strain_GHz must be > 0; got {strain_GHz!r}")
    if not (np.isfinite(field_max_mT) and field_max_mT > 0):
        raise ValueError(f"field_max_mT must be > 0; got {field_max_mT!r}")
    top = 1.5 * field_max_mT

    def lowest(g):
        f = inter_branch_fields(strain_GHz, g, field_max_mT=top, step_mT=top / 2000, p=p)
        return f.min() if f.size else np.inf

    def excess(g):
        return min(lowest(g), top) - field_max_mT

    if excess(0.0) > 0:
        return 0.0
    g_hi = min(0.999 * p.g_es / 2, 1.0)
    if excess(g_hi) <= 0:
        raise ValueError("no g_l <= 1 moves the crossings above field_max_mT")
    return float(brentq(excess, 0.0, g_hi, xtol=1e-4))
