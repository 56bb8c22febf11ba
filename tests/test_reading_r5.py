"""Reading the employer and the job from prose, and phrasing a topic: "at the X" names the
employer only where the sentence is about this interview; a firm's plural name is no person's;
a paragraph that also reports an event still gives its header facts; "their" after a plural
noun is that noun's; a topic met as "a ..." is "the ..." once both know it."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.notes import parse_notes
from drafter.notes.header import header_facts
from drafter.notes.job_heads import firm_plural
from drafter.notes.segment import _sentences
from drafter.phrasing import _second_person, with_article

TODAY = dt.date(2026, 5, 20)


@pytest.mark.parametrize(("line", "company", "role"), [
    ("I interviewed for the Grants Officer role at the Ferncliffe Community Foundation on "
     "25 March", "Ferncliffe Community Foundation", "Grants Officer"),
    ("Today I interviewed for the Data Analyst role at the Marhaf Research Institute in "
     "Reykjavík.", "Marhaf Research Institute", "Data Analyst"),
    # a unit, then the organisation it belongs to
    ("Interviewed 28 Oct with Prof. Arvind Rao at the Institute of Marine Sciences, University "
     "of Tasmania, for the Research Fellow post", "University of Tasmania", None),
    ("interviewed at Greenleaf Grocers today", "Greenleaf Grocers", None),
    # a place in the employer, another job: no company
    ("it was for Produce Team Lead at the Harrogate store", None, "Produce Team Lead"),
    ("Interviewed 23 April. I have accepted a job at the Northamptonshire Archives Service",
     None, None),
    # a corrected slip: the correction's name, not the slip's
    ("my interview for the Research Technician post at the Crick... no wait, the Halden",
     "Halden", "Research Technician"),
])
def test_the_employer_after_at_the(line: str, company: str | None, role: str | None) -> None:
    facts = header_facts(line, segments=True, notes=line)
    assert facts.get("company") == company
    if role is not None:
        assert facts.get("role") == role


@pytest.mark.parametrize(("name", "firm"), [
    ("Greenleaf Grocers", True),
    ("Halden Builders", True),
    # surnames that are plurals, after a first name or not a job's noun
    ("Bernie Sanders", False),
    ("Tom Banks", False),
    ("Carter Jones", False),
])
def test_a_firms_plural_name(name: str, firm: bool) -> None:
    assert firm_plural(name) is firm


@pytest.mark.parametrize(("notes", "company", "role"), [
    # a paragraph that reports a sent message still says where the interview was
    ("I interviewed at Marlow & Finch Architects for the Part II Assistant role on 3 May with "
     "Sunita Rao. I sent a thank-you that evening.", "Marlow & Finch Architects",
     "Part II Assistant"),
    ("Hi Dev! Thanks again for interviewing for the Data Governance Lead role yesterday.",
     None, "Data Governance Lead"),
    ("Timeline (St. Aldric's College, Admissions Counselor):\n- met Fr. Okafor 3 May", None,
     None),
])
def test_header_facts_from_prose(notes: str, company: str | None, role: str | None) -> None:
    ctx = parse_notes(notes, today=TODAY)
    assert ctx.company == company
    assert ctx.role == role
    assert ")" not in (ctx.role or "")


@pytest.mark.parametrize(("text", "expected"), [
    ("Timeline (St. Aldric's College, Admissions Counselor):",
     ["Timeline (St. Aldric's College, Admissions Counselor):"]),
    ("Met Dr. Osei. She was kind.", ["Met Dr. Osei", "She was kind."]),
])
def test_a_title_in_brackets_ends_no_sentence(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("how I would support new graduate nurses during their first months",
     "how I would support new graduate nurses during their first months"),
    ("moving their nightly batch ETL to streaming", "moving your nightly batch ETL to streaming"),
    ("how they handle escalations and their root causes",
     "how you handle escalations and their root causes"),
    ("their plans for the new ward", "your plans for the new ward"),
])
def test_their_after_a_plural_noun_is_that_nouns(text: str, expected: str) -> None:
    assert _second_person(text) == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    ("a collective dismissal case", "the collective dismissal case"),
    ("an audit of the kitchen", "the audit of the kitchen"),
    # an amount, not one thing
    ("a lot of agency staff", "a lot of agency staff"),
    ("a few rota changes", "a few rota changes"),
    ("rota redesign", "the rota redesign"),
])
def test_a_topic_both_know_takes_the(phrase: str, expected: str) -> None:
    assert with_article(phrase) == expected


@pytest.mark.parametrize(("notes", "person", "topics"), [
    # notes written to the candidate in the second person: "you" is the candidate
    ("Interviewers: Station Officer Frank Ibekwe. He pressed you on frailty assessments and "
     "the falls pathway.", "Frank Ibekwe",
     ["asked about frailty assessments", "asked about the falls pathway"]),
    ("Interviewer: Dana Reyes\nShe asked you about the night rota.", "Dana Reyes",
     ["the night rota"]),
])
def test_second_person_notes(notes: str, person: str, topics: list[str]) -> None:
    ctx = parse_notes(notes, today=TODAY)
    assert [(p.name, p.topics) for p in ctx.interviewers] == [(person, topics)]


@pytest.mark.parametrize(("notes", "company", "people"), [
    # "for the X post with <organisation>": the employer, not someone met
    ("You interviewed today for the Community Paramedic post with East Fenland Ambulance "
     "Trust. Interviewers: Station Officer Frank Ibekwe.", "East Fenland Ambulance Trust",
     ["Frank Ibekwe"]),
    # "for the X role with <person>": someone met, never the employer
    ("interviewed for the Data Analyst role with Priya Shah today.", None, ["Priya Shah"]),
])
def test_for_the_post_with(notes: str, company: str | None, people: list[str]) -> None:
    ctx = parse_notes(notes, today=TODAY)
    assert ctx.company == company
    assert [p.name for p in ctx.interviewers] == people


@pytest.mark.parametrize(("line", "company"), [
    ("interviewed for the Data Analyst role with Priya Shah today", None),
    ("Platform Engineer interview with Helix Grid", "Helix Grid"),
    ("the Nurse position with Mercy Health", "Mercy Health"),
    ("Data Analyst role at Acme Corp", "Acme Corp"),
])
def test_role_then_with_names_an_employer_not_a_person(line: str, company: str | None) -> None:
    assert header_facts(line, segments=True, notes=line).get("company") == company


_LINKEDIN = """LinkedIn:

