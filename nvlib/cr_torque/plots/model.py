"""Figures of the model chapter of Part I: Figs 1, 10 and 11 of Pellet-Mary et al. (2021).

* Fig. 1 — the four NV classes and their torque contributions, off and on a {110} degeneracy
  (computed with Part I's main model, preset ``main`` of :mod:`nvlib.cr_torque.torque`).
* Fig. 10 — body frame R' and laboratory frame R (schematic).
* Fig. 11 — one NV class alone at |B| = 100 G: spin components, torque vs angle, and the torque
  amplitude map over field directions (main model).

Fields are in tesla inside nvlib and labelled in gauss on the plots (1 G = 1e-4 T).
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Arc, FancyArrowPatch

from nvlib import groundstate as gs
from nvlib.cr_torque import torque
from nvlib.figures import figure
from nvlib.style import CLASS_COLORS, OKABE_ITO, SEQUENTIAL, readable

__all__ = ["GAUSS", "FIELD", "FIG1_PRESET", "FIG11_PRESET", "FIG1_OFFSET_DEG", "FIG1_TOTAL_ZOOM",
           "FIG1_PLANE_NORMAL", "fig1_fields", "fig1_states", "fig11_curves", "fig11_map", "single_spin_max_torque",
           "presets_markdown"]

#: One gauss in tesla.
GAUSS = 1e-4
#: |B| of Figs 1 and 11, tesla (100 G).
FIELD = 100 * GAUSS
#: Model preset of Fig. 1: Part I's main model.
FIG1_PRESET = torque.MAIN
#: Model preset of Fig. 11: Part I's main model (no CR is involved for one class).
FIG11_PRESET = torque.MAIN
#: Angle (degrees) by which the "off-degeneracy" field of Fig. 1 is tilted out of the (101) plane.
FIG1_OFFSET_DEG = 5.0
#: Magnification of the total-torque arrow relative to the class arrows in Fig. 1.
FIG1_TOTAL_ZOOM = 4.0
#: Normal of the {110} plane of Fig. 1: fields in it make classes 1 and 3 ([111], [1-11])
#: degenerate.
FIG1_PLANE_NORMAL = np.array([1.0, 0.0, 1.0]) / np.sqrt(2)


# --------------------------------------------------------------------------------------------
# Data (cached: shared by the figures, the claims and the chapter)
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=None)
def fig1_fields(step_deg: float = 0.1) -> tuple[np.ndarray, np.ndarray]:
    """Fields (tesla) of Fig. 1: ``(B_off, B_on)``.

    ``B_on`` is the direction of the (101) plane where the 4-class torque with CR is largest
    (scan of half the great circle with step ``step_deg``; the torque is even in B to
    O(Gamma/D)); in this plane classes 1 and 3 ([111] and [1-11]) are degenerate. ``B_off`` is
    the same field tilted by :data:`FIG1_OFFSET_DEG` out of the plane, far outside the ~1°-wide
    resonance (the CR rates are back to 1/T1⁰ there).
    """
    u1 = np.array([-1.0, 0.0, 1.0]) / np.sqrt(2)
    u2 = np.array([0.0, 1.0, 0.0])
    a = np.radians(np.arange(0.0, 180.0, step_deg))
    B = FIELD * (np.cos(a)[:, None] * u1 + np.sin(a)[:, None] * u2)
    amp = np.linalg.norm(torque.torque(B, torque.preset(FIG1_PRESET)), axis=-1)
    b_on = B[np.argmax(amp)]
    d = np.radians(FIG1_OFFSET_DEG)
    b_off = np.cos(d) * b_on + np.sin(d) * FIELD * FIG1_PLANE_NORMAL
    return b_off, b_on


@lru_cache(maxsize=None)
def fig1_states() -> tuple[torque.SteadyState, torque.SteadyState]:
    """Steady states (with CR, :data:`FIG1_PRESET`) at ``fig1_fields()``: (off, on)."""
    model = torque.preset(FIG1_PRESET)
    return tuple(torque.solve(b, model, cr=True) for b in fig1_fields())


@lru_cache(maxsize=None)
def fig11_curves(preset: str = FIG11_PRESET, step_deg: float = 0.1, **overrides):
    """Single-class scan of Fig. 11(b, c): field in the x'z' plane of class 1, |B| = 100 G.

    Returns
    -------
    theta : ndarray
        Angle between B and the NV axis, rad, on [0, 2 pi] with step ``step_deg``.
    sc : nvlib.cr_torque.torque.SingleClass
        ``sc.spin_local[:, 0]`` is the signed S_perp (along x'), ``sc.spin_parallel`` S_par,
        ``sc.amplitude`` the torque amplitude (N m).
    """
    theta = np.radians(np.arange(0.0, 360.0 + step_deg / 2, step_deg))
    model = torque.preset(preset, **overrides)
    sc = torque.single_class_torque(torque.class_frame_field(FIELD, theta), model, 0)
    return theta, sc


@lru_cache(maxsize=None)
def fig11_map(n_theta: int = 181, n_phi: int = 361):
    """Torque amplitude (N m) of one class-1 NV ([111]) over field directions, Fig. 11(d).

    θ from [001], φ from [100] (1° grid by default). Returns ``(theta, phi, amplitude)``.
    """
    theta = np.linspace(0.0, np.pi, n_theta)
    phi = np.linspace(0.0, 2 * np.pi, n_phi)
    B = gs.field_from_angles(FIELD, theta[:, None], phi[None, :])
    sc = torque.single_class_torque(B, torque.preset(FIG11_PRESET), 0)
    return theta, phi, sc.amplitude


def single_spin_max_torque(preset: str = FIG11_PRESET, **overrides) -> float:
    """Largest torque amplitude of one NV at 100 G over the angle θ to its axis, N m (Fig. 11c)."""
    return float(fig11_curves(preset, **overrides)[1].amplitude.max())


def presets_markdown() -> str:
    """Markdown table of :data:`nvlib.cr_torque.torque.PRESETS`, side by side, generated from the objects."""
    names = list(torque.PRESETS)
    rows = [
        ("pump_rate", "optical pumping Γ_l (s⁻¹)", lambda m: f"{m.pump_rate:.4g}"),
        ("t1_base", "T1⁰ (ms); base rate 1/T1⁰ (s⁻¹)",
         lambda m: f"{m.t1_base * 1e3:.4g}; {m.base_rate:.4g}"),
        ("t1_dd", "T1ᵈᵈ (ms); CR amplitude 1/T1ᵈᵈ (s⁻¹)",
         lambda m: f"{m.t1_dd * 1e3:.4g}; {m.dd_rate:.4g}"),
        ("lineshape", "CR lineshape f(Δ)", lambda m: m.lineshape),
        ("width_hz", "CR width: σ (Gaussian) or HWHM w (Lorentzian) (MHz)",
         lambda m: f"{m.width_hz / 1e6:.4g}"),
        ("branches", "branches counted as resonances", lambda m: ", ".join(
            "ν₋" if b == "minus" else "ν₊" for b in m.branches)),
        ("enhanced_jumps", "T1 jumps with the class rate", lambda m: {
            "single_quantum": "ΔmS = ±1 only (ΔmS = ±2 at 1/T1⁰)",
            "all": "all six"}[m.enhanced_jumps]),
        ("strain_hz", "strain E/2π (MHz)", lambda m: f"{m.strain_hz / 1e6:.4g}"),
        ("strain_frame", "strain axes", lambda m: ("scripts' class frames" if m.strain_frame
                                                   == "scripts" else "nvlib's x' axes")
         if m.strain_hz else "—"),
        ("D", "D/2π (GHz)", lambda m: f"{m.D / (2 * np.pi) / 1e9:.4g}"),
        ("gamma", "γ_e/2π (GHz/T)", lambda m: f"{m.gamma / (2 * np.pi) / 1e9:.4g}"),
    ]
    known = {f.name for f in dataclasses.fields(torque.CRModel)} - {"name"}
    missing = known - {r[0] for r in rows}
    if missing:  # a new CRModel field must appear in the table
        raise ValueError(f"presets_markdown does not know the CRModel fields {sorted(missing)}")
    # presets equal in every field but the name share one column ("`main` = `authors_code`"),
    # which keeps the table inside the text column at 1280 px
    columns: list[list[str]] = []
    for n in names:
        same = [c for c in columns if dataclasses.replace(torque.PRESETS[c[0]], name="x")
                == dataclasses.replace(torque.PRESETS[n], name="x")]
        (same[0].append(n) if same else columns.append([n]))
    out = ["| parameter | field | " + " | ".join(" = ".join(f"`{n}`" for n in c) for c in columns)
           + " |", "|---|---|" + "---|" * len(columns)]
    for field, label, fmt in rows:
        out.append(f"| {label} | `{field}` | "
                   + " | ".join(fmt(torque.PRESETS[c[0]]) for c in columns) + " |")
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# Fig. 1
# --------------------------------------------------------------------------------------------


def _angles_deg(B) -> tuple[float, float]:
    _, th, ph = gs.angles_from_field(B)
    return float(np.degrees(th)), float(np.degrees(ph))


def _cube(ax) -> None:
    corners = np.array([[x, y, z] for x in (-1, 1) for y in (-1, 1) for z in (-1, 1)], float)
    for a in corners:
        for b in corners:
            if np.sum(a != b) == 1 and tuple(a) < tuple(b):
                ax.plot(*np.array([a, b]).T, color="0.75", lw=0.8)


def _fig1_panel(ax, state: torque.SteadyState, scale: float, title: str) -> None:
    _cube(ax)
    B = state.B
    bhat = B / np.linalg.norm(B)
    ax.plot(*np.array([-1.3 * bhat, 1.3 * bhat]).T, "--", color="0.55", lw=1.2)
    ax.quiver(*(1.05 * bhat), *(0.3 * bhat), color="0.55", lw=1.5, arrow_length_ratio=0.5)
    ax.text(*(1.42 * bhat), "B", color="0.4", fontsize=10)
    for k, n in enumerate(gs.NV_AXES):
        tip = 0.8 * np.sqrt(3) * n                            # along the body diagonal
        ax.quiver(0, 0, 0, *tip, color=CLASS_COLORS[k], lw=1.0, alpha=0.6,
                  arrow_length_ratio=0.08)
        ax.text(*(tip * 1.08), f"{k + 1}", color=CLASS_COLORS[k], fontsize=10, weight="bold")
        t = state.torque_per_spin_class[k] * scale
        ax.quiver(*tip, *t, color=CLASS_COLORS[k], lw=2.5, arrow_length_ratio=0.25)
    tot = state.torque * scale * FIG1_TOTAL_ZOOM
    ax.quiver(0, 0, 0, *tot, color="k", lw=3, arrow_length_ratio=0.2)
    ax.set(xlim=(-1.3, 1.3), ylim=(-1.3, 1.3), zlim=(-1.3, 1.3),
           xlabel="x [100]", ylabel="y [010]", zlabel="z [001]", xticks=[], yticks=[], zticks=[])
    ax.set_box_aspect((1, 1, 1))
    ax.view_init(elev=18, azim=-60)
    th, ph = _angles_deg(B)
    amp = np.linalg.norm(state.torque)
    ax.set_title(f"{title}\n|B| = {np.linalg.norm(B) / GAUSS:.0f} G, θ = {th:.1f}°, φ = {ph:.1f}°\n"
                 f"|τ_s| = {amp:.2e} N·m (4 spins)", fontsize=9)


@figure("cr-torque/fig1", paper="cr-torque", reproduces="Fig. 1",
        caption="Reproduces Fig. 1 of Pellet-Mary et al. (2021), computed: the four NV classes "
                "(thin arrows along the body diagonals, numbered) and the torque of one spin of "
                "each class (thick arrows, same colour, same scale in both panels), |B| = 100 G, "
                "main model with CR. Black: total torque of the four spins, magnified 4×. "
                "Left: field 5° off the (101) plane, no degeneracy, small total. Right: field in "
                "the (101) plane, classes 1 and 3 degenerate; CR depolarises them and the total "
                "grows. Grey dashed: field direction.")
def fig1():
    off, on = fig1_states()
    tmax = max(np.linalg.norm(s.torque_per_spin_class, axis=-1).max() for s in (off, on))
    scale = 0.7 / tmax
    fig = plt.figure(figsize=(9, 4.8))
    for i, (state, title) in enumerate(((off, "off degeneracy"),
                                        (on, "on a {110} plane: classes 1 & 3 resonant"))):
        ax = fig.add_subplot(1, 2, i + 1, projection="3d")
        _fig1_panel(ax, state, scale, title)
    handles = [plt.Line2D([], [], color=CLASS_COLORS[k], lw=2.5,
                          label=f"{k + 1}: {gs.CLASS_LABELS[k]}") for k in range(4)]
    handles.append(plt.Line2D([], [], color="k", lw=3,
                              label=f"total (×{FIG1_TOTAL_ZOOM:.0f})"))
    fig.legend(handles=handles, loc="lower center", ncol=5, title="torque of one spin of class")
    readable(fig)
    fig.subplots_adjust(left=0.0, right=1.0, top=0.88, bottom=0.14, wspace=0.02)
    return fig


# --------------------------------------------------------------------------------------------
# Fig. 10
# --------------------------------------------------------------------------------------------


def _arrow(ax, start, end, color="k", lw=1.5, **kw):
    ax.add_patch(FancyArrowPatch(start, end, arrowstyle="-|>", mutation_scale=14, color=color,
                                 lw=lw, **kw))


@figure("cr-torque/fig10", paper="cr-torque", reproduces="Fig. 10",
        caption="Reproduces Fig. 10 of Pellet-Mary et al. (2021) (schematic): laboratory frame R "
                "(x, z; B along z) and body-fixed frame R' (x', z'; the NV axis along z'), "
                "rotated by θ about y; the diamond moves in the x–z plane.")
def fig10():
    theta = np.radians(30.0)
    fig, ax = plt.subplots(figsize=(4.2, 4.2))
    o = np.zeros(2)
    # Laboratory frame R.
    _arrow(ax, o, (1.25, 0), color="0.3")
    _arrow(ax, o, (0, 1.25), color="0.3")
    ax.text(1.3, -0.02, "x", fontsize=11, va="center")
    ax.text(-0.02, 1.32, "z", fontsize=11, ha="center")
    ax.plot(0, 0, "o", mfc="w", mec="0.3", ms=9)
    ax.plot(0, 0, ".", color="0.3", ms=3)
    ax.text(-0.13, -0.13, "y", fontsize=11)
    # Field along z.
    _arrow(ax, (-0.45, 0.1), (-0.45, 1.05), color=OKABE_ITO[4], lw=2.5)
    ax.text(-0.58, 0.6, "B", color=OKABE_ITO[4], fontsize=12, ha="right")
    # Body frame R' (NV axis z').
    zp = np.array([np.sin(theta), np.cos(theta)])
    xp = np.array([np.cos(theta), -np.sin(theta)])
    _arrow(ax, o, 1.1 * xp, color=OKABE_ITO[5])
    _arrow(ax, o, 1.1 * zp, color=OKABE_ITO[5])
    ax.text(*(1.18 * xp), "x'", color=OKABE_ITO[5], fontsize=11, va="center")
    ax.text(*(1.16 * zp + [0.02, 0.02]), "z'", color=OKABE_ITO[5], fontsize=11)
    ax.plot(*np.array([-0.2 * zp, 1.0 * zp]).T, color=OKABE_ITO[5], lw=6, alpha=0.25,
            solid_capstyle="round")
    ax.text(*(0.3 * zp + [0.1, -0.05]), "NV axis", color=OKABE_ITO[5], fontsize=8,
            rotation=90 - np.degrees(theta), rotation_mode="anchor")
    ang = np.degrees(theta)
    ax.add_patch(Arc(o, 1.2, 1.2, theta1=90 - ang, theta2=90, color="k", lw=1))
    ax.text(*(0.68 * np.array([np.sin(theta / 2), np.cos(theta / 2)])), "θ", fontsize=11)
    ax.add_patch(Arc(o, 1.5, 1.5, theta1=-ang, theta2=0, color="k", lw=1))
    ax.text(*(0.82 * np.array([np.cos(theta / 2), -np.sin(theta / 2)])), "θ", fontsize=11,
            va="center")
    # Libration in the x-z plane (rotation about y).
    ax.add_patch(FancyArrowPatch((0.95, 0.95), (0.45, 1.25), connectionstyle="arc3,rad=0.35",
                                 arrowstyle="<|-|>", mutation_scale=10, color="0.4", lw=1))
    ax.text(0.98, 1.17, "libration\nabout y", fontsize=8, color="0.4")
    ax.text(-0.85, -0.62, "R (lab): x, y, z;  R' (body): x', y' = y, z'", fontsize=8,
            color="0.2")
    ax.set(xlim=(-0.9, 1.6), ylim=(-0.75, 1.5), aspect="equal")
    ax.axis("off")
    return fig


# --------------------------------------------------------------------------------------------
# Fig. 11
# --------------------------------------------------------------------------------------------


def _fig11_sketch(ax) -> None:
    theta = np.radians(50.0)
    o = np.zeros(2)
    _arrow(ax, o, (0, 1.25), color=OKABE_ITO[5], lw=2.5)
    ax.text(0.05, 1.28, "z' (NV axis)", color=OKABE_ITO[5], fontsize=8)
    _arrow(ax, o, (1.2, 0), color="0.5", lw=1)
    ax.text(1.22, -0.08, "x'", color="0.4", fontsize=9)
    b = np.array([np.sin(theta), np.cos(theta)])
    _arrow(ax, o, 1.15 * b, color=OKABE_ITO[4], lw=2)
    ax.text(*(1.2 * b), "B", color=OKABE_ITO[4], fontsize=11)
    ax.add_patch(Arc(o, 0.8, 0.8, theta1=90 - np.degrees(theta), theta2=90, lw=1))
    ax.text(0.14, 0.45, "θ", fontsize=10)
    # Spin direction from the model at this angle (length exaggerated).
    sc = torque.single_class_torque(torque.class_frame_field(FIELD, theta),
                                    torque.preset(FIG11_PRESET), 0)
    s = sc.spin_local[[0, 2]]
    s = 0.75 * s / np.linalg.norm(s)
    _arrow(ax, o, s, color=OKABE_ITO[1], lw=2.5)
    ax.text(s[0] - 0.05, s[1] + 0.08, "⟨S⟩", color=OKABE_ITO[1], fontsize=10, ha="center")
    ax.text(-0.9, -0.38, "sketch: direction of ⟨S⟩ from the model at θ = 50°,\n"
            "length not to scale; ⟨S⟩ ⊥ z', antiparallel to B⊥", fontsize=7)
    ax.set(xlim=(-0.95, 1.45), ylim=(-0.5, 1.45), aspect="equal", title="(a) sketch")
    ax.axis("off")


@figure("cr-torque/fig11", paper="cr-torque", reproduces="Fig. 11",
        caption="Reproduces Fig. 11 of Pellet-Mary et al. (2021): one NV alone, |B| = 100 G, "
                "main model (Γ_l = 5×10³ s⁻¹, Γ1 = 10³ s⁻¹). (a) sketch; (b) spin "
                "components along the NV axis (S∥, dashed) and along x' (S⊥, solid) vs the angle θ "
                "between B (in the x'z' plane) and the axis; (c) torque amplitude vs θ, with the "
                "perturbative ħ(γB)²/D|sin2θ| (dashed) and the same times the population "
                "difference ρ₀₀ − (ρ₊₁₊₁ + ρ₋₁₋₁)/2 of the model (dotted); (d) torque amplitude of "
                "the class along [111] over field directions (θ from [001], φ from [100]): zero "
                "along ±[111] (purple dots) and on the (111) great circle (white line).")
def fig11():
    theta, sc = fig11_curves()
    deg = np.degrees(theta)
    model = torque.preset(FIG11_PRESET)
    fig, axes = plt.subplots(2, 2, figsize=(8.6, 7.6))
    _fig11_sketch(axes[0, 0])

    ax = axes[0, 1]
    ax.plot(deg, sc.spin_local[:, 0], "-", color=OKABE_ITO[4], label="S⊥ = ⟨S_x'⟩")
    ax.plot(deg, sc.spin_parallel, "--", color=OKABE_ITO[5], label="S∥ = ⟨S_z'⟩")
    ax.axhline(0, color="0.8", lw=0.8)
    ax.set(xlabel="θ (deg)", ylabel="⟨S⟩ (units of ħ)", xlim=(0, 360), xticks=range(0, 361, 45),
           title="(b) spin components, |B| = 100 G")
    ax.legend()

    ax = axes[1, 0]
    pert = np.abs(torque.perturbative_torque(FIELD, theta, D=model.D, gamma=model.gamma))
    pops = np.diagonal(sc.rho, axis1=-2, axis2=-1).real
    pol = pops[:, 1] - 0.5 * (pops[:, 0] + pops[:, 2])
    ax.plot(deg, sc.amplitude, "-", color=OKABE_ITO[4], label="Lindblad steady state")
    ax.plot(deg, pert, "--", color="0.4", label="ħ(γB)²/D |sin 2θ| (polarised)")
    ax.plot(deg, pert * pol, ":", color="k", lw=2,
            label="ħ(γB)²/D |sin 2θ| × (ρ₀₀ − ρ̄±)")
    ax.set(xlabel="θ (deg)", ylabel="torque amplitude (N·m)", xlim=(0, 360),
           xticks=range(0, 361, 45), ylim=(0, 1.95 * pert.max()),
           title="(c) torque on one spin")
    ax.legend(loc="upper center", fontsize=7)

    ax = axes[1, 1]
    th, ph, amp = fig11_map()
    mesh = ax.pcolormesh(np.degrees(ph), np.degrees(th), amp, cmap=SEQUENTIAL, shading="nearest",
                         rasterized=True)
    fig.colorbar(mesh, ax=ax, label="torque amplitude (N·m)")
    n = gs.NV_AXES[0]
    phis = np.linspace(0, 2 * np.pi, 721)
    circ = np.mod(np.arctan2(-n[2], n[0] * np.cos(phis) + n[1] * np.sin(phis)), np.pi)
    ax.plot(np.degrees(phis), np.degrees(circ), "w-", lw=1.2, label="(111) plane")
    for v in (n, -n):
        _, t, p = gs.angles_from_field(v)
        ax.plot(np.degrees(p), np.degrees(t), "o", color=OKABE_ITO[6], mec="w", ms=8)
    ax.plot([], [], "o", color=OKABE_ITO[6], mec="w", label="±[111]")
    ax.set(xlabel="φ (deg, from [100])", ylabel="θ (deg, from [001])", xlim=(0, 360),
           ylim=(0, 180), xticks=range(0, 361, 90), yticks=range(0, 181, 45))
    ax.set_title("(d) one NV along [111], |B| = 100 G", pad=16)  # above the colour bar's 1e-26
    ax.legend(loc="lower right", fontsize=7, facecolor="0.9", frameon=True)
    readable(fig)
    fig.tight_layout()
    return fig
