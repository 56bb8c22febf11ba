"""Reading notes, round 8: the interview's own sentence holds its date; someone joining another
employer has left; "but to X" re-aims a nudge; the candidate's own pasted email names whom the
thread is with; a title's full stop ends no sentence in a sent-message line; a messaging app's
stamp is no employer; jotted abbreviations, double-barrelled names and "call me will" in
lowercase; a weekday is no surname; who barely spoke, and who comes only in a later round."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.notes import parse_notes
from drafter.recipient import recipient_for
from drafter.written import role_title

TODAY = dt.date(2025, 12, 3)


@pytest.mark.parametrize(("notes", "interview"), [
    # the day the notes were written opens the line; the interview's sentence has its own date
    ("Monday. Still nothing from Harrow Vets about the nurse job. Interview was Thu 13/11 with "
     "Mr Colm Byrne.", dt.date(2025, 11, 13)),
    ("Tuesday - still waiting. We had the interview on 18 November with Dr. Asha Rao.",
     dt.date(2025, 11, 18)),
])
def test_the_interviews_own_sentence_gives_its_date(notes: str, interview: dt.date) -> None:
    assert parse_notes(notes, today=TODAY).interview_date == interview


_JOINING = """Stage Manager – Coal Quay Theatre
interviewed 4 Nov w/ Orla Brennan (Artistic Director) + Declan Hayes (Production Manager)
decision by 14 Nov
18 Nov – emailed Declan to check in. nothing back.
Declan's profile now says he's joining the Gate in January
=> nudge again but to Orla this time"""

_OWN_EMAIL = """my sent email, Mon 10/3:
To: Babajide Okonkwo-Reyes
Subject: Following up – Legal Assistant
"Hi Mr. Okonkwo-Reyes, I hope you're well. I wanted to follow up on my interview..."
---
no reply. firm: Okonkwo-Reyes Legal. said they'd decide by 2/28.
also met paralegal Ines - lovely but not deciding"""

_MAILED = """Interview 8/1 with Mr. K. Patil (Plant Head) and Dr. Meera Joshi (Head of QA).
Dr. Joshi asked about FSSAI audits and HACCP.
HR said result by 17/1.
21/1 mailed Dr. Joshi, no response.
sending one more. she's the one deciding."""

_BRACKETED = """Policy Officer – Department for Coastal Affairs – interview 21/5
Panel: Mr. Adeyemi (chair), Ms. Kowalczyk (SEO)
Chair said outcome by Fri 6 June
16/6 emailed the vacancy holder (Mr. Adeyemi) via the advert's contact – nothing back"""


@pytest.mark.parametrize(("notes", "stage", "today", "to"), [
    # the one the first check-in went to is joining another employer: to whom the notes say
    (_JOINING, "second-nudge", dt.date(2025, 11, 28), "Orla Brennan"),
    # the To: line of the candidate's own email, a person the reader placed nowhere else
    (_OWN_EMAIL, "second-nudge", dt.date(2025, 3, 20), "Okonkwo-Reyes"),
    # "mailed Dr. Joshi, no response": the title's full stop is no sentence end
    (_MAILED, "second-nudge", dt.date(2025, 2, 3), "Meera Joshi"),
    # the name in brackets after whom the check-in went to
    (_BRACKETED, "second-nudge", dt.date(2025, 6, 30), "Adeyemi"),
])
def test_who_the_thread_is_with(notes: str, stage: str, today: dt.date, to: str) -> None:
    choice = recipient_for(parse_notes(notes, today=today), stage)
    # by whatever name the notes give them ("Mr. Adeyemi" is read with the title)
    assert choice.person is not None and choice.person.name.endswith(to), choice.why


@pytest.mark.parametrize(("notes", "company"), [
    ("LinkedIn · Oct 31, 4:40 PM\nZoran Petrovic (Talent Partner, Blue Well Trust): Hi Sam, "
     "sorry to share that we won't be moving forward.", None),
    ("Slack — Faith Olsen · 2:14 PM\nheads up that I'm leaving Tidewater at the end of the "
     "month. Good luck!!\n---\ninterview w/ dean thurs 13 nov", None),
])
def test_a_messaging_apps_stamp_is_no_employer(notes: str, company: str | None) -> None:
    ctx = parse_notes(notes, today=TODAY)
    assert ctx.company == company


@pytest.mark.parametrize(("jotted", "title"), [
    ("assoc dentist", "Associate Dentist"),
    ("eng manager", "Engineering Manager"),
    ("senior software eng", "Senior Software Engineer"),
    ("acct mgr", "Account Manager"),
])
def test_jotted_abbreviations_in_a_role(jotted: str, title: str) -> None:
    assert role_title(jotted) == title


