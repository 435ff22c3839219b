"""Figures of the relaxation chapter of Part I: Figs 2(b), 2(c), 6 and 9 of Pellet-Mary et al.

Figs 2(c) and 6 draw the authors' published T1 records (:mod:`nvlib.cr_torque.records`, from
their repository [PelletMaryThese]) with the paper's fits; Fig. 2(c) adds the main model's
single-exponential decays beside the records.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import FancyArrowPatch, Rectangle

from nvlib import groundstate as gs
from nvlib.cr_torque import records
from nvlib.cr_torque import relaxation as rx
from nvlib.cr_torque import torque
from nvlib.figures import figure
from nvlib.style import OKABE_ITO, readable

PAPER = "Pellet-Mary et al. (2021)"
#: Field directions (θ, φ in degrees, |B| = 100 G) giving a class 0, 1 and 3 resonant partners:
#: the direction of the octant whose smallest ν− spacing is largest (85 MHz, on a 1° grid), a
#: {110} plane (φ = 45°) and the [100] axis.
PARTNER_DIRECTIONS_DEG = {0: (74.0, 32.0), 1: (70.0, 45.0), 3: (90.0, 0.0)}
#: The paper's stretched-exponential T1 (s) for 0, 1 and 3 resonant partners (main text, Fig. 2c).
PAPER_T1 = {0: 1.61e-3, 1: 490e-6, 3: 220e-6}


def class_rate_with_partners(n_partners: int, preset: str = torque.MAIN) -> float:
    """Class rate 1/T1^k (s^-1) of the class with most resonant partners, |B| = 100 G.

    The field direction is :data:`PARTNER_DIRECTIONS_DEG` ``[n_partners]``; the rate comes from
    the model's CR rule, :func:`nvlib.cr_torque.torque.relaxation_rates`.
    """
    if n_partners not in PARTNER_DIRECTIONS_DEG:
        raise ValueError(f"n_partners must be one of {sorted(PARTNER_DIRECTIONS_DEG)}; got {n_partners}")
    theta, phi = np.radians(PARTNER_DIRECTIONS_DEG[n_partners])
    B = gs.field_from_angles(0.01, theta, phi)
    return float(np.max(torque.relaxation_rates(B, torque.preset(preset), cr=True)))


def relaxation_time_with_partners(n_partners: int, preset: str = torque.MAIN) -> float:
    """The model's own dark relaxation time of ρ00 (s) for that class.

    :func:`nvlib.cr_torque.torque.population_relaxation_time` of
    :func:`class_rate_with_partners`: one third of 1/rate, because the class rate acts on all
    the T1 jumps (see :mod:`nvlib.cr_torque.torque`).
    """
    rate = class_rate_with_partners(n_partners, preset)
    return float(torque.population_relaxation_time(np.full(4, rate), torque.preset(preset))[0])


@figure("cr-torque/fig2c", paper="cr-torque", reproduces="Fig. 2(c)",
        caption="Reproduces Fig. 2(c) of Pellet-Mary et al. (2021) with the authors' published "
                "records (repository cpelletm/these, see data/cr-torque/PROVENANCE.md): T1 "
                "decays of one class with 0, 1 and 3 resonant partners, offset for clarity as in "
                "the paper, fitted with c + A exp(−√(t/T)); dashed: the main model's single "
                "exponential with mean time τ = 1/(3Γ), on the fit's offset and amplitude.")
def fig2c():
    fig, ax = plt.subplots(figsize=(6.2, 4.4))
    labels = {0: "(i) no resonance", 1: "(ii) 1 resonant class", 3: "(iii) 3 resonant classes"}
    fits = records.fig2c_fits()
    for i, n in enumerate((0, 1, 3)):
        t, y = records.fig2c_record(n)
        fit = fits[n]
        col = OKABE_ITO[i + 4]
        ax.plot(t, y, "o", ms=2.5, mfc="none", color=col, label=f"measured, {labels[n]}")
        tt = np.linspace(t.min(), t.max(), 400)
        ax.plot(tt, fit(tt), "-", color=col, lw=1.6,
                label=f"fit: T = {fit.time * 1e3:.0f} µs (paper {PAPER_T1[n] * 1e6:.0f} µs)")
        tau = relaxation_time_with_partners(n) * 1e3
        ax.plot(tt, fit.offset + fit.amplitude * np.exp(-tt / tau), "--", color=col, lw=1,
                label=f"model: exp(−t/τ), τ = {tau * 1e3:.0f} µs")
    ax.set(xlabel="dark time t (ms)", ylabel="normalised PL difference (offset)",
           title="measured (authors' records) and main model")
    ax.legend(fontsize=6.5, loc="upper right", ncol=1)
    fig.tight_layout()
    return fig


@figure("cr-torque/fig6", paper="cr-torque", reproduces="Fig. 6",
        caption="Reproduces Fig. 6 of Pellet-Mary et al. (2021) with the authors' published "
                "record (repository cpelletm/these, see data/cr-torque/PROVENANCE.md): T1 decay of "
                "the static diamond with all four classes resonant, fitted without offset by a "
                "stretched (solid) and a plain (dashed) exponential.")
def fig6():
    t, y = records.fig6_record()
    fits = records.fig6_fits()
    fs, fe = fits["stretched"], fits["exponential"]
    tt = np.linspace(0, t[-1], 400)
    fig, ax = plt.subplots(figsize=(5.5, 3.8))
    ax.plot(t, y, "o", ms=3.5, mfc="none", color="0.3", label="measured (authors' record)")
    ax.plot(tt, fs(tt), "-", color=OKABE_ITO[0],
            label=f"stretched: T = {fs.time:.3f} ms, R² = {fs.r2:.3f}")
    ax.plot(tt, fe(tt), "--", color=OKABE_ITO[5],
            label=f"exponential: T = {fe.time:.3f} ms, R² = {fe.r2:.3f}")
    ax.set(xlabel="dark time τ (ms)", ylabel="normalised PL difference",
           title="all four classes degenerate (measured)")
    ax.legend()
    fig.tight_layout()
    return fig


@figure("cr-torque/levy", paper="cr-torque", reproduces=None,
        caption="The fluctuator model behind the stretched exponential (SM Sec. II A): (a) the "
                "Lévy distribution of depolarisation rates, histogram of 10⁵ sampled rates and the "
                "density ρ(γ); (b) the ensemble average of plain exponentials over those rates "
                "equals exp(−√(t/T1)).")
def levy():
    t1 = 1.0
    rates = rx.sample_levy_rates(100_000, t1, np.random.default_rng(1))
    fig, axes = plt.subplots(1, 2, figsize=(7.4, 3.3))
    bins = np.logspace(-2, 4, 61)
    axes[0].hist(rates, bins=bins, density=True, color=OKABE_ITO[1], alpha=0.7, label="samples")
    g = np.logspace(-2, 4, 400)
    axes[0].plot(g, rx.levy_rate_density(g, t1), "k-", label="ρ(γ)")
    axes[0].set(xscale="log", yscale="log", xlabel="rate γ T1", ylabel="density ρ(γ)/T1",
                title="(a) rate distribution")
    axes[0].legend()
    t = np.linspace(0, 5, 60)
    mc = np.exp(-np.outer(t, rates)).mean(axis=1)
    axes[1].plot(t, mc, "o", ms=3, color=OKABE_ITO[1], label="mean of exp(−γt) over samples")
    axes[1].plot(t, rx.stretched_exponential(t, 1.0, t1), "k-", label="exp(−√(t/T1))")
    axes[1].plot(t, np.exp(-t), "--", color="0.5", label="exp(−t/T1)")
    axes[1].set(xlabel="t / T1", ylabel="ensemble ρ₀₀ (normalised)", title="(b) ensemble decay")
    axes[1].legend()
    readable(fig)
    fig.tight_layout()
    return fig


def _level_diagram(ax, x0, pops, label, relax_lw):
    """Three levels |0>, |±1> of one NV at x0 with population dots; returns level heights."""
    levels = {"|0⟩": 0.0, "|−1⟩": 1.0, "|+1⟩": 1.25}
    for name, h in levels.items():
        ax.plot([x0 - 0.35, x0 + 0.35], [h, h], "k-", lw=1.5)
        ax.text(x0 + 0.4, h, name, va="center", fontsize=8)
    for (name, h), p in zip(levels.items(), pops):
        ax.add_patch(plt.Circle((x0, h + 0.07), 0.05 + 0.1 * p, color="#D55E00", alpha=0.8, zorder=3))
    for h, dx in ((1.0, -0.3), (1.25, -0.18)):
        ax.add_patch(FancyArrowPatch((x0 + dx, h), (x0 + dx, 0.02), arrowstyle="-|>",
                                     mutation_scale=10, color="#009E73", lw=1.5))
        ax.add_patch(FancyArrowPatch((x0 + 0.2, h), (x0 + 0.2, 0.02), arrowstyle="-|>",
                                     connectionstyle="arc3,rad=0.3", mutation_scale=10,
                                     color="#0072B2", lw=relax_lw))
    ax.text(x0, -0.3, label, ha="center", fontsize=9)
    return levels


@figure("cr-torque/fig2b", paper="cr-torque", reproduces="Fig. 2(b)",
        caption="Reproduces Fig. 2(b) of Pellet-Mary et al. (2021) (schematic): cross-relaxation "
                "between a polarised NV (NV1, long T1) and a fluctuator (NV2, short T1). Green: "
                "optical pumping into |0⟩; blue: longitudinal relaxation (thin: slow, thick: "
                "fast); red dots: populations; red dashed: the resonant flip-flop.")
def fig2b():
    fig, ax = plt.subplots(figsize=(5, 3))
    _level_diagram(ax, 0.0, (0.9, 0.05, 0.05), "NV1 (polarised)", 0.8)
    _level_diagram(ax, 1.8, (0.4, 0.3, 0.3), "NV2 (fluctuator)", 3.0)
    ax.add_patch(FancyArrowPatch((0.35, 0.55), (1.45, 0.55), arrowstyle="<|-|>", mutation_scale=10,
                                 color="#D55E00", ls="--", lw=1.3))
    ax.text(0.9, 0.62, "flip-flop", ha="center", color="#D55E00", fontsize=8)
    ax.set(xlim=(-0.7, 2.6), ylim=(-0.45, 1.5))
    ax.axis("off")
    return fig


@figure("cr-torque/fig9", paper="cr-torque", reproduces="Fig. 9",
        caption="Reproduces Fig. 9 of Pellet-Mary et al. (2021): the T1 protocol. Sequence 1: "
                "1 ms green polarisation, dark time τ, 10 µs green read-out. Sequence 2: the same "
                "with a resonant microwave π pulse on one class just before read-out. The signal "
                "is their difference, which removes the charge-state dynamics in the dark.")
def fig9():
    fig, axes = plt.subplots(2, 1, figsize=(6, 2.6), sharex=True)
    tau = 1.0
    for i, ax in enumerate(axes):
        ax.add_patch(Rectangle((0, 0), 1.0, 1, color="#009E73"))
        ax.add_patch(Rectangle((1.0 + tau + 0.15, 0), 0.12, 1, color="#009E73"))
        if i == 1:
            ax.add_patch(Rectangle((1.0 + tau, 0), 0.08, 0.7, color="#D55E00"))
            ax.text(1.0 + tau + 0.04, 0.8, "π", ha="center", color="#D55E00")
        ax.annotate("", (1.0, 0.5), (1.0 + tau, 0.5), arrowprops=dict(arrowstyle="<->"))
        ax.text(1.0 + tau / 2, 0.6, "dark time τ", ha="center", fontsize=8)
        ax.text(0.5, 0.4, "1 ms", ha="center", color="w", fontsize=8)
        ax.text(2.5, 0.4, "10 µs read-out", fontsize=8)
        ax.set(ylim=(0, 1.2), yticks=[], ylabel=f"Seq. {i + 1}")
        ax.spines[["top", "right", "left"]].set_visible(False)
    axes[1].set(xlim=(-0.1, 3.4), xticks=[], xlabel="time (not to scale)")
    fig.tight_layout()
    return fig
