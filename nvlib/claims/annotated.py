"""The annotated paper: a paper's statements in reading order, each with the book's verdict.

One page per paper (``book/annotated/<paper>.md``) renders :func:`annotated_markdown`: the
headline of :func:`nvlib.statements.headline`, then every statement of
:mod:`nvlib.statements` as a row (where, the paper's words, type, verdict or the reason it is
not scored) that opens on a click to its claims (each linked to the chapter row that explains
it), and last the part's register of readings (:mod:`nvlib.readings`) with the claims whose
model range runs over each.
"""

from __future__ import annotations

import html

from nvlib import readings as _readings
from nvlib import statements as _st
from nvlib.claims.registry import PAPERS, registry
from nvlib.claims.render import _badge, _with_unit, anchor, claim_link

__all__ = ["annotated_markdown", "readings_markdown", "statement_status_html", "TYPE_LABELS"]

#: How a statement's type reads on the page.
TYPE_LABELS: dict[str, str] = {
    "result-measured": "measured result", "result-model": "model result", "input": "input",
    "arithmetic": "arithmetic", "qualitative": "qualitative", "literature": "literature",
}


def statement_status_html(s) -> str:
    """The verdict badge of a scored statement, or "not scored: <reason>"."""
    v = _st.verdict(s)
    if v is None:
        return (f'<span class="nv-verdict nv-verdict-not-scored">○ not scored</span> '
                f'<span class="nv-reason">{html.escape(_st.REASONS[s.reason])}</span>'
                if s.reason else '<span class="nv-verdict nv-verdict-not-scored">○ not scored'
                                 '</span>')
    dep = _st.depends_on(s)
    out = _badge(v)
    if dep:
        out += f' <span class="nv-depends">depends on: {html.escape(", ".join(dep))}</span>'
    return out


def _claim_item(c) -> str:
    e = html.escape
    dep = (f"; <strong>depends on</strong> {e(', '.join(c.depends_on))}" if c.depends_on else "")
    band = c.band
    rule = c.tolerance_rule + (f" ({e(c.tolerance_reason)})" if c.tolerance_reason else "")
    printed = e(c.printed) if c.printed else e(_with_unit(c.paper_value, c.unit))
    return (f"<li>{_badge(c.verdict)} <em>{e(c.kind)}</em>: {e(c.quantity)}. Paper: {printed}"
            f" (band from rule “{rule}”"
            + (f": {e(_with_unit(band[0], ''))} – {e(_with_unit(band[1], c.unit))}"
               if band else "")
            + f"); this book: {e(_with_unit(c.value, c.unit))}{dep}. "
            f"{claim_link(c.id, 'chapter')} · {claim_link(c.id, 'scorecard')}</li>")


def _statement_html(s) -> str:
    e = html.escape
    cs = _st.claims_of(s.id)
    if cs:
        body = "<ul>" + "".join(_claim_item(c) for c in cs) + "</ul>"
    else:
        body = f"<p><strong>{e(_st.REASONS.get(s.reason or '', 'no reason given'))}.</strong> "
        body += f"{e(s.why)}</p>"
    if cs and s.why:
        body += f"<p>{e(s.why)}</p>"
    num = s.id.split("/", 1)[1]
    return (f'<details class="nv-claim nv-stmt" id="{anchor(s.id, "stmt")}" '
            f'data-statement="{e(s.id)}"><summary>'
            f'<span class="nv-c-claim">“{e(s.quote)}” <span class="nv-where">({e(s.where)}; '
            f'{e(num)})</span></span>'
            f'<span class="nv-c-type">{e(TYPE_LABELS[s.type])}</span>'
            f'<span class="nv-c-verdict">{statement_status_html(s)}</span>'
            f'</summary><div class="nv-stmt-details">{body}</div></details>')


def readings_markdown(paper: str) -> str:
    """The part's register of readings as HTML (question, choice, alternatives, evidence)."""
    e = html.escape
    rs = _readings.registry(paper)
    if not rs:
        return "<p>No readings are registered for this paper.</p>\n"
    out = ['<div class="nv-readings">']
    for r in rs:
        users = [c for c in registry(paper) if r.id in c.readings]
        dep = [c for c in users if r.id in c.depends_on]
        alts = "".join(f"<li><strong>{e(n)}</strong>: {e(d)}</li>" for n, d in r.alternatives)
        used = (", ".join(f"<code>{e(c.id.split('/', 1)[1])}</code>" for c in users)
                or "no claim's model range runs over it yet")
        out.append(
            f'<div class="nv-reading" id="{anchor(r.id, "reading")}">'
            f'<p class="nv-reading-title"><strong>{e(r.question)}</strong> '
            f'<span class="nv-where">({e(r.where)}; <code>{e(r.id)}</code>)</span></p>'
            f'<p>Chosen: {e(r.chosen)}</p><p>Alternatives:</p><ul>{alts}</ul>'
            f'<p>Evidence: {e(r.evidence)}</p>'
            f'<p class="nv-disc-links">Claims over it: {used}'
            + (f"; verdicts that depend on it: {len(dep)}" if dep else "") + "</p></div>")
    out.append("</div>")
    return "\n".join(out) + "\n"


def annotated_markdown(paper: str) -> str:
    """The body of the annotated-paper page of ``paper``: headline, statements, readings."""
    if paper not in PAPERS or paper == "intro":
        raise ValueError(f"paper must be one of {sorted(set(PAPERS) - {'intro'})}; got {paper!r}")
    sts = _st.registry(paper)
    out = [f'<p class="nv-counts"><strong>{html.escape(_st.headline(paper))}.</strong></p>\n']
    if not sts:
        out.append("<p>No statements are registered for this paper.</p>\n")
    else:
        head = ('<div class="nv-claims-head nv-stmt-head" aria-hidden="true"><span>the paper says'
                '</span><span>type</span><span>this book</span></div>')
        rows = "\n".join(_statement_html(s) for s in sts)
        out.append(f'<div class="nv-claims nv-stmts">\n{head}\n{rows}\n</div>\n')
    return "\n".join(out)
