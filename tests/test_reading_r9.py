"""Reading notes, round 9: a competing offer whose company is written in lowercase after a date
stamp, its legal form cased as it is written; "talked:" and "we discussed:" keys; topics the
reader left unowned go to the one interviewer; a family name in capitals first ("TANAKA
Hiroshi") and the short form of the given name after it; a relation ("her sister") is no form of
address."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.notes import parse_notes
from drafter.notes.lexicon import company_case
from drafter.recipient import recipient_for

TODAY = dt.date(2025, 3, 5)


@pytest.mark.parametrize(("line", "company"), [
    # a date stamp before the company, its legal form after it
    ("3/4: hollins marsh llp offered me the junior associate job. answer by fri 3/7",
     "Hollins Marsh LLP"),
    # a name no word list knows, no company word at its end
    ("kerrowan ales offered me head brewer today - want an answer by end of the week",
     "Kerrowan Ales"),
    # after a sentence's end on the line
    ("rang the agency. brightwater freight ltd made me an offer, reply by 3/10",
     "Brightwater Freight Ltd"),
])
def test_a_lowercase_company_that_made_an_offer(line: str, company: str) -> None:
    notes = f"interview at Fenmore Press, editorial assistant, w/ Ruth Amadi\n{line}\n"
    offer = parse_notes(notes, today=TODAY).competing_offer
    assert offer is not None and offer.company == company


@pytest.mark.parametrize("line", [
    # a person, a pronoun, a plain phrase: no company made these offers
    "3/4: priya offered me a lift home after. answer by fri 3/7",
    "3/4: my old boss offered me my job back. answer by fri 3/7",
    "3/4: they offered me a coffee. answer by fri 3/7",
])
def test_no_company_is_read_from_a_person_or_a_plain_phrase(line: str) -> None:
    notes = f"interview at Fenmore Press, editorial assistant, w/ Ruth Amadi\n{line}\n"
    offer = parse_notes(notes, today=TODAY).competing_offer
    assert offer is None or offer.company is None


@pytest.mark.parametrize(("text", "cased"), [
    ("pemberton rhodes llp", "Pemberton Rhodes LLP"),
    ("kessler maschinen gmbh", "Kessler Maschinen GmbH"),
    ("o'neill & daughters ltd", "O'Neill & Daughters Ltd"),
    ("tan bak woon sdn bhd", "Tan Bak Woon Sdn Bhd"),
])
def test_company_case(text: str, cased: str) -> None:
    assert company_case(text) == cased


@pytest.mark.parametrize(("notes", "name", "topic"), [
    # the recruiter's chat first, then the candidate's notes: "talked:" is what the one
    # interviewer discussed
    ("[09:12] Tamsin Reyes: Thanks for coming in today Jo! I'll be in touch by Friday\n"
     "notes:\nmet oskar lindqvist (warehouse mgr) - he's the hiring mgr\n"
     "tamsin = talent partner\n"
     "talked: cross-docking, night shift rota, my reach truck licence\n",
     "Oskar Lindqvist", "cross-docking"),
    ("Interview with Mrs. Adaeze Obi (Head of Catering)\n"
     "we discussed: allergen labelling, the new combi ovens\n",
     "Adaeze Obi", "allergen labelling"),
])
def test_topics_keyed_as_talked_go_to_the_one_interviewer(notes: str, name: str,
                                                           topic: str) -> None:
    ctx = parse_notes(notes, today=TODAY)
    person = next(p for p in ctx.interviewers if p.name == name)
    assert any(topic in t for t in person.topics), person.topics


def test_the_short_form_of_a_given_name_written_after_a_family_name_in_capitals() -> None:
    notes = ("Interviewer: SATO Kenjiro, Head of Operations (he said everyone calls him Ken)\n"
             "topics: hangar scheduling, parts forecasting\n")
    person = parse_notes(notes, today=TODAY).interviewers[0]
    assert person.goes_by == "Ken"
    assert person.first_name == "Ken"


@pytest.mark.parametrize(("notes", "name"), [
    ("Interview with Rosa Medina (owner). Her sister Carmen runs the front desk, met her "
     "quickly.\ntalked: colour correction, booking software\n", "Carmen"),
    ("Met Mr. Declan Reilly (site manager). His father Tom started the firm in 1982.\n"
     "talked: scaffolding inspections, CSCS cards\n", "Tom"),
])
def test_a_relation_is_no_form_of_address(notes: str, name: str) -> None:
    ctx = parse_notes(notes, today=TODAY)
    for p in [*ctx.interviewers, *ctx.others]:
        if p.name.split()[0] == name:
            assert p.honorific is None, p


_RECEIVED = """From: Dr. Ingrid Solheim-Vance
To: me
Date: Nov 3, 2025
Subject: Field Technician position (Req 2210)

