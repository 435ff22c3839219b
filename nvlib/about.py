"""The "About" box at the end of each chapter: versions of the packages that produced it."""

from __future__ import annotations

import platform
from importlib import metadata

__all__ = ["versions", "about_markdown"]

_PACKAGES = ("nvlib", "numpy", "scipy", "qutip", "matplotlib", "jupyter-book", "myst-nb")


def versions() -> dict[str, str]:
    """Installed versions of the packages the book depends on (``"not installed"`` if absent)."""
    out = {"python": platform.python_version()}
    for name in _PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def about_markdown() -> str:
    """A one-line Markdown summary of :func:`versions`."""
    return "Computed with " + ", ".join(f"{k} {v}" for k, v in versions().items()) + "."
