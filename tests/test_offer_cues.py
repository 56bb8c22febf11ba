"""A competing offer said in the words people use, and what is not one."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.notes import parse_notes

TODAY = dt.date(2026, 11, 9)
HEAD = ("Fernhill Animal Hospital is still the one I want. Interviewed with Dr. Ingrid Sorensen "
        "(medical director) on Fri Oct 30 for Associate Veterinarian.\n")


@pytest.mark.parametrize(("line", "company", "answer_by"), [
    ("PetWell Partners offered today. They need an answer by Friday Nov 13.",
     "PetWell Partners", dt.date(2026, 11, 13)),
    ("Northgate Vets offered yesterday; please respond by Nov 16 at the latest.",
     "Northgate Vets", dt.date(2026, 11, 16)),
    ("Got a written offer from Banfield, they want my decision no later than Nov 20.",
     "Banfield", dt.date(2026, 11, 20)),
    # a pasted offer's greeting is no company; the firm is where the role is, and the answer
    # is due at the end of the day written, not the interview's
    ('"Hi Noa — we\'re delighted to offer you the Senior Paralegal role at Whitlock Barrow LLP. '
     'Please let us know your decision by end of day Monday, November 16."',
     "Whitlock Barrow LLP", dt.date(2026, 11, 16)),
])
def test_an_offer_and_its_answer_date(line: str, company: str, answer_by: dt.date) -> None:
    offer = parse_notes(HEAD + line, today=TODAY).competing_offer
    assert offer is not None and offer.company == company and offer.answer_by == answer_by


@pytest.mark.parametrize("line", [
    "Dr. Sorensen offered to show me the surgery suite.",
    "They offered a tour of the new kennels.",
    "Their benefits: they offered flexible hours to the last associate.",
])
def test_not_an_offer(line: str) -> None:
    assert parse_notes(HEAD + line, today=TODAY).competing_offer is None
