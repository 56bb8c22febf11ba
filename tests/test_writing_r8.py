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
