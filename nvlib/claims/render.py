"""Renderings of the claims registry: terminal table, JSON, and Markdown for the book."""

from __future__ import annotations

import html
import json
import re
from collections import Counter

from nvlib.claims.registry import PAPERS, VERDICTS, registry

__all__ = ["fmt", "claims_markdown", "summary", "to_json", "text_table", "scorecard_markdown",
           "discrepancies_markdown", "status_table", "kind_summary", "headline", "claims_html",
           "claim_link", "anchor", "short_title"]

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
    """Headline counts of the claims, the three kinds apart.

    Returns a dict with keys ``predictions``, ``predictions_reproduced``, ``reanalyses``,
    ``reanalyses_reproduced``, ``consistency`` and ``consistency_reproduced``: re-analyses and
    consistency checks are never counted as predictions.
    """
    claims = registry(paper)
    out = {}
    for kind, key in (("prediction", "predictions"), ("reanalysis", "reanalyses"),
                      ("consistency", "consistency")):
        ks = [c for c in claims if c.kind == kind]
        out[key] = len(ks)
        out[key + "_reproduced"] = sum(c.verdict == "reproduced" for c in ks)
    return out


def headline(paper: str | None = None) -> str:
    """The claims' counts by kind, naming only the kinds present: "N of M model predictions
    reproduced; R of S re-analyses agree; J of K consistency checks hold"."""
    k = kind_summary(paper)
    parts = []
    if k["predictions"]:
        parts.append(f"{k['predictions_reproduced']} of {k['predictions']} model predictions "
                     "reproduced")
    if k["reanalyses"]:
        parts.append(f"{k['reanalyses_reproduced']} of {k['reanalyses']} re-analyses of the "
                     "authors' records agree")
    if k["consistency"]:
        parts.append(f"{k['consistency_reproduced']} of {k['consistency']} consistency checks "
                     "hold")
    return "; ".join(parts) if parts else "no claims"


def to_json(paper: str | None = None, *, indent: int | None = 2) -> str:
    """JSON list of claim objects with exactly the keys :data:`KEYS`."""
    return json.dumps([c.as_dict() for c in registry(paper)], indent=indent, ensure_ascii=False)


def text_table(paper: str | None = None) -> str:
    """Plain-text table for the terminal."""
    rows = [("id", "printed", "value", "band", "unit", "kind", "verdict")]
    for c in registry(paper):
        b = c.band
        band = "—" if b is None else f"{fmt(b[0])}…{fmt(b[1])}"
        v = c.verdict + (f" (depends on {', '.join(c.depends_on)})" if c.depends_on else "")
        rows.append((c.id, c.printed or fmt(c.paper_value), fmt(c.value), band, c.unit,
                     c.kind, v))
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


#: The verdict badges: a symbol and the word, never colour alone (the colour comes from CSS).
_BADGE = {"reproduced": "✓ reproduced", "discrepancy": "⚠ discrepancy",
          "not reproducible": "∅ not reproducible"}


def anchor(claim_id: str, prefix: str = "claim") -> str:
    """The HTML id of a claim's row: ``"claim-cr-torque-fig3b-max"`` for prefix ``"claim"``."""
    return prefix + "-" + re.sub(r"[^a-z0-9]+", "-", claim_id.lower()).strip("-")


def _with_unit(x, unit: str) -> str:
    if x is None:
        return "—"
    return fmt(x) if unit in ("", "1") else f"{fmt(x)} {unit}"


def _badge(verdict: str) -> str:
    cls = "nv-verdict nv-verdict-" + verdict.replace(" ", "-")
    return f'<span class="{cls}">{_BADGE[verdict]}</span>'


