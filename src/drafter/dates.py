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
import math
import re
from collections.abc import Callable
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
# patterns

# full names first, so an abbreviation's optional dot never swallows a sentence's full stop
_WD = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
       r"(?:mon|tues?|weds?|thu|thurs?|fri|sat|sun)\.?)")
_WD_FULL = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_NUM = (r"(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        r"(?:a\s+)?couple(?:\s+of)?)")
_UNIT = r"(?:business\s+|working\s+)?(?:days?|weeks?|wks?|months?|hours?|hrs?)"
_APPROX = r"(?:~\s*|about\s+|around\s+|roughly\s+|approx\.?\s+|approximately\s+|maybe\s+|like\s+)"
_DEADLINE = r"(?:by|on|before|until|till|around)"

_I = re.IGNORECASE
P_ISO = re.compile(rf"\b(?:(?P<wd>{_WD}),?\s+)?(?P<y>\d{{4}})(?P<sep>[-/.])(?P<m>\d{{1,2}})"
                   r"(?P=sep)(?P<d>\d{1,2})(?![\d/-]|\.\d)", _I)
# day.month.year, the European way ("24.11.2026", "4.12.26"); without a year only after a word
# that introduces a date ("by 4.12"): "4.12" alone is as likely a version or a price
P_DOTTED = re.compile(
    rf"(?:\b(?P<wd>{_WD}),?\s+)?(?<![\w.])(?:(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>\d{{4}}|\d{{2}})"
    rf"|(?:(?<=\bby )|(?<=\bon )|(?<=\bbefore )|(?<=\buntil )|(?<=\btill )|(?<=\bfrom ))"
    rf"(?P<d2>\d{{1,2}})\.(?P<m2>\d{{1,2}})\.?)"
    r"(?![\w%]|\.\d)", _I)
