"""The name a person goes by (notes/goes_by.py): a table of a line, the full name, and the form
of address each must give, with rows that must give none."""

from __future__ import annotations

import pytest

from drafter.notes.goes_by import _goes_by

ROWS = [
    ("Zhang Wei (goes by 'David') ran the panel", "Zhang Wei", "David"),
    ("Samantha Reyes - Design Manager (goes by Sam too)", "Samantha Reyes", "Sam"),
    # "call me X" quoted on the line that names them; a Yoruba name shortened from its end
    ('2) Dr Olufunke Bello (QA lead) - "call me Funke" - we talked batch release',
     "Olufunke Bello", "Funke"),
    ('Dr Bartholomew Ng (site lead) said "call me Bart", very relaxed', "Bartholomew Ng", "Bart"),
    # "call me" with no name after it, or a name that is no part of theirs: no one
    ("Ann Lee (recruiter). she said call me any time", "Ann Lee", None),
    ('Dr Olufunke Bello (QA lead) - "call me Tina" - odd', "Olufunke Bello", None),
    # a short form said on another person's line is not theirs
    ("Olufunke Bello (QA lead)\nTom Price (ops): call me Funke, he joked", "Olufunke Bello", None),
]


@pytest.mark.parametrize(("text", "name", "want"), ROWS)
def test_the_name_a_person_goes_by(text: str, name: str, want: str | None) -> None:
    assert _goes_by(text, name) == want
