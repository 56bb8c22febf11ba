"""Without notes, `specifics.named` asks that the body name the role or something only this
conversation produced: a job noun with words of its own counts; stock phrases do not."""

from __future__ import annotations

import pytest
from test_rules import Case, review

SHELL = ("Subject: Thank you\n\nDear Ms. Lee,\n\n{body}\n\nI look forward to hearing about next "
         "steps.\n\nBest regards,\nSam Ortiz\n")

NAMES_SOMETHING = [
    "Thank you for the conversation about the data platform role on Tuesday.",
    "I enjoyed talking through the night-shift charge nurse post with you.",
    "Thank you for meeting me about your sous chef position and the new menu.",
    # a piece of their work, named with words of its own
    "I'd be delighted to join your team on the animation pipeline.",
    "I keep thinking about the legacy-giving idea and the capital campaign plans.",
    "Thank you for walking me through the onboarding redesign today.",
    # after a verb of doing or seeing: "do the trial shift", "watching the pass run"
    "Thanks for letting me do the trial shift and watching the lunch service up close.",
    "I enjoyed tasting the braised lamb shoulder and seeing the pastry section at work.",
    # ... or opening a sentence
    "The new store layout looks great. I would love to be part of it.",
    "Thank you for your time. Your water treatment projects interest me most.",
    # their work named anywhere with words of its own (stop 32)
    "Thank you for letting me teach your seventh graders and for the feedback on pacing.",
    "The discussion on backfilling the partitioned ledger tables was great fun.",
]
STOCK = [
    "It was a pleasure speaking with you and learning more about the role and the company.",
    "I believe I would be a great addition to your team and the exciting new role.",
    "Thank you for the opportunity to interview for the open position.",
    "I enjoyed learning about the hiring process and the next steps with the team.",
    "I was glad to hear more about the company culture and the wider organisation.",
    "I'm keen to contribute to the success of the team on the same page as you.",
    "I am confident my skills and experience make me a strong fit for the job.",
    "Thank you for meeting the team and learning about the company culture.",
    "I enjoyed doing the interview and seeing the office.",
    "The whole process was a pleasure. Your team seems wonderful.",
    "The exciting new role suits me. Your company culture is great.",
    # "I'd" mid-sentence is the pronoun, no name (stop 32)
    "It was great to learn more about the company. I think I'd be a great fit.",
    "Thanks again for the interview. I'm sure I'd enjoy the work and I'm keen to hear back.",
]


@pytest.mark.parametrize("body", NAMES_SOMETHING)
def test_a_body_that_names_the_job_is_specific(body: str) -> None:
    found = review(Case(SHELL.format(body=body), "thank-you")).findings
    assert not [f for f in found if f.rule == "specifics.named"], body


@pytest.mark.parametrize("body", STOCK)
def test_a_stock_body_is_asked_for_specifics(body: str) -> None:
    found = review(Case(SHELL.format(body=body), "thank-you")).findings
    assert [f for f in found if f.rule == "specifics.named"], body


@pytest.mark.parametrize("greeting", ["Hello again Paula,", "Hi again Sam,", "Hi there Jo,"])
def test_a_greeting_with_again_or_there_names_the_person(greeting: str) -> None:
    text = SHELL.format(body="Thank you for the conversation about the data platform role.")
    found = review(Case(text.replace("Dear Ms. Lee,", greeting), "thank-you")).findings
    assert not [f for f in found if f.rule == "specifics.named"], greeting


OFFER_NOTE = ("Hi Jess,\n\nI've received another offer and need to respond by Friday. You're "
              "still my first choice, so is there any chance of an update before then?\n\n"
              "Thanks,\nMarcus Hill\n")


@pytest.mark.parametrize(("stage", "severity"), [
    # a note about the candidate's own news needs no role named: info, never a warning
    ("competing-offer", "info"), ("close-the-loop", "info"),
    # a check-in that names nothing reads as stock
    ("missed-deadline", "warning"),
])
def test_naming_nothing_without_notes_by_stage(stage: str, severity: str) -> None:
    found = [f for f in review(Case(OFFER_NOTE, stage)).findings if f.rule == "specifics.named"]
    assert [f.severity for f in found] == [severity]
