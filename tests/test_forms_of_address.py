"""How a greeting addresses someone the notes give a form of address (context.Interviewer)."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.context import Interviewer
from drafter.notes import parse_notes


@pytest.mark.parametrize(("name", "honorific", "greeting"), [
    ("Alana Kealoha", "Sgt", "Sergeant Kealoha"),
    ("Kealoha", "Sgt", "Sgt. Kealoha"),
    ("Price", "Dr", "Dr. Price"),
    ("Ruth Cohen", "Rabbi", "Rabbi Cohen"),
    ("Cohen", "Rabbi", "Rabbi Cohen"),  # a whole-word title takes no full stop
    ("Mark Ellis", "Cllr", "Councillor Ellis"),
    ("Eamon Mac Giolla Phádraig", "Capt", "Captain Mac Giolla Phádraig"),
    ("Angharad ap Rhys", "Dr", "Dr. ap Rhys"),
    ("Bryce Amundsen", "Lt", "Lieutenant Amundsen"),
    ("Rangi Te Awa", "Capt", "Captain Te Awa"),  # a Māori surname with its particle
    ("Priya Shah", None, "Priya"),
    # a family name written in capitals to mark it is greeted in ordinary case
    ("NGUYEN Thi Lan", None, "Lan"),  # "Thi" marks family-middle-given order: Lan
    # a title kept inside the name, as a thread's "emailed Capt Williams" leaves it
    ("Capt Williams", None, "Captain Williams"),
    ("Sgt. Alana Kealoha", None, "Sergeant Kealoha"),
    # French contractions take no full stop, kept in the name or not
    ("Mme Hélène Marchetti-Roux", None, "Mme Marchetti-Roux"),
    ("Hélène Marchetti-Roux", "Mme", "Mme Marchetti-Roux"),
])
def test_greeting(name: str, honorific: str | None, greeting: str) -> None:
    assert Interviewer(name=name, honorific=honorific).first_name == greeting


def test_a_recruiter_keeps_the_notes_form_of_address() -> None:
    notes = ("Employer: Port Authority — Harbor Patrol Officer\n"
             "Contact: Sgt. Alana Kealoha, Recruiting Unit\n"
             "Oral board 10/28 (Sgt. Kealoha + Lt. Bryce Amundsen)\n")
    ctx = parse_notes(notes, today=dt.date(2026, 11, 10))
    person = next(p for p in [*ctx.interviewers, ctx.recruiter_person]
                  if p is not None and p.name == "Alana Kealoha")
    assert person.first_name == "Sergeant Kealoha"


@pytest.mark.parametrize(("header", "company"), [
    ("TO DO — Tues 20 Oct", None),  # a label in capitals is not a company
    ("Bluegill Air FO — CRJ900", "Bluegill Air"),  # a job's letters after the name
    ("Subject: Program Manager, WASH – Kisumu — final interview", None),  # someone's subject
    ("Larkspur Analytics — Senior Data Engineer — 2nd round", "Larkspur Analytics"),
    ("IBM UK — Data Scientist", "IBM UK"),
])
def test_a_header_line_company(header: str, company: str | None) -> None:
    from drafter.notes.header import header_facts

    assert header_facts(header).get("company") == company
