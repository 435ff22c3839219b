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

__all__ = ["inter_branch_fields", "inter_branch_estimate_mT", "g_l_lower_bound",
           "low_field_strain", "self_consistent_g_l_bound"]


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


def _intra_fields(strain_GHz: float, g_l: float, p: ham.ESParams) -> np.ndarray:
    return np.array(sorted(c.field_mT for c in dips.crossings(strain_GHz, g_l, field_max_mT=300.0,
                                                                step_mT=0.25, p=p)
                           if not c.inter_branch))


def low_field_strain(target_mT, g_l: float, *, guess_GHz: float,
                     p: ham.ESParams = ham.DOHERTY) -> float:
    r"""δ⊥ (GHz) whose intra-branch ESLAC fields at this ``g_l`` best match ``target_mT``.

    Least squares :math:`\min_{\delta_\perp}\sum_i (B_i(\delta_\perp, g_l) - B_i^{target})^2`
    over the low-field (intra-branch, below 300 mT) crossings, searched within ±30 % of
    ``guess_GHz``. This is what a fit of the low-field dips with g_l held at ``g_l`` returns
    for δ⊥ (the dip fields carry almost all of the strain information).
    """
    from scipy.optimize import minimize_scalar

    target = np.sort(np.asarray(target_mT, float))
    if target.ndim != 1 or target.size == 0:
        raise ValueError("target_mT must be a non-empty 1-D array of fields (mT)")
    if not (np.isfinite(guess_GHz) and guess_GHz > 0):
        raise ValueError(f"guess_GHz must be > 0; got {guess_GHz!r}")

    def cost(s):
        got = _intra_fields(s, g_l, p)
        return 1e6 if got.size != target.size else float(np.sum((got - target) ** 2))

    r = minimize_scalar(cost, bounds=(0.7 * guess_GHz, 1.3 * guess_GHz), method="bounded",
                        options={"xatol": 1e-3})
    return float(r.x)


def self_consistent_g_l_bound(strain_GHz: float, g_l_fit: float, field_max_mT: float, *,
                              p: ham.ESParams = ham.DOHERTY,
                              target_p: ham.ESParams | None = None) -> tuple[float, float]:
    r"""Lowest g_l with no inter-branch ESLAC below ``field_max_mT``, δ⊥ refitted at each g_l.

    :func:`g_l_lower_bound` holds δ⊥ at the value fitted with ``g_l_fit``; but the low-field
    dips fix δ⊥ only *given* g_l. Here, for each candidate g_l, δ⊥(g_l) is the strain whose
    low-field ESLACs at that g_l fall where the fitted NV's do (:func:`low_field_strain`, with
    the fitted NV's ESLACs at (``strain_GHz``, ``g_l_fit``) as the target), and the bound solves
    :math:`B^\ast(\delta_\perp(g_l), g_l) = B_{max}`.

    ``target_p`` is the parameter set of the fit that gave ``strain_GHz`` (default ``p``): with
    ``p`` another set, the fitted NV's dips (computed with ``target_p``) stand for the measured
    ones and δ⊥ is refitted to them under ``p``, as a refit of the records with the other set
    would do.

    Returns
    -------
    (g_l, strain_GHz) : the self-consistent bound and δ⊥ there.
    """
    if not (np.isfinite(field_max_mT) and field_max_mT > 0):
        raise ValueError(f"field_max_mT must be > 0; got {field_max_mT!r}")
    target = _intra_fields(strain_GHz, g_l_fit, p if target_p is None else target_p)
    top = 1.5 * field_max_mT

    def excess(g):
        s = low_field_strain(target, g, guess_GHz=strain_GHz, p=p)
        f = inter_branch_fields(s, g, field_max_mT=top, step_mT=top / 2000, p=p)
        return (f.min() if f.size else top) - field_max_mT

    g0 = g_l_lower_bound(low_field_strain(target, g_l_fit, guess_GHz=strain_GHz, p=p),
                         field_max_mT, p=p)
    lo, hi = 0.5 * g0, min(0.999 * p.g_es / 2, 1.0)
    if excess(lo) > 0 or excess(hi) <= 0:
        raise ValueError("the self-consistent bound is not bracketed in "
                         f"[{lo:.3f}, {hi:.3f}]")
    g = float(brentq(excess, lo, hi, xtol=2e-3))
    target_s = low_field_strain(target, g, guess_GHz=strain_GHz, p=p)
    return g, target_s
