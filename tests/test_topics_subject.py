"""Topics tied to the person who is the subject of the clause or heading they sit under: a
present-tense cue before a colon list ("ask me about: ..."), a heading of what was discussed
that names its person ("What we talked about (mostly Rangi):") or none (a lone interviewer's
"What we covered: ..."), a key line behind a list marker that is no bullet ("1️⃣", "★"), and
a person an opening brings on ("First was Dr. X, title — wanted to hear about ...").

Rows: notes, the person (as --to names them), what the thank-you's topic phrases must hold,
and what they must never hold (another person's topic, a quote, someone on a list of people).
A row that wants nothing is one where drafter must ask rather than guess whose topic it was.
"""

from __future__ import annotations

import datetime as dt

import pytest
from topic_support import check_topics

_TODAY = dt.date(2026, 5, 12)

_PRESENT = (
    "Interview today for Year 1 teacher at Brookfield Primary. The Headteacher Ms. Adaeze "
    "Okafor and the Chair of Governors Mr. Hollis.\n"
    "Ms. Okafor ask me about: how I group children for phonics, the new reading scheme, and "
    "how to keep parents involved.\n"
    "Mr. Hollis only ask about the behaviour policy.\n"
    "My name: Farah Siddiqui\n")
_HEADED = (
    "Assistant Editor – Harbourside Pictures\n"
    "Interview at their office, 11am today.\n\n"
    "Who was there:\n"
    "- Rangi Parata, post supervisor — he's the one I'd report to\n"
    "- Paul Denning, producer — left after 10 min\n\n"
    "What we talked about (mostly Rangi):\n"
    "- the backlog of dailies from the last block\n"
    "- moving the team from Avid to Resolve\n"
    "- he asked how I handle a late change to the edit list\n")
_PANEL_HEADING = (
    "Panel at Larchmont Foods, 4 May: Rangi Parata (Ops Director), Paul Denning (Finance)\n\n"
    "What we talked about:\n"
    "- the backlog in the cold store\n"
    "- moving the plant onto SAP\n")
_COVERED = (
    "Where: Fernhill Lodge, Keswick\n"
    "Job: Reservations Manager\n"
    "Who: Imogen — the GM\n"
    "What we covered: their channel manager setup, the coach-party overbookings, guest "
    "review scores\n"
    "Other: staff housing is available\n")
_MARKERS = (
    "Lonvale Pharma – Formulation Scientist, onsite today\n"
    "1️⃣ Dr Ines Varga (Head of Formulation) – \"call me Ines\" – talked tablet coating defects, "
    "the move to continuous granulation\n"
    "2️⃣ Tom Berry (QA Lead) – asked about GMP audit findings\n"
    "TY to both\n")
_STARRED = (
    "Teams today – Transport Planner – Calloway Freight\n"
    "★ Priya Nair – Network Ops Lead (hiring mgr) – dock scheduling, carrier scorecards\n"
    "– Owen Blake – Data – route model review\n"
    "– Lena (HR)\n"
    "★ = TY today\n")
_BROUGHT_ON = (
    "Final round at Aldgate Assurance yesterday for the Senior Internal Auditor post.\n"
    "First was Dr. Joan Ellery, Head of Audit — wanted to hear about my sampling approach and "
    "the controls testing backlog. Then Mark Tully from IT, we talked about access reviews.\n")
_SHORT_KEYS = (
    "Lecturer in Marine Ecology - Tarrow University, 3 May, Teams\n"
    "Panel: Prof. Celia Rourke-Mbeki (Head of School, chair), Dr Ivo Strand (fisheries group)\n"
    "- CR-M: the first-year field course, my eDNA sampling work\n"
    "- Ivo: lab safety training\n")
_HONORIFIC_INITIAL = (
    "Harbour Board — Policy Adviser — interview, 3 May, Teams\n"
    "Panel: Mrs Okonjo (chair, Head of Policy), Mr Feeney (HR, observing)\n\n"
    "Mrs O's questions:\n"
    "  - the dredging licence review\n"
    "  - how I'd brief the board on a harbour fee change\n")
_BARE_CAPS = (
    "Panel at Quillon Data, 3 May: Maria Lopez (Platform Lead), Tom Okafor (Reliability Lead)\n"
    "- Tom: on-call rotation, incident reviews\n"
    "- ML: the feature store, model drift alerts\n")
_TWO_WOMEN = (
    "Panel at Tidewater Bank, 2 May, with Ana Ruiz (Risk Director) and Beth Cole (Credit "
    "Manager).\n"
    "She asked me about:\n"
    "- my IFRS 9 modelling work\n")

# (notes, to, the phrases must include each, the phrases must include none)
ROWS: list[tuple[str, str, tuple[str, ...], tuple[str, ...]]] = [
    # a present-tense cue, then a colon and a list: hers, not the chair's
    (_PRESENT, "Okafor", ("phonics",), ("behaviour policy",)),
    (_PRESENT, "Hollis", ("behaviour policy",), ("phonics", "reading scheme")),
    # a heading naming its person: the bullets under it are his
    (_HEADED, "Rangi Parata", ("dailies",), ()),
    (_HEADED, "Paul Denning", (), ()),  # named above, but no topic is his: ask
    # a heading naming no one, with a panel: no one's, so drafter asks
    (_PANEL_HEADING, "Rangi Parata", (), ()),
    # with one interviewer, "What we covered:" is what was covered with her
    (_COVERED, "Imogen", ("channel manager",), ("housing",)),
    # a keycap before the key line; the quote of what to call her is no topic
    (_MARKERS, "Varga", ("granulation",), ("GMP", "call me")),
    (_MARKERS, "Berry", ("GMP",), ("tablet", "granulation")),
    # a star before the key, and a title with a bracket after it; "Lena (HR)" is a person
    (_STARRED, "Priya Nair", ("dock scheduling",), ("route model", "Lena", "hiring mgr")),
    (_STARRED, "Owen Blake", ("route model",), ("dock", "Lena")),
    # an opening that brings a person on: the clause after it is hers, the next one his
    (_BROUGHT_ON, "Joan Ellery", ("sampling approach",), ("access reviews",)),
    (_BROUGHT_ON, "Mark Tully", ("access reviews",), ("sampling",)),
    # a key that is a short form of one person's name: hyphenated initials, "Mrs O"
    (_SHORT_KEYS, "Rourke-Mbeki", ("field course",), ("lab safety",)),
    (_SHORT_KEYS, "Ivo Strand", ("lab safety",), ("field course", "eDNA")),
    (_HONORIFIC_INITIAL, "Okonjo", ("dredging licence",), ()),
    # the other panellist's key line stays his
    (_BARE_CAPS, "Tom Okafor", ("on-call",), ("feature store",)),
    # "She asked me about:" when two women were named together: no one's
    (_TWO_WOMEN, "Ana Ruiz", (), ()),
]


@pytest.mark.parametrize(("notes", "to", "want", "never"), ROWS)
def test_topics_go_to_the_subject(notes: str, to: str, want: tuple[str, ...],
                                  never: tuple[str, ...]) -> None:
    check_topics(notes, to, want, never, _TODAY)
