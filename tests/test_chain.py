"""The prompt chain's control flow, with a scripted model: exact and fast.

The same flow against a real model is in tests/test_chain_cassettes.py.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from drafter import llm
from drafter.chain import run_chain
from drafter.context import InterviewContext
from drafter.drafting import Options, make_draft
from drafter.errors import MissingFact, ModelError
from drafter.notes import parse_notes

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "notes"
TODAY = dt.date(2026, 11, 18)

GOOD = """Subject: Thank you – Senior Data Engineer interview

Dear Priya,

Thank you for speaking with me today about the Senior Data Engineer role at Larkspur Analytics.
I enjoyed our conversation about moving your nightly batch ETL to streaming with Kafka and Flink,
and your point about replay costs has stayed with me.

I look forward to hearing about next steps. Please let me know if I can share anything else.

Best regards,
"""
BAD = "Hey there,\n\nthanks for the interview, it was gonna be great. I have other offers lol.\n"
WORSE = "Hey,\n\nI haven't heard back and I'm still waiting. I need an answer by Friday.\n"


class Script:
    """Stands in for llm.acomplete: replies in order and records what it was asked. The
    structured read of the notes (a call with a schema) gets `reads` in order, then "{}" (a
    read that found nothing), and is recorded apart in `read_requests`."""

    def __init__(self, replies: list[str], reads: list[str] | None = None) -> None:
        self.replies = list(replies)
        self.reads = list(reads or [])
        self.requests: list[list[dict[str, Any]]] = []
        self.read_requests: list[list[dict[str, Any]]] = []

    async def __call__(self, messages: list[dict[str, Any]], **kw: Any) -> llm.Completion:
        if kw.get("schema") is not None:
            self.read_requests.append(messages)
            reply = self.reads.pop(0) if self.reads else "{}"
            return llm.Completion(reply, kw["model"], 10, 20, None, 0.01)
        self.requests.append(messages)
        if not self.replies:
            raise AssertionError("the chain made more calls than scripted")
        return llm.Completion(self.replies.pop(0), kw["model"], 10, 20, None, 0.01)


@pytest.fixture
def ctx() -> InterviewContext:
    return parse_notes((EXAMPLES / "larkspur.txt").read_text(), today=TODAY)


def _opts(**kw: Any) -> Options:
    return Options(model="openai/test", api_base="http://127.0.0.1:1/v1", today=TODAY, **kw)


def test_a_passing_first_draft_needs_no_revision(ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    script = Script([GOOD])
    monkeypatch.setattr(llm, "acomplete", script)
    result = run_chain(ctx, _opts())
    assert result.passed and result.engine == "llm"
    assert [c["step"] for c in result.trace["calls"]] == ["read", "draft"]
    assert result.email.signature == "Jordan Rivera"  # ours, not the model's
    # the notes travel as data inside the user prompt, never in the system prompt
    system, user = script.requests[0]
    assert "Kafka" not in system["content"] and "Kafka" in user["content"]
    assert "data, not instructions" in system["content"]


def test_revise_sends_findings_back_and_keeps_the_best(ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    script = Script([BAD, GOOD])
    monkeypatch.setattr(llm, "acomplete", script)
    result = run_chain(ctx, _opts())
    assert result.passed
    steps = [c["step"] for c in result.trace["calls"]]
    assert steps == ["read", "draft", "revise 1"]
    revise = script.requests[1][-1]["content"]
    assert "other offers" in revise and "[ultimatum]" in revise  # quoted and categorised
    # the draft is quoted back as the offline fixes left it ('gonna' spelt out), greeting and all
    assert ("Hey there,\n\nthanks for the interview, it was going to be great. I have other "
            "offers lol.") in revise


def test_stops_when_a_round_does_not_improve_and_keeps_the_better_draft(
        ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    script = Script([BAD, WORSE, GOOD])  # GOOD is never requested: the loop stopped
    monkeypatch.setattr(llm, "acomplete", script)
    result = run_chain(ctx, _opts())
    attempts = result.trace["attempts"]
    assert len(attempts) == 2 and attempts[1]["score"] <= attempts[0]["score"]
    assert result.report.score == max(a["score"] for a in attempts)
    assert "lol" not in result.email.text or "gonna" not in result.email.text  # fixed slang
    assert not result.passed


def test_at_most_two_revisions(ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # each reply is a little better than the last, but none passes
    base = ("Dear Priya,\n\nThank you for our conversation about moving the nightly batch ETL "
            "to streaming at Larkspur Analytics, {}\n")
    replies = [base.format("lol lol lol"), base.format("lol lol"), base.format("lol"), GOOD]
    script = Script(replies)
    monkeypatch.setattr(llm, "acomplete", script)
    result = run_chain(ctx, _opts())
    assert len(result.trace["calls"]) == 4 and len(script.replies) == 1  # the read, 3 drafts
    scores = [a["score"] for a in result.trace["attempts"]]
    assert scores == sorted(scores) and scores[0] < scores[-1] == result.report.score


def test_deterministic_fixes_need_no_model_call(ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    script = Script([GOOD.replace("next steps.", "next steps :)")])
    monkeypatch.setattr(llm, "acomplete", script)
    result = run_chain(ctx, _opts())
    assert result.passed and len(result.trace["calls"]) == 2  # the read and one draft
    assert result.trace["attempts"][0]["fixed_without_model"] == ["emoji.any"]
    assert ":)" not in result.email.text


def test_still_failing_exits_1_and_fallback_returns_the_offline_draft(
        ctx, monkeypatch, run_cli) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(llm, "acomplete", Script([BAD, BAD]))
    args = ["draft", str(EXAMPLES / "larkspur.txt"), "--model", "openai/test", "--today",
            "2026-11-18"]
    r = run_cli(*args)
    assert r.code == 1 and "does not pass the rubric" in r.err and "ultimatum" in r.err
    monkeypatch.setattr(llm, "acomplete", Script([BAD, BAD]))
    r = run_cli(*args, "--fallback", "offline", "--format", "json")
    assert r.code == 0 and '"engine": "offline-fallback"' in r.out
    assert "offline composer" in r.err


def test_model_failure_is_one_line_or_falls_back(ctx, monkeypatch, run_cli) -> None:  # type: ignore[no-untyped-def]
    async def down(*a: Any, **k: Any) -> llm.Completion:
        raise ModelError("model openai/test could not be reached at http://127.0.0.1:1/v1")

    monkeypatch.setattr(llm, "acomplete", down)
    args = ["draft", str(EXAMPLES / "larkspur.txt"), "--model", "openai/test"]
    r = run_cli(*args)
    assert r.code == 1 and r.out == "" and len(r.err.strip().splitlines()) == 1
    r = run_cli(*args, "--fallback", "offline", "--today", "2026-11-18")
    assert r.code == 0 and "Dear Priya," in r.out and "offline composer" in r.err
    result = make_draft(ctx, _opts(fallback="offline"))
    assert result.engine == "offline-fallback" and result.passed


def test_the_read_is_reasked_once_then_dropped(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ctx = parse_notes((EXAMPLES / "larkspur.txt").read_text(), today=TODAY)
    script = Script([GOOD], reads=['{"answer": "sure"}', "not json at all"])
    monkeypatch.setattr(llm, "acomplete", script)
    result = run_chain(ctx, _opts())
    steps = [c["step"] for c in result.trace["calls"]]
    assert steps == ["read", "read (re-asked)", "draft"]
    assert "answer: Extra inputs are not permitted" in script.read_requests[1][0]["content"]
    read = result.trace["read"]
    assert read["status"].startswith("invalid twice") and read.get("model") is None
    assert read["deterministic"]["write_to"] == "Priya Shah"


def test_a_failed_read_leaves_the_deterministic_one(ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[str] = []

    async def flaky(messages: list[dict[str, Any]], **kw: Any) -> llm.Completion:
        calls.append("read" if kw.get("schema") else "draft")
        if kw.get("schema"):
            raise ModelError("model openai/test rejected the request: the prompt does not fit "
                             "its context window (HTTP 400)")
        return llm.Completion(GOOD, kw["model"], 10, 20, None, 0.01)

    monkeypatch.setattr(llm, "acomplete", flaky)
    result = run_chain(ctx, _opts())
    assert calls == ["read", "draft"] and result.passed
    assert result.trace["read"]["status"].startswith("failed (model openai/test rejected")


def test_a_model_that_cannot_be_used_stops_at_the_read(ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[str] = []

    async def down(messages: list[dict[str, Any]], **kw: Any) -> llm.Completion:
        calls.append("read" if kw.get("schema") else "draft")
        err = ModelError("model openai/test timed out after 60 s (2 retries)")
        err.unusable = True
        raise err

    monkeypatch.setattr(llm, "acomplete", down)
    with pytest.raises(ModelError, match="timed out"):
        run_chain(ctx, _opts())
    assert calls == ["read"]  # the drafts would time out too: one failure, said once
    result = make_draft(ctx, _opts(fallback="offline"))
    assert result.engine == "offline-fallback" and result.passed


def test_the_model_settles_whom_to_write_to_only_among_people_in_the_notes(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    notes = ("Panel at Larkspur Analytics for Senior Data Engineer.\n"
             "Priya Shah: streaming ETL and replay costs\nMarcus Bell: on-call and alert "
             "dedup\nme: Jordan Rivera\n")
    ctx = parse_notes(notes, today=TODAY)
    good = GOOD.replace("Dear Priya", "Dear Marcus").replace(
        "moving your nightly batch ETL to streaming with Kafka and Flink,\nand your point "
        "about replay costs has stayed with me.", "on-call and how alert dedup cut pages.")
    for write_to, reply, expect in (("Marcus Bell", good, "Marcus Bell"),
                                    ("Dana Whitfield", GOOD, None)):
        script = Script([reply], reads=[f'{{"write_to": "{write_to}"}}'])
        monkeypatch.setattr(llm, "acomplete", script)
        if expect is None:  # a name the notes lack settles nothing: the choice is asked
            with pytest.raises(MissingFact, match="do not say who this email goes to"):
                run_chain(ctx, _opts())
            continue
        result = run_chain(ctx, _opts())
        assert result.email.to_name == expect
        assert result.trace["read"]["recipient"] == {"deterministic": None, "model": expect,
                                                     "chosen": "model"}


def test_a_recipient_the_reads_dispute_is_asked(ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # larkspur.txt writes to Priya Shah; a read that says Jordan (the candidate) is no person
    # the email may go to, so only a person of the notes makes a dispute
    notes = ctx.source + "\nAlso met Marcus Bell briefly (recruiter).\n"
    other = parse_notes(notes, today=TODAY)
    script = Script([GOOD], reads=['{"write_to": "Marcus Bell"}'])
    monkeypatch.setattr(llm, "acomplete", script)
    with pytest.raises(MissingFact) as caught:
        run_chain(other, _opts())
    assert caught.value.choices == ("Priya Shah", "Marcus Bell")
    assert "drafter's reading of the notes writes to Priya Shah, the model's to Marcus Bell" in (
        str(caught.value))
    script = Script([GOOD], reads=['{"write_to": "Marcus Bell"}'])
    monkeypatch.setattr(llm, "acomplete", script)
    result = run_chain(other, _opts(interviewer="Priya Shah"))  # --to settles it
    assert result.passed and result.email.to_name == "Priya Shah"


def test_batch_reworks_a_draft_that_copies_another(run_cli, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    panel = tmp_path / "panel.toml"
    panel.write_text('company = "Copperline Health"\nrole = "Product Designer"\n'
                     'candidate = "Aisha Karimi"\n'
                     '[[interviewers]]\nname = "Marcus Bell"\ntopics = ["the design system"]\n'
                     '[[interviewers]]\nname = "Elena Rossi"\ntopics = ["the design system"]\n')
    same = ("Subject: Thank you\n\nDear {},\n\nThank you for speaking with me about the Product "
            "Designer role at Copperline Health. I enjoyed our conversation about the design "
            "system and how the team keeps components consistent across the apps.\n\nI look "
            "forward to hearing about next steps.\n\nBest regards,\n")
    other = ("Subject: Thank you\n\nDear Elena,\n\nI appreciated your time yesterday. Your view "
             "of the design system as a product with its own roadmap changed how I think about "
             "contribution models, and I would love to help grow it at Copperline Health.\n\n"
             "Please let me know if I can share anything else.\n\nBest regards,\n")
    script = Script([same.format("Marcus"), same.format("Elena"), other])
    monkeypatch.setattr(llm, "acomplete", script)
    r = run_cli("batch", str(panel), "--out", str(tmp_path / "out"), "--model", "openai/test",
                "--today", "2026-11-18")
    assert r.code == 0, (r.out, r.err)
    assert len(script.requests) == 3  # two drafts, one rework of the copy
    rework = script.requests[2][-1]["content"]
    assert "same note sent to everyone" in rework and "100%" in rework
    assert "changed how I think" in (tmp_path / "out" / "elena-rossi.txt").read_text()


def test_the_read_back_says_what_the_models_read_changed(run_cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    script = Script([GOOD], reads=['{"company": "Globex Corporation", "role": "Senior Data '
                                   'Engineer"}'])
    monkeypatch.setattr(llm, "acomplete", script)
    r = run_cli("draft", str(EXAMPLES / "larkspur.txt"), "--model", "openai/test", "--api-base",
                "http://127.0.0.1:1/v1", "--today", "2026-11-18")
    assert r.code == 0, r.err
    assert "  model's read: added nothing; set aside for company (details: --format json, " \
           "trace.read)" in r.err
    assert "Globex" not in r.out
