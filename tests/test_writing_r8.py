"""Writing, round 8: a competing-offer note to someone who was not in the conversation (a
recruiter, an agency's headhunter) does not call the team or the process theirs; a firm's name
read as a person's is no one to write to."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.config import Config
from drafter.context import InterviewContext, Interviewer
from drafter.drafting import Options, make_draft
from drafter.notes import parse_notes
from drafter.notes.plausible import implausible

_NOTES = """Thistledown Asset Management – Credit Analyst – final round 2/10
- Ms. Sokolova (Head of Credit Research): covenant analysis, ESG integration
Callum Reid (Morven Search, the headhunter) said Thistledown would decide mid-Oct
---
Mon 13/10: Carrow Street Capital offered!! need answer by Fri 17/10
=> email {to} today. Thistledown is first choice."""


@pytest.mark.parametrize(("to", "says", "never"), [
    ("Callum", "it is where I would most like to be", "your team"),
    ("Ms. Sokolova", "join your team", "it is where I would most like to be"),
])
def test_whose_team_a_competing_offer_note_names(to: str, says: str, never: str) -> None:
    today = dt.date(2025, 10, 14)
    ctx = parse_notes(_NOTES.format(to=to), today=today)
    opts = Options(stage="competing-offer", today=today, config=Config(name="Alex Morgan"))
    body = make_draft(ctx, opts).email.body
    assert says in body and never not in body, body


@pytest.mark.parametrize(("name", "firm"), [
    ("Thistledown Asset Management", True), ("Carrow Street Capital", True),
    ("Lumigen Therapeutics", True), ("Grant Harper", False), ("Hope Trustram", False),
])
def test_a_firms_name_is_no_one_to_greet(name: str, firm: bool) -> None:
    assert (implausible(Interviewer(name=name), InterviewContext()) is not None) is firm


@pytest.mark.parametrize(("notes", "greeting"), [
    ("Met: SATO Kenji RIBA, Studio Director — he prefers Mr. Sato. Talked timber CLT detailing.",
     "Mr. Sato"),
    ("Interview with Dr. KOVÁCS Eszter (group leader); we talked about the ERC grant.",
     "Dr. Kovács"),
])
def test_a_family_name_in_capitals_is_greeted_as_a_name(notes: str, greeting: str) -> None:
    ctx = parse_notes(notes, today=dt.date(2026, 11, 12))
    assert [p.first_name for p in ctx.interviewers] == [greeting]


_OFFER = """Interview 28/4 with Catriona Baird (principal). We talked about the numeracy program.
Bayview School offered me Head of Maths, please confirm your acceptance by Friday 9/5.
really want St Brigid's instead. email Catriona today"""


def test_an_offer_whose_answer_date_has_passed_is_not_drafted_as_open() -> None:
    from drafter.errors import MissingFact

    today = dt.date(2025, 5, 12)
    opts = Options(stage="competing-offer", today=today, config=Config(name="Kwabena Osei"))
    with pytest.raises(MissingFact, match="has passed"):
        make_draft(parse_notes(_OFFER, today=today), opts)


def test_no_reply_is_asked_for_by_a_day_already_gone() -> None:
    today = dt.date(2025, 5, 9)  # the answer is due today: the day to ask theirs by has gone
    opts = Options(stage="competing-offer", today=today, config=Config(name="Kwabena Osei"))
    body = make_draft(parse_notes(_OFFER, today=today), opts).email.body
    assert "Friday, May 9" in body and "ideally by" not in body, body


def test_a_correction_cue_in_another_sentence_moves_no_answer_date() -> None:
    offer = parse_notes(_OFFER, today=dt.date(2025, 5, 6)).competing_offer
    assert offer is not None and offer.answer_by == dt.date(2025, 5, 9)
