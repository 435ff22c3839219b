"""Input checks shared by nvlib modules: each raises a ValueError that names the argument."""

from __future__ import annotations

import numpy as np

__all__ = ["as_vectors", "as_finite", "as_positive", "as_in_range"]


def as_finite(x, name: str, *, dtype=float) -> np.ndarray:
    """Return ``x`` as an array, raising ``ValueError`` if any entry is NaN or infinite."""
    arr = np.asarray(x, dtype=dtype)
    if not np.all(np.isfinite(arr)):
        raise ValueError(f"{name} must be finite (got NaN or infinity)")
    return arr


def as_vectors(x, name: str, *, dim: int = 3) -> np.ndarray:
    """Return ``x`` as a finite float array of shape ``(..., dim)``."""
    arr = as_finite(x, name)
    if arr.ndim == 0 or arr.shape[-1] != dim:
        raise ValueError(f"{name} must have shape (..., {dim}); got shape {arr.shape}")
    return arr


def as_positive(x, name: str, *, allow_zero: bool = False) -> np.ndarray:
    """Return ``x`` as a finite array that is > 0 (or >= 0 with ``allow_zero``)."""
    arr = as_finite(x, name)
    bad = arr < 0 if allow_zero else arr <= 0
    if np.any(bad):
        bound = ">= 0" if allow_zero else "> 0"
        raise ValueError(f"{name} must be {bound}; got min {arr.min()!r}")
    return arr


def as_in_range(x, name: str, lo: float, hi: float) -> np.ndarray:
    """Return ``x`` as a finite array with every entry in the closed interval [lo, hi]."""
    arr = as_finite(x, name)
    if np.any((arr < lo) | (arr > hi)):
        raise ValueError(f"{name} must lie in [{lo}, {hi}]; got range [{arr.min()}, {arr.max()}]")
    return arr
