"""Who the email goes to, round two: tables of notes written for each mechanism, in shapes
and industries the dev sets do not use, with the notes each mechanism must leave alone.

1. a lowercase first name that is also an everyday word ("will", "mark", "grace") opens a
   name when a lowercase surname no English list knows follows it;
2. a person met bare (a voicemail, a header) and described later gets that later title;
   a long bracket gives the title after the person's letters ("(PharmD, she's the ...)");
3. someone an interviewer will consult ("to talk to GM (Harlan Voss)", "check with her
   director") is no interviewer, and does not make the only interviewer ambiguous;
4. "Tanaka-san": the notes' own form of address for a family-name-first name is the greeting;
5. one on the invite who "didn't show" is not thanked when someone else sat the interview;
6. a jotted line opening with a lowercase name, then its title ("- dev patel eng mgr, 1hr").
"""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.notes import parse_notes
from drafter.recipient import recipient_for

TODAY = dt.date(2026, 11, 30)


def _names(people: list) -> list[str]:  # type: ignore[type-arg]
    return [p.name for p in people]


# -- 1. lowercase everyday-word first names ------------------------------------------------
EVERYDAY_FIRST = [
    ("call w/ mark kowalczyk (site supervisor) about the night shift", "Mark Kowalczyk"),
    ("interviewed by grace okonkwo (nurse manager) on 4 west", "Grace Okonkwo"),
    ("zoom with hope castellanos (program director) re the after-school club", "Hope Castellanos"),
    ("spoke with faith abernathy (head of admissions), 40 min", "Faith Abernathy"),
    ("coffee chat w/ sunny ramaswamy (eng manager) at the office", "Sunny Ramaswamy"),
    ("met with rich delacroix (ops director) at the depot", "Rich Delacroix"),
    ("video call with bill nakashima (plant manager) - went well", "Bill Nakashima"),
    ("phone screen with dawn przybylski (recruiter, Halden Foods)", "Dawn Przybylski"),
]


@pytest.mark.parametrize(("notes", "name"), EVERYDAY_FIRST)
def test_an_everyday_word_first_name_opens_a_lowercase_name(notes: str, name: str) -> None:
    ctx = parse_notes(notes + "\n- me: Sam Reyes", today=TODAY)
    found = [*_names(ctx.interviewers), ctx.recruiter or ""]
    assert name in found


LEFT_ALONE_LOWER = [
    "interview went ok, will follow up with hr next week",
    "they offered a grace period for relocation (3 months)",
    "met with rich people from the marketing side (very loud)",
    "said the role will grow into a lead position",
]


@pytest.mark.parametrize("notes", LEFT_ALONE_LOWER)
def test_everyday_words_stay_words(notes: str) -> None:
    ctx = parse_notes(notes + "\n- me: Sam Reyes", today=TODAY)
    everyone = _names(ctx.interviewers) + _names(ctx.others) + [ctx.recruiter or ""]
    assert not any(n.split()[0].casefold() in ("will", "grace", "rich") for n in everyone if n)


# -- 2. described later; a long bracket after letters -----------------------------------------
DESCRIBED_LATER = [
    ('VOICEMAIL: "Hi, this is Dr. Okafor from Lakeside Vet, confirming tomorrow at 9."\n'
     "interview done. Dr Okafor (DVM, she's the medical director, never said her first name) "
     "ran it.\n- talked about their dental suite\n", "Okafor", "medical director"),
    ("Ms. Adeyinka left a message to move it to 10.\n"
     "Ms Adeyinka (MBA, she's the operations manager, asked lots about forklifts) ran it\n",
     "Adeyinka", "operations manager"),
    ("Tomasz Zielinski (PE, he's the chief engineer, been there 20 yrs, very dry humour) "
     "asked about load calcs\n", "Tomasz Zielinski", "chief engineer"),
    ("Nkechi Eze (RN, MSN, she's the nurse manager on 4 West, super warm) asked about nights\n",
     "Nkechi Eze", "nurse manager on 4 West"),
    ("Ms. Brennan rang to confirm.\nMs Brennan (CPA, she's the finance director) went through "
     "the month-end close\n", "Brennan", "finance director"),
]


@pytest.mark.parametrize(("notes", "name", "title"), DESCRIBED_LATER)
def test_a_later_description_gives_the_title(notes: str, name: str, title: str) -> None:
    ctx = parse_notes(notes + "me: Sam Reyes", today=TODAY)
    person = recipient_for(ctx, "thank-you").person
    assert person is not None and person.name.endswith(name)
    assert person.title is not None and person.title.endswith(title)


def test_a_bracket_that_names_someone_else_gives_no_title() -> None:
    notes = ("Letter signed by the Judge herself (not the career clerk, Owen Pryce, who set up "
             "my interview).\nme: Sam Reyes")
    ctx = parse_notes(notes, today=TODAY)
    assert "Herself" not in _names(ctx.interviewers) + _names(ctx.others)
    assert not any(p.title and "clerk" in p.title for p in ctx.interviewers)


# -- 3. someone an interviewer will consult ----------------------------------------------------
CONSULTED = [
    ("INTERVIEWER: Jens Thorvaldsen (Agronomy Manager)\n"
     "NEXT STEPS: Jens to talk to GM (Harlan Voss) this week\n", "Jens Thorvaldsen"),
    ("Interviewer: Marisol Vega (Store Manager)\n"
     "Marisol will check with the district manager, Paul Okafor, and call me\n", "Marisol Vega"),
    ("Interviewer: Chidi Obi (Head Chef)\nChidi said he needs sign-off from the owner "
     "(Ruth Adler) before an offer\n", "Chidi Obi"),
    ("Interviewer: Priya Raman (Lab Manager)\nPriya is going to talk to Dr. Holm "
     "about the budget\n", "Priya Raman"),
]


