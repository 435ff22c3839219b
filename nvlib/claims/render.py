"""Renderings of the claims registry: terminal table, JSON, and Markdown for the book."""

from __future__ import annotations

import json
from collections import Counter

from .registry import PAPERS, VERDICTS, registry

__all__ = ["fmt", "claims_markdown", "summary", "to_json", "text_table", "scorecard_markdown",
           "discrepancies_markdown", "status_table"]

_ICON = {"reproduced": "✅ reproduced", "discrepancy": "⚠️ discrepancy",
         "not reproducible": "⛔ not reproducible"}


def fmt(x) -> str:
    """Compact number formatting: 4 significant digits, scientific outside [1e-3, 1e5)."""
    if x is None:
        return "—"
    x = float(x)
    if x != 0 and not (1e-3 <= abs(x) < 1e5):
        return f"{x:.3e}"
    return f"{x:.4g}"


def summary(paper: str | None = None) -> dict[str, int]:
    """Counts of claims per verdict (all verdicts present, zeros included)."""
    counts = Counter(c.verdict for c in registry(paper))
    return {v: counts.get(v, 0) for v in VERDICTS}


def to_json(paper: str | None = None, *, indent: int | None = 2) -> str:
    """JSON list of claim objects with exactly the keys :data:`KEYS`."""
    return json.dumps([c.as_dict() for c in registry(paper)], indent=indent, ensure_ascii=False)


def text_table(paper: str | None = None) -> str:
    """Plain-text table for the terminal."""
    rows = [("id", "paper value", "value", "tol", "unit", "verdict")]
    for c in registry(paper):
        rows.append((c.id, fmt(c.paper_value), fmt(c.value), fmt(c.tolerance), c.unit, c.verdict))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(r, widths)) for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    counts = summary(paper)
    lines.append("")
    lines.append(", ".join(f"{n} {v}" for v, n in counts.items()))
    return "\n".join(lines)


def _md_escape(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def claims_markdown(claims) -> str:
    """A Markdown table of the given claims (a chapter's "Paper vs this book" section)."""
    out = ["| claim | where | quantity | paper | this book | tolerance | unit | verdict |",
           "|---|---|---|---|---|---|---|---|"]
    for c in claims:
        out.append("| " + " | ".join(_md_escape(s) for s in (
            f"`{c.id}`", c.where, c.quantity, fmt(c.paper_value), fmt(c.value),
            fmt(c.tolerance), c.unit, _ICON[c.verdict])) + " |")
    return "\n".join(out) + "\n"


def scorecard_markdown(paper: str | None = None) -> str:
    """The Scorecard page body: one section per paper with verdict counts and a claims table."""
    out = []
    papers = [paper] if paper else list(PAPERS)
    for p in papers:
        claims = registry(p)
        counts = summary(p)
        out.append(f"### {PAPERS[p]['title']}\n")
        if not claims:
            out.append("No claims registered yet: this part of the book is still to be written.\n")
            continue
        out.append(" · ".join(f"**{n}** {v}" for v, n in counts.items()) + "\n")
        out.append(claims_markdown(claims))
    return "\n".join(out)


def discrepancies_markdown() -> str:
    """Every discrepancy and non-reproducible claim with its note."""
    out = []
    for c in registry():
        if c.verdict == "reproduced":
            continue
        out.append(f"**`{c.id}`** — {c.quantity} ({c.where}; {_ICON[c.verdict]})  ")
        out.append(f"paper: {fmt(c.paper_value)} {c.unit}; this book: {fmt(c.value)} {c.unit}.  ")
        out.append(f"{c.note}\n")
    return "\n".join(out) if out else "No discrepancies are registered."


def status_table(figure_counts: dict[str, int] | None = None) -> str:
    """Landing-page status table: figures reproduced, claims reproduced, discrepancies per paper."""
    if figure_counts is None:
        from ..figures import figure_counts as _fc
        figure_counts = _fc()
    lines = ["| part | figures recomputed | claims reproduced | discrepancies | not reproducible |",
             "|---|---|---|---|---|"]
    for p, meta in PAPERS.items():
        s = summary(p)
        total = sum(s.values())
        lines.append(f"| {meta['title']} | {figure_counts.get(p, 0)} | "
                     f"{s['reproduced']} / {total} | {s['discrepancy']} | {s['not reproducible']} |")
    return "\n".join(lines)
