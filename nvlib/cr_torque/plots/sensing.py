"""Figures of the torque-sensing and explorer chapters of Part I (the book's own figures).

* ``cr-torque/sensitivity``: the thermal torque noise of a levitated diamond versus gas pressure
  and the torque-induced angular displacement versus trap frequency, with the paper's
  estimates (main text, last paragraph; SM Sec. IV C) marked. Computed with
  :mod:`nvlib.cr_torque.levitation`.
* ``cr-torque/explorer-frames``: the static fallback of the live explorer (:mod:`nvlib.cr_torque.explorer`),
  a few explorer states drawn by the widget's own drawing functions.
"""

from __future__ import annotations

import functools

import matplotlib.pyplot as plt
import numpy as np

from nvlib.cr_torque import explorer as ex
from nvlib.cr_torque import levitation as lv
from nvlib.cr_torque import torque
from nvlib.figures import figure
from nvlib.style import OKABE_ITO, readable
#: Particle radii of the paper (m) and their labels: the SM's "typical radius" 7.5 µm, the same
#: number read as a diameter, and the 1 µm-diameter particles of the vacuum projection.
RADII: dict[str, float] = {
    "r = 7.5 µm (SM radius)": 7.5e-6,
    "r = 3.75 µm (7.5 µm as diameter)": 3.75e-6,
    "r = 0.5 µm (1 µm diameter)": 0.5e-6,
}
#: Pressure grid of the sensitivity figure, Pa (1e-5 mbar to 2 bar).
PRESSURES_PA = np.logspace(-3, 5.3, 300)
#: Trap angular frequencies of the displacement panel, rad/s (2π × 0.1 to 2π × 10 kHz).
OMEGAS = 2 * np.pi * np.logspace(2, 4, 200)
#: The explorer states of the fallback figure: (θ, φ) in degrees at 100 G, main model.
FRAME_DIRECTIONS_DEG: tuple[tuple[float, float], ...] = (
    (30.0, 45.0), (39.0, 45.0), (39.0, 43.0), (float(np.degrees(np.arccos(1 / np.sqrt(3)))), 45.0))
FRAME_TITLES: tuple[str, ...] = ("{110} plane", "{110} plane, largest CR torque",
                                 "2° off the {110} plane", "[111]: three classes degenerate")


def noise_vs_pressure(radius: float, temperature: float = lv.ROOM_TEMPERATURE) -> np.ndarray:
    """Thermal torque noise √(4kTγI) (N·m/√Hz) on :data:`PRESSURES_PA` for a diamond sphere."""
    gamma = lv.gas_damping_rate(PRESSURES_PA, radius, temperature=temperature)
    return lv.thermal_torque_noise(temperature, gamma, lv.sphere_moment_of_inertia(radius))


@functools.lru_cache(maxsize=None)
def explorer_frames() -> dict[tuple[float, float, bool], ex.ExplorerState]:
    """The explorer states of the fallback figure, {(θ, φ, cr): state} (100 G, main model)."""
    return {(t, p, cr): ex.explorer_state(t, p, 100.0, cr, torque.MAIN)
            for t, p in FRAME_DIRECTIONS_DEG for cr in (False, True)}


@figure("cr-torque/sensitivity", paper="cr-torque", reproduces=None,
        caption="Torque sensing with the levitated diamond (book's own figure, from the estimates "
                "of Pellet-Mary et al. (2021), main text and SM Sec. IV C). (a) Thermal torque "
                "noise √(4kTγI) of a diamond sphere in air at 295 K versus pressure, with gas "
                "damping interpolated between the continuum (Stokes) and free-molecular limits; "
                "stars: the paper's 1e-20 N·m/√Hz (atmospheric pressure) and 1e-24 N·m/√Hz "
                "(1e-2 mbar, 1 µm diameter); open diamond: √(4kTγI) with the paper's own "
                "γ = 2π·1 kHz and I = 1e-22 kg·m². (b) Angular displacement δθ = Γ/(Iω²) under "
                "the spin torque Γ = N·Γ₁ (5 ppm NV, Γ₁ = 1e-27 N·m per spin) versus trap "
                "frequency, with the RMS thermal libration angle √(kT/(Iω²)) for comparison; star: "
                "the paper's ≈ 1e-3 rad at ω = 6.3e3 rad/s.")