def _claim_html(c, prefix: str) -> str:
    """One claim: a summary row (claim, paper, ours, verdict, kind) and its details on a click."""
    e = html.escape
    rng = c.model_range
    band = c.band
    rule = c.tolerance_rule
    if c.tolerance_reason:
        rule += f": {c.tolerance_reason}"
    details = [("where", e(c.where)),
               ("printed", e(c.printed) if c.printed else "—"),
               ("tolerance", "—" if band is None else
                e(f"{fmt(band[0])} – {_with_unit(band[1], c.unit)} (rule: {rule})")),
               ("deviation", e(_with_unit(c.deviation, c.unit))),
               ("source", e(c.source)),
               ("model range", "single model" if rng is None
                else e(f"{fmt(rng[0])} – {_with_unit(rng[1], c.unit)}")
                + (f" — <strong>the verdict depends on</strong> {e(', '.join(c.depends_on))}"
                   if c.depends_on else "")),
               ("readings", e(", ".join(c.readings)) if c.readings else "—"),
               ("statements", " ".join(f'<a href="nvstmt:{e(s)}">{e(s)}</a>'
                                       for s in c.statements) or "—"),
               ("note", e(c.note) if c.note else "—"),
               ("claim id", f"<code>{e(c.id)}</code>")]
    dl = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in details)
    return (f'<details class="nv-claim" id="{anchor(c.id, prefix)}" data-claim="{e(c.id)}">'
            f'<summary>'
            f'<span class="nv-c-claim">{e(c.quantity)} <span class="nv-where">({e(c.where)})</span>'
            f'</span>'
            f'<span class="nv-c-num" data-label="paper">'
            f'{e(c.printed or _with_unit(c.paper_value, c.unit))}</span>'
            f'<span class="nv-c-num" data-label="this book">{e(_with_unit(c.value, c.unit))}</span>'
            f'<span class="nv-c-verdict">{_badge(c.verdict)}'
            + (' <span class="nv-depends">depends on a reading</span>' if c.depends_on else "")
            + '</span>'
            f'<span class="nv-c-kind">{e(c.kind)}</span>'
            f'</summary><dl class="nv-claim-details">{dl}</dl></details>')


def claims_html(claims, *, prefix: str = "claim") -> str:
    """The claims as one HTML block (no blank line, so Markdown passes it through unchanged).

    Each claim is a row of five columns (claim, paper's value, ours with its unit, verdict, kind)
    that fits the book's text width; a click on the row opens its details (where, tolerance,
    deviation, source, model range, note, id). Each row carries the HTML id
    ``anchor(c.id, prefix)``: the chapters' rows (prefix ``"claim"``) are the targets of the
    Discrepancies page's links.
    """
    head = ('<div class="nv-claims-head" aria-hidden="true"><span>claim</span><span>paper</span>'
            '<span>this book</span><span>verdict</span><span>kind</span></div>')
    rows = "\n".join(_claim_html(c, prefix) for c in claims)
    return f'<div class="nv-claims">\n{head}\n{rows}\n</div>\n'


def claims_markdown(claims) -> str:
    """A chapter's "Paper vs this book" section: :func:`claims_html` (rows open to details)."""
    claims = list(claims)
    if not claims:
        return "No claims registered for this section yet.\n"
    return claims_html(claims, prefix="claim")


def _counts_line(p: str | None) -> str:
    counts = summary(p)
    lead = ""
    if p is not None and p != "intro":
        from nvlib import statements
        if statements.registry(p):
            lead = (f'<p class="nv-counts">{html.escape(statements.headline(p))}. '
                    f'<a href="nvannotated:{p}">The annotated paper</a> lists every statement.'
                    f'</p>\n')
    return (lead + f'<p class="nv-counts"><strong>Claims: {html.escape(headline(p))}.</strong> '
            + " · ".join(f"{_badge(v)} {n}" for v, n in counts.items() if n) + "</p>\n")


