"""Detector: why the candidate is closing the loop, from the notes' own words.

"accepted Ridgeback Distribution yesterday", "signed with Ashgrove": a job taken elsewhere;
"need to withdraw", "pulling out" for a reason of their own; neither: the note closes the
loop after silence. A cue after a negation or a condition ("haven't accepted", "if I
withdraw"), or "accepted" before what one comes to terms with ("accepted I'm not getting it"),
decides nothing. The cue phrases are data (data/cues.toml [withdrawal]).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from drafter.notes.lexicon import data_toml, phrase_pattern
from drafter.notes.segment import bounded

Reason = Literal["accepted", "withdraw"]


@cache
def _cues() -> dict[str, re.Pattern[str]]:
    data = data_toml("cues.toml")["withdrawal"]
    return {kind: phrase_pattern(data[kind]) for kind in ("accepted", "withdraw")} | {
        "not": re.compile(rf"(?:{phrase_pattern(data['not_before']).pattern})\s+(?:\w+\s+)?$",
                          re.I),
        "not_after": re.compile(rf"\s*(?:{phrase_pattern(data['not_after']).pattern})", re.I)}


def _said(kind: str, text: str) -> bool:
    cues = _cues()
    for m in cues[kind].finditer(text):
        start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        if not cues["not"].search(text[start:m.start()]) and not (
                kind == "accepted" and cues["not_after"].match(text, m.end())):
            return True
    return False


def closing_reason(source: str) -> Reason | None:
    """Why the notes close the loop: a job accepted elsewhere, a withdrawal, or None."""
    text = bounded(source)
    if _said("accepted", text):
        return "accepted"
    return "withdraw" if _said("withdraw", text) else None
