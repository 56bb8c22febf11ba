"""Whom "she said ..." or "write to her directly" points back to in a thread: never someone the
notes' names give the other gender (notes/thread.py), as a table with rows that must not move."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.notes import parse_notes

ROWS = [
    ("interview 4/8, panel: Lucía Fernández (division manager) + Tyrone Banks (case manager)\n"
     "she said they'd decide by 4/22. nothing yet", "Lucía Fernández"),
    ("interview 4/8, panel: Tyrone Banks (case manager) + Lucía Fernández (division manager)\n"
     "he said they'd decide by 4/22. nothing yet", "Tyrone Banks"),
    # no gender either way from the names: the last named, as before
    ("interview 4/8 with Alex Kim (case manager)\nshe said they'd decide by 4/22", "Alex Kim"),
]


@pytest.mark.parametrize(("notes", "owner"), ROWS)
def test_the_pronoun_agrees(notes: str, owner: str) -> None:
    assert parse_notes(notes, today=dt.date(2026, 4, 28)).thread_owner == owner
