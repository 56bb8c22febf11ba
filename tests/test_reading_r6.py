"""Reading notes, round 6: a pasted email's "today" is the day it came; a decision date lies in
the decision's own clause; a brand or a region's branch is no person; "HR (German parent
company)" names no recruiter; "Write to Will" names Will and "Thanks Keisha," is said to her,
not a plan; an offer read from "offer today from X" and from the caller's employer; "Me: Lumen
is my backup" is a sentence, not a name; a retired rank is no form of address."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.context import InterviewContext, Interviewer
from drafter.notes import parse_notes
from drafter.notes.addressed import addressed
from drafter.notes.people import find_people
from drafter.notes.plausible import implausible

TODAY = dt.date(2026, 2, 6)

_QUOTED = """Fwd: Next steps

On Thu, 15 Jan 2026 at 17:20, Sunday Okoro <s.okoro@hopebridge.org> wrote:
> Dear Amira,
> Thank you for interviewing with us today. I'm going on leave from Friday, so my colleague
> Ingrid Solberg will take the decision. We expect to confirm by 30 January.
> Warm regards,
> Sunday Okoro

nothing heard. it's 6 Feb"""

_HEADERS = """From: Dana Whitfield <dana@kestrel.example>
Sent: Monday, January 12, 2026 4:10 PM
To: Amira Haddad
Subject: Thank you

Hi Amira,

Thanks for coming in today, it was great to meet you. We'll decide by Friday.

Best,
Dana"""


@pytest.mark.parametrize(("notes", "interview", "decision"), [
    # "today" in a quoted email is the day it was written, not the day the notes were
    (_QUOTED, dt.date(2026, 1, 15), dt.date(2026, 1, 30)),
    (_HEADERS, dt.date(2026, 1, 12), dt.date(2026, 1, 16)),
    # the notes' own "today" is still theirs
    ("Interviewed today with Dana Whitfield at Kestrel. She said they'd decide by Feb 13.",
     TODAY, dt.date(2026, 2, 13)),
])
def test_a_pasted_emails_today_is_its_own_day(notes: str, interview: dt.date,
                                              decision: dt.date) -> None:
    ctx = parse_notes(notes, today=TODAY)
    assert ctx.interview_date == interview
    assert ctx.decision_date == decision


@pytest.mark.parametrize(("line", "decision"), [
    # a date in another clause before the cue is not the decision's
    ("I'm on leave from Friday, so Ingrid will take the decision.", None),
    # a date labelling the line is
    ("Jan 20: they'll decide", dt.date(2026, 1, 20)),
    # an arrow jotting: each step is its own clause
    ("interviewed 21/1 w/ Dr Wu → she said answer by fri 30th → nothing yet",
     dt.date(2026, 1, 30)),
])
def test_the_decision_date_is_in_its_own_clause(line: str, decision: dt.date | None) -> None:
    assert parse_notes(line, today=TODAY).decision_date == decision


@pytest.mark.parametrize(("name", "person"), [
    ("WaterBridge Africa", False),
    ("HealthFirst", False),
    ("Acme International", False),
    ("Grace Asia", False),
    # names with a capital inside after a short prefix, and surnames that are places
    ("Aileen McDonald", True),
    ("DeShawn Carter", True),
    ("Kenzie MacKenzie", True),
    ("LaToya Banks", True),
    ("Chikondi Banda", True),
    ("Jenna Washington", True),
])
def test_a_brand_or_branch_is_no_person(name: str, person: bool) -> None:
    ctx = InterviewContext(source=name)
    assert (implausible(Interviewer(name=name), ctx) is None) is person


@pytest.mark.parametrize(("notes", "recruiter"), [
    ("Also present: Anna Berger from HR (German parent company, Stuttgart).", "Anna Berger"),
    ("met the recruiter (Anna) and Tom", "Anna"),
    ("HR (Anna Berger, talent) set it up", "Anna Berger"),
])
def test_a_recruiter_in_brackets_closes_them(notes: str, recruiter: str) -> None:
    assert parse_notes(notes, today=TODAY).recruiter == recruiter


