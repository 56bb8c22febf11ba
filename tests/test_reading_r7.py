"""Reading notes, round 7: a discussion cue in any tense ("We speak about", "She ask me about",
"talking about"), a sentence that ends inside a bracket, a pasted chat's stamped lines, and a
friend in that chat who is no interviewer."""

from __future__ import annotations

import pytest

from drafter.notes import parse_notes
from drafter.notes.discussed import clauses, cue_at

_CHAT = """[02/12/2025, 18:04] Linh: how did it go??
[02/12/2025, 18:10] Me: good!! Mr. Farouk Haddad (store director) did the interview
[02/12/2025, 18:11] Me: we talked about shrinkage numbers and the Lunar New Year stock planning
[02/12/2025, 18:12] Linh: send him a thank u tonight!!"""

_FRIEND = """[14/08/2025, 17:42] Hope: sooo how was it with frank
[14/08/2025, 17:45] Me: honestly good!! asked loads about shrinkage and the self checkouts
[14/08/2025, 17:46] Hope: told u. send him a thank u tonight"""

_RECRUITER_CHAT = """Thu, Feb 6, 2:47 PM
Mark Yilmaz: Good meeting u today. Gotta talk to my partner Tony but ill get back to u by mon

Thu, Feb 6, 2:51 PM
Me: Thanks Mark, appreciate it. Enjoyed seeing the shop"""


@pytest.mark.parametrize(("text", "subjected", "kind", "tail"), [
    # a non-native present after a subject
    ("speak about WMS system", True, "subject", "WMS system"),
    ("ask me about the rota", True, "question", "the rota"),
    # written as it happens
    ("talking about the new tasting menu", False, "subject", "the new tasting menu"),
    ("discussing the audit", False, "subject", "the audit"),
    # an irregular past the table knows
    ("spoke about the backlog", False, "subject", "the backlog"),
])
def test_a_cue_in_any_tense(text: str, subjected: bool, kind: str, tail: str) -> None:
    cue = cue_at(text, subjected)
    assert cue is not None and cue[0] == kind and cue[2] == tail


@pytest.mark.parametrize("text", [
    "ask about parking",  # alone, the plain form is a note to self
    "speak about pay",
    "talk about the salary band",
])
def test_a_plain_form_alone_is_no_cue(text: str) -> None:
    assert cue_at(text) is None


def test_a_sentence_ending_inside_a_bracket_ends_the_clause() -> None:
    line = "(in company everyone call her Ms Lan.) She ask me about the new self-checkout."
    assert [c for _, c in clauses(line)][-1].startswith("She ask me about")


@pytest.mark.parametrize(("notes", "who", "topic"), [
    # "We speak about": the one interviewer's conversation
    ("Interviewer was Mr. Tomasz Brandt, he is Operations Manager. We speak about WMS system, "
     "about safety incidents with reach trucks.", "Tomasz Brandt", "WMS system"),
    ("Interviewer is Ms Sara Lindqvist, she is Area Manager. (in company everyone call her Ms "
     "Sara.) She ask me about training new staff for the summer season.", "Sara Lindqvist",
     "training new staff for the summer season"),
    # a chat message without its stamp and sender
    (_CHAT, "Farouk Haddad", "shrinkage numbers"),
])
def test_topics_reach_the_one_interviewer(notes: str, who: str, topic: str) -> None:
    ctx = parse_notes(notes)
    person = next(p for p in ctx.interviewers if p.name == who)
    assert any(topic in t for t in person.topics), person.topics


@pytest.mark.parametrize(("notes", "friend", "interviewer"), [
    # the friend who asks how it went is no interviewer
    (_FRIEND, "Hope", None),
    (_CHAT, "Linh", "Farouk Haddad"),
    # the other side of a chat who met the candidate stays theirs
    (_RECRUITER_CHAT, None, "Mark Yilmaz"),
])
def test_a_friend_in_a_pasted_chat(notes: str, friend: str | None,
                                   interviewer: str | None) -> None:
    ctx = parse_notes(notes)
    names = [p.name for p in ctx.interviewers]
    if friend:
        assert friend not in names
    if interviewer:
        assert interviewer in names


_VOICEMAIL = """Voicemail transcript (Tue 4 Nov, 3:12 PM):
"Hi, this is Kavya Raghunathan from Northgate Staffing, calling about the dispatcher role.
Captain Volkov would like to see you Thursday. Please keep all communication through me."

interview went fine with Capt. Dmitri Volkov. need a check-in"""

_TEXT = """text from her (Mon 13 Jan, 4:51pm):
"Hi Mateo, Sunita here from Greenleaf Pharmacy. Thanks for coming in! We'll decide by Thurs."

that was 2 weeks ago."""

