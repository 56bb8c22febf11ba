"""A date the writer took back in the same line ("the 25th -- no wait, the 28th") is replaced by
the one they corrected it to, before any reader sees the line; other lines are untouched."""

from __future__ import annotations

import pytest

from drafter.notes.segment import retract_corrected

CASES = [
    ("decision by Oct 2 -- no wait, he said the 6th", "decision by the 6th", "Oct 2"),
    ("Sat Oct 17? no, Fri Oct 16 2026", "Fri Oct 16 2026", "Oct 17"),
    ("they'll call Friday, I mean Thursday", "Thursday", "Friday"),
    ("interview Nov 3, sorry, Nov 4 at 10", "Nov 4", "Nov 3"),
    ("start 1/12 - correction: 1/19", "1/19", "1/12"),
    ("offer expires the 9th, scratch that, the 11th", "the 11th", "the 9th"),
]
LEFT = [
    "no news since Oct 2, no reply",  # "no reply" is not a correction of a date
    "met Oct 3. No, it was fine",
    "decision by the 14th",
    "Nov 3 interview; I mean to ask about parking",
    "asked for my references, sorry, forgot to send them",
]


@pytest.mark.parametrize(("line", "keeps", "drops"), CASES)
def test_the_corrected_date_replaces_the_retracted_one(line: str, keeps: str, drops: str) -> None:
    out = retract_corrected(line)
    assert keeps in out and drops not in out


@pytest.mark.parametrize("line", LEFT)
def test_a_line_without_a_correction_is_untouched(line: str) -> None:
    assert retract_corrected(line) == line