@pytest.mark.parametrize(("notes", "targets"), [
    ("Final round with Will Ostrander and Rachel Kim. Write to Will.", ["Will"]),
    ("email Grant about the offer", ["Grant"]),
    # a tracker's column headers: "Contact | Said decision by" names no one
    ("| Company | Role | Contact | Said decision by | Status |", []),
    # "will" the word stops the search
    ("email will follow from HR", []),
    ("reply to her. will chase Tom later", ["her", "Tom"]),
    # said to someone, not a plan to thank them
    ("[10:05 AM] Me\nThanks Keisha, see you then", []),
    ("Thank you Precious, I enjoyed it too.", []),
    # a plan to thank
    ("thanks to Keisha for setting it up, send one tonight", ["Keisha"]),
    ("thank Keisha, then email Frank", ["Keisha", "Frank"]),
])
def test_who_the_notes_say_to_write_to(notes: str, targets: list[str]) -> None:
    assert [t.words for group in addressed(notes) for t in group] == targets


@pytest.mark.parametrize(("notes", "company", "answer_by"), [
    ("Situation: I got an offer today from Pinecrest Veterinary Hospital (Associate "
     "Veterinarian) – they need an answer by Monday, May 19.\nMy first choice is Aldergrove "
     "Animal Clinic.", "Pinecrest Veterinary Hospital", dt.date(2025, 5, 19)),
    ("Voicemail: \"Hi it's Beatriz Fonseca from Lumen Health Partners calling for Kofi, great "
     "news, we'd like to extend you an offer for the Data Manager role, we would need your "
     "decision by next Tuesday the 18th.\"\nThe job I want is at Arcadia Biotherapeutics.",
     "Lumen Health Partners", dt.date(2025, 11, 18)),
    # hope is no offer
    ("I would like an offer from Lumen Health Partners by the 18th.", None, None),
])
def test_a_competing_offer(notes: str, company: str | None,
                           answer_by: dt.date | None) -> None:
    offer = parse_notes(notes, today=dt.date(2025, 11, 12) if "Lumen" in notes
                        else dt.date(2025, 5, 14)).competing_offer
    assert (offer.company if offer else None) == company
    assert (offer.answer_by if offer else None) == answer_by


@pytest.mark.parametrize(("notes", "candidate"), [
    ("Me: Lumen is my backup. Sunil decides.", None),
    ("me: Kofi Mensah\ninterviewed with Sunil Rao", "Kofi Mensah"),
    ("Me: Kofi here, notes below", "Kofi"),
])
def test_a_me_key_names_only_a_name(notes: str, candidate: str | None) -> None:
    assert parse_notes(notes, today=TODAY).candidate == candidate


@pytest.mark.parametrize(("line", "name", "honorific"), [
    ("with Sgt. Maj. (Ret.) Frank Oduya, Program Manager", "Frank Oduya", None),
    ("with Lt Col (retd) Patricia Harcourt, who goes by Trish", "Patricia Harcourt", None),
    ("with Maj. Frank Oduya, Program Manager", "Frank Oduya", "Maj"),
])
def test_a_retired_rank_is_no_form_of_address(line: str, name: str,
                                             honorific: str | None) -> None:
    person = next(p for p in find_people(line) if p.name == name)
    assert person.honorific == honorific


@pytest.mark.parametrize(("text", "value"), [
    ("i emailed her march 7, nothing back", dt.date(2025, 3, 7)),
    ("interview may 14 and decision may 28", dt.date(2025, 5, 14)),
    ("they'd make up their minds by the first of May", dt.date(2025, 5, 1)),
    ("the twenty-second of June", dt.date(2025, 6, 22)),
    # the words, not months
    ("they may 2 weeks from now", None),
    ("we march 5 miles", None),
    ("first of all, May is busy", None),
])
def test_months_and_days_written_in_lower_case_or_words(text: str, value: dt.date | None) -> None:
    from drafter.dates import Clock, scan_dates
    found = [f.mention.value for f in scan_dates(text, Clock(today=dt.date(2025, 3, 18)))
             if f.kind == "absolute"]
    assert (found[0] if found else None) == value


_OUTBOX = """Email thread (pasted):
Subject: Re: Logistics Coordinator – next steps
To: mwright@portcullisfreight.com
Sent: Wed 15 Oct 2025

Hi Mark, just following up on the Logistics Coordinator role. Any update? Thanks, Ayesha

(no answer)
interview 1 Oct w/ Mark Wright (ops manager) at Portcullis Freight."""


