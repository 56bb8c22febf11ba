"""Wrong facts, round 2: how the reader took a name or a date, each as a general rule.

Every table has rows that must change (the wrong reading) and rows that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.compose import compose
from drafter.config import Config
from drafter.notes import parse_notes
from drafter.notes.header import header_facts
from drafter.notes.people import find_people
from drafter.notes.segment import retract_corrected
from drafter.recipient import find

TODAY = dt.date(2026, 3, 20)


def _greeting(notes: str, stage: str) -> str:
    body = compose(parse_notes(notes, TODAY), stage, config=Config(name="Sam Lee"),
                   require_topic=False).body
    return body.split("\n", 1)[0]


# "actually" after a break takes back the date before it; mid-sentence it is only emphasis
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("emailed Tom Mon 9 Mar -- actually checked my outbox, it went Tue 10 Mar", "10 Mar", "9 Mar"),
    ("follow-up sent March 4, actually March 5", "March 5", "March 4"),
    ("panel on 12 Feb; actually it was 13 Feb", "13 Feb", "12 Feb"),
    ("final round Apr 2 (actually Apr 3)", "Apr 3", "Apr 2"),
    # must not change: "actually" with no break, or opening a new sentence about another date
    ("met them Mar 3 and actually they said a decision by Mar 10", "Mar 3", None),
    ("Interviewed Mar 3. Actually they said a decision by Mar 10", "Mar 3", None),
    ("decision by Sept 25 -- no wait, he said the 28th", "the 28th", "Sept 25"),
])
def test_actually_retracts_a_date(line: str, kept: str, gone: str | None) -> None:
    out = retract_corrected(line)
    assert kept in out
    if gone is not None:
        assert gone not in out
    else:
        assert out == line


# a compound given name keeps both words before the surname; without a surname, as before
@pytest.mark.parametrize(("text", "name"), [
    ("Head chef Juan Carlos de la Fuente ran the tasting.", "Juan Carlos de la Fuente"),
    ("Spoke with Ana Maria Castro about the budget.", "Ana Maria Castro"),
    ("Pastry lead María José Ortega watched my station.", "María José Ortega"),
    # must not change
    ("Met Maria Jose today", "Maria Jose"),
    ("Spoke with Carlos Mendes about the budget.", "Carlos Mendes"),
    ("Anna Rossi asked about shifts.", "Anna Rossi"),
])
def test_compound_given_names(text: str, name: str) -> None:
    assert [p.name for p in find_people(text)][:1] == [name]


GREETINGS = [
    # the recruiter found only by the detector keeps the notes' form of address
    ("Riverside Library - Branch Assistant\n"
     "Mrs. Okonkwo from the library's HR called today - they went with another candidate. "
     "Interview was on Mar 2 with her and the branch head, Mr. Brandt.\n"
     "Want to thank her and ask for feedback.", "rejection-reply", "Dear Mrs. Okonkwo,"),
    # a later "he goes by X" that is a run of the person's own name is how to greet him
    ("Kettle & Crane - Line Cook\n"
     "- interview Mar 10 w/ Pedro Alonso Vega Solis (kitchen mgr) -- he goes by Pedro "
     "Alonso, not Pedro\n- he said we'd hear by Mar 13\n- nothing yet", "missed-deadline",
     "Dear Pedro Alonso,"),
    # must not change: a nickname that is no part of the name could be anyone's
    ("Kettle & Crane - Line Cook\n"
     "- interview Mar 10 w/ Margaret Hale (kitchen mgr); someone there goes by Peg\n"
     "- she said we'd hear by Mar 13\n- nothing yet", "missed-deadline", "Dear Margaret,"),
    # a titled two-word surname met again is the same person, greeted with the whole surname
    ("HARBOUR PILOTS - Trainee Pilot\n"
     "Mar 16: bridge sim w/ Capt. Mere Te Whare (senior pilot) - berthing in a crosswind, "
     "radio discipline\n"
     "Capt. Te Whare said to email her with questions about the licence pathway.",
     "thank-you", "Dear Captain Te Whare,"),
    # must not change: a plain name, a nickname said in brackets, an honorific kept
    ("Brightline Ltd - Analyst\nInterview Mar 16 with Priya Shah (Data Lead), we talked "
     "about churn models.", "thank-you", "Dear Priya,"),
    ("Brightline Ltd - Analyst\nInterview Mar 16 with Samantha Reyes (goes by 'Sam'), data "
     "lead; we talked about churn models.", "thank-you", "Dear Sam,"),
    ("Brightline Ltd - Analyst\nInterview Mar 16 with Dr. Helen Park (Data Lead), we talked "
     "about churn models.", "thank-you", "Dear Dr. Park,"),
]


@pytest.mark.parametrize(("notes", "stage", "greeting"), GREETINGS)
def test_greeting_uses_the_notes_form_of_address(notes: str, stage: str, greeting: str) -> None:
    assert _greeting(notes, stage) == greeting


# a header naming a part of the employer (a lab, a department) and the employer itself: the
# employer is the company; a part alone, or beside a place, stays as written
@pytest.mark.parametrize(("header", "company"), [
    ("Lab Technician — Okafor Lab, Marsh Institute for Marine Biology",
     "Marsh Institute for Marine Biology"),
    ("Employer: County of Lenmore — Division of Parks", "County of Lenmore"),
    ("Department of Cardiology — Staff Nurse — St. Brigid Hospital", "St. Brigid Hospital"),
    # must not change
    ("Okafor Lab — Research Assistant", "Okafor Lab"),
    ("Brightwave Labs — Denver — Data Engineer", "Brightwave Labs"),
    ("Budget Analyst — Department of Revenue, Denver", "Department of Revenue"),
])
def test_the_employer_over_its_part(header: str, company: str) -> None:
    assert header_facts(header)["company"] == company


# a tracker pasted as a tab-separated table: the interview is the date in its interview
# column, not the first date of the row (the day applied); a rejected row is no one's interview
TRACKER = "Employer\tJob\tSent CV\tInterview\tStatus\n"


@pytest.mark.parametrize(("notes", "day"), [
    (TRACKER + "Larchmont Dairy\tShift Lead\t2026-02-09\t2026-03-03 (onsite)\tpending\n",
     dt.date(2026, 3, 3)),
    (TRACKER + "Orbis Tools\tBuyer\t2026-01-20\t2026-02-11\trejected\n"
     "Larchmont Dairy\tShift Lead\t2026-02-09\t2026-03-03 (onsite)\tpending\n",
     dt.date(2026, 3, 3)),
    # must not change: no table, or a table with no interview column
    ("Larchmont Dairy - Shift Lead\nInterview 3 Mar, onsite with the plant manager\n",
     dt.date(2026, 3, 3)),
    ("Employer\tJob\tSent CV\tStatus\nLarchmont Dairy\tShift Lead\t2026-02-09\tpending\n"
     "interviewed Mar 4 with the plant manager\n", dt.date(2026, 3, 4)),
])
def test_a_tracker_row_gives_its_interview_column(notes: str, day: dt.date) -> None:
    assert parse_notes(notes, TODAY).interview_date == day


# a short form of the given name said on the line naming the person is a name they answer to,
# so a name two people answer to is asked about, not given to the first
@pytest.mark.parametrize(("notes", "person", "goes_by"), [
    ("Fernhill Bank - UX Writer\n1) Sam Adeyemi - content lead, voice and tone\n"
     "2) Samantha Cole - design director (goes by Sam as well), accessibility\n",
     "Samantha Cole", "Sam"),
    ("Fernhill Bank - UX Writer\nInterview with Alexandra Petrova (research lead), she "
     "said to call her Alex; we covered diary studies\n", "Alexandra Petrova", "Alex"),
    # must not change: the whole given name, or a nickname on another person's line
    ("Fernhill Bank - UX Writer\nInterview with Luis Fernando Ortega (ops lead) -- he goes "
     "by Luis Fernando, not Luis\n", "Luis Fernando Ortega", "Luis Fernando"),
    ("Fernhill Bank - UX Writer\n1) Samantha Cole - design director, accessibility\n"
     "2) Tom Reed - PM; his manager goes by Sam\n", "Samantha Cole", None),
    # the candidate keeps the title anyway: no first-name greeting
    ("Northgate University - Asst Prof\nSearch chair: Prof. Ingrid Halvorsen. Told me to call "
     "her Ingrid but I'm going to stay formal in writing.\n", "Ingrid Halvorsen", None),
])
def test_a_short_form_said_beside_the_name(notes: str, person: str,
                                           goes_by: str | None) -> None:
    ctx = parse_notes(notes, TODAY)
    found = [p for p in [*ctx.interviewers, *ctx.others] if p.name == person]
    assert [p.goes_by for p in found] == [goes_by]


TWO_SAMS = ("Fernhill Bank - UX Writer\n1) Sam Adeyemi - content lead, voice and tone\n"
            "2) Samantha Cole - design director (goes by Sam as well), accessibility\n")


def test_a_name_two_people_answer_to_is_asked() -> None:
    assert find(parse_notes(TWO_SAMS, TODAY), "Sam") is None



@pytest.mark.parametrize(("notes", "signed"), [
    # a letter to the candidate greets them by title and surname; their own address gives
    # the given name
    ("From: HR <hr@meridian.example>\nTo: <clara.whitford@fastmail.example>\nSubject: Offer\n\n"
     "Dear Ms. Whitford,\n\nWe are delighted to offer you the position.\n\nRegards,\nHR\n\n---\n"
     "my notes: interview Tue 10 Feb with Tom Reed (editor).\n", "Clara Whitford"),
    # no address that says more: the greeting's form stands
    ("From: HR <hr@meridian.example>\nSubject: Offer\n\nDear Ms. Whitford,\n\nWe are delighted "
     "to offer you the position.\n\nRegards,\nHR\n\n---\nmy notes: interview Tue 10 Feb with "
     "Tom Reed (editor).\n", "Ms. Whitford"),
])
def test_a_title_and_surname_greeting_is_completed_from_the_address(notes: str,
                                                                     signed: str) -> None:
    assert parse_notes(notes, TODAY).candidate == signed
