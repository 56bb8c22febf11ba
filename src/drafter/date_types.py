"""The types and words the date reader shares: the clock a reading counts from, one found date
phrase, the names of weekdays and months, and the one date format emails use."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from drafter.context import DateMention

Tense = Literal["future", "past"]
# absolute: a calendar date; relative: counted from a day; deictic: today/yesterday/tomorrow;
# vague: a time phrase that names no single day; invalid: looks like a date but is not one
Kind = Literal["absolute", "relative", "deictic", "vague", "invalid"]

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                 "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
                 "twelve": 12, "couple": 2, "a couple": 2, "couple of": 2, "a couple of": 2}
# "may"/"march"/"mar" are ordinary words too: as months they must be capitalised
_WORDLIKE_MONTHS = {"may", "mar", "march"}


def fmt_date(day: dt.date) -> str:
    """The one way drafter shows a date to a person: 'Tue Nov 18, 2025'."""
    return f"{WEEKDAYS[day.weekday()][:3]} {MONTHS[day.month - 1][:3]} {day.day}, {day.year}"


@dataclass(frozen=True)
class Clock:
    """The days a reading counts from.

    `anchor` is the interview: what an interviewer said ("in two weeks") counts from it.
    `written` is the day the notes were written: "today"/"yesterday" count from it.
    `today` is the day drafter runs, the last resort for both.
    """

    today: dt.date
    anchor: dt.date | None = None
    written: dt.date | None = None
    # a date without a year lands nearest the day the notes speak from (`now`), not the
    # interview: for a deadline still open when they were written, such as an offer's answer date
    nearest_now: bool = False
    # "08/12/2026" is 8 December where the same notes write "18/11/2026" elsewhere
    day_first: bool = False

    def _label_written(self, day: dt.date) -> str:
        if day == self.today:
            return f"today ({fmt_date(day)})"
        return f"the day the notes were written ({fmt_date(day)})"

    @property
    def base(self) -> tuple[dt.date, str]:
        """Where relative phrases about the future count from, and how to say so."""
        if self.anchor is not None:
            return self.anchor, f"the interview ({fmt_date(self.anchor)})"
        return self.now

    @property
    def now(self) -> tuple[dt.date, str]:
        """Where 'today', 'yesterday' and past phrases count from."""
        if self.written is not None:
            return self.written, self._label_written(self.written)
        if self.anchor is not None:
            return self.anchor, f"the interview day ({fmt_date(self.anchor)})"
        return self.today, f"today ({fmt_date(self.today)})"

    @property
    def reference(self) -> tuple[dt.date, str]:
        """The day a date without a year should land nearest: the interview, else today."""
        if self.nearest_now:
            return self.now
        if self.anchor is not None:
            return self.anchor, f"the interview ({fmt_date(self.anchor)})"
        return self.today, f"today ({fmt_date(self.today)})"


@dataclass(frozen=True)
class Found:
    """One date phrase in a text: where it is, what kind it is and how it was read."""

    start: int
    end: int
    kind: Kind
    mention: DateMention
    # set when "today (Nov 18)" tied a deictic word to a calendar date: the notes were written
    # on mention.value minus this many days (so the caller can learn the writing day)
    deictic_offset: int | None = None


# ---------------------------------------------------------------------------------------------
# arithmetic


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _add_months(day: dt.date, n: int) -> dt.date:
    total = day.month - 1 + n
    year, month = day.year + total // 12, total % 12 + 1
    return dt.date(year, month, min(day.day, _month_length(year, month)))


def _month_length(year: int, month: int) -> int:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).day


def add_business_days(day: dt.date, n: int) -> dt.date:
    """`n` business days after `day` (before it when negative); `day` itself need not be one.
    The one home of this rule: schedule uses it too."""
    step = 1 if n >= 0 else -1
    while n:
        day += dt.timedelta(days=step)
        if day.weekday() < 5:
            n -= step
    return day


def _found(m: re.Match[str], kind: Kind, value: dt.date | None, how: str) -> Found:
    """A reader's result: where the phrase is, and how it was read."""
    text = m.group(0).strip()
    return Found(m.start(), m.end(), kind, DateMention(text=text, value=value, how=how))