def scorecard_markdown(paper: str | None = None) -> str:
    """The Scorecard page body: one section per paper, opening with its counts, then its claims.

    The rows carry the ids ``anchor(c.id, "score")``.
    """
    out = []
    papers = [paper] if paper else list(PAPERS)
    for p in papers:
        claims = registry(p)
        out.append(f"### {PAPERS[p]['title']}\n")
        if not claims:
            out.append("No claims are registered for this paper.\n")
            continue
        out.append(_counts_line(p))
        out.append(claims_html(claims, prefix="score"))
    return "\n".join(out)


def claim_link(claim_id: str, target: str = "chapter") -> str:
    """A placeholder link resolved by :mod:`nvlib.sphinxext` when the site is written.

    ``target="chapter"``: to the claim's row in the chapter that shows (and explains) it, with the
    chapter's title as link text; ``target="scorecard"``: to its row on the Scorecard page.
    """
    if target not in ("chapter", "scorecard"):
        raise ValueError(f"target must be 'chapter' or 'scorecard'; got {target!r}")
    text = "its chapter" if target == "chapter" else "scorecard row"
    return (f'<a class="nv-claimref" href="nvclaim:{target}:{html.escape(claim_id)}">'
            f'{text}</a>')


def discrepancies_markdown() -> str:
    """Every discrepancy and non-reproducible claim with its note and a link to its chapter."""
    out = []
    for p, meta in PAPERS.items():
        rows = [c for c in registry(p) if c.verdict != "reproduced"]
        if not rows:
            continue
        out.append(f"### {meta['title']}\n")
        items = []
        for c in rows:
            e = html.escape
            items.append(
                f'<div class="nv-discrepancy" id="{anchor(c.id, "disc")}">'
                f'<p class="nv-disc-title">{_badge(c.verdict)} <strong>{e(c.quantity)}</strong> '
                f'<span class="nv-where">({e(c.where)})</span></p>'
                f'<p>paper: {e(_with_unit(c.paper_value, c.unit))}; this book: '
                f'{e(_with_unit(c.value, c.unit))} (tolerance ± {e(_with_unit(c.tolerance, c.unit))}'
                f'; {e(c.kind)})</p>'
                f'<p>{e(c.note)}</p>'
                f'<p class="nv-disc-links">Explained in {claim_link(c.id, "chapter")} · '
                f'{claim_link(c.id, "scorecard")} · <code>{e(c.id)}</code></p></div>')
        out.append('<div class="nv-discrepancies">\n' + "\n".join(items) + "\n</div>\n")
    return "\n".join(out) if out else "No discrepancies are registered."


def short_title(paper: str) -> str:
    """``"Pellet-Mary et al. (2021)"`` from a paper's title in :data:`PAPERS`."""
    title = PAPERS[paper]["title"]
    year = re.search(r"\((\d{4})\)", title)
    authors = re.match(r"^(.*?), [A-Z][A-Za-z. ]* \d", title)
    if not authors or not year:
        return title.split(" (")[0]
    return f"{authors.group(1)} ({year.group(1)})"


def status_table(figure_counts: dict[str, int] | None = None) -> str:
    """Landing-page status table, per paper: figures, statements (scored of checkable), and the
    claims by kind (reproduced / total), read from the figure, statement and claims registries.
    """
    from nvlib import statements
    if figure_counts is None:
        from nvlib.figures import figure_counts as _fc
        figure_counts = _fc()
    lines = ["| part | figures | statements scored | predictions reproduced "
             "| re-analyses agree | consistency checks hold |",
             "|---|---|---|---|---|---|"]
    for p in PAPERS:
        k = kind_summary(p)
        if p == "intro" or not statements.registry(p):
            st = "—"
        else:
            n = statements.counts(p, depends=False)
            st = f"{n['scored']} of {n['statements']} ({n['checkable']} checkable)"
        lines.append(f"| {short_title(p)} | {figure_counts.get(p, 0)} | {st} | "
                     f"{k['predictions_reproduced']} / {k['predictions']} | "
                     f"{k['reanalyses_reproduced']} / {k['reanalyses']} | "
                     f"{k['consistency_reproduced']} / {k['consistency']} |")
    return "\n".join(lines)
