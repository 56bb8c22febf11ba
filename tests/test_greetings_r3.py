"""How people are named and greeted across naming customs (round 3): particles, Vietnamese and
Malay names, titles from several countries, lowercase jottings, and one person written twice."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.context import Interviewer
from drafter.notes import parse_notes
from drafter.notes.people import find_people

TODAY = dt.date(2026, 6, 1)


@pytest.mark.parametrize(("name", "honorific", "greeting"), [
    ("de la Cruz", "Ms", "Ms. de la Cruz"),  # known by title and surname only
    ("Ana de la Cruz", "Ms", "Ms. de la Cruz"),  # unchanged
    ("Pieter van der Berg", "Mr", "Mr. van der Berg"),  # unchanged
    ("Yusof bin Hamzah", "Ir", "Ir. Yusof"),  # "bin Hamzah" names his father
    ("Siti binti Osman", "Puan", "Puan Siti"),
    ("Yusof bin Hamzah", None, "Yusof"),
    ("Khalid bin Saeed Al-Nuaimi", "Mr", "Mr. Al-Nuaimi"),  # a family name after: unchanged
    ("Trần Văn Bảo", None, "Bảo"),  # family, middle, given
    ("Pham Thi Hoa", None, "Hoa"),
    ("Tran Minh Duc", None, "Tran Minh Duc"),  # no middle-name marker: the whole name
    ("Pham Thi Hoa", "Dr", "Dr. Pham"),  # unchanged
    ("Becker", "Herr", "Herr Becker"),
    ("Jana Vogel", "Frau", "Frau Vogel"),
    ("Bianchi", "Dott", "Dott. Bianchi"),
    ("Lucía Ortega", "Sra", "Sra. Ortega"),
    # two surnames before a particle: where the surname starts is unclear, so the whole name
    ("Elena Vidal de Soto", "Sra", "Elena Vidal de Soto"),
    ("Priya Shah", None, "Priya"),  # unchanged
])
def test_greeting(name: str, honorific: str | None, greeting: str) -> None:
    assert Interviewer(name=name, honorific=honorific).first_name == greeting


@pytest.mark.parametrize(("line", "found"), [
    ("chat w/ mr van der meer (plant mgr)", [("van der Meer", "Mr")]),
    ("Met Ms. de la Rosa for the panel", [("de la Rosa", "Ms")]),
    ("Interviewer: Nguyễn Thị Hoa (HR lead)", [("Nguyễn Thị Hoa", None)]),
    ("Panel: Ir. Faizal bin Osman (Principal)", [("Faizal bin Osman", "Ir")]),
    ("Herr Becker (Teamleiter) asked about shifts", [("Becker", "Herr")]),
    ("Encik Rahim from ops joined late", [("Rahim", "Encik")]),
    ("Frau Dr. Weber (Leiterin) asked", [("Weber", "Dr")]),  # the title nearer the name
    ("dennis okoro (site mgr) ran the walk-round", [("Dennis Okoro", None)]),
    # unchanged: lowercase words that are not a name, a lone first name
    ("will review (hiring manager) later", []),
    ("met dennis okoro today", []),
    # one person written twice, the second form in a bracket after the first
    ("Interviewer: Rob Lindqvist, Plant Lead (badge said Robert J. Lindqvist)",
     [("Rob Lindqvist", None)]),
    ("Hoa Pham (Phạm Thị Hoa) · Talent Partner", [("Hoa Pham", None)]),
    # two people on a line stay two
    ("Interviewers: Rob Lindqvist and Maja Ek (CFO)", [("Rob Lindqvist", None),
                                                        ("Maja Ek", None)]),
])
def test_names_found(line: str, found: list[tuple[str, str | None]]) -> None:
    assert [(p.name, p.honorific) for p in find_people(line)] == found


@pytest.mark.parametrize(("line", "kind"), [
    ("- tomas reyes (owner) was out at a supplier", "other"),
    ("- Tomas Reyes (owner) couldn't make it", "other"),
    ("- Tomas Reyes (owner) ran the tour", "interviewer"),  # unchanged
])
def test_absent_person_is_not_an_interviewer(line: str, kind: str) -> None:
    assert [p.kind for p in find_people(line)] == [kind]


@pytest.mark.parametrize(("notes", "greeting"), [
    # a titled follow-up address is the person, not someone called "Ir"
    ("Role: Site Engineer at Binaan Teguh\n"
     "Interview 3 May with Ir. Faizal bin Osman (Principal): piling, slope works.\n"
     "He said result by 20 May. Please send follow-up to Ir. Faizal, cc HR.\n",
     "Ir. Faizal"),
    # a bracketed appositive title makes a person no gazetteer knows an interviewer
    ("Still waiting on Kereru Farms. Tama Whaanga (the farm manager, who showed me round "
     "on 2 May) said they would decide soon.\n- herd size, calving\n",
     "Tama"),
])
def test_greeting_from_notes(notes: str, greeting: str) -> None:
    ctx = parse_notes(notes, today=TODAY)
    assert [p.first_name for p in ctx.interviewers][:1] == [greeting]


def test_pronoun_points_to_the_hiring_side_not_a_referee() -> None:
    notes = ("Acme Tools - Buyer\nInterviewer: Dan Ferris, Purchasing Manager\n"
             "- supplier scorecards\n- told him Dr. Ilse Braun would be my reference\n"
             "he said: decision by Friday the 12th.\n")
    ctx = parse_notes(notes, today=dt.date(2026, 6, 15))
    assert ctx.thread_owner != "Ilse Braun"
