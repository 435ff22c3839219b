"""Figures of the pair chapter of Kortan, Şahin, Flatté (2016): Figs 3 and 4."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

from nvlib.exchange import pairs
from nvlib.exchange.dipolar import dipolar
from nvlib.figures import figure
from nvlib.style import readable

PAPER = "Kortan, Şahin, Flatté (2016)"
#: Colours of the pairs, as in the paper (light blue, pink, gold, purple).
PAIR_COLOURS = {("Mn", "Mn"): "#56B4E9", ("Ni", "Ni"): "#CC79A7", ("Cr", "Cr"): "#E69F00",
                ("Cr", "Ni"): "#7B3294"}
#: Marker per direction, as in the paper (triangles, squares, circles); the other sense of
#: the bond axis with open circles.
MARKERS = {"[001]": "^", "[1-10]": "s", "[1-11]": "o", "[-11-1]": "o"}
#: NV orientation pairs: colours as in the paper (black, red, blue, green).
NV_COLOURS = {("par", "par"): "k", ("perp", "perp"): "#D62728", ("par", "perp"): "#0072B2",
              ("perp", "par"): "#009E73"}
MAIN_DIRECTIONS = ("[001]", "[1-10]", "[1-11]")


def _panel(ax, curves, colours, labels, rmax, ymin_mev):
    rr = np.linspace(1.0, rmax, 200)
    for d in MAIN_DIRECTIONS + ("[-11-1]",):
        for key, col in colours.items():
            r, dE = curves[key, d]
            if not len(r):
                continue
            mev = np.abs(dE) * 1e3
            ok = np.isfinite(mev) & (mev > 0)
            r, mev = r[ok], mev[ok]
            filled = d != "[-11-1]"
            ax.semilogy(r, mev, MARKERS[d], ls="-" if filled else ":", lw=0.6,
                        color=col, mfc=col if filled else "none", ms=4)
    # two dipolar curves, as the paper draws ("dipole" twice): the bare coupling (angular
    # factor 1) and collinear moments (factor 2), the bounds 'regardless of dipole orientation'
    ax.semilogy(rr, dipolar(rr) * 1e3, "k--", lw=1)
    ax.semilogy(rr, dipolar(rr, angular=2.0) * 1e3, "k:", lw=1)
    ax.text(2.0, dipolar(2.0) * 1e3 * 0.25, "dipolar ×1 (--)", ha="left", fontsize=7)
    ax.text(2.0, dipolar(2.0, angular=2.0) * 1e3 * 3, "dipolar ×2 (···)", ha="left",
            fontsize=7)
    ax.set_xlim(0, rmax)
    ax.set_ylim(ymin_mev, 1e3)
    ax.set_xlabel("pair separation (Å)")
    ax.set_ylabel("|J| = |E_AP − E_P| (meV)")
    handles = [plt.Line2D([], [], color=c, marker="s", ls="", label=labels[k])
               for k, c in colours.items()]
    handles += [plt.Line2D([], [], color="0.3", marker=MARKERS[d], ls="", mfc="0.3", label=d)
                for d in MAIN_DIRECTIONS]
    handles.append(plt.Line2D([], [], color="0.3", marker="o", ls=":", mfc="none",
                              label="[-11-1] (other sense)"))
    return handles


def tm_curves():
    """{((a, b), direction): (r Å, ΔE eV)} for the transition-metal pairs."""
    return {(p, d): pairs.exchange_curve(*p, d) for p in pairs.TM_PAIRS for d in pairs.DIRECTIONS}


def nv_curves():
    """{(orientation, direction): (r Å, ΔE eV)} for the NV⁻ pairs."""
    return {(o, d): pairs.exchange_curve("NV", "NV", d, orientation=o)
            for o in pairs.NV_PAIRS for d in pairs.DIRECTIONS}


@figure(id="exchange/fig3", paper="exchange", reproduces="Fig. 3",
        caption=f"Reproduces Fig. 3 of {PAPER}: |ΔE| of Mn–Mn, Ni–Ni, Cr–Cr and Cr–Ni pairs "
                "along [001] (triangles), [1-10] (squares) and [1-11] (circles; open: the "
                "other sense of the bond axis) with the dipolar coupling for angular factors 1 "
                "(dashed) and 2 (dotted); (a) the paper's axes, "
                "(b) extended to 25 Å and 10⁻⁶ meV.")
def fig3():
    curves = tm_curves()
    labels = {k: f"{k[0]}–{k[1]}" for k in PAIR_COLOURS}
    fig, axes = plt.subplots(2, 1, figsize=(6.9, 8.4), layout="constrained")
    h = _panel(axes[0], curves, PAIR_COLOURS, labels, 20.0, 1e-3)
    _panel(axes[1], curves, PAIR_COLOURS, labels, 25.0, 1e-6)
    axes[0].set_title("(a) as the paper: 0–20 Å, 10⁻³–10³ meV")
    axes[1].set_title("(b) extended: 0–25 Å, down to 10⁻⁹ eV")
    fig.legend(handles=h, loc="outside lower center", fontsize=7.5, ncol=4)
    return readable(fig)


@figure(id="exchange/fig4", paper="exchange", reproduces="Fig. 4",
        caption=f"Reproduces Fig. 4 of {PAPER}: |ΔE| of NV⁻ pairs for the four orientation "
                "pairs (black: both near-parallel to [1-11]; red: both near-perpendicular; "
                "blue: parallel–perpendicular; green: perpendicular–parallel) along [001], "
                "[1-10], [1-11], with the dipolar coupling for angular factors 1 (dashed) and 2 "
                "(dotted); (a) the paper's axes, (b) extended; "
                "(c)–(f) the insets: the probability per site of the pair's occupied gap states "
                "(mean over the states) for the pair 6.178 Å apart along [1-11], on the (110) "
                "plane through both centres, on the logarithmic colour scale of Fig. 2 extended "
                "upwards to the larger in-plane densities (white ×: vacancies; white triangles: "
                "nitrogens, filled in the plane, open out of it).")
def fig4():
    from matplotlib.colors import LogNorm

    from nvlib.exchange import pairdensity
    from nvlib.exchange.plots.centres import fig2_norm

    curves = nv_curves()
    labels = {("par", "par"): "∥ ∥", ("perp", "perp"): "⊥ ⊥", ("par", "perp"): "∥ ⊥",
              ("perp", "par"): "⊥ ∥"}
    fig = plt.figure(figsize=(6.9, 11.0), layout="constrained")
    top, bottom = fig.subfigures(2, 1, height_ratios=[2.6, 0.95])
    axes = top.subplots(2, 1)
    h = _panel(axes[0], curves, NV_COLOURS, labels, 20.0, 1e-5)
    _panel(axes[1], curves, NV_COLOURS, labels, 25.0, 1e-6)
    axes[0].set_title("(a) as the paper: 0–20 Å, 10⁻⁵–10² meV")
    axes[0].set_ylim(1e-5, 1e2)
    axes[1].set_title("(b) extended: 0–25 Å")
    top.legend(handles=h, loc="outside lower center", fontsize=7.5, ncol=4)
    dens = {o: pairdensity.pair_density_slice(o) for o in pairs.NV_PAIRS}
    ref = fig2_norm()      # Fig. 2's scale, extended upwards to the in-plane pair densities
    norm = LogNorm(vmin=ref.vmin, vmax=max(ref.vmax, max(p.max() for _, p, _ in dens.values())))
    insets = bottom.subplots(1, 4, sharex=True, sharey=True)
    for ax, o, lab in zip(insets, pairs.NV_PAIRS, "cdef"):
        xy, p, _ = dens[o]
        sc = ax.scatter(xy[:, 0], xy[:, 1], c=np.clip(p, norm.vmin, None), norm=norm, s=18,
                        cmap="viridis", edgecolors="none")
        m = pairdensity.centre_marks(o)
        ax.plot(*m["V"].T, "x", color="w", ms=6)
        for (u, v), inplane in zip(m["N"], m["N_in_plane"]):
            ax.plot(u, v, "^", color="w", mfc="w" if inplane else "none", ms=5)
        ax.set_title(f"({lab}) {labels[o]}", color=NV_COLOURS[o])
        ax.set_aspect("equal")
        ax.set_facecolor("0.15")
        ax.set_xlabel("along [1-10] (Å)")
    insets[0].set_ylabel("along [001] (Å)")
    bottom.colorbar(sc, ax=insets, orientation="horizontal", shrink=0.6, aspect=40,
                    label="probability per site (occupied gap states, mean)")
    return readable(fig)