_CARD = """LinkedIn message:

Ezra Whitfield · 1st
Lattice Recruitment | Financial Services
Mar 4, 5:48 PM
Hi Noor, unfortunately they've gone with an internal candidate for the Compliance Analyst role."""

_PREFERS = """Got an offer yesterday from Brookfield Engineering, answer by Friday May 23.
But Aldgate Robotics is where I actually want to be. Final round was with Summer Nakashima (VP).
Summer and I talked about their AMR fleet for hospitals."""


@pytest.mark.parametrize(("notes", "sender"), [
    (_VOICEMAIL, "Kavya Raghunathan"),  # a name in no list, on the caller's own evidence
    (_TEXT, "Sunita"),
    (_CARD, "Ezra Whitfield"),  # a card whose headline is where they work, not a title
])
def test_who_a_pasted_message_is_from(notes: str, sender: str) -> None:
    assert parse_notes(notes).correspondent == sender


def test_the_offer_ends_where_the_notes_turn_to_the_employer_they_prefer() -> None:
    ctx = parse_notes(_PREFERS)
    assert [p.name for p in ctx.interviewers] == ["Summer Nakashima"]
    assert "Summer Nakashima" not in ctx.rivals
    offer = ctx.competing_offer
    assert offer is not None and offer.company == "Brookfield Engineering"


def test_a_title_on_a_persons_card_is_not_the_role() -> None:
    notes = ("LinkedIn messages with Mark Benedetti-Roy · Head of Visual Merchandising at Fenwick "
             "& Lowe\n\nMark Benedetti-Roy · Sep 22\nLovely to meet you today.")
    assert parse_notes(notes).role != "Head of Visual Merchandising"


@pytest.mark.parametrize(("notes", "greeting"), [
    # the notes write the title with both surnames: that is how he is addressed
    ("Interview 21 Aug with Dr. Ramón Fuentes García (clinical director).\n"
     "Tue 2 Sept: sent check-in email to Dr. Fuentes García. No reply.", "Dr. Fuentes García"),
    # no longer form written after the title: the greeting is unchanged
    ("Final interview with Dr Hamish Reid, the clinical director. We talked about the rota.",
     "Hamish"),
    ("Interview with Dr. Ana Sofía Ruiz. Sent a note to Dr. Ruiz on Friday.", "Dr. Ruiz"),
])
def test_a_title_and_surname_as_the_notes_write_them(notes: str, greeting: str) -> None:
    ctx = parse_notes(notes)
    assert [p.first_name for p in ctx.interviewers] == [greeting]


_HUNGARIAN = """postdoc interview – Budapest Institute of Molecular Biology
interviewer: Kovács Eszter (Dr., group leader) - she signs her emails "Eszter Kovács"
talked w/ Eszter about: the membrane transporter project, her ERC grant timeline
me: Aiyana Redcloud, currently postdoc at U of Manitoba"""


def test_one_person_in_two_orders_and_no_bare_title() -> None:
    ctx = parse_notes(_HUNGARIAN)
    names = [p.name for p in [*ctx.interviewers, *ctx.others]]
    assert "Dr" not in names and "Dr." not in names
    assert len([n for n in names if set(n.split()) == {"Kovács", "Eszter"}]) == 1


def test_talked_with_a_person_about_gives_them_the_topics() -> None:
    from drafter.context import Interviewer
    from drafter.notes.attrib import attribute
    from drafter.notes.mentions import Mentions

    found = attribute("talked w/ Eszter about: the membrane transporter project, her ERC grant",
                      Mentions([(Interviewer(name="Eszter Kovács"), "met")]))
    assert "the membrane transporter project" in found.topics["Eszter Kovács"]


def test_the_candidates_own_line_is_no_topic() -> None:
    ctx = parse_notes(_HUNGARIAN)
    assert not any("Aiyana" in t for p in ctx.interviewers for t in p.topics)


def test_my_notes_with_my_name_in_brackets() -> None:
    notes = ("Dr. Jörg Hoffmann · Head of Quant Research at Nordlicht Capital\n"
             "Mon 20 Oct: thanks for the great conversation on Friday.\n---\n"
             "my notes (Lena Vogt): today Brandt Versicherung made me an offer.")
    assert parse_notes(notes).candidate == "Lena Vogt"


# an interviewer who leaves and names who takes the hire over (also tests/test_asks.py)
LEAVING = ("Fleet Planner @ Tarmac Express\n"
           "- interviewed Mon 31 March w/ Kwame Asante (Head of Logistics).\n"
           "- Kwame said decision by Fri 11 April.\n"
           "- last Wed got a LinkedIn msg from Kwame: he's leaving Tarmac Express, and Ingrid "
           "Solberg (interim Head of Logistics) is taking over the hire.\n"
           "- nothing by the 11th, nothing since.")


