"""Registry of the book's figures, and their export without Jupyter.

Every figure of the book is drawn by a function in :mod:`nvlib.plots` registered here under an id
such as ``"cr-torque/fig3b"``. The chapters call :func:`make` with that id, and
``python -m nvlib figures --out DIR`` calls the very same functions, so the exported files and
the book cannot drift apart. Files are written with fixed metadata, so re-running the export
gives byte-identical PNG/PDF/SVG files.

On the website every figure drawn with :func:`make` is downloadable as PNG and PDF, with alt
text, without any change to the chapter: :func:`make` tags the figure with its id, and the book's
Sphinx extension (``nvlib.sphinxext``) finds the tag in the cell output, sets the image's alt
text and puts "Download: PNG · PDF" under it. The files themselves are written by :func:`save`,
the function behind ``python -m nvlib figures``, into ``_build/html/figures/<id>.{png,pdf}``
(the kernel writes them while the chapter executes; the extension writes any that are missing).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

import json
import os
import re

import matplotlib

__all__ = ["FigureSpec", "figure", "figures", "make", "save", "export", "figure_counts",
           "reproduced",
           "FORMATS", "DOWNLOAD_FORMATS", "FIGURE_DIR_ENV", "TEXT_WIDTH_IN", "FONT_FLOOR_PT", "FONT_AIM_PT", "COLOUR_BLIND_SAFE_CMAPS", "cmaps_used",
           "min_font_pt",
           "write_downloads"]

#: Formats offered for download under every figure of the website.
DOWNLOAD_FORMATS: tuple[str, ...] = ("png", "pdf")
#: Environment variable naming the directory the website's downloads go to (set by the book's
#: Sphinx extension for the kernels it starts; unset elsewhere, where nothing is written).
FIGURE_DIR_ENV = "NVLIB_FIGURE_DIR"
#: Width of the book's text column, in inches at the figures' 100 dpi (690 px at 1280 px, with
#: both sidebars). Wider figures shrink to it, and their fonts with them.
TEXT_WIDTH_IN = 6.9
#: The smallest font, in points as displayed at 1280 px, that the browser test lets through;
#: below :data:`FONT_AIM_PT` it warns. Draw wide figures with larger fonts, or narrower.
FONT_FLOOR_PT = 3.5
FONT_AIM_PT = 7.0
#: Colour maps readable with the common colour-vision deficiencies (perceptually uniform
#: sequential maps; blue-red / purple-orange diverging maps; greys), reversed ``_r`` included.
COLOUR_BLIND_SAFE_CMAPS = frozenset(
    name + rev for name in ("cividis", "viridis", "plasma", "inferno", "magma", "RdBu", "PuOr",
                            "BrBG", "Greys", "gray", "binary", "twilight", "twilight_shifted")
    for rev in ("", "_r"))

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
    alt: str | None = None

    @property
    def alt_text(self) -> str:
        """Alt text for the website: ``alt`` if given, else the registered caption."""
        return self.alt or self.caption


def figure(id: str, *, paper: str, reproduces: str | None, caption: str,
           alt: str | None = None):
    """Decorator registering a zero-argument function that returns a matplotlib Figure.

    ``alt`` (optional) is the image's alt text on the website: what the figure shows, for a
    reader who cannot see it; the ``caption`` is used when it is omitted.
    """

    def register(fn):
        if id in _FIGURES:
            raise ValueError(f"figure id {id!r} is registered twice")
        _FIGURES[id] = FigureSpec(id, paper, reproduces, caption, fn, alt)
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
    """Draw the figure ``fig_id`` in the house style and return the matplotlib Figure.

    The figure carries its id in its display metadata (the website uses it for alt text and
    download links), and, when the environment variable ``FIGURE_DIR_ENV`` names a directory
    (the book's build sets it), its PNG and PDF are written there by ``write_downloads``.
    """
    from nvlib import style
    spec = _spec(fig_id)
    style.use()
    fig = spec.draw()
    meta = _meta(spec, fig)
    # IPython merges this metadata into the figure's display output (the PNG itself comes from
    # the inline backend as usual); an instance attribute, so plain Figures are untouched.
    fig._repr_mimebundle_ = lambda include=None, exclude=None: ({}, {"image/png": dict(meta)})
    out = os.environ.get(FIGURE_DIR_ENV)
    if out:
        write_downloads(fig, spec.id, out, meta)
    return fig


def _meta(spec: FigureSpec, fig) -> dict:
    """Display metadata of a drawn figure (JSON-safe)."""
    font = min_font_pt(fig)
    native = font * max(1.0, fig.get_figwidth() / TEXT_WIDTH_IN)
    finite = font != float("inf")
    return {"nvlib_figure": spec.id, "alt": spec.alt_text, "reproduces": spec.reproduces,
            "min_font_pt": round(font, 2) if finite else None,
            "font_pt": round(native, 2) if finite else None,
            "width_in": round(fig.get_figwidth(), 3), "cmaps": cmaps_used(fig)}


def cmaps_used(fig) -> list[str]:
    """Names of the colour maps of the images, meshes and colour bars drawn on ``fig``."""
    from matplotlib.cm import ScalarMappable

    return sorted({m.get_cmap().name for m in fig.findobj(lambda a: isinstance(a, ScalarMappable))
                   if getattr(m, "get_array", lambda: None)() is not None})


def min_font_pt(fig) -> float:
    """Smallest font on ``fig`` in points as read at the book's text width.

    Fonts of a figure wider than :data:`TEXT_WIDTH_IN` shrink with it on the page.
    """
    from matplotlib.text import Text

    sizes = [t.get_fontsize() for t in fig.findobj(Text)
             if t.get_visible() and t.get_text().strip()]
    if not sizes:
        return float("inf")
    return min(sizes) * min(1.0, TEXT_WIDTH_IN / fig.get_figwidth())


def write_downloads(fig, fig_id: str, out: str | Path, meta: dict | None = None) -> list[Path]:
    """Write ``<out>/<fig_id>.png`` and ``.pdf`` with :func:`save`, and a ``.json`` sidecar."""
    out = Path(out)
    paths = [save(fig, out / f"{fig_id}.{fmt}", fmt) for fmt in DOWNLOAD_FORMATS]
    if meta is None:
        meta = _meta(_spec(fig_id), fig)
    side = out / f"{fig_id}.json"
    side.write_text(json.dumps({**meta, "files": [p.name for p in paths]}, indent=1))
    return paths


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


def reproduced(paper: str) -> list[str]:
    """The paper figures the book recomputes for ``paper``, as their registered ``reproduces``
    labels (e.g. ``["Fig. 1", "Fig. 2(b)", …]``), ordered by the first figure number in the label
    (the landing page reads its status from here, so it cannot go stale)."""
    if not isinstance(paper, str) or not paper:
        raise ValueError(f"paper must be a non-empty paper key; got {paper!r}")

    def key(label: str):
        n = re.search(r"\d+", label)
        return ("supplement" in label, int(n.group()) if n else 0, label)

    return sorted({f.reproduces for f in figures(paper) if f.reproduces}, key=key)
