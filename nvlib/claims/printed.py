"""Tolerances from what the paper prints: one rule, stated once.

A claim stores the reference number *as the paper prints it* (``printed``, e.g. ``"2.8 ± 0.4 G"``,
``"≈ 22 Å"``, ``"3e-27"``, ``"< 3 nm"``, ``"yes"``), and :func:`parse` turns that string into the
reference value and the band ``[low, high]`` that a recomputed value must fall in to agree. The
rules, in the order they are tried:

=====================================  =========================================================
printed form                            band
=====================================  =========================================================
``"yes"`` / ``"no"``                    a checkable qualitative statement encoded as 1 / 0:
                                        exact (the book's test of it gives 1 or 0)
``"count 4"``                           an exact count: exact
``"2.8 ± 0.4"``, ``"2.8(4)"``           the stated error bar: x ± e
``"2.1–2.5"``                           a printed range: [2.1, 2.5], reference its midpoint
``"< 3"``, ``"≤ 3"``, ``"> 3"``, …      a bound: one-sided, widened by half a unit of the last
                                        printed digit (``"< 3"`` admits up to 3.5)
``"of the order of 1e-27"``             an order of magnitude: a factor √10 either way (the same
                                        power of ten after rounding its logarithm)
``"≈ 22"``, ``"about 22"``, ``"~22"``   an approximate number: ± one unit of the last printed
                                        digit, at most half the value (``"≈ 22"``: 21–23)
``"47"``, ``"1.61"``, ``"3e-27"``       a plain number: ± half a unit of the last printed digit
                                        (``"1.61"``: ± 0.005; ``"3e-27"``: ± 0.5e-27). The
                                        digits of an integer all count (``"100"``: ± 0.5)
``"lost"``, ``"not printed"``           no reference (the number did not survive extraction or
                                        is not in the paper): no band
=====================================  =========================================================

A trailing unit (``"2.8 ± 0.4 G"``) is returned separately so the caller can check it against
the claim's unit. ``×10^n``, ``×10⁻²⁷`` and ``e-27`` exponents are understood.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

__all__ = ["Printed", "parse", "RULES"]

#: Names of the rules, as shown on a claim's row.
RULES: tuple[str, ...] = ("qualitative", "count", "error bar", "range", "bound",
                          "order of magnitude", "approximate", "last digit", "none")

_SUP = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
_NUM = r"[-+−]?(?:\d+(?:\.\d*)?|\.\d+)(?:\s*(?:[eE][-+−]?\d+|[×x]\s*10\^?\s*\(?[-+−]?\d+\)?))?"
_APPROX = re.compile(r"^(?:≈|~|∼|about|approximately|roughly|around|≃)\s*", re.I)
_ORDER = re.compile(r"^(?:of the order of|on the order of|order of|order)\s*", re.I)
_BOUND = re.compile(r"^(<=|>=|≤|≥|<|>|less than|more than|below|above|at least|at most|"
                    r"up to|in excess of)\s*", re.I)
_UPPER = ("<", "<=", "≤", "less than", "below", "at most", "up to")


@dataclass(frozen=True)
class Printed:
    """A parsed printed reference.

    Attributes
    ----------
    text : str
        The printed form, as stored on the claim.
    value : float or None
        The reference value (None: nothing printed).
    low, high : float
        The band a recomputed value must fall in (``-inf``/``inf`` for a bound's open side).
    rule : str
        Which rule of ``RULES`` made the band.
    unit : str
        The unit printed after the number ('' if none).
    """

    text: str
    value: float | None
    low: float
    high: float
    rule: str
    unit: str = ""

    @property
    def half_width(self) -> float | None:
        """The symmetric tolerance ``(high - low) / 2``, or None for a one-sided band."""
        if self.value is None or not (math.isfinite(self.low) and math.isfinite(self.high)):
            return None
        return (self.high - self.low) / 2

    def contains(self, x: float | None) -> bool:
        """True when ``x`` is finite and inside ``[low, high]``."""
        if x is None or not math.isfinite(x):
            return False
        slack = 1e-12 * max(abs(self.low) if math.isfinite(self.low) else 0.0,
                            abs(self.high) if math.isfinite(self.high) else 0.0)
        return self.low - slack <= x <= self.high + slack


def _number(s: str) -> tuple[float, float, str]:
    """The leading number of ``s``, half a unit of its last printed digit, and the rest."""
    s = s.strip().translate(_SUP).replace("−", "-")
    m = re.match(_NUM.replace("−", "-"), s)
    if not m:
        raise ValueError(f"printed must start with a number; got {s!r}")
    tok = m.group(0)
    rest = s[m.end():].strip()
    mant, exp = tok, 0
    e = re.search(r"\s*(?:[eE]([-+]?\d+)|[×x]\s*10\^?\s*\(?([-+]?\d+)\)?)$", tok)
    if e:
        mant = tok[:e.start()]
        exp = int(e.group(1) or e.group(2))
    mant = mant.strip()
    decimals = len(mant.split(".")[1]) if "." in mant else 0
    half = 0.5 * 10.0 ** (exp - decimals)
    return float(mant) * 10.0 ** exp, half, rest


def _unit(rest: str) -> str:
    return rest.strip().strip("()").strip()


def parse(printed: str) -> Printed:
    """Parse a printed reference into its value and band (the rules in the module docstring).

    Raises
    ------
    ValueError
        If ``printed`` is empty or matches no rule.
    """
    if not isinstance(printed, str) or not printed.strip():
        raise ValueError(f"printed must be a non-empty string; got {printed!r}")
    t = " ".join(printed.split())
    low = t.lower()
    if low in ("yes", "no"):
        v = 1.0 if low == "yes" else 0.0
        return Printed(t, v, v, v, "qualitative")
    if low in ("lost", "not printed"):
        return Printed(t, None, -math.inf, math.inf, "none")
    if low.startswith("count "):
        v, _, rest = _number(t[6:])
        if v != int(v):
            raise ValueError(f"printed count must be an integer; got {printed!r}")
        return Printed(t, v, v, v, "count", _unit(rest))
    m = _ORDER.match(t)
    if m:
        v, _, rest = _number(t[m.end():])
        f = math.sqrt(10.0)
        lo, hi = sorted((v / f, v * f))
        return Printed(t, v, lo, hi, "order of magnitude", _unit(rest))
    m = _BOUND.match(t)
    if m:
        v, half, rest = _number(t[m.end():])
        if m.group(1).lower() in _UPPER:
            return Printed(t, v, -math.inf, v + half, "bound", _unit(rest))
        return Printed(t, v, v - half, math.inf, "bound", _unit(rest))
    m = _APPROX.match(t)
    if m:
        v, half, rest = _number(t[m.end():])
        tol = min(2 * half, abs(v) / 2)
        return Printed(t, v, v - tol, v + tol, "approximate", _unit(rest))
    v, half, rest = _number(t)
    paren = re.match(r"^\((\d+)\)\s*(.*)$", rest)
    if paren:
        err = int(paren.group(1)) * 2 * half
        return Printed(t, v, v - err, v + err, "error bar", _unit(paren.group(2)))
    pm = re.match(r"^(?:±|\+/-|\+-)\s*(.*)$", rest)
    if pm:
        err, _, rest2 = _number(pm.group(1))
        return Printed(t, v, v - abs(err), v + abs(err), "error bar", _unit(rest2))
    rg = re.match(r"^(?:–|-|—|to)\s*(.*)$", rest)
    if rg and rg.group(1) and re.match(r"[\d.]", rg.group(1)):
        hi, _, rest2 = _number(rg.group(1))
        lo, hi = sorted((v, hi))
        return Printed(t, (lo + hi) / 2, lo, hi, "range", _unit(rest2))
    return Printed(t, v, v - half, v + half, "last digit", _unit(rest))
