"""Whom the notes hand a departed contact's work to: "Morag Baird is no longer with Kelvingrove
Rail. For recruitment queries please contact Hamish Doyle", "Marcus Oyelaran (copied) is taking
over". The cue phrases are data (notes/data/cues.toml handover_before / handover_after)."""

from __future__ import annotations

import re
from functools import cache

from drafter.context import InterviewContext, Interviewer
from drafter.notes.departed import GONE, MY_LAST, has_left
from drafter.notes.lexicon import data_toml, phrase_pattern

_NAME_RUN = r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"


@cache
def _handover_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The cues (data/cues.toml) that hand a departed person's work to someone, with the name
    after ("please contact Ravi Chaudhary") or before ("Sam Ortiz has taken over")."""
    data = data_toml("cues.toml")
    before = phrase_pattern(data["handover_before"]).pattern
    after = phrase_pattern(data["handover_after"]).pattern
    return (re.compile(rf"(?i:{before})[,:]?\s+(?P<n>{_NAME_RUN})"),  # "her replacement, Will"
            # an aside may stand between: "Marcus Oyelaran (copied) is taking over"
            re.compile(rf"(?P<n>{_NAME_RUN})(?:\s*\([^()\n]{{1,80}}\))?\s+(?i:{after})"))


def handover(ctx: InterviewContext) -> Interviewer | None:
    """The one person the notes hand a departed contact's work to, on a line saying someone
    left or the few after it (an auto-reply: "... is no longer with X. Please contact ...")."""
    from drafter.recipient import find  # the recipient rule's name matching, one home

    lines = ctx.source.splitlines()
    near = sorted({i for no, line in enumerate(lines) if GONE.search(line) or MY_LAST.search(line)
                   for i in range(no, min(len(lines), no + 4))})
    found: dict[str, Interviewer] = {}
    for no in near:
        for side, cue in enumerate(_handover_cues()):
            for m in cue.finditer(lines[no]):
                words = m["n"].split()
                # the name starts right after a cue before it, and ends right before one after
                runs = [words[:n] if side == 0 else words[-n:] for n in range(len(words), 0, -1)]
                person = next((p for run in runs if (p := find(ctx, " ".join(run)))), None)
                if person is not None and not has_left(ctx.source, person.name):
                    found[person.name] = person
    return next(iter(found.values())) if len(found) == 1 else None
