"""Names that are also words or days ("Sunday", "Bill", "Hope", "Grace") and common-word
first names ("Daniel"): a person before a surname no list takes for a word, never a phrase."""

from __future__ import annotations

import pytest

from drafter.notes.people import find_people, person_like

PEOPLE = [
    ("Interviewed Jan 28 with Sunday Adeyemi, HR Business Partner at Kestrel", "Sunday Adeyemi"),
    ("met with Bill Torres, the ops manager, today", "Bill Torres"),
    ("interview with Hope Mathers (Head of Sales) on Monday", "Hope Mathers"),
    ("Will Tennant from the transport office rang", "Will Tennant"),
    ("Summer Okoye said they'd decide by Friday", "Summer Okoye"),
    ("10:00 Daniel Lee, VP - LBO model walk-through", "Daniel Lee"),
    ("met Daniel Lee today", "Daniel Lee"),
    # in a lowercase jotting, only before a surname no word list knows
    ("met w bill okafor today at brightline electrical", "Bill Okafor"),
    ("interview w/ hope mathers (head of sales)", "Hope Mathers"),
]
NOT_PEOPLE = [
    "Sunday Brunch launch is the big project",
    "Will Call desk at the stadium",
    "Grant Reporting is due on Friday",
    "Core Lab tour after lunch",
    "the interview on 12 May. Unfortunately they went with someone else",
    "Hope Street Clinic, second floor",
    "May Day parade traffic",
    "will prob call tomorrow", "grace mostly talked about the rota", "met bill about the rota",
    "mark down the date", "bill wasnt there today",
]


@pytest.mark.parametrize(("line", "name"), PEOPLE)
def test_a_word_name_before_a_surname_is_a_person(line: str, name: str) -> None:
    assert name in [p.name for p in find_people(line)]
    assert person_like(name)


@pytest.mark.parametrize("line", NOT_PEOPLE)
def test_a_word_before_a_word_is_no_person(line: str) -> None:
    assert find_people(line) == []


def test_a_jotted_name_does_not_run_into_the_title_after_it() -> None:
    import datetime as dt

    from drafter.notes import parse_notes

    notes = ("store manager role @ hollis & pine. interviewed 14 jan w/ mark delaney area "
             "manager. he said couple of weeks.\n")
    assert "Delaney Area" not in [p.name for p in find_people(notes)]
    ctx = parse_notes(notes, today=dt.date(2025, 4, 2))
    assert [p.name for p in ctx.interviewers] == ["Mark Delaney"]
