"""How each date phrase is read against the clock: one reader per pattern in date_patterns.py,
each returning a Found (value None and a `how` saying why, when the phrase names no single
day), and the table that pairs them, in the order that breaks ties."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable

from drafter.date_ends import _read_end_abbr, _read_end_of, _read_week
from drafter.date_patterns import (
    _I,
    ORDINAL_WORDS,
    P_AGO,
    P_BARE_WD,
    P_DAY_MONTH,
    P_DEICTIC,
    P_DOTTED,
    P_DURATION,
    P_END_ABBR,
    P_END_MONTH,
    P_END_OF,
    P_ISO,
    P_MONTH_DAY,
    P_ORDINAL,
    P_PREP_WD,
    P_SAME_DAY,
    P_SLASH,
    P_VAGUE,
    P_WD_ORDINAL,
    P_WEEK,
    P_WHICH_WD,
)
from drafter.date_types import (
    _NUMBER_WORDS,
    _WORDLIKE_MONTHS,
    MONTHS,
    WEEKDAYS,
    Clock,
    Found,
    Kind,
    Tense,
    _add_months,
    _found,
    _monday,
    _month_length,
    add_business_days,
    fmt_date,
)


def _number(token: str | None) -> int | None:
    if not token:
        return None
    token = " ".join(token.casefold().split())
    if token.isdigit():
        return int(token)
    return _NUMBER_WORDS.get(token)


def _weekday(token: str) -> int:
    return [w[:3].casefold() for w in WEEKDAYS].index(token.casefold()[:3])


def _month(token: str) -> int:
    return [m[:3].casefold() for m in MONTHS].index(token.casefold()[:3]) + 1


# ---------------------------------------------------------------------------------------------
# readers: one per pattern; each returns a Found, or None when the match is not a date after all


def _unset(m: re.Match[str], why: str, kind: Kind = "invalid") -> Found:
    return _found(m, kind, None, f"'{m.group(0).strip()}' {why}; left unset (no date guessed)")


def _calendar(m: re.Match[str], clock: Clock, year: int | None, month: int, day: int,
              wd: str | None, note: str = "") -> Found:
    """A calendar date; without a year, the nearest fitting year to the reference day."""
    text = m.group(0).strip()
    want = _weekday(wd) if wd else None
    if year is not None:
        try:
            value = dt.date(year, month, day)
        except ValueError:
            return _unset(m, "is not a real date")
        how = f"'{text}' read as {fmt_date(value)}{note}"
        if want is not None and value.weekday() != want:
            how += f"; note: that day is a {WEEKDAYS[value.weekday()]}, not a {WEEKDAYS[want]}"
        return _found(m, "absolute", value, how)
    ref, ref_label = clock.reference
    span = (1, 4) if (month, day) == (2, 29) else (1,)  # Feb 29 needs a leap year within reach
    cands: list[dt.date] = []
    for reach in span:
        cands = [d for y in range(ref.year - reach, ref.year + reach + 1)
                 if (d := _valid(y, month, day)) is not None]
        if cands:
            break
    if not cands:
        return _unset(m, f"is not a real date ({MONTHS[month - 1]} has no day {day})")
    fitting = [c for c in cands if want is None or c.weekday() == want]
    value = min(fitting or cands, key=lambda c: (abs((c - ref).days), c))
    why = f"no year written, so the year nearest {ref_label}"
    if want is not None and fitting:
        why += f" in which {MONTHS[month - 1][:3]} {day} is a {WEEKDAYS[want]}"
    how = f"'{text}' read as {fmt_date(value)}{note}; {why}"
    if want is not None and not fitting:
        how += f"; note: that day is a {WEEKDAYS[value.weekday()]}, not a {WEEKDAYS[want]}"
    return _found(m, "absolute", value, how)


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year(token: str | None) -> int | None:
    if not token:
        return None
    return int(token) + 2000 if len(token) == 2 else int(token)


def _read_iso(m: re.Match[str], clock: Clock, tense: Tense) -> Found | None:
    return _calendar(m, clock, int(m["y"]), int(m["m"]), int(m["d"]), m["wd"])


def _month_ok(m: re.Match[str]) -> bool:
    mon = m["mon"]
    if not (mon.casefold() in _WORDLIKE_MONTHS and mon[0].islower()):
        return True
    # in lower case, a month only as a day's: "i emailed her march 7, nothing back", "on may
    # 3rd" (not "they may 2 ...", "we march 5 miles")
    before = m.string[:m.start("mon")].split()[-1:]
    after = m.string[m.end():m.end() + 12]
    return "d" in m.re.groupindex and m.start("d") > m.start("mon") and not (
        before and before[0].casefold() in _SUBJECTS) and not re.match(r"\s+[a-z]+s\b", after)


_SUBJECTS = frozenset({"i", "you", "we", "they", "he", "she", "it", "who", "which", "that",
                       "i'd", "we'd", "they'd"})


def _read_month_name(m: re.Match[str], clock: Clock, tense: Tense) -> Found | None:
    day = int(m["d"]) if m["d"].isdigit() else ORDINAL_WORDS[m["d"].casefold()]
    if not _month_ok(m) or not 1 <= day <= 31:
        return None
    return _calendar(m, clock, _year(m["y"]), _month(m["mon"]), day, m["wd"])


def _read_dotted(m: re.Match[str], clock: Clock, tense: Tense) -> Found | None:
    day, month = int(m["d"] or m["d2"]), int(m["m"] or m["m2"])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return _calendar(m, clock, _year(m["y"]), month, day, m["wd"], " (day.month)")


def _read_slash(m: re.Match[str], clock: Clock, tense: Tense) -> Found | None:
    a, b = int(m["a"]), int(m["b"])
    if (a, b) == (24, 7) and not m["y"]:
        return None  # "24/7" means always, not July 24
    if not m["y"] and not m["wd"] and _SCHOOL_YEAR.search(m.string, 0, m.start()):
        return None  # "Year 5/6 teacher", "KS 3/4": school years, not a date
    if clock.day_first and 1 <= a <= 31 and 1 <= b <= 12:
        return _calendar(m, clock, _year(m["y"]), b, a, m["wd"],
                         " (day/month, the order that fits the notes' dates)")
    if 1 <= a <= 12 and 1 <= b <= 31:
        return _calendar(m, clock, _year(m["y"]), a, b, m["wd"], " (month/day, US order)")
    if 13 <= a <= 31 and 1 <= b <= 12:
        return _calendar(m, clock, _year(m["y"]), b, a, m["wd"],
                         f" (day/month, as {a} cannot be a month)")
    return None


_SCHOOL_YEAR = re.compile(r"\b(?:years?|yrs?|y|grades?|ks|key\s+stage|ages?|p)\s*$", re.I)


_DEICTIC_SHIFT = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def _read_deictic(m: re.Match[str], clock: Clock, tense: Tense) -> Found | None:
    word = " ".join(m["w"].casefold().split())
    shift = _DEICTIC_SHIFT.get(word, 0)
    base, label = clock.now
    value = base + dt.timedelta(days=shift)
    if shift == 0:
        how = f"'{m.group(0)}' read as {label}"
    else:
        rel = "the day before" if shift < 0 else "the day after"
        how = f"'{m.group(0)}' read as {rel} {label} = {fmt_date(value)}"
    return _found(m, "deictic", value, how)


def _read_which_weekday(m: re.Match[str], clock: Clock, tense: Tense) -> Found | None:
    which = " ".join(m["which"].casefold().split())
    want = _weekday(m["wd"])
    name = WEEKDAYS[want]
    if which in ("last", "past", "this past"):
        base, label = clock.now
        back = (base.weekday() - want) % 7 or 7
        value = base - dt.timedelta(days=back)
        how = f"the last {name} before {label}"
    elif which == "next":
        base, label = clock.base
        value = _monday(base) + dt.timedelta(days=7 + want)
        how = f"the {name} of the week after {label}"
    else:  # this / coming / this coming
        base, label = clock.base
        ahead = (want - base.weekday()) % 7
        if ahead == 0 and which != "this":
            ahead = 7
        value = base + dt.timedelta(days=ahead)
        how = f"the first {name} from {label}"
    return _found(m, "relative", value, f"'{m.group(0).strip()}' read as {how} = {fmt_date(value)}")


def _read_bare_weekday(m: re.Match[str], clock: Clock, tense: Tense) -> Found | None:
    want = _weekday(m["wd"])
    name = WEEKDAYS[want]
    if tense == "past":
        base, label = clock.now
        value = base - dt.timedelta(days=(base.weekday() - want) % 7)
        how = f"the most recent {name} on or before {label}"
    else:
        base, label = clock.base
        value = base + dt.timedelta(days=(want - base.weekday()) % 7 or 7)
        how = f"the first {name} after {label}"
    return _found(m, "relative", value, f"'{m.group(0).strip()}' read as {how} = {fmt_date(value)}")


def _read_end_month(m: re.Match[str], clock: Clock, tense: Tense) -> Found | None:
    if not _month_ok(m):
        return None
    month = _month(m["mon"])
    year = _year(m["y"])
    if year is None:
        ref, _ = clock.reference
        year = min((ref.year - 1, ref.year, ref.year + 1),
                   key=lambda y: abs((dt.date(y, month, 15) - ref).days))
    return _calendar(m, clock, year, month, _month_length(year, month), None,
                     " (the last day of that month)")


def _span(m: re.Match[str]) -> tuple[int, int, str] | None:
    """(count, days-per-unit marker, unit) from a duration match; None when not a number."""
    n = _number(m["n"])
    if n is None:
        return None
    upper = max((x for x in (_number(m["n2"]), _number(m["n3"])) if x is not None), default=n)
    unit = m["unit"].casefold().split()[-1].rstrip("s")
    unit = {"wk": "week", "hr": "hour"}.get(unit, unit)
    return n, upper, unit


def _shift(base: dt.date, n: int, unit: str, business: bool, sign: int) -> tuple[dt.date, str]:
    if unit == "day" and business:
        return add_business_days(base, sign * n), f"{n} business day{'s' * (n != 1)}"
    if unit == "month":
        return _add_months(base, sign * n), f"{n} month{'s' * (n != 1)}"
    days = n * 7 if unit == "week" else math.ceil(n / 24) if unit == "hour" else n
    return base + dt.timedelta(days=sign * days), f"{days} day{'s' * (days != 1)}"


def _read_duration(m: re.Match[str], clock: Clock, tense: Tense) -> Found | None:
    parts = _span(m)
    if parts is None:
        return None
    n, upper, unit = parts
    base, label = clock.base
    business = bool(re.search(r"business|working", m["unit"], _I))
    value, amount = _shift(base, upper, unit, business, 1)
    note = " (the later end of the range)" if upper != n else ""
    how = f"'{m.group(0).strip()}' read as {amount} after {label}{note} = {fmt_date(value)}"
    return _found(m, "relative", value, how)


def _read_same_day(m: re.Match[str], clock: Clock, tense: Tense) -> Found | None:
    """'same day', 'that evening', 'the next day': counted from the interview."""
    shift = 1 if re.search(r"next|following|after", m.group(0), _I) else 0
    base, label = clock.base
    value = base + dt.timedelta(days=shift)
    rel = "the day after" if shift else "the same day as"
    return _found(m, "relative", value,
                  f"'{m.group(0).strip()}' read as {rel} {label} = {fmt_date(value)}")


def _read_ago(m: re.Match[str], clock: Clock, tense: Tense) -> Found | None:
    n = _number(m["n"])
    if n is None:
        return None
    unit = m["unit"].casefold().split()[-1].rstrip("s")
    unit = {"wk": "week", "hr": "hour"}.get(unit, unit)
    base, label = clock.now
    business = bool(re.search(r"business|working", m["unit"], _I))
    value, amount = _shift(base, n, unit, business, -1)
    return _found(m, "relative", value,
                  f"'{m.group(0).strip()}' read as {amount} before {label} = {fmt_date(value)}")


def _read_ordinal(m: re.Match[str], clock: Clock, tense: Tense) -> Found | None:
    day = int(m["d"])
    if not 1 <= day <= 31:
        return None
    if tense == "past":
        base, label = clock.now
        first = base.replace(day=1) if day <= base.day else _add_months(base.replace(day=1), -1)
        rel = f"the most recent {_ordinal(day)} on or before {label}"
    else:
        base, label = clock.base
        first = base.replace(day=1) if day > base.day else _add_months(base.replace(day=1), 1)
        rel = f"the first {_ordinal(day)} after {label}"
    if day > _month_length(first.year, first.month):
        return _unset(m, f"would fall in {MONTHS[first.month - 1]} {first.year}, which has no "
                         f"day {day}")
    value = first.replace(day=day)
    return _found(m, "relative", value, f"'{m.group(0).strip()}' read as {rel} = {fmt_date(value)}")


def _read_weekday_ordinal(m: re.Match[str], clock: Clock, tense: Tense) -> Found | None:
    """The day number decides and the weekday picks the month: the nearest month, in the
    direction the tense gives first (after the interview for what is to come, back from the
    writing day for what happened), then the other way, whose day N is that weekday. When none
    is within two months, the words disagree and no date is guessed."""
    day, want = int(m["d"]), _weekday(m["wd"])
    if not 1 <= day <= 31:
        return None
    base, label = clock.now if tense == "past" else clock.base
    first = -1 if tense == "past" else 1
    # counted from the interview, what they said lies after it; counted from the writing day
    # (no interview date known), a day may lie either side: "fri the 16th" written on the 20th
    for step in (first,) if clock.anchor is not None else (first, -first):
        month = base.replace(day=1)
        for _ in range(3):
            if day <= _month_length(month.year, month.month):
                value = month.replace(day=day)
                if (value >= base if step > 0 else value <= base) and value.weekday() == want:
                    return _found(m, "absolute", value, f"'{m.group(0).strip()}' read as the "
                                  f"{WEEKDAYS[want]} the {_ordinal(day)} nearest {label} = "
                                  f"{fmt_date(value)}")
            month = _add_months(month, step)
    return _unset(m, f"no {WEEKDAYS[want]} the {_ordinal(day)} falls near {label}: "
                     "the weekday and the day disagree")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _read_vague(m: re.Match[str], clock: Clock, tense: Tense) -> Found | None:
    if m["mon"] and not _month_ok(m):
        return None
    what = "names a month, not a day" if m["mon"] else "does not name a single day"
    return _unset(m, what, "vague")


Reader = Callable[[re.Match[str], Clock, Tense], "Found | None"]
# order breaks ties between equally long matches: calendar forms first
_READERS: tuple[tuple[re.Pattern[str], Reader], ...] = (
    (P_ISO, _read_iso),
    (P_MONTH_DAY, _read_month_name),
    (P_DAY_MONTH, _read_month_name),
    (P_SLASH, _read_slash),
    (P_DOTTED, _read_dotted),
    (P_END_MONTH, _read_end_month),
    (P_END_OF, _read_end_of),
    (P_END_ABBR, _read_end_abbr),
    (P_WD_ORDINAL, _read_weekday_ordinal),
    (P_WHICH_WD, _read_which_weekday),
    (P_WEEK, _read_week),
    (P_DURATION, _read_duration),
    (P_AGO, _read_ago),
    (P_SAME_DAY, _read_same_day),
    (P_ORDINAL, _read_ordinal),
    (P_DEICTIC, _read_deictic),
    (P_PREP_WD, _read_bare_weekday),
    (P_BARE_WD, _read_bare_weekday),
    (P_VAGUE, _read_vague),
)


