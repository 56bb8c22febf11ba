"""The offline composer names what the notes give: a rejection reply names the role it was
for; with neither role nor company, an email speaks of "my application", never "the role"."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.compose import VARIANTS, compose
from drafter.notes import parse_notes

TODAY = dt.date(2026, 5, 20)

_REJECTED = """Interviewed 2 May for the Data Engineer role at Larkspur Analytics.
Rejection email today from Dana Reyes (HR). me: Sam Lee
"""
_NOTHING_NAMED = """follow up with Fr. Okafor, met him 3 April, heard nothing since.
second nudge sent 20 April. me: Sam Lee
"""


@pytest.mark.parametrize("variant", range(VARIANTS))
def test_a_rejection_reply_names_the_role(variant: int) -> None:
    email = compose(parse_notes(_REJECTED, today=TODAY), "rejection-reply", variant=variant)
    assert "the Data Engineer role" in email.body


@pytest.mark.parametrize(("stage", "variant"), [
    (stage, v) for stage in ("close-the-loop", "second-nudge") for v in range(2)])
def test_no_role_and_no_company_is_my_application(stage: str, variant: int) -> None:
    email = compose(parse_notes(_NOTHING_NAMED, today=TODAY), stage, variant=variant)
    assert "my application" in email.body
    assert "the role" not in email.body


@pytest.mark.parametrize(("role", "title"), [
    ("plumber/heating engineer (gas safe)", "Plumber/Heating Engineer (Gas Safe)"),
    ("Quality manager", "Quality Manager"),
    ("iOS Developer", "iOS Developer"),
])
def test_a_role_in_title_case_every_part(role: str, title: str) -> None:
    from drafter.written import role_title

    assert role_title(role) == title


@pytest.mark.parametrize(("role", "doubted"), [
    ("Didn't Get the Assistant Harbourmaster", True),
    ("didnt get the job", True),
    ("Assistant Harbourmaster", False),
    # who was met, written where a job would be
    ("met the head", True),
    ("spoke w the ops manager", True),
    ("Supervising Pharmacist", False),
    ("Assistant to the Director", False),
    ("Met Office Forecaster", False),
    ("registered nurse", False),
    ("Head of the Sixth Form", False),
])
def test_a_sentence_about_the_job_is_no_title(role: str, doubted: bool) -> None:
    from drafter.notes.resolve import role_doubt

    assert (role_doubt(role) is not None) is doubted


@pytest.mark.parametrize(("phrase", "named"), [
    ("thanking him", False),  # what the notes mean to do, not a topic
    ("writing the grant bid", True),
    ("the fly tower refit", True),
])
def test_a_plan_to_thank_is_no_topic(phrase: str, named: bool) -> None:
    from drafter.topicgate import worth_naming

    assert worth_naming(phrase) is named