@pytest.mark.parametrize(("notes", "name", "greeting"), [
    # a double-barrelled surname written in lowercase
    ("dr. ama owusu-ansah called yesterday, didn't get the job. interview was w/ her.",
     "Ama Owusu-Ansah", None),
    # "call me will" in lowercase is his own first name
    ("met will (will ferreira, site supervisor) + his boss mr dunne who barely said a word\n"
     "talked conduit bending\nhe said \"call me will, nobody calls me mr ferreira\"",
     "Will Ferreira", "Will"),
])
def test_names_as_jotted(notes: str, name: str, greeting: str | None) -> None:
    ctx = parse_notes(notes, today=TODAY)
    person = next(p for p in [*ctx.interviewers, *ctx.others] if p.name == name)
    assert person.goes_by == greeting


def test_a_weekday_is_no_surname() -> None:
    ctx = parse_notes("interview w/ dean thurs 13 nov – Grants Manager\n- he wants to grow "
                      "individual giving", today=dt.date(2025, 11, 14))
    assert "Dean Thurs" not in [p.name for p in [*ctx.interviewers, *ctx.others]]


@pytest.mark.parametrize(("notes", "to"), [
    # one barely spoke: the other led it
    ("met will (will ferreira, site supervisor) + his boss mr dunne who barely said a word\n"
     "will walked me through the panel upgrade job", "Will Ferreira"),
    # the interview was with one of them; the other comes only in a later conversation
    ("interview w/ Dean Abernathy (Executive Director) thurs 13 nov\n- he wants to grow "
     "individual giving\n- board chair Dr. Imani Reyes may do a 2nd convo w/ me",
     "Dean Abernathy"),
])
def test_whom_a_thank_you_goes_to(notes: str, to: str) -> None:
    choice = recipient_for(parse_notes(notes, today=dt.date(2025, 11, 14)), "thank-you")
    assert choice.person is not None and choice.person.name == to, choice.why


def test_interview_with_two_people_marks_neither_the_lead() -> None:
    from drafter.context import Interviewer
    from drafter.notes.lead import weigh

    people = [Interviewer(name="Sarah Okafor"), Interviewer(name="Tom Reyes")]
    found = weigh("interview with Sarah Okafor and Tom Reyes on Tuesday", people)
    assert [e.main for e in found] == [(), ()]


@pytest.mark.parametrize(("notes", "reason"), [
    ("accepted Ridgeback Distribution yesterday (start 3 Feb). need to withdraw before the 16th",
     "accepted"),
    ("Signed with Ashgrove on Friday, so I'm out of the running here.", "accepted"),
    ("Decided I have to withdraw. Tom's job is moving him to Inverness.", "withdraw"),
    ("I'm pulling out of the process; the commute is too much.", "withdraw"),
    # a plan, a doubt or a negation decides nothing: the loop closes after silence
    ("haven't accepted anything yet. no reply since the 3rd.", None),
    ("If I withdraw now, will it burn the bridge? no reply in 3 weeks.", None),
    ("Second nudge went unanswered. Time to close the loop.", None),
    # stop 32: what one comes to terms with is no job taken
    ("it's been ages. I've basically accepted I'm not getting it. started temping anyway", None),
    ("I accepted their decision, but want to leave the door open.", None),
    ("I have accepted a role at Kew Gardens, so withdraw.", "accepted"),
])
def test_why_the_loop_closes(notes: str, reason: str | None) -> None:
    from drafter.notes.withdrawal import closing_reason

    assert closing_reason(notes) == reason


@pytest.mark.parametrize(("notes", "says", "never"), [
    ("Interviewed 24/7 with Mrs Ruth Adair (Head of OT). Decided to withdraw: we're moving.",
     "I am writing to withdraw my application", "will not follow up further"),
    ("Interview 6/1 with Sipho Dlamini (Recruitment Lead).\naccepted Ridgeback yesterday.",
     "I have accepted another position", "will not follow up further"),
    ("Interview 6/1 with Ana Ruiz (Transport Manager).\nnudged her twice, no reply.",
     "I will not follow up further", "withdraw"),
])
def test_a_close_the_loop_note_says_why(notes: str, says: str, never: str) -> None:
    from drafter.config import Config
    from drafter.drafting import Options, make_draft

    opts = Options(stage="close-the-loop", today=dt.date(2025, 8, 5),
                   config=Config(name="Alex Morgan"))
    email = make_draft(parse_notes(notes, today=dt.date(2025, 8, 5)), opts).email
    assert says in email.body and never not in email.body


