"""Whom the notes say to write to, and whom to thank: the directive detector (notes/addressed.py)
and its resolver step (notes/addressee.py), as tables of notes and the person each must give,
with rows that must give no one."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.notes import parse_notes
from drafter.notes.addressed import addressed
from drafter.recipient import recipient_for

TODAY = dt.date(2026, 11, 20)

# (notes, addressee, thanked)
ROWS = [
    # a pronoun's person opens its sentence after a few words that set the scene
    ("Final interview with the Ops Director, Bongani Khumalo. Iris Tanaka in recruitment "
     "coordinated everything. At the end Bongani told me that if anything changed I should "
     "email him directly.", "Bongani Khumalo", None),
    # a name after the verb, with words between it and the name
    ("Panel: Wanjiru Kamau (ops director), Piet de Wit (analyst).\n"
     "reply by email to Wanjiru, ask about the timeline", "Wanjiru Kamau", None),
    ("Met Farida Haidari (clinic lead) and Tom Bright (nurse).\nwrite a short note to Farida",
     "Farida Haidari", None),
    # "check in with", "follow up with": the particle belongs to the verb
    ("Interview with Ana Lucía Ortega (head of retail) and Sam Cole (buyer).\n"
     "check in with Ana next week", "Ana Lucía Ortega", None),
    # a thank-you's target, put first among two
    ("Panel: Rangi Parata (chair), Liesl Botha (finance).\n"
     "Send the thank-you to Rangi first, then Liesl", "Rangi Parata", "Rangi Parata"),
    # two people joined: no one person
    ("Panel: Rangi Parata (chair), Liesl Botha (finance).\nthank Rangi and Liesl", None, None),
    # a role the notes write beside a name
    ("Met the practice manager (Odile Ferrand) and Dr. Kwesi Mensah.\n"
     "want to email the practice manager today", "Odile Ferrand", None),
    # a pronoun pointing back to the subject of its sentence
    ("Interviewed with Bram Visser (CTO). Noor Rahman (recruiter) said she would update me, "
     "so I should write to her.", "Noor Rahman", None),
    # ... but not to a name further into the sentence
    ("the recruiter called, she was lovely and I got on well with her and dr. tanvir alam. "
     "writing back to thank her", None, None),
    # a pronoun after two people named in one run-on: open
    ("met Ines Duarte and the recruiter Malik Osei today, decision next week, thank her please",
     None, None),
    # a lowercase first name the notes also write whole
    ("talked with Chidera Nwankwo he's the site lead about crane lifts\nneed to thank chidera",
     None, "Chidera Nwankwo"),
    # what is sent stands between the thanks and "to" ("you" is no new clause's subject)
    ("panel: Dana Whitfield-Osei (director), Marcus Lee (grants)\nthank you note to dana today",
     None, "Dana Whitfield-Osei"),
    ("panel: Lorraine Obi-Mensah, Ben Castellano\nthank you to lorraine, cc the others?",
     None, "Lorraine Obi-Mensah"),
    ("panel: Lorraine Obi-Mensah, Ben Castellano\nthank you for coming in, Ben said", None, None),
    # a surname two people share: whose it is stays open
    ("10:00 Mark Chen, VP\n10:45 Lily Chen, Associate\nsend thank-you to Chen", None, None),
    # a verb someone else does, a negated one, a question, a date after a noun: no directive
    ("Interview with Olga Petrova (head of QA). She'll email Dan from HR about the start date.",
     None, None),
    ("Interview with Olga Petrova (head of QA) and Dan Reyes (HR). don't email Dan", None, None),
    ("Interview with Olga Petrova (head of QA) and Dan Reyes (HR). "
     "Should I write to Dan? or to Olga?", None, None),
    ("Slack message, 3 Feb\nInterview with Olga Petrova (head of QA)", None, None),
    # "ask" is no directive: a question for a friend
    ("Interview with Olga Petrova (head of QA).\nask Priya (old colleague) what she thinks",
     None, None),
    # a new clause ends the search: the name after "say I liked meeting" is no addressee
    ("Interview with Olga Petrova (head of QA) and Dan Reyes (HR).\n"
     "reply to this - and say I liked meeting Dan?", None, None),
    ("Interview with Olga Petrova (head of QA). Write a reply in English for Olga", None, None),
    # "cc" is a copy, not the addressee
    ("Interview with Olga Petrova (head of QA) and Dan Reyes (HR).\n"
     "nudged Olga Monday, cc Dan", None, None),
]


@pytest.mark.parametrize(("notes", "to", "thanked"), ROWS)
def test_whom_the_notes_say_to_write_to_and_to_thank(notes: str, to: str | None,
                                                     thanked: str | None) -> None:
    ctx = parse_notes(notes, today=TODAY)
    assert (ctx.addressee, ctx.thanked) == (to, thanked)


def test_a_thank_directive_decides_a_thank_you_not_a_rejection_reply() -> None:
    notes = ("Kofi Boateng (recruiter) called today: they chose an internal candidate. Hana Novak "
             "(plant lead) ran the panel. I want to thank her and ask for feedback.")
    ctx = parse_notes(notes, today=TODAY)
    assert ctx.thanked == "Hana Novak"
    assert recipient_for(ctx, "rejection-reply").person.name == "Kofi Boateng"  # type: ignore[union-attr]


@pytest.mark.parametrize("line", [
    "Thank you for coming in to meet Dr. Aziz and me",  # a pasted letter's thanks
    "they will reply to Ruth by Friday",
    "write about what Ruth said on pricing",
])
def test_no_directive(line: str) -> None:
    assert addressed(line) == []


@pytest.mark.parametrize(("notes", "stage"), [
    ("Met Ms Patel (head of maths) and Joy Okoro (bursar). Ms Patel said Friday. not sure who "
     "to chase, patel or joy??", "missed-deadline"),
    ("Co-owners Luca Moretti and Ana Moretti both interviewed me, both said the 10th. Not sure "
     "whether to message Luca or Ana.", "missed-deadline"),
    ("Panel: Rangi Parata (chair), Liesl Botha (finance). idk who to thank first",
     "thank-you"),
])
def test_notes_that_cannot_decide_are_asked(notes: str, stage: str) -> None:
    choice = recipient_for(parse_notes(notes, today=TODAY), stage)
    assert choice.person is None and "ask" in choice.why


@pytest.mark.parametrize("notes", [
    "Kenji Ito (curator) and Olga Petrenko (manager) interviewed me. Checked in with both Oct "
    "6. second nudge to who??",
    "Kenji Ito (curator) and Olga Petrenko (manager) interviewed me. no idea which of them "
    "actually decides",
])
def test_notes_that_ask_to_whom(notes: str) -> None:
    assert recipient_for(parse_notes(notes, today=TODAY), "second-nudge").person is None
