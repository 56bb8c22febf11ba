"""Writing, round 6: the candidate's own experience jotted as "my ..." is theirs to mention
("my time at Casa Pilar"), and nothing else that opens with "my" is; notes written to the
candidate in the second person give "your" back as "my"; a decision date is stated only when
the notes write that day on the calendar (or as a weekday with its day)."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.compose import gather
from drafter.config import Config
from drafter.notes import parse_notes
from drafter.phrasing import addressed_to_you, first_person, topics_of


@pytest.mark.parametrize(("jotted", "phrase"), [
    ("my time at Casa Pilar", "my time at Casa Pilar"),
    ("my 12 yrs as an avionics tech in the Air Force",
     "my 12 years as an avionics tech in the Air Force"),
    ("my wedding-season experience at Lakeview Lodge",
     "my wedding-season experience at Lakeview Lodge"),
    ("my move from Bosch", "my move from Bosch"),
    # not the candidate's experience, or no phrase a person would write
    ("my partner drove me", None),
    ("my nerves were bad", None),
    ("my salary expectations", None),
    ("my notice period at the bank", None),
    ("my epa 608 universal", None),
    ("my references at Acme", None),
])
def test_the_candidates_own_experience(jotted: str, phrase: str | None) -> None:
    mine = [t.phrase for t in topics_of(jotted) if t.kind == "mine"]
    assert (mine[0] if mine else None) == phrase


@pytest.mark.parametrize(("notes", "second"), [
    ("You interviewed this morning with Rose Whitfield. Rose asked about your model work.", True),
    ("Notes: you met Dana at 10. She asked about your portfolio.", True),
    ("I interviewed with Rose. She asked about your model work.", False),
    ("Rose said: you will hear from us by Friday.", False),
])
def test_notes_written_to_the_candidate(notes: str, second: bool) -> None:
    assert addressed_to_you(notes) is second


@pytest.mark.parametrize(("topic", "first"), [
    ("asked about your model validation work", "asked about my model validation work"),
    ("asked you how you would explain a downgrade", "asked me how I would explain a downgrade"),
    ("your time at Lakeshore Bank", "my time at Lakeshore Bank"),
])
def test_a_second_person_topic_in_the_first_person(topic: str, first: str) -> None:
    assert first_person(topic) == first


@pytest.mark.parametrize(("notes", "today", "decision"), [
    # a weekday with its day of the month
    ("Interviewed Thu 9 Oct with Faith Mbeki, store manager at Fenwick & Hale.\n"
     "She said they'd decide by end of last week (Fri 17th)", dt.date(2025, 10, 20),
     dt.date(2025, 10, 17)),
    # the same day written on the calendar elsewhere
    ('Interview: 31 March, with Dr. Kovács Zoltán (Plant Quality Director).\n'
     'He said they would decide "by the end of next week" – so by 11 April.',
     dt.date(2025, 4, 15), dt.date(2025, 4, 11)),
    # only counted from another day: the email does not state it
    ("Interviewed Thu 9 Oct with Faith Mbeki. She said they'd decide by the end of next week.",
     dt.date(2025, 10, 20), None),
])
def test_a_decision_date_the_email_may_state(notes: str, today: dt.date,
                                             decision: dt.date | None) -> None:
    facts = gather(parse_notes(notes, today=today), "missed-deadline", None,
                   Config(name="Alex Morgan"))
    assert facts.decision_date == decision


@pytest.mark.parametrize(("topic", "phrase"), [
    # a pit after a determiner, not the candidate's
    ("the mine contract at Secunda & overtime", "the mine contract at Secunda and overtime"),
    ("the gold mine expansion", "the gold mine expansion"),
    ("mine was the best answer", None),
    # a word about a person, not a topic
    ("ex-army", None),
    # a name's own "&" stays
    ("the deal with Marks & Spencer", "the deal with Marks & Spencer"),
])
def test_topic_phrases_round_6(topic: str, phrase: str | None) -> None:
    got = [t.phrase for t in topics_of(topic)]
    assert (got[0] if got else None) == phrase


@pytest.mark.parametrize(("said", "words"), [
    ("by end of next week", "by the end of the following week"),
    ("end of the week", "by the end of that week"),
    ("in ~2 weeks", "within 2 weeks"),
    ("1-2 weeks", "within 1 to 2 weeks"),
    ("in a couple of weeks", "within a couple of weeks"),
    ("in two wks", "within two weeks"),
    ("in 1 week", "within 1 week"),
    ("next week", "during the following week"),
    # words the table does not know: the email says less
    ("by Friday", None),
    ("mid-October", None),
    ("soon", None),
])
def test_their_timeline_in_their_words(said: str, words: str | None) -> None:
    from drafter.decision_words import as_said
    assert as_said(said) == words


def test_a_check_in_repeats_a_relative_timeline_and_claims_no_call() -> None:
    from drafter.compose import compose
    notes = ("Interviewed Thu 9 Oct with Faith Mbeki, store manager at Fenwick & Hale, for the "
             "Assistant Store Manager role. She said they'd decide by the end of next week.")
    email = compose(parse_notes(notes, today=dt.date(2025, 10, 22)), "missed-deadline",
                    config=Config(name="Alex Morgan"))
    assert "by the end of the following week" in email.body
    assert "October 17" not in email.body  # a date counted from another day is not stated
