"""The notes reader never raises (parse_notes falls back to the reader's unchecked facts), so a
bug in a resolver step would pass silently: every blind note in benchmarks/blind must be read
without that fallback."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from drafter.notes import UNCHECKED, parse_notes

_BLIND = Path(__file__).resolve().parents[1] / "benchmarks" / "blind"
CASES = [json.loads(line) for f in sorted(_BLIND.glob("notes-*.jsonl"))
         for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_there_are_blind_notes() -> None:
    assert len(CASES) > 1000


@pytest.mark.parametrize("chunk", range(8))
def test_no_blind_note_falls_back_to_unchecked_facts(chunk: int) -> None:
    failed = []
    for case in CASES[chunk::8]:
        ctx = parse_notes(case["notes"], today=dt.date.fromisoformat(case["today"]))
        if any(d.startswith(UNCHECKED) for d in ctx.doubts):
            failed.append((case["id"], [d for d in ctx.doubts if d.startswith(UNCHECKED)]))
    assert failed == []