def sensitivity():
    fig, (ax_a, ax_b) = plt.subplots(2, 1, figsize=(6.9, 7.8))
    colors = (OKABE_ITO[4], OKABE_ITO[2], OKABE_ITO[5])
    p_mbar = PRESSURES_PA / 100.0
    for (label, r), c in zip(RADII.items(), colors):
        ax_a.loglog(p_mbar, noise_vs_pressure(r), color=c, label=label)
    est = lv.paper_sensitivity_estimates()
    q = lv.PAPER_QUOTED
    ax_a.plot(lv.ATMOSPHERIC_PRESSURE / 100, q["sensitivity_ambient"], "*", ms=13, color="k",
              label="paper: 1e-20 (1 atm)")
    ax_a.plot(q["pressure_vacuum"] / 100, q["sensitivity_vacuum"], "*", ms=13, color="0.5",
              label="paper: 1e-24 (1e-2 mbar, 1 µm)")
    ax_a.plot(lv.ATMOSPHERIC_PRESSURE / 100, est["paper_numbers"]["sensitivity"], "D", ms=7,
              mfc="none", color="k", label="paper's γ and I at 1 atm")
    ax_a.set(xlabel="air pressure (mbar)", ylabel="thermal torque noise η (N·m/√Hz)",
             xlim=(p_mbar[0], p_mbar[-1]), ylim=(1e-29, 1e-18))  # room below for the legend
    ax_a.set_title("(a)", loc="left")
    ax_a.legend(fontsize=7, loc="lower right")

    sm = lv.PAPER_SM_DISPLACEMENT
    for (label, r), c in zip(list(RADII.items())[:2], colors):
        dtheta = lv.paper_displacement_formula(sm["torque_per_spin"], sm["nv_fraction"],
                                               sm["carbon_mass"], r, OMEGAS)
        rms = lv.thermal_angle_rms(lv.ROOM_TEMPERATURE, lv.sphere_moment_of_inertia(r), OMEGAS)
        ax_b.loglog(OMEGAS / (2e3 * np.pi), dtheta, color=c, label=f"δθ, {label}")
        ax_b.loglog(OMEGAS / (2e3 * np.pi), rms, "--", color=c, lw=1.0,
                    label=f"thermal RMS angle, {label}")
    f_t = sm["omega"] / (2e3 * np.pi)
    ax_b.plot(f_t, q["angular_displacement"], "*", ms=13, color="k", label="paper: ≈ 1e-3 rad")
    ax_b.plot(f_t, lv.paper_displacement_estimate(), "o", ms=6, color="k", mfc="none",
              label="SM formula, SM inputs")
    ax_b.plot(1.0, lv.paper_main_text_displacement_estimate(), "s", ms=6, color="0.4", mfc="none",
              label="main text: τ/(I_y ω²)")
    ax_b.set(xlabel="librational trap frequency ω/2π (kHz)", ylabel="angle (rad)",
             xlim=(0.1, 10), ylim=(1e-7, 1e-1))
    ax_b.set_title("(b)", loc="left")
    ax_b.legend(fontsize=6.5, loc="lower left")
    readable(fig)
    fig.tight_layout()
    return fig


@figure("cr-torque/explorer-frames", paper="cr-torque", reproduces=None,
        caption="Static fallback of the live explorer (book's own figure): four explorer states at "
                "|B| = 100 G (main model), two by two: (θ, φ) = (30°, 45°), (39°, 45°) above, "
                "(39°, 43°) and (54.7°, 45°) below. (a) ν− of each class, stem height = class T1 with CR (dashed: "
                "T1 without CR); (b) torque components of one spin per class and their sum (four "
                "spins, black) without CR; (c) the same with CR. Drawn by the explorer's own "
                "functions from nvlib.cr_torque.explorer.explorer_state.")
def explorer_frames_figure():
    frames = explorer_frames()
    n = len(FRAME_DIRECTIONS_DEG)
    # the frames two by two: rows 0-2 hold (a), (b), (c) of the first two, rows 3-5 of the others
    fig, grid = plt.subplots(6, 2, figsize=(6.9, 11.5))
    axes = np.empty((3, n), dtype=object)
    for j in range(n):
        for i in range(3):
            axes[i, j] = grid[i + 3 * (j // 2), j % 2]
    ylim = 1.15 * max(max(np.abs(s.class_torque).max(), np.abs(s.torque).max())
                      for s in frames.values()) / ex.TORQUE_UNIT
    nu = np.concatenate([s.nu_minus_mhz for s in frames.values()])
    xlim = (np.floor(nu.min() / 50) * 50 - 30, np.ceil(nu.max() / 50) * 50 + 30)
    for j, ((theta, phi), title) in enumerate(zip(FRAME_DIRECTIONS_DEG, FRAME_TITLES)):
        ex.draw_spectrum(axes[0, j], frames[(theta, phi, True)], xlim=xlim, legend=False)
        axes[0, j].set_title(f"θ = {theta:.1f}°, φ = {phi:.0f}°\n{title}", fontsize=9, pad=14)
        ex.draw_torque(axes[1, j], frames[(theta, phi, False)], ylim=ylim, legend=False)
        ex.draw_torque(axes[2, j], frames[(theta, phi, True)], ylim=ylim, legend=False)
        for ax in axes[:, j]:  # y labels on the left column only, on two lines
            ax.set_ylabel("" if j % 2 else ax.get_ylabel().replace(" (", "\n("))
        for ax in axes[1:, j]:  # the |Γ| note on two lines, to stay inside the panel
            for t in ax.texts:
                t.set_text(t.get_text().replace(" (zero", "\n(zero"))
    for j in (0, 2):
        for i, text in enumerate(("(a) ν− and T1, with CR", "(b) torque, without CR",
                                  "(c) torque, with CR")):
            axes[i, j].annotate(text, xy=(0, 1), xycoords="axes fraction",
                                xytext=(-50, 40 if i == 0 else 8), textcoords="offset points",
                                fontsize=9, fontweight="bold", ha="left")
    handles, labels = axes[1, 0].get_legend_handles_labels()
    fig.legend(handles, [f"class {x}" if x != "total" else "total (4 spins)" for x in labels],
               loc="lower center", ncol=3, fontsize=8)
    readable(fig)
    fig.tight_layout(h_pad=0.8, rect=(0, 0.04, 1, 1))
    return fig
