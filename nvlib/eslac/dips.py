r"""Excited-state level crossings and the PL dips they cause.

.. rubric:: Crossings

With λ⊥ = 0 and the field along the NV axis, :math:`m_s = 0` decouples from :math:`m_s = \pm1`
in the excited-state Hamiltonian of :mod:`~nvlib.eslac.hamiltonian`. The two :math:`m_s = 0`
levels are :math:`-\tfrac23 D_\parallel \mp \sqrt{\delta_\perp^2 + (g_l\mu_B B)^2}` (lower,
upper branch) and the four :math:`m_s = \pm1` levels are the eigenvalues of a 4×4 block.
An ESLAC is a field where an :math:`m_s = 0` level meets an :math:`m_s = \pm1` level; λ⊥ then
opens a gap there (it couples :math:`m_s = 0` to :math:`\pm1`), mixes the spin, and the PL dips.
A crossing is *intra-branch* when both levels belong to the same strain branch, *inter-branch*
otherwise (the tesla-field crossings of Fig. 2 of Happacher et al. :cite:`Happacher2022`).

With also D⊥ = 0 each :math:`m` block is a 2×2 orbital problem with closed-form levels
(:func:`analytic_levels`):

.. math::

    E_\pm(m) = D_\parallel(m^2 - \tfrac23) + g_{es}\mu_B B\, m
               \pm \sqrt{\delta_\perp^2 + (g_l\mu_B B - \lambda_\parallel m)^2} .

.. rubric:: Dips

:func:`find_dips` finds the local minima of a PL trace with their depth (relative to the local
baseline) and full width at half depth.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.optimize import brentq
from scipy.signal import find_peaks, peak_widths

from nvlib._validate import as_finite
from nvlib.eslac import hamiltonian as ham

__all__ = ["Crossing", "crossings", "crossing_points", "analytic_levels", "analytic_crossings",
           "Dips", "find_dips", "match_dips"]

_PM1 = [0, 2, 3, 5]  # |x,+1>, |x,-1>, |y,+1>, |y,-1>


@dataclass(frozen=True)
class Crossing:
    """One excited-state crossing: field (mT) and which levels cross."""

    field_mT: float
    ms0_branch: str          # "lower" or "upper"
    partner_branch: str      # branch of the m_s = ±1 level
    partner_m: int           # +1 or -1 (dominant)

    @property
    def inter_branch(self) -> bool:
        """True when the two crossing levels belong to different strain branches."""
        return self.ms0_branch != self.partner_branch

    @property
    def label(self) -> str:
        """Short label, e.g. ``"lower 0 × lower −1"``."""
        m = "+1" if self.partner_m > 0 else "−1"
        return f"{self.ms0_branch} 0 × {self.partner_branch} {m}"


def _blocks(field_mT, strain_GHz, g_l, p):
    """m_s = 0 energies (..., 2) and the ±1 block (..., 4, 4) at λ⊥ = 0, B ∥ z."""
    q = ham.params(**{**p.__dict__, "lambda_perp": 0.0})
    h = ham.es_hamiltonian(field_mT, strain_GHz=strain_GHz, g_l=g_l, p=q)
    e0 = ham.ms0_energies(field_mT, strain_GHz=strain_GHz, g_l=g_l, p=q)
    return e0, h[..., _PM1, :][..., :, _PM1]


def crossing_points(strain_GHz, g_l, field_mT, *, p: ham.ESParams = ham.DOHERTY):
    """All crossings on a grid, batched over strains; linear interpolation between grid points.

    Parameters
    ----------
    strain_GHz : array_like, 1-D
        Strains δ⊥, GHz.
    g_l : float
        Orbital g-factor.
    field_mT : array_like, 1-D, increasing
        Field grid, mT (B ∥ NV axis).

    Returns
    -------
    strain, field, inter : ndarray
        One entry per crossing found: its strain (GHz), field (mT) and whether it is
        inter-branch (True) or intra-branch.
    """
    d = as_finite(strain_GHz, "strain_GHz").ravel()
    b = as_finite(field_mT, "field_mT").ravel()
    if b.size < 2 or np.any(np.diff(b) <= 0):
        raise ValueError("field_mT must be an increasing 1-D grid of at least 2 points")
    e0, blk = _blocks(b[None, :], d[:, None], g_l, p)
    e4, v4 = np.linalg.eigh(blk)
    diff = e0[..., :, None] - e4[..., None, :]             # (ns, nb, 2, 4)
    s = np.sign(diff)
    hit = np.nonzero(s[:, :-1] * s[:, 1:] < 0)
    i_s, i_b, a, c = hit
    f0, f1 = diff[i_s, i_b, a, c], diff[i_s, i_b + 1, a, c]
    field = b[i_b] + (b[i_b + 1] - b[i_b]) * f0 / (f0 - f1)
    w = np.abs(v4[i_s, i_b, :, c]) ** 2                    # weights on _PM1
    upper_partner = (w[:, 0] + w[:, 1]) > (w[:, 2] + w[:, 3])
    inter = upper_partner != (a == 1)
    return d[i_s], field, inter


def crossings(strain_GHz: float, g_l: float, *, field_max_mT: float = 1000.0,
              step_mT: float = 0.5, p: ham.ESParams = ham.DOHERTY) -> list[Crossing]:
    """The ESLAC fields (mT) of one NV for B ∥ axis, refined by root finding, with labels.

    Parameters
    ----------
    strain_GHz : float
        δ⊥, GHz.
    g_l : float
        Orbital g-factor.
    field_max_mT : float
        Upper end of the search, mT (> 0).
    step_mT : float
        Grid step of the bracketing search, mT.
    """
    if not (np.isfinite(field_max_mT) and field_max_mT > 0):
        raise ValueError(f"field_max_mT must be > 0; got {field_max_mT!r}")
    if not (np.isfinite(step_mT) and 0 < step_mT < field_max_mT):
        raise ValueError(f"step_mT must lie in (0, field_max_mT); got {step_mT!r}")
    b = np.arange(0.0, field_max_mT + step_mT, step_mT)
    e0, blk = _blocks(b, strain_GHz, g_l, p)
    e4 = np.linalg.eigvalsh(blk)
    diff = e0[:, :, None] - e4[:, None, :]
    out = []
    for i, a, c in zip(*np.nonzero(np.sign(diff[:-1]) * np.sign(diff[1:]) < 0)):

        def f(x, a=a, c=c):
            e0x, bx = _blocks(x, strain_GHz, g_l, p)
            return e0x[a] - np.linalg.eigvalsh(bx)[c]

        x = brentq(f, b[i], b[i + 1], xtol=1e-6)
        _, bx = _blocks(x, strain_GHz, g_l, p)
        w = np.abs(np.linalg.eigh(bx)[1][:, c]) ** 2
        partner = "upper" if w[0] + w[1] > w[2] + w[3] else "lower"
        m = 1 if w[0] + w[2] > w[1] + w[3] else -1
        out.append(Crossing(float(x), "upper" if a == 1 else "lower", partner, m))
    return sorted(out, key=lambda c: c.field_mT)


def analytic_levels(field_mT, m: int, *, strain_GHz, g_l, p: ham.ESParams = ham.DOHERTY):
    """Closed-form levels E∓(m) (GHz, shape (..., 2)) for D⊥ = λ⊥ = 0, B ∥ z."""
    if m not in (-1, 0, 1):
        raise ValueError(f"m must be -1, 0 or +1; got {m!r}")
    b = as_finite(field_mT, "field_mT") * 1e-3
    r = np.sqrt(np.asarray(strain_GHz) ** 2
                + (g_l * ham.MU_B_GHZ_PER_T * b - p.lambda_par * m) ** 2)
    c = p.D_par * (m * m - 2 / 3) + p.g_es * ham.MU_B_GHZ_PER_T * b * m
    return np.stack([c - r, c + r], axis=-1)


def analytic_crossings(strain_GHz: float, g_l: float, *, field_max_mT: float = 1000.0,
                       p: ham.ESParams = ham.DOHERTY) -> np.ndarray:
    """Fields (mT, sorted) where a closed-form m = 0 level meets an m = ±1 level (D⊥ = λ⊥ = 0)."""
    b = np.arange(0.0, field_max_mT, 0.25)
    out = []
    for m in (-1, 1):
        for a in range(2):
            for c in range(2):
                def f(x, m=m, a=a, c=c):
                    return (analytic_levels(x, 0, strain_GHz=strain_GHz, g_l=g_l, p=p)[..., a]
                            - analytic_levels(x, m, strain_GHz=strain_GHz, g_l=g_l, p=p)[..., c])
                v = f(b)
                for i in np.nonzero(np.sign(v[:-1]) * np.sign(v[1:]) < 0)[0]:
                    out.append(brentq(f, b[i], b[i + 1], xtol=1e-8))
    return np.sort(np.array(out))


@dataclass
class Dips:
    """PL dips: field (mT), relative depth (1 − PL/baseline) and full width at half depth (mT)."""

    field_mT: np.ndarray
    depth: np.ndarray
    width_mT: np.ndarray


def find_dips(field_mT, pl, *, min_depth: float = 0.01) -> Dips:
    """Local minima of a PL trace deeper than ``min_depth`` (relative), with depths and widths.

    Parameters
    ----------
    field_mT : array_like, 1-D, uniformly increasing
        Fields, mT.
    pl : array_like, same shape
        PL (any positive unit).
    min_depth : float
        Minimal relative depth (prominence over the local baseline), in (0, 1).
    """
    b = as_finite(field_mT, "field_mT")
    y = as_finite(pl, "pl")
    if b.ndim != 1 or y.shape != b.shape or b.size < 3:
        raise ValueError("field_mT and pl must be 1-D arrays of the same length (>= 3)")
    if not 0 < min_depth < 1:
        raise ValueError(f"min_depth must lie in (0, 1); got {min_depth!r}")
    idx, props = find_peaks(-y, prominence=min_depth * y.max())
    if idx.size == 0:
        return Dips(np.array([]), np.array([]), np.array([]))
    prom = props["prominences"]
    depth = prom / (y[idx] + prom)
    w = peak_widths(-y, idx, rel_height=0.5, prominence_data=(prom, props["left_bases"],
                                                               props["right_bases"]))[0]
    step = (b[-1] - b[0]) / (b.size - 1)
    # sub-grid position: vertex of the parabola through the three points around the minimum
    i = np.clip(idx, 1, b.size - 2)
    y0, y1, y2 = y[i - 1], y[i], y[i + 1]
    den = y0 - 2 * y1 + y2
    shift = np.where(den > 0, 0.5 * (y0 - y2) / np.where(den > 0, den, 1), 0.0)
    return Dips(b[i] + shift * step, depth, w * step)


def match_dips(dips_mT, targets_mT, *, tolerance_mT: float = 3.0) -> np.ndarray:
    """For each target field, the nearest dip field within ``tolerance_mT`` (NaN if none)."""
    d = np.asarray(dips_mT, float)
    out = []
    for t in np.atleast_1d(targets_mT):
        if d.size == 0:
            out.append(np.nan)
            continue
        j = np.argmin(np.abs(d - t))
        out.append(d[j] if abs(d[j] - t) <= tolerance_mT else np.nan)
    return np.array(out)