Dear Mr. Obuya,
Thank you for interviewing with us on October 21.
We have decided to offer the position to another candidate.
I'd encourage you to apply for the upcoming Project Coordinator role in the spring.
Best,
Ingrid
Ingrid Solheim-Vance, PhD
Director, Solheim Lab, Halden Institute

my notes: thank her, ask for feedback"""


def test_a_received_email_s_sender_is_not_the_candidate_and_its_greeting_is() -> None:
    ctx = parse_notes(_RECEIVED, today=dt.date(2025, 11, 4))
    assert ctx.candidate != "Ingrid Solheim-Vance"
    assert "Obuya" in (ctx.candidate or "")
    assert ctx.rejection_from == "Ingrid Solheim-Vance"
    # the job to apply for later is not the one applied for; the subject's is
    assert ctx.role == "Field Technician"


@pytest.mark.parametrize(("notes", "sender"), [
    # the first line with the news names no one; the next one does
    ("brightside kennels said no :(\ndr. grace adebola called today, said they hired internally "
     "for the kennel assistant job\n(intv was 5/22)\n", "Grace Adebola"),
    ("Halvard Marine Ltd said no.\nMr. Tobias Renner rang this morning - they filled it "
     "internally.\n", "Tobias Renner"),
])
def test_a_rejection_s_sender_on_a_later_line(notes: str, sender: str) -> None:
    ctx = parse_notes(notes, today=dt.date(2025, 6, 5))
    assert ctx.rejected
    assert ctx.rejection_from == sender


@pytest.mark.parametrize(("notes", "company", "role"), [
    # a greeting is no company; a team signing the email is no job; "role X" with its level
    ("from: no-reply@jobs-mail.example\nHi Tomás, Thanks for your final round with Brackenfield "
     "on Tuesday.\n— Brackenfield Recruiting\n\n(my notes) recruiter is Wen Liu — role Data "
     "Analyst II\ntalked: churn models, dbt\n", None, "Data Analyst II"),
])
def test_greetings_and_teams_are_no_company_or_role(notes: str, company: str | None,
                                                    role: str) -> None:
    ctx = parse_notes(notes, today=dt.date(2025, 11, 12))
    assert ctx.company == company
    assert ctx.role == role


def test_a_chat_line_stamped_with_its_day_names_its_speaker() -> None:
    notes = ("Indeed messages - Bramble Lane Nursery\n"
             "Apr 2 Siobhan (manager): thanks for coming in today! we'll be in touch by friday\n"
             "Apr 9 me: Hi Siobhan, just following up on the Nursery Practitioner role...\n"
             "nothing since\nalso met room leader Aisha in the toddler room\n")
    ctx = parse_notes(notes, today=dt.date(2025, 4, 22))
    everyone = [p.name for p in [*ctx.interviewers, *ctx.others]]
    assert "Siobhan" in everyone
    assert ctx.interview_date == dt.date(2025, 4, 2)


@pytest.mark.parametrize(("notes", "today", "interview"), [
    # a round still to come, its day written without a month or year, is no interview
    ("intvw this morn - carpenter @ Ridgeway Joinery\nspoke w/ Colm Dunne (owner)\n"
     "2nd round = day on site thurs 24th\n", dt.date(2025, 7, 16), None),
    # a year written out stands as written
    ("Interview: Tue Dec 9, 2025 with Priya Raman\n", dt.date(2025, 11, 19),
     dt.date(2025, 12, 9)),
])
def test_an_interview_day_still_to_come(notes: str, today: dt.date,
                                        interview: dt.date | None) -> None:
    assert parse_notes(notes, today=today).interview_date == interview


@pytest.mark.parametrize(("notes", "first"), [
    # the notes call him by the first word alone: that is his given name
    ("intvw today @ Ridgeway Joinery\nspoke w/ Tama Walker (director)\ntama - joiner since 98, "
     "staircases\nthx tama\n", "Tama"),
    # "(family name Sato)": the first word alone is the surname, so the whole name is used
    ("Interviewer: Nakamura Daiki (family name Nakamura), Plant Manager\n- talked about kaizen\n",
     "Nakamura Daiki"),
])
def test_greeted_by_the_first_word_when_the_notes_call_them_so(notes: str, first: str) -> None:
    person = parse_notes(notes, today=dt.date(2025, 7, 16)).interviewers[0]
    assert person.first_name == first


@pytest.mark.parametrize(("value", "people"), [
    # a title before the name, its head a title word and the words before it capitalised
    ("Artistic Director Yasmin Haddad; Production Manager Omar Kassab",
     [("Yasmin Haddad", "Artistic Director"), ("Omar Kassab", "Production Manager")]),
    ("Associate Partner Rohan Kapoor, Senior Manager Grace Lee",
     [("Rohan Kapoor", "Associate Partner"), ("Grace Lee", "Senior Manager")]),
])
def test_a_title_before_the_name_in_a_people_key(value: str,
                                                 people: list[tuple[str, str]]) -> None:
    ctx = parse_notes(f"Interview: Stage Manager — Lantern Theatre\nWho: {value}\n",
                      today=TODAY)
    assert [(p.name, p.title) for p in ctx.interviewers] == people


def test_a_title_after_a_jotted_name_ends_before_where_they_work() -> None:
    notes = ("interview today w/ tane rāwiri, fleet services mgr @ waikura district council\n"
             "talked route planning, breakdown cover\n")
    ctx = parse_notes(notes, today=TODAY)
    assert [p.name for p in ctx.interviewers] == ["Tane Rāwiri"]


@pytest.mark.parametrize(("notes", "name"), [
    ("Role: Trainee Surveyor\n- Partner interview w/ Ruth Okonkwo\nSigned off as: Keir Lindgren\n",
     "Keir Lindgren"),
    ("Interview: ward clerk, Dr. Agnes Byrne\n- rotas\nSign-off: Ailsa Munro\n", "Ailsa Munro"),
])
def test_the_name_the_candidate_signs_off_with(notes: str, name: str) -> None:
    assert parse_notes(notes, today=TODAY).candidate == name


@pytest.mark.parametrize(("line", "to"), [
    # where someone said notes are to go
    ("Grace Idowu (grad recruitment) said thank-you notes can go to the partner directly",
     "Ruth Okonkwo"),
    # a question that weighs names is no such say
    ("not sure if the thank-you should go to Ruth or Tom or both", None),
])
def test_where_notes_are_to_go(line: str, to: str | None) -> None:
    notes = ("Panel for Trainee Surveyor at Hale & Finch LLP\nPartner: Ruth Okonkwo\n"
             f"Senior Associate: Tom Baptiste\n{line}\n")
    ctx = parse_notes(notes, today=TODAY)
    choice = recipient_for(ctx, "thank-you", None)
    assert (choice.person.name if choice.person else None) == to


def test_a_thank_you_the_recruiter_asked_for_is_not_sent_to_a_panellist_instead() -> None:
    notes = ("Assessment day, Hale & Finch LLP — Trainee Surveyor\n"
             "- Partner interview w/ Ruth Okonkwo (Partner) — party walls\n"
             "- Tom Baptiste (Senior Associate) ran the site exercise\n"
             "- Grace Idowu (Grad Recruitment Mgr) closed the day. Said any follow-up notes "
             "should come to her and she'll share them with the panel.\nme: Keir Lindgren\n")
    ctx = parse_notes(notes, today=TODAY)
    choice = recipient_for(ctx, "thank-you", None)
    assert choice.person is None or choice.person.name == "Grace Idowu"
