"""Who sent what was pasted into the notes: a chat's hiring-side speaker owns the thread, a
rejection inside a pasted email came from that email's sender (not from whoever its body
names), and a chat message's "today" is the day it was stamped."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.notes import parse_notes
from drafter.notes.own_transcript import hiring_speakers
from drafter.recipient import recipient_for

TODAY = dt.date(2026, 3, 24)

_WHATSAPP = """[02/03/2026, 17:05] Nokuthula Dube (Ubuntu Health Trust): Hi Sizwe, thanks for \
your time today. The directors will decide on the Field Officer post by 13 March, I'll keep you \
posted
[02/03/2026, 17:09] Me: Thanks Nokuthula, much appreciated!
interview was with her and Dr Phiri (he asked about the clinic outreach schedule). nothing yet.
"""
_ANDROID = """02/03/2026, 17:05 - Ines (Casa Verde Hotel): Hi Tomas, thanks for coming in today! \
Marta will decide by Friday and I'll call you either way
02/03/2026, 17:06 - Tomas: Thank you Ines!
no call yet
"""
_LINKEDIN = """Oskar Lindqvist · 10:02 AM
Great news, Norrsken Robotics want to see you for the Test Engineer role on Tue 3 Mar with \
Dr. Saga Holm.

Oskar Lindqvist · Mar 4
Feedback was good! I'll come back to you by Friday at the latest.

You · Mar 4
Brilliant, thanks Oskar!
---
Oskar is at Nordic Talent (agency). Saga asked about HIL rigs. it's the 12th now, nothing.
"""
# a friend's chat is no one's thread: no hiring-side words, no affiliation
_FRIEND = """[02/03/2026, 19:00] Lerato: how did it go?? did they say when
[02/03/2026, 19:02] Me: ok I think, Mr Khumalo said by friday
"""
_REJECTION = """From: Amara Obi <amara.obi@harrowfield.co.uk>
Date: 20 March 2026
To: Daniel Reyes
Subject: Lab Technician – outcome

Dear Daniel

Thank you for meeting Dr Priya Nair and the team on 10 March. Unfortunately we have decided not \
to proceed with your application on this occasion.

Kind regards
Amara Obi | Talent Partner
Harrowfield Labs

my notes: Priya was lovely (assay validation). reply to this, ask for feedback
"""

# a voicemail that first says whom it is for, then who is calling
_VOICEMAIL = """Voicemail (Mon 16 Mar, 4:51 PM): "Hi, uh, this message is for Ayesha, it's Mark \
calling from Carrington Staffing about the warehouse supervisor job with Greenleaf. Tom and the \
team were pleased, they hope to decide by Friday the 20th. Cheers."
no call since. his email is mark.ellison@carringtonstaffing.co.uk. interview was with Tom Bryce.
"""


@pytest.mark.parametrize(("notes", "stage", "expected"), [
    (_WHATSAPP, "missed-deadline", "Nokuthula Dube"),
    (_ANDROID, "missed-deadline", "Ines"),
    (_LINKEDIN, "missed-deadline", "Oskar Lindqvist"),
    (_REJECTION, "rejection-reply", "Amara Obi"),
    (_VOICEMAIL, "missed-deadline", "Mark Ellison"),
])
def test_whoever_sent_the_pasted_messages_gets_the_reply(notes: str, stage: str,
                                                        expected: str) -> None:
    choice = recipient_for(parse_notes(notes, today=TODAY), stage)
    assert choice.person is not None and choice.person.name == expected, choice


@pytest.mark.parametrize(("notes", "expected"), [
    (_WHATSAPP, ["Nokuthula Dube"]),
    (_ANDROID, ["Ines"]),
    (_LINKEDIN, ["Oskar Lindqvist"]),
    (_FRIEND, []),  # a friend asking how it went is on no side
    ("Role (permanent): Field Officer\nMe: Sizwe\n", []),  # keys of the notes, no chat
])
def test_hiring_speakers(notes: str, expected: list[str]) -> None:
    assert hiring_speakers(notes.splitlines()) == expected


def test_the_rejection_comes_from_the_email_not_the_interviewer_it_names() -> None:
    ctx = parse_notes(_REJECTION, today=TODAY)
    assert ctx.rejection_from == "Amara Obi"


@pytest.mark.parametrize(("notes", "today", "interview"), [
    # the chat's stamp is the day "today" means in its message
    (_WHATSAPP, TODAY, dt.date(2026, 3, 2)),
    ("[Tue 14 Oct, 3:02 PM] Iris (Bloom Pharmacy HR): Hi Dee! Thanks for coming in today.\n"
     "[Tue 14 Oct, 3:10 PM] Me: Thank you Iris!\n", dt.date(2025, 10, 21), dt.date(2025, 10, 14)),
    # "today tue 21" says what day it is, not when the interview was
    ("interview was w/ Mark Oyelaran for the tech job. nothing since. today tue 21\n",
     dt.date(2025, 10, 21), None),
    ("interview was with Ana on Oct 9. today (Oct 21) still nothing\n", dt.date(2025, 10, 21),
     dt.date(2025, 10, 9)),
])
def test_the_interview_day_in_a_chat(notes: str, today: dt.date,
                                     interview: dt.date | None) -> None:
    assert parse_notes(notes, today=today).interview_date == interview


@pytest.mark.parametrize("notes", [
    "[Tue 14 Oct, 3:02 PM] Iris Tanaka (Bloom Pharmacy HR): Hi Dee! Thanks for coming in today.\n"
    "[Tue 14 Oct, 3:10 PM] Me: Thank you Iris!\n",
    "02/03/2026, 17:05 - Ana Ruiz (Casa Verde): Hola Tomas! great to meet you today\n"
    "02/03/2026, 17:06 - Tomas: Gracias Ana!\n",
])
def test_a_pasted_greeting_is_no_topic(notes: str) -> None:
    ctx = parse_notes(notes, today=dt.date(2025, 10, 21))
    said = [t for p in ctx.interviewers for t in p.topics] + ctx.topics
    assert not [t for t in said if t.casefold().startswith(("hi ", "hello"))], said
