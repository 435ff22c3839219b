"""Renderings of the claims registry: terminal table, JSON, and Markdown for the book."""

from __future__ import annotations

import json
from collections import Counter

from nvlib.claims.registry import PAPERS, VERDICTS, registry

__all__ = ["fmt", "claims_markdown", "summary", "to_json", "text_table", "scorecard_markdown",
           "discrepancies_markdown", "status_table", "kind_summary", "headline"]

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


def kind_summary(paper: str | None = None) -> dict[str, int]:
    """Headline counts: model predictions reproduced, their total, and consistency checks.

    Returns a dict with keys ``predictions``, ``predictions_reproduced``, ``consistency`` and
    ``consistency_reproduced``: consistency checks are never counted as predictions.
    """
    claims = registry(paper)
    pred = [c for c in claims if c.kind == "prediction"]
    cons = [c for c in claims if c.kind == "consistency"]
    return {"predictions": len(pred),
            "predictions_reproduced": sum(c.verdict == "reproduced" for c in pred),
            "consistency": len(cons),
            "consistency_reproduced": sum(c.verdict == "reproduced" for c in cons)}


def headline(paper: str | None = None) -> str:
    """"N of M model predictions reproduced; K consistency checks (J hold)"."""
    k = kind_summary(paper)
    return (f"{k['predictions_reproduced']} of {k['predictions']} model predictions reproduced; "
            f"{k['consistency']} consistency checks ({k['consistency_reproduced']} hold)")


def to_json(paper: str | None = None, *, indent: int | None = 2) -> str:
    """JSON list of claim objects with exactly the keys :data:`KEYS`."""
    return json.dumps([c.as_dict() for c in registry(paper)], indent=indent, ensure_ascii=False)


def text_table(paper: str | None = None) -> str:
    """Plain-text table for the terminal."""
    rows = [("id", "reference", "source", "value", "tol", "unit", "kind", "verdict")]
    for c in registry(paper):
        rows.append((c.id, fmt(c.paper_value), c.source, fmt(c.value), fmt(c.tolerance), c.unit,
                     c.kind, c.verdict))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(r, widths)) for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    counts = summary(paper)
    lines.append("")
    lines.append(", ".join(f"{n} {v}" for v, n in counts.items()))
    lines.append(headline(paper))
    return "\n".join(lines)


def _md_escape(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def claims_markdown(claims) -> str:
    """A Markdown table of the given claims (a chapter's "Paper vs this book" section)."""
    out = ["| claim | where | quantity | reference | source | this book | model range | tolerance "
           "| unit | kind | verdict |",
           "|---|---|---|---|---|---|---|---|---|---|---|"]
    for c in claims:
        rng = c.model_range
        out.append("| " + " | ".join(_md_escape(s) for s in (
            f"`{c.id}`", c.where, c.quantity, fmt(c.paper_value), c.source, fmt(c.value),
            "—" if rng is None else f"{fmt(rng[0])} – {fmt(rng[1])}",
            fmt(c.tolerance), c.unit, c.kind, _ICON[c.verdict])) + " |")
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
        out.append(headline(p) + ". " + " · ".join(f"**{n}** {v}" for v, n in counts.items())
                   + "\n")
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
        from nvlib.figures import figure_counts as _fc
        figure_counts = _fc()
    lines = ["| part | figures recomputed | predictions reproduced | consistency checks "
             "| discrepancies | not reproducible |",
             "|---|---|---|---|---|---|"]
    for p, meta in PAPERS.items():
        s, k = summary(p), kind_summary(p)
        lines.append(f"| {meta['title']} | {figure_counts.get(p, 0)} | "
                     f"{k['predictions_reproduced']} / {k['predictions']} | "
                     f"{k['consistency_reproduced']} / {k['consistency']} | "
                     f"{s['discrepancy']} | {s['not reproducible']} |")
    return "\n".join(lines)
