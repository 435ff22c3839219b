"""The reproduction scorecard: one registry of the papers' quantitative claims.

Every claim states what a paper says (``paper_value``) and how nvlib recomputes it (a function,
called lazily, never a typed-in number). The tests, ``python -m nvlib claims`` and the book's
Scorecard page all read this one registry, so they cannot disagree.

A claim's ``verdict`` is declared by the author of the claim after looking at the numbers, and
the test-suite holds it to account: a ``reproduced`` claim must agree within ``tolerance``, a
``discrepancy`` must *not* agree and must carry a note explaining it, and a
``not reproducible`` claim must say why in its note.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable

__all__ = ["Claim", "PAPERS", "VERDICTS", "SOURCES", "KINDS", "KEYS", "claim", "registry", "get"]

#: The allowed verdicts.
VERDICTS: tuple[str, ...] = ("reproduced", "discrepancy", "not reproducible")

#: Keys of the JSON form of a claim, in order.
KEYS: tuple[str, ...] = ("id", "paper", "where", "quantity", "unit", "paper_value", "value",
                         "tolerance", "verdict", "source", "kind", "model_range", "note")

#: Where a claim's reference value is written: the paper itself (main text or supplement, the
#: section or figure in ``where``), the authors' public repository (path and commit in the note),
#: or the literature (the citation key in ``where`` or the note).
SOURCES: tuple[str, ...] = ("paper", "authors-repository", "literature")

#: What kind of check a claim is: a model ``prediction`` of what the paper reports, or a
#: ``consistency`` check (arithmetic, identities, counting or geometry re-derived from the
#: paper's own inputs).
KINDS: tuple[str, ...] = ("prediction", "consistency")

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
    paper_value : float or None
        The paper's number.
    compute : callable or None
        Zero-argument function that recomputes the value with nvlib. For a ``not reproducible``
        claim it may return None (nothing to compute) or the book's own number.
    tolerance : float
        Absolute tolerance, in ``unit``.
    verdict : str
        One of :data:`VERDICTS`.
    source : str
        One of :data:`SOURCES`: where ``paper_value`` is written.
    kind : str
        One of :data:`KINDS`: a model prediction or a consistency check.
    note : str
        Explanation; mandatory for discrepancies and non-reproducible claims.
    model_range_compute : callable or None
        Zero-argument function returning ``(low, high)``: the spread of the value over the
        part's other model variants (the verdict always uses the part's main model), exposed as
        :attr:`model_range`. ``None`` where the part has a single model for this number.
    """

    id: str
    paper: str
    where: str
    quantity: str
    unit: str
    paper_value: float | None
    compute: Callable[[], float] | None
    tolerance: float
    verdict: str
    source: str
    kind: str
    note: str = ""
    model_range_compute: Callable[[], tuple[float, float]] | None = None
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
        if not (self.tolerance >= 0):
            raise ValueError(f"tolerance must be >= 0; got {self.tolerance!r}")

    @property
    def value(self) -> float | None:
        """The recomputed value (computed once, on first access)."""
        if not self._done:
            v = None if self.compute is None else self.compute()
            self._value = None if v is None else float(v)
            self._done = True
        return self._value

    @property
    def model_range(self) -> tuple[float, float] | None:
        """``(low, high)`` of the value over the other model variants, or None."""
        if self.model_range_compute is None:
            return None
        lo, hi = self.model_range_compute()
        return (float(min(lo, hi)), float(max(lo, hi)))

    @property
    def deviation(self) -> float | None:
        """``value - paper_value``, or None when either is missing."""
        if self.value is None or self.paper_value is None:
            return None
        return self.value - self.paper_value

    @property
    def agrees(self) -> bool:
        """True when the recomputed value is finite and within ``tolerance`` of the paper's."""
        dev = self.deviation
        return dev is not None and math.isfinite(dev) and abs(dev) <= self.tolerance

    def as_dict(self) -> dict:
        """The JSON form: exactly the keys of :data:`KEYS`."""
        return {k: getattr(self, k) for k in KEYS}


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
