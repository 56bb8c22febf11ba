"""Competing offers written as pasted letters, headings and prose; the people named beside them."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.notes import parse_notes

TODAY = dt.date(2026, 11, 9)
MINE = ("\nThe job I actually want: Harbourside Dental, practice manager. Interviewed Nov 2 with "
        "Dr. Mireille Fontaine (principal dentist); she said they would decide soon.")

PASTED = ("From: Tomasz Wren <twren@oakvalehealth.com>\n"
          "Date: Fri, Nov 6, 2026\n"
          "Subject: Your offer\n\n"
          "Hi Sam,\n"
          "We are thrilled to offer you the Practice Manager role. Kindly reply by 5 pm on "
          "Friday, November 20, 2026.\n"
          "Kind regards,\n"
          "Tomasz Wren | Talent Lead | Oakvale Health\n")


@pytest.mark.parametrize(("notes", "company", "answer_by"), [
    # a pasted letter: the sender's address and the sign-off agree on the company
    (PASTED + MINE, "Oakvale Health", dt.date(2026, 11, 20)),
    # the subject of "offered me", a parenthetical aside
    ("Brookfield Clinic (my old placement) offered me a post, need an answer by the 16th." + MINE,
     "Brookfield Clinic", dt.date(2026, 11, 16)),
    # a "Competing:" key
    ("Competing: Lindqvist Ortho offered on 2026-11-05; answer by 2026-11-18" + MINE,
     "Lindqvist Ortho", dt.date(2026, 11, 18)),
    # an offer heading, the company on the next line, its date quoted below
    ("OTHER OFFER:\nGreenbank Smiles — Office Lead\n> \"please give us your decision no later "
     "than Nov 19, 2026\"\n> — Ulla Berg, HR" + MINE, "Greenbank Smiles", dt.date(2026, 11, 19)),
])
def test_offer_read(notes: str, company: str, answer_by: dt.date) -> None:
    offer = parse_notes(notes, today=TODAY).competing_offer
    assert offer is not None and offer.company == company and offer.answer_by == answer_by


@pytest.mark.parametrize("notes", [
    # a personal address names no employer; the sign-off has no company
    PASTED.replace("oakvalehealth.com", "gmail.com").replace(" | Oakvale Health", "") + MINE,
    # a person is not a company: "Priya offered me" is the recruiter speaking
    "Priya offered me a coffee, need an answer by the 16th." + MINE,
    # no offer yet
    "Still waiting on an offer from Oakvale, they said by Nov 20." + MINE,
])
def test_no_offer_read(notes: str) -> None:
    offer = parse_notes(notes, today=TODAY).competing_offer
    assert offer is None or offer.company is None or offer.answer_by is None


@pytest.mark.parametrize(("notes", "rival"), [
    (PASTED + MINE, "Tomasz Wren"),
    ("OTHER OFFER:\nGreenbank Smiles — Office Lead\n> \"decision no later than Nov 19, 2026\"\n"
     "> — Ulla Berg, HR Manager" + MINE, "Ulla Berg"),
])
def test_offer_signer_is_the_rivals(notes: str, rival: str) -> None:
    ctx = parse_notes(notes, today=TODAY)
    assert rival in ctx.rivals
    assert all(p.name != rival for p in ctx.interviewers)
    assert ctx.recruiter != rival


@pytest.mark.parametrize(("notes", "name", "honorific"), [
    ("Interviewed Nov 2 with Dr.-Ing. Jonas Albers (plant manager).", "Jonas Albers", "Dr"),
    ("Interviewed Nov 2 with Dr. med. Lena Vogt (chief physician).", "Lena Vogt", "Dr"),
    ("Interviewed Nov 2 with Dr. Ines Kahl (lab lead).", "Ines Kahl", "Dr"),
])
def test_doctorate_field_is_not_a_name(notes: str, name: str, honorific: str) -> None:
    people = parse_notes(notes, today=TODAY).interviewers
    assert [(p.name, p.honorific) for p in people] == [(name, honorific)]


REJECTION = ("Got this on Monday:\n\n> Hi Tomás,\n> Thank you for visiting the mill. We've decided "
             "to go with a candidate who has more kiln experience.\n> Best,\n> Ingrid\n"
             "> Ingrid Solheim | Production Manager\n> Solheim Timber, Kongsberg\n\n"
             "want to reply and thank her.")
CARD = ("Wen Hui Tan · 1st\nTalent Partner, SEA | Corvane Robotics\n\n"
        "Hi Arif, thanks for meeting the team. We will not proceed with your application.\n"
        "Regards,\nTAN Wen Hui\n\nreply politely")
VOICEMAIL = ('Voicemail - Thu 5 Nov, 4:10pm\n"Hi, this is Goran Petrov from Alder Street '
             'Bakery, thanks for the trial shift, we will decide next week."\n'
             "He never called back. Follow up today.")


@pytest.mark.parametrize(("notes", "stage", "name", "greeting"), [
    # a quoted reply's sign-off: the first name over "Name | Title"
    (REJECTION, "rejection-reply", "Ingrid Solheim", "Ingrid"),
    # a messaging card, and the sign-off family-first in capitals: the given name is two words
    (CARD, "rejection-reply", "Wen Hui Tan", "Wen Hui"),
    # a caller who names themselves in a quoted voicemail
    (VOICEMAIL, "close-the-loop", "Goran Petrov", "Goran"),
])
def test_message_sender_is_who_to_write_to(notes: str, stage: str, name: str,
                                           greeting: str) -> None:
    from drafter.recipient import recipient_for

    ctx = parse_notes(notes, today=TODAY)
    person = recipient_for(ctx, stage, None).person
    assert person is not None and person.name == name
    assert (person.goes_by or person.name.split()[0]) == greeting
    assert ctx.company != "Voicemail"


@pytest.mark.parametrize("notes", [
    # the candidate's own voicemail names no sender: no "from|at <Company>" after the name
    '"Hi, this is Dara, just checking in on the role." left that on friday, follow up.',
    # a card with no job-title headline is not a person's
    "Cedar Point · 2nd\nsee the photos from the trip\n",
])
def test_no_message_sender(notes: str) -> None:
    from drafter.notes.people_context import signers

    assert signers(notes) == []


@pytest.mark.parametrize(("line", "company", "answer_by"), [
    # a span counted from the offer's own day, by the date reader
    ("Calder Vets made me an offer Tuesday (11/3) and gave me a week to decide.",
     "Calder Vets", dt.date(2026, 11, 10)),
    ("Moorgate Animal Care made an offer mon nov 2, need an answer in 2 weeks.",
     "Moorgate Animal Care", dt.date(2026, 11, 16)),
    # a date that only one order allows settles it
    ("Ferncliff Vets offered me the job on 11/4, need to answer by 11/13.",
     "Ferncliff Vets", dt.date(2026, 11, 13)),
])
def test_offer_answer_counted(line: str, company: str, answer_by: dt.date) -> None:
    offer = parse_notes(line + MINE, today=TODAY).competing_offer
    assert offer is not None and offer.company == company and offer.answer_by == answer_by


@pytest.mark.parametrize("line", [
    # a span with no day the offer came: nothing to count from
    "Calder Vets made me an offer and gave me a week to decide.",
    # "12/11" is 12 November or 11 December: ask
    "Calder Vets made an offer, they need an answer by 12/11.",
    # a span that is not about answering
    "Calder Vets made me an offer Tuesday (11/3). I have 2 weeks of leave in December.",
])
def test_offer_answer_unclear(line: str) -> None:
    offer = parse_notes(line + MINE, today=TODAY).competing_offer
    assert offer is None or offer.answer_by is None


def test_abbreviated_preferred_company_is_spelled_out() -> None:
    notes = ("- still waiting on Brook & Lantern (interviewed nov 2 w/ head of ops Idris Tan)\n"
             "- Quillsmith made an offer mon nov 2, need an answer in 2 weeks\n- i want B&L.")
    ctx = parse_notes(notes, today=TODAY)
    assert ctx.competing_offer is not None and ctx.competing_offer.company == "Quillsmith"
    assert ctx.company in (None, "Brook & Lantern")


@pytest.mark.parametrize(("notes", "people"), [
    # a people key: one name with its title in brackets, then a remark after a dash
    ("who: Marisol (owner / head groomer) - never got her surname",
     [("Marisol", "owner / head groomer")]),
    ("who: Marisol (owner)", [("Marisol", "owner")]),
    # an initial: one person, not one with it and one without
    ("Met Dr. K. Balasubramanian (Head of Research) on Tuesday.",
     [("Balasubramanian", "Head of Research")]),
    # unchanged: a remark with no bracket before it is no title
    ("who: the whole team - no names", []),
])
def test_people_read(notes: str, people: list[tuple[str, str]]) -> None:
    ctx = parse_notes(notes, today=TODAY)
    assert [(p.name, p.title) for p in ctx.interviewers] == people
