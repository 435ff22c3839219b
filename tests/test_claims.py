"""The scorecard: every claim honest, every verdict backed by the recomputed value."""

import json
import re
import subprocess
import sys

import numpy as np
import pytest

from nvlib.claims import KEYS, VERDICTS, registry, to_json
from nvlib.claims.registry import Claim

CLAIMS = registry()
IDS = [c.id for c in CLAIMS]


def test_ids_are_unique_and_prefixed():
    assert len(IDS) == len(set(IDS))
    assert all(c.id.startswith(c.paper + "/") for c in CLAIMS)


@pytest.mark.parametrize("c", [c for c in CLAIMS if c.verdict == "reproduced"], ids=lambda c: c.id)
def test_reproduced_claims_agree_within_tolerance(c):
    assert c.value is not None
    assert c.agrees, f"{c.id}: {c.value} vs paper {c.paper_value} ± {c.tolerance} {c.unit}"


@pytest.mark.parametrize("c", [c for c in CLAIMS if c.verdict == "discrepancy"], ids=lambda c: c.id)
def test_discrepancies_carry_a_note_and_really_disagree(c):
    assert len(c.note.strip()) > 20
    assert c.value is not None and not c.agrees


def test_not_reproducible_claims_say_why():
    for c in CLAIMS:
        if c.verdict == "not reproducible":
            assert len(c.note.strip()) > 20, c.id


def test_json_has_exactly_the_keys():
    data = json.loads(to_json())
    assert len(data) == len(CLAIMS)
    for obj in data:
        assert tuple(obj) == KEYS
        assert obj["verdict"] in VERDICTS


def test_cli_json_lists_the_intro_claims():
    out = subprocess.run([sys.executable, "-m", "nvlib", "claims", "--json", "--paper", "intro"],
                         capture_output=True, text=True, check=True).stdout
    ids = {c["id"] for c in json.loads(out)}
    assert "intro/gslac-field" in ids


def test_claim_validation():
    with pytest.raises(ValueError, match="verdict"):
        Claim(id="intro/x", paper="intro", where="", quantity="", unit="", paper_value=1,
              compute=lambda: 1.0, tolerance=0, verdict="fine", source="paper",
              kind="prediction")
    with pytest.raises(ValueError, match="paper"):
        Claim(id="x/x", paper="x", where="", quantity="", unit="", paper_value=1,
              compute=lambda: 1.0, tolerance=0, verdict="reproduced", source="paper",
              kind="prediction")


def test_a_wrong_value_is_caught():
    c = Claim(id="intro/wrong", paper="intro", where="", quantity="", unit="", printed="1.0",
              compute=lambda: 1.5, verdict="reproduced", source="paper", kind="prediction")
    assert c.band == (0.95, 1.05) and not c.agrees


def test_a_tolerance_needs_the_printed_reference_and_a_reason():
    """No claim without the number as printed; an override of the printed rule needs a reason."""
    base = dict(id="intro/x", paper="intro", where="", quantity="", unit="",
                compute=lambda: 1.0, verdict="reproduced", source="paper", kind="prediction")
    with pytest.raises(ValueError, match="printed"):
        Claim(**base, paper_value=1.0, tolerance=0.1, tolerance_reason="why")
    with pytest.raises(ValueError, match="tolerance_reason"):
        Claim(**base, printed="1.0", tolerance=0.1)
    c = Claim(**base, printed="1.0", tolerance=0.1, tolerance_reason="a stated reason")
    assert c.tolerance_rule == "override" and c.band == (0.9, 1.1)


def test_source_and_kind_are_validated():
    base = dict(id="intro/x", paper="intro", where="", quantity="", unit="", paper_value=1,
                compute=lambda: 1.0, tolerance=0, verdict="reproduced")
    with pytest.raises(ValueError, match="source"):
        Claim(**base, source="my notes", kind="prediction")
    with pytest.raises(ValueError, match="kind"):
        Claim(**base, source="paper", kind="guess")


def test_no_wing_imports_another_wing():
    """A wing (nvlib/<part>/) imports from the top level of nvlib, never from another wing."""
    import re
    from pathlib import Path

    from nvlib import wings

    root = Path(wings.__file__).parent
    names = wings.wing_names()
    for wing in names:
        others = [w for w in names if w != wing]
        for path in (root / wing).rglob("*.py"):
            text = path.read_text()
            for other in others:
                assert not re.search(rf"\bnvlib\.{other}\b|from nvlib import {other}\b", text), \
                    f"{path} imports the wing {other}"


# ---------------------------------------------------------------- sources and kinds

_WHERE = re.compile(r"\b(Fig|Figs|Eq|Table|Sec|SM|main text|Main text)\b")


@pytest.mark.parametrize("c", [c for c in CLAIMS if c.source == "paper"], ids=lambda c: c.id)
def test_paper_claims_name_a_section_or_figure(c):
    assert _WHERE.search(c.where), f"{c.id}: where = {c.where!r}"


def test_repository_claims_give_path_and_commit():
    for c in CLAIMS:
        if c.source == "authors-repository":
            assert re.search(r"\b[0-9a-f]{8,40}\b", c.note) and "/" in c.note, c.id


def test_the_three_kinds_are_counted_apart():
    from nvlib.claims.render import headline, kind_summary
    for paper in (None, "cr-torque", "eslac", "exchange", "intro"):
        claims = registry(paper)
        k = kind_summary(paper)
        for kind, key in (("prediction", "predictions"), ("reanalysis", "reanalyses"),
                          ("consistency", "consistency")):
            ks = [c for c in claims if c.kind == kind]
            assert k[key] == len(ks)
            assert k[key + "_reproduced"] == sum(c.verdict == "reproduced" for c in ks)
        assert k["predictions"] + k["reanalyses"] + k["consistency"] == len(claims)
        assert "0 of 0" not in headline(paper)


def test_model_range_is_an_interval():
    for c in registry("cr-torque"):
        r = c.model_range
        if r is not None:
            lo, hi = r
            assert np.isfinite(lo) and np.isfinite(hi) and lo <= hi, c.id


def test_no_claim_cites_files_a_reader_does_not_have():
    for c in CLAIMS:
        text = c.note + c.where + c.quantity
        assert "shared/" not in text and "spec §" not in text and "spec Sec" not in text, c.id
