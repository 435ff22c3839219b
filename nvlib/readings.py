"""The register of readings: every choice the book makes where a paper is silent.

A reading is a place where the paper (or what survived of its text) does not fix what the
model needs: the order of a table's lost rows, a rate the paper does not print, the frame of a
strain, a definition of a width. Each is registered once, per part, with the alternatives the
book considered and the evidence for the one it chose. Claims name the readings their model
range runs over (``Claim.readings``), and a verdict that changes inside that range shows as
"depends on" the reading. Each wing registers its readings in ``nvlib.<wing>.readings``.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Reading", "reading", "registry", "get"]

_REGISTRY: dict[str, "Reading"] = {}


@dataclass(frozen=True)
class Reading:
    """One reading of a paper.

    Attributes
    ----------
    id : str
        ``"<paper>/<short-name>"``.
    paper : str
        A key of ``nvlib.claims.PAPERS``.
    where : str
        Where the paper is silent or ambiguous (section, table, equation).
    question : str
        What the paper leaves open, in one sentence.
    chosen : str
        The reading the main model uses.
    alternatives : tuple of (str, str)
        ``(name, description)`` of every other reading considered.
    evidence : str
        Why the chosen one: the evidence, and when it was fixed (before or after comparing).
    """

    id: str
    paper: str
    where: str
    question: str
    chosen: str
    alternatives: tuple[tuple[str, str], ...]
    evidence: str

    def __post_init__(self) -> None:
        from nvlib.claims.registry import PAPERS
        if self.paper not in PAPERS:
            raise ValueError(f"paper must be one of {sorted(PAPERS)}; got {self.paper!r}")
        if not self.id.startswith(self.paper + "/"):
            raise ValueError(f"id must start with '{self.paper}/'; got {self.id!r}")
        if not self.alternatives:
            raise ValueError(f"{self.id}: a reading needs at least one alternative")
        if not self.evidence.strip():
            raise ValueError(f"{self.id}: a reading needs its evidence")


def reading(**kwargs) -> Reading:
    """Register one reading (keyword arguments of :class:`Reading`); returns it."""
    kwargs["alternatives"] = tuple(tuple(a) for a in kwargs.get("alternatives", ()))
    r = Reading(**kwargs)
    if r.id in _REGISTRY:
        raise ValueError(f"reading id {r.id!r} is registered twice")
    _REGISTRY[r.id] = r
    return r


def registry(paper: str | None = None) -> list[Reading]:
    """All readings (optionally of one paper), in registration order."""
    from nvlib import wings
    wings.load("readings")
    return [r for r in _REGISTRY.values() if paper is None or r.paper == paper]


def get(reading_id: str) -> Reading:
    """The reading with this id."""
    registry()
    try:
        return _REGISTRY[reading_id]
    except KeyError:
        raise ValueError(f"reading_id {reading_id!r} is not registered") from None
