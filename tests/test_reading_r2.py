"""What a thank-you may name, round 2: a recruiter's report of what the interviewer enjoyed, a
person named short and in full, a recruiter's screen with its questions after a "qs:" key, and
phrases that are not topics at all (a job title, "owning it").

Each row: notes, the person (as --to would name them), what the topics the composer makes must
hold, and what they must never hold. A row that wants nothing is one where drafter must ask.
"""

from __future__ import annotations

import datetime as dt

import pytest
from topic_support import check_topics, topic_phrases

from drafter.compose import compose, names_no_topic
from drafter.config import Config
from drafter.notes import parse_notes

_CONFIG = Config(name="Alex Morgan")

# (notes, to, the phrases must include each, the phrases must include none)
ROWS: list[tuple[str, str | None, tuple[str, ...], tuple[str, ...]]] = [
    # a recruiter's email reports what the interviewer enjoyed: "said he enjoyed the discussion
    # on X and your views on Y"; he is named short ("Tomasz") and in full ("Tomasz Wilk")
    ("From: Fiona Reyes <fiona@brightsearch.example>\n"
     "Subject: Harbourline Bank - Treasury Analyst\n\n"
     "Hi Sam,\n\nGood news, it went well with Tomasz this morning. He rang me afterwards and "
     "said he enjoyed the discussion on the liquidity buffer and your views on hedge "
     "accounting.\n\nBest,\nFiona\n\n"
     "my notes: Tomasz Wilk = Head of Treasury. Fiona is the agency recruiter.\n",
     "Tomasz", ("liquidity buffer", "hedge accounting"), ("views",)),
    # the same with the speaker's words kept plain: no reported speech, still his
    ("Treasury Analyst interview at Harbourline Bank with Tomasz Wilk, Tuesday.\n"
     "He talked about the liquidity buffer.\n",
     "Tomasz", ("liquidity buffer",), ()),
    # a recruiter's screen, no interviewer met yet: "qs:" lists the recruiter's questions
    ("phone screen w/ Nadia from Talent @ Ferrow Logistics - Night Planner\n"
     "Nadia Osei\n"
     "qs: route optimisation software, ok with rotating weekends?\n"
     "next stage = face to face w/ hiring mgr Colm Byrne, she'll book it\n",
     "Nadia", ("route optimisation software", "whether I'm okay with rotating weekends"),
     ("ok with rotating",)),
    # a pasted confirmation from the agency, a rule, then the candidate's own notes: the
    # recruiter who signed above the rule is no one the questions below could be from
    ("Fwd: confirmed\nFrom: Lucy Barnes <lucy@apexsearch.example>\n"
     "Hi Jo, you're confirmed to meet Dr. K. Oyelaran (Head of Research, Quill Bio) on 3/3 "
     "re: Lab Manager. Best, Lucy Barnes | Consultant | Apex Search\n"
     "---\n"
     "notes: Dr O was warm. asked about my cell culture work and freezer inventory tracking.\n",
     "Oyelaran", ("cell culture work", "freezer inventory tracking"), ()),
    # without the rule the same lines run on from Lucy's, but a "notes:" line is the
    # candidate's own, and Dr. Oyelaran is the one person interviewing: the topics are hers
    ("Fwd: confirmed\nFrom: Lucy Barnes <lucy@apexsearch.example>\n"
     "Hi Jo, you're confirmed to meet Dr. K. Oyelaran (Head of Research, Quill Bio) on 3/3 "
     "re: Lab Manager. Best, Lucy Barnes | Consultant | Apex Search\n"
     "notes: Dr O was warm. asked about my cell culture work and freezer inventory tracking.\n",
     "Oyelaran", ("cell culture work",), ("Lucy",)),
    # the key with an adverb before its colon: "With Noor specifically: ..."
    ("Two-day visit at Eastmoor College, Lecturer in Geography.\n"
     "Met Dean Peter Hollis (budget talk) and Noor Saleh (search chair).\n"
     "With Noor specifically: the fieldwork module in year two, and flood mapping with GIS.\n",
     "Noor", ("fieldwork module",), ("budget",)),
    ("Two-day visit at Eastmoor College, Lecturer in Geography.\n"
     "Met Dean Peter Hollis (budget talk) and Noor Saleh (search chair).\n"
     "With Noor specifically: the fieldwork module in year two, and flood mapping with GIS.\n",
     "Hollis", (), ("fieldwork", "flood")),
    # a title on the person's line is who they are, not what they discussed
    ("Harbour Hotel - Events Coordinator - Tue 3/3\n"
     "Panel:\n"
     "* Priya Nair, Events Director - hiring mgr. Wedding season staffing, the new CRM\n"
     "* Owen Hale, GM - budget sign-off\n",
     "Priya", ("wedding season staffing",), ("hiring mgr",)),
    # nothing but a title: ask, do not write "hearing about the GM"
    ("Front Desk Supervisor at Dune Hotel, Mon.\n"
     "Met Rhiannon Ellis (the GM)\n"
     "- the GM\n",
     "Rhiannon", (), ()),
]


