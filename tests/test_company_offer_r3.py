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
    # a day before the company is no part of its name
    ("Yesterday Pinecrest Animal Care gave me an offer letter, reply required by 3/4/26.",
     "Pinecrest Animal Care", dt.date(2026, 3, 4)),
    ("2026-03-12  Pinecrest Animal Care offer - Associate Vet. Need to answer by Fri 3/27.",
     "Pinecrest Animal Care", dt.date(2026, 3, 27)),
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
    # the interviewing company's own offer stage is no rival's offer
    "Larchmont Veterinary Clinic offer - expected by Fri 3/27 if references clear.",
])
def test_not_an_offer(line: str) -> None:
    assert parse_notes(HEAD + line, today=TODAY).competing_offer is None


DAY_FIRST_HEAD = ("Harrowgate Trust - Programme Lead\n"
                  "Interview on 24 Nov with Ms. Farah Iqbal (Director).\n")


@pytest.mark.parametrize(("line", "answer_by"), [
    # 8/12 written 2 December: 8 December is in the weeks ahead, 12 August is not
    ("Yesterday Oakline Foundation gave me an offer letter, acceptance required by 8/12.",
     dt.date(2026, 12, 8)),
    # 3 December is a day ahead; 12 March is months away
    ("Yesterday Oakline Foundation gave me an offer letter, acceptance required by 3/12.",
     dt.date(2026, 12, 3)),
])
def test_an_answer_date_only_one_reading_fits(line: str, answer_by: dt.date) -> None:
    offer = parse_notes(DAY_FIRST_HEAD + line, today=dt.date(2026, 12, 2)).competing_offer
    assert offer is not None and offer.company == "Oakline Foundation"
    assert offer.answer_by == answer_by
