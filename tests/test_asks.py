"""What the notes ask the email to say (drafter.asks), as a table: the notes' instruction ->
the sentence in the email's voice, or nothing (left to the template, or not ours to say)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_reading_r7 import LEAVING

from drafter.asks import asked_topics, feedback_given, forbidden, own_lines
from drafter.compose import compose
from drafter.config import Config
from drafter.notes import parse_notes

ROWS = [
    # the employer, spoken of in the notes, spoken to in the email
    ("Send 2nd nudge. Mention again I can start in October if that helps with their autumn rota.",
     ["I can start in October if that helps with your autumn rota."]),
    ("be nice, ask for feedback, say i still love the brand lol", ["I still love the brand."]),
    ("thank her and mention I'm sitting the BCOP exam next spring",
     ["I'm sitting the BCOP exam next spring."]),
    ("mention I'm still very excited about the mill consolidation project he described",
     ["I'm still very excited about the mill consolidation project you described."]),
    # keeping the door open: every reply already says it
    ("thank him, say I'd love to be considered for next season", []),
    ("say I'm still interested, but that I understand if they've moved on", []),
    # the other offer: the competing-offer note says it from its own facts
    ("tell him I have an offer due Friday, and ask if a decision before then is possible", []),
    # a date the email would have to place, someone else, a person the notes name
    ("Mention I can start Feb 1 once the visa goes through", []),
    ("say I'm relocating so she can take me off the list", []),
    ("mention I interviewed with Rose and Conor", []),
    # no instruction at all
    ("I said I'd love to start in October.", []),
    # taken back right after, or written without its apostrophe
    ("thank her for the call. say I've booked driving lessons?? — no, leave that out.", []),
    ("mention ive got counterbalance + reach truck licences",
     ["I've got counterbalance and reach truck licences."]),
    # a further instruction after a comma ends the line
    ("say I remain keen on the role, close the loop", []),
    ("say I can do a trial shift any weekday, keep it short",
     ["I can do a trial shift any weekday."]),
]


@pytest.mark.parametrize(("notes", "lines"), ROWS)
def test_what_the_notes_ask_to_say(notes: str, lines: list[str]) -> None:
    assert own_lines(notes, frozenset({"rose", "conor"})) == lines


ASKED = [
    ("Thank him, mention the condo association work.", ["the condo association work"]),
    # several, as people join them; their work spoken to as yours
    ("mention the written assessment + their caseload-weighting model",
     ["the written assessment", "your caseload-weighting model"]),
    ("restate interest in the school pantry program + the summer meals pilot she described.",
     ["the school pantry program", "the summer meals pilot"]),
    ("Things we discussed that I'd like to mention: the tapestry conservation, and the "
     "digitisation of the pattern-book collection.",
     ["the tapestry conservation", "the digitisation of the pattern-book collection"]),
    ("Thank her for the turnaround discussion (A320 35-min turns), say I remain interested",
     ["the turnaround discussion"]),
    # a thanks for a call or their time is the template's, no subject
    ("reply to Zainab, thank her for the call, yes to the September post", []),
    ("mention ive got counterbalance licences", []),
    # the interest is the template's to say; what it is in is a subject
    ("keep it short, mention I'm still keen on the motor pricing GLM work, offer a quick call",
     ["the motor pricing GLM work"]),
    # what not to mention, or said from the notes' other facts (the offer, a date)
    ("DON'T mention the salary diff (they pay 2x lol)", []),
    ("don't want to play games or mention the number", []),
    ("mention the offer and its deadline", []),
    ("mention the interview on Friday", []),
    # the candidate's own news is own_lines'; a noun that reads as a verb is no instruction
    ("mention I'm finishing the endorsement this fall", []),
    ("She'd call after reference checks.", []),
]


@pytest.mark.parametrize(("notes", "topics"), ASKED)
def test_what_the_notes_ask_the_email_to_bring_up(notes: str, topics: list[str]) -> None:
    assert asked_topics(notes) == topics


@pytest.mark.parametrize(("notes", "value", "out"), [
    ("Don't name Northgate, just \"another institution\".", "Northgate University", True),
    ("DON'T mention the salary diff (they pay 2x lol)", "the salary diff", True),
    ("no need to mention Hamish or the away-day", "Hamish", True),
    # named, not forbidden
    ("Northgate University have offered me the RSE job.", "Northgate University", False),
    ("don't want to sound pushy", "Northgate University", False),
])
def test_what_the_notes_say_not_to_name(notes: str, value: str, out: bool) -> None:
    assert forbidden(notes, value) is out


@pytest.mark.parametrize(("notes", "given"), [
    ("Zainab rang and gave me really helpful feedback", True),
    ("- feedback: strong on clinical, weaker on the written task", True),
    ("Mr Hakimi sent detailed feedback on my lesson", True),
    # asked for, offered as a call, or never given: the reply may still ask
    ("ask if any feedback possible", False),
    ("they offered a feedback call if I want it", False),
    ("he never gave feedback", False),
])
def test_feedback_the_notes_say_was_given(notes: str, given: bool) -> None:
    assert feedback_given(notes) is given


@pytest.mark.parametrize(("line", "asks"), [
    ("Zainab also rang me and gave me really helpful feedback.", False),
    ("No feedback yet.", True),
])
def test_a_rejection_reply_asks_for_feedback_only_when_none_was_given(line: str,
                                                                      asks: bool) -> None:
    notes = ("Interview 17 June with Zainab Qureshi (Team Leader) for the Community Midwife "
             f"post at Vale Trust.\nRejection email today. {line}\nreply to Zainab, thank her.")
    ctx = parse_notes(notes, dt.date(2025, 7, 1))
    body = compose(ctx, "rejection-reply", config=Config(name="Amy Lee")).body
    assert ("feedback you" in body) is not asks
    assert ("any feedback" in body or "share any feedback" in body) is asks


def test_the_line_goes_into_the_email() -> None:
    notes = ("Interview 21 Aug with Dr. Ramón Fuentes García (clinical director) for the Vet "
             "role at Valle Verde Clinic.\n- He said decision by 29 Aug.\n"
             "- Tue 2 Sept: sent check-in email to Dr. Fuentes García. No reply.\n"
             "- Send 2nd nudge. Mention again I can start in October if that helps with their "
             "autumn rota.")
    ctx = parse_notes(notes, today=dt.date(2025, 9, 16))
    email = compose(ctx, "second-nudge", config=Config(name="Alex Morgan"))
    assert "I can start in October if that helps with your autumn rota." in email.body


def test_to_someone_who_took_the_thread_over_the_email_says_who_is_writing() -> None:
    ctx = parse_notes(LEAVING, today=dt.date(2025, 4, 15))
    for stage in ("missed-deadline", "close-the-loop"):
        email = compose(ctx, stage, config=Config(name="Alex Morgan"))
        assert email.to_name == "Ingrid Solberg"
        assert "I interviewed for the Fleet Planner role" in email.body
        assert "you are now looking after it" in email.body
        assert "When we spoke" not in email.body
