"""Which order a text writes its slashed dates in (day first or month first), decided once
for the whole text from every slashed date in it (dates.py's readers then use the answer)."""

from __future__ import annotations

import datetime as dt
import re

from drafter.date_patterns import P_SLASH

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# "13 March" against "March 13": how the same writer spells out their other dates
_DAY_MONTH = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?!\w)", re.I)
_MONTH_DAY = re.compile(r"\b" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?\b", re.I)


def day_first(text: str, today: dt.date | None = None) -> bool:
    """Whether a text writes its slashed dates day first: one that can only be read that way
    ("18/11/2026") and none that can only be read month first ("11/18"); or, every one either
    way ("[01/10/2026, 09:14]" in a chat export, "interviewed on 10/3" on March 25), when only
    day first puts them all in the weeks around `today`, as notes about a recent interview
    are. When recency cannot tell (both orders, or neither, fit), the order the same notes
    spell their other dates in decides: "13 March" beside "02/03/2026" is day first."""
    return _decide(text, today)[0]


def order_known(text: str, today: dt.date) -> bool:
    """Whether the text itself settles the order of its slashed dates (a day over 12, a day
    named beside one, their recency, the way it spells other dates), not a default: where it
    does not, a date such as "03/04/2025" may be either, and no email states it."""
    return _decide(text, today)[1]


def _decide(text: str, today: dt.date | None) -> tuple[bool, bool]:
    """(day first, whether the text settles it) for day_first and order_known."""
    found = [(int(m["a"]), int(m["b"]), m["y"]) for m in P_SLASH.finditer(text)]
    if any(a > 12 and b <= 12 for a, b, _ in found):
        return not any(a <= 12 and b > 12 for a, b, _ in found), True
    if not found or not all(1 <= a <= 12 and 1 <= b <= 12 for a, b, _ in found):
        return False, True
    # the order the same notes spell their other dates in: "25 November", not "November 25"
    day_month, month_day = bool(_DAY_MONTH.search(text)), bool(_MONTH_DAY.search(text))
    spelled = day_month and not month_day
    sure = day_month != month_day  # the spelling settles it only when it goes one way
    if today is None:
        return spelled, sure
    if (said := _deictic_order(text, today)) is not None:
        return said, True
    if (said := weekday_order(text, today)) is not None:
        return said, True

    def recent(month: int, day: int, year: str | None) -> bool:
        # with a year, in the weeks up to today; without one ("10/3"), in the year that puts
        # it nearest: the weeks before today or the few after (a date they gave)
        years = [int(year) + (2000 if len(year) == 2 else 0)] if year else [
            today.year - 1, today.year, today.year + 1]
        low, high = dt.timedelta(days=-60 if not year else 0), dt.timedelta(days=90)
        for y in years:
            try:
                if low <= today - dt.date(y, month, day) <= high:
                    return True
            except ValueError:
                continue
        return False

    def passed(month: int, day: int, year: str | None) -> bool:
        return recent(month, day, year) and any(
            _on_or_before(y, month, day, today) for y in _past_years(year, today))

    by_day, by_month = all(recent(b, a, y) for a, b, y in found), all(
        recent(a, b, y) for a, b, y in found)
    if by_day != by_month:
        return by_day, True
    if by_day:
        # both orders recent: notes mostly record what already happened, so an order that
        # puts every date on or before today beats one that sends some into the weeks ahead
        # ("emailed segun 9/11" on Sep 25 is Sep 11, whatever "28 aug" suggests)
        past_day, past_month = all(passed(b, a, y) for a, b, y in found), all(
            passed(a, b, y) for a, b, y in found)
        if past_day != past_month:
            return past_day, True
        # both in the past: notes are written days after an interview, not months, so an
        # order that keeps every date within three weeks of today beats one that does not
        # ("[10/12 16:52] ... thanks for coming in today" on 11 December is 10 December)
        near_day, near_month = all(_near(b, a, y, today) for a, b, y in found), all(
            _near(a, b, y, today) for a, b, y in found)
        if near_day != near_month:
            return near_day, True
    return spelled, sure  # either order fits as well, or neither: as their spelled dates go


def _past_years(year: str | None, today: dt.date) -> list[int]:
    """The year written ("25" is 2025), or, with none, this year and the one before."""
    return [int(year) + (2000 if len(year) == 2 else 0)] if year else [today.year - 1, today.year]


def _near(month: int, day: int, year: str | None, today: dt.date) -> bool:
    """Whether a day falls in the 21 days up to `today` (in the year written, or either)."""
    return any(_on_or_before(y, month, day, today, days=21) for y in _past_years(year, today))


def _on_or_before(year: int, month: int, day: int, today: dt.date, days: int = 90) -> bool:
    """Whether a day falls in the `days` up to `today` (False when there is no such day)."""
    try:
        return dt.timedelta(0) <= today - dt.date(year, month, day) <= dt.timedelta(days=days)
    except ValueError:
        return False


# a day named beside a slashed date: "was this morning, 3/4", "yesterday (5/5)"
_DEICTIC = {"today": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "tonight": 0,
            "yesterday": -1, "yday": -1, "yest": -1, "tomorrow": 1, "tmrw": 1}
_BESIDE = re.compile(r"\b(?P<w>" + "|".join(_DEICTIC).replace(" ", r"\s+") + r")\b[\s,(:-]{0,4}"
                     r"(?:\w{3}\s+)?(?P<a>\d{1,2})/(?P<b>\d{1,2})(?!/?\d)", re.I)


def _deictic_order(text: str, today: dt.date) -> bool | None:
    """The order a slashed date takes when the notes name its day beside it ("this morning,
    3/4" on 3 April is day first): True or False when every such pair agrees on one order."""
    votes = set()
    for m in _BESIDE.finditer(text):
        day = today + dt.timedelta(days=_DEICTIC[" ".join(m["w"].casefold().split())])
        a, b = int(m["a"]), int(m["b"])
        first, second = (day.day, day.month) == (a, b), (day.month, day.day) == (a, b)
        if first != second:
            votes.add(first)
    return votes.pop() if len(votes) == 1 else None


def weekday_order(text: str, day: dt.date) -> bool | None:
    """The order the text's slashed dates take where a weekday stands beside one ("Mon 3/9"
    is 9 March only if that is a Monday): True (day first), False, or None when no such date
    settles it, in the years the text writes (else the year of `day` and the one before)."""
    years = {int(y) for y in re.findall(r"\b(20\d\d)\b", text)} or {day.year - 1, day.year}
    votes: set[bool] = set()
    for m in P_SLASH.finditer(text):
        if not m["wd"]:
            continue
        want = ("mon", "tue", "wed", "thu", "fri", "sat", "sun").index(m["wd"][:3].casefold())
        a, b = int(m["a"]), int(m["b"])
        written = {int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)} if m["y"] else years
        fits = set()
        for first, (month, dom) in ((True, (b, a)), (False, (a, b))):
            for year in written:
                try:
                    if dt.date(year, month, dom).weekday() == want:
                        fits.add(first)
                except ValueError:
                    continue
        if len(fits) == 1:
            votes |= fits
    return votes.pop() if len(votes) == 1 else None
