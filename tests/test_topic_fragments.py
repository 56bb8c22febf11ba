"""Fragments that must never reach a sentence, as tables: a note clause as people write it ->
the topics an email may name ([] when it is dropped), and a company as the notes write it ->
as the email does.

The shapes come from the blind reads of offline drafts: a determiner before a preposition or a
verb ("the about classroom management", "the used the sepsis story"), a dangling "about", a
bare initial ("Mr. H"), a note's statement ("the consultation closes in February"), a clause
cut after its subject ("a rapid response I"), a job's name or logistics as the topic.
"""

from __future__ import annotations

import pytest

from drafter.phrasing import topics_of, with_article
from drafter.topicgate import as_noun_phrase
from drafter.written import company_name

ROWS = [
    # a dangling "about": the note's lead-in, not part of the topic
    ("about classroom management", [("subject", "classroom management")]),
    ("asked about about shopify plus migration", [("question", "shopify plus migration")]),
    ("regarding the new EPR rollout", [("subject", "the new EPR rollout")]),
    ("the about classroom management", []),
    ("of the team", []),
    # a determiner before a verb, a verb with its object: a sentence, not a noun phrase
    ("used the sepsis story from Mercy", []),
    ("the used the sepsis story", []),
    ("Got the forklift driver job", []),
    ("got the offer letter", []),
    # a bare initial: a patient or a person kept to a letter
    ("H from last winter", []),
    ("I told her the story about Mr. H from last winter", []),
    ("told her the story about Mr H", []),
    # no noun at all: a note's impression
    ("Very formal", []),
    ("very formal, bowed", []),
    ("Really friendly", []),
    # a statement: a singular noun, a verb in the third person, what follows
    ("the consultation closes in February", []),
    ("the team builds in Rust", []),
    # a clause cut after its subject loses the pronoun
    ("I described how I handle telemetry alarms and about a rapid response I",
     [("mine", "how I handle telemetry alarms and about a rapid response")]),
    # a stand-in for a noun ("main one", "the other thing") says nothing
    ("main one", []),
    ("the other thing", []),
    ("one more bit", []),
    # logistics in the plural, and a job's name, are no topic
    ("hoping to make offers by end of the month", []),
    ("decisions by Friday", []),
    ("Outdoor Living role", []),
    ("Brand Manager position", []),
    # what stays: nouns that can be verbs, a relative clause, a name in brackets
    ("the sales figures in Q3", [("subject", "the sales figures in Q3")]),
    ("the data needs of the wards", [("subject", "the data needs of the wards")]),
    ("plans for the spring menu", [("subject", "plans for the spring menu")]),
    ("the churn dashboard that the CS team reviews every Monday",
     [("subject", "the churn dashboard that the CS team reviews every Monday")]),
    ("PPAP and my 8D reports at current job (Delphon Automotive)", []),
    ("asked about PPAP and my 8D reports at current job (Delphon Automotive)",
     [("question", "PPAP and my 8D reports at current job (Delphon Automotive)")]),
    ("the Opera Cloud switch", [("subject", "the Opera Cloud switch")]),
    ("Gaeilge", [("subject", "Gaeilge")]),
    ("Kubernetes migration", [("subject", "Kubernetes migration")]),
    ("moving SME clients from Sage to Xero", [("subject", "moving SME clients from Sage to Xero")]),
    ("the med gas certification", [("subject", "the med gas certification")]),
    ("how they test the firmware", [("subject", "how you test the firmware")]),
]


@pytest.mark.parametrize(("raw", "expected"), ROWS, ids=[r[:40] for r, _ in ROWS])
def test_fragment_as_people_write_it(raw: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.kind, t.phrase) for t in topics_of(raw)] == expected


@pytest.mark.parametrize(("clause", "phrase"), [
    ("the still teething problems", "the still teething problems"),
    ("Wang", "Wang"),  # a one-word name phrases; compose drops the reader's own name
    ("the used the sepsis story", None),
    ("Very formal", None),
])
def test_noun_phrase_or_none(clause: str, phrase: str | None) -> None:
    assert as_noun_phrase(clause) == phrase


@pytest.mark.parametrize(("notes", "email"), [
    ("STRYDE MEDICAL", "Stryde Medical"),
    ("NORDAVIA", "Nordavia"),
    ("ALDERGATE CAPITAL", "Aldergate Capital"),
    ("THE WEXFORD", "The Wexford"),
    ("JONES AND SONS LTD", "Jones and Sons Ltd"),
    ("O'REILLY MEDIA", "O'Reilly Media"),
    ("NHS ENGLAND", "NHS England"),
    ("BBC STUDIOS", "BBC Studios"),
    # short acronyms, and names with lower case of their own, stay as written
    ("IBM", "IBM"),
    ("KPMG LLP", "KPMG LLP"),
    ("PRAS", "PRAS"),
    ("ASOS Marketplace", "ASOS Marketplace"),
    ("BrightPath", "BrightPath"),
    ("Pike & Ladder", "Pike & Ladder"),
    # jotted in lower case: capitalised as a name is; a short word of consonants is an acronym
    ("hollis & pine", "Hollis & Pine"),
    ("the dorchester", "The Dorchester"),
    ("nhs lothian", "NHS Lothian"),
    ("bank of the west", "Bank of the West"),
    ("dayton", "Dayton"),
    (None, None),
])
def test_company_in_capitals_is_title_cased(notes: str | None, email: str | None) -> None:
    assert company_name(notes) == email


@pytest.mark.parametrize(("phrase", "written"), [
    ("Marina Heights tower project", "the Marina Heights tower project"),
    ("Crossrail-adjacent project in Whitechapel", "the Crossrail-adjacent project in Whitechapel"),
    ("Kubernetes migration", "the Kubernetes migration"),
    # a name alone, a plural or a gerund head, a possessive, a code: no article
    ("Gaeilge", "Gaeilge"),
    ("Nextflow pipelines", "Nextflow pipelines"),
    ("Cat modelling for Asian typhoon books", "Cat modelling for Asian typhoon books"),
    ("Ode's expansion into Nordics", "Ode's expansion into Nordics"),
    ("NFPA 70E", "NFPA 70E"),
    ("Opera Cloud", "Opera Cloud"),
    ("moving SME clients to Xero", "moving SME clients to Xero"),
])
def test_article_before_a_named_thing(phrase: str, written: str) -> None:
    assert with_article(phrase) == written
