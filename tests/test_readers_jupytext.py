"""A chapter saved in JupyterLab (jupytext) comes back byte-identical (issue 19).

``scripts/jupytext-canonical`` writes the form JupyterLab saves (kernelspec as the kernel sets
it, jupytext's blank line after cell options); ``jupytext.toml`` keeps the version line out.
``scripts/binder-browser`` checks a real save in a browser; here every chapter is checked to be
in that form, and the rewrite to change no cell.
"""

from __future__ import annotations

import runpy
from pathlib import Path

import jupytext
import pytest

ROOT = Path(__file__).resolve().parents[1]
CANON = runpy.run_path(str(ROOT / "scripts" / "jupytext-canonical"), run_name="canon")
CHAPTERS = CANON["notebook_chapters"]()


def test_there_are_chapters():
    assert len(CHAPTERS) > 10


@pytest.mark.parametrize("path", CHAPTERS, ids=lambda p: str(p.relative_to(ROOT)))
def test_rewrite_keeps_every_cell(path):
    text = path.read_text()
    a, b = jupytext.reads(text, fmt="md:myst"), jupytext.reads(CANON["canonical"](text), fmt="md:myst")
    assert [(c.cell_type, c.source, dict(c.metadata)) for c in a.cells] == \
        [(c.cell_type, c.source, dict(c.metadata)) for c in b.cells]


@pytest.mark.parametrize("path", CHAPTERS, ids=lambda p: str(p.relative_to(ROOT)))
def test_chapter_is_in_the_form_jupyterlab_saves(path):
    text = path.read_text()
    assert CANON["canonical"](text) == text, (
        f"a JupyterLab save would rewrite {path.name}: run scripts/jupytext-canonical {path.relative_to(ROOT)}")


def test_jupytext_config_drops_the_version_line():
    assert "-jupytext.text_representation.jupytext_version" in (ROOT / "jupytext.toml").read_text()
