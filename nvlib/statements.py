"""The papers' checkable statements: the scorecard's denominator.

Every statement of each paper that a model, a record or the paper's own arithmetic could check,
in reading order: where it stands, the paper's own words (at most about 40), its type, and its
status. A statement is **scored** when one or more claims of ``nvlib.claims`` name it in
their ``statements``; otherwise it is **not scored** and carries a reason from ``REASONS``
and a sentence. The claims say what was computed; this registry says how much of each paper
that is. Each wing registers its paper's statements in ``nvlib.<wing>.statements`` with
:func:`statement`.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass

__all__ = ["Statement", "TYPES", "REASONS", "statement", "registry", "get", "claims_of",
           "status", "verdict", "counts", "headline", "to_json", "not_statements"]

#: Statement types: a result of the paper's measurement, a result of its model (a fit or a
#: prediction), an input of its model or experiment (a parameter, setting or assumption),
#: arithmetic that follows from the paper's own numbers, a qualitative but checkable statement
#: (an ordering, "remains small", "all above", "insensitive to"), or background quoted from the
#: literature.
TYPES: tuple[str, ...] = ("result-measured", "result-model", "input", "arithmetic", "qualitative",
                          "literature")

#: Why a statement is not scored: the short fixed list.
REASONS: dict[str, str] = {
    "lost": "lost in extraction",
    "records": "needs records that are not public",
    "input": "an input of the model",
    "method": "an apparatus or method statement",
    "uncheckable": "not checkable: outlook or rhetoric",
    "literature": "literature background",
    "open": "checkable, not yet scored",
}

_REGISTRY: dict[str, "Statement"] = {}
_NOT_STATEMENTS: dict[str, dict[str, str]] = {}


@dataclass(frozen=True)
class Statement:
    """One checkable statement of a paper.

    Attributes
    ----------
    id : str
        ``"<paper>/<n>"``: the paper key of ``nvlib.claims.PAPERS`` and a number in reading
        order (``"cr-torque/s017"``).
    paper : str
        A key of ``nvlib.claims.PAPERS`` (not ``"intro"``).
    where : str
        Section, paragraph, figure, table or equation.
    quote : str
        The paper's own words, at most about 40 words ("…" marks an elision).
    type : str
        One of ``TYPES``.
    reason : str or None
        For a statement no claim checks: a key of ``REASONS``. None for a scored one.
    why : str
        One sentence: why not scored, or what the claims test of it.
    checklist : tuple of str
        Ids of the rows of the independent reader's checklist this statement accounts for (kept
        for traceability only).
    """

    id: str
    paper: str
    where: str
    quote: str
    type: str
    reason: str | None = None
    why: str = ""
    checklist: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        from nvlib.claims.registry import PAPERS
        if self.paper not in PAPERS or self.paper == "intro":
            raise ValueError(f"paper must be one of {sorted(set(PAPERS) - {'intro'})}; "
                             f"got {self.paper!r}")
        if not self.id.startswith(self.paper + "/"):
            raise ValueError(f"id must start with '{self.paper}/'; got {self.id!r}")
        if self.type not in TYPES:
            raise ValueError(f"type must be one of {TYPES}; got {self.type!r} ({self.id})")
        if self.reason is not None and self.reason not in REASONS:
            raise ValueError(f"reason must be one of {sorted(REASONS)} or None; got "
                             f"{self.reason!r} ({self.id})")
        if not self.quote.strip():
            raise ValueError(f"quote must not be empty ({self.id})")

    @property
    def words(self) -> int:
        """Number of words of the quote."""
        return len(self.quote.split())


def statement(id: str, paper: str, where: str, quote: str, type: str, *,
              reason: str | None = None, why: str = "",
              checklist: tuple[str, ...] | str = ()) -> Statement:
    """Register one statement (see :class:`Statement`); returns it."""
    if isinstance(checklist, str):
        checklist = tuple(x.strip() for x in checklist.split(",") if x.strip())
    s = Statement(id=id, paper=paper, where=where, quote=" ".join(quote.split()), type=type,
                  reason=reason, why=why, checklist=tuple(checklist))
    if s.id in _REGISTRY:
        raise ValueError(f"statement id {s.id!r} is registered twice")
    _REGISTRY[s.id] = s
    return s


def not_statements(paper: str, rows: dict[str, str]) -> None:
    """Record checklist rows that this registry does not take as statements, each with why."""
    _NOT_STATEMENTS.setdefault(paper, {}).update(rows)


def _load() -> None:
    from nvlib import wings
    wings.load("statements")


def registry(paper: str | None = None) -> list[Statement]:
    """All statements (optionally those of one paper), in registration (reading) order."""
    _load()
    return [s for s in _REGISTRY.values() if paper is None or s.paper == paper]


def rejected_checklist_rows(paper: str) -> dict[str, str]:
    """Checklist rows the paper's registry does not take as statements, with the reason."""
    _load()
    return dict(_NOT_STATEMENTS.get(paper, {}))


