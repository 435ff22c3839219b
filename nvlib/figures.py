"""Registry of the book's figures, and their export without Jupyter.

Every figure of the book is drawn by a function in :mod:`nvlib.plots` registered here under an id
such as ``"cr-torque/fig3b"``. The chapters call :func:`make` with that id, and
``python -m nvlib figures --out DIR`` calls the very same functions, so the exported files and
the book cannot drift apart. Files are written with fixed metadata, so re-running the export
gives byte-identical PNG/PDF/SVG files.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

import matplotlib

__all__ = ["FigureSpec", "figure", "figures", "make", "save", "export", "figure_counts",
           "FORMATS"]

FORMATS: tuple[str, ...] = ("png", "pdf", "svg")
_METADATA = {
    "png": {"Software": None},
    "pdf": {"Creator": None, "Producer": None, "CreationDate": None, "ModDate": None},
    "svg": {"Creator": None, "Date": None},
}
_FIGURES: dict[str, "FigureSpec"] = {}


@dataclass(frozen=True)
class FigureSpec:
    """A registered figure: ``reproduces`` names the paper figure (None for the book's own)."""

    id: str
    paper: str
    reproduces: str | None
    caption: str
    draw: Callable[[], "matplotlib.figure.Figure"]


def figure(id: str, *, paper: str, reproduces: str | None, caption: str):
    """Decorator registering a zero-argument function that returns a matplotlib Figure."""

    def register(fn):
        if id in _FIGURES:
            raise ValueError(f"figure id {id!r} is registered twice")
        _FIGURES[id] = FigureSpec(id, paper, reproduces, caption, fn)
        return fn

    return register


def _load_all() -> None:
    """Import the figure code of every wing (importing a plots module registers its figures)."""
    from nvlib import wings

    wings.load("plots")


def figures(paper: str | None = None) -> list[FigureSpec]:
    """All registered figures, optionally those of one paper."""
    _load_all()
    return [f for f in _FIGURES.values() if paper is None or f.paper == paper]


def _spec(fig_id: str) -> FigureSpec:
    _load_all()
    if fig_id not in _FIGURES:
        raise ValueError(f"fig_id {fig_id!r} is not registered; known: {sorted(_FIGURES)}")
    return _FIGURES[fig_id]


def make(fig_id: str):
    """Draw the figure ``fig_id`` in the house style and return the matplotlib Figure."""
    from nvlib import style
    spec = _spec(fig_id)
    style.use()
    return spec.draw()


def save(fig, path: str | Path, fmt: str) -> Path:
    """Save ``fig`` as ``fmt`` (png, pdf or svg) with fixed metadata (deterministic bytes)."""
    if fmt not in FORMATS:
        raise ValueError(f"fmt must be one of {FORMATS}; got {fmt!r}")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, format=fmt, metadata=_METADATA[fmt])
    return path


def export(out: str | Path, only: Iterable[str] | None = None,
           formats: Iterable[str] = ("png",)) -> list[Path]:
    """Regenerate figures into ``out``: ``<out>/<paper>/<name>.<fmt>`` for each id and format."""
    import matplotlib.pyplot as plt

    formats = list(formats)
    for f in formats:
        if f not in FORMATS:
            raise ValueError(f"formats must be among {FORMATS}; got {f!r}")
    ids = list(only) if only else [f.id for f in figures()]
    written = []
    for fig_id in ids:
        fig = make(fig_id)
        for fmt in formats:
            written.append(save(fig, Path(out) / f"{fig_id}.{fmt}", fmt))
        plt.close(fig)
    return written


def figure_counts() -> dict[str, int]:
    """Number of registered figures that reproduce a paper figure, per paper."""
    counts: dict[str, int] = {}
    for f in figures():
        if f.reproduces:
            counts[f.paper] = counts.get(f.paper, 0) + 1
    return counts
