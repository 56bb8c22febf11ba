"""The organisation a pasted email's sender signs with (notes/signed_org.py), and the reader
taking it when nothing else names the company."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.notes import parse_notes
from drafter.notes.signed_org import sender_org

_EMAIL = "From: {sender}\nSubject: Next steps\n\nHi Sam,\n\n{body}\n\nBest regards,\n{sig}\n"


def _email(sig: str, body: str = "Thanks for coming in yesterday.",
           sender: str = "Routing Team <routing@example.com>") -> str:
    return _EMAIL.format(sig=sig, body=body, sender=sender)


@pytest.mark.parametrize(("sig", "org"), [
    # name, job, organisation on lines of their own
    ("Hyun-woo Park\nTransportation Manager\nBayshore Cold Chain Logistics", "Bayshore Cold "
     "Chain Logistics"),
    # on one line, split by "|" or commas
    ("Ifeoma Chukwu-Eze\nGeneral Manager | The Linden House Hotel\nifeoma@linden.com",
     "The Linden House Hotel"),
    ("Arturo Villanueva, Chief Plant Operator, City of Pinecrest Public Utilities",
     "City of Pinecrest Public Utilities"),
    # the imprint, then the house: the last name on the line
    ("Bart Quist\nAssociate Publisher, Fledgling Books | Inkwell & Thorn Publishers",
     "Inkwell & Thorn Publishers"),
    # a department after the organisation, a phone number after it
    ("Lorraine Obi-Mensah\nDevelopment Services Manager\nCity of Fairbrook | Community "
     "Development Dept.\n(555) 310-4427", "City of Fairbrook"),
    # no job before it: a name alone says nothing of where they work
    ("Hyun-woo Park\nBayshore Cold Chain Logistics", None),
    # an agency, a department, a place: not the employer
    ("Ruth Kamara | Senior Consultant, Engineering\nApex Talent Ltd | 01224 496 000", None),
    ("Dana Okafor\nHR Business Partner\nPeople Services", None),
    ("Gus Lind\nHerd Manager\nElk Prairie WI", None),
    ("Sam Lee\nPlant Manager\nSiemens Energy AG", "Siemens Energy AG"),
])
def test_the_organisation_in_a_signature(sig: str, org: str | None) -> None:
    assert sender_org(_email(sig)) == org


def test_an_offer_is_the_other_employer() -> None:
    text = _email("Destiny Harper\nNurse Recruiter\nLakeview Children's Hospital",
                  body="We are delighted to offer you the position of Registered Nurse.")
    assert sender_org(text) is None
    assert sender_org(_email("Destiny Harper\nNurse Manager\nLakeview Children's Hospital"),
                      offer="Lakeview Children's Hospital") is None


def test_the_candidates_own_email_is_not_read() -> None:
    text = ("my check-in (sent 10/27):\nHi Dana,\n\nJust checking in on the role.\n\nBest,\n"
            "Sam Park\nWarehouse Lead\nNorthgate Freight Services\n")
    assert sender_org(text) is None


@pytest.mark.parametrize(("notes", "company"), [
    # nothing else names the company: the signature does
    ("pasting the last email:\n\n" + _email("Hyun-woo Park\nTransportation Manager\nBayshore "
                                            "Cold Chain Logistics") + "\nits oct 9, nothing.\n",
     "Bayshore Cold Chain Logistics"),
    # the notes name it: theirs wins
    ("Interview at Northwind Logistics, shift lead\n\n" + _email(
        "Hyun-woo Park\nTransportation Manager\nBayshore Cold Chain Logistics"),
     "Northwind Logistics"),
])
def test_the_reader_takes_it_last(notes: str, company: str) -> None:
    assert parse_notes(notes, today=dt.date(2025, 10, 9)).company == company


def test_a_part_not_read_whole_takes_nothing_before_it() -> None:
    # the lab is a unit of the institute; the institute's name is not read whole: no guess
    sig = ("Yusuf Demirci-Haddad, PhD\nPrincipal Investigator, Demirci Lab, Calloway Institute "
           "for Plant Genomics")
    assert sender_org(_email(sig)) is None
