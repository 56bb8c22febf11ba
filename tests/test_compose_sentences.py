"""The offline composer writes sentences a person could send, whatever the notes look like."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.compose import VARIANTS, compose
from drafter.notes import parse_notes
from drafter.rubric import check, load_rubric

WARD = """Interview Tue 25 Nov 2025 for Staff Nurse at St Anne's Hospital, surgical ward.
Interviewer: Grace Okafor (Ward Manager)
- what I'd do if a post-op patient's obs started slipping at 3am
- they've 4 new grads starting in Jan and want experienced people to precept them
- talked about the move to e-rostering
- lots of agency staff
- about an hour
- ugh, parking is a nightmare lol
me: Sam Reyes
"""

DEPOT = """Interview at Northgate Logistics for Warehouse Team Leader, Mon 3 Nov 2025.
Interviewer: Dale Hughes (Shift Manager)
- the forklift cert, along with lots of agency staff
- about an hour
me: Kim Ellis
"""

BROKEN = ["the especially", "the you", "the lots", "about an hour", "3am", "parking", " lol",
          "along with", "an hour"]


@pytest.mark.parametrize("notes", [WARD, DEPOT], ids=["ward", "depot"])
@pytest.mark.parametrize("variant", range(VARIANTS))
def test_real_notes_give_sendable_thank_yous(notes: str, variant: int) -> None:
    ctx = parse_notes(notes, today=dt.date(2025, 11, 26))
    email = compose(ctx, "thank-you", variant=variant)
    text = email.text
    for bad in BROKEN[:-2] if notes is DEPOT else BROKEN:
        assert bad not in text, (bad, text)
    assert ctx.interviewers[0].name not in email.subject  # never the reader's own name
    assert ctx.company is not None and text.count(ctx.company) <= 1
    report = check(text, load_rubric("thank-you"), ctx, today=dt.date(2025, 11, 26))
    assert report.passed and not [f for f in report.findings
                                  if f.severity != "info" and f.category != "timing"], (
        report.findings, text)


def test_the_ward_thank_you_names_the_work_as_a_person_would() -> None:
    ctx = parse_notes(WARD, today=dt.date(2025, 11, 26))
    bodies = " ".join(compose(ctx, "thank-you", variant=v).body for v in range(VARIANTS))
    assert "precepting new graduates" in bodies and "the precepting" not in bodies
    assert "your question about what I'd do if a post-op patient's obs started slipping" in bodies
    email = compose(ctx, "thank-you", variant=0)
    assert email.subject == "Thank you — Staff Nurse interview, 25 November"


def test_two_notes_do_not_share_a_skeleton() -> None:
    """Different notes (a question and an example; a topic only) give different sentences."""
    a = parse_notes(WARD, today=dt.date(2025, 11, 26))
    b = parse_notes(DEPOT, today=dt.date(2025, 11, 26))
    first = set(compose(a, "thank-you", variant=0).body.split(". "))
    second = set(compose(b, "thank-you", variant=0).body.split(". "))
    assert len(first & second) <= 2, first & second


RECRUITER_ONLY = """Applied for Data Analyst at Fernwood Bank.
Recruiter: Nadia Brooks (emailed me, no call yet)
Interviewed Mon Nov 3, 2025 with Tom Hale.
- their move to dbt
Decision by Fri Nov 14
me: Lee Park
"""


def test_no_when_we_spoke_to_a_recruiter_who_only_emailed() -> None:
    ctx = parse_notes(RECRUITER_ONLY, today=dt.date(2025, 11, 18))
    to_recruiter = compose(ctx, "missed-deadline", "Nadia").body
    assert "when we spoke" not in to_recruiter.casefold()
    assert "November 14" in to_recruiter
    to_interviewer = compose(ctx, "missed-deadline", "Tom Hale").body
    assert "When we spoke" in to_interviewer
