"""Who a thank-you goes to when the notes name several people: the one who led it, only when
the evidence clearly favours them; a co-equal panel, or notes that ask, still ask."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.context import InterviewContext, Interviewer, SentMessage
from drafter.notes import parse_notes
from drafter.notes.lead import lead, weigh
from drafter.recipient import find, recipient_for

TODAY = dt.date(2026, 10, 6)


@pytest.mark.parametrize(("notes", "expected"), [
    # someone else sat in / came for a few minutes / gave the tour / did paperwork: the lead
    ("Interview today at Fernhill Bakery for shift supervisor. Mostly talked with Odile "
     "Marchetti, the production manager, about dough schedules and food safety audits. "
     "Tobiah Grunwald (night baker) came in for the last 5 min and asked about early starts.",
     "Odile Marchetti"),
    ("Met Priscilla Oyelowo (clinic director) about the triage rota and the new booking "
     "system. Bernard Achterberg, a vet tech, sat in and mostly listened.\n- Ruth",
     "Priscilla Oyelowo"),
    ("Role: site engineer at Kestrel Civils\nInterviewer: Hamish Drummond - project manager\n"
     "Also there: Yolanda (office mgr, did the paperwork)\nTalked: drainage design, the "
     "bypass contract, CSCS card.\nMe: Tariq", "Hamish Drummond"),
    ("Call with Ingeborg Lindqvist and Matthias Brenner booked for 3pm. Matthias was out "
     "sick so it was just Ingeborg. We covered the ledger migration and audit season.",
     "Ingeborg Lindqvist"),
    # the one the notes call the interviewer; the other only showed the candidate round
    ("Vestri Marine, Akureyri - deck engineer\ninterviewer: Sólveig Einarsdóttir, chief "
     "engineer\n- ballast pumps, the winter dry-dock\nalso met Bjarki from the yard, he "
     "showed me the slipway", "Sólveig Einarsdóttir"),
    ("You met Delphine Okafor-Reyes, partner, at Harrow Lane LLP for the trainee role. She "
     "went through the seat rotation. Luca Bianchi (trainee) did the coffee chat after.",
     "Delphine Okafor-Reyes"),
    # the notes mark one person as the one to write to, and no one else
    ("Interview with Cosmo Adeleke (hiring manager) and Wren Halvorsen (designer). Cosmo: "
     "roadmap, research ops. Wren: the design system. Cosmo said to email him with questions.",
     "Cosmo Adeleke"),
    # co-equal panels: no cue, or both marked alike
    ("Panel today:\n- Ottilie Brandvold (Head of Finance): month-end close\n- Desmond "
     "Achebe (Controller): audit prep\nBoth were great.", None),
    ("Met Saoirse Kinsella and Joachim Reuter together. Saoirse asked about budgets, Joachim "
     "about vendors. Both sat in for the whole hour.", None),
    # the notes route thank-yous through someone else (HR): not the lead's to take
    ("Panel: Henrietta Vosloo (Program Manager), Desmond Kariuki (Analyst) and Pauline Baptiste "
     "(HR Generalist). Henrietta did most of the talking, about the grants backlog. At the end "
     "Pauline said thank-you notes should be emailed to her and she will share them with the "
     "panel.", None),
    # the notes themselves ask whom to thank
    ("Panel: Lucinda Farrow (director) and Emeric Dubois (eng lead). Lucinda did most of the "
     "questions. Not sure who to send the thank-you to.", None),
    ("Interview with Philippa Ogunbanjo and Ruairi Moynihan. Ruairi joined briefly. One email "
     "to both or just one?", None),
])
def test_a_thank_you_goes_to_the_lead_only_on_clear_evidence(notes: str,
                                                             expected: str | None) -> None:
    ctx = parse_notes(notes, today=TODAY)
    choice = recipient_for(ctx, "thank-you")
    assert (choice.person.name if choice.person else None) == expected, choice


A = Interviewer(name="Marisol Quintero", title="Head of Operations", topics=["a", "b"])
B = Interviewer(name="Lachlan Murdoch-Ferris", title="Analyst", topics=["c"])
C = Interviewer(name="Gwendolyn Achterberg", title="Office Manager")


@pytest.mark.parametrize(("source", "people", "expected"), [
    ("Marisol ran the interview. Lachlan sat in.", [A, B], A),
    ("Lachlan sat in; Marisol asked most of it.", [A, B], A),
    ("Brief tour with Lachlan after. Marisol and I talked ops.", [A, B], A),
    ("Marisol and Lachlan both asked a lot.", [A, B], None),  # co-equal
    ("Marisol sat in. Lachlan sat in.", [A, B], None),  # everyone minor: no lead
    ("Marisol led it; Lachlan said to email him.", [A, B], None),  # two marked leads
    # a title alone can mark a minor part: the office manager
    ("Talked with Marisol and Gwendolyn about the role.", [A, C], A),
    # an unexplained name elsewhere: only a marked lead is picked
    ("Marisol and Lachlan. Lachlan sat in.", [A, B], A),
])
def test_lead_weighs_everyone_at_once(source: str, people: list[Interviewer],
                                      expected: Interviewer | None) -> None:
    assert lead(source, people) == expected


@pytest.mark.parametrize(("source", "unplaced", "expected"), [
    ("Marisol and Lachlan. Lachlan sat in.", 0, A),
    ("Marisol and Lachlan. Lachlan sat in.", 1, None),  # someone else may have interviewed too
    ("Talked mostly with Marisol. Lachlan sat in.", 1, A),  # a marked lead still is
])
def test_an_unplaced_name_needs_a_marked_lead(source: str, unplaced: int,
                                              expected: Interviewer | None) -> None:
    assert lead(source, [A, B], unplaced) == expected


def test_a_cue_belongs_to_the_nearest_name_not_the_first_in_the_sentence() -> None:
    source = ("Met with Marisol Quintero (ops head) and Lachlan Murdoch-Ferris, an analyst, "
              "who sat in for the first half and then got paged away.")
    marisol, lachlan = weigh(source, [A, B])
    assert not marisol.minor and lachlan.is_minor


def test_a_name_that_is_also_a_word_is_not_matched_in_lower_case() -> None:
    rich = Interviewer(name="Rich Kowalski", title="foreman")
    source = "Talked with Marisol. The pay won't make me rich but the foreman sat in."
    assert weigh(source, [A, rich])[1].minor == ()


def _ctx(interviewers: list[Interviewer], others: list[Interviewer] | None = None,
         source: str = "") -> InterviewContext:
    return InterviewContext(interviewers=interviewers, others=others or [], source=source)


DLAMINI = Interviewer(name="Thandeka Mokoena", title="Pharmacy Manager", honorific="Dr",
                      topics=["audit"])


@pytest.mark.parametrize(("ctx", "typed", "expected"), [
    # one person read twice (with and without the title, in both name orders) is one person
    (_ctx([DLAMINI], [Interviewer(name="Dr Thandeka Mokoena")]), "mokoena", "Thandeka Mokoena"),
    (_ctx([Interviewer(name="Suzuki Haruka", title="Curator", topics=["x"])],
          [Interviewer(name="Haruka Suzuki")]), "Haruka", "Haruka Suzuki"),
    # part of a double-barrelled surname
    (_ctx([], [Interviewer(name="Leila Ghorbani-Asl")]), "ghorbani", "Leila Ghorbani-Asl"),
    # a whole name typed, the reader kept only the surname, the notes write it whole
    (_ctx([], [Interviewer(name="Okwuosa")], "To: Chidi Okwuosa <c@x.org>"), "chidi okwuosa",
     "Chidi Okwuosa"),
    # ...but not when the notes never write it so
    (_ctx([], [Interviewer(name="Okwuosa")], "Okwuosa said two weeks"), "chidi okwuosa", None),
    # two different people answer to the name: still no one
    (_ctx([Interviewer(name="Ana Ruiz", title="PM"), Interviewer(name="Ana Castro",
                                                                title="CTO")]), "ana", None),
    (_ctx([DLAMINI]), "Dr Mokoena", "Thandeka Mokoena"),
    # a surname and the next word in lower case is not a whole name
    (_ctx([], [Interviewer(name="Okwuosa")], "wrote Okwuosa now"), "okwuosa now", None),
])
def test_a_typed_name_finds_the_one_person_it_means(ctx: InterviewContext, typed: str,
                                                   expected: str | None) -> None:
    person = find(ctx, typed, typed=True)
    assert (person.name if person else None) == expected


@pytest.mark.parametrize(("interviewers", "expected"), [
    # "Ms. Tran" with nothing of her own is Trần Minh Anh again
    ([Interviewer(name="Trần Minh Anh", title="COO"), Interviewer(name="Tran", honorific="Ms")],
     "Trần Minh Anh"),
    # a second person with a title of their own is not merged away
    ([Interviewer(name="Trần Minh Anh", title="COO"), Interviewer(name="Tran", title="CFO")],
     None),
    ([Interviewer(name="Oskar Lind", title="CTO"), Interviewer(name="Maja Berg")], None),
])
def test_one_person_read_twice_is_the_only_interviewer(interviewers: list[Interviewer],
                                                       expected: str | None) -> None:
    ctx = _ctx(interviewers, source="Met them on Oct 2. Checked in Oct 20.")
    choice = recipient_for(ctx, "close-the-loop")
    assert (choice.person.name if choice.person else None) == expected


@pytest.mark.parametrize(("recruiter", "expected"), [
    (None, "Oskar Lind"),  # no one else named: the unnamed check-in went to him
    ("Priya Nair", None),  # it may have gone to the recruiter: ask
])
def test_an_unnamed_earlier_follow_up_points_at_the_one_person_named(
        recruiter: str | None, expected: str | None) -> None:
    ctx = InterviewContext(interviewers=[Interviewer(name="Oskar Lind", title="CTO")],
                           recruiter=recruiter, sent=[SentMessage(stage="check-in")],
                           source="Met Oskar Lind. Checked in on the 20th, nothing back.")
    choice = recipient_for(ctx, "close-the-loop")
    assert (choice.person.name if choice.person else None) == expected


@pytest.mark.parametrize(("notes", "people", "company"), [
    # a first line that lists the panel is no "Company (Role)" header
    ("Panel: Maria Lopez (Program Manager), Desmond Kariuki (Analyst).",
     ["Maria Lopez", "Desmond Kariuki"], None),
    ("Panel (3): Henrietta Vosloo (Head of Grants), Ola Berg (Analyst), Tom Ng (HR).",
     ["Henrietta Vosloo", "Ola Berg"], None),  # Tom Ng (HR) is read as the recruiter
    # ...while a header that reads "Company - Role" still names the company
    ("Morgan Stanley - Investment Banking Analyst - superday Nov 20\nMet Dana Lee and Raj Patel.",
     ["Dana Lee", "Raj Patel"], "Morgan Stanley"),
])
def test_a_people_key_line_names_people_not_the_company(notes: str, people: list[str],
                                                        company: str | None) -> None:
    ctx = parse_notes(notes, today=TODAY)
    assert [p.name for p in ctx.interviewers] == people
    assert ctx.company == company


@pytest.mark.parametrize(("notes", "expected"), [
    # the agency recruiter who wrote the pasted email is the other side, not a second
    # interviewer; "Rupert" and "Rupert Lindqvist" are one person
    ("From: Harriet Wexford <h.wexford@agency.example>\nTo: Dan Okoro\nSubject: feedback\n\n"
     "Hi Dan,\n\nGreat to hear it went well with Rupert today. Do send Rupert a short "
     "thank-you note.\n\nBest,\nHarriet\n\nmy notes: Rupert Lindqvist = Head of Credit Risk. "
     "We talked about the leveraged loan book.", "Rupert Lindqvist"),
])
def test_the_only_interviewer_is_not_doubted_by_the_emails_sender(notes: str,
                                                                  expected: str) -> None:
    ctx = parse_notes(notes, today=TODAY)
    choice = recipient_for(ctx, "thank-you")
    assert choice.person is not None and choice.person.name == expected


@pytest.mark.parametrize(("notes", "stage", "expected"), [
    # the notes weigh the person as one choice among others: ask
    ("From: Careers <no-reply@ats.example>\nSubject: Your application\n\nUnfortunately we "
     "will not be moving forward.\n\n---\nI interviewed with Odile Varga (Head of Content) on "
     "the 11th. Do I reply to the no-reply?? or email Odile directly?\n— Petra Novak",
     "rejection-reply", None),
    # the notes doubt the person is still there: ask
    ("Interview Oct 9 with Sunita Rao (Head of Ops). Emailed Sunita Oct 16 and Oct 30, no "
     "reply.\nBUT: Sunita's LinkedIn now says Director at Halden Group. so is she even still "
     "there??\n— Kofi Mensah", "close-the-loop", None),
    # ...while a plain instruction still names the person
    ("Interview Oct 9 with Sunita Rao (Head of Ops). She said to email her with questions.\n"
     "Decision promised by Oct 20, nothing yet. email Sunita today.\n— Kofi Mensah",
     "missed-deadline", "Sunita Rao"),
])
def test_a_recipient_the_notes_question_is_asked_about(notes: str, stage: str,
                                                         expected: str | None) -> None:
    ctx = parse_notes(notes, today=dt.date(2026, 12, 14))
    choice = recipient_for(ctx, stage)
    assert (choice.person.name if choice.person else None) == expected


def test_a_recruiter_who_only_did_paperwork_is_not_thanked_as_the_interviewer() -> None:
    notes = ("intvw brannock build 10am tues - site mgr role\ngary pelt (proj director) ran most "
             "of it, asked abt subbies running late\nsunita from HR sat in last 10 min, just did "
             "right to work + start date\n")
    choice = recipient_for(parse_notes(notes, today=TODAY), "thank-you")
    assert choice.person is None or "sunita" not in choice.person.name.casefold()
