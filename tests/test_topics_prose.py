"""What an interviewer discussed, found in the shapes notes take besides a tidy list: a
schedule's line with the notes in a bracket after the title, "w/ NAME:" keys, a subject after a
short opening ("At lunch Okoye also brought up ..."), a lone interviewer's "Discussed: ..." in a
paragraph that names other people later, and who spoke last before a bare list.

Rows of ROWS: notes, the person (as --to names them), what the thank-you's topic phrases must
hold, and what they must never hold (another person's topic, an aside, a to-do). A row that
wants nothing is one where drafter must ask for a topic rather than guess whose it was.
"""

from __future__ import annotations

import datetime as dt

import pytest
from topic_support import check_topics, topic_phrases

from drafter.config import Config
from drafter.context import Interviewer
from drafter.notes.attrib import attribute
from drafter.notes.discussed import topics_after
from drafter.notes.mentions import Mentions
from drafter.notes.resolve import role_doubt
from drafter.phrasing import topics_of
from drafter.topicgate import as_noun_phrase

_CONFIG = Config(name="Alex Morgan")

_SCHEDULE = (
    "Riverside Clinic — Practice Nurse interview, Tue 10 Nov\n"
    "10:00  Dr. Amelia Frost — Senior Partner (chaired; asked about wound care + my diabetes "
    "clinic audit)\n"
    "10:00  Oren Castellano — Practice Manager (patient recall letters, the new triage software)\n"
    "10:45  tour of the treatment rooms\n")
_WITH_KEYS = (
    "Firm: Halden & Pike LLP\n"
    "Position: Employment Associate, 12 Oct\n"
    "Interviewers:\n"
    "  Rosa Lindqvist, Partner (30 min)\n"
    "  Tariq Bose, Senior Associate (45 min)\n"
    "w/ Tariq: their e-discovery tooling, the mentoring scheme for trainees\n"
    "w/ Rosa: billing targets, why I'm leaving my current firm\n")
_PANEL_QS = (
    "Interview for Planning Officer at Wendover District Council, 4 Nov\n"
    "Panel: Niamh Doyle (Head of Planning), Cllr Ben Adeyemi (Cabinet Member)\n"
    "Niamh chaired. Qs on the local plan review and how I'd handle objections at committee. "
    "Cllr Adeyemi asked about the parks strategy.\n")
_FOCUS_PANEL = (
    "Panel at Orbitline, 2 Dec: Maya Lindgren (Head of Platform), Tom Reyes (SRE lead)\n"
    "Maya's main focus is the new telemetry rollout. Tom asked about the on-call rotation.\n")
_TWO_WOMEN = ("Panel at Tidewater Bank, 2 Nov, with Ana Ruiz (Risk Director) and Beth Cole "
              "(Credit Manager).\nShe asked about my IFRS 9 modelling work.\n")
_WOMAN_MAN = ("Panel at Tidewater Bank, 2 Nov, with Ana Ruiz (Risk Director) and Tom Cole "
              "(Credit Manager).\nShe asked about my IFRS 9 modelling work.\n")

