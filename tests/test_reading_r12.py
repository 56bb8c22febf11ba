"""Reading notes, stop 31: tables of notes and the fact read (issue 9)."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.context import InterviewContext, Interviewer
from drafter.notes import parse_notes
from drafter.notes.offers import _spelled, find_offer, preferred
from drafter.notes.own_name import own_name
from drafter.notes.own_words import _name
from drafter.notes.pasted import messages
from drafter.notes.people import find_people
from drafter.notes.plausible import implausible
from drafter.notes.vocab import organisation_word
from drafter.topicgate import as_noun_phrase

TODAY = dt.date(2026, 3, 9)


@pytest.mark.parametrize(("word", "want"), [
    ("Homecare", True), ("Fintech", True), ("Foodworks", True), ("Healthcare", True),
    ("Care", True),  # the word alone was already one
    # a surname or a first name does not end that way, and a short prefix is no compound
    ("Bennett", False), ("Hartley", False), ("Mcare", False), ("DeShawn", False),
])
def test_an_organisation_word_written_as_one(word: str, want: bool) -> None:
    assert organisation_word(word) is want


@pytest.mark.parametrize(("name", "want"), [
    ("Brightpath Homecare", "a place's or an organisation's name"),
    ("Kwabena Owusu-Ansah", None),
    ("Seo-yeon Park", None),
])
def test_a_company_written_as_one_word_is_no_one_to_greet(name: str, want: str | None) -> None:
    assert implausible(Interviewer(name=name), InterviewContext()) == want


@pytest.mark.parametrize(("line", "want"), [
    ("with our Clinical Director, Dr Siddharth Rao BVSc MRCVS. Please allow 90 minutes.",
     "Siddharth Rao"),
    ("Met Tomás Byrne CEng MICE on site.", "Tomás Byrne"),
    # a second surname is no letters after the name
    ("Interviewed by Alejandro Ruiz Ibáñez today.", "Alejandro Ruiz Ibáñez"),
])
def test_letters_after_a_name_are_not_part_of_it(line: str, want: str) -> None:
    assert [p.name for p in find_people(line)][:1] == [want]


THREAD = """Reply received this morning:

