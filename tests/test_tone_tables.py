"""Every tone table (tests/test_tone_clauses.py, test_tone_shapes2.py to test_tone_shapes9.py,
test_tone_frames.py), run one way: each flag row fires its rule on its own; each leave row
leaves a whole ordinary email clean."""

from __future__ import annotations

import pytest
import test_tone_clauses
import test_tone_frames
import test_tone_shapes2
import test_tone_shapes3
import test_tone_shapes4
import test_tone_shapes5
import test_tone_shapes6
import test_tone_shapes7
import test_tone_shapes8
import test_tone_shapes9
from test_rules import in_email, review
from tone_support import alone, loud

_TABLES = (test_tone_clauses, test_tone_shapes2, test_tone_shapes3, test_tone_shapes4,
           test_tone_shapes5, test_tone_shapes6, test_tone_shapes7, test_tone_shapes8,
           test_tone_shapes9, test_tone_frames)
FLAG = [(rule, stage, s) for t in _TABLES for rule, (stage, rows) in t.FLAG.items() for s in rows]
LEAVE = [(stage, s) for t in _TABLES for stage, rows in t.LEAVE.items() for s in rows]


@pytest.mark.parametrize(("rule", "stage", "sentence"), [
    pytest.param(r, st, s, id=f"{r}:{s[:50]!r}") for r, st, s in FLAG])
def test_the_rule_flags_on_its_own(rule: str, stage: str, sentence: str) -> None:
    assert alone(in_email(sentence, stage), rule), sentence


@pytest.mark.parametrize(("stage", "sentence"), [
    pytest.param(st, s, id=f"{st}:{s[:50]!r}") for st, s in LEAVE])
def test_leaves_the_whole_email_clean(stage: str, sentence: str) -> None:
    assert loud(review(in_email(sentence, stage)).findings) == []
