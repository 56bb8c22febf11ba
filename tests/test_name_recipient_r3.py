"""The candidate's own name from a calendar file's guest at a personal address, a quoted email's
greeting (a quoted blank ">" line, a Gmail "On ... X wrote:" line), "her full name for the
sign-off is ..."; and who to write to when a nickname and a full name are one person or a --to
gives a title and surname. Rows that must not change stand beside each."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.context import Interviewer
from drafter.notes import parse_notes
from drafter.notes.name_forms import fold_short_forms
from drafter.recipient import recipient_for

TODAY = dt.date(2026, 4, 20)

_ICS = """BEGIN:VEVENT
SUMMARY:Interview - Analyst - Corrib Data
ORGANIZER;CN=Recruiting:mailto:jobs@corribdata.ie
ATTENDEE;CN=Fionnuala Keane;ROLE=REQ-PARTICIPANT:mailto:f.keane@corribdata.ie
ATTENDEE;CN=Tomasz Wrona;ROLE=REQ-PARTICIPANT:mailto:tomasz.wrona.92@gmail.com
END:VEVENT

Fionnuala ran it, asked about dashboards and SQL window functions.
"""
# two guests at personal addresses: neither is sure to be the candidate
_ICS_TWO = _ICS.replace("f.keane@corribdata.ie", "fkeane@outlook.com")
# the address does not spell the name: no telling whose mailbox it is
_ICS_OTHER = _ICS.replace("tomasz.wrona.92@gmail.com", "analyst.pool@gmail.com")

_QUOTED_BLANK = """> From: Nokuthula Mabaso
> Sent: 2 April 2026 09:15
> Subject: next steps
>
> Hi Sipho, thanks for coming in to meet Mr Dube yesterday. We'll be in touch by 10/04.
> Kind regards, Nokuthula Mabaso | Recruiter | Umhlanga Freight

my notes: Mr Dube (ops head) asked about route planning. email Nokuthula, she gave the date.
"""

_GMAIL = """> On Mon, Apr 6, 2026 at 2:14 PM Henrike Vossberg <h.vossberg@lindqvist.de> wrote:
> Hi Priyanka, the Analyst hiring is paused until our Q3 budget is set. I'll be in touch.
> Henrike Vossberg | People Team | Lindqvist

Interviewed Mar 12 with Henrike + Ole Brandt (Head of Data): pricing models, dbt.
I wrote back thanking her. Today want to close this out.
"""
# the candidate's own email quoted under a reply: whom it greets is not the candidate
_OWN_QUOTED = """> On Mon, Apr 6, 2026 at 2:14 PM Priyanka Rao <priyanka.rao@gmail.com> wrote:
> Hi Henrike, just checking in on the Analyst role.