> Dear Seo-yeon,
> It was a very close decision, but we have offered the role to another candidate.
> Best wishes,
> Anjali Mukherjee RIBA
>
> On 3 Dec 2025, Seo-yeon Park wrote:
>> Dear Anjali, thank you for meeting me yesterday... Kind regards, Seo-yeon Park
"""


def test_a_thread_where_both_sign_and_greet_is_settled_by_the_side_it_knows() -> None:
    ways = [(m.greeted, m.direction) for m in messages(THREAD)]
    assert ways == [("Seo-yeon", "received"), ("Anjali", "sent")]
    assert own_name(THREAD, []) == "Seo-yeon Park"


@pytest.mark.parametrize(("words", "mode", "want"), [
    ("Seo-yeon Park", "loose", "Seo-yeon Park"),
    ("Amara West", "loose", "Amara West"),
    # only after a name, only where the shape says a name stands there
    ("Park", "loose", None),
    ("Priya park", "loose", "Priya"),
])
def test_common_surnames_that_are_also_words(words: str, mode: str, want: str | None) -> None:
    assert _name(words, mode) == want  # type: ignore[arg-type]


@pytest.mark.parametrize(("notes", "want"), [
    ('LinkedIn from Kwame: "Great to meet you today, Joanna — I\'ll be in touch."', "Joanna"),
    ('Text from Sam: "Thanks for coming in today, Ana. Speak soon"', "Ana"),
    # said of someone else, no name of the candidate's
    ("Great to meet you today was what I said to Kwame.", None),
])
def test_a_name_said_to_the_candidate(notes: str, want: str | None) -> None:
    assert own_name(notes, ["Kwame", "Sam"]) == want


@pytest.mark.parametrize(("stem", "name", "want"), [
    ("eastleighchs", "Eastleigh Community Health Services NHS Trust", True),
    ("ouh", "Oxford University Hospitals", True),
    ("acme", "Acme Rail", False),  # a prefix alone: the old rule's, not this one
    ("ab", "Alpha Beta", False),  # two letters spell too many names
    ("mail", "Medical Staffing", False),
])
def test_a_mail_domain_that_spells_a_name(stem: str, name: str, want: bool) -> None:
    assert _spelled(stem, name) is want


@pytest.mark.parametrize(("notes", "company", "by"), [
    ("Had my interview at Harper & Lane on 26 Feb. Then this morning Fenwick Doyle rang with "
     "an offer for their paralegal role, and they want an answer by Friday 13th. Need to tell "
     "Catriona about the Fenwick Doyle offer.", "Fenwick Doyle", dt.date(2026, 3, 13)),
    ("From: Medical Staffing <recruitment@eastleigh-chs.nhs.uk>\nSubject: Conditional offer\n\n"
     "Dear Ngozi, we are delighted to offer you the post. Please confirm acceptance by "
     "02/04/2026.\nMedical Staffing Team, Eastleigh Community Health Services NHS Trust\n",
     "Eastleigh Community Health Services NHS Trust", dt.date(2026, 4, 2)),
    # a person who rang with an offer is no company, and nothing names one
    ("Priya rang with an offer yesterday, answer by Friday 13th.", None, None),
])
def test_an_offer_and_who_made_it(notes: str, company: str | None, by: dt.date | None) -> None:
    offer = find_offer(InterviewContext(source=notes), TODAY)
    got = (offer.company, offer.answer_by) if offer else (None, None)
    assert got == (company, by)


def test_whose_team_is_no_company_preferred() -> None:
    lines = ["Harper & Lane is the one I want — Catriona's team does the retail work."]
    assert preferred(lines) != "Catriona's"


@pytest.mark.parametrize(("clause", "want"), [
    ("the click-and-collect desk which is buried at the back", "the click-and-collect desk"),
    ("the e-rostering system which was rolled out last year", "the e-rostering system"),
    ("the desk, which is buried", None),  # one plain word left: too little to name
    ("the ward is short-staffed", None),
    ("the audit that we ran", "the audit that we ran"),
])
def test_a_relative_clause_leaves_the_noun_it_describes(clause: str, want: str | None) -> None:
    assert as_noun_phrase(clause) == want


def test_the_interviewer_gets_what_was_talked_about_after_a_dash() -> None:
    notes = ("Marlow & Finch, Store Manager. Met Kwame Asante-Darko (Regional Manager) and "
             "Fiona Sheridan (Area HR). Kwame did the walk with me — we talked about the "
             "click-and-collect desk which is buried at the back. Fiona covered rotas.")
    ctx = parse_notes(notes, dt.date(2026, 6, 3))
    kwame = next(p for p in ctx.interviewers if p.name.startswith("Kwame"))
    assert "the click-and-collect desk which is buried at the back" in kwame.topics


@pytest.mark.parametrize(("notes", "said", "either"), [
    # no other date settles the order: either reading may be meant
    ("Offer in hand, confirm by 02/04/2026.", "by 02/04/2026", True),
    # a date only one order allows, or a weekday beside a slashed date, settles it
    ("Sent: 27/03/2026. Offer, confirm by 02/04/2026.", "by 02/04/2026", False),
    ("Interview Mon 3/9 went well. Offer elsewhere, reply by 3/4/26.", "by 3/4/26", False),
])
def test_an_answer_date_read_either_way(notes: str, said: str, either: bool) -> None:
    from drafter.notes.offer_dates import _either_way

    assert _either_way(said, notes, dt.date(2026, 3, 20)) is either


@pytest.mark.parametrize(("header", "notes", "company"), [
    # a group named after the PI the notes name is part of the university
    ("Postdoc, Lindqvist Group, Dept of Earth Sciences, University of Eastmarch",
     "Prof. Astrid Lindqvist chaired.", "University of Eastmarch"),
    # a firm called a group, named after no one the notes name
    ("Analyst, Hartley Group, University of Leeds", "Met Sam Jones.", "Hartley Group"),
    ("Analyst, Hartley Group, London", "Met Sam Jones.", "Hartley Group"),
])
def test_a_group_named_after_its_lead(header: str, notes: str, company: str) -> None:
    from drafter.notes.header import header_facts

    assert header_facts(header, notes=f"{header}\n{notes}")["company"] == company


@pytest.mark.parametrize(("line", "rejected"), [
    ("I didn't get the Research Technician job, they went with someone who'd done more", True),
    ("they went with someone with more experience", True),
    ("I didn't get the chance to ask about parking", False),
])
def test_a_rejection_told_in_the_notes_own_words(line: str, rejected: bool) -> None:
    from drafter.notes.rejection_from import rejection_cue

    assert bool(rejection_cue(line)) is rejected


def test_a_role_to_apply_for_later_is_not_the_one_applied_for() -> None:
    from drafter.notes.role_mentions import mentions

    notes = ("Dr Nakamura rang. I didn't get the Research Technician job. He said I should "
             "apply for the QC Analyst role that's coming up in September.")
    assert [m.role for m in mentions(notes)] == ["Research Technician"]


TIMELINE = """Timeline — Product Manager (Payments), Ode
- 28 Oct: recruiter screen w/ Björn Ekström
- 4 Nov: hiring manager round with Tunde Oyelaran (Group PM)
- 12 Nov (yesterday): exec round with Ingeborg Dahl (CPO)
    * open banking regs
