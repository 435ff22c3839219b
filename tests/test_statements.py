"""The statement registry: the scorecard's denominator, every statement accounted for."""

import json
import math
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from nvlib import readings, statements
from nvlib.claims import registry
from nvlib.claims.annotated import annotated_markdown
from nvlib.claims.printed import parse
from nvlib.claims.render import anchor

PAPERS = ("cr-torque", "eslac", "exchange")
STATEMENTS = statements.registry()
CLAIMS = registry()
PAPER_CLAIMS = [c for c in CLAIMS if c.paper != "intro"]
ROOT = Path(__file__).resolve().parents[1]
# The paper texts and the independent reader's checklists sit beside the project (read-only);
# the tests that need them are skipped where they are absent.
SHARED = ROOT.parent / "shared"
PAPER_FILES = {"cr-torque": "cr-torque_pellet-mary-2021.txt", "eslac": "eslac_happacher-2022.txt",
               "exchange": "exchange_kortan-2016.txt"}


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text.replace("(cid:96)", "ℓ"))
    text = text.replace("’", "'").replace("“", '"').replace("”", '"').replace("−", "-")
    return " ".join(text.split())


# ---------------------------------------------------------------- the registry itself

@pytest.mark.parametrize("paper", PAPERS)
def test_every_paper_has_statements_in_reading_order(paper):
    sts = statements.registry(paper)
    assert sts, f"no statements registered for {paper}"
    # "s034b" sorts after "s034": a statement restored later keeps the reading order
    nums = [(int(re.sub(r"\D", "", s.id.split("/", 1)[1])), s.id[-1] if s.id[-1].isalpha()
             else "") for s in sts]
    assert nums == sorted(nums) and len(set(nums)) == len(nums), paper


@pytest.mark.parametrize("s", STATEMENTS, ids=lambda s: s.id)
def test_statement_has_a_valid_status_and_reason(s):
    assert s.type in statements.TYPES
    scored = bool(statements.claims_of(s.id))
    if scored:
        assert s.reason is None, f"{s.id} is scored but carries reason {s.reason!r}"
    else:
        assert s.reason in statements.REASONS, f"{s.id}: not scored without a reason"
        assert len(s.why.strip()) > 10, f"{s.id}: the reason needs a sentence"
    assert s.words <= 60, f"{s.id}: quote of {s.words} words (at most about 40)"


def test_inputs_and_literature_are_not_called_open():
    for s in STATEMENTS:
        if s.reason == "open":
            assert s.type not in ("input", "literature"), s.id


@pytest.mark.parametrize("c", PAPER_CLAIMS, ids=lambda c: c.id)
def test_every_paper_claim_checks_a_statement_of_its_paper(c):
    assert c.statements, f"{c.id} names no statement"
    for sid in c.statements:
        s = statements.get(sid)
        assert s.paper == c.paper, (c.id, sid)


@pytest.mark.parametrize("c", [c for c in PAPER_CLAIMS if c.kind == "prediction"],
                         ids=lambda c: c.id)
def test_no_prediction_rests_on_an_input(c):
    for sid in c.statements:
        assert statements.get(sid).type != "input", \
            f"{c.id} is a prediction whose reference is an input statement ({sid})"


@pytest.mark.parametrize("c", CLAIMS, ids=lambda c: c.id)
def test_tolerance_follows_from_the_printed_form(c):
    assert c.printed, f"{c.id}: no printed form"
    p = parse(c.printed)
    if c.tolerance is None:
        assert c.band is None or c.band == (p.low, p.high)
        assert c.tolerance_rule == p.rule
    else:
        assert c.tolerance_rule == "override" and len(c.tolerance_reason.strip()) > 10, c.id
    if c.paper_value is not None and p.value is not None:
        assert math.isclose(c.paper_value, p.value, rel_tol=1e-12)


@pytest.mark.parametrize("c", [c for c in CLAIMS if c.model_range_compute is not None],
                         ids=lambda c: c.id)