@pytest.mark.parametrize(("notes", "want"), CONSULTED)
def test_someone_to_be_consulted_is_not_an_interviewer(notes: str, want: str) -> None:
    ctx = parse_notes(notes + "me: Sam Reyes", today=TODAY)
    choice = recipient_for(ctx, "thank-you")
    assert choice.person is not None and choice.person.name == want


def test_someone_talked_to_is_still_an_interviewer() -> None:
    notes = "talked to Ana Lima (director) and Ben Ochoa (supervisor)\nme: Sam Reyes"
    ctx = parse_notes(notes, today=TODAY)
    assert {"Ana Lima", "Ben Ochoa"} <= set(_names(ctx.interviewers))
    assert recipient_for(ctx, "thank-you").person is None  # a panel: theirs to choose


# -- 4. the notes' own "-san" ------------------------------------------------------------------
_HEAD = "Company: Hoshino Fasteners\nRole: Process Engineer\n"
SAN = [
    (_HEAD + "SATO Kenji — Plant Manager\nSato-san asked about our 5S audits\n", "Sato-san"),
    (_HEAD + "Interviewer: YAMADA Aiko (Head of QA)\n"
     "Yamada-san was very kind, asked about ISO 9001\n",
     "Yamada-san"),
    (_HEAD + "KOBAYASHI Ren - Engineering Director (card in kanji too)\n"
     "Kobayashi-san walked me through the line\n", "Kobayashi-san"),
]


@pytest.mark.parametrize(("notes", "greeting"), SAN)
def test_the_notes_san_is_the_greeting(notes: str, greeting: str) -> None:
    ctx = parse_notes(notes + "me: Sam Reyes", today=TODAY)
    person = recipient_for(ctx, "thank-you").person
    assert person is not None and person.first_name == greeting


def test_no_san_no_change() -> None:
    notes = _HEAD + "NAKAMURA Haruto — Plant Manager\nwe toured San Jose site\nme: Sam Reyes"
    ctx = parse_notes(notes, today=TODAY)
    person = recipient_for(ctx, "thank-you").person
    assert person is not None and person.goes_by is None


# -- 5. on the invite, not at the interview ----------------------------------------------------
NO_SHOW = [
    ("Interviewers: Olu Bakare (Site Lead), Greta Lind (HR)\nGreta didn't show, so it was "
     "just Olu\n", "Olu Bakare"),
    ("Panel: Dr. Anika Sen (Chief Resident), Tomas Ek (Program Coordinator)\n"
     "Tomas was a no-show\n", "Anika Sen"),
    ("Interviewers: Rafael Ortiz (Production Manager) and Mei Chen (Taproom Manager)\n"
     "Mei couldn't make it (sick kid)\n", "Rafael Ortiz"),
    ("Interviewers: Ingrid Sola (Director of Nursing), Ben Arce (Charge Nurse)\n"
     "Ben did not turn up\n", "Ingrid Sola"),
]


@pytest.mark.parametrize(("notes", "want"), NO_SHOW)
def test_someone_who_did_not_show_is_not_thanked(notes: str, want: str) -> None:
    ctx = parse_notes(notes + "me: Sam Reyes", today=TODAY)
    person = recipient_for(ctx, "thank-you").person
    assert person is not None and person.name == want


def test_the_only_interviewer_stays_even_if_late() -> None:
    notes = "Interviewer: Olu Bakare (Site Lead)\nOlu didn't show for 10 min, then we talked\n"
    ctx = parse_notes(notes + "me: Sam Reyes", today=TODAY)
    person = recipient_for(ctx, "thank-you").person
    assert person is not None and person.name == "Olu Bakare"


def test_both_present_is_still_a_panel() -> None:
    notes = ("Interviewers: Olu Bakare (Site Lead), Greta Lind (Ops Manager)\n"
             "Greta showed me the floor\n")
    ctx = parse_notes(notes + "me: Sam Reyes", today=TODAY)
    assert recipient_for(ctx, "thank-you").person is None


# -- 6. a jotted line: a lowercase name, then its title's words ----------------------------------
JOTTED = [
    ("- dev patel eng mgr, 1hr. sys design\n", "Dev Patel", "eng mgr"),
    ("* oksana hrytsenko head of ops, asked about weekend cover\n", "Oksana Hrytsenko",
     "head of ops"),
    ("chinedu okeke site mgr - walked the yard with me\n", "Chinedu Okeke", "site mgr"),
    ("- tavita faleolo store manager (Eastgate), 30 min\n", "Tavita Faleolo", "store manager"),
    ("• lucía ferreyra chef de cuisine, tasted my brunoise\n", "Lucía Ferreyra", "chef de cuisine"),
]


@pytest.mark.parametrize(("notes", "name", "title"), JOTTED)
def test_a_jotted_name_and_title_is_an_interviewer(notes: str, name: str, title: str) -> None:
    ctx = parse_notes("Company: Hoshino Fasteners\n" + notes + "me: Sam Reyes", today=TODAY)
    person = recipient_for(ctx, "thank-you").person
    assert person is not None and person.name == name
    assert person.title is not None and person.title.startswith(title)


JOTTED_LEFT_ALONE = [
    "- sys design: rate limiter for their public api\n",
    "- comp band 165-185, not for email obv\n",
    "- backend eng role, platform team\n",
    "- grace period for relocation, 3 months\n",
    "- data eng mgr, nice\n",
    "- night shift manager, 2 yrs\n",
]


@pytest.mark.parametrize("notes", JOTTED_LEFT_ALONE)
def test_jottings_without_a_name_name_no_one(notes: str) -> None:
    ctx = parse_notes(notes + "me: Sam Reyes", today=TODAY)
    assert ctx.interviewers == []