- Björn (this morning): decision end of next week
"""


def test_the_email_follows_the_last_round() -> None:
    ctx = parse_notes(TIMELINE, dt.date(2026, 11, 13))
    assert ctx.interview_date == dt.date(2026, 11, 12)
    # "end of next week" was counted from the first round: not stated
    assert ctx.decision_date is None


@pytest.mark.parametrize(("notes", "today", "stated"), [
    # written plainly: stated
    ("Interview Tue 3 March with Ana Ruiz (head of ops). Talked rota planning.",
     dt.date(2026, 3, 4), dt.date(2026, 3, 3)),
    # the line moves the day, or names it from another day, or names two: not stated
    ("Interview Wed 11/3 -> moved, was Thu 12/3 in the end. Met Ana Ruiz (head of ops).",
     dt.date(2026, 3, 12), None),
    ("Campus visit Wed 10/21–Thu 10/22. Met Prof. Ana Ruiz (chair).", dt.date(2026, 10, 23),
     None),
    ('Voicemail from Sat 31 Oct: "confirming Monday at half two". Met Ana Ruiz (GM).',
     dt.date(2026, 11, 3), None),
    # a slashed date the notes never settle the order of: 3 April or 4 March
    ("Interview 03/04/2025 at Barrow. Interviewer: Mr Hamish Drummond, Section Lead.",
     dt.date(2025, 5, 7), None),
    # a school year is no date
    ("Interview – Year 5/6 teacher. Panel: Ana Ruiz (Principal).", dt.date(2025, 8, 22), None),
])
def test_the_interview_day_an_email_may_state(notes: str, today: dt.date,
                                              stated: dt.date | None) -> None:
    from drafter.decision_words import stated as may_state

    ctx = parse_notes(notes, today)
    assert may_state(ctx, "interview", ctx.interview_date, today) == stated


def test_an_interview_after_the_decision_is_a_misreading() -> None:
    notes = ("Entrevista 22 oct — Project Architect, Estudio Ferrán Arquitectos\n"
             "She told me they'd have a decision by Friday 31 October.\n"
             "Hoy es martes 4 nov, nada.")
    ctx = parse_notes(notes, dt.date(2025, 11, 4))
    assert ctx.interview_date == dt.date(2025, 10, 22)  # 'Entrevista 22 oct', not the 4th


@pytest.mark.parametrize(("text", "known"), [
    ("Interview 03/04/2025 at Barrow.", False),
    ("Interview 03/04/2025; offer by 17/04/2025.", True),  # 17 cannot be a month
    ("Interview Mon 3/9, answer by 3/20.", True),
    ("Interview 03/04/2025, then a call on 10 April.", True),  # they spell dates day first
])
def test_whether_the_notes_settle_the_order_of_their_dates(text: str, known: bool) -> None:
    from drafter.date_order import order_known

    assert order_known(text, dt.date(2026, 5, 7)) is known


RECEIVED = """From: Dr. Layla Al-Hashimi
Sent: 21/08/2025 16:40
To: Nadia Rahman
Subject: M&E Officer – outcome

