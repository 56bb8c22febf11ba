"""Literal phrase lists found by one Aho-Corasick automaton instead of a regex alternation.

A phrase rule's regex is one alternation: its word-guarded phrases, its other phrases, then its
real patterns. This module finds the same matches. Every shipped phrase, lower-cased with its
spaces and apostrophes made one kind, goes into one automaton (pyahocorasick), which reads a
draft once for all rules. Each rule then keeps its own phrases' hits that pass the regex's
guards (no word character or apostrophe before, no word character after, inside the rule's
scope) and walks them left to right with its real patterns as the alternation would: at each
start the earliest-listed phrase wins, a phrase wins over a pattern at the same start, and the
next match starts where the last ended.

Where that equivalence is not plain, the regex runs as before: a case-sensitive rule, a phrase
with ‘ or ` in it or a letter whose case re treats specially (ſ, İ, the Kelvin sign...), a text
holding such a letter (drafter.fastre.lowered), a person's own pattern (the `regex` module's
time limit), or a pattern that matches the empty string.
"""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from drafter import fastre

if TYPE_CHECKING:
    from collections.abc import Callable

_SPACES = re.compile(r"\s+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


def normal_phrase(phrase: str) -> str | None:
    """The phrase as the automaton holds it, or None when only its regex is exact."""
    stripped = phrase.strip()
    if not stripped or "‘" in stripped or "`" in stripped:
        return None
    low = fastre.lowered(stripped)
    if low is None:
        return None
    return _SPACES.sub(" ", low).replace("’", "'")


@cache
def shipped_phrases() -> frozenset[str]:
    """Every literal phrase the shipped rubric files hold, in automaton form."""
    from drafter.rubric.data import shipped

    found = set()
    for data in shipped().values():
        for rule in data.get("rules", {}).values():
            for where in (rule, rule.get("extend", {})):
                phrases = where.get("phrases", [])
                if isinstance(phrases, list):
                    found.update(p for p in phrases if isinstance(p, str))
    return frozenset(n for n in map(normal_phrase, found) if n)


@cache
def _automaton(keys: frozenset[str]) -> Any:
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for key in keys:
        automaton.add_word(key, (len(key), key))
    automaton.make_automaton()
    return automaton


def occurrences(keys: frozenset[str], text: str) -> dict[str, list[int]]:
    """Key -> every offset in text where it starts, ascending (overlaps included)."""
    found: dict[str, list[int]] = {}
    for end, (length, key) in _automaton(keys).iter(text):
        found.setdefault(key, []).append(end - length + 1)
    for starts in found.values():
        starts.sort()
    return found


class NormalText:
    """A draft lower-cased, apostrophes as ', each run of spaces as one: the automaton's view,
    with the way back to the draft's own offsets."""

    def __init__(self, text: str, low: str) -> None:
        self.text = text
        self.low = low
        self.normal = _SPACES.sub(" ", low)
        self._marks: tuple[list[int], list[int]] | None = None
        self._hits: dict[frozenset[str], dict[str, list[int]]] = {}

    def original(self, index: int) -> int:
        """The draft offset of the normal text's character at `index`."""
        if len(self.normal) == len(self.low):
            return index
        if self._marks is None:
            starts, shifts, removed = [], [], 0
            for m in _SPACES.finditer(self.low):
                if m.end() - m.start() > 1:
                    removed += m.end() - m.start() - 1
                    starts.append(m.end() - removed)  # the character after the run
                    shifts.append(removed)
            self._marks = (starts, shifts)
        starts, shifts = self._marks
        at = bisect.bisect_right(starts, index)
        return index + (shifts[at - 1] if at else 0)

    def hits(self, keys: frozenset[str]) -> dict[str, list[int]]:
        """Phrase -> the normal-text offsets where it starts (overlaps included)."""
        found = self._hits.get(keys)
        if found is None:
            found = self._hits[keys] = occurrences(keys, self.normal)
        return found


@lru_cache(maxsize=4)
def normal_text(text: str) -> NormalText | None:
    low = fastre.lowered(text)
    return None if low is None else NormalText(text, low.translate(_APOSTROPHES))


def word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def plan_phrases(phrases: list[tuple[str, bool, bool]]) -> dict[str, tuple[int, bool, bool]]:
    """Normal form -> (first list position, guarded start, guarded end): phrases that differ
    only in case or spacing share a form, and the earliest of them is the one that counts."""
    out: dict[str, tuple[int, bool, bool]] = {}
    for index, (key, guard_start, guard_end) in enumerate(phrases):
        out.setdefault(key, (index, guard_start, guard_end))
    return out


def phrase_starts(view: NormalText, phrases: dict[str, tuple[int, bool, bool]],
                  keys: frozenset[str], lo: int, hi: int) -> dict[int, tuple[int, int]]:
    """Draft start -> (list position, end) of the earliest-listed phrase that matches there
    as its regex would (plan_phrases gives `phrases`)."""
    text = view.text
    best: dict[int, tuple[int, int]] = {}
    for key, starts in view.hits(keys).items():
        if key not in phrases:
            continue
        index, guard_start, guard_end = phrases[key]
        for at in starts:
            start = view.original(at)
            end = view.original(at + len(key) - 1) + 1
            if start < lo or end > hi or (start in best and best[start][0] < index):
                continue
            if guard_start and start > 0 and (word_char(text[start - 1])
                                               or text[start - 1] in "'’"):
                continue
            if guard_end and end < hi and word_char(text[end]):
                continue
            best[start] = (index, end)
    return best


def walk(starts: dict[int, tuple[int, int]], search: Callable[[int], Any] | None,
         lo: int, hi: int) -> list[tuple[int, int]] | None:
    """The alternation's matches, left to right: phrases by their starts, real patterns by
    `search(pos)` (their leftmost match from pos, or None). None when a pattern matched the
    empty string (the caller then runs the regex itself)."""
    order = sorted(starts)
    out: list[tuple[int, int]] = []
    pos = lo
    pending = search(pos) if search is not None else None
    while pos <= hi:
        i = bisect.bisect_left(order, pos)
        phrase = order[i] if i < len(order) else None
        if pending is not None and pending.start() < pos:
            pending = search(pos)
        if pending is not None and pending.end() == pending.start():
            return None
        if phrase is not None and (pending is None or phrase <= pending.start()):
            out.append((phrase, starts[phrase][1]))
            pos = starts[phrase][1]
        elif pending is not None:
            out.append((pending.start(), pending.end()))
            pos = pending.end()
        else:
            break
    return out