def test_an_interviewer_who_is_leaving_hands_the_hire_on() -> None:
    from drafter.recipient import recipient_for

    choice = recipient_for(parse_notes(LEAVING), "missed-deadline")
    assert choice.person is not None and choice.person.name == "Ingrid Solberg"


@pytest.mark.parametrize("line", [
    "she's leaving the decision to Tom",  # not a departure
    "he is leaving for a conference on Friday",
])
def test_leaving_is_a_departure_only_from_an_employer(line: str) -> None:
    from drafter.notes.departed import GONE

    assert GONE.search(line) is None


@pytest.mark.parametrize(("notes", "not_a_person"), [
    ("Interview with Dr. Ramón Fuentes García.\nTue 2 Sept: sent check-in email to Dr. Fuentes "
     "García. No reply.", "Dr"),
    ("Interview with Dr. Ramón Fuentes García. Mention I can start in October if that helps "
     "with their autumn rota.", "Autumn Rota"),
])
def test_no_person_from_a_title_or_a_thing(notes: str, not_a_person: str) -> None:
    ctx = parse_notes(notes)
    assert not_a_person not in [p.name for p in [*ctx.interviewers, *ctx.others]]


def test_call_me_a_short_form_of_a_one_word_name() -> None:
    from drafter.notes.goes_by import _goes_by

    notes = ("Interviewed today with R. Senthilnathan, Regional Operations Head. He said call me "
             "Senthil.")
    assert _goes_by(notes, "Senthilnathan") == "Senthil"
    assert _goes_by(notes, "R. Senthilnathan") == "Senthil"


@pytest.mark.parametrize(("notes", "who", "topic"), [
    # the one who led, while the other only sat in
    ("Systems Engineer – Kestrel Defence.\nInterviewed today with Guðrún Jónsdóttir, Principal "
     "Systems Engineer.\nMostly discussed: requirements traceability in DOORS, the upcoming sea "
     "trials.\nMark Dunne (programme manager) sat in for the last ten minutes only.",
     "Guðrún Jónsdóttir", "requirements traceability in DOORS"),
])
def test_a_cue_with_no_subject_goes_to_the_one_who_led(notes: str, who: str, topic: str) -> None:
    ctx = parse_notes(notes)
    person = next(p for p in [*ctx.interviewers, *ctx.others] if p.name == who)
    assert any(topic in t for t in person.topics)


def test_a_cue_with_no_subject_is_never_the_candidates_own() -> None:
    notes = ("just out of the interview w/ hope at crumb & co lol. she asked if i could do 4am "
             "starts, we talked laminated dough. my name is dani btw, Daniela Ruiz")
    ctx = parse_notes(notes)
    assert all(not p.topics for p in ctx.others if p.name.startswith("Daniela"))


def test_a_chat_contact_saved_with_their_firm() -> None:
    from drafter.recipient import recipient_for

    notes = ("[15/09/2025, 11:20] Kemi Apex Recruitment: Hi Daniel, Carrow Logistics would like "
             "to see you Thurs 18th at 2pm, with Stephen Hale (Transport Manager). OK?\n"
             "[15/09/2025, 11:31] Daniel Mensah: Yes that works, thank you Kemi\n"
             "[19/09/2025, 09:05] Kemi Apex Recruitment: Stephen said it went really well, "
             "they'll decide by Fri 26th\n"
             "[02/10/2025, 08:47] Daniel Mensah: Morning Kemi, just checking if there's any "
             "news? Thanks\n---\nno reply since. her email sig says Kemi Adebayo, Senior "
             "Consultant, Apex Recruitment. want to nudge her again")
    choice = recipient_for(parse_notes(notes), "second-nudge")
    assert choice.person is not None and choice.person.name == "Kemi Adebayo"


def test_a_vietnamese_given_name_that_looks_like_a_weekday() -> None:
    ctx = parse_notes("Interview today 2pm with Nguyễn Thị Thu Hà (Operations Director).")
    assert [p.name for p in ctx.interviewers] == ["Nguyễn Thị Thu Hà"]


@pytest.mark.parametrize(("notes", "candidate"), [
    ("she asked if i could do 4am starts. my name is dani btw, Daniela Ruiz", "Daniela Ruiz"),
    ("Interview with Sam Ortiz today. me: Priya", "Priya"),
])
def test_a_short_name_given_with_the_full_one(notes: str, candidate: str) -> None:
    assert parse_notes(notes).candidate == candidate
