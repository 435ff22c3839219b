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