Dear Nadia,

Thank you for interviewing with Tariq and me. It was a close decision, but we have offered the
role to a candidate with more field experience.

Warm regards,
Layla

Dr. Layla Al-Hashimi | Head of Monitoring, Evaluation & Learning | Global Health Action Network

--
reply graciously pls, ask for feedback
"""

FORWARDED = """---------- Forwarded message ---------
From: Bethan Lloyd <bethan.lloyd87@gmail.com>
Date: Mon, 7 Jul 2025 at 10:14
Subject: Medical Receptionist – following up
To: Olwen Price-Jones <practicemanager@kingsgatefp.nhs.uk>

Dear Mrs Price-Jones,

Thank you again for meeting me on 24 June about the Medical Receptionist post.

Kind regards,
Bethan Lloyd

no reply to the above. 10 days now.
"""


@pytest.mark.parametrize(("notes", "today", "candidate", "writer"), [
    # an email's From: header is its sender's, never the notes' "From: me" key
    (RECEIVED, dt.date(2025, 8, 22), "Nadia Rahman", "Layla Al-Hashimi"),
    # from a personal address to an organisation's: the candidate's own email
    (FORWARDED, dt.date(2025, 7, 17), "Bethan Lloyd", "Olwen Price-Jones"),
])
def test_which_way_a_pasted_email_went(notes: str, today: dt.date, candidate: str,
                                       writer: str) -> None:
    ctx = parse_notes(notes, today)
    assert ctx.candidate == candidate
    assert writer in [p.name for p in [*ctx.interviewers, *ctx.others]]


def test_a_rejection_from_someone_named_after_the_news() -> None:
    notes = ("re: paralegal (litigation) at Brennan & Oyelaran LLP\n"
             "got the no from chidi oyelaran yesterday (2 apr) — personal email, nice of him.\n"
             "danielle from lexstaff (agency) already knows, she'll find me other stuff.\n")
    ctx = parse_notes(notes, dt.date(2025, 4, 3))
    assert ctx.rejected and ctx.rejection_from == "Chidi Oyelaran"


def test_the_later_timeline_and_whoever_gave_it() -> None:
    notes = ("Interview at Yamato Precision on 20 Nov for Production Planner. Interviewers: "
             "Tanaka Hiroshi (Plant Manager) and Ms. Kimura Ayaka from HR who handled all the "
             "emails and scheduling. Tanaka-san said result by end of November. Kimura-san's "
             "last email (21 Nov) said \"we will contact you by 5 December\". It's now the 10th.")
    ctx = parse_notes(notes, dt.date(2025, 12, 10))
    assert ctx.decision_date == dt.date(2025, 12, 5)
    assert ctx.thread_owner == "Kimura Ayaka"
    from drafter.recipient import recipient_for

    person = recipient_for(ctx, "missed-deadline").person
    assert person is not None and person.first_name == "Kimura-san"


ON_BEHALF = """From: Recruitment – The Harbourside Hotel Group <careers@harbourside-hotels.com>
On behalf of: Yusuf Demirci
Date: Wed 20 Aug 2025, 16:05
To: Ana-Maria Popescu
Subject: Your application – Front Office Manager

