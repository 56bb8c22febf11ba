"""The company of a many-part header is the part with employer evidence, never a place, a
department or a way of working; with no evidence and two candidates, no company at all."""

from __future__ import annotations

import pytest

from drafter.notes.company_checks import company_doubt
from drafter.notes.departed import gone_sentences
from drafter.notes.employer import DEPARTMENT, EMPLOYER, PLACE, UNKNOWN, kind_of
from drafter.notes.header import header_facts

# (header line, the company it names or None)
HEADERS = [
    # the place loses to the employer, whichever comes first
    ("Night Auditor – Quinta da Ribeira Hotel, Porto", "Quinta da Ribeira Hotel"),
    ("Barista Trainer - Madrid, Tostado Coffee Ltd", "Tostado Coffee Ltd"),
    ("Sous Chef — Bristol — Ferrow & Daughters Restaurant", "Ferrow & Daughters Restaurant"),
    # the department or specialty loses to the employer
    ("Staff Nurse, Paediatrics, Glenmorrow General Hospital", "Glenmorrow General Hospital"),
    ("Analyst, Finance, Kestrel Bay Council", "Kestrel Bay Council"),
    ("Senior Engineer — Remote — Pellucid Systems", "Pellucid Systems"),
    # a unit of the employer loses to the body that names itself
    ("Caseworker, Office of Tenant Services, City of Brambleton", "City of Brambleton"),
    # a first-name look does not hide an organisation's word
    ("Guide, the Hollis Museum, Leeds", "Hollis Museum"),
    ("Software Engineer, Payments — Brightloom — Dublin", "Brightloom"),
    ("Line Producer – \"Saltmarsh Nights\" – Orrin Bay Pictures", "Orrin Bay Pictures"),
    ("Interview w/ Thistledown Bank, Credit Analyst, Raleigh NC", "Thistledown Bank"),
    ("Data Scientist, Growth — Kettleby — NYC", "Kettleby"),
    # only places, departments or ways of working: no company
    ("Backend Engineer — Berlin — Remote-friendly", None),
    ("Product Designer — Lisbon", None),
    ("Data Engineer — Oncology — Remote", None),
    ("Account Manager, Toronto, Canada", None),
    # two parts with no evidence either way: not guessed
    ("Platform Engineer — Quillmoor — Tansy", None),
    # rows that keep today's company
    ("Larkspur Analytics — Senior Data Engineer — 2nd round", "Larkspur Analytics"),
    ("Brightfern — Backend Engineer", "Brightfern"),
    ("Interview today for Senior Data Engineer at Larkspur Analytics, 2nd round",
     "Larkspur Analytics"),
    ("Marketing Lead — Ostrava Labs — Prague", "Ostrava Labs"),
    # a part that ends in a job's head is the job, never the employer
    ("LinguaBridge Translations – Senior Translator (UK>EN)", None),
    ("Senior Translator — Marlowe Language Services Ltd", "Marlowe Language Services Ltd"),
    # a trade's letters are no employer; the part ending in a trade's word is
    ("HVAC - CoolAir Mechanical, service tech opening", "CoolAir Mechanical"),
]


@pytest.mark.parametrize(("header", "company"), HEADERS)
def test_header_company(header: str, company: str | None) -> None:
    assert header_facts(header).get("company") == company


# (header line, the rest of the notes, the company): the notes tie a part to the employer
WITH_NOTES = [
    ("Platform Engineer — Quillmoor — Tansy", "From: Rhea Dunmore <rhea@quillmoor.io>",
     "Quillmoor"),
    ("Platform Engineer — Quillmoor — Tansy", "loved the idea of working at Tansy", "Tansy"),
    # "Place interview ...": a place leads only when a sender's domain spells it
    ("Valletta interview w/ Marco Bonello — Night Manager", "", None),
    ("Valletta interview w/ Marco Bonello — Night Manager", "cc: hr@valletta.mt", "Valletta"),
    ("Brixley interview w/ Marco Bonello — Night Manager", "", "Brixley"),
    # "interview with X": an organisation's word says X is the employer
    ("Interview with Orrin Bay Pictures, Line Producer", "", "Orrin Bay Pictures"),
    # a place only by a domain that spells it, never by "at"
    ("Analyst — Aurora — Denver", "from: jo@aurora-labs.com", "Aurora"),
    ("Analyst — Brixley — Denver", "we met at Denver airport", "Brixley"),
    # free mail and unrelated domains tie nothing
    ("Platform Engineer — Quillmoor — Tansy", "me: sam.tansy.k@gmail.com", None),
]


@pytest.mark.parametrize(("header", "rest", "company"), WITH_NOTES)
def test_header_company_with_notes(header: str, rest: str, company: str | None) -> None:
    notes = f"{header}\n{rest}\n"
    assert header_facts(header, notes=notes).get("company") == company


KINDS = [
    ("Lisbon", PLACE), ("New York", PLACE), ("Texas", PLACE), ("UK", PLACE),
    ("Oncology", DEPARTMENT), ("Human Resources", DEPARTMENT), ("Hybrid", DEPARTMENT),
    ("Finance", DEPARTMENT),
    ("Northwind Finance", EMPLOYER), ("Saint Brigid's Hospital", EMPLOYER),
    ("City of Fairport", EMPLOYER), ("Harrowgate Community Trust", EMPLOYER),
    ("Office of Parks and Trails", UNKNOWN), ("Quillmoor", UNKNOWN),
    # a common English word is never a place here: "Mobile" is a team or an app
    ("Mobile", DEPARTMENT), ("Reading", UNKNOWN),
]


@pytest.mark.parametrize(("part", "kind"), KINDS)
def test_kind_of(part: str, kind: str) -> None:
    assert kind_of(part) == kind


DOUBTS = [
    ("Paediatrics", True), ("Remote", True),
    # a place alone is not doubted: an employer may be named like one
    ("Meridian", False), ("Glenmorrow General Hospital", False), ("Larkspur Analytics", False),
]


@pytest.mark.parametrize(("company", "doubted"), DOUBTS)
def test_company_doubt(company: str, doubted: bool) -> None:
    lines = [f"Engineer — {company}", "met with Dana Oyelaran"]
    assert (company_doubt(company, lines) is not None) == doubted


GONE_ROWS = [
    ("called the front desk: Marta's left, they'd not say who covers", True),
    ("Tomasz has left.", True),
    ("she's left", True),
    ("What's left, then?", False),
    ("there's not much left, sadly", False),
    ("she left early on Friday", False),
]


@pytest.mark.parametrize(("text", "gone"), GONE_ROWS)
def test_bare_left(text: str, gone: bool) -> None:
    assert bool(gone_sentences(text)) == gone


@pytest.mark.parametrize(("company", "doubted"), [
    ("Slack DM", True), ("From LinkedIn", True), ("WhatsApp chat", True), ("Via Indeed", True),
    ("LinkedIn inbox", True),
    # a channel's own name, or a firm named with such a word, may be the employer
    ("LinkedIn", False), ("Royal Mail", False), ("Chat Thai", False), ("Tallmast Capital", False),
])
def test_a_channel_is_no_company(company: str, doubted: bool) -> None:
    from drafter.notes.company_checks import company_doubt

    assert (company_doubt(company, []) is not None) is doubted
