"""Who a follow-up goes to when the notes hand the thread on, a company reads like a name, or
one of several people clearly led the meeting; and the notes that must still be asked about."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.notes import parse_notes
from drafter.recipient import recipient_for

TODAY = dt.date(2026, 3, 20)

# the recruiter who gave the timeline has left; an auto-reply hands the thread on
_HANDED = """Kelvingrove Rail - Signalling Design Engineer
- interview Mon 2/3 with Duncan Muir (Signalling Lead) + Morag Baird (recruitment)
- Morag said we'd hear by Fri 13 March
- emailed Morag about parking on 10/3, auto-reply:

  Morag Baird is no longer with Kelvingrove Rail.
  For recruitment queries please contact Hamish Doyle, Talent Partner.

- silence since. chase today
"""
# the same with no one named to take it over: the person says who
_LEFT_NO_HEIR = _HANDED.replace(
    "For recruitment queries please contact Hamish Doyle, Talent Partner.", "")
# two people named, one showed the candidate round; the other gave the timeline
_LED = """Harbourside Vets - practice manager
met tues w/ Dr Ewan Lockhart (clinical director) + Pam on reception showed me round
Dr Lockhart said he'd ring by fri. nothing yet
"""
# two co-equal interviewers, nothing says who owns it: still a question
_PANEL = """Harbourside Vets - practice manager
met tues w/ Dr Ewan Lockhart (clinical director) and Sunita Rao (head nurse)
they said we'd hear by fri. nothing yet
"""
# "Company (place) - Role" with no first name, and the one person met named with "Sra."
_HEADER = """Bodegas Lumbreras (Rioja) - Export Coordinator
- interview 3/3 with Sra. Lucía Ortega Vidal, Export Director
- she said we'd hear by 13/3. nudged on 16/3, still nothing
"""
# a message already went to someone: the thread stays with them, handover cues or not
_SENT = _LED + "emailed Dr Lockhart on the 16th, nothing back\n"


@pytest.mark.parametrize(("notes", "stage", "expected"), [
    (_HANDED, "missed-deadline", "Hamish Doyle"),
    (_HANDED, "second-nudge", "Hamish Doyle"),
    (_LEFT_NO_HEIR, "missed-deadline", None),
    (_LED, "missed-deadline", "Ewan Lockhart"),
    (_PANEL, "missed-deadline", None),
    (_SENT, "second-nudge", "Ewan Lockhart"),
    (_HEADER, "close-the-loop", "Lucía Ortega Vidal"),
])
def test_the_follow_up_goes_to_whom_the_evidence_names(notes: str, stage: str,
                                                       expected: str | None) -> None:
    choice = recipient_for(parse_notes(notes, today=TODAY), stage)
    assert (choice.person.name if choice.person else None) == expected, choice


@pytest.mark.parametrize(("notes", "company", "not_people"), [
    # named as the employer elsewhere ("no longer with ..."): the company, not a person
    (_HANDED, "Kelvingrove Rail", {"Kelvingrove Rail"}),
    # no first name, "X (place) - Role", never named again: the company
    (_HEADER, "Bodegas Lumbreras", {"Bodegas Lumbreras"}),
    # a real person on the first line keeps being a person: a known first name
    ("Dana Whitfield - Head of Operations\nmet her Tuesday with Omar Siddiqui (CFO)\n",
     None, set()),
])
def test_a_company_read_as_a_name_is_caught_by_evidence(notes: str, company: str | None,
                                                        not_people: set[str]) -> None:
    ctx = parse_notes(notes, today=TODAY)
    assert ctx.company == company
    assert not not_people & {p.name for p in ctx.interviewers}


@pytest.mark.parametrize(("line", "expected"), [
    # "write to Ms. X and ask": the title-led name is whom the notes say to write to
    ("Rival offer came in. I want to write to Ms. Rao and ask for a timeline.", "Sunita Rao"),
    # one option of an open question decides nothing
    ("Rival offer came in. write to Ms. Rao now? or wait for them?", None),
])
def test_whom_the_notes_say_to_write_to(line: str, expected: str | None) -> None:
    ctx = parse_notes(_PANEL + line + "\n", today=TODAY)
    assert ctx.addressee == expected


@pytest.mark.parametrize(("notes", "expected"), [
    # the one who delivered the news on its own line sent the rejection, whatever else is read
    ("Okafor Chidi Emeka (recruiter, Brightwell Labs) rang me today - they picked an internal "
     "candidate for QA Analyst. Final round was 2 March w/ the QA lead (Gary Lunt). I want to "
     "thank him and ask for feedback.\n", "Okafor Chidi Emeka"),
    # no one named before the news: still a question between two interviewers
    ("Final round 2 March with Gary Lunt and Priya Shah. Email today: they picked an internal "
     "candidate.\n", None),
])
def test_the_rejection_goes_back_to_whoever_delivered_it(notes: str,
                                                         expected: str | None) -> None:
    choice = recipient_for(parse_notes(notes, today=TODAY), "rejection-reply")
    assert (choice.person.name if choice.person else None) == expected, choice