Summer Oyelaran-Price · Nov 7
Thanks Bogdan, enjoyed our chat about the dairy lending book. We'll be in touch by the 21st.

Bogdan Petrescu · Nov 25
Hi Summer, hope you're well. Just following up on the Relationship Manager role.
Seen
"""
_WHATSAPP = (
    "[02/09/2025, 18:40] Chef Javier: Thanks for the trial shift today Kemi, the team liked "
    "your work on pastry. I talk with the owner and tell you by Friday\n"
    "[02/09/2025, 18:52] Kemi: Thank you Chef! Looking forward to hearing\n"
    "[09/09/2025, 10:15] Kemi: Good morning Chef, just checking in about the sous chef job\n")

_FARM_CHAT = (
    "[02/06/2025, 18:22] Tom Prendergast: Good to meet you today Ciarán. Thanks for coming out "
    "to Ballyduff Dairy. I'll let you know Friday either way about the herd manager job\n"
    "[02/06/2025, 18:25] Ciarán: Thanks Tom, great to see the new rotary parlour. Talk Friday\n")

_SLACK = (
    "Slack DM — Larkspur Insurance\n"
    "Ife Balogun  Yesterday at 4:12 PM\n"
    "Hey Tomás — wanted to tell you before the formal email lands: we've decided to go with "
    "an external candidate for the Underwriting Team Lead role.\n\n"
    "notes: internal move, interviewed 15 aug w/ Ife and Gwen from HR. want to thank her\n")


@pytest.mark.parametrize(("notes", "candidate"), [
    # the hiring side thanks the candidate by name, at the start or closing a clause
    (_LINKEDIN, "Bogdan Petrescu"),
    (_WHATSAPP, "Kemi"),
    # the candidate thanking the interviewer by name is no evidence of the candidate's name
    (_FARM_CHAT, "Ciarán"),
    # a greeting in a pasted chat message names its reader
    (_SLACK, "Tomás"),
])
def test_the_candidates_name_from_a_pasted_chat(notes: str, candidate: str) -> None:
    ctx = parse_notes(notes, today=TODAY)
    assert ctx.candidate == candidate
    assert not any(p.name.startswith(("Hey ", "Hi ")) for p in [*ctx.interviewers, *ctx.others])


@pytest.mark.parametrize(("notes", "stage", "to", "greeting"), [
    # a chat header names who sent the rejection
    (_SLACK, "rejection-reply", "Ife Balogun", None),
    # a speaker shown with a form of address is greeted with it
    (_WHATSAPP, "second-nudge", "Chef Javier", "Chef Javier"),
])
def test_who_sent_a_chat_message(notes: str, stage: str, to: str, greeting: str | None) -> None:
    from drafter.recipient import recipient_for

    choice = recipient_for(parse_notes(notes, today=TODAY), stage)
    assert choice.person is not None and choice.person.name == to, choice
    if greeting:
        assert choice.person.first_name == greeting


@pytest.mark.parametrize(("line", "company"), [
    # a unit "of" something, then the employer: the employer
    ("Interview today for Lecturer in Structural Engineering, School of Civil Engineering, "
     "Pennine University.", "Pennine University"),
    # such a name alone is the employer
    ("College of Policing - Trainer - interview 3 May", "College of Policing"),
])
def test_a_unit_and_its_employer(line: str, company: str) -> None:
    assert header_facts(line, segments=True, notes=line).get("company") == company