@pytest.mark.parametrize(("notes", "today", "sent"), [
    ("interviewed feb 20 w/ Dominique. i emailed her march 7, nothing back.",
     dt.date(2025, 3, 18), [("missed-deadline", dt.date(2025, 3, 7))]),
    ("no reply to my nov 10 email. send a second, shorter nudge?", dt.date(2025, 11, 19),
     [("missed-deadline", dt.date(2025, 11, 10))]),
    ("- 1st follow-up emailed to her Tue 3 Feb — no reply", dt.date(2026, 2, 18),
     [("missed-deadline", dt.date(2026, 2, 3))]),
    ("I sent an email on the 13th of June asking if there was any update", dt.date(2025, 6, 24),
     [("missed-deadline", dt.date(2025, 6, 13))]),
    # the candidate's own pasted email, dated by its Sent: line
    (_OUTBOX, dt.date(2025, 10, 29), [("missed-deadline", dt.date(2025, 10, 15))]),
    # a plan is no message sent
    ("need to email her march 7 about the timeline", dt.date(2025, 3, 1), []),
])
def test_messages_already_sent(notes: str, today: dt.date,
                               sent: list[tuple[str, dt.date]]) -> None:
    assert [(s.stage, s.on) for s in parse_notes(notes, today=today).sent] == sent


@pytest.mark.parametrize(("notes", "person", "topics"), [
    # a title read as a second person no longer hides that one interviewer met the candidate
    ("Interview today w/ Sarah Whitfield, Nursing Unit Manager, St Vincent's.\n"
     "- talked about telemetry staffing ratios on the ward\n- night shift rotation",
     "Sarah Whitfield", ["telemetry staffing ratios on the ward", "night shift rotation"]),
    # "+" before a cue with no subject: the same speaker goes on
    ("chef = Anselmo Ferreira Gomes, exec chef at Casa Lume. he had me on the pasta station + "
     "talked about the new tasting menu", "Anselmo Ferreira Gomes", ["the new tasting menu"]),
    # a known first name in lower case opening its clause before a past verb; "abt" spelt out
    ("Interview with Frank van der Merwe (Workshop Foreman) today.\n"
     "frank did the weld test w me, talked abt the mine contract at Secunda & overtime.",
     "Frank van der Merwe", ["the mine contract at Secunda & overtime"]),
    # "and" cuts only before a cue with no subject of its own
    ("Demo lesson observed by Hana Kowalski (science dept head).\nAfterward she and I "
     "debriefed: she liked the density column, asked how I'd run it with a bigger group",
     "Hana Kowalski", ["asked how I'd run it with a bigger group"]),
])
def test_topics_reach_the_one_who_discussed_them(notes: str, person: str,
                                                  topics: list[str]) -> None:
    ctx = parse_notes(notes, today=TODAY)
    who = next(p for p in ctx.interviewers if p.name == person)
    assert [t for t in topics if t in who.topics] == topics
    assert all(p.name != "Nursing Unit" for p in ctx.interviewers)


@pytest.mark.parametrize(("notes", "interviewers"), [
    # a pasted calendar invite's guest list names the people met
    ("Invitation: Interview – Senior Credit Risk Analyst @ Tue 4 Feb 2025 14:00\n"
     "Organizer: Hannah Price (Talent Acquisition, Northbridge Capital)\n"
     "Guests: Tomasz Wiśniewski; Hannah Price; me\n---\n"
     "my notes: Tomasz (head of credit risk) ran the whole thing.",
     {"Tomasz Wiśniewski", "Hannah Price"}),
    ("Required Attendees: Marcus Ilunga; Priya Venkataraman; Dale Hutchins",
     {"Marcus Ilunga", "Priya Venkataraman", "Dale Hutchins"}),
])
def test_an_invites_guest_list(notes: str, interviewers: set[str]) -> None:
    ctx = parse_notes(notes, today=TODAY)
    assert {p.name for p in ctx.interviewers} == interviewers


@pytest.mark.parametrize(("notes", "stage", "to"), [
    # the recruiter going on leave hands the application to a colleague (a long aside between)
    ("From: Rosa Delgado <r.delgado@kestrel.example>\nSent: Friday, May 30, 2025 3:08 PM\n"
     "To: Aiko Tanaka\nSubject: next steps\n\nHi Aiko,\n\nThank you for coming in on Wednesday. "
     "We expect to make a final decision by Friday 13 June.\n\nPlease note that I'll be starting "
     "maternity leave from 6 June; my colleague Grant Oyelowo (Talent Acquisition Partner, "
     "grant.oyelowo@kestrel.example) will be looking after your application from then on.\n\n"
     "Warm regards,\nRosa Delgado\n\n---\nhaven't heard a thing since.",
     "missed-deadline", "Grant Oyelowo"),
    # the one interviewer read barely spoke; the one who ran it is named elsewhere
    ("LinkedIn message:\nPrecious Mahlangu · Head of Learning at Meridian\n\"Looking forward to "
     "Wednesday. My colleague Sipho Dlamini (schools programme officer) will sit in too but it'll "
     "mostly be me. Best, Precious\"\n\nPrecious ran it, Sipho said maybe two sentences. She "
     "asked about the teen late-night programme idea.", "thank-you", "Precious Mahlangu"),
])
def test_who_round_6(notes: str, stage: str, to: str) -> None:
    from drafter.recipient import recipient_for
    choice = recipient_for(parse_notes(notes, today=dt.date(2025, 6, 18)), stage)
    assert choice.person is not None and choice.person.name == to, choice


