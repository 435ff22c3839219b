"""The one rule that turns a printed reference into a tolerance band."""

import math

import pytest

from nvlib.claims.printed import parse
from nvlib.claims.registry import Claim


@pytest.mark.parametrize("text, value, low, high, rule", [
    ("1.61 ms", 1.61, 1.605, 1.615, "last digit"),
    ("47 Å", 47.0, 46.5, 47.5, "last digit"),
    ("3e-27", 3e-27, 2.5e-27, 3.5e-27, "last digit"),
    ("3.58 × 10⁻²⁸", 3.58e-28, 3.575e-28, 3.585e-28, "last digit"),
    ("2.8 ± 0.4 G", 2.8, 2.4, 3.2, "error bar"),
    ("0.14(3)", 0.14, 0.11, 0.17, "error bar"),
    ("2.1–2.5", 2.3, 2.1, 2.5, "range"),
    ("≈ 22 Å", 22.0, 21.0, 23.0, "approximate"),
    ("about 1", 1.0, 0.5, 1.5, "approximate"),
    ("< 3 nm", 3.0, -math.inf, 3.5, "bound"),
    ("more than 2", 2.0, 1.5, math.inf, "bound"),
    ("of the order of 1e-27", 1e-27, 1e-27 / math.sqrt(10), 1e-27 * math.sqrt(10),
     "order of magnitude"),
    ("count 4", 4.0, 4.0, 4.0, "count"),
    ("yes", 1.0, 1.0, 1.0, "qualitative"),
])
def test_rules(text, value, low, high, rule):
    p = parse(text)
    assert p.rule == rule
    assert math.isclose(p.value, value, rel_tol=1e-12)
    for a, b in ((p.low, low), (p.high, high)):
        assert a == b or math.isclose(a, b, rel_tol=1e-9)


def test_band_edges_and_outside():
    p = parse("1.61")
    assert p.contains(1.605) and p.contains(1.615) and not p.contains(1.616)
    assert not p.contains(float("nan")) and not p.contains(None)


def test_bad_printed_forms():
    for bad in ("", "about", "count 2.5", "many"):
        with pytest.raises(ValueError):
            parse(bad)


def test_lost_has_no_reference():
    assert parse("lost").value is None


def _claim(**kw):
    base = dict(id="intro/x", paper="intro", where="", quantity="", unit="G",
                compute=lambda: 2.9, verdict="reproduced", source="paper", kind="prediction")
    base.update(kw)
    return Claim(**base)


def test_claim_takes_its_band_from_printed():
    c = _claim(printed="2.8 ± 0.4 G")
    assert c.paper_value == 2.8 and c.band == pytest.approx((2.4, 3.2)) and c.agrees


def test_claim_override_needs_a_reason_and_units_must_match():
    with pytest.raises(ValueError, match="tolerance_reason"):
        _claim(printed="2.8 G", tolerance=1.0)
    assert _claim(printed="2.8 G", tolerance=1.0, tolerance_reason="the figure's axis").agrees
    with pytest.raises(ValueError, match="unit"):
        _claim(printed="2.8 mT")
    with pytest.raises(ValueError, match="disagrees"):
        _claim(printed="2.8 G", paper_value=3.0)


def test_depends_on_when_the_range_straddles_the_band():
    c = _claim(printed="2.8 ± 0.4 G", model_range_compute=lambda: (3.0, 3.5),
               readings=("intro/r",))
    assert c.depends_on == ("intro/r",)
    inside = _claim(printed="2.8 ± 0.4 G", model_range_compute=lambda: (2.5, 3.0))
    assert inside.depends_on == ()


def test_depends_on_discrete_variants_tests_each_value():
    """Variants either side of a narrow band, none in it: the verdict does not depend on them
    (an interval (min, max) would straddle the band); one variant in the band: it does."""
    from nvlib.claims.registry import Variants

    # band 46.5–47.5; value 49.8 outside; variants at 45.8 and 51.7 straddle, none agrees
    out = _claim(printed="47 G", model_range_compute=lambda: Variants([45.8, 49.8, 51.7]),
                 readings=("intro/r",), compute=lambda: 49.8, verdict="discrepancy")
    assert out.model_range == (45.8, 51.7) and not out.agrees and out.depends_on == ()
    one_in = _claim(printed="47 G", model_range_compute=lambda: Variants([45.8, 47.2, 49.8]),
                    readings=("intro/r",), compute=lambda: 49.8, verdict="discrepancy")
    assert one_in.depends_on == ("intro/r",)
    with pytest.raises(ValueError, match="at least one"):
        Variants([])
