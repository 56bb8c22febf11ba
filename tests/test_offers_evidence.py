"""Competing offers read from more of the ways people write them: a table of notes and the rival
company and answer date each must give, with rows that must give none."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.notes import parse_notes
from drafter.notes.offers import _registered

TODAY = dt.date(2026, 3, 10)

ROWS = [
    # the subject of "just made me an offer" after an interjection is the rival, not "Hmm"
    ("Interview at Selkirk Ferries on 2 March for deck officer.\n"
     "Hmm. bad timing - Loch Varra Marine just made me an offer, answer by Friday 13 March",
     "Loch Varra Marine", dt.date(2026, 3, 13)),
    # a deal memo, as film and TV crews are offered work
    ("Interviewed at Kereru Pictures for 1st AD.\nGot a deal memo from Tuatara Films today, "
     "have to sign by Mon 16 March", "Tuatara Films", dt.date(2026, 3, 16)),
    # a pasted offer letter on a .co.uk address, named by its signature
    ("From: Ines Ward <i.ward@marlow-geo.co.uk>\nSubject: Offer\n\nDear Sam, we are delighted "
     "to confirm our offer for the Geologist role. Please let us know by 20 March.\n"
     "Ines Ward | Head of Survey | Marlow Geoscience Ltd\n\n"
     "my notes: I'd rather join Kestrel Mining, interviewed there 1 March",
     "Marlow Geoscience Ltd", dt.date(2026, 3, 20)),
]

NONE = [
    # an offer hoped for is no offer made
    "Interview at Kereru Pictures on 2 March. Hoping for a deal memo by the 20th.",
    "Interview at Kereru Pictures on 2 March. They said they'd confirm next week.",
]


@pytest.mark.parametrize(("notes", "company", "due"), ROWS)
def test_competing_offer_is_read(notes: str, company: str, due: dt.date) -> None:
    offer = parse_notes(notes, today=TODAY).competing_offer
    assert offer is not None and (offer.company, offer.answer_by) == (company, due)


@pytest.mark.parametrize("notes", NONE)
def test_no_competing_offer(notes: str) -> None:
    assert parse_notes(notes, today=TODAY).competing_offer is None


@pytest.mark.parametrize(("domain", "labels"), [
    ("brackenridge-eco.co.uk", ["brackenridge-eco"]), ("acme.com", ["acme"]),
    ("mail.acme.com", ["mail", "acme"]), ("uni.ac.nz", ["uni"]), ("ox.ac.uk", ["ox"]),
])
def test_a_mail_domain_without_its_suffix(domain: str, labels: list[str]) -> None:
    assert _registered(domain) == labels


def test_a_person_named_in_passing_is_no_company() -> None:
    notes = ("Interviewed Jan 3 with Andrea Lind, Programme Director at Harvest Collective, for "
             "Volunteer Coordinator. The previous coordinator, Tom, left in December.")
    assert parse_notes(notes, today=TODAY).company != "Tom"