Dear Ana-Maria,

Thank you for meeting with me and Clodagh on Tuesday the 12th. It was a close decision, but we
have offered the position to a candidate with more experience of our Opera Cloud system.

Warm regards,
Yusuf Demirci
General Manager, The Harbourside Kinsale
"""


def test_an_on_behalf_of_header_keeps_the_email_whole() -> None:
    msgs = messages(ON_BEHALF)
    assert len(msgs) == 1 and msgs[0].direction == "received"
    assert parse_notes(ON_BEHALF, dt.date(2025, 8, 21)).candidate == "Ana-Maria Popescu"


@pytest.mark.parametrize(("notes", "company"), [
    # a notes heading in another language is no company
    ("Notas – proceso Data Analyst en Casabella Seguros (Madrid)\n- 3ª ronda 21/08 con Jorge "
     "Ibáñez (Head of Analytics)", None),
    # a site of the employer is not the employer
    ("Final interview was with Gary Holt, the driver manager at Doncaster depot, on Tuesday "
     "17 June.", None),
])
def test_words_that_are_no_employer(notes: str, company: str | None) -> None:
    assert parse_notes(notes, dt.date(2025, 9, 3)).company == company


@pytest.mark.parametrize(("role", "doubted"), [
    ("proceso Data Analyst en Casabella Seguros", True),
    ("Data Analyst at Casabella", True),
    ("Front of House Manager", False),
    ("Lecturer in Law", False),
])
def test_a_role_that_names_its_employer_too(role: str, doubted: bool) -> None:
    from drafter.notes.resolve import role_doubt

    assert (role_doubt(role) is not None) is doubted


@pytest.mark.parametrize(("notes", "role"), [
    ("Hotel Ashford-Lyle — Front of House Manager (advertised as Reservations Manager, since "
     "retitled)", "Front of House Manager"),
    ("Unfortunately we went with another candidate. We will be hiring for a Senior Researcher "
     "role in Q1.\nSubject: Outcome – UX Researcher", "UX Researcher"),
])
def test_the_role_applied_for_not_a_remark_or_a_later_one(notes: str, role: str) -> None:
    assert parse_notes(notes, dt.date(2025, 11, 27)).role == role


def test_a_follow_up_noted_in_french_names_whom_it_went_to() -> None:
    notes = ("Clinique Saint-Laurent – Nurse Practitioner\n- entrevue 2025-08-05 avec Dr Étienne "
             "Beaulieu-Nakamura (médecin responsable) + Mme Lucie Tremblay (RH)\n"
             "- relance 1 : 2 sept (à Lucie)\n- relance 2 : 12 sept (à Lucie)\n- rien.")
    ctx = parse_notes(notes, dt.date(2025, 9, 24))
    assert ctx.thread_owner == "Lucie Tremblay"


@pytest.mark.parametrize(("name", "honorific", "goes_by", "greeted"), [
    ("Tanaka Haruto", "Mr", None, "Mr. Tanaka"),  # a Japanese family name first
    ("Kimura Ayaka", "Ms", "Kimura-san", "Kimura-san"),
    ("TANAKA Haruto", None, "TANAKA", "Tanaka Haruto"),  # never a family name alone
    ("J Okonkwo-Barnes", None, None, "J Okonkwo-Barnes"),  # never an initial
    ("Ni Bhriain", None, None, "Ni Bhriain"),  # never a particle
    ("Priya Shah", None, None, "Priya"),
    ("Haruto Tanaka", None, None, "Haruto"),
])
def test_how_a_greeting_addresses_them(name: str, honorific: str | None, goes_by: str | None,
                                       greeted: str) -> None:
    assert Interviewer(name=name, honorific=honorific, goes_by=goes_by).first_name == greeted


@pytest.mark.parametrize(("notes", "company"), [
    # a common word, a place or a first name named once, with nothing to show it is an
    # organisation, is not stated
    ("Terminal — Ramp Agent\nInterview with Dana Ruiz (duty manager).", None),
    ("Faculty – Lecturer in Law\nPanel: Prof. Ana Ruiz (chair).", None),
    # a name no list knows stands; so does a common word the notes tie to the employer
    ("QXT – Site Engineer\nInterview with Paul Hensley (Quarry Manager).", "QXT"),
    ("Lantern – Product Designer\nMet Ana Ruiz at Lantern for the design review.", "Lantern"),
])
def test_a_one_word_company_needs_some_evidence(notes: str, company: str | None) -> None:
    assert parse_notes(notes, dt.date(2026, 3, 20)).company == company


@pytest.mark.parametrize(("phrase", "worth"), [
    # pasted fragments an email must not name (blind read of BD's emails)
    ("the rotation to AMU after 6", False),
    ("wanting to move to a seasonal tasting menu", False),
    ("tightening the calving interval and move the late-lactation group", False),
    ("why plumbing not electrics", False),
    # whole phrases stay
    ("the rotation to AMU", True),
    ("tightening the calving interval", True),
    ("lessons from 2019", True),
    ("how I would scale it", True),
    ("how to cut check-in queues", True),
    ("the move to Playwright and the test suite", True),
])
def test_fragments_a_sentence_cannot_name(phrase: str, worth: bool) -> None:
    from drafter.topicgate import worth_naming

    assert worth_naming(phrase) is worth


def test_after_an_arrow_is_the_candidates_answer() -> None:
    from drafter.notes.discussed import topics_after

    assert topics_after("question", "why plumbing not electrics -> my grandad + the bathroom "
                                    "refit i did with my uncle") == [
        "asked why plumbing not electrics"]
    assert topics_after("question", "why plumbing, and the bathroom refit") == [
        "asked why plumbing", "asked about the bathroom refit"]


@pytest.mark.parametrize(("notes", "owner"), [
    ("Still nothing from Rev. Canon Matthew Oyelowo at St Brendan's about the Chaplain post. "
     "I interviewed on 15 April with him and the Bursar, Mrs Helen Ashdown.", "Matthew Oyelowo"),
    ("Interviewed with Ines Duarte (ops lead) and Tom Reyes (HR) on 3 June. No reply from Tom "
     "since.", "Tom Reyes"),
])
def test_whom_the_notes_wait_on_holds_the_thread(notes: str, owner: str) -> None:
    assert parse_notes(notes, dt.date(2025, 6, 20)).thread_owner == owner


def test_a_canon_is_greeted_by_title() -> None:
    notes = ("Still nothing from Rev. Canon Matthew Oyelowo at St Brendan's about the Chaplain "
             "post. I interviewed on 15 April with him and the Bursar, Mrs Helen Ashdown.")
    ctx = parse_notes(notes, dt.date(2025, 5, 20))
    from drafter.recipient import recipient_for

    person = recipient_for(ctx, "close-the-loop").person
    assert person is not None and person.first_name == "Canon Oyelowo"


def test_an_instruction_is_no_person() -> None:
    notes = ("From: recruitment@okonjowhitfield.com\nOn behalf of: Adaeze Okonjo\n"
             "Date: 24 April 2025 16:48\nTo: Liam Corrigan\nSubject: next steps\n\n"
             "Dear Liam,\nThank you for meeting Adaeze and Pete yesterday. We expect to confirm "
             "the outcome by Friday 2 May.\nKind regards,\nSasha Bright\n\n--\nNothing since.\n"
             "Adaeze (director) ran the interview. Chase Adaeze about the decision.")
    ctx = parse_notes(notes, dt.date(2025, 5, 6))
    assert "Chase Adaeze" not in [p.name for p in [*ctx.interviewers, *ctx.others]]
    from drafter.recipient import recipient_for

    person = recipient_for(ctx, "missed-deadline").person
    assert person is not None and person.name == "Adaeze Okonjo"


@pytest.mark.parametrize("notes", [
    # where the candidate did something is their own employer: set aside, and (as yet) the
    # reader names no other in its place
    "I interviewed with the Foxglove Trust for the Fundraising Officer post. I mentioned the "
    "41% success rate I got at Hollybank Hospice.",
    "Raj: CHO stable pool workflows, my clone screening work at Avantis Bio",
])
def test_the_candidates_own_employer_is_not_the_company(notes: str) -> None:
    assert parse_notes(notes, dt.date(2025, 9, 30)).company is None


def test_the_note_a_nudge_follows_went_before_today() -> None:
    from drafter.compose import gather
    from drafter.config import Config

    notes = ("From: Niamh Kavanagh\nTo: Olusegun Bankole-Ajayi\nSent: Monday 10 March 2025 09:05\n"
             "Subject: RE: Paralegal - following up\n\nDear Olusegun,\nI wanted to check whether "
             "there is any update.\nBest wishes,\nNiamh Kavanagh\n\n(no reply to my check-in. "
             "today is 19 March. he'd talked about the tribunal bundle backlog)")
    today = dt.date(2025, 3, 19)
    ctx = parse_notes(notes, today)
    facts = gather(ctx, "second-nudge", None, Config(name="Niamh Kavanagh"), today=today)
    assert facts.check_in_date == dt.date(2025, 3, 10)


def test_the_one_waited_on_is_named_right_after_from() -> None:
    notes = ("My colleague Declan Furlong will be looking after the Site Engineer recruitment "
             "and will be in touch with a decision by 6 March.\n---\nNothing from Declan. Eoin "
             "Madigan (contracts manager) grilled me on the bridge deck pour sequence.")
    assert parse_notes(notes, dt.date(2026, 3, 10)).thread_owner == "Declan Furlong"


def test_on_behalf_of_names_whom_a_mailbox_wrote_for() -> None:
    msgs = messages(ON_BEHALF)
    assert msgs[0].sender_names()[0] == "Yusuf Demirci"


@pytest.mark.parametrize(("notes", "want"), [
    # what the candidate told the interviewer is the candidate's example, told to them
    ("Interview with Olufemi Adeyinka (Head of IT).\nFemi: their Intune migration has stalled. "
     "Told him about the Autopilot rollout I ran at Greyfriars Academy.",
     "I told him about the Autopilot rollout I ran at Greyfriars Academy"),
    ("Interview with Dr Siddharth Rao today. Dr Rao asked about anaesthetic monitoring. I told "
     "him about running capnography on the brachy breeds.",
     "I told him about running capnography on the brachy breeds"),
])
def test_the_candidates_example_told_to_them(notes: str, want: str) -> None:
    ctx = parse_notes(notes, dt.date(2026, 1, 7))
    assert want in ctx.interviewers[0].topics


def test_what_they_explained_under_their_name_stays_theirs() -> None:
    notes = ("Sgt ap Gwilym:\n• asked about dealing with a detainee in crisis\n"
             "• explained the 12-hour shift pattern and the new body-worn video policy\n")
    ctx = parse_notes("Interview with Sgt Rhys ap Gwilym (Custody Sergeant).\n" + notes,
                      dt.date(2025, 2, 12))
    assert not any(t.startswith("I explained") for p in ctx.interviewers for t in p.topics)


@pytest.mark.parametrize(("raw", "mine"), [
    ("I talked about the whole-animal stuff we did at The Gannet (old job)", None),
    ("I described cutting pages 40% with alert dedup", "cutting pages 40% with alert dedup"),
    ("I mentioned my PhD workflow in PDAL (LiDAR)", "my PhD workflow in PDAL"),
])
def test_the_candidates_example_as_the_email_names_it(raw: str, mine: str | None) -> None:
    from drafter.phrasing import topics_of

    got = [t.phrase for t in topics_of(raw) if t.kind == "mine"]
    assert got == ([mine] if mine else [])
