"""The resolver's last check on a name chosen to greet (notes/plausible.py): a table of people
it must set aside, with the reason, and people it must leave alone."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.context import InterviewContext, Interviewer
from drafter.notes import parse_notes
from drafter.notes.plausible import implausible
from drafter.recipient import recipient_for

CTX = InterviewContext(candidate="Tyrone Banks")

FLAGGED = [
    (Interviewer(name="Prof Zhang Sep"), "a date"),  # "emailed Prof Zhang Sep 15"
    (Interviewer(name="Im Ok"), "a date or a word"),  # "if im ok with 6am starts"
    (Interviewer(name="Col Ret"), "a date or a word"),  # "Col. (Ret.) Patricia Okoro"
    (Interviewer(name="Brigid's Primary"), "possessive"),
    (Interviewer(name="Ventilation Shaft"), "ordinary words"),
    (Interviewer(name="Tyrone Banks"), "your own name"),
    (Interviewer(name="Dylan Reyes", title="me"), "your own name"),
    (Interviewer(name="Elmwood House", title="Registered Manager position at"),
     "job description"),
    (Interviewer(name="Elmwood House"), "a place"),
    (Interviewer(name="Brennan Distribution"), "organisation"),
    (Interviewer(name="Europe"), "a place"),  # "Tanaka-san, Section Chief ... Europe"
    (Interviewer(name="She", title="pharmacy manager."), "a pronoun"),  # "... manager. She said"
    (Interviewer(name="They"), "a pronoun"),
    (Interviewer(name="Harlow Bank Careers"), "organisation"),  # a mailbox's display name
    (Interviewer(name="Northwind Talent Team"), "organisation"),
]

KEPT = [
    Interviewer(name="Seo-yeon Park", title="Director of Brand Marketing"),  # a surname
    Interviewer(name="April Mendoza"),  # a month that is a given name
    Interviewer(name="Grace House", honorific="Dr"),
    Interviewer(name="Tyrone Okafor"),  # shares a first name with the candidate only
    Interviewer(name="Marta Lindqvist", title="hiring manager"),
    Interviewer(name="mac", title="chief sub"),  # a nickname in lower case, no place
    Interviewer(name="Florence Achieng"),  # a city that is a given name, with a surname
    Interviewer(name="Grace Bell"),  # ordinary words that are also a known given name
    Interviewer(name="Hope Street", honorific="Ms"),  # a form of address says a person
    Interviewer(name="He Jing"),  # a pronoun that is a family name, with a given name
    Interviewer(name="Ivy Her"),  # a Hmong family name
]


@pytest.mark.parametrize(("person", "why"), FLAGGED)
def test_no_one_to_greet(person: Interviewer, why: str) -> None:
    got = implausible(person, CTX)
    assert got is not None and why in got


@pytest.mark.parametrize("person", KEPT)
def test_a_person(person: Interviewer) -> None:
    assert implausible(person, CTX) is None


def test_the_rule_asks_instead_of_greeting_a_date() -> None:
    notes = ("Postdoc interview July 22 with Prof Zhang.\nI emailed Prof Zhang Sep 15, no reply.\n"
             "final polite note")
    ctx = parse_notes(notes, today=dt.date(2026, 12, 1))
    choice = recipient_for(ctx, "close-the-loop")
    assert choice.person is None or "Sep" not in choice.person.name


# the one person the notes name, when nothing else names anyone: theirs, for any stage
LONE = [
    ("thank-you", "interview at the depot this morning, Grant Okafor showed me the new racking and "
     "asked about my forklift ticket. said 2 weeks.", "Grant Okafor"),
    ("missed-deadline", "Interview 3 Nov, Summer Tanaka-Reid said they'd decide by Nov 20. "
     "Nothing since.", "Summer Tanaka-Reid"),
    # a friend named beside them: two names, no guess
    ("missed-deadline", "Interview 3 Nov, Summer Tanaka-Reid said they'd decide by Nov 20. My "
     "friend Ola Berg says chase it.", None),
]


@pytest.mark.parametrize(("stage", "notes", "want"), LONE)
def test_the_one_person_named(stage: str, notes: str, want: str | None) -> None:
    choice = recipient_for(parse_notes(notes, today=dt.date(2026, 11, 30)), stage)
    assert (choice.person.name if choice.person else None) == want


def test_a_name_marked_as_the_candidates_own_signs_and_is_no_panellist() -> None:
    notes = ("Interview: Line Cook - The Copper Fig\nOrganizer: Ama Boateng (People & Culture)\n"
             "Attendees: Luca Ferri (Head Chef); Sam Ortiz (me)\n\n"
             "after: Luca had me cook the risotto, talked about the new pasta station.")
    ctx = parse_notes(notes, today=dt.date(2026, 11, 30))
    assert ctx.candidate == "Sam Ortiz"
    choice = recipient_for(ctx, "thank-you")
    assert choice.person is not None and choice.person.name == "Luca Ferri"