P_MONTH_DAY = re.compile(
    rf"\b(?:(?P<wd>{_WD}),?\s+)?(?P<mon>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"(?!\s*%|\.\d|:\d)(?:,?\s+(?P<y>\d{{4}})\b)?", _I)
P_DAY_MONTH = re.compile(
    rf"\b(?:(?P<wd>{_WD}),?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?(?:\s+|-)"
    rf"(?P<mon>{_MONTH})(?![a-z])\.?(?:(?:,?\s+|-)(?P<y>\d{{4}})\b)?", _I)
P_SLASH = re.compile(
    rf"(?:\b(?P<wd>{_WD}),?\s+)?(?<![\w/.-])(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})"
    r"(?:/(?P<y>\d{4}|\d{2}))?(?![\w/%]|\.\d)", _I)
P_DEICTIC = re.compile(r"\b(?P<w>today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|"
                       r"evening))\b", _I)
P_WHICH_WD = re.compile(rf"\b(?:{_DEADLINE}\s+)?(?P<which>next|this\s+coming|this\s+past|this|"
                        rf"coming|last|past)\s+(?P<wd>{_WD})(?![\w])", _I)
P_BARE_WD = re.compile(rf"\b(?:{_DEADLINE}\s+)?(?P<wd>{_WD_FULL})\b(?!\s*\d)", _I)
P_PREP_WD = re.compile(rf"\b{_DEADLINE}\s+(?P<wd>{_WD})(?![\w])(?!\s*\d)", _I)
P_END_OF = re.compile(
    rf"\b(?:{_DEADLINE}\s+)?(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?"
    r"(?P<which>next|this|the\s+following)?\s*(?P<unit>business\s+day|day|week|month|year)\b", _I)
P_END_ABBR = re.compile(rf"\b(?:{_DEADLINE}\s+)?(?P<abbr>eod|cob|eow|eom)\b", _I)
P_END_MONTH = re.compile(
    rf"\b(?:{_DEADLINE}\s+)?(?:the\s+)?end\s+of\s+(?P<mon>{_MONTH})\b\.?(?:,?\s+(?P<y>\d{{4}})\b)?",
    _I)
P_WEEK = re.compile(r"\b(?:(?:by|before|until|within|sometime|some\s+time)\s+)?"
                    r"(?P<which>next|this)\s+week\b", _I)
P_DURATION = re.compile(
    rf"\b(?P<prep>in\s+the\s+next|over\s+the\s+next|inside\s+of|in\s+another|in|within|inside|"
    rf"after)\s+{_APPROX}?(?P<n>{_NUM})(?:\s*(?:-|–|to|or)\s*(?P<n2>{_NUM}))?\s*"
    rf"(?P<unit>{_UNIT})\b(?:\s+or\s+(?P<n3>two|three|four|so|\d))?", _I)
P_BARE_DURATION = re.compile(
    rf"(?<![\w-]){_APPROX}?(?P<n>{_NUM})(?:\s*(?:-|–|to|or)\s*(?P<n2>{_NUM}))?\s*"
    rf"(?P<unit>{_UNIT})\b(?:\s+or\s+(?P<n3>two|three|four|so|\d))?", _I)
P_SAME_DAY = re.compile(
    r"\b(?:(?:on\s+)?the\s+same\s+day|same[\s-]day|that\s+(?:same\s+)?(?:day|evening|night|"
    r"afternoon)|(?:on\s+)?the\s+(?:next|following)\s+day|next\s+day|"
    r"(?:on\s+)?the\s+day\s+after(?:\s+the\s+interview)?)\b", _I)
P_AGO = re.compile(rf"\b(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\s+ago\b", _I)
P_ORDINAL = re.compile(
    rf"\b(?P<prep>{_DEADLINE})\s+(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)\b"
    rf"(?!\s+(?:of\s+)?{_MONTH}\b)(?!\s+(?:round|floor|time|person|place|interview|candidate|"
    r"attempt|try|grade|quarter|party|year|week|day|month|hour|step|stage|call|one)\b)", _I)
# "thurs the 5th", "by Friday, the 30th": a weekday naming a day of the month
P_WD_ORDINAL = re.compile(
    rf"\b(?:{_DEADLINE}\s+)?(?P<wd>{_WD}),?\s+(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)\b"
    rf"(?!\s+(?:of\s+)?{_MONTH}\b)", _I)
P_VAGUE = re.compile(
    r"\b(?:soon|shortly|asap|in\s+a\s+bit|sometime\s+soon|"
    r"(?:in|within|over)\s+(?:a\s+few|the\s+(?:coming|next\s+few)|several)\s+(?:days|weeks|months)|"
    r"(?:a\s+)?few\s+(?:more\s+)?(?:days|weeks)|next\s+month|this\s+month|later\s+this\s+(?:week|month)|"
    rf"(?:early|mid|late)[\s-]+(?:next\s+|this\s+)?(?:week|month|{_MONTH}\b)|"
    r"(?:after|before|by|around|over)\s+(?:the\s+)?(?:holidays|new\s+year|thanksgiving|"
    r"christmas|xmas)|"
    rf"(?:by|in|before|during|until)\s+(?P<mon>{_MONTH})\b(?!\.?\s*\d))", _I)


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


def _found(m: re.Match[str], kind: Kind, value: dt.date | None, how: str) -> Found:
    text = m.group(0).strip()
    return Found(m.start(), m.end(), kind, DateMention(text=text, value=value, how=how))


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
    return not (mon.casefold() in _WORDLIKE_MONTHS and mon[0].islower())


def _read_month_name(m: re.Match[str], clock: Clock, tense: Tense) -> Found | None:
    if not _month_ok(m) or not 1 <= int(m["d"]) <= 31:
        return None
    return _calendar(m, clock, _year(m["y"]), _month(m["mon"]), int(m["d"]), m["wd"])


def _read_dotted(m: re.Match[str], clock: Clock, tense: Tense) -> Found | None:
    day, month = int(m["d"] or m["d2"]), int(m["m"] or m["m2"])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return _calendar(m, clock, _year(m["y"]), month, day, m["wd"], " (day.month)")


def day_first(text: str) -> bool:
    """Whether a text writes its slashed dates day first: one that can only be read that way
    ("18/11/2026") and none that can only be read month first ("11/18")."""
    pairs = [(int(m["a"]), int(m["b"])) for m in P_SLASH.finditer(text)]
    return any(a > 12 and b <= 12 for a, b in pairs) and not any(
        a <= 12 and b > 12 for a, b in pairs)


def _read_slash(m: re.Match[str], clock: Clock, tense: Tense) -> Found | None:
    a, b = int(m["a"]), int(m["b"])
    if (a, b) == (24, 7) and not m["y"]:
        return None  # "24/7" means always, not July 24
    if clock.day_first and 1 <= a <= 31 and 1 <= b <= 12:
        return _calendar(m, clock, _year(m["y"]), b, a, m["wd"],
                         " (day/month, as the notes write their other dates)")
    if 1 <= a <= 12 and 1 <= b <= 31:
        return _calendar(m, clock, _year(m["y"]), a, b, m["wd"], " (month/day, US order)")
    if 13 <= a <= 31 and 1 <= b <= 12:
        return _calendar(m, clock, _year(m["y"]), b, a, m["wd"],
                         f" (day/month, as {a} cannot be a month)")
    return None


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


def _week_end(base: dt.date, weeks_ahead: int) -> dt.date:
    """The Friday of the week `weeks_ahead` after base's week (this week's if it is still ahead)."""
    friday = _monday(base) + dt.timedelta(days=4 + 7 * weeks_ahead)
    return friday if friday >= base else friday + dt.timedelta(days=7)


def _read_end_of(m: re.Match[str], clock: Clock, tense: Tense) -> Found | None:
    which = " ".join((m["which"] or "this").casefold().split())
    ahead = 1 if which in ("next", "the following") else 0
    unit = " ".join(m["unit"].casefold().split())
    base, label = clock.base
    if unit == "week":
        value = _week_end(base, ahead)
        how = f"the Friday of {'the week after' if ahead else 'the week of'} {label}"
    elif unit == "month":
        first = _add_months(base.replace(day=1), ahead)
        value = first.replace(day=_month_length(first.year, first.month))
        how = f"the last day of {'the month after' if ahead else 'the month of'} {label}"
    elif unit == "year":
        value = dt.date(base.year + ahead, 12, 31)
        how = f"the last day of {'the year after' if ahead else 'the year of'} {label}"
    else:  # day / business day
        value = add_business_days(base, ahead) if ahead else base
        how = f"the end of {'the day after' if ahead else 'the day of'} {label}"
    return _found(m, "relative", value, f"'{m.group(0).strip()}' read as {how} = {fmt_date(value)}")


def _read_end_abbr(m: re.Match[str], clock: Clock, tense: Tense) -> Found | None:
    abbr = m["abbr"].casefold()
    base, label = clock.base
    if abbr == "eow":
        value, how = _week_end(base, 0), f"the Friday of the week of {label}"
    elif abbr == "eom":
        value = base.replace(day=_month_length(base.year, base.month))
        how = f"the last day of the month of {label}"
    else:
        value, how = base, f"the end of the day of {label}"
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


def _read_week(m: re.Match[str], clock: Clock, tense: Tense) -> Found | None:
    ahead = 1 if m["which"].casefold() == "next" else 0
    base, label = clock.base
    value = _week_end(base, ahead)
    span = "the week after" if ahead else "the week of"
    how = f"'{m.group(0).strip()}' read as the end (Friday) of {span} {label} = {fmt_date(value)}"
    return _found(m, "relative", value, how)


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
    """The day number decides and the weekday picks the month: of the next three months (after
    the interview for what is to come, back from the writing day for what happened), the first
    whose day N is that weekday. When none is, the words disagree and no date is guessed."""
    day, want = int(m["d"]), _weekday(m["wd"])
    if not 1 <= day <= 31:
        return None
    base, label = clock.now if tense == "past" else clock.base
    step = -1 if tense == "past" else 1
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
_TRAILING_DEICTIC = re.compile(r"\s*\(\s*(today|yesterday|tomorrow)\s*\)", _I)


def _merge_deictic(text: str, found: list[Found]) -> list[Found]:
    """'today (Nov 18)' and 'Nov 18 (today)' become one mention: the date written wins."""
    out: list[Found] = []
    i = 0
    while i < len(found):
        f = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (f.kind == "deictic" and nxt is not None and nxt.kind in ("absolute", "invalid")
                and _GAP.fullmatch(text, f.end, nxt.start)):
            end = nxt.end
            close = _CLOSE.match(text, end)
            if close and "(" in text[f.end:nxt.start]:
                end = close.end()
            out.append(_merged(text, f.start, end, nxt, f.mention.text))
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


def _merged(text: str, start: int, end: int, date: Found, word: str) -> Found:
    phrase = " ".join(text[start:end].split())
    how = date.mention.how.replace(f"'{date.mention.text}'", f"'{phrase}'", 1)
    mention = DateMention(text=phrase, value=date.mention.value, how=how)
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
