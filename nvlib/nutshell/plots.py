"""Figures of the introductory chapter, "The NV centre in a nutshell"."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

from nvlib import groundstate as gs
from nvlib.figures import figure
from nvlib.style import CLASS_COLORS, SEQUENTIAL, readable
from nvlib.overlays import plane_overlay
#: The generic field direction used in the intro figures (θ, φ in degrees).
GENERIC_DIRECTION_DEG = (70.0, 20.0)


@figure("intro/frequencies", paper="intro", reproduces=None,
        caption="The eight ODMR lines of the four NV classes: (a) versus field magnitude for a fixed "
                "generic direction θ = 70°, φ = 20°; (b) versus polar angle θ at |B| = 10 mT, φ = 20°. "
                "Lower branches ν− solid, upper ν+ dashed.")
def frequencies():
    theta0, phi0 = np.radians(GENERIC_DIRECTION_DEG)
    b = np.linspace(0, 0.03, 301)
    nu_b = gs.odmr_frequencies(gs.field_from_angles(b, theta0, phi0)) / 1e9
    theta = np.linspace(0, np.pi, 361)
    nu_t = gs.odmr_frequencies(gs.field_from_angles(0.01, theta, phi0)) / 1e9
    fig, axes = plt.subplots(1, 2, figsize=(7.4, 3.4), sharey=True)
    for k in range(4):
        for branch, ls in ((0, "-"), (1, "--")):
            axes[0].plot(b * 1e3, nu_b[:, k, branch], ls, color=CLASS_COLORS[k],
                         label=gs.CLASS_LABELS[k] if branch == 0 else None)
            axes[1].plot(np.degrees(theta), nu_t[:, k, branch], ls, color=CLASS_COLORS[k])
    axes[0].set(xlabel="|B| (mT)", ylabel="ODMR frequency (GHz)", title="(a) θ = 70°, φ = 20°")
    axes[1].set(xlabel="polar angle θ of B (deg)", title="(b) |B| = 10 mT, φ = 20°", xlim=(0, 180))
    axes[0].legend(title="NV axis", loc="upper left")
    readable(fig)
    fig.tight_layout()
    return fig


def line_spacing_map(magnitude: float = 0.01, n_theta: int = 181, n_phi: int = 361):
    """Smallest spacing (Hz) between the four ν− lines on a (θ, φ) grid, for the planes map."""
    theta = np.linspace(0, np.pi, n_theta)
    phi = np.linspace(0, 2 * np.pi, n_phi)
    B = gs.field_from_angles(magnitude, theta[:, None], phi[None, :])
    nu = np.sort(gs.odmr_frequencies(B)[..., 0], axis=-1)
    return theta, phi, np.diff(nu, axis=-1).min(axis=-1)


@figure("intro/degeneracy-planes", paper="intro", reproduces=None,
        caption="Where NV classes become degenerate, at |B| = 10 mT: colour is the smallest spacing "
                "between the four ν− lines (log scale). It vanishes on the six {110} planes (two "
                "classes degenerate, dashed) and the three {100} planes (two pairs, solid); the "
                "curves are the analytic great circles.")
def degeneracy_planes():
    theta, phi, spacing = line_spacing_map()
    fig, ax = plt.subplots(figsize=(6.9, 3.6))
    mesh = ax.pcolormesh(np.degrees(phi), np.degrees(theta), np.log10(spacing / 1e6 + 1e-3),
                         cmap=SEQUENTIAL, shading="auto", rasterized=True)
    plane_overlay(ax, legend=True)
    fig.colorbar(mesh, ax=ax, label="log$_{10}$(min Δν$_-$ / MHz)")
    ax.set(xlabel="azimuth φ from [100] (deg)", ylabel="polar angle θ from [001] (deg)",
           xlim=(0, 360), ylim=(180, 0), xticks=range(0, 361, 45), yticks=range(0, 181, 30))
    readable(fig)
    fig.tight_layout()
    return fig


@figure("intro/nv-axes", paper="intro", reproduces=None,
        caption="The four NV axes along the ⟨111⟩ body diagonals of the diamond cube.")
def nv_axes():
    fig = plt.figure(figsize=(4, 4))
    ax = fig.add_subplot(projection="3d")
    corners = np.array([[x, y, z] for x in (-1, 1) for y in (-1, 1) for z in (-1, 1)]) / np.sqrt(3)
    for a in corners:
        for b in corners:
            if np.isclose(np.sum(a != b), 1):
                ax.plot(*np.array([a, b]).T, color="0.7", lw=0.8)
    for k, n in enumerate(gs.NV_AXES):
        ax.quiver(0, 0, 0, *n, color=CLASS_COLORS[k], lw=2, arrow_length_ratio=0.15,
                  label=gs.CLASS_LABELS[k])
    ax.set(xlabel="x [100]", ylabel="y [010]", zlabel="z [001]", xticks=[], yticks=[], zticks=[])
    ax.legend(loc="upper left", title="NV axis")
    ax.set_box_aspect((1, 1, 1))
    # the chapter shows it at 45 % of the text width (about 0.85 of its natural size)
    readable(fig, aim_pt=9.0)
    return fig