@pytest.mark.parametrize(("line", "company", "role"), [
    # a practice named for its department's work is an employer, not a person's name
    ("My interview at Lakeside Physiotherapy (Senior Physiotherapist) was March 31st with "
     "Dr. Samuel Achterberg, the clinical director.", "Lakeside Physiotherapy",
     "Senior Physiotherapist"),
    ("so I interviewed with Hollis Creek Dairy for the herd manager position",
     "Hollis Creek Dairy", None),
])
def test_an_employer_named_for_its_work(line: str, company: str, role: str | None) -> None:
    from drafter.notes.header import header_facts
    facts = header_facts(line, segments=True, notes=line)
    assert facts.get("company") == company
    if role:
        assert facts.get("role") == role


def test_a_name_keeps_its_combining_accents() -> None:
    from drafter.recipient import recipient_for
    notes = ("Interview 3 March with Dr. Oluwaseun Adébáyọ̀ (Head of Agronomy) at Savanna Seeds "
             "for the Agronomist role. Emailed Dr. Adébáyọ̀ on 20 March, nothing back.")
    ctx = parse_notes(notes, today=dt.date(2025, 5, 1))
    choice = recipient_for(ctx, "close-the-loop")
    assert choice.person is not None and choice.person.name == "Oluwaseun Adébáyọ̀"


@pytest.mark.parametrize(("notes", "company"), [
    # the agency that carries the news is not the employer
    ("The recruiter, Hamid Rostami at Northgate Legal Recruitment, emailed yesterday to say "
     "Fenwick Ashby LLP won't be taking me forward for the Paralegal role.", None),
    # unless the job is in recruiting
    ("Interviewed at Northgate Legal Recruitment for the Recruitment Consultant role with "
     "Hamid Rostami.", "Northgate Legal Recruitment"),
])
def test_a_recruiting_agency_is_no_employer(notes: str, company: str | None) -> None:
    ctx = parse_notes(notes, today=dt.date(2025, 12, 10))
    assert ctx.company != "Northgate Legal Recruitment" if company is None else (
        ctx.company == company)


@pytest.mark.parametrize(("company", "doubted"), [
    ("Korean", True), ("Japanese", True), ("Hungarian", True), ("German", True),
    # names that only end like one
    ("Meridian", False), ("Aurora", False), ("Northshire County Council", False),
])
def test_a_nationality_is_no_company(company: str, doubted: bool) -> None:
    from drafter.notes.company_checks import company_doubt
    assert (company_doubt(company, [f"Interview at {company} today."]) is not None) is doubted


@pytest.mark.parametrize(("role", "doubted"), [
    ("It came from the group head", True),
    ("This was for the lab", True),
    ("Postdoctoral Researcher", False),
    ("IT Support Analyst", False),
])
def test_a_sentence_is_no_role(role: str, doubted: bool) -> None:
    from drafter.notes.resolve import role_doubt
    assert (role_doubt(role) is not None) is doubted


@pytest.mark.parametrize(("notes", "greeting"), [
    # two short given names, then a Chinese family name: Mei Lin
    ("Interview today with Mei Lin Tan (Operations Manager) at Harbourfront Logistics.",
     "Mei Lin"),
    # family name first: not "Lim Wei"
    ("Interview today with Lim Wei Ling (Operations Manager) at Harbourfront Logistics.",
     "Lim Wei Ling"),
    # a Western middle name stays out of the greeting
    ("Interview today with Peter Lee Jones (Operations Manager) at Harbourfront Logistics.",
     "Peter"),
])
def test_which_name_a_greeting_uses(notes: str, greeting: str) -> None:
    ctx = parse_notes(notes, today=TODAY)
    assert ctx.interviewers[0].first_name == greeting
