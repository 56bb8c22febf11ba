"""Reading notes, stop 27: tables of notes and the fact read (issue 9)."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.context import Interviewer
from drafter.date_order import day_first
from drafter.notes import parse_notes
from drafter.notes.addressed import addressed
from drafter.notes.name_forms import called_by_first, starts_name
from drafter.notes.segment import sentence_at
from drafter.recipient import recipient_for


@pytest.mark.parametrize(("text", "today", "want"), [
    # both orders fall in the weeks around today, and the notes spell a date day first; but
    # only month first puts the email already sent on or before today
    ("int thurs 28 aug\nemailed him 9/11, nothing back\n", dt.date(2025, 9, 25), False),
    # ... and the other way round: day first is the order that keeps it in the past
    ("interview Aug 28\nchased her 11/9\n", dt.date(2025, 9, 25), True),
    # both orders in the past: the spelled dates decide, as before
    ("interview 28 aug\nemailed 9/9\n", dt.date(2025, 9, 25), True),
    # a date that can only be read one way decides
    ("interviewed 18/11\n", dt.date(2025, 11, 30), True),
])
def test_slashed_dates_are_read_in_the_order_that_keeps_past_events_past(
        text: str, today: dt.date, want: bool) -> None:
    assert day_first(text, today) is want


@pytest.mark.parametrize(("notes", "company"), [
    # the way they met heads the line: not the company
    ("Teams interview – Kestrel Rowe LLP, Audit Senior, Thu afternoon\n"
     "Faith Nakamura - IFRS 16 leases\n", None),
    ("Zoom call w/ Arlo Byrne re the Ops Lead job\nwe talked about rota planning\n", None),
])
def test_a_meeting_platform_is_not_the_company(notes: str, company: str | None) -> None:
    ctx = parse_notes(notes, today=dt.date(2025, 2, 21))
    assert ctx.company not in ("Teams", "Zoom")
    if company:
        assert ctx.company == company


@pytest.mark.parametrize(("notes", "first"), [
    # a name of several words, the notes call her by the first alone
    ("Bellhaven Philharmonic – Orchestra Manager\ninterview w/ Sinéad Mac Giolla Phádraig "
     "(General Manager)\nSinéad: touring logistics, player contracts\nwrite to Sinéad\n",
     "Sinéad"),
])
def test_greeted_by_the_first_word_of_a_longer_name(notes: str, first: str) -> None:
    person = parse_notes(notes, today=dt.date(2025, 6, 23)).interviewers[0]
    assert person.first_name == first


@pytest.mark.parametrize(("name", "text", "in_full"), [
    ("Hemi Walker", "thx hemi", False),
    ("Sinéad Mac Giolla Phádraig", "write to Sinéad", False),
    # a later word of the name used too: the whole name stays
    ("Sinéad Mac Giolla Phádraig", "write to Sinéad, Phádraig said so", True),
    # an initial is not a name anyone goes by ("Dear J," never)
    ("J. Okonkwo-Barnes", "J said the team is growing", True),
])
def test_called_by_first_word(name: str, text: str, in_full: bool) -> None:
    person = Interviewer(name=name, greet_in_full=True)
    assert called_by_first(person, text).greet_in_full is in_full


@pytest.mark.parametrize(("notes", "interviewer", "recruiter"), [
    # family name, middle name, two given names; "Thu" there is a name, not Thursday
    ("Interviewer is Mrs. Nguyễn Thị Thu Hà, she asked about logistics.\ncompany: Acme\n",
     "Nguyễn Thị Thu Hà", None),
    ("recruiter: NGUYEN Thi Thu Ha (talent acq)\ncompany: Acme\nrole: analyst\n",
     None, "NGUYEN Thi Thu Ha"),
    # one given name, the comma ends it
    ("met Trần Văn Minh, HR, about the analyst role\n", "Trần Văn Minh", None),
])
def test_vietnamese_names_with_two_given_names(notes: str, interviewer: str | None,
                                               recruiter: str | None) -> None:
    ctx = parse_notes(notes, today=dt.date(2026, 12, 1))
    if interviewer:
        assert [p.name for p in ctx.interviewers] == [interviewer]
    if recruiter:
        assert ctx.recruiter == recruiter


@pytest.mark.parametrize(("notes", "interviewers", "later"), [
    # the later round is another sentence of the same line: Ana was at this interview
    ("Interviewed with Ana Lopez today. Next step is a meeting with her boss, Tom Reyes "
     "(VP Ops), next week.\nWe talked about cold chain.\n", ["Ana Lopez"], ["Tom Reyes"]),
    ("interview today w/ Dana Ruiz (store mgr)\ntalked about inventory counts\n"
     "next: HM interview w/ Chidinma Obi on Fri\n", ["Dana Ruiz"], ["Chidinma Obi"]),
    ("phone screen w/ Marcus (TA) went ok\nasked about my forklift experience\n",
     ["Marcus"], []),
])
def test_people_of_this_interview_and_of_a_later_round(
        notes: str, interviewers: list[str], later: list[str]) -> None:
    ctx = parse_notes(notes, today=dt.date(2026, 12, 1))
    assert [p.name for p in ctx.interviewers] == interviewers
    assert all(name not in [p.name for p in ctx.interviewers] for name in later)


@pytest.mark.parametrize(("text", "word", "sentence"), [
    ("Interviewed with Ana today. Next step is with Dr. Tom Reyes, next week. J. Okafor said hi!"
     "  ok\nline two", "Tom", "Next step is with Dr. Tom Reyes, next week."),
    ("Interviewed with Ana today. Next", "Ana", "Interviewed with Ana today."),
    ("a. b\nJ. Okafor said hi! ok", "Okafor", "J. Okafor said hi!"),
    ("line one\nline two", "two", "line two"),
])
def test_the_sentence_around_a_word(text: str, word: str, sentence: str) -> None:
    assert sentence_at(text, text.index(word)) == sentence


@pytest.mark.parametrize(("notes", "answer_by"), [
    # the other employer's decision estimate is in its own sentence: not the offer's date
    ("Did my stage at Crumb & Hearth last Friday (3/28). She said she'd decide 'in a couple of "
     "weeks.' This morning the Aldridge Hotel offered me Pastry Cook and they need an answer "
     "by Monday the 7th.", dt.date(2025, 4, 7)),
    ("Northwind offered me the job today. Need to tell them by Friday.", dt.date(2025, 4, 4)),
])
def test_the_answer_date_is_in_the_offers_sentences(notes: str, answer_by: dt.date) -> None:
    offer = parse_notes(notes, today=dt.date(2025, 4, 2)).competing_offer
    assert offer is not None and offer.answer_by == answer_by


@pytest.mark.parametrize(("line", "to"), [
    # a second language's present, with the silence after it: sent
    ("I send follow up email on 9 April to Mr. Fitzgerald but still no answer.",
     "Liam Fitzgerald"),
    ("I sent a follow up email on 9 April to Mr. Fitzgerald but still no answer.",
     "Liam Fitzgerald"),
    # a plan is not a message sent
    ("I send follow up email to Mr. Fitzgerald tomorrow.", None),
])
def test_a_check_in_already_sent(line: str, to: str | None) -> None:
    ctx = parse_notes("Interview 27 March with Liam Fitzgerald (Fleet Superintendent) and Donna "
                      "Pike (Shop Supervisor)\n" + line, today=dt.date(2025, 4, 16))
    assert [m.to for m in ctx.sent] == ([to] if to else [])


@pytest.mark.parametrize(("notes", "owner", "honorifics"), [
    # "Mr. Chen" of two Chens is the man; the title is not spread to Jenny Chen
    ("Interviewer: Mr. Chen Wei-Ming (operations manager) and Jenny Chen\nMr. Chen said they "
     "would decide on 5/2. still no news.", "Chen Wei-Ming", ["Mr", None]),
    # ... in a second language's present
    ("Interviewer: Mr. Chen Wei-Ming (operations manager) and Jenny Chen\nMr. Chen say they "
     "decide on 5/2 after the busy time. Today already 10/2 still no news.", "Chen Wei-Ming",
     ["Mr", None]),
])
def test_who_gave_the_timeline(notes: str, owner: str, honorifics: list[str | None]) -> None:
    ctx = parse_notes(notes, today=dt.date(2025, 2, 10))
    assert ctx.thread_owner == owner
    assert [p.honorific for p in ctx.interviewers] == honorifics


@pytest.mark.parametrize(("notes", "titles"), [
    # a title that ends in a form of address is the next person's
    ("It was with three persons: the director Mr. Paul Desrosiers, the supervisor Ms. Fatou "
     "Ndiaye and one caseworker, Abdi.", {"Paul Desrosiers": "director"}),
    ("Dana Lee, the hiring manager, asked about SQL", {"Dana Lee": "hiring manager"}),
])
def test_whose_title_it_is(notes: str, titles: dict[str, str]) -> None:
    ctx = parse_notes(notes, today=dt.date(2025, 2, 26))
    assert {p.name: p.title for p in ctx.interviewers if p.name in titles} == titles


def test_the_job_after_hr_is_no_recruiters_name() -> None:
    notes = ("I need to write to the recruiter. This is her email:\n\n\"Dear Mamadou, thank you "
             "for interviewing with our team. Warm regards, Chloé Martin-Lefebvre, HR "
             "Generalist, New Horizons Refugee Services\"\n\nMamadou Diallo")
    ctx = parse_notes(notes, today=dt.date(2025, 2, 26))
    assert ctx.recruiter != "Generalist"


@pytest.mark.parametrize(("notes", "candidate", "titles"), [
    # another name for them in brackets is no job: the closing line is one's own name
    ("- Interview 27 March with Liam Fitzgerald (Fleet Superintendent)\n- result by 4 April\n\n"
     "Kim Min-jun (Minjun)", "Kim Min-jun", {"Liam Fitzgerald": "Fleet Superintendent"}),
    ("- Interview 27 March with Liam Fitzgerald (Fleet Superintendent)\n- result by 4 April\n\n"
     "Robert Okafor (Bob)", "Robert Okafor", {"Liam Fitzgerald": "Fleet Superintendent"}),
    # ... and a team in brackets is still theirs
    ("panel: Tom Reyes (Finance), Ana Ruiz (Ops)\nTom asked about budgets", None,
     {"Tom Reyes": "Finance", "Ana Ruiz": "Ops"}),
])
def test_a_bracketed_alias_is_no_title(notes: str, candidate: str | None,
                                       titles: dict[str, str]) -> None:
    ctx = parse_notes(notes, today=dt.date(2025, 4, 16))
    assert ctx.candidate == candidate
    assert {p.name: p.title for p in ctx.interviewers} == titles


@pytest.mark.parametrize(("short", "full", "same"), [
    ("gwen", "Gwendolyn", True), ("Tom", "Tomasz", True),
    # not the start of the name, or not a first name of its own
    ("wendy", "Gwendolyn", False), ("gwe", "Gwendolyn", False), ("Tomasz", "Tom", False),
])
def test_a_first_name_that_starts_another(short: str, full: str, same: bool) -> None:
    assert starts_name(short, full) is same


@pytest.mark.parametrize(("notes", "stage", "recipient"), [
    # "reply to gwen": the short form of the sender's name; "pass my thanks to Luis" is not
    # whom the reply goes to
    ("From: Adeyemi-Clarke, Gwendolyn <g@halden.gov>\nSubject: Recreation Program Coordinator"
     "\n\nDear Candidate,\nThe panel has selected another candidate.\n\nRespectfully,\n"
     "Gwendolyn Adeyemi-Clarke\nHR Generalist II | City of Halden\n\n---\nugh. reply to gwen, "
     "keep it classy. ask her to pass my thanks to Luis (Luis Fernández García, rec manager)\n",
     "rejection-reply", "Gwendolyn Adeyemi-Clarke"),
    # a name no list knows, who acts in the notes and whom they say to email
    ("- 1st round 1/7 with Viktor Sokolov (QE mgr)\n- 2nd round booked w/ plant mgr - Nomvula "
     "set it up\n- accepted another offer yesterday\n- need to email Nomvula + cancel 2nd "
     "round\n- Sam Whitfield\n", "close-the-loop", "Nomvula"),
    # "HM" is the hiring manager
    ("Ayşe Yıldız (controls lead, HM): TwinCAT, EtherCAT\nMateo (sr controls): ladder logic\n"
     "Grace O'Sullivan (recruiter) - OOO until 2/24\nOrbis Automation offer: $118k, deadline "
     "Tues 2/18\n", "competing-offer", "Ayşe Yıldız"),
])
def test_whom_it_goes_to(notes: str, stage: str, recipient: str) -> None:
    ctx = parse_notes(notes, today=dt.date(2025, 2, 12))
    chosen = recipient_for(ctx, stage).person
    assert chosen is not None and chosen.name == recipient


def test_the_name_someone_introduced_themselves_by() -> None:
    notes = ("You met Karthikeyan Subramaniam (he introduced himself as Karthik, Deputy "
             "Director) and Grace Whitfield from HR. Karthik asked you about heat pump grant "
             "take-up in rural areas. Draft a thank-you to Karthik.")
    ctx = parse_notes(notes, today=dt.date(2025, 9, 24))
    person = ctx.interviewers[0]
    assert (person.name, person.title, person.goes_by) == (
        "Karthikeyan Subramaniam", "Deputy Director", "Karthik")
    assert person.topics


@pytest.mark.parametrize(("notes", "company", "answer_by"), [
    # a bracket after the company before "offered", a sum after it
    ("Larchmont Vet Specialists - ICU tech - intvw 11/25\n- PetHaven (Riverside) offered $25/hr "
     "yesterday, need answer by Mon the 8th\n- I want larchmont!!", "PetHaven",
     dt.date(2025, 12, 8)),
    # a pasted offer a team sent, no address on its From: line
    ("From: Northlight Interactive People Team\nSubject: Your offer - Level Designer II\n\n...we "
     "are delighted to offer you the position of Level Designer II. Please confirm your "
     "acceptance by Tuesday, December 9, 2025.\n\n--\nme: I want Cobalt Ridge Games way more.",
     "Northlight Interactive", dt.date(2025, 12, 9)),
])
def test_the_offer_and_whose_it_is(notes: str, company: str, answer_by: dt.date) -> None:
    offer = parse_notes(notes, today=dt.date(2025, 12, 3)).competing_offer
    assert offer is not None and (offer.company, offer.answer_by) == (company, answer_by)


@pytest.mark.parametrize(("notes", "people"), [
    # given names gender-guesser's table lacks (data/first-names-extra.txt), in a jotting
    ("pharmacy tech interview yest\n- ama owusu (owner) : hours, the flu shot clinic\n",
     ["Ama Owusu"]),
    ("- wanjiru kamau (ops lead): cold chain, the new WMS\n", ["Wanjiru Kamau"]),
])
def test_names_the_gazetteer_lacked(notes: str, people: list[str]) -> None:
    ctx = parse_notes(notes, today=dt.date(2025, 6, 14))
    assert [p.name for p in ctx.interviewers] == people


def test_a_form_of_address_picks_between_two_of_one_surname() -> None:
    notes = ("1st half: Chidi Okafor, Head of Network Planning. he gave me a routing case study.\n"
             "2nd half: Ngozi Okafor (no relation! she laughed) - HR Business Partner\n")
    ctx = parse_notes(notes, today=dt.date(2025, 11, 18))
    found = recipient_for(ctx, "thank-you", "Mr Okafor").person
    assert found is not None and found.name == "Chidi Okafor"


@pytest.mark.parametrize(("line", "target"), [
    ("Thank-you should go to Siobhán as she chaired.", "Siobhán"),
    ("thank you will go to Dana", "Dana"),
    ("thank you for coming in", None),
])
def test_where_the_thank_you_should_go(line: str, target: str | None) -> None:
    found = [t.words for group in addressed(line) for t in group]
    assert found == ([target] if target else [])


def test_a_2nd_round_person_is_not_at_this_interview() -> None:
    notes = ("- 1st round 1/7 with Viktor Sokolov (QE mgr) - AS9100 audit findings\n"
             "- 2nd round booked Tue 1/20 w/ plant mgr (Emeka Okafor)\n")
    ctx = parse_notes(notes, today=dt.date(2026, 1, 14))
    assert [p.name for p in ctx.interviewers] == ["Viktor Sokolov"]
