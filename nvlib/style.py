"""House style for every figure of the book: one place for fonts, sizes and colour maps.

Colours are the Okabe–Ito palette (safe for the common colour-vision deficiencies); sequential
maps are ``cividis``/``viridis`` (perceptually uniform, colour-blind safe) and the diverging map
is ``RdBu_r`` (blue/red, safe for red–green deficiency).
"""

from __future__ import annotations

import matplotlib as mpl

__all__ = ["CLASS_COLORS", "OKABE_ITO", "SEQUENTIAL", "SEQUENTIAL_ALT", "DIVERGING", "use",
           "caption"]

#: Okabe–Ito colours, in their usual order.
OKABE_ITO: tuple[str, ...] = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00",
                              "#CC79A7", "#000000")
#: One colour per NV class, in the order of :data:`nvlib.groundstate.NV_AXES`.
CLASS_COLORS: tuple[str, ...] = ("#0072B2", "#D55E00", "#009E73", "#CC79A7")
SEQUENTIAL = "cividis"
SEQUENTIAL_ALT = "viridis"
DIVERGING = "RdBu_r"

_RC = {
    "figure.figsize": (6.4, 4.0),
    "figure.dpi": 100,
    "savefig.dpi": 150,
    "savefig.bbox": "tight",
    "font.size": 10,
    "axes.labelsize": 10,
    "axes.titlesize": 10,
    "legend.fontsize": 8,
    "legend.frameon": False,
    "axes.prop_cycle": mpl.cycler(color=list(OKABE_ITO)),
    "image.cmap": SEQUENTIAL,
    "axes.grid": False,
    "lines.linewidth": 1.5,
    "svg.hashsalt": "nvlib",  # deterministic SVG ids
    "svg.fonttype": "path",
    "pdf.fonttype": 42,
}


def use() -> None:
    """Apply the house style to matplotlib's global rcParams."""
    mpl.rcParams.update(_RC)


def caption(fig_ref: str, paper: str) -> str:
    """The standard caption prefix: ``'Reproduces Fig. 3(b) of Pellet-Mary et al. (2021).'``"""
    return f"Reproduces {fig_ref} of {paper}."


#: The width of the book's text column in inches at 100 dpi (see :data:`nvlib.figures.TEXT_WIDTH_IN`).
_TEXT_WIDTH_IN = 6.9


def readable(fig, aim_pt: float = 7.5):
    """Raise every font of ``fig`` to at least ``aim_pt`` *as displayed* at the text width.

    A figure wider than the text column is shrunk to it on the page, fonts included, so a figure
    ``w`` inches wide needs fonts of ``aim_pt * w / 6.9`` points. Fonts already larger are left
    as they are; tick labels drawn later follow too. Call it before ``tight_layout`` (opt-in, per
    figure: the global style is unchanged).
    """
    from matplotlib.text import Text

    floor = aim_pt * max(1.0, fig.get_figwidth() / _TEXT_WIDTH_IN)
    for ax in fig.axes:
        for axis in ("x", "y", "z") if hasattr(ax, "zaxis") else ("x", "y"):
            ticks = getattr(ax, f"{axis}axis").get_ticklabels()
            if ticks and ticks[0].get_fontsize() < floor:
                ax.tick_params(axis=axis, which="both", labelsize=floor)
    for t in fig.findobj(Text):
        if t.get_fontsize() < floor:
            t.set_fontsize(floor)
    return fig
