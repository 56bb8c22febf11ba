"""Who an email goes to when the notes themselves leave it open, and how formally."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.context import Interviewer
from drafter.dates import find_dates
from drafter.notes import parse_notes
from drafter.recipient import find, recipient_for

TODAY = dt.date(2026, 11, 20)
HEAD = ("Interview Nov 10 with Tom Hargreaves (shop lead) and Kelly Rowe (recruiter) at Lindqvist "
        "Marine for the Marine Electrician role.\n")


@pytest.mark.parametrize(("line", "asks"), [
    ("Got the rejection today. Want to ask for feedback but who do I even send it to", True),
    ("Rejected today. Should I write to Tom directly? or the careers inbox??", True),
    ("Sent a check-in on the 14th. did it go to both of them? or just Kelly...", True),
    ("Rejected today. Reply to Tom and ask for feedback.", False),
    ("Rejected today. I know who to email: Tom.", False),
])
def test_a_question_in_the_notes_about_whom_to_write_is_asked(line: str, asks: bool) -> None:
    ctx = parse_notes(HEAD + line, today=TODAY)
    choice = recipient_for(ctx, "rejection-reply")
    assert (choice.person is None) is asks, choice


def test_a_goes_by_name_shared_with_another_person_is_ambiguous() -> None:
    from drafter.context import InterviewContext

    ctx = InterviewContext(interviewers=[
        Interviewer(name="Sam Okafor", title="Eng Lead"),
        Interviewer(name="Samantha Reyes", title="Design Manager", goes_by="Sam")])
    assert find(ctx, "sam") is None
    assert find(ctx, "samantha").name == "Samantha Reyes"
    assert find(ctx, "okafor").name == "Sam Okafor"


def test_the_candidates_own_sent_email_sets_the_register() -> None:
    notes = ('Sent 3 Nov:\n"Dear Ms. Petrović, I\'m following up on my interview on 20 October '
             'for the Data Analyst role. Kind regards, Mei-Ling Chua"\n\nNo reply. Dragana '
             "Petrović is Head of People at Lark. Panel was Dragana + analytics lead Joaquín "
             "Ferrer.\n")
    ctx = parse_notes(notes, today=dt.date(2026, 11, 12))
    person = next(p for p in ctx.interviewers if p.name == "Dragana Petrović")
    assert person.first_name == "Ms. Petrović"


def test_a_weekday_and_day_without_an_interview_date_may_lie_before_the_writing_day() -> None:
    (found,) = find_dates("end of next week = fri the 16th", today=dt.date(2026, 10, 20))[-1:]
    assert found.value == dt.date(2026, 10, 16)



@pytest.mark.parametrize(("title", "honorific", "chosen"), [
    ("herd manager", None, True),  # described by their job: an unplaced name casts no doubt
    (None, "Dr", True),
    (None, None, False),  # named bare: the other name might be an interviewer too
])
def test_an_unplaced_name_and_the_only_interviewer(title: str | None, honorific: str | None,
                                                   chosen: bool) -> None:
    from drafter.context import InterviewContext

    ctx = InterviewContext(interviewers=[Interviewer(name="Pieter van der Merwe", title=title,
                                                     honorific=honorific)],
                           uncertain=["Botha"])
    assert (recipient_for(ctx, "thank-you").person is not None) is chosen


def test_the_person_settles_whom_to_write_to() -> None:
    notes = ("Kessler Baines Ltd - Quality Engineer\n- phone w/ Joanne Pryce (HR) 12/10\n"
             "- on site 22/10 w/ Dariusz Kowalczyk (Quality Manager)\n"
             "- Dariusz: we'll let you know by Friday 30th\n- nothing since.\n"
             "- Joanne did say to come back to her with questions... going with Dariusz as he "
             "said the 30th\nme: Sam Ortiz\n")
    ctx = parse_notes(notes, today=dt.date(2026, 11, 9))
    assert recipient_for(ctx, "missed-deadline").person.name == "Dariusz Kowalczyk"


def test_a_numbered_log_of_follow_ups_puts_the_thread_with_the_last() -> None:
    notes = ("Vestergaard Precision - Production Engineer\n"
             "intvw 2 Oct w/ Henrik Saether (production mgr) + Astrid Lund (HR)\n"
             "follow-up #1 23 Oct -> Astrid: still in process\n"
             "follow-up #2 13 Nov -> Henrik. silence.\nme: Sam Ortiz\n")
    ctx = parse_notes(notes, today=dt.date(2026, 12, 9))
    assert [s.to for s in ctx.sent] == ["Astrid Lund", "Henrik Saether"]
    assert recipient_for(ctx, "close-the-loop").person.name == "Henrik Saether"


def test_a_form_of_address_alone_is_no_one_to_write_to() -> None:
    from drafter.context import InterviewContext

    ctx = InterviewContext(interviewers=[Interviewer(name="Tina", honorific="Ms")],
                           others=[Interviewer(name="Ms")], thread_owner="Ms")
    assert find(ctx, "Ms") is None
    assert recipient_for(ctx, "missed-deadline").person.name == "Tina"


@pytest.mark.parametrize(("line", "gone"), [
    ('Got an auto-reply: "Amber is no longer with Jadeport Logistics."', True),
    ("Recruiter Amber left the company apparently.", True),
    ("Amber has moved to Meridian Hospitality, per LinkedIn.", True),
    ("Amber said she'd get back to me next week.", False),
    ("Amber left a voicemail on Tuesday.", False),
])
def test_someone_who_has_left_is_never_written_to(line: str, gone: bool) -> None:
    notes = ("Interview Oct 22 with Wang Jianguo (GM) for the Operations Manager role at "
             "Jadeport Logistics.\nNov 10: sent a check-in to Amber Liu (recruiter).\n" + line +
             "\nme: Sam Ortiz\n")
    ctx = parse_notes(notes, today=dt.date(2026, 11, 20))
    choice = recipient_for(ctx, "second-nudge")
    if gone:  # her thread is nobody's to inherit by guess: the person says who
        assert choice.person is None
    else:
        assert choice.person is not None and choice.person.name == "Amber Liu"


@pytest.mark.parametrize(("notes", "name", "gone"), [
    # who left is the clause's subject, not everyone the sentence names
    ("Panel was to be Frank Delaney and Amina Yusuf but Frank left the council last week so it "
     "was just Amina.", "Amina Yusuf", False),
    ("Panel was to be Frank Delaney and Amina Yusuf but Frank left the council last week so it "
     "was just Amina.", "Frank Delaney", True),
    # a pronoun leaves it to the sentence; a question about it counts as doubt
    ("I emailed Hannah Kerr and got an auto-reply saying she had left the theatre.",
     "Hannah Kerr", True),
    ("Sunniva's LinkedIn says Meridian since November. so is she even still there??",
     "Sunniva Dahl", True),
    # the writer of a pasted email who says it is their last day
    ("From: Jessica Lund <jl@pinecrest.org>\nTo: Noor\n\nHi Noor,\n\nFriday will be my last day "
     "at Pinecrest. Marcus is taking over.\n\nJessica\n", "Jessica Lund", True),
    ("From: Jessica Lund <jl@pinecrest.org>\nTo: Noor\n\nHi Noor,\n\nFriday will be my last day "
     "at Pinecrest. Marcus is taking over.\n\nJessica\n", "Marcus Webb", False),
])
def test_who_has_left(notes: str, name: str, gone: bool) -> None:
    from drafter.notes.departed import has_left

    assert has_left(notes, name) is gone