# (notes, to, the phrases must include each, the phrases must include none)
ROWS: list[tuple[str, str, tuple[str, ...], tuple[str, ...]]] = [
    # a schedule: a time, the name, the title, then their notes in a bracket
    (_SCHEDULE, "Frost", ("wound care",), ("recall", "triage")),
    (_SCHEDULE, "Castellano", ("triage software",), ("wound",)),
    # "w/ NAME:" keys the line to them, and only them
    (_WITH_KEYS, "Tariq", ("e-discovery tooling",), ("billing",)),
    # "met w/ NAME, title." is a meeting, not a key: what follows is no topic
    ("mon 9th - interview @ Corran Joinery\n"
     "- met w/ gus mcbride, hes the site foreman. quiet guy, really sound\n"
     "- talked abt the school refurb job starting in spring\n"
     "- asked if i had my own van (yes)\n",
     "Gus", ("school refurb job",), ("quiet", "sound", "van")),
    # a subject after a short opening, when a discussion cue follows it
    ("Phone call with Ingrid Solberg, Head of Growth at Fjordline, 3 Dec.\n\n"
     "Notes after the call (3/12): Ingrid asked about my rollout of the loyalty app and how I'd "
     "grow their newsletter.\n",
     "Ingrid", ("loyalty app",), ()),
    ("Campus visit, Thu 5 Nov: Prof. Adaeze Okoye (search chair), Dean Carl Brandt\n"
     "Dean Brandt talked about the startup package.\n"
     "At lunch Okoye also brought up the undergraduate research program again.\n",
     "Okoye", ("undergraduate research program",), ("startup", "again")),
    # an opening adverb ("Afterward") stands before the subject, not in its place
    ("Demo lesson, Weds, observed by Hana Kowalski (science dept head) and Mr. Ortiz (AP).\n"
     "Afterward she and I debriefed: she liked the density column, asked how I'd run it with a "
     "bigger group\n",
     "Kowalski", ("run it with a bigger group",), ()),
    # a lone interviewer's cue with no subject: a later sentence naming someone else (my own
    # referee) does not make it anyone else's
    ("Notes from my interview with Dr. Hannah Moreau at the Coastal Research Institute, 2 Nov. "
     "Discussed: the glider deployment in spring, and supervising two MSc students. My old "
     "supervisor Prof. Lars Eide will be a referee.\n",
     "Moreau", ("glider deployment",), ("referee",)),
    # "Qs on" after the person's own sentence is theirs; the councillor's question is his
    (_PANEL_QS, "Niamh", ("local plan review",), ("parks",)),
    (_PANEL_QS, "Adeyemi", ("parks strategy",), ("local plan",)),
    # a titled surname shortened to its initial keys the line to them
    ("Interview at Linden Vets, 6 Oct\n"
     "Met Dr. Priya Okafor (clinical director) and Sam, head nurse\n"
     "Dr O: asked about dental radiography & my fear-free handling cert\n"
     "Sam: rota, uniform allowance\n",
     "Okafor", ("dental radiography",), ("uniform",)),
    # "was (mostly) interested in": the auxiliary before the adverb
    ("met Dan Kowalski (hiring mgr). he was mostly interested in how I'd clean up their CPQ "
     "setup. nice guy, decision next week.\n",
     "Dan", ("CPQ setup",), ("nice",)),
    # "she" after two women named together could be either: no one's topic, not a guess
    (_TWO_WOMEN, "Ana", (), ()),
    (_TWO_WOMEN, "Beth", (), ()),
    # "she" after a woman and a man is hers, and never his
    (_WOMAN_MAN, "Ana", ("IFRS 9",), ()),
    (_WOMAN_MAN, "Tom", (), ()),
    # "she's worried about X" is her concern; the to-do and the parking fee are not topics
    ("Interview w/ Gemma Hart (practice manager), Fri\n"
     "she's worried about staff burnout. I need to send my DBS cert. parking is £8\n",
     "Gemma", ("staff burnout",), ("DBS", "parking")),
    # what is on someone's mind, said of them by pronoun or by name
    ("Call with Maya Lindgren (Head of Platform) at Orbitline, 2 Dec.\n"
     "Honestly the big thing on her mind is the new telemetry rollout.\n",
     "Maya", ("telemetry rollout",), ()),
    (_FOCUS_PANEL, "Maya", ("telemetry rollout",), ("on-call",)),
    (_FOCUS_PANEL, "Tom", ("on-call rotation",), ("telemetry",)),
]


def _phrases(notes: str, to: str) -> list[str]:
    return topic_phrases(notes, to, dt.date(2026, 11, 20))


@pytest.mark.parametrize(("notes", "to", "want", "never"), ROWS,
                         ids=[f"{i:02d}-{r[1]}" for i, r in enumerate(ROWS)])
def test_topics_in_prose_shapes(notes: str, to: str, want: tuple[str, ...],
                                never: tuple[str, ...]) -> None:
    check_topics(notes, to, want, never, dt.date(2026, 11, 20))