def get(statement_id: str) -> Statement:
    """The statement with this id."""
    _load()
    try:
        return _REGISTRY[statement_id]
    except KeyError:
        raise ValueError(f"statement_id {statement_id!r} is not registered") from None


def claims_of(statement_id: str) -> list:
    """The claims that name this statement."""
    from nvlib.claims.registry import registry as claims
    return [c for c in claims() if statement_id in c.statements]


def status(s: Statement) -> str:
    """``"scored"`` when a claim checks it, else ``"not scored"``."""
    return "scored" if claims_of(s.id) else "not scored"


def verdict(s: Statement) -> str | None:
    """The book's verdict on a scored statement, from its claims' verdicts.

    ``"reproduced"`` when every claim reproduces it; ``"discrepancy"`` when any claim is a
    discrepancy; ``"not reproducible"`` when none is a discrepancy and some cannot be computed;
    prefixed by ``"depends on: "`` readings when any claim's verdict changes inside its model
    range. None for an unscored statement.
    """
    cs = claims_of(s.id)
    if not cs:
        return None
    vs = {c.verdict for c in cs}
    v = ("discrepancy" if "discrepancy" in vs else
         "not reproducible" if "not reproducible" in vs else "reproduced")
    return v


def depends_on(s: Statement) -> tuple[str, ...]:
    """The readings on which the verdict of any of the statement's claims depends."""
    out: list[str] = []
    for c in claims_of(s.id):
        out += [r for r in c.depends_on if r not in out]
    return tuple(out)


def counts(paper: str, *, depends: bool = True) -> dict:
    """The headline numbers of one paper.

    Keys: ``statements`` (all), ``checkable`` (neither input nor literature), ``scored``,
    ``reasons`` (not scored, per key of ``REASONS``), and, over the claims that check the
    paper's statements, ``predictions`` / ``predictions_reproduced``, ``reanalyses`` /
    ``reanalyses_reproduced``, ``consistency`` / ``consistency_reproduced`` and ``depends``
    (claims whose verdict depends on a reading; it needs every claim's value and model range,
    so ``depends=False`` leaves it out, as the landing page does to stay cheap).
    """
    from nvlib.claims.registry import registry as claims
    sts = registry(paper)
    scored = [s for s in sts if claims_of(s.id)]
    reasons = Counter(s.reason for s in sts if not claims_of(s.id))
    cl = [c for c in claims(paper) if c.statements]
    out = {"statements": len(sts),
           "checkable": sum(s.type not in ("input", "literature") for s in sts),
           "scored": len(scored),
           "reasons": {k: reasons.get(k, 0) for k in REASONS},
           "depends": sum(bool(c.depends_on) for c in cl) if depends else 0}
    for kind, key in (("prediction", "predictions"), ("reanalysis", "reanalyses"),
                      ("consistency", "consistency")):
        ks = [c for c in cl if c.kind == kind]
        out[key] = len(ks)
        out[key + "_reproduced"] = sum(c.verdict == "reproduced" for c in ks)
    return out


def headline(paper: str, *, depends: bool = True) -> str:
    """"M statements (N checkable): S scored (P of Q predictions reproduced, …), L lost …".

    The counts use the declared verdicts (held to account by the tests), so only ``depends``,
    the count of verdicts that depend on a reading, computes anything.
    """
    k = counts(paper, depends=depends)
    parts = [text for n, text in (
        (k["predictions"], f"{k['predictions_reproduced']} of {k['predictions']} predictions "
                           "reproduced"),
        (k["reanalyses"], f"{k['reanalyses_reproduced']} of {k['reanalyses']} re-analyses of "
                          "the authors' records agree"),
        (k["consistency"], f"{k['consistency_reproduced']} of {k['consistency']} consistency "
                           "checks hold")) if n]
    if k["depends"]:
        parts.append(f"{k['depends']} verdicts depend on a reading")
    not_scored = ", ".join(f"{n} {REASONS[r]}" for r, n in k["reasons"].items() if n)
    return (f"{k['statements']} statements ({k['checkable']} neither inputs nor literature): "
            f"{k['scored']} scored" + (f" ({'; '.join(parts)})" if parts else "")
            + (f"; not scored: {not_scored}" if not_scored else ""))


def to_json(paper: str | None = None, *, indent: int | None = 2) -> str:
    """One object per statement: paper, where, quote, type, status, claims, reason (+ id, why,
    verdict)."""
    rows = []
    for s in registry(paper):
        cs = claims_of(s.id)
        rows.append({"id": s.id, "paper": s.paper, "where": s.where, "quote": s.quote,
                     "type": s.type, "status": "scored" if cs else "not scored",
                     "claims": [c.id for c in cs],
                     "reason": None if cs else s.reason,
                     "why": s.why, "verdict": verdict(s), "depends_on": list(depends_on(s))})
    return json.dumps(rows, indent=indent, ensure_ascii=False)
