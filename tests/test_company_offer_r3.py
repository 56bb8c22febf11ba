"""Round 3 of the company and the competing offer: the employer is the organisation interviewed
with (not the job taken instead), initials stand for the full name the notes give, and offers
stated as "X sent the written offer", "offer came", "valid till", or with a corrected date."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.notes import parse_notes

TODAY = dt.date(2026, 3, 20)


@pytest.mark.parametrize(("notes", "company"), [
    # the job taken instead is no employer of this interview; "close the loop" is no interview
    ("Brakvaart Shipping — Fleet Planner\n"
     "Interview 2/3 with Hanneke Vos (Ops Lead): crew rotas, dry-dock scheduling.\n"
     "She said decision by 16/3.\n"
     "Today 20/3: I've accepted a job at Ostend Harbour Board. Want to close the loop with "
     "Hanneke.\n"
     "Her signature: Hanneke Vos | Ops Lead | Brakvaart Shipping B.V.", "Brakvaart Shipping"),
    # initials with the full name beside them: the full name is the company
    ("TBW (Tan Bak Woon Sdn Bhd) – Quantity Surveyor\n"
     "Interview 3/3 with Mr Lim (Director) and Ms Wong (HR).\n"
     "Mr Lim: tender pricing, BIM take-offs.", "Tan Bak Woon Sdn Bhd"),
    ("ORQ (Orchard Ridge Quarries) – Site Engineer\n"
     "Interview 3/3 with Paul Hensley (Quarry Manager) and Dana Ruiz (HR).\n"
     "Paul: blast design, haul road upkeep.", "Orchard Ridge Quarries"),
    # must not change: initials the notes never spell out stay as written
    ("QXT – Site Engineer\n"
     "Interview 3/3 with Paul Hensley (Quarry Manager) and Dana Ruiz (HR).\n"
     "Paul: blast design, haul road upkeep.", "QXT"),
    # must not change: the full name alone
    ("Interview 3/3 at Orchard Ridge Quarries for Site Engineer with Paul Hensley.\n"
     "Paul: blast design, haul road upkeep.", "Orchard Ridge Quarries"),
])
def test_the_employer(notes: str, company: str) -> None:
    assert parse_notes(notes, today=TODAY).company == company


HEAD = ("Larchmont Veterinary Clinic - Associate Vet\n"
        "Interview Mon 3/9 with Dr. Selma Okafor (medical director): equine dentistry, on-call "
        "rota.\n")


@pytest.mark.parametrize(("line", "company", "answer_by"), [
    ("Thu 3/12 – Birchwood & Hale sent the written offer. Need to sign by Fri 3/27.",
     "Birchwood & Hale", dt.date(2026, 3, 27)),
    ("Pinecrest Animal Care has given offer letter, valid till 30-Mar-2026 (Mon).",
     "Pinecrest Animal Care", dt.date(2026, 3, 30)),
    ("Pinecrest Animal Care offer came Tue 3/17. Letter says reply by Wed 3/25 — their HR "
     "called: it's actually Thu 3/26, a typo.", "Pinecrest Animal Care", dt.date(2026, 3, 26)),
    # must not change: a plain offer and its one date
    ("Got a written offer from Pinecrest Animal Care, answer by Mar 27.",
     "Pinecrest Animal Care", dt.date(2026, 3, 27)),
])
def test_the_competing_offer(line: str, company: str, answer_by: dt.date) -> None:
    offer = parse_notes(HEAD + line, today=TODAY).competing_offer
    assert offer is not None and offer.company == company and offer.answer_by == answer_by


@pytest.mark.parametrize("line", [
    "Dr. Okafor said the practice sent the rota to everyone by Friday.",
    "Waiting to hear whether Pinecrest will make an offer.",
])
def test_not_an_offer(line: str) -> None:
    assert parse_notes(HEAD + line, today=TODAY).competing_offer is None


@pytest.mark.parametrize(("notes", "company"), [
    ("Kestrel – Growth Analyst\nInterview 3/9 with Ama Boateng (Head of Growth).\n"
     "Thu 3/12 – Birchwood & Hale sent the written offer. Need to sign by Fri 3/27.\n"
     "Kestrel is first choice by a mile.", "Kestrel"),
])
def test_the_preferred_company_named_first(notes: str, company: str) -> None:
    ctx = parse_notes(notes, today=TODAY)
    assert ctx.company == company and ctx.competing_offer is not None
    assert ctx.competing_offer.company == "Birchwood & Hale"


def test_write_to_her_directly_names_the_thread_owner() -> None:
    notes = ("Interview 3/9 with Mrs. Ruth Adeyemi (Partner) and Mr. Cole (Manager).\n"
             "Mrs. Adeyemi covered audit sampling. She told me to write to her directly.\n"
             "Mr. Cole asked about Excel.")
    assert parse_notes(notes, today=TODAY).thread_owner == "Ruth Adeyemi"