def _phrases(notes: str, to: str | None) -> list[str]:
    return topic_phrases(notes, to, dt.date(2026, 3, 4))


@pytest.mark.parametrize(("notes", "to", "want", "never"), ROWS,
                         ids=[f"{i:02d}-{r[1]}" for i, r in enumerate(ROWS)])
def test_topics(notes: str, to: str | None, want: tuple[str, ...],
                never: tuple[str, ...]) -> None:
    check_topics(notes, to, want, never, dt.date(2026, 3, 4))


@pytest.mark.parametrize(("notes", "to"), [(r[0], r[1]) for r in ROWS if r[2]],
                         ids=[f"{i:02d}-{r[1]}" for i, r in enumerate(ROWS) if r[2]])
def test_the_email_names_one(notes: str, to: str | None) -> None:
    ctx = parse_notes(notes, today=dt.date(2026, 3, 4))
    email = compose(ctx, "thank-you", to, _CONFIG)
    assert any(p in email.body for p in _phrases(notes, to)), email.body


@pytest.mark.parametrize(("phrase", "not_a_topic"), [
    ("hiring mgr", True),
    ("the GM", True),
    ("exec chef", True),
    ("owning it", True),
    ("the sales team", False),  # a department is something to discuss
    ("staff retention", False),
    ("hiring", False),
    ("product roadmap", False),
    ("the leveraged loan book", False),
    ("owning the menu", False),
])
def test_names_no_topic(phrase: str, not_a_topic: bool) -> None:
    assert names_no_topic(phrase) is not_a_topic


@pytest.mark.parametrize(("rest", "cue"), [
    (" rang me after and said he enjoyed the discussion on X", ("m", "enjoyed the discussion on")),
    (" said she liked your views on X", ("f", "liked your views on")),
    (" rang me after and said it went well", None),  # no he/she: nothing they discussed
    (" rang me after and said he was pleased", None),  # no cue: nothing discussed
])
def test_reported_speech(rest: str, cue: tuple[str, str] | None) -> None:
    from drafter.notes.discussed import reported

    got = reported(rest)
    assert ((got[0], got[1][1]) if got else None) == cue


# (notes, the offer's company, or None when the notes declare no offer drafter may state)
OFFERS: list[tuple[str, str | None]] = [
    ("harbour joinery - bench joiner, met pete on mon\n"
     "kestle timber works offered me this morning, want an answer by friday (6th)\n"
     "harbour is the one i want\n", "Kestle Timber Works"),
    # after "but", as a line goes on from what the interviewer said
    ("harbour joinery - bench joiner, met pete on mon\n"
     "BUT ridgeway hospitality offered me a bar job today, need to answer by fri 3/6\n",
     "Ridgeway Hospitality"),
    # the same shape written with capitals, as before
    ("Harbour Joinery - bench joiner, met Pete on Mon\n"
     "Kestle Timber Works offered me this morning, want an answer by Friday (6th)\n",
     "Kestle Timber Works"),
    # a person, not a company, offered something: no company is read from it
    ("harbour joinery - bench joiner, met pete on mon\n"
     "pete offered me a tour of the yard, answer by friday (6th) on the start date\n", None),
]


@pytest.mark.parametrize(("notes", "company"), OFFERS)
def test_offer_company(notes: str, company: str | None) -> None:
    offer = parse_notes(notes, today=dt.date(2026, 3, 3)).competing_offer
    assert (offer.company if offer else None) == company


# (notes, the candidate's name read from them, or None)
OWN: list[tuple[str, str | None]] = [
    # the invite's one guest written as a personal address spells the name in its title
    ("Invitation: Interview - Omar Haddad / Payroll Lead @ Tue Mar 3, 2026 2pm\n"
     "Organizer: talent@brookfield-foods.example\n"
     "Guests: Dana Cole, Ian Shore, omar.haddad.86@gmail.com\n"
     "my notes: Dana - asked about my year-end payroll run.\n", "Omar Haddad"),
    # a work address is no one's own copy
    ("Invitation: Interview - Omar Haddad / Payroll Lead @ Tue Mar 3, 2026 2pm\n"
     "Guests: Dana Cole, Ian Shore, omar.haddad@brookfield-foods.example\n", None),
    # the address spells a name the notes never write: nothing read
    ("Invitation: Payroll Lead interview @ Tue Mar 3, 2026 2pm\n"
     "Guests: Dana Cole, Ian Shore, omar.haddad.86@gmail.com\n", None),
]


@pytest.mark.parametrize(("notes", "name"), OWN)
def test_own_name_from_the_invite(notes: str, name: str | None) -> None:
    assert parse_notes(notes, today=dt.date(2026, 3, 4)).candidate == name