def test_a_verdict_that_depends_on_a_reading_names_it(c):
    for rid in c.readings:
        assert readings.get(rid).paper == c.paper, (c.id, rid)
    if c.depends_on:
        assert c.readings, f"{c.id}: its verdict changes inside the model range; name the readings"


def test_readings_have_alternatives_and_evidence():
    for r in readings.registry():
        assert r.alternatives and len(r.evidence) > 20 and r.chosen.strip(), r.id


# ---------------------------------------------------------------- against the paper's text

@pytest.mark.parametrize("paper", PAPERS)
def test_quotes_are_the_papers_words(paper):
    path = SHARED / "papers" / PAPER_FILES[paper]
    if not path.exists():
        pytest.skip("paper text not beside the project")
    text = _norm(path.read_text())
    bad = []
    for s in statements.registry(paper):
        pos = 0
        for piece in (_norm(p) for p in s.quote.split("…")):
            if not piece:
                continue
            i = text.find(piece, pos)
            if i < 0:
                bad.append(s.id)
                break
            pos = i + len(piece)
    assert not bad, f"quotes not found in the paper text: {bad[:20]}"


@pytest.mark.parametrize("paper", PAPERS)
def test_every_checklist_row_is_accounted_for(paper):
    path = SHARED / "statements" / f"{paper}.md"
    if not path.exists():
        pytest.skip("checklist not beside the project")
    rows = set(re.findall(r"^\|\s*((?:CR|ES|EX)-\d+)\s*\|", path.read_text(), re.M))
    assert rows
    taken = {r for s in statements.registry(paper) for r in s.checklist}
    rejected = statements.rejected_checklist_rows(paper)
    assert all(len(w.strip()) > 10 for w in rejected.values())
    missing = sorted(rows - taken - set(rejected))
    assert not missing, f"{len(missing)} checklist rows unaccounted for: {missing[:15]}"
    assert not (taken - rows), f"unknown checklist ids: {sorted(taken - rows)[:10]}"


# ---------------------------------------------------------------- renderings and CLI

@pytest.mark.parametrize("paper", PAPERS)
def test_annotated_page_lists_every_statement(paper):
    page = (ROOT / "book" / "annotated" / f"{paper}.md").read_text()
    assert f'annotated_markdown("{paper}")' in page
    html = annotated_markdown(paper)
    for s in statements.registry(paper):
        assert f'id="{anchor(s.id, "stmt")}"' in html, s.id
    assert html.count('class="nv-claim nv-stmt"') == len(statements.registry(paper))


def test_headline_counts_add_up():
    for paper in PAPERS:
        k = statements.counts(paper)
        assert k["scored"] + sum(k["reasons"].values()) == k["statements"]
        assert k["predictions"] + k["reanalyses"] + k["consistency"] == \
            sum(1 for c in registry(paper) if c.statements)


def test_cli_statements_json():
    out = subprocess.run([sys.executable, "-m", "nvlib", "statements", "--json"],
                         capture_output=True, text=True, check=True).stdout
    rows = json.loads(out)
    assert len(rows) == len(STATEMENTS)
    for r in rows:
        assert {"paper", "where", "quote", "type", "status", "claims", "reason"} <= set(r)
        assert r["status"] in ("scored", "not scored")
        assert (r["status"] == "scored") == bool(r["claims"])
        assert (r["reason"] is None) == (r["status"] == "scored")


def test_claims_json_names_statements():
    out = subprocess.run([sys.executable, "-m", "nvlib", "claims", "--json", "--paper", "intro"],
                         capture_output=True, text=True, check=True).stdout
    assert all("statements" in r for r in json.loads(out))


def test_statement_validation():
    with pytest.raises(ValueError, match="type"):
        statements.Statement(id="eslac/x", paper="eslac", where="", quote="q", type="fact")
    with pytest.raises(ValueError, match="reason"):
        statements.Statement(id="eslac/x", paper="eslac", where="", quote="q", type="input",
                             reason="boring")
    with pytest.raises(ValueError, match="paper"):
        statements.Statement(id="intro/x", paper="intro", where="", quote="q", type="input")
