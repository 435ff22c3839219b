"""Figures of the host and the single centres of Kortan, Şahin, Flatté (2016): Figs 1 and 2,
the host band structure and the ideal-vacancy validation (the last two are not paper figures)."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.colors import LogNorm

from nvlib.exchange import singles
from nvlib.exchange import tightbinding as tb
from nvlib.figures import figure
from nvlib.style import OKABE_ITO

PAPER = "Kortan, Şahin, Flatté (2016)"
#: Ideal-vacancy potentials (eV) of the validation figure.
VACANCY_U = (10.0, 15.0, 20.0, 30.0, 50.0, 75.0, 100.0, 200.0, 500.0)
#: Supercell sizes n (n×n×n cubic cells of 8 atoms) of the validation figure.
SUPERCELLS = (2, 3)
#: Broadening of the continuum LDOS of Fig. 1 (eV) and its mesh.
LDOS_ETA, LDOS_MESH = 0.1, 20
#: Order of the panels of Fig. 2, as in the paper.
FIG2_ORDER = ("Fe", "NV", "Mn", "Co", "Cr", "Ni")


@figure(id="exchange/bands", paper="exchange", reproduces=None,
        caption="Not a paper figure: the sp3d5s* band structure of diamond with Jancu's "
                "parameters, which validates the host (indirect and direct gaps marked).")
def bands_figure():
    k, x, ticks, labels = tb.kpath()
    E = tb.bands(k)
    ind, direct = tb.diamond_gaps()
    fig, ax = plt.subplots(figsize=(5.2, 4.2))
    ax.plot(x, E, color="k", lw=1)
    ax.axhspan(0, ind, color=OKABE_ITO[1], alpha=0.15, lw=0)
    xc = ticks[2] - (1 - tb.cbm_position()) * (ticks[2] - ticks[1])
    ax.annotate("", xy=(xc, ind), xytext=(ticks[1], 0),
                arrowprops=dict(arrowstyle="->", color=OKABE_ITO[5]))
    ax.annotate("", xy=(ticks[1], direct), xytext=(ticks[1], 0),
                arrowprops=dict(arrowstyle="->", color=OKABE_ITO[4]))
    ax.text(xc, ind + 0.4, f"indirect {ind:.3f} eV", ha="center", fontsize=8, color=OKABE_ITO[5])
    ax.text(ticks[1] - 0.05, direct + 0.4, f"direct {direct:.3f} eV", ha="right", fontsize=8,
            color=OKABE_ITO[4])
    for t in ticks:
        ax.axvline(t, color="0.7", lw=0.6)
    ax.set_xticks(ticks, labels)
    ax.set_xlim(ticks[0], ticks[-1])
    ax.set_ylim(-22, 16)
    ax.set_ylabel("energy from the valence-band maximum (eV)")
    ax.set_xlabel("wave vector")
    return fig


@figure(id="exchange/fig1", paper="exchange", reproduces="Fig. 1",
        caption=f"Reproduces Fig. 1 of {PAPER}: spin-resolved LDOS on the impurity site (black) "
                "and a nearest-neighbour carbon (red) for Cr and Ni, spin up above and spin down "
                "below the axis; continuum with 0.1 eV broadening (left axis), gap states as "
                "sticks of their probability on the site (right axis).")
def fig1():
    fig, axes = plt.subplots(2, 1, figsize=(6.4, 6.2), sharex=True)
    ind, _ = tb.diamond_gaps()
    for ax, sp in zip(axes, ("Cr", "Ni")):
        w, d = singles.ldos(sp, N=LDOS_MESH, eta=LDOS_ETA)
        lv = singles.levels(sp)
        outside = (w < -0.05) | (w > ind + 0.05)
        for site, col in ((0, "k"), (1, "#D62728")):      # red, as the caption says
            for spin, sign in ((0, 1), (1, -1)):
                y = np.where(outside, sign * d[site, spin], np.nan)
                ax.plot(w, y, color=col, lw=1)
        ax.axhline(0, color="0.5", lw=0.5)
        ax.axvspan(0, ind, color=OKABE_ITO[1], alpha=0.1, lw=0)
        ax.set_ylabel("LDOS (1/eV), ↑ up / ↓ down")
        ax.set_ylim(-1.2, 1.2)
        ax2 = ax.twinx()
        for e, u, on, nn in zip(lv.energies, lv.up, lv.onsite, lv.neighbour):
            sign = 1 if u >= 0.5 else -1
            ax2.vlines(e, 0, sign * on, color="k", lw=2)
            ax2.vlines(e + 0.04, 0, sign * nn, color="#D55E00", lw=2)
        ax2.set_ylim(-0.8, 0.8)
        ax2.set_ylabel("probability of a gap state on the site")
        ax.text(0.02, 0.9, sp, transform=ax.transAxes, fontsize=11, weight="bold")
    axes[-1].set_xlim(-4, 10)
    axes[-1].set_xlabel("energy (eV)")
    return fig


def fig2_norm() -> LogNorm:
    """The logarithmic colour scale of Fig. 2 (four decades below the largest probability of the
    six HOMO slices), shared by the insets of Fig. 4 as in the paper."""
    vmax = float(max(p.max() for _, p in (singles.homo_slice(sp) for sp in FIG2_ORDER)))
    return LogNorm(vmin=vmax * 1e-4, vmax=vmax)


@figure(id="exchange/fig2", paper="exchange", reproduces="Fig. 2",
        caption=f"Reproduces Fig. 2 of {PAPER}: HOMO probability per atomic site of (a) Fe, "
                "(b) NV⁻, (c) Mn, (d) Co, (e) Cr, (f) Ni on the (110) layer three atomic layers "
                "above the centre; one logarithmic colour scale; the bound state alone (no host "
                "background).")
def fig2():
    data = {sp: singles.homo_slice(sp) for sp in FIG2_ORDER}
    norm = fig2_norm()
    fig, axes = plt.subplots(2, 3, figsize=(7.6, 5.4), sharex=True, sharey=True,
                             layout="constrained")
    for ax, sp, lab in zip(axes.flat, FIG2_ORDER, "abcdef"):
        xy, p = data[sp]
        sc = ax.scatter(xy[:, 0], xy[:, 1], c=np.clip(p, norm.vmin, None), norm=norm, s=22,
                        cmap="viridis", edgecolors="none")
        ax.plot(0, 0, "x", color="w", ms=5)
        ax.set_title(f"({lab}) {'NV⁻' if sp == 'NV' else sp}")
        ax.set_aspect("equal")
        ax.set_facecolor("0.15")
    for ax in axes[-1]:
        ax.set_xlabel("along [1-10] (Å)")
    for ax in axes[:, 0]:
        ax.set_ylabel("along [001] (Å)")
    fig.colorbar(sc, ax=axes, shrink=0.8, label="probability per atomic site")
    return fig


#: A potential standing for U → ∞ in the vacancy figure (eV): the t2 level no longer moves.
U_INFINITE = 1e5


@figure(id="exchange/vacancy", paper="exchange", reproduces=None,
        caption="Not a paper figure: the ideal vacancy's threefold t2 and onefold a1 gap levels "
                "against the potential U on s, p and d of the vacant site (Koster–Slater, "
                "N = 24), as separate curves, with the U → ∞ limit and the Γ-point levels of "
                "cubic supercells of 64 and 216 atoms at U = 50 eV.")
def vacancy_figure():
    lv = singles.vacancy_t2_a1(VACANCY_U + (U_INFINITE,))
    fig, ax = plt.subplots(figsize=(5.2, 3.8))
    U = np.array(VACANCY_U)
    ax.plot(U, lv[:-1, 0], "o-", color=OKABE_ITO[4], label="t2 (threefold)")
    ax.plot(U, lv[:-1, 1], "s--", color=OKABE_ITO[0], label="a1 (onefold)")
    ax.plot([U[-1] * 1.6] * 2, lv[-1], "*", color="k", ms=9,
            label=f"U = {U_INFINITE:.0e} eV (U → ∞)")
    sc = [singles.supercell_vacancy_levels(n) for n in SUPERCELLS]
    ax.plot([50.0] * len(sc), sc, "k_", ms=14, mew=2, label="supercells, t2 (64, 216 atoms)")
    for n, e in zip(SUPERCELLS, sc):
        ax.text(56, e, f"{8 * n ** 3}", va="center", fontsize=7)
    ax.set_xscale("log")
    ax.set_xlabel("vacancy potential U (eV)")
    ax.set_ylabel("gap level from the valence-band maximum (eV)")
    ax.set_ylim(0, tb.diamond_gaps()[0])
    ax.legend(loc="lower right", fontsize=7)
    return fig
