"""Reading notes, stop 30: tables of notes and the fact read (issue 9)."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.context import InterviewContext, Interviewer
from drafter.notes import parse_notes
from drafter.notes.lexicon import plain
from drafter.notes.mentions import _gender
from drafter.notes.name_forms import titled_as_written
from drafter.notes.own_name import signature
from drafter.notes.pasted import messages
from drafter.notes.people_shape import credential, strip_credentials
from drafter.notes.people_words import first_names
from drafter.notes.plausible import company_named

TODAY = dt.date(2025, 10, 20)


@pytest.mark.parametrize(("word", "want"), [
    ("RN", True), ("CEng", True), ("M.S.", True), ("CCC-SLP", True), ("MICE", True),
    # two capitals in a name are not letters after it
    ("McDonald", False), ("Lloyd-Pryce", False), ("MacKenzie", False), ("DeShawn", False),
])
def test_credentials_are_mostly_capitals(word: str, want: bool) -> None:
    assert credential(word) is want


@pytest.mark.parametrize(("line", "want"), [
    ("Kieran O'Dowd ACA (nearly)", ("Kieran O'Dowd", True)),
    ("Priyanka Sethi, M.S. CCC-SLP (in progress)", ("Priyanka Sethi", True)),
    ("Tomás Byrne CEng MICE", ("Tomás Byrne", True)),
    # nothing after the name to take away
    ("Hamish McDonald", ("Hamish McDonald", False)),
    ("Ana de la Cruz", ("Ana de la Cruz", False)),
    ("Bea Lloyd-Pryce", ("Bea Lloyd-Pryce", False)),
])
def test_strip_credentials(line: str, want: tuple[str, bool]) -> None:
    assert strip_credentials(line) == want


@pytest.mark.parametrize(("notes", "want"), [
    # the last bullet carries letters after a name: a signature, not a list item
    ("- asked about audits\n- IFRS 9 questions\n- Kieran O'Dowd ACA (nearly)\n", "Kieran O'Dowd"),
    # the last item of a list stays a list item
    ("- streaming\n- Kafka\n", None),
    # a place and its state after a comma are no name and letters
    ("Next interview is in person, bring ID.\nPortland, OR\n", None),
    # a remark in brackets is no full name: the name before it is
    ("thanks all\nPriya (in progress)\n", "Priya"),
    ("thanks all\nPriya (Priya Raman)\n", "Priya Raman"),
])
def test_signature_lines(notes: str, want: str | None) -> None:
    assert signature(notes) == want


@pytest.mark.parametrize(("notes", "direction"), [
    # the candidate's own email, introduced by "my email from <day>"
    ("My email from Wed 26/11:\nHi Ana,\nJust checking in on the analyst role.\nBest,\nLee\n",
     "sent"),
    ("Email from Ana on Wed:\nHi Lee,\nWe are still deciding.\nBest,\nAna\n", "received"),
])
def test_my_email_from_a_day_is_sent(notes: str, direction: str) -> None:
    assert [m.direction for m in messages(notes)] == [direction]


@pytest.mark.parametrize(("name", "text", "goes_by"), [
    # two surnames, the notes write the first after the title
    ("Alejandra Vega Montoya", "met Dr. Vega about the trial", "Dr. Vega"),
    ("Alejandra Vega Montoya", "emailed Dr. Vega Montoya", "Dr. Vega Montoya"),
    # the notes never write the title with a surname: nothing to take
    ("Alejandra Vega Montoya", "met Alejandra about the trial", None),
])
def test_title_with_the_surname_the_notes_write(name: str, text: str, goes_by: str | None) -> None:
    person = titled_as_written(Interviewer(name=name, honorific="Dr."), text)
    assert person.goes_by == goes_by


@pytest.mark.parametrize(("words", "company", "source", "want"), [
    (["Corvane"], "Corvane Health", "tell Corvane about the deadline", True),
    (["Aerotec", "MRO"], None, "offer from Aerotec MRO Services, need to tell them", True),
    # a person who shares a word with the company is still a person
    (["Dana", "Corvane"], "Corvane Health", "Dana Corvane runs the ward", False),
    (["Priya"], "Corvane Health", "Priya Shah - Corvane Health", False),
])
def test_company_named(words: list[str], company: str | None, source: str, want: bool) -> None:
    ctx = InterviewContext(company=company, source=source)
    assert company_named(words, ctx) is want


@pytest.mark.parametrize(("notes", "interviewers", "others"), [
    # a reference named in the notes is no one met at the interview
    ("Interview at Calder Labs with Dr Ines Varga, research scientist role.\n"
     "Ines asked about my thesis. my reference Prof. Helen Marsh will get a call.\n",
     ["Ines Varga"], ["Helen Marsh"]),
    # a round that took place is this interview's, with the person in it
    ("2nd round was a video call Weds 15 Oct with Dr Kemi Bakare, data lead at Orrin Bio.\n"
     "Kemi asked about pipelines\n", ["Kemi Bakare"], []),
])
def test_who_was_met(notes: str, interviewers: list[str], others: list[str]) -> None:
    ctx = parse_notes(notes, today=TODAY)
    assert [p.name for p in ctx.interviewers] == interviewers
    assert all(o in [p.name for p in ctx.others] for o in others)


@pytest.mark.parametrize(("notes", "candidate"), [
    ("Orrin Bio, analyst, met Sam Reyes\n- Sam: dashboards\n- sign Amaru Quispe\n", "Amaru Quispe"),
])
def test_a_bulleted_sign_line_names_the_candidate(notes: str, candidate: str) -> None:
    assert parse_notes(notes, today=TODAY).candidate == candidate


def test_a_round_still_to_come_is_not_this_interview() -> None:
    ctx = parse_notes("Interview at Orrin Bio with Sam Reyes, data analyst.\n"
                      "Round 2 will be with Dr Kemi Bakare next week.\n", today=TODAY)
    assert "Kemi Bakare" not in [p.name for p in ctx.interviewers]


@pytest.mark.parametrize("name", ["João", "Sinéad", "Łukasz", "Pádraig", "Zoë"])
def test_accented_first_names_are_known(name: str) -> None:
    # gender-guesser's name list is UTF-8: read otherwise, every accented name was lost
    assert plain(name) in first_names()


@pytest.mark.parametrize(("name", "gender"), [("Łukasz", "m"), ("Sinéad", "f"), ("João", "m")])
def test_accented_first_names_have_a_gender(name: str, gender: str) -> None:
    assert _gender(Interviewer(name=name)) == gender
