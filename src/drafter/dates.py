"""Read the dates people write in interview notes. Pure functions: no clock of their own.

Calendar forms ("Tue Nov 18", "3/6", "2026-11-18", "18 November") use the year written or, when
there is none, the year that puts them nearest a reference day (the interview, else today); a
weekday written next to the date picks among those years. Relative forms ("next Friday",
"in ~2 weeks", "by the 28th", "end of next week") count from the interview; words such as
"today" and "yesterday" count from the day the notes were written. Every reading carries `how`,
a one-line explanation for the person; a phrase that names no single day is kept with value
None and a `how` that says so, never guessed.
"""

from __future__ import annotations

import datetime as dt
import re

from drafter.context import DateMention
from drafter.date_order import day_first
from drafter.date_patterns import _I, P_BARE_DURATION
from drafter.date_readers import (
    _DEICTIC_SHIFT,
    _READERS,
    _read_duration,
    add_business_days,
)
from drafter.date_types import MONTHS, WEEKDAYS, Clock, Found, Kind, Tense, fmt_date

__all__ = ["MONTHS", "WEEKDAYS", "Clock", "Found", "Kind", "Tense", "add_business_days",
           "day_first", "find_dates", "fmt_date", "resolve_date", "scan_dates"]

# ---------------------------------------------------------------------------------------------
# scanning


def _longest_first(cands: list[tuple[int, Found]]) -> list[Found]:
    """Keep non-overlapping matches, the longest winning (so 'next Friday' beats 'Friday')."""
    taken: list[Found] = []
    for _, f in sorted(cands, key=lambda c: (-(c[1].end - c[1].start), c[0], c[1].start)):
        if all(f.end <= t.start or f.start >= t.end for t in taken):
            taken.append(f)
    return sorted(taken, key=lambda f: f.start)


_GAP = re.compile(r"\s*[(,:–—-]?\s*")
_CLOSE = re.compile(r"\s*\)")
_ON_GAP = re.compile(r"\s*,?\s*on\s+", re.I)
_DAY_END = re.compile(r"\b(?:end\s+of\s+(?:the\s+)?(?:business\s+)?day|eod|cob)\b", re.I)
# the day a day's end belongs to, when it is named rather than written: "EOD Thursday"
_NAMED_DAY = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\btomorrow\b", re.I)
_TRAILING_DEICTIC = re.compile(r"\s*\(\s*(today|yesterday|tomorrow)\s*\)", _I)


def _merge_deictic(text: str, found: list[Found]) -> list[Found]:
    """'today (Nov 18)' and 'Nov 18 (today)' become one mention: the date written wins."""
    out: list[Found] = []
    i = 0
    while i < len(found):
        f = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        # "by end of day Monday, November 10": the day's end of the date written, not today's
        day_end = f.kind == "relative" and bool(_DAY_END.search(f.mention.text))
        named = nxt is not None and nxt.kind in ("relative", "deictic") and bool(
            _NAMED_DAY.search(nxt.mention.text))  # "by EOD Thursday": Thursday's end
        if ((f.kind == "deictic" or day_end) and nxt is not None
                and (nxt.kind in ("absolute", "invalid") or (day_end and named))
                and (_GAP.fullmatch(text, f.end, nxt.start) or (
                    day_end and _ON_GAP.fullmatch(text, f.end, nxt.start)))):
            end = nxt.end
            close = _CLOSE.match(text, end)
            if close and "(" in text[f.end:nxt.start]:
                end = close.end()
            out.append(_merged(text, f.start, end, nxt, None if day_end else f.mention.text))
            i += 2
            continue
        tail = _TRAILING_DEICTIC.match(text, f.end) if f.kind in ("absolute", "invalid") else None
        if tail:
            out.append(_merged(text, f.start, tail.end(), f, tail.group(1)))
            i += 2 if nxt is not None and nxt.start < tail.end() else 1
            continue
        out.append(f)
        i += 1
    return out


def _merged(text: str, start: int, end: int, date: Found, word: str | None) -> Found:
    """One mention for a written date and the words around it; `word` is the deictic one
    ("today"), which says the date is the writing day's, or None."""
    phrase = " ".join(text[start:end].split())
    how = date.mention.how.replace(f"'{date.mention.text}'", f"'{phrase}'", 1)
    mention = DateMention(text=phrase, value=date.mention.value, how=how)
    if word is None:
        return Found(start, end, date.kind, mention)
    shift = _DEICTIC_SHIFT.get(word.casefold().split()[-1], 0)
    return Found(start, end, date.kind, mention, deictic_offset=shift)


MAX_SCAN = 20_000  # a line of notes is short; a huge one is not worth reading for dates


def scan_dates(text: str, clock: Clock, *, tense: Tense = "future",
               bare: bool = False) -> list[Found]:
    """Every date phrase in `text`, in order, read against `clock`.

    `tense` says whether a bare weekday ("Friday") lies ahead of the interview (what they said
    would happen) or behind the writing day (what already happened). `bare` also accepts a
    duration with no preposition ("a week"), as in the value of "Timeline: a week".
    """
    text = text[:MAX_SCAN]
    readers = (*_READERS, (P_BARE_DURATION, _read_duration)) if bare else _READERS
    cands: list[tuple[int, Found]] = []
    for order, (pattern, reader) in enumerate(readers):
        for m in pattern.finditer(text):
            found = reader(m, clock, tense)
            if found is not None:
                cands.append((order, found))
    return _merge_deictic(text, _longest_first(cands))


def _clock(anchor: dt.date | None, today: dt.date | None, written: dt.date | None) -> Clock:
    return Clock(today=today or dt.date.today(), anchor=anchor, written=written)


def find_dates(text: str, anchor: dt.date | None = None, *, today: dt.date | None = None,
               written: dt.date | None = None, tense: Tense = "future") -> list[DateMention]:
    """Every date phrase in `text`, read as in `scan_dates`; relative ones count from `anchor`
    (the interview), 'today'/'yesterday' from `written` (else `anchor`, else `today`)."""
    return [f.mention for f in scan_dates(text, _clock(anchor, today, written), tense=tense)]


def resolve_date(text: str, anchor: dt.date | None = None, *, today: dt.date | None = None,
                 written: dt.date | None = None, tense: Tense = "future") -> DateMention | None:
    """The first date phrase in `text` (a bare "a week" counts too), or None when there is none.

    An unreadable phrase ("soon", "Feb 30") gives a mention with value None and a `how` saying so.
    """
    found = scan_dates(text, _clock(anchor, today, written), tense=tense, bare=True)
    return found[0].mention if found else None

