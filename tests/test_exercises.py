"""Exercises with worked solutions and per-part learning goals (issue 19).

Every content chapter has at least two ``{exercise}`` directives (sphinx-exercise), each with a
gated solution (``{solution-start} <label>`` ... ``{solution-end}``) hidden in a dropdown and
holding at least one top-level ``code-cell``: executed by the build and by nbval, like any other
cell. Labels are unique over the book and carry their chapter's prefix; exercises are unnumbered
(Sphinx would number them across the whole book: "Exercise 37" beside the text's own). Every
part index states its learning goals and prerequisites. The syntax is in the README.

The checks read the MyST sources (what the build parses); the strict build itself checks that
every solution's label resolves and that no code cell is nested inside a directive.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BOOK = ROOT / "book"

NOT_CHAPTERS = {"intro.md", "scorecard.md", "discrepancies.md", "references.md", "api.md",
                "performance.md"}
PARTS = {"cr-torque": "cr", "eslac": "eslac", "exchange": "exchange"}


def content_chapters() -> list[Path]:
    out = []
    for p in sorted(BOOK.rglob("*.md")):
        rel = p.relative_to(BOOK)
        if ".ipynb_checkpoints" in rel.parts or rel.parts[0] == "annotated":
            continue
        if str(rel) in NOT_CHAPTERS or p.name == "index.md":
            continue
        out.append(p)
    return out


def label_prefix(path: Path) -> str:
    rel = path.relative_to(BOOK)
    if rel.parts[0] == "nutshell":
        return "nutshell-ex-"
    return f"{PARTS[rel.parts[0]]}-{path.stem}-ex-"


FENCE = re.compile(r"^(`{3,}|:{3,})\{([\w-]+)\}[ \t]*(.*)$")


def directives(text: str):
    """Top-level MyST directives: (name, argument, options, body, start line, end line)."""
    lines = text.splitlines()
    i, out = 0, []
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, name, arg = m.group(1), m.group(2), m.group(3).strip()
        close = re.compile("^" + re.escape(fence[0]) + "{" + str(len(fence)) + r",}\s*$")
        j = i + 1
        while j < len(lines) and not close.match(lines[j]):
            j += 1
        block = lines[i + 1:j]
        opts, k = {}, 0
        while k < len(block) and re.match(r"^:[\w-]+:", block[k]):
            key, _, val = block[k][1:].partition(":")
            opts[key] = val.strip()
            k += 1
        out.append((name, arg, opts, "\n".join(block[k:]), i, j))
        i = j + 1
    return out


def exercises_of(path: Path):
    """[(label, options, body, solution prose, code cells, solution-starts, solution options)].

    The solution prose is the text between ``solution-start`` and ``solution-end`` outside the
    code cells (None when the block is missing or does not close before the next one opens).
    """
    text = path.read_text()
    lines = text.splitlines()
    ds = directives(text)
    found = []
    for name, arg, opts, body, start, end in ds:
        if name != "exercise":
            continue
        label = opts.get("label", "")
        starts = [d for d in ds if d[0] == "solution-start" and d[1] == label]
        prose, cells, sol_opts = None, 0, {}
        if len(starts) == 1:
            s = starts[0]
            sol_opts = s[2]
            ends = [d for d in ds if d[0] == "solution-end" and d[4] > s[5]]
            if ends:
                e = ends[0]
                inner = [d for d in ds if s[5] < d[4] < e[4]]
                if not any(d[0] in ("solution-start", "exercise") for d in inner):
                    cells = sum(d[0] == "code-cell" for d in inner)
                    in_code = {k for d in inner for k in range(d[4], d[5] + 1)}
                    prose = "\n".join(lines[k] for k in range(s[5] + 1, e[4])
                                      if k not in in_code and lines[k].strip())
        found.append((label, opts, body, prose, cells, len(starts), sol_opts))
    return found


CHAPTERS = content_chapters()


def test_chapter_list_is_what_the_book_reads():
    # the list the test walks is the book's chapters, not an empty glob
    names = {str(p.relative_to(BOOK)) for p in CHAPTERS}
    assert "nutshell/nv-in-a-nutshell.md" in names
    assert {"cr-torque/explorer.md", "eslac/explorer.md", "exchange/host.md"} <= names
    assert not any(n.endswith("index.md") or n.startswith("annotated/") for n in names)


@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda p: str(p.relative_to(BOOK)))
def test_chapter_has_two_exercises_with_executed_solutions(chapter):
    exs = exercises_of(chapter)
    assert len(exs) >= 2, f"{chapter.name}: {len(exs)} exercise(s), at least 2 wanted"
    prefix = label_prefix(chapter)
    for label, opts, body, sol_text, cells, n_starts, sol_opts in exs:
        assert label.startswith(prefix) and re.fullmatch(r"[a-z0-9-]+-ex-\d+", label), (
            f"{chapter.name}: exercise label {label!r} should be {prefix}<n>")
        assert "nonumber" in opts, f"{label}: add :nonumber: (book-wide numbering otherwise)"
        assert body.strip(), f"{label}: empty exercise"
        assert n_starts == 1, f"{label}: {n_starts} solution-start blocks, exactly 1 wanted"
        assert sol_text is not None, f"{label}: solution-start without its solution-end"
        assert "dropdown" in sol_opts.get("class", ""), f"{label}: solution not hidden (:class: dropdown)"
        assert cells >= 1, f"{label}: the solution has no top-level code-cell"
        assert sol_text.strip(), f"{label}: no line saying what the solution shows"


def test_exercise_labels_unique_across_the_book():
    seen: dict[str, str] = {}
    for p in sorted(BOOK.rglob("*.md")):
        for label, *_ in exercises_of(p):
            assert label not in seen, f"label {label} in {p.name} and {seen[label]}"
            seen[label] = p.name


def test_parser_sees_a_missing_solution():
    # the checker itself can fail: an exercise whose solution lacks a code cell, or is missing
    text = ("```{exercise} A\n:label: nutshell-ex-1\n:nonumber:\n\nTask.\n```\n\n"
            "```{solution-start} nutshell-ex-1\n:class: dropdown\n```\n\nProse only.\n\n"
            "```{solution-end}\n```\n\n"
            "```{exercise} B\n:label: nutshell-ex-2\n:nonumber:\n\nTask.\n```\n")
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "x.md"
        p.write_text(text)
        exs = exercises_of(p)
    assert [e[0] for e in exs] == ["nutshell-ex-1", "nutshell-ex-2"]
    assert exs[0][4] == 0 and exs[0][3] == "Prose only."
    assert exs[1][5] == 0 and exs[1][3] is None


@pytest.mark.parametrize("part", sorted(PARTS))
def test_part_index_states_learning_goals_and_prerequisites(part):
    text = (BOOK / part / "index.md").read_text()
    heads = [h.strip().lower() for h in re.findall(r"^#{2,3}\s+(.+)$", text, flags=re.M)]
    for want in ("learning goals", "prerequisites"):
        hits = [i for i, h in enumerate(heads) if want in h]
        assert hits, f"{part}/index.md: no '## {want.capitalize()}' section"
        # the section has content before the next heading
        sec = re.split(r"^#{2,3}\s+.*" + want + r".*$", text, flags=re.M | re.I)[1]
        sec = re.split(r"^#{1,3}\s", sec, flags=re.M)[0]
        assert len(sec.strip()) > 40, f"{part}/index.md: '{want}' section is empty"
