"""The landing page cannot go stale (issue 19).

No book page and not the README says a part is "to be written"; the status of each paper on
``book/intro.md`` is a code cell reading the figure and statement registries at build time, not
typed text: the line it prints follows the registries when they change.
"""

from __future__ import annotations

import re
from pathlib import Path

import jupytext
import pytest

ROOT = Path(__file__).resolve().parents[1]
INTRO = ROOT / "book" / "intro.md"
PAPERS = ("cr-torque", "eslac", "exchange")


def _sources():
    return sorted(ROOT.glob("book/**/*.md")) + [ROOT / "README.md"]


def test_no_page_says_to_be_written():
    stale = [str(p.relative_to(ROOT)) for p in _sources()
             if re.search(r"to\s+be\s+written", p.read_text(), re.I)]
    assert not stale, f"'to be written' in {stale}"


def _intro_cells():
    return jupytext.read(INTRO).cells


def test_each_paper_status_is_a_code_cell_not_typed_text():
    cells = _intro_cells()
    calls = {}
    for i, c in enumerate(cells):
        if c.cell_type == "code":
            for p in re.findall(r'part_status\("([^"]+)"\)', c.source):
                calls[p] = i
    assert set(calls) == set(PAPERS), f"status cells found for {sorted(calls)}"
    for paper, i in calls.items():
        # the status shows its output (remove-input, not remove-cell) right under the paper
        assert "remove-cell" not in cells[i].metadata.get("tags", []), paper
        prev = cells[i - 1]
        assert prev.cell_type == "markdown", paper
    # no typed status words in the prose: counts of figures/statements come from code only
    prose = "\n".join(c.source for c in cells if c.cell_type == "markdown")
    typed = re.findall(r"(?i)\b(?:\d+\s+(?:paper\s+)?figures?\s+recomputed|\d+\s+statements|"
                       r"status\s*:|written\b)", prose)
    assert not typed, f"typed status in the intro's prose: {typed}"


def _part_status():
    """The intro's own ``part_status``, defined by executing its code cells' definitions."""
    src = "\n".join(c.source for c in _intro_cells()
                    if c.cell_type == "code" and "def part_status" in c.source)
    ns: dict = {}
    exec(compile(src, str(INTRO), "exec"), ns)
    return ns["part_status"]


@pytest.mark.parametrize("paper", PAPERS)
def test_status_follows_the_registries(paper, monkeypatch):
    from nvlib import figures, statements

    status = _part_status()
    text = status(paper).data
    figs = figures.reproduced(paper)
    for label in figs:
        assert label in text, (paper, label)
    if statements.registry(paper):
        assert statements.headline(paper, depends=False) in text
    # change the registries: the printed status changes with them (it is not typed)
    monkeypatch.setattr(figures, "reproduced", lambda p, **kw: figs + ["Fig. 99(z)"])
    monkeypatch.setattr(statements, "headline", lambda p, **kw: "HEADLINE-PROBE")
    monkeypatch.setattr(statements, "registry", lambda p=None: [object()])
    changed = status(paper).data
    assert f"{len(figs) + 1} paper figure" in changed and "Fig. 99(z)" in changed
    assert "HEADLINE-PROBE" in changed


def test_reproduced_rejects_bad_paper():
    from nvlib import figures

    with pytest.raises(ValueError, match="paper"):
        figures.reproduced("")