@pytest.mark.parametrize(("kind", "tail", "want"), [
    # "and that they want ...": a reported wish is an item of its own
    ("subject", "the four-day week, and that they want someone to co-lead the apprentice scheme",
     ["the four-day week", "wants someone to co-lead the apprentice scheme"]),
    # "again" says how it came up; "on" ends a phrasal verb and stays
    ("subject", "the staffing model again", ["the staffing model"]),
    ("subject", "the audit they're working on", ["the audit they're working on"]),
    # "X are his big headache": X is the topic
    (None, "route planning, driver shortages are his biggest headache",
     ["route planning", "driver shortages"]),
    (None, "route planning, the depot rebuild", ["route planning", "the depot rebuild"]),
    # a table's cell wall is no part of the topic
    ("question", "how I'd get students on the boat |", ["asked how I'd get students on the boat"]),
    # unchanged: "that" continuing a clause stays with its item
    ("subject", "the rota, that it changes monthly", ["the rota, that it changes monthly"]),
])
def test_items_after_a_cue(kind: str | None, tail: str, want: list[str]) -> None:
    assert topics_after(kind, tail) == want  # type: ignore[arg-type]


@pytest.mark.parametrize(("clause", "want"), [
    # a relative clause without "that" says more about the thing, which is the topic
    ("the weekend coding club she wants someone to run", "the weekend coding club"),
    ("the data warehouse they built last year", "the data warehouse"),
    # unchanged: a wh-clause keeps its subject and verb
    ("how they train new starters", "how they train new starters"),
    ("the handover process", "the handover process"),
])
def test_contact_clause(clause: str, want: str) -> None:
    assert as_noun_phrase(clause) == want


@pytest.mark.parametrize(("raw", "want"), [
    ("wants someone to co-lead the apprentice scheme", ["co-leading the apprentice scheme"]),
    # "wanted to know" takes its object straight after it
    ("wanted to know my experience with flow cytometry",
     ["my experience with flow cytometry"]),
    ("wanted to know how I run standups", ["how I run standups"]),  # unchanged
    # a progressive clause reads as "how ...", with her lab as the reader's
    ("her lab is moving to single-cell sequencing", ["how your lab is moving to single-cell "
                                                     "sequencing"]),
    ("the ward is short-staffed", []),  # unchanged: a claim, not a topic
    ("call Dana re: the carpool rota", []),  # a note to self
    ("update CV with the churn numbers", []),
    ("stock control: the cycle count process", ["the cycle count process"]),  # unchanged
])
def test_wishes_and_notes_to_self(raw: str, want: list[str]) -> None:
    assert [t.phrase for t in topics_of(raw)] == want


@pytest.mark.parametrize(("role", "names", "doubt"), [
    ("Sam Ortiz's internship", ("Sam Ortiz",), True),
    ("Staff Nurse", ("Sam Ortiz",), False),
    ("Sam's Club Store Manager", ("Sam Ortiz",), False),  # a first name alone is no person
])
def test_a_role_naming_a_person(role: str, names: tuple[str, ...], doubt: bool) -> None:
    assert (role_doubt(role, names) is not None) == doubt


@pytest.mark.parametrize(("lines", "lone"), [
    # someone the reader does not know as a person spoke last: the list may be theirs
    ("+ shift lead Tevita Fifita walked me through the depot\n"
     "topics: tyre pressure checks, the telematics rollout\n", False),
    # no one else spoke: the lone interviewer's
    ("topics: tyre pressure checks, the telematics rollout\n", True),
    ("Bram walked me through the depot\ntopics: tyre pressure checks\n", True),
])
def test_who_spoke_last(lines: str, lone: bool) -> None:
    bram = Interviewer(name="Bram Visser", title="Fleet Manager")
    found = attribute("Interviewer: Bram Visser, Fleet Manager\n" + lines,
                      Mentions([(bram, "met")]))
    assert found.loose
    assert all((named <= {"Bram Visser"}) == lone for _, named in found.loose)
