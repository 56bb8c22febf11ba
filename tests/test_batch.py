"""drafter batch: one draft per interviewer, nothing lost, copies flagged."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from drafter import batch as batch_mod
from drafter.batch import file_names, similar_pairs, similarity
from drafter.context import Interviewer
from drafter.errors import ModelError
from drafter.outgoing import Email

PANEL = """company = "Copperline Health"
role = "Product Designer"
candidate = "Aisha Karimi"
interview_date = "2026-03-06"

[[interviewers]]
name = "Marcus Bell"
title = "Design Director"
topics = ["onboarding redesign", "asked about research with tiny samples"]

[[interviewers]]
name = "Elena Rossi"
title = "PM, Care Team app"
topics = ["medication reminders roadmap", "accessibility audit in Q2"]

[[interviewers]]
name = "José Núñez"
topics = ["design system tokens; I described migrating 40 components to Figma variables"]
"""
TOPIC_WORDS = {
    "Marcus Bell": ["onboarding", "research"],
    "Elena Rossi": ["medication", "accessibility"],
    "José Núñez": ["design system", "Figma"],
}


@pytest.fixture
def panel(tmp_path: Path) -> Path:
    path = tmp_path / "panel.toml"
    path.write_text(PANEL, encoding="utf-8")
    return path


def test_one_personal_draft_per_interviewer(run_cli, panel: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    r = run_cli("batch", str(panel), "--out", str(out), "--today", "2026-03-06")
    assert r.code == 0, r.err
    assert "3/3 drafts pass" in r.out
    files = {p.name for p in out.iterdir()}
    assert files == {"marcus-bell.txt", "elena-rossi.txt", "jose-nunez.txt", "summary.json"}
    for name, words in TOPIC_WORDS.items():
        text = (out / file_names([Interviewer(name=name)], "text")[0]).read_text()
        assert f"Dear {name.split()[0]}," in text
        assert any(w.casefold() in text.casefold() for w in words), (name, text)
        for other, other_words in TOPIC_WORDS.items():
            if other != name:
                assert other.split()[0] not in text and other.split()[1] not in text
                assert not any(w.casefold() in text.casefold() for w in other_words)
    summary = json.loads((out / "summary.json").read_text())
    assert summary["schema"] == 1
    assert [d["passed"] for d in summary["drafts"]] == [True, True, True]


BIG_PANEL = """Company: Tidewater Robotics
Role: Staff Backend Engineer
Date: Tue Dec 9, 2025

With Sam Ortiz (VP Eng):
- how the fleet telemetry pipeline falls over during firmware rollouts

Naomi Feld - Principal Engineer:
- system design: rate limiting for 40k robots phoning home

Kofi Mensah (Engineering Manager, Fleet Ops)
- team rituals: blameless postmortems every Thursday

Lena Park (Product Manager):
- the roadmap for the operator dashboard next year

Ravi Iyer (Staff SRE):
- alert fatigue on the paging rotation

Tomas Varga (Security Lead):
- signing firmware images before they ship

