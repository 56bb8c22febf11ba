"""Detector: who the notes say makes the hiring decision ("Lars chairs the committee and makes
the call", "Dr. Osei has the final say"). A competing-offer note goes to that person: they are
the one who can move a timeline. The cue phrases are data (data/cues.toml [decides]); the
person is the nearest name before the cue in its clause, resolved by the recipient rule's
`find`, so a name the notes never give to a person is no one."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from drafter.notes.lexicon import data_toml, phrase_pattern

# a full stop ends a clause, except a title's ("Dr. Osei has the final say")
_CLAUSE_BREAK = re.compile(r"(?<!Dr)(?<!Mr)(?<!Ms)(?<!Mrs)(?<!Prof)\.|[;!?\n]|\s[-–—]\s"
                           r"|,?\s+(?:but|whereas|while|although)\s+", re.I)
_NAME = re.compile(r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")


@cache
def _cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = data_toml("cues.toml")["decides"]
    return phrase_pattern(data["cues"]), phrase_pattern(data["not_before"])


def decider(source: str, find: Callable[[str], object | None]) -> object | None:
    """The one person the notes say decides, or None (no cue, no name, or several)."""
    cues, negated = _cues()
    found: dict[str, object] = {}
    for m in cues.finditer(source):
        head = source[max(0, m.start() - 300):m.start()]  # its clause, however long the notes
        start = max((b.end() for b in _CLAUSE_BREAK.finditer(head)), default=0)
        clause = head[start:]
        if negated.search(clause[-25:]):
            continue  # "not sure who makes the call", "doesn't make the call"
        names = list(_NAME.finditer(clause))
        for name in reversed(names):
            person = find(name.group(0))
            if person is not None:
                found[getattr(person, "name", name.group(0))] = person
                break
    return next(iter(found.values())) if len(found) == 1 else None
