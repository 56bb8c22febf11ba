"""A follow-up that cannot name the role says "the role" once, not in every paragraph: a table of
stages and notes with no role or company, and notes that name them (which may repeat it)."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.config import Config
from drafter.drafting import Options, make_draft
from drafter.notes import parse_notes

TODAY = dt.date(2026, 11, 30)

ROWS = [
    ("missed-deadline", "Interview 2 Nov with Dana Whitlock (store manager). She said she'd "
     "decide by Nov 20. Nothing yet.\nme: Sam Ortiz", 1),
    ("second-nudge", "Interview 2 Nov with Dana Whitlock (store manager). She said she'd "
     "decide by Nov 20. Emailed Dana Nov 23, no reply.\nme: Sam Ortiz", 1),
]


@pytest.mark.parametrize(("stage", "notes", "most"), ROWS)
def test_the_bare_role_is_said_once(stage: str, notes: str, most: int) -> None:
    ctx = parse_notes(notes, today=TODAY)
    assert ctx.role is None and ctx.company is None
    email = make_draft(ctx, Options(stage=stage, today=TODAY, config=Config(name=None))).email
    body = email.text.split("\n", 1)[1]
    assert body.count("the role") <= most, email.text
