"""Topic phrasing for emails and the deterministic fixes the chain applies without a model."""

from __future__ import annotations

import pytest

from drafter.context import InterviewContext
from drafter.fixes import apply_fixes
from drafter.phrasing import as_mention, topics_of
from drafter.rubric import check, load_rubric


@pytest.mark.parametrize(("raw", "expected"), [
    ("moving their nightly batch ETL to streaming (Kafka + Flink), worried about replay costs",
     [("subject", "moving your nightly batch ETL to streaming (Kafka + Flink)"),
      ("concern", "your point about replay costs")]),
    ("asked me about on-call; I described cutting pages 40% with alert dedup",
     [("question", "your question about on-call"),
      ("mine", "cutting pages 40% with alert dedup")]),
    ("medication reminders roadmap, accessibility audit in Q2",
     [("subject", "the medication reminders roadmap"),
      ("subject", "the accessibility audit in Q2")]),
    ("Talked about their migration to Kubernetes - concerned that the team lacks SRE skills",
     [("subject", "your migration to Kubernetes"),
      ("concern", "your concern that the team lacks SRE skills")]),
    # "them" after "they" is the things the team acts on, not the reader
    ("how they test their disaster recovery runbooks and who reviews them",
     [("subject", "how you test your disaster recovery runbooks and who reviews them")]),
    ("what excites them about the product", [("subject", "what excites you about the product")]),
    # the question's own "how" stays
    ("asked me how I would help them scale the platform",
     [("question", "your question about how I would help you scale the platform")]),
    ("asked whether I have led an on-call rotation",
     [("question", "your question about whether I have led an on-call rotation")]),
])
def test_topics_read_as_email_phrases(raw: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.kind, as_mention(t)) for t in topics_of(raw)] == expected


def test_long_topic_is_cut_to_a_readable_length() -> None:
    raw = " ".join(["word"] * 40)
    assert len(topics_of(raw, max_words=14)[0].phrase.split()) == 14


def _fix(text: str, ctx: InterviewContext) -> tuple[str, list[str]]:
    report = check(text, load_rubric("thank-you"), ctx)
    return apply_fixes(text, report, ctx, "Priya")


def test_fixes_remove_emoji_and_fill_slots_from_the_notes() -> None:
    ctx = InterviewContext(company="Larkspur Analytics", role="Data Engineer",
                           source="Larkspur Analytics, Data Engineer")
    text = ("Dear Priya,\n\nThanks for the chat about the [Role] position at [Company Name] :) "
            "It was gonna be great!! Really!\n")
    fixed, rules = _fix(text, ctx)
    assert "Data Engineer position at Larkspur Analytics. It was" in fixed
    assert ":)" not in fixed and "gonna" not in fixed and "going to" in fixed
    assert "great! Really." in fixed
    assert {"emoji.any", "placeholder.slot", "casual.slang"} <= set(rules)


def test_fixes_leave_a_slot_the_notes_cannot_fill() -> None:
    ctx = InterviewContext(source="nothing useful")
    fixed, rules = _fix("Dear Priya,\n\nI enjoyed our talk about [Project].\n", ctx)
    assert "[Project]" in fixed and "placeholder.slot" not in rules


@pytest.mark.parametrize(("topic", "notes", "expected"), [
    ("on-call", "- asked me about on-call; I described cutting pages", "asked me about on-call"),
    ("cutting pages 40%", "- asked me about on-call; I described cutting pages 40%",
     "I described cutting pages 40%"),
    ("replay costs", "streaming, worried about replay costs", "worried about replay costs"),
    ("onboarding redesign", "* Marcus Bell (Director): onboarding redesign; asked about x",
     "onboarding redesign"),
    ("not in notes", "anything", "not in notes"),
])
def test_lead_ins_the_parser_stripped_are_recovered(topic: str, notes: str,
                                                    expected: str) -> None:
    from drafter.phrasing import with_lead_in

    assert with_lead_in(topic, notes) == expected


@pytest.mark.parametrize("raw", [
    "my salary expectations ($68k)", "asked about my comp range", "benefits and PTO",
    "relocation package for the move", "notice period is 3 months", "they offered £48,000",
])
def test_pay_and_perks_are_never_brought_up(raw: str) -> None:
    assert topics_of(raw) == []


def test_a_quoted_stock_question_is_not_a_topic() -> None:
    assert topics_of('"what\'s your biggest weakness?"') == []
    assert topics_of("why I'm leaving my current job?") == []


def test_shorthand_and_asides_are_spelled_out_or_dropped() -> None:
    assert [t.phrase for t in topics_of("talked abt upselling suites at check-in")] == [
        "upselling suites at check-in"]
    # a line with a chat aside was written for oneself: none of it goes into an email
    assert topics_of("they had 3 FOMs quit this year lol") == []
    assert [t.phrase for t in topics_of("diary studies w/ clinicians!!")] == [
        "diary studies with clinicians"]
