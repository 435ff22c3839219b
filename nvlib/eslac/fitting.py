r"""The per-NV fits of supplement B, and synthetic records to test them on.

.. rubric:: B.1, NV⁻ PL versus field

Free parameters (as Table 3): δ⊥ (GHz), its angle φ_δ (degrees), g_l (NV1-S1 only; 0.14
otherwise), the field misalignment θ_B (degrees), β_x, β_y and the background (counts/s); the
collection efficiency is fixed (:data:`nvlib.eslac.ratemodel.COLLECTION`), rates of Gupta et al.
Least squares on the PL trace with Poisson weights (``scipy.optimize.least_squares``); the
one-sigma errors are the square roots of the diagonal of
:math:`\sigma^2 (J^{\mathsf T}J)^{-1}` at the optimum (J the weighted Jacobian, σ² the reduced
χ²).

.. rubric:: B.2, NV⁰ PL

With the B.1 parameters fixed, the 12-level model's NV⁰ PL is
:math:`\eta_0 k_{r0} n_{0e}(B) + \mathrm{bg}_0` and the NV⁻ PL
:math:`\eta k_r \sum_E n(B) + \mathrm{bg}_-`: both are linear in their free parameters
(η₀, bg₀; bg₋), fitted by weighted linear least squares.

.. rubric:: Synthetic records

The measured records are not public. :func:`synthetic_record` draws Poisson counts from the
model at the Table 3 parameters, for an integration time per field point (counts/s =
counts / time); the seed makes it reproducible.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.optimize import least_squares

from nvlib._validate import as_finite, as_positive
from nvlib.eslac import chargestate as cs
from nvlib.eslac import ratemodel as rm
from nvlib.eslac import samples

__all__ = ["INTEGRATION_S", "FIT_KEYS", "synthetic_record", "FitResult", "fit_nv_minus",
           "fit_nv_zero", "start_values"]

#: Integration time per field point of the synthetic records, s.
INTEGRATION_S = 1.0
#: Order of the B.1 fit parameters.
FIT_KEYS = ("strain_GHz", "strain_angle_deg", "g_l", "theta_B_deg", "beta_x", "beta_y",
            "background_cps")
_LOWER = dict(strain_GHz=0.0, strain_angle_deg=-180.0, g_l=0.0, theta_B_deg=0.0, beta_x=1e-4,
              beta_y=1e-4, background_cps=0.0)
_UPPER = dict(strain_GHz=200.0, strain_angle_deg=180.0, g_l=1.0, theta_B_deg=10.0, beta_x=5.0,
              beta_y=5.0, background_cps=1e7)


def synthetic_record(field_mT, pl_cps, *, integration_s: float = INTEGRATION_S,
                     seed: int = 2022) -> np.ndarray:
    """Poisson-noisy count rates (counts/s) drawn around the model PL ``pl_cps``."""
    pl = as_positive(pl_cps, "pl_cps")
    t = float(as_positive(integration_s, "integration_s"))
    as_finite(field_mT, "field_mT")
    rng = np.random.default_rng(seed)
    return rng.poisson(pl * t) / t


@dataclass
class FitResult:
    """Best-fit values, one-sigma errors (dicts keyed like :data:`FIT_KEYS`) and fit quality."""

    values: dict
    errors: dict
    reduced_chi2: float
    n_eval: int


def start_values(nv: samples.NV, *, offset: float = 0.03) -> dict:
    """Start of the fit: the Table 3 values moved by ``offset`` (relative; +5° for φ_δ)."""
    v = {k: getattr(nv, k) for k in FIT_KEYS}
    out = {k: x * (1 + offset) for k, x in v.items()}
    out["strain_angle_deg"] = v["strain_angle_deg"] + 5.0
    out["g_l"] = v["g_l"]
    return out


def fit_nv_minus(field_mT, counts_cps, start: dict, *, fit_g_l: bool = False,
                 integration_s: float = INTEGRATION_S, prefit_strain: bool = True,
                 **model) -> FitResult:
    """Fit the B.1 parameters to a PL record (counts/s) by weighted least squares.

    The dip fields are set by δ⊥ far more than by anything else, so with ``prefit_strain`` the
    fit first adjusts δ⊥ alone (the other parameters at their start values), which puts the
    model's dips on the record's, and then frees all parameters from there. The minimum is the
    same; a start a few per cent off in δ⊥ otherwise costs tens of iterations.

    Parameters
    ----------
    field_mT, counts_cps : array_like, 1-D
        The record.
    start : dict
        Start values for :data:`FIT_KEYS` (g_l is held at its start value unless ``fit_g_l``).
    fit_g_l : bool
        Free g_l (the paper frees it for NV1-S1 only).
    integration_s : float
        Integration time per point, s (sets the Poisson weights).
    **model
        Fixed keywords of :func:`nvlib.eslac.ratemodel.solve` (``rates``, ``p``, ...).
    """
    b = as_finite(field_mT, "field_mT")
    y = as_finite(counts_cps, "counts_cps")
    if b.ndim != 1 or y.shape != b.shape:
        raise ValueError("field_mT and counts_cps must be 1-D arrays of the same length")
    missing = set(FIT_KEYS) - set(start)
    if missing:
        raise ValueError(f"start must give every key of FIT_KEYS; missing {sorted(missing)}")
    keys = [k for k in FIT_KEYS if fit_g_l or k != "g_l"]
    fixed = {k: start[k] for k in FIT_KEYS if k not in keys}
    sigma = np.sqrt(np.maximum(y, 1.0) / integration_s)
    scale = np.array([max(abs(start[k]), 1.0 if k == "strain_angle_deg" else 1e-3)
                      for k in keys])

    def unpack(x):
        return {**fixed, **{k: v * s for k, v, s in zip(keys, x, scale)}}

    def resid(x):
        return (rm.solve(b, **unpack(x), **model).pl - y) / sigma

    if prefit_strain:
        def resid_strain(x):
            return (rm.solve(b, **{**start, "strain_GHz": x[0]}, **model).pl - y) / sigma

        pre = least_squares(resid_strain, [start["strain_GHz"]], x_scale="jac", diff_step=1e-5,
                            bounds=([_LOWER["strain_GHz"]], [_UPPER["strain_GHz"]]))
        start = {**start, "strain_GHz": float(pre.x[0])}
    x0 = np.array([start[k] for k in keys]) / scale
    lo = np.array([_LOWER[k] for k in keys]) / scale
    hi = np.array([_UPPER[k] for k in keys]) / scale
    res = least_squares(resid, np.clip(x0, lo, hi), method="lm", x_scale="jac",
                        diff_step=1e-4, ftol=1e-6, xtol=1e-6)
    if np.any(res.x < lo) or np.any(res.x > hi):                 # left the physical range
        res = least_squares(resid, np.clip(x0, lo, hi), bounds=(lo, hi), x_scale="jac",
                            diff_step=1e-4, ftol=1e-6, xtol=1e-6)
    dof = max(b.size - len(keys), 1)
    chi2 = float(np.sum(res.fun ** 2) / dof)
    cov = np.linalg.pinv(res.jac.T @ res.jac) * chi2
    err = np.sqrt(np.diag(cov)) * scale
    values = unpack(res.x)
    errors = {k: (float(e) if k in keys else None) for k, e in
              zip(keys, err)} | {k: None for k in fixed}
    return FitResult({k: float(values[k]) for k in FIT_KEYS}, errors, chi2, int(res.nfev))


def fit_nv_zero(field_mT, counts0_cps, counts_minus_cps, params: dict, *,
                integration_s: float = INTEGRATION_S, **model) -> FitResult:
    """B.2: fit (η₀, bg₀) to the NV⁰ record and bg₋ to the NV⁻ record, B.1 parameters fixed.

    ``params`` are the NV's B.1 parameters (keys of :data:`FIT_KEYS`); ``model`` other keywords
    of :func:`nvlib.eslac.chargestate.solve`. Returns values/errors for ``collection0``,
    ``background0_cps`` and ``background_cps``.
    """
    b = as_finite(field_mT, "field_mT")
    y0 = as_finite(counts0_cps, "counts0_cps")
    ym = as_finite(counts_minus_cps, "counts_minus_cps")
    if not (b.shape == y0.shape == ym.shape and b.ndim == 1):
        raise ValueError("field_mT and the two records must be 1-D arrays of the same length")
    sol = cs.solve(b, **{k: params[k] for k in FIT_KEYS if k != "background_cps"},
                   background_cps=0.0, background0_cps=0.0, collection0=1.0, **model)
    out_v, out_e = {}, {}
    chi = []
    for name, y, sig, cols in (
            ("0", y0, sol.pl_zero, ("collection0", "background0_cps")),
            ("-", ym, sol.pl_minus, ("background_cps",))):
        w = 1 / np.sqrt(np.maximum(y, 1.0) / integration_s)
        if name == "0":
            a = np.stack([sig, np.ones_like(sig)], axis=-1)
        else:
            a = np.ones((b.size, 1))
            y = y - sig
        coef, *_ = np.linalg.lstsq(a * w[:, None], y * w, rcond=None)
        r = (a @ coef - y) * w
        c2 = float(r @ r / max(b.size - a.shape[1], 1))
        cov = np.linalg.inv((a * w[:, None]).T @ (a * w[:, None])) * c2
        for k, v, e in zip(cols, coef, np.sqrt(np.diag(cov))):
            out_v[k], out_e[k] = float(v), float(e)
        chi.append(c2)
    return FitResult(out_v, out_e, float(np.mean(chi)), 1)
