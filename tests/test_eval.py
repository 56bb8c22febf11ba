"""`drafter eval`: engines scored on a file of cases with answer keys."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from llm_support import LOCAL_API_BASE, LOCAL_MODEL, use_cassette

from drafter.context import InterviewContext
from drafter.evaluate import OUTCOMES

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "examples" / "eval" / "cases.jsonl"


def test_the_shipped_cases_run_offline(run_cli) -> None:
    r = run_cli("eval", str(CASES))
    assert r.code == 0, r.err
    head, row = r.out.splitlines()[:2]
    assert head.split()[:3] == ["engine", "cases", "drafts"] and row.split()[0] == "offline"
    data = json.loads(run_cli("eval", str(CASES), "--json").out)
    (engine,) = data["engines"]
    n = sum(1 for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip())
    assert engine["cases"] == data["cases"] == n == sum(engine[k] for k in OUTCOMES)
    assert engine["drafts"] == sum("email" in row for row in data["rows"])
    # every row has one outcome, and a wrong or failing one says why
    for row in data["rows"]:
        assert row["outcome"] in OUTCOMES
        if row["outcome"] in ("wrong", "failing", "refused", "asked"):
            assert row["why"]


@pytest.mark.parametrize(("content", "error"), [
    ("", "is empty"),
    ("\n\n", "is empty"),
    ("not json\n", "not JSON"),
    ('{"stage": "thank-you"}\n', "a case needs today, notes, key"),
    ('{"stage": "thank-you", "today": "soon", "notes": "x", "key": {}}\n', "not a date"),
])
def test_bad_case_files_are_one_line_exit_2(run_cli, tmp_path: Path, content: str,
                                            error: str) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_text(content, encoding="utf-8")
    r = run_cli("eval", str(path))
    assert r.code == 2 and error in r.err and len(r.err.strip().splitlines()) == 1


def test_a_wrong_fact_is_scored_wrong(run_cli, tmp_path: Path) -> None:
    case = json.loads(CASES.read_text(encoding="utf-8").splitlines()[1])
    case["key"]["greeting_ok"] = ["Someone Else"]  # the key now disagrees with the notes
    path = tmp_path / "cases.jsonl"
    path.write_text(json.dumps(case) + "\n", encoding="utf-8")
    data = json.loads(run_cli("eval", str(path), "--json").out)
    assert data["rows"][0]["outcome"] == "wrong" and "greeting" in data["rows"][0]["why"]


def test_a_model_engine_beside_offline(run_cli, tmp_path: Path) -> None:
    """One case through the real local model (recorded) and offline, in one table."""
    path = tmp_path / "one.jsonl"
    path.write_text(CASES.read_text(encoding="utf-8").splitlines()[1] + "\n", encoding="utf-8")
    with use_cassette("eval_one_case.yaml"):
        r = run_cli("eval", str(path), "-m", "offline", "-m", LOCAL_MODEL, "--api-base",
                    LOCAL_API_BASE, "--timeout", "900", "--concurrency", "1", "--json")
    assert r.code == 0, r.err
    data = json.loads(r.out)
    offline, model = data["engines"]
    assert offline["engine"] == "offline" and model["engine"] == LOCAL_MODEL
    assert offline["model_calls"] == 0 and model["model_calls"] >= 1 and model["tokens"] > 0
    assert sum(model[k] for k in OUTCOMES) == 1
    # the model's structured read of the notes is counted: one read, schema-valid
    assert model["reads"] == 1 and model["reads_valid"] == 1 and offline["reads"] == 0
    assert data["rows"][1]["read"].startswith("valid")


@pytest.mark.parametrize(("signature", "wrong"), [
    ("Jade", True),  # the recipient's own name under the email
    ("Jade Whitfield", True),
    ("Alex Morgan", False),  # a name no one in the notes has
    ("R. Okafor", False),  # an initial matches no one's first name
])
def test_signed_as_someone_the_notes_name_is_a_wrong_fact(signature: str, wrong: bool) -> None:
    from drafter.evaluate import wrong_facts

    case = {"stage": "close-the-loop", "key": {
        "recipient": "Jade Whitfield", "greeting_ok": ["Jade"], "candidate": None,
        "people": [{"name": "Jade Whitfield"}, {"name": "R. Meenakshi"}], "dates": {}}}
    found = wrong_facts("Dear Jade,\n\nThank you.\n", signature, case, InterviewContext(),
                        dt.date(2025, 7, 8))
    assert any("signed" in f for f in found) is wrong, found


@pytest.mark.parametrize(("got", "want", "same"), [
    ("SRE", "Site Reliability Engineer", True),
    ("HS Chemistry teacher", "High School Chemistry Teacher", True),
    ("ML Engineer", "Machine Learning Engineer (Recommender Systems)", True),
    ("Apprentice Electrician (2nd year)", "2nd Year Apprentice Electrician", True),
    ("Ridgeline County Dept of Public Health", "Ridgeline County Department of Public Health",
     True),
    ("SRE", "Software Engineer", False),
    ("QA Lead", "Quality Engineer", False),
    ("Data Analyst", "Senior Data Engineer", False),
])
def test_a_role_matches_its_key_with_abbreviations_spelled_out(got: str, want: str,
                                                               same: bool) -> None:
    from drafter.evaluate import _same

    assert _same(got, want) is same


def test_a_month_in_a_date_names_no_one() -> None:
    from types import SimpleNamespace

    from drafter.evaluate import wrong_facts

    case = {"stage": "thank-you", "today": "2025-04-23", "key": {
        "recipient": "Dawn Achterberg", "dates": {"interview": "2025-04-23"},
        "people": [{"name": "Dawn Achterberg"},
                   {"name": "April"}]}}
    ctx = SimpleNamespace(company=None, role=None)
    dated = "Subject: Thank you, 23 April\n\nDear Dawn,\n\nThank you."
    named = "Dear Dawn,\n\nApril said the course starts soon."
    assert not any("April" in w for w in wrong_facts(dated, "", case, ctx, dt.date(2025, 4, 23)))
    assert "names another person, April" in wrong_facts(named, "", case, ctx,
                                                        dt.date(2025, 4, 23))