Candidate: Morgan Ellis
"""


def test_a_panel_of_six_gets_six_drafts_that_differ(run_cli, tmp_path: Path) -> None:
    """Offline, every interviewer of a six-person panel gets a passing draft in its own words."""
    notes = tmp_path / "panel.txt"
    notes.write_text(BIG_PANEL, encoding="utf-8")
    out = tmp_path / "out"
    r = run_cli("batch", str(notes), "--out", str(out), "--today", "2025-12-09")
    assert r.code == 0, r.out + r.err
    assert "6/6 drafts pass" in r.out
    texts = [p.read_text(encoding="utf-8") for p in sorted(out.glob("*.txt"))]
    assert len(texts) == 6
    assert "alike" not in r.out + r.err  # batch.too-similar found no pair
    assert len({t.split("\n\n")[2][:40] for t in texts}) == 6  # six different openings


def test_existing_drafts_are_not_overwritten_and_resume_keeps_them(
        run_cli, panel: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run_cli("batch", str(panel), "--out", str(out), "--today", "2026-03-06").code == 0
    (out / "elena-rossi.txt").unlink()
    before = (out / "marcus-bell.txt").read_text()
    r = run_cli("batch", str(panel), "--out", str(out))
    assert r.code == 2 and "already exists" in r.err and "--resume" in r.err
    r = run_cli("batch", str(panel), "--out", str(out), "--resume", "--today", "2026-03-06")
    assert r.code == 0, r.err
    assert (out / "marcus-bell.txt").read_text() == before
    statuses = {d["interviewer"]: d["status"]
                for d in json.loads((out / "summary.json").read_text())["drafts"]}
    assert statuses == {"Marcus Bell": "skipped", "Elena Rossi": "written",
                        "José Núñez": "skipped"}


def test_a_failure_for_one_interviewer_stops_no_one_else(
        run_cli, panel: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = batch_mod.amake_draft

    async def flaky(ctx, opts):  # type: ignore[no-untyped-def]
        if opts.interviewer == "Elena Rossi":
            raise ModelError("model openai/x timed out after 60 s (2 retries)")
        return await real(ctx, opts)

    monkeypatch.setattr(batch_mod, "amake_draft", flaky)
    out = tmp_path / "out"
    r = run_cli("batch", str(panel), "--out", str(out), "--today", "2026-03-06")
    assert r.code == 1
    assert (out / "marcus-bell.txt").is_file() and (out / "jose-nunez.txt").is_file()
    assert not (out / "elena-rossi.txt").exists()
    assert not list(out.glob(".*.tmp"))  # no half-written files
    drafts = {d["interviewer"]: d for d in json.loads((out / "summary.json").read_text())["drafts"]}
    assert drafts["Elena Rossi"]["status"] == "failed"
    assert "timed out" in drafts["Elena Rossi"]["error"]
    assert "could not be made" in r.err


def test_interviewer_without_topics_is_reported_not_invented(
        run_cli, tmp_path: Path) -> None:
    notes = tmp_path / "p.toml"
    notes.write_text(PANEL + '\n[[interviewers]]\nname = "Sam Ortiz"\ntopics = []\n')
    out = tmp_path / "out"
    r = run_cli("batch", str(notes), "--out", str(out), "--today", "2026-03-06")
    assert r.code == 1 and "needs work: Sam Ortiz" in r.out
    sam = next(d for d in json.loads((out / "summary.json").read_text())["drafts"]
               if d["interviewer"] == "Sam Ortiz")
    assert "no topics" in sam["note"]
    assert "specifics.named" in {f["rule"] for f in sam["findings"]}


@pytest.mark.parametrize(("names", "expected"), [
    (["José Núñez", "Anne-Marie O’Neil"], ["jose-nunez", "anne-marie-oneil"]),
    (["Ops / Infra Lead", "  "], ["ops-infra-lead", "interviewer-2"]),
    (["Sam Lee", "Sam Lee", "sam lee"], ["sam-lee", "sam-lee-2", "sam-lee-3"]),
    (["王小明"], ["wang-xiao-ming"]),
])
def test_safe_distinct_file_names(names: list[str], expected: list[str]) -> None:
    people = [Interviewer(name=n) for n in names]
    assert file_names(people, "eml") == [e + ".eml" for e in expected]


def _email(to: str, body: str) -> Email:
    return Email(subject="Thank you", body=f"Dear {to},\n\n{body}", to_name=to)


SHARED_OPEN = "Thank you for meeting with me about the Product Designer role at Copperline Health."
SHARED_CLOSE = "I look forward to hearing about next steps."


def test_similarity_flags_a_copy_with_the_name_swapped() -> None:
    body = (f"{SHARED_OPEN} I enjoyed our conversation about the onboarding redesign and the "
            f"research you are planning with small samples. {SHARED_CLOSE}")
    emails = {"Marcus Bell": _email("Marcus", body), "Elena Rossi": _email("Elena", body)}
    pairs = similar_pairs(emails, 0.8)
    assert pairs and pairs[0][:2] == ("Marcus Bell", "Elena Rossi") and pairs[0][2] == 1.0


def test_similarity_leaves_honest_drafts_alone() -> None:
    a = _email("Marcus", f"{SHARED_OPEN}\n\nI enjoyed our conversation about the onboarding "
                         "redesign, and your question about doing research with tiny samples "
                         f"made me rethink how I plan studies.\n\n{SHARED_CLOSE}")
    b = _email("Elena", f"{SHARED_OPEN}\n\nThe medication reminders roadmap you walked me "
                        "through was fascinating, and the accessibility audit planned for Q2 "
                        f"is work I would love to help with.\n\n{SHARED_CLOSE}")
    score = similarity(a, b, ["Marcus Bell", "Elena Rossi"])
    assert score < 0.6, score
    assert similar_pairs({"Marcus Bell": a, "Elena Rossi": b}, 0.8) == []


def test_bad_structured_input_is_one_line_exit_2(run_cli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[[interviewers]]\ntitle = "no name"\n')
    r = run_cli("batch", str(bad), "--out", str(tmp_path / "o"))
    assert r.code == 2 and len(r.err.strip().splitlines()) == 1
    assert re.search(r"interviewers\.0\.name", r.err)
