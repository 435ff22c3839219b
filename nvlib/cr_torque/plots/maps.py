"""Figures of the torque-maps chapter of Part I: Figs 3(a), 3(b) and 5 of Pellet-Mary et al.

Fig. 3 is the torque on a diamond holding one NV centre per class (4 spins) as a function of
the direction of a 100 G field, without (a) and with (b) cross-relaxation (CR). The maps are
computed once per model variant by :func:`torque_maps` (``functools.lru_cache``), on a 0.5° grid,
with :func:`nvlib.cr_torque.torque.torque_map`, which solves one octant and fills the sphere with the exact
proper cube rotations (a D2 subgroup for the main model's strain frames). The chapter, the claims (:mod:`nvlib.cr_torque.claims.maps`) and the
figure export all read the same cached maps.

Conventions: θ is the polar angle of B from [001], φ its azimuth from [100]; fields in the
figures are in gauss (1 G = 1e-4 T), converted at the call; torques in N·m with the physical sign
:math:`-\\hbar\\gamma_e\\langle\\mathbf S\\rangle\\times\\mathbf B`
(:data:`nvlib.cr_torque.torque.SIGN_NOTE`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from functools import lru_cache

import matplotlib.pyplot as plt
import numpy as np

from nvlib.cr_torque import fieldpaths
from nvlib import groundstate as gs
from nvlib.cr_torque import torque
from nvlib.figures import figure
from nvlib.style import CLASS_COLORS, DIVERGING, OKABE_ITO, SEQUENTIAL, readable
from nvlib.overlays import plane_overlay
#: Line styles of the plane families on the maps.
_PLANE_LS = (("{110}", "--"), ("{100}", "-"))

__all__ = ["GAUSS", "MAP_FIELD_GAUSS", "GRID_STEP_DEG", "AUTHORS_GRID_STEP_DEG", "VARIANTS",
           "MAIN_VARIANT", "N_PER_CLASS_PAPER", "variant_model", "MapPair", "torque_maps",
           "map_maxima", "distance_to_planes_deg", "RidgeProfile", "ridge_profile"]

#: One gauss in tesla.
GAUSS: float = 1e-4
#: |B| of the Fig. 3 maps (paper: "|B| = 100 G"), G.
MAP_FIELD_GAUSS: float = 100.0
#: Grid step of the book's maps, degrees (361 x 721 points): the CR ridges are ~2° wide (FWHM).
GRID_STEP_DEG: float = 0.5
#: Grid steps (θ, φ) of the authors' map script, 100 x 200 points over [0, π] x [0, 2π], degrees.
AUTHORS_GRID_STEP_DEG: tuple[float, float] = (180.0 / 99, 360.0 / 199)
#: NV centres per class in the paper's estimates: N0/4 with N0 = 1e9 (main text after Eq. 3).
N_PER_CLASS_PAPER: float = 1e9 / 4

#: Model variants compared in the chapter: (preset, overrides, label).
VARIANTS: dict[str, tuple[str, tuple[tuple[str, float], ...], str]] = {
    "main": ("main", (), "main model: the authors' scripts, E = 3 MHz in their class frames"),
    "no_strain": ("no_strain", (), "the scripts' rules with E = 0 (the paper's Hamiltonian)"),
    "nvlib_frame": ("nvlib_frame", (), "the scripts' E = 3 MHz on nvlib's x' axes"),
    "si_text": ("si_text", (), "SI rule, Γ_l = 5×10³ s⁻¹"),
    "si_text_si_pump": ("si_text", (("pump_rate", 2 * np.pi * 1e4),),
                        "SI rule, SI's Γ_l = 2π·10 kHz"),
}
#: The variant of the main figures and claims: Part I's main model
#: (:data:`nvlib.cr_torque.torque.PRESETS`).
MAIN_VARIANT: str = "main"


def variant_model(variant: str = MAIN_VARIANT) -> torque.CRModel:
    """The :class:`nvlib.cr_torque.torque.CRModel` of a key of :data:`VARIANTS`."""
    if variant not in VARIANTS:
        raise ValueError(f"variant must be one of {sorted(VARIANTS)}; got {variant!r}")
    name, overrides, _ = VARIANTS[variant]
    return torque.preset(name, **dict(overrides))


@dataclass(frozen=True)
class MapPair:
    """The maps without and with CR for one model variant, and the time it took to compute both.

    Attributes
    ----------
    variant : str
        Key of :data:`VARIANTS`.
    no_cr, cr : nvlib.cr_torque.torque.TorqueMap
        Maps without and with cross-relaxation (4 spins, N·m).
    seconds : float
        Wall-clock time of the two :func:`nvlib.cr_torque.torque.torque_map` calls, s.
    """

    variant: str
    no_cr: torque.TorqueMap
    cr: torque.TorqueMap
    seconds: float


@lru_cache(maxsize=None)
def torque_maps(variant: str = MAIN_VARIANT, magnitude_gauss: float = MAP_FIELD_GAUSS,
                step_deg: float = GRID_STEP_DEG) -> MapPair:
    """Fig. 3 maps (without, with CR) of ``variant`` at ``magnitude_gauss`` (G); cached.

    Parameters
    ----------
    variant : str
        Key of :data:`VARIANTS`.
    magnitude_gauss : float
        |B|, G (> 0).
    step_deg : float
        Grid step in θ and φ, degrees; 90/step_deg must be an integer (the symmetry fill of
        :func:`nvlib.cr_torque.torque.torque_map` needs φ = 90° on the grid).
    """
    n_quarter = 90.0 / step_deg
    if not (step_deg > 0 and abs(n_quarter - round(n_quarter)) < 1e-9):
        raise ValueError(f"step_deg must divide 90° exactly; got {step_deg!r}")
    if not magnitude_gauss > 0:
        raise ValueError(f"magnitude_gauss must be > 0 (G); got {magnitude_gauss!r}")
    n = int(round(n_quarter))
    model = variant_model(variant)
    t0 = time.perf_counter()
    maps = [torque.torque_map(magnitude_gauss * GAUSS, 2 * n + 1, 4 * n + 1, model, cr=cr,
                              method="symmetry") for cr in (False, True)]
    return MapPair(variant, maps[0], maps[1], time.perf_counter() - t0)


def map_maxima(variant: str = MAIN_VARIANT) -> dict[str, float]:
    """Maxima of the two maps of ``variant`` (N·m) and the location of the CR maximum (deg).

    Keys: ``no_cr``, ``cr`` (max |Γ|), ``no_cr_x``, ``cr_x`` (max |Γx|; also ``_y``, ``_z``),
    ``no_cr_component``, ``cr_component`` (the largest of the three), ``ratio`` (cr/no_cr),
    ``ratio_x`` (cr_x/no_cr_x),
    ``cr_theta_deg``, ``cr_phi_deg``, ``no_cr_theta_deg``, ``no_cr_phi_deg``, ``seconds``.
    """
    pair = torque_maps(variant)
    out = {"seconds": pair.seconds}
    for key, m in (("no_cr", pair.no_cr), ("cr", pair.cr)):
        th, ph, amp = m.argmax()
        out[key] = amp
        for c, name in enumerate("xyz"):
            out[f"{key}_{name}"] = float(np.abs(m.torque[..., c]).max())
        out[f"{key}_component"] = max(out[f"{key}_{name}"] for name in "xyz")
        out[f"{key}_theta_deg"] = float(np.degrees(th))
        out[f"{key}_phi_deg"] = float(np.degrees(ph))
    out["ratio"] = out["cr"] / out["no_cr"]
    out["ratio_x"] = out["cr_x"] / out["no_cr_x"]
    return out


def distance_to_planes_deg(theta_deg: float, phi_deg: float, family: str = "{110}") -> float:
    """Angular distance (deg) of the direction (θ, φ) from the nearest plane of ``family``."""
    b = gs.field_from_angles(1.0, np.radians(theta_deg), np.radians(phi_deg))
    normals = np.array(gs.PLANE_NORMALS[family], float)
    normals /= np.linalg.norm(normals, axis=1, keepdims=True)
    return float(np.degrees(np.arcsin(np.min(np.abs(normals @ b)))))


# --------------------------------------------------------------------------------------------
# Profile across a CR ridge
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RidgeProfile:
    r"""|Γ| across the (1\bar10) plane (φ = 45°) through the CR maximum.

    The field is :math:`\mathbf B(\delta) = |\mathbf B|(\cos\delta\,\hat{\mathbf u} +
    \sin\delta\,\hat{\mathbf n})`, with :math:`\hat{\mathbf u}` the direction (θ0, 45°) in the
    plane and :math:`\hat{\mathbf n} = (1,-1,0)/\sqrt2` its normal: δ is the angular distance
    from the plane (great-circle degrees).

    Attributes
    ----------
    delta_deg : ndarray
        δ, degrees.
    amp_cr, amp_no_cr : ndarray
        |Γ| (4 spins) with and without CR, N·m.
    rate_max : ndarray
        Largest class rate :math:`1/T_1^k` with CR, s^-1 (the two degenerate classes).
    theta0_deg, magnitude_gauss : float
        Where the profile crosses the plane, and |B| (G).
    fwhm_deg : float
        Full width at half maximum of the CR excess |Γ_CR| − |Γ_noCR|, degrees.
    rate_fwhm_deg : float
        FWHM of the rate enhancement (rate_max − 1/T1⁰), degrees.
    detuning_slope_mhz_per_deg : float
        d(ν₋ᵢ − ν₋ⱼ)/dδ of the two classes degenerate on the plane, MHz/deg.
    """

    delta_deg: np.ndarray
    amp_cr: np.ndarray
    amp_no_cr: np.ndarray
    rate_max: np.ndarray
    theta0_deg: float
    magnitude_gauss: float
    fwhm_deg: float
    rate_fwhm_deg: float
    detuning_slope_mhz_per_deg: float

    def sampled_fraction(self, offset_deg: float) -> float:
        """|Γ_CR|(offset)/|Γ_CR|(0): what a grid point ``offset_deg`` off the ridge sees."""
        return float(np.interp(offset_deg, self.delta_deg, self.amp_cr)
                     / np.interp(0.0, self.delta_deg, self.amp_cr))


def _fwhm(x: np.ndarray, y: np.ndarray) -> float:
    """FWHM of the peak of ``y`` containing its maximum, linear interpolation at the edges."""
    i = int(np.argmax(y))
    half = y[i] / 2
    lo = i
    while lo > 0 and y[lo - 1] >= half:
        lo -= 1
    hi = i
    while hi < len(y) - 1 and y[hi + 1] >= half:
        hi += 1
    if lo == 0 or hi == len(y) - 1:
        raise ValueError("the half-maximum lies outside the sampled range; widen it")
    xl = np.interp(half, [y[lo - 1], y[lo]], [x[lo - 1], x[lo]])
    xr = np.interp(half, [y[hi + 1], y[hi]], [x[hi + 1], x[hi]])
    return float(xr - xl)


@lru_cache(maxsize=None)
def ridge_profile(variant: str = MAIN_VARIANT, magnitude_gauss: float = MAP_FIELD_GAUSS,
                  theta0_deg: float | None = None, half_range_deg: float = 5.0,
                  n: int = 1001) -> RidgeProfile:
    """Profile of the torque across the (1-10) {110} plane, by default through the CR maximum.

    Parameters
    ----------
    variant : str
        Key of :data:`VARIANTS`.
    magnitude_gauss : float
        |B|, G.
    theta0_deg : float, optional
        Polar angle (deg) where the profile crosses the φ = 45° plane; default: θ of the
        maximum of the CR map of ``variant`` at ``magnitude_gauss`` (0.5° grid).
    half_range_deg : float
        The profile spans δ in [−half_range_deg, +half_range_deg] degrees.
    n : int
        Number of points (odd, so that δ = 0 is sampled).
    """
    if theta0_deg is None:
        theta0_deg = float(np.degrees(torque_maps(variant, magnitude_gauss).cr.argmax()[0]))
    model = variant_model(variant)
    delta = np.radians(np.linspace(-half_range_deg, half_range_deg, int(n)))
    u = gs.field_from_angles(1.0, np.radians(theta0_deg), np.pi / 4)
    nrm = np.array([1.0, -1.0, 0.0]) / np.sqrt(2)
    B = magnitude_gauss * GAUSS * (np.cos(delta)[:, None] * u + np.sin(delta)[:, None] * nrm)
    s_cr = torque.solve(B, model, cr=True)
    amp_cr = np.linalg.norm(s_cr.torque, axis=-1)
    amp_no = np.linalg.norm(torque.torque(B, model, cr=False), axis=-1)
    rate_max = s_cr.rates.max(axis=-1)
    # the two classes degenerate on the (1-10) plane: axes [1-11] and [-111] (indices 2, 3)
    nu = s_cr.nu[..., 0]
    det = (nu[:, 2] - nu[:, 3]) / 1e6
    d_deg = np.degrees(delta)
    slope = float(np.abs(np.gradient(det, d_deg))[len(d_deg) // 2])
    return RidgeProfile(d_deg, amp_cr, amp_no, rate_max, float(theta0_deg), float(magnitude_gauss),
                        _fwhm(d_deg, amp_cr - amp_no), _fwhm(d_deg, rate_max - model.base_rate),
                        slope)


# --------------------------------------------------------------------------------------------
# Drawing helpers
# --------------------------------------------------------------------------------------------


def _angle_axes(ax, title: str) -> None:
    ax.set(xlabel="azimuth φ from [100] (deg)", ylabel="polar angle θ from [001] (deg)",
           xlim=(0, 360), ylim=(0, 180), xticks=range(0, 361, 45), yticks=range(0, 181, 30),
           title=title)


def _map_figure(m: torque.TorqueMap, label: str, letter: str):
    """Two panels: amplitude |Γ| (sequential) and Γx (diverging, symmetric limits)."""
    phi, theta = np.degrees(m.phi), np.degrees(m.theta)
    fig, axes = plt.subplots(1, 2, figsize=(9, 3.4))
    mesh = axes[0].pcolormesh(phi, theta, m.amplitude, cmap=SEQUENTIAL, shading="nearest",
                              vmin=0, rasterized=True)
    fig.colorbar(mesh, ax=axes[0], label="|Γ| (N·m)")
    plane_overlay(axes[0], {f: dict(ls=ls, color="w", lw=0.7, alpha=0.6) for f, ls in _PLANE_LS},
                  legend=True)
    _angle_axes(axes[0], f"({letter}) amplitude |Γ|, {label}")
    gx = m.torque[..., 0]
    lim = np.abs(gx).max()
    mesh = axes[1].pcolormesh(phi, theta, gx, cmap=DIVERGING, shading="nearest", vmin=-lim,
                              vmax=lim, rasterized=True)
    fig.colorbar(mesh, ax=axes[1], label="Γx (N·m)")
    plane_overlay(axes[1], {f: dict(ls=ls, color="0.15", lw=0.6, alpha=0.5) for f, ls in _PLANE_LS})
    _angle_axes(axes[1], f"({letter}) component Γx (physical sign), {label}")
    for ax in axes:  # titles above the colour bars' offset (×1e-27)
        ax.set_title(ax.get_title(), pad=14)
    readable(fig)
    fig.tight_layout()
    return fig


# --------------------------------------------------------------------------------------------
# Figures
# --------------------------------------------------------------------------------------------


@figure("cr-torque/fig3a", paper="cr-torque", reproduces="Fig. 3(a)",
        caption="Reproduces Fig. 3(a) of Pellet-Mary et al. (2021): torque on a diamond with one "
                "NV per class (4 spins) at |B| = 100 G WITHOUT cross-relaxation, versus the polar "
                "angle θ (from [001]) and azimuth φ (from [100]) of B, on a 0.5° grid. Left: "
                "amplitude |Γ| (the quantity whose maximum the paper quotes); right: Γx with the "
                "physical sign. Dashed: {110} planes; solid: {100} planes. Model: authors' code "
                "rules (Γ_l = 5×10³ s⁻¹, 1/T1 = 10³ s⁻¹), E = 0.")
def fig3a():
    return _map_figure(torque_maps().no_cr, "without CR", "a")


@figure("cr-torque/fig3b", paper="cr-torque", reproduces="Fig. 3(b)",
        caption="Reproduces Fig. 3(b) of Pellet-Mary et al. (2021): as Fig. 3(a) WITH "
                "cross-relaxation (authors' code rule: Lorentzian of half width 6 MHz on both "
                "ODMR branches, 1 kHz per resonant transition). The torque is enhanced about "
                "tenfold on the six {110} planes (dashed), where two classes are degenerate; note "
                "the colour scales, ten times those of Fig. 3(a).")
def fig3b():
    return _map_figure(torque_maps().cr, "with CR", "b")


@figure("cr-torque/ridge", paper="cr-torque", reproduces=None,
        caption="Width of a CR ridge at |B| = 100 G. (a) Zoom on the CR map of Fig. 3(b) around "
                "its maximum, each 0.5° grid cell visible; dashed: the (1-10) plane φ = 45°. "
                "(b) |Γ| across that plane (δ = angular distance from it) with (solid) and "
                "without (dashed) CR; dots: samples of a 0.5° grid and of the authors' 1.8° grid "
                "in the worst case (ridge centre midway between two grid points). (c) The rate "
                "1/T1 of the two degenerate classes.")
def ridge():
    pair = torque_maps()
    prof = ridge_profile()
    m = pair.cr
    th0, ph0, _ = m.argmax()
    th0, ph0 = np.degrees(th0), np.degrees(ph0)
    # (a) and (c) side by side, (b) with its long legend across the text width below them
    fig = plt.figure(figsize=(6.7, 6.6))
    gsp = fig.add_gridspec(2, 2, height_ratios=[1, 1.1])
    axes = [fig.add_subplot(gsp[0, 0]), fig.add_subplot(gsp[1, :]), fig.add_subplot(gsp[0, 1])]
    phi, theta = np.degrees(m.phi), np.degrees(m.theta)
    sel_t = np.abs(theta - th0) <= 6.01
    sel_p = np.abs(phi - ph0) <= 6.01
    mesh = axes[0].pcolormesh(phi[sel_p], theta[sel_t], m.amplitude[np.ix_(sel_t, sel_p)],
                              cmap=SEQUENTIAL, shading="nearest", vmin=0, rasterized=True)
    fig.colorbar(mesh, ax=axes[0], label="|Γ| with CR (N·m)")
    axes[0].axvline(45.0, color="w", ls="--", lw=0.8)
    axes[0].plot([ph0], [th0], "+", color=OKABE_ITO[5], ms=10, mew=1.5, label="maximum")
    axes[0].set(xlabel="azimuth φ from [100] (deg)", ylabel="polar angle θ from [001] (deg)",
                title="(a) zoom on Fig. 3(b)", aspect="equal")
    axes[0].legend(loc="upper right", frameon=True, facecolor="0.8")

    d = prof.delta_deg
    ax = axes[1]
    ax.plot(d, prof.amp_cr, "-", color=OKABE_ITO[4], label="with CR")
    ax.plot(d, prof.amp_no_cr, "--", color="0.4", label="without CR")
    for step, color, lab in ((GRID_STEP_DEG, OKABE_ITO[5], "0.5° grid"),
                             (AUTHORS_GRID_STEP_DEG[1], OKABE_ITO[0], "1.8° grid")):
        lab = f"{lab}, worst case: {100 * prof.sampled_fraction(step / 2):.0f} % of peak"
        k = np.arange(-int(d.max() / step) - 1, int(d.max() / step) + 1)
        xs = step / 2 + step * k          # grid points straddling the ridge centre
        xs = xs[np.abs(xs) <= d.max()]
        ax.plot(xs, np.interp(xs, d, prof.amp_cr), "o", ms=4, color=color, label=lab)
    ex = prof.amp_cr - prof.amp_no_cr
    half = prof.amp_no_cr[len(d) // 2] + ex.max() / 2
    ax.annotate("", xy=(-prof.fwhm_deg / 2, half), xytext=(prof.fwhm_deg / 2, half),
                arrowprops=dict(arrowstyle="<->", color="k", lw=0.8))
    ax.text(0, half * 0.96, f"FWHM {prof.fwhm_deg:.1f}°", ha="center", va="top", fontsize=8)
    ax.set(xlabel="angular distance δ from the (1$\\bar{1}$0) plane (deg)",
           ylabel="|Γ| (N·m)", xlim=(d.min(), d.max()),
           title=f"(b) across the ridge at θ = {prof.theta0_deg:.1f}°")
    ax.legend(fontsize=6.5, loc="upper left")

    ax = axes[2]
    ax.plot(d, prof.rate_max * 1e-3, "-", color=CLASS_COLORS[2])
    ax.axhline(variant_model().base_rate * 1e-3, color="0.4", ls="--", lw=1, label="1/T1⁰")
    ax.set(xlabel="angular distance δ from the (1$\\bar{1}$0) plane (deg)",
           ylabel="1/T1 of the degenerate classes (10³ s⁻¹)", xlim=(d.min(), d.max()),
           title=f"(c) CR rate, FWHM {prof.rate_fwhm_deg:.1f}°")
    ax.legend(fontsize=7)
    readable(fig)
    fig.tight_layout()
    return fig


def _cube_edges(ax, half: float = 1.0) -> None:
    corners = np.array([[x, y, z] for x in (-1, 1) for y in (-1, 1) for z in (-1, 1)]) * half
    for i, a in enumerate(corners):
        for b in corners[i + 1:]:
            if np.sum(a != b) == 1:
                ax.plot(*np.array([a, b]).T, color="0.7", lw=0.8)


def _crystal_axes(ax, length: float = 1.35) -> None:
    for v, name in zip(np.eye(3), ("x [100]", "y [010]", "z [001]")):
        ax.quiver(0, 0, 0, *(length * v), color="k", lw=1, arrow_length_ratio=0.08)
        ax.text(*(1.2 * length * v), name, fontsize=8, ha="center", va="center")


def _setup_3d(ax, title: str) -> None:
    lim = 1.25
    ax.set(xlim=(-lim, lim), ylim=(-lim, lim), zlim=(-lim, lim))
    ax.set_box_aspect((1, 1, 1), zoom=1.25)
    ax.view_init(elev=18, azim=-60)
    ax.set_axis_off()
    ax.set_title(title)


@figure("cr-torque/fig5", paper="cr-torque", reproduces="Fig. 5",
        caption="Reproduces Fig. 5 of Pellet-Mary et al. (2021): (a) the four NV axes, along the "
                "⟨111⟩ diagonals of the cube; (b) the field in the crystal basis, θ from [001] and "
                "φ from [100]; (c) the (θ, φ) plane: the six {110} planes (dashed, two classes "
                "degenerate), the three {100} planes (solid, two pairs degenerate), the ⟨100⟩ "
                "directions (red circles, all four classes degenerate), the ⟨111⟩ directions "
                "(green squares, one class along B, the other three degenerate) and the field path "
                "of the Fig. 4 experiment (blue dots), which crosses the (1-10) plane φ = 45°.")
def fig5():
    fig = plt.figure(figsize=(7.6, 7.6))
    gsp = fig.add_gridspec(2, 2, height_ratios=[1.1, 1])
    ax = fig.add_subplot(gsp[0, 0], projection="3d")
    _cube_edges(ax)
    _crystal_axes(ax)
    for k, n in enumerate(gs.NV_AXES):
        v = n * np.sqrt(3)  # to the cube corner
        ax.quiver(0, 0, 0, *v, color=CLASS_COLORS[k], lw=2, arrow_length_ratio=0.12,
                  label=gs.CLASS_LABELS[k])
        ax.plot(*np.array([-v, np.zeros(3)]).T, color=CLASS_COLORS[k], lw=1, ls=":")
    ax.legend(loc="upper left", title="NV axis", fontsize=7, bbox_to_anchor=(-0.05, 1.0))
    _setup_3d(ax, "(a) the four NV axes ⟨111⟩")

    ax = fig.add_subplot(gsp[0, 1], projection="3d")
    _cube_edges(ax)
    _crystal_axes(ax)
    th, ph = np.radians(50.0), np.radians(30.0)
    b = 1.35 * gs.field_from_angles(1.0, th, ph)
    ax.quiver(0, 0, 0, *b, color=OKABE_ITO[5], lw=2.2, arrow_length_ratio=0.1)
    ax.text(*(1.1 * b), "B", color=OKABE_ITO[5], fontsize=11)
    ax.plot([b[0], b[0]], [b[1], b[1]], [0, b[2]], ":", color="0.3", lw=1)
    ax.plot([0, b[0]], [0, b[1]], [0, 0], ":", color="0.3", lw=1)
    t = np.linspace(0, th, 30)
    arc = 0.6 * gs.field_from_angles(1.0, t, ph)
    ax.plot(*arc.T, color="k", lw=1)
    ax.text(*(0.75 * gs.field_from_angles(1.0, th / 2, ph)), "θ", fontsize=11)
    s = np.linspace(0, ph, 30)
    arc = 0.7 * np.stack([np.cos(s), np.sin(s), 0 * s], axis=-1)
    ax.plot(*arc.T, color="k", lw=1)
    ax.text(0.85 * np.cos(ph / 2), 0.85 * np.sin(ph / 2), 0, "φ", fontsize=11)
    _setup_3d(ax, "(b) B in the crystal basis")

    ax = fig.add_subplot(gsp[1, :])
    plane_overlay(ax, {"{110}": dict(ls="--", color=OKABE_ITO[0], lw=1.2),
                       "{100}": dict(ls="-", color="k", lw=1.2)})
    quarter = np.arange(0, 361, 90)
    p100 = np.concatenate([np.stack([np.full(5, t), quarter], axis=1) for t in (0.0, 90.0, 180.0)])
    ax.plot(p100[:, 1], p100[:, 0], "o", ms=9, mfc="none", mec="#D55E00", mew=2,
            label="⟨100⟩ directions", clip_on=False, zorder=4)
    t111 = np.degrees(np.arccos(1 / np.sqrt(3)))
    p111 = np.array([(t, p) for t in (t111, 180 - t111) for p in (45, 135, 225, 315)])
    ax.plot(p111[:, 1], p111[:, 0], "s", ms=8, mfc="none", mec="#009E73", mew=2,
            label="⟨111⟩ directions", zorder=4)
    path = fieldpaths.path("fig4")
    theta_p, phi_p = path.angles(path.b_em_grid())
    ax.plot(np.degrees(phi_p), np.degrees(theta_p), ".", ms=4, color=OKABE_ITO[4],
            label="Fig. 4 field path", zorder=5)
    _angle_axes(ax, "(c) degeneracy planes in the (θ, φ) plane")
    ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), fontsize=8)
    readable(fig)
    fig.tight_layout()
    return fig
