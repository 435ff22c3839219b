"""The reproduction scorecard: one registry of the papers' quantitative claims.

Every claim states what a paper says (``paper_value``) and how nvlib recomputes it (a function,
called lazily, never a typed-in number). The tests, ``python -m nvlib claims`` and the book's
Scorecard page all read this one registry, so they cannot disagree.

A claim stores its reference number as the paper prints it (``printed``); the band it must fall
in follows from that string by one rule (:mod:`nvlib.claims.printed`), never from a tolerance
typed per claim. An explicit ``tolerance`` is an override and needs a ``tolerance_reason``,
which shows on the claim's row. Each paper claim names the statements of the paper it checks
(``statements``, ids of :mod:`nvlib.statements`), and the readings the book made where the paper
is silent (``readings``, ids of :mod:`nvlib.readings`) that its ``model_range`` runs over.

The test-suite holds the declared ``verdict`` to account: a ``reproduced`` claim must fall in
its band, a ``discrepancy`` must *not* and must carry a note explaining it, and a
``not reproducible`` claim must say why in its note. A verdict that would change somewhere inside
the model range is shown as "depends on" the readings behind that range (:attr:`Claim.depends_on`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable

__all__ = ["Claim", "Variants", "PAPERS", "VERDICTS", "SOURCES", "KINDS", "KEYS", "claim",
           "registry", "get"]

from nvlib.claims import printed as _printed

#: The allowed verdicts.
VERDICTS: tuple[str, ...] = ("reproduced", "discrepancy", "not reproducible")

#: Keys of the JSON form of a claim, in order.
KEYS: tuple[str, ...] = ("id", "paper", "where", "quantity", "unit", "printed", "paper_value",
                         "value", "band", "tolerance", "tolerance_rule", "tolerance_reason",
                         "verdict", "source", "kind", "statements", "readings", "model_range",
                         "depends_on", "note")

#: Where a claim's reference value is written: the paper itself (main text or supplement, the
#: section or figure in ``where``), the authors' public repository (path and commit in the note),
#: or the literature (the citation key in ``where`` or the note).
SOURCES: tuple[str, ...] = ("paper", "authors-repository", "literature")

#: What a claim tests:
#:
#: - ``prediction``: the model, from inputs that do not include the reference number, computes a
#:   result the paper reports. A number the model takes as input, or that picked a parameter, a
#:   variant or a reading, is never the reference of a prediction.
#: - ``reanalysis``: the authors' published records re-read or refitted with the paper's
#:   procedure (it tests the paper's data analysis, not the model).
#: - ``consistency``: arithmetic, identities, counting or geometry re-derived from the paper's
#:   own inputs.
KINDS: tuple[str, ...] = ("prediction", "reanalysis", "consistency")

#: The papers (and the textbook facts of the introduction) that claims belong to.
PAPERS: dict[str, dict[str, str]] = {
    "intro": {"title": "The NV centre in a nutshell (textbook facts)", "cite": "Doherty2013"},
    "cr-torque": {"title": "Pellet-Mary et al., PRB 103, L100411 (2021): cross-relaxation torque",
                  "cite": "PelletMary2021"},
    "eslac": {"title": "Happacher et al., PRL 128, 177401 (2022): ESLAC dips and NV0 shelving",
              "cite": "Happacher2022"},
    "exchange": {"title": "Kortan, Sahin, Flatte, PRB 93, 220402(R) (2016): exchange anisotropy",
                 "cite": "Kortan2016"},
}

_REGISTRY: dict[str, "Claim"] = {}


class Variants(tuple):
    """The values of a claim's discrete model alternatives (one per variant or reading).

    Returned by a ``model_range_compute`` in place of ``(low, high)``: the model range is still
    their (min, max), but :attr:`Claim.depends_on` tests each value against the band instead of
    the interval between them (two alternatives either side of a narrow band do not make a
    verdict depend on a reading unless one of them agrees).
    """

    def __new__(cls, values):
        vals = tuple(float(v) for v in values)
        if not vals:
            raise ValueError("Variants needs at least one value; got none")
        return super().__new__(cls, vals)


@dataclass
class Claim:
    """One quantitative statement of a paper and its recomputation.

    Attributes
    ----------
    id : str
        Unique, ``"<paper>/<short-name>"``.
    paper : str
        A key of :data:`PAPERS`.
    where : str
        Where the paper says it (``"Fig. 3(b)"``, ``"Eq. (2)"``, ``"SM Sec. IV"``).
    quantity, unit : str
        What is compared, and the unit of ``paper_value``, ``value`` and ``tolerance``.
    printed : str
        The reference as the paper (or the authors' repository) prints it, in ``unit``: the
        band it must fall in follows from it (:func:`nvlib.claims.printed.parse`).
    paper_value : float or None
        The paper's number: derived from ``printed`` (given explicitly, it must agree).
    compute : callable or None
        Zero-argument function that recomputes the value with nvlib. For a ``not reproducible``
        claim it may return None (nothing to compute) or the book's own number.
    tolerance : float or None
        An override of the printed rule: the absolute tolerance, in ``unit``, around
        ``paper_value``; it needs ``tolerance_reason``. None (the default): the printed rule.
    verdict : str
        One of :data:`VERDICTS`.
    source : str
        One of :data:`SOURCES`: where ``paper_value`` is written.
    kind : str
        One of :data:`KINDS`: a prediction, a re-analysis or a consistency check.
    note : str
        Explanation; mandatory for discrepancies and non-reproducible claims.
    model_range_compute : callable or None
        Zero-argument function returning ``(low, high)``: the spread of the value over the
        part's other model variants and readings (the verdict always uses the part's main
        model), exposed as :attr:`model_range`. ``None`` where the part has a single model.
    statements : tuple of str
        Ids of the paper's statements (:mod:`nvlib.statements`) this claim checks.
    readings : tuple of str
        Ids of the part's readings (:mod:`nvlib.readings`) whose alternatives the model range
        runs over.
    tolerance_reason : str
        Why ``tolerance`` overrides the printed rule (mandatory with an override).
    """

    id: str
    paper: str
    where: str
    quantity: str
    unit: str
    compute: Callable[[], float] | None
    verdict: str
    source: str
    kind: str
    printed: str | None = None
    paper_value: float | None = None
    tolerance: float | None = None
    note: str = ""
    model_range_compute: Callable[[], tuple[float, float]] | None = None
    statements: tuple[str, ...] = ()
    readings: tuple[str, ...] = ()
    tolerance_reason: str = ""
    _value: float | None = field(default=None, init=False, repr=False)
    _done: bool = field(default=False, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.paper not in PAPERS:
            raise ValueError(f"paper must be one of {sorted(PAPERS)}; got {self.paper!r}")
        if self.verdict not in VERDICTS:
            raise ValueError(f"verdict must be one of {VERDICTS}; got {self.verdict!r}")
        if self.source not in SOURCES:
            raise ValueError(f"source must be one of {SOURCES}; got {self.source!r}")
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}; got {self.kind!r}")
        if not self.id.startswith(self.paper + "/"):
            raise ValueError(f"id must start with '{self.paper}/'; got {self.id!r}")
        self.statements = tuple(self.statements)
        self.readings = tuple(self.readings)
        if self.printed is None:
            raise ValueError(f"{self.id}: give printed (the reference as the paper prints it); "
                             f"a tolerance alone is not accepted")
        if self.printed is not None:
            p = _printed.parse(self.printed)
            if self.paper_value is None:
                self.paper_value = p.value
            elif p.value is None or not math.isclose(self.paper_value, p.value, rel_tol=1e-9):
                raise ValueError(f"{self.id}: paper_value {self.paper_value!r} disagrees with "
                                 f"printed {self.printed!r}")
            if p.unit and p.unit != self.unit:
                raise ValueError(f"{self.id}: printed unit {p.unit!r} is not the claim's unit "
                                 f"{self.unit!r}")
        if self.tolerance is not None:
            if not (self.tolerance >= 0):
                raise ValueError(f"tolerance must be >= 0; got {self.tolerance!r}")
            if not self.tolerance_reason.strip():
                raise ValueError(f"{self.id}: a tolerance overriding the printed rule needs "
                                 f"tolerance_reason")

    @property
    def value(self) -> float | None:
        """The recomputed value (computed once, on first access)."""
        if not self._done:
            v = None if self.compute is None else self.compute()
            self._value = None if v is None else float(v)
            self._done = True
        return self._value

    def _range_values(self):
        """What ``model_range_compute`` returns (computed once): (low, high) or Variants."""
        if "_range_raw" not in self.__dict__:
            self.__dict__["_range_raw"] = self.model_range_compute()
        return self.__dict__["_range_raw"]

    @property
    def model_range(self) -> tuple[float, float] | None:
        """``(low, high)`` of the value over the other model variants, or None."""
        if self.model_range_compute is None:
            return None
        vals = self._range_values()
        if not isinstance(vals, Variants):
            lo, hi = vals
            vals = (lo, hi)
        return (float(min(vals)), float(max(vals)))

    @property
    def band(self) -> tuple[float, float] | None:
        """``(low, high)``: where the value must fall to agree (None without a reference)."""
        if self.paper_value is None:
            return None
        if self.tolerance is not None:
            return (self.paper_value - self.tolerance, self.paper_value + self.tolerance)
        p = _printed.parse(self.printed)
        return (p.low, p.high)

    @property
    def tolerance_rule(self) -> str:
        """Which rule made the band: a rule of ``nvlib.claims.printed.RULES`` or
        ``"override"``."""
        if self.tolerance is not None:
            return "override"
        return _printed.parse(self.printed).rule

    def _in_band(self, x: float | None) -> bool:
        b = self.band
        if b is None or x is None or not math.isfinite(x):
            return False
        slack = 1e-12 * max(abs(v) for v in b if math.isfinite(v)) if any(
            math.isfinite(v) for v in b) else 0.0
        return b[0] - slack <= x <= b[1] + slack

    @property
    def depends_on(self) -> tuple[str, ...]:
        """The readings the verdict depends on: empty when agreement is the same over the whole
        model range (or there is none); else ``readings`` (or ``("model range",)``)."""
        rng = self.model_range
        b = self.band
        if rng is None or b is None or self.value is None:
            return ()
        vals = self._range_values()
        if isinstance(vals, Variants):
            # discrete alternatives: depends when they (and the main value) disagree in outcome
            outcomes = {self._in_band(v) for v in (*vals, self.value)}
            return (self.readings or ("model range",)) if len(outcomes) > 1 else ()
        lo, hi = rng
        inside = b[0] <= lo and hi <= b[1]
        disjoint = hi < b[0] or lo > b[1]
        if inside or disjoint:
            return ()
        return self.readings or ("model range",)

    @property
    def deviation(self) -> float | None:
        """``value - paper_value``, or None when either is missing."""
        if self.value is None or self.paper_value is None:
            return None
        return self.value - self.paper_value

    @property
    def agrees(self) -> bool:
        """True when the recomputed value is finite and inside :attr:`band`."""
        return self._in_band(self.value)

    def as_dict(self) -> dict:
        """The JSON form: exactly the keys of :data:`KEYS` (infinite band edges as None)."""
        d = {}
        for k in KEYS:
            v = getattr(self, k)
            if k == "band" and v is not None:
                v = [x if math.isfinite(x) else None for x in v]
            elif k == "tolerance" and v is None and self.band is not None:
                lo, hi = self.band
                v = (hi - lo) / 2 if math.isfinite(lo) and math.isfinite(hi) else None
            elif isinstance(v, tuple):
                v = list(v)
            d[k] = v
        return d


def claim(**kwargs) -> Callable[[Callable[[], float]], Callable[[], float]]:
    """Decorator registering the decorated zero-argument function as a claim's ``compute``.

    Example
    -------
    >>> @claim(id="intro/x", paper="intro", where="Eq. 1", quantity="x", unit="1",
    ...        paper_value=1.0, tolerance=0.1, verdict="reproduced")   # doctest: +SKIP
    ... def _x():
    ...     return 1.0
    """

    def register(fn: Callable[[], float]) -> Callable[[], float]:
        # A "not reproducible" claim's function may return None (nothing to compute) or the
        # book's own number for comparison; either way it names the module the claim lives in.
        c = Claim(compute=fn, **kwargs)
        if c.id in _REGISTRY:
            raise ValueError(f"claim id {c.id!r} is registered twice")
        _REGISTRY[c.id] = c
        return fn

    return register


def _load_all() -> None:
    """Import the claims of every wing (importing a claims module registers its claims)."""
    from nvlib import wings

    wings.load("claims")


def registry(paper: str | None = None) -> list[Claim]:
    """All registered claims (optionally those of one paper), in registration order."""
    _load_all()
    if paper is not None and paper not in PAPERS:
        raise ValueError(f"paper must be one of {sorted(PAPERS)}; got {paper!r}")
    return [c for c in _REGISTRY.values() if paper is None or c.paper == paper]


def get(claim_id: str) -> Claim:
    """The claim with this id."""
    _load_all()
    try:
        return _REGISTRY[claim_id]
    except KeyError:
        raise ValueError(f"claim_id {claim_id!r} is not registered") from None