Interviewed Mar 12 with Henrike Vossberg + Ole Brandt (Head of Data): pricing models, dbt.
"""

_THIRD = """notes for Ayesha's reply (I'm her sister, helping out):
She interviewed at Tamarind Books with Colm Doherty (publisher) on 3 April.
Her full name for the sign-off is Ayesha Siddiqui-Khan.
"""
_THIRD_NO_NAME = _THIRD.replace("Her full name for the sign-off is Ayesha Siddiqui-Khan.",
                                "Her sign-off is important to her.")


@pytest.mark.parametrize(("notes", "expected"), [
    (_ICS, "Tomasz Wrona"),
    (_ICS_TWO, None),
    (_ICS_OTHER, None),
    (_QUOTED_BLANK, "Sipho"),
    (_GMAIL, "Priyanka"),
    (_OWN_QUOTED, None),
    (_THIRD, "Ayesha Siddiqui-Khan"),
    (_THIRD_NO_NAME, None),
])
def test_own_name(notes: str, expected: str | None) -> None:
    assert parse_notes(notes, today=TODAY).candidate == expected


@pytest.mark.parametrize(("notes", "stage", "expected"), [
    (_QUOTED_BLANK, "missed-deadline", "Nokuthula Mabaso"),
    (_GMAIL, "close-the-loop", "Henrike Vossberg"),
])
def test_writer_is_who_to_answer(notes: str, stage: str, expected: str) -> None:
    person = recipient_for(parse_notes(notes, today=TODAY), stage).person
    assert person is not None and person.name == expected


_NICK = """Fenwick & Daughters - estimator
interview thurs with bex (Rebecca Thornbury, commercial director) and their senior QS
talked about tender pricing and CostX take-offs
bex rang today - not successful, internal candidate. want to reply properly
"""


def test_short_form_is_one_person() -> None:
    ctx = parse_notes(_NICK, today=TODAY)
    assert [p.name for p in ctx.interviewers] == ["Rebecca Thornbury"]


@pytest.mark.parametrize(("people", "expected"), [
    ([("Bex", "rebecca thornbury, director"), ("Rebecca Thornbury", "director")],
     ["Rebecca Thornbury"]),
    ([("Bex", None), ("Rebecca Thornbury", None)], ["Rebecca Thornbury"]),
    # a title of its own beside a full name with another: two people
    ([("Bill", "IT support"), ("William Grant", "CEO")], ["Bill", "William Grant"]),
    # two full names the short form could stand for: no telling which
    ([("Kate", None), ("Katherine Boyd", None), ("Catherine Mensah", None)],
     ["Kate", "Katherine Boyd", "Catherine Mensah"]),
    # not a known short form
    ([("Bea", None), ("Rebecca Thornbury", None)], ["Bea", "Rebecca Thornbury"]),
])
def test_fold_short_forms(people: list[tuple[str, str | None]], expected: list[str]) -> None:
    got = fold_short_forms([Interviewer(name=n, title=t) for n, t in people])
    assert [p.name for p in got] == expected


_TWO_SURNAMES = """From: Alvarado, Marisol <malvarado@stlukes.org>
To: Bankole, Temitope
Subject: Staff Nurse - Cardiology

Dear Temitope,

Thank you for meeting Dr. Alvarado and the cardiology team. We have selected another candidate.

Marisol Alvarado | Talent Acquisition | St Luke's Heart Centre

- Dr. Ignacio Alvarado led my interview (no relation to Marisol): telemetry, post-op care
- want to reply and ask for feedback
"""
# two women share the surname: the title cannot tell them apart
_TWO_WOMEN = _TWO_SURNAMES.replace("Dr. Ignacio Alvarado", "Dr. Lucia Alvarado").replace(
    "Dr. Alvarado", "Dr. Lucia Alvarado")


@pytest.mark.parametrize(("notes", "typed", "expected"), [
    (_TWO_SURNAMES, "ms alvarado", "Marisol Alvarado"),
    (_TWO_SURNAMES, "Mr. Alvarado", "Ignacio Alvarado"),
    (_TWO_SURNAMES, "dr alvarado", None),  # "Dr" says no gender: still a question
    (_TWO_SURNAMES, "alvarado", None),
    (_TWO_WOMEN, "ms alvarado", None),
    (_NICK, "bex", "Rebecca Thornbury"),
])
def test_to_with_a_title(notes: str, typed: str, expected: str | None) -> None:
    person = recipient_for(parse_notes(notes, today=TODAY), "rejection-reply", typed).person
    assert (person.name if person else None) == expected


@pytest.mark.parametrize(("notes", "candidate", "company_is_not"), [
    (_TWO_SURNAMES, "Temitope Bankole", "Temitope"),
])
def test_outlook_surname_first(notes: str, candidate: str, company_is_not: str) -> None:
    ctx = parse_notes(notes, today=TODAY)
    assert ctx.candidate == candidate and ctx.company != company_is_not


_LED = """Interview - Route Analyst - Skerry Air
met Oskar Lind (Head of Planning) and Priya Menon (Senior Analyst)
Oskar led, Priya took the SQL half.
Oskar: slot constraints at the hub, fleet plans for next summer
Priya: a SQL test, window functions
"""
# both said to lead a part: a co-equal panel stays a question
_BOTH_LED = _LED.replace("Oskar led, Priya took the SQL half.",
                         "Oskar led the first half, Priya led the SQL half.")


@pytest.mark.parametrize(("notes", "expected"), [
    (_LED, "Oskar Lind"),
    (_BOTH_LED, None),
])
def test_who_led(notes: str, expected: str | None) -> None:
    person = recipient_for(parse_notes(notes, today=TODAY), "thank-you").person
    assert (person.name if person else None) == expected
