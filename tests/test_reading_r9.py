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
