"""The decision date is the one the decision statement names, not another date in its line."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from drafter.notes import parse_notes

TODAY = dt.date(2026, 11, 20)
HEAD = "Interview Oct 22 with Noor Haddad (ops manager) for the Planner role at Vantage.\n"


@pytest.mark.parametrize(("line", "want"), [
    ("She said a decision by tues the 3rd at the latest because the class starts Nov 30.",
     dt.date(2026, 11, 3)),
    ("Decision by Nov 6; onboarding would be Dec 1.", dt.date(2026, 11, 6)),
    ("They'll decide by Nov 4 or Nov 6.", dt.date(2026, 11, 6)),  # a range: its later end
    ("Nov 13: she said they'll decide", dt.date(2026, 11, 13)),  # the date before the cue
    ("Decision expected by Oct 30, then references, then a start on Nov 16.",
     dt.date(2026, 10, 30)),
])
def test_the_decision_date_is_the_one_its_statement_names(line: str, want: dt.date) -> None:
    assert parse_notes(HEAD + line, today=TODAY).decision_date == want


@pytest.mark.parametrize(("line", "stated"), [
    ("She said a decision by Nov 6.", "November 6"),  # written as a date: the email may say it
    ("She said a decision by end of next week.", None),  # counted: the plan uses it, not the email
    ("She said they'd decide in two weeks.", None),
])
def test_the_email_states_only_a_date_the_notes_wrote(line: str, stated: str | None) -> None:
    from drafter.compose import compose
    from drafter.config import Config

    ctx = parse_notes(HEAD + line + "\nme: Sam Ortiz\n", today=TODAY)
    assert ctx.decision_date is not None  # read either way
    body = compose(ctx, "missed-deadline", config=Config()).body
    if stated:
        assert stated in body
    else:
        # no date counted from another day; their own words may stand ("within two weeks")
        assert "November" not in body.split("Dear")[1][:200]
        assert not re.search(r"decision by (?:Mon|Tues|Wednes|Thurs|Fri)day", body)
