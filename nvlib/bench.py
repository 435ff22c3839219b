"""Speed benchmarks as data: ``python -m nvlib bench`` and the book's Performance page.

The benchmarks live in the repository's ``benchmarks/`` folder (one ``bench_<name>.py`` per
kernel, each with a ``run(quick=False) -> list[dict]``; see ``benchmarks/run.py`` for the row
format). This module finds that folder and runs them through ``benchmarks/run.py``, so the
command, ``make bench`` and the Performance page share one code path.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

__all__ = ["benchmarks_dir", "report", "markdown"]


def benchmarks_dir() -> Path:
    """``$NVLIB_BENCHMARKS``, else ``benchmarks/`` beside the nvlib source tree."""
    path = Path(os.environ.get("NVLIB_BENCHMARKS")
                or Path(__file__).resolve().parents[1] / "benchmarks")
    if not (path / "run.py").exists():
        raise FileNotFoundError(f"no benchmarks/run.py at {path}: run from a source checkout "
                                "or set NVLIB_BENCHMARKS")
    return path


def _runner():
    spec = importlib.util.spec_from_file_location("nvlib_benchmarks_run",
                                                  benchmarks_dir() / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def report(quick: bool = False, only: list[str] | None = None) -> dict:
    """Run the registered benchmarks now: machine, date (UTC) and one row per comparison."""
    return _runner().collect(quick=quick, only=only)


def markdown(rep: dict) -> str:
    """The report as a Markdown table (machine line first, speed-ups as measured ratios)."""
    return _runner().to_markdown(rep)