@pytest.mark.parametrize(("notes", "name"), [
    # one first name, then the full name elsewhere: one person
    ("Texts w/ Khalid:\nSep 10, 6:05 PM Khalid Al-Mansouri: Good meeting you today. I'll let "
     "you know by Friday the 19th.\n---\n- he asked about my upselling program",
     "Khalid Al-Mansouri"),
    # a title and surname, then the name in full
    ("went out to Te Awa Orchards last thurs\nmet Mr Whaanga – Hemi Whaanga, operations manager"
     "\nhe asked me about spray diaries", "Hemi Whaanga"),
    # a sentence that ends with the name: "Mr. Liu. Topics ..." names no "Liu Topics"
    ("Interviewer: Liu Wei, Commercial Manager. He told me to call him Kevin but I wrote Mr. "
     "Liu. Topics were the variation claims.", "Liu Wei"),
])
def test_one_person_named_twice(notes: str, name: str) -> None:
    ctx = parse_notes(notes, today=dt.date(2025, 9, 29))
    names = [p.name for p in [*ctx.interviewers, *ctx.others]]
    assert name in names and not any(n != name and set(n.split()) & set(name.split())
                                     and len(n.split()) > 1 for n in names), names


@pytest.mark.parametrize(("notes", "candidate"), [
    # the other side thanks the candidate by name before "for"
    ("[03/04/2025, 17:22] Nguyen Thi Lan (Mekong Gateway Logistics): Thank you Arjun for meeting"
     " today.\n[03/04/2025, 17:30] Arjun Pillai: Thank you Ms. Lan, look forward to it.",
     "Arjun Pillai"),
    # a speaker with a long affiliation in brackets
    ("[9/8/2025 3:41 PM] Hope Castellanos (Recruiter, Kestrel Freight Solutions): Hi Jamal! "
     "Can you do a call tomorrow?\n[9/8/2025 3:44 PM] Jamal Whitaker: Yes that works, thanks!",
     "Jamal Whitaker"),
])
def test_the_candidate_in_a_pasted_chat(notes: str, candidate: str) -> None:
    assert parse_notes(notes, today=dt.date(2025, 9, 10)).candidate == candidate


@pytest.mark.parametrize(("notes", "today", "company", "by"), [
    ("From: Hyun-woo Cho <hcho@lumigentx.com>\nHi! On behalf of Lumigen Therapeutics we're "
     "pleased to extend you an offer... please let us know your decision by Tuesday the 22nd.\n"
     "---\nBUT I really want Orchid Bay Biosciences.", dt.date(2025, 4, 16),
     "Lumigen Therapeutics", dt.date(2025, 4, 22)),
    ("Thistledown – Credit Analyst – final round 2/10\n---\nMon 13/10: Carrow Street Capital "
     "offered!! need answer by Fri 17/10\nThistledown is first choice.", dt.date(2025, 10, 14),
     "Carrow Street Capital", dt.date(2025, 10, 17)),
    ('Aug 26 7:48pm text from SkyPorter recruiter: "Offer letter sent for Ramp Ops Supervisor! '
     'Need your decision within 48 hrs"\nwhat I actually want: Kauri Coast Airways',
     dt.date(2025, 8, 27), "SkyPorter", dt.date(2025, 8, 28)),
])
def test_a_competing_offer_as_people_paste_it(notes: str, today: dt.date, company: str,
                                              by: dt.date) -> None:
    offer = parse_notes(notes, today=today).competing_offer
    assert offer is not None and (offer.company, offer.answer_by) == (company, by)


@pytest.mark.parametrize(("jotted", "phrase"), [
    ("told him the standby board story, how i handle driver no-shows", "I handle"),
])
def test_a_jotted_i_is_written_as_a_capital(jotted: str, phrase: str) -> None:
    from drafter.phrasing import topics_of

    assert any(phrase in t.phrase for t in topics_of(jotted))


@pytest.mark.parametrize("schedule", [
    "nights 10p-6:30a, 4 on 3 off", "7am starts on the early shift", "shifts 07:00 to 15:30",
    "whether I could do sun-wed", "working Mon to Thu on the early rota",
])
def test_hours_of_work_are_no_topic(schedule: str) -> None:
    from drafter.topicgate import worth_naming

    assert not worth_naming(schedule)


