"""Overlays shared by the (φ, θ) field-direction plots of several chapters."""

from __future__ import annotations

import numpy as np

from nvlib import groundstate as gs

__all__ = ["DEFAULT_PLANE_STYLES", "wrap_deg", "plane_overlay"]

#: {110} planes dashed, {100} planes solid, as in the paper's Figs 5 and 12.
DEFAULT_PLANE_STYLES: dict[str, dict] = {
    "{110}": dict(color="white", ls="--", lw=1.0),
    "{100}": dict(color="k", ls="-", lw=1.0),
}


def wrap_deg(phi_rad, centre_deg: float) -> np.ndarray:
    """Azimuth in degrees wrapped to (centre − 180°, centre + 180°]."""
    d = np.degrees(phi_rad)
    return (d - centre_deg + 180.0) % 360.0 - 180.0 + centre_deg


def plane_overlay(ax, styles: dict[str, dict] | None = None, *, centre_deg: float | None = None,
                  n_points: int = 721, legend: bool = False) -> None:
    """Draw the degeneracy planes of :func:`nvlib.groundstate.plane_traces` on (φ, θ) axes (deg).

    Parameters
    ----------
    ax : matplotlib Axes
        Axes with azimuth φ (deg) on x and polar angle θ (deg) on y.
    styles : dict, optional
        Plane family (``"{110}"``, ``"{100}"``) → keyword arguments of ``ax.plot``; the families
        drawn are the keys. Default :data:`DEFAULT_PLANE_STYLES`.
    centre_deg : float, optional
        Wrap φ to a 360° window centred here (for paths crossing φ = 0); default φ in [0°, 360°].
    n_points : int
        Samples per trace.
    legend : bool
        Add a legend box.
    """
    for family, style in (styles or DEFAULT_PLANE_STYLES).items():
        for i, (theta, phi) in enumerate(gs.plane_traces(family, n_points)):
            x = np.degrees(phi) if centre_deg is None else wrap_deg(phi, centre_deg)
            if centre_deg is not None:
                x[1:][np.abs(np.diff(x)) > 180] = np.nan
            ax.plot(x, np.degrees(theta), label=f"{family} planes" if i == 0 else None, **style)
    if legend:
        ax.legend(loc="upper right", fontsize=7, frameon=True, facecolor="0.6", framealpha=0.8)
