"""Figures of Part II (Happacher et al. 2022), one module per chapter."""

from __future__ import annotations

#: Part II figures are drawn at most this wide (in), inside the book's 6.9 in text column, so
#: they are shown at their natural size and their fonts are read as drawn.
WIDTH_IN = 6.7
#: Font size (pt) of tick labels, axis labels and titles; legends and annotations use 7.5.
TEXT_PT = 8.0
SMALL_PT = 7.5


def fit_text(fig, size: float = TEXT_PT) -> None:
    """Set tick labels, axis labels and titles of every axes of ``fig`` to ``size`` points.

    Stored on the artists (not in rcParams), so the inline backend draws them at that size.
    """
    for ax in fig.axes:
        ax.tick_params(which="both", labelsize=size)
        ax.xaxis.label.set_fontsize(size)
        ax.yaxis.label.set_fontsize(size)
        ax.title.set_fontsize(size)
        leg = ax.get_legend()
        if leg is not None:
            for t in leg.get_texts():
                t.set_fontsize(max(SMALL_PT, min(t.get_fontsize(), size)))