@pytest.mark.parametrize(("line", "person"), [
    # a lowercase name where a jotting names a person, a job title after it
    ("interview feb 20 w/ sunday ogunleye-hart, head of production", "Sunday Ogunleye-Hart"),
    ("call with tom o'brien - head of ops", "Tom O'Brien"),
    ("met w/ summer bright (head chef)", "Summer Bright"),
    # a company and a role open the line: no one
    ("kestrel outdoor - store mgr, the new location at riverside mall", None),
    ("company: harbour vets - practice manager", None),
    # a title with no name before it
    ("talked with the team - head of ops was there", None),
])
def test_a_lowercase_name_with_its_title(line: str, person: str | None) -> None:
    from drafter.notes.people import find_people

    assert [p.name for p in find_people(line)] == ([person] if person else [])


@pytest.mark.parametrize("pleasantry", [
    "looking forward to tomorrow", "nice meeting you all", "good luck with the launch",
    # someone in the third person: wrong in an email to them, odd about anyone else
    "her secondment to a client in Leeds", "how he restructured the night team",
])
def test_a_pleasantry_is_no_topic(pleasantry: str) -> None:
    from drafter.topicgate import worth_naming

    assert not worth_naming(pleasantry)


def test_two_things_asked_are_two_questions() -> None:
    from drafter.phrasing import topics_of

    found = topics_of("grilled me on the commercial awareness piece (the lease case study) and "
                      "on why property rather than litigation")
    assert [(t.phrase, t.kind) for t in found] == [
        ("the commercial awareness piece", "question"),
        ("why property rather than litigation", "question")]


@pytest.mark.parametrize(("jotted", "spelled"), [
    ("how I'd handle a deteriorating pt (NEWS2)", "how I'd handle a deteriorating patient (NEWS2)"),
    ("complex pts on the ward", "complex patients on the ward"),
    ("the outpatient PT team", "the outpatient PT team"),  # physical therapy, in capitals
])
def test_a_wards_shorthand_spelled_out(jotted: str, spelled: str) -> None:
    from drafter.phrasing import with_spelled_out

    assert with_spelled_out(jotted) == spelled


@pytest.mark.parametrize(("notes", "to"), [
    # "the hiring manager" when no one is titled so: the one manager who is not HR
    ("Panel was Dr. Obinna Eze (Epi Program Manager), Rebecca Stroud (HR).\nThey said a decision"
     " by the end of the month. Nothing yet.\nI'll just email the hiring manager directly.",
     "Obinna Eze"),
    # a title, then a lowercase given name that is also a word, then a surname
    ("intvw was 5/2 w/ the principal mrs rosemary fitzgerald-tuhiwai\nthey said offers out by "
     "14/2. heard nothing.\nemail rosemary to check in", "Rosemary Fitzgerald-Tuhiwai"),
])
def test_whom_a_check_in_goes_to(notes: str, to: str) -> None:
    choice = recipient_for(parse_notes(notes, today=dt.date(2025, 7, 3)), "missed-deadline")
    assert choice.person is not None and choice.person.name == to, choice.why


@pytest.mark.parametrize(("notes", "name", "goes_by"), [
    # a nickname the table knows, said right beside the name
    ("I interviewed on Jan 30 with the director, Rev. Thomas Abernathy-Kwan — 'please, it's "
     "Father Tom' — and Lucia.", "Thomas Abernathy-Kwan", "Tom"),
    ("Interview with William Osei (site lead) - call me Bill, he said", "William Osei", "Bill"),
])
def test_a_nickname_beside_the_name(notes: str, name: str, goes_by: str) -> None:
    ctx = parse_notes(notes, today=dt.date(2025, 2, 20))
    person = next(p for p in ctx.interviewers if p.name == name)
    assert person.goes_by == goes_by
    assert [p.name for p in ctx.interviewers] == [name]  # "Father Tom" is no second person


_SENDER = """From: Oluwaseun Bankole <o.bankole@ferrisgrant.com>
Sent: Friday, May 2, 2025 11:18 AM
To: Elena Marquez
Subject: RE: Structural Engineer II – next steps

Hi Elena,
Thanks again for coming in on Wednesday. We expect to make a decision by Friday, May 9.
Best,
Seun

my notes: panel was Dale Ng (PE, principal) + Seun sat in. nothing since. today is the 19th."""


def test_the_sender_of_a_pasted_email_stated_its_timeline() -> None:
    choice = recipient_for(parse_notes(_SENDER, today=dt.date(2025, 5, 19)), "missed-deadline")
    assert choice.person is not None and choice.person.name == "Oluwaseun Bankole", choice.why
