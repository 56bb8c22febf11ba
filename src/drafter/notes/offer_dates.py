"""The answer date of a competing offer, as the notes write it: the first date after an answer
cue ("let us know your decision by", "need to tell them by"), a correction of it, or a span
counted from the day the offer came ("gave me a week to decide"); and whether a slashed date
("12/11") could be read either way round.
"""

from __future__ import annotations

import datetime as dt
import re

from drafter.date_order import weekday_order
from drafter.dates import Clock, resolve_date, scan_dates
from drafter.notes.lexicon import cue_pattern

# a time of day between the cue and the date: "by 5:00 pm CT on Friday, December 4"
_TIME = re.compile(r"\b\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)(?:\s+[A-Z]{1,4}T\b)?", re.I)


def _answer_by(lines: list[str], clock: Clock) -> tuple[dt.date, str] | None:
    cue = cue_pattern("answer_by")
    for line in lines:
        for m in cue.finditer(line):
            # from the cue's last word on: "tell them by the 14th" reads "by the 14th"
            start = m.start() + m.group(0).rfind(m.group(0).split()[-1])
            rest = line[start:m.end() + 60]
            found = [f for f in scan_dates(rest, clock) if f.mention.value and
                     not _TIME.sub(" ", rest[:f.start]).strip(" :,-–—").split()[4:]]
            if found:
                fixed = _corrected(lines, line, start + found[0].end, clock)
                return fixed or (found[0].mention.value,
                                 line[m.start():start] + rest[:found[0].end].rstrip())
    return None


def _corrected(lines: list[str], line: str, at: int, clock: Clock) -> tuple[dt.date, str] | None:
    """The last answer date a correction cue after the first one gives ("... by Tues 4/14 - NO,
    it's actually Wed 4/15"), on the same line from `at` on or on the window's later lines."""
    cue = cue_pattern("answer_corrected")
    after = [line[at:], *lines[lines.index(line) + 1:]]
    best: tuple[dt.date, str] | None = None
    for x in after:
        for m in cue.finditer(x):
            rest = x[m.end():m.end() + 40]
            found = [f for f in scan_dates(rest, clock) if f.mention.value]
            if found and re.search(r"[.!?;](?:\s|$)", rest[:found[0].start]):
                continue  # "want St Brigid's instead. interview there 28/4": another sentence
            if found:
                best = found[0].mention.value, x[m.start():m.end() + found[0].end]
    return best


# "12/11" and "02/04/2026": a year after it leaves the order as open as before
_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?:/(?:\d{4}|\d{2}))?(?![\d/])")
_WEEKDAY = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", re.I)


def _either_way(said: str, text: str, day: dt.date) -> bool:
    """Whether an answer date written "12/11" reads as either month first or day first: no
    weekday beside it and no other slashed date in the notes that only one order allows."""
    m = _SLASHED.search(said)
    if m is None or _WEEKDAY.search(said) or m[1] == m[2] or int(m[1]) > 12 or int(m[2]) > 12:
        return False
    if any(int(a) > 12 or int(b) > 12 for a, b in _SLASHED.findall(text)):
        return False
    return weekday_order(text, day) is None


def _only_soon(said: str, day: dt.date) -> dt.date | None:
    """The one reading of a slashed answer date that falls in the eight weeks after the notes
    were written, as an offer's answer date does ("by 7/12" written 1 December is 7 December,
    not 12 July); None when both or neither do."""
    m = _SLASHED.search(said)
    if m is None:
        return None
    soon: set[dt.date] = set()
    full = re.search(r"/(\d{4})\b", m[0])
    for month, dom in ((int(m[1]), int(m[2])), (int(m[2]), int(m[1]))):
        for year in (int(full[1]),) if full else (day.year, day.year + 1):
            try:
                when = dt.date(year, month, dom)
            except ValueError:
                continue
            if dt.timedelta(0) <= when - day <= dt.timedelta(weeks=8):
                soon.add(when)
    return soon.pop() if len(soon) == 1 else None


# how long they gave to answer, from the day the offer came: "gave me a week to decide",
# "need an answer in 2 weeks", "I have 5 business days to accept"
_SPAN = re.compile(
    r"(?:(?P<gave>\b(?:gave|gives|given|giving|give)\s+me|\bi\s+have|\bi['’]ve\s+got|\bi\s+got)"
    r"|\bneeds?\s+(?:an?\s+|my\s+|your\s+)?(?:answer|decision|response)\s+(?:with)?in|"
    r"\b(?:answer|respond|reply|decide)\s+within)\s+"
    r"(?P<d>(?:\d{1,2}|an?|one|two|three|four|five|six|seven|ten)\s+(?:business\s+|working\s+)?"
    r"(?:days?|weeks?))(?P<to>\s+to\s+(?:decide|accept|answer|respond|reply|sign|think))?"
    # "need your decision within 48 hrs": hours, counted as the days they reach into
    r"|\bneeds?\s+(?:an?\s+|my\s+|your\s+)?(?:answer|decision|response)\s+(?:with)?in\s+"
    r"(?P<h>\d{1,3})\s*(?:hours?|hrs?|h)\b", re.I)


def _answer_in(lines: list[str], made_line: str, clock: Clock) -> tuple[dt.date, str] | None:
    """An answer date counted from the day the offer came, both written: "made me an offer
    Tuesday (12/1) - gave me a week to decide". Without the offer's own day there is none."""
    span = next((m for x in lines for m in _SPAN.finditer(x) if not m["gave"] or m["to"]), None)
    if span is None:
        return None
    days = span["d"] or f"{-(-int(span['h']) // 24)} days"  # 48 hours: two days on
    came = [f.mention.value for f in scan_dates(made_line, clock, tense="past")
            if f.mention.value and f.mention.value <= (clock.written or clock.today)]
    if not came:
        return None
    due = resolve_date("in " + days, came[0], today=clock.today)
    if due is None or due.value is None:
        return None
    return due.value, span.group(0).strip()
