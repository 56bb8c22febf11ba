"""Which dates an email may state (stated), and their decision timeline in the words they
used when the notes give it only relative to the day they said it (said, as_said).

An email may not turn "end of next week" into a date (if the count started from the wrong day,
it would state a date no one gave), but it can say what they said, moved to the time of
speaking: "by the end of next week" becomes "by the end of the following week" after "When we
spoke on ...". Words this table does not know give None, and the email says less.
"""

from __future__ import annotations

import datetime as dt
import re

from drafter.context import DateMention, InterviewContext
from drafter.date_order import order_known
from drafter.date_patterns import _WD
from drafter.date_patterns import ORD_WORD as _ORD_WORD

_NUMBER = (r"(?P<n>\d{1,2}|one|two|three|four|five|six|a\s+couple\s+of|a\s+few|a\s+couple)"
           r"(?:\s*(?:-|–|to|or)\s*(?P<n2>\d{1,2}|two|three|four|five|six))?")
# (pattern over the whole phrase, how the email says it); {n} is the number as written
_SHAPES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.I), s) for p, s in (
    (r"(?:the\s+)?end\s+of\s+next\s+week", "by the end of the following week"),
    (r"(?:the\s+)?end\s+of\s+(?:this|the)\s+week", "by the end of that week"),
    (r"next\s+week", "during the following week"),
    (r"(?:in|within)\s+(?:the\s+next\s+)?(?:~\s*|about\s+|around\s+|roughly\s+)?"
     + _NUMBER + r"\s*(?P<unit>days?|weeks?|wks?)",
     "within {n} {unit}"),
    (r"(?:~\s*)?" + _NUMBER + r"\s*(?P<unit>days?|weeks?|wks?)", "within {n} {unit}"),
))
_LEAD = re.compile(r"^(?:by|before|around|about|roughly|approx\.?|approximately|~|in\s+about)\s*",
                   re.I)
_UNITS = {"wk": "week", "wks": "weeks"}


def as_said(text: str) -> str | None:
    """The timeline as the email may repeat it ("within two weeks", "by the end of the
    following week"), or None when the words are not one this table knows."""
    phrase = _LEAD.sub("", " ".join(text.replace("~", " ~ ").split())).strip(" .,;:")
    phrase = _LEAD.sub("", phrase)
    for pattern, said in _SHAPES:
        if m := pattern.fullmatch(phrase):
            groups = m.groupdict()
            if "{n}" not in said:
                return said
            n = " ".join(groups["n"].split())
            if groups.get("n2"):
                n = f"{n} to {groups['n2']}"
            unit = _UNITS.get(groups["unit"].casefold(), groups["unit"].casefold())
            plural = n not in ("1", "one")
            unit = unit if unit.endswith("s") == plural else (
                unit + "s" if plural else unit.rstrip("s"))
            return said.format(n=n, unit=unit)
    return None


def said(ctx: InterviewContext) -> str | None:
    """Their decision timeline in their words, when the notes give it only relative to the
    day they said it (drafter.decision_words); None when it is a date or unknown."""
    said = [m for m in ctx.dates if m.role == "decision" and m.value == ctx.decision_date]
    return next((w for m in said if (w := as_said(m.text))), None) if said else None


# a date the notes write on the calendar ("Nov 18", "18/11", "2026-11-18") or as the day of
# writing ("today", "yesterday"); not one counted from another ("end of next week", "Friday")
_WRITTEN_DAY = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d|"
                          r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|"
                          r"aug|sep|oct|nov|dec)|\b\d{1,4}[/.-]\d{1,2}\b|\b(?:today|yesterday|tonight)\b|"
                          # a weekday and its day of the month ("Fri 17th", "Friday, the 22nd"):
                          # the two together leave no doubt which month
                          r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?:the\s+)?\d{1,2}"
                          r"(?:st|nd|rd|th)\b|"
                          rf"\bthe\s+(?:{_ORD_WORD})\s+of\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
                          r"oct|nov|dec)", re.I)


def stated(ctx: InterviewContext, role: str, value: dt.date | None,
           today: dt.date | None = None) -> dt.date | None:
    """The date, when an email may state it: the notes wrote it as a date (or as today or
    yesterday). A day counted from something else ("end of next week", "in two weeks", a bare
    weekday) stays in the plan's arithmetic but out of the email: if the count started from
    the wrong day, the email would state a date no one gave."""
    if value is None:
        return None
    said = [m for m in ctx.dates if m.value == value and m.role == role]
    # ... or the notes write that same day on the calendar elsewhere ('"by the end of next
    # week" - so by 11 April')
    written = [m for m in ctx.dates if m.value == value and m.role in (role, "other")]
    if role == "interview" and _contested(ctx, said):
        return None
    if any(_either_order(m.text) for m in said) and not order_known(
            ctx.source, today or value):
        return None  # "03/04/2025" in notes that never settle the order: 3 April or 4 March
    return value if said and any(_WRITTEN_DAY.search(m.text) and _spells_day(m.text, value)
                                 for m in written) else None


# a line that moves the day it names, or names it from another day ("confirming your interview
# tomorrow", "Wed 10/21–Thu 10/22", "was Thu 12/3 in the end")
_MOVED = re.compile(r"\b(?:tomorrow|tmrw|moved|rescheduled|postponed|pushed|brought\s+forward|"
                    r"in\s+the\s+end|instead)\b|\d\s*[–—-]\s*(?:mon|tue|wed|thu|fri|sat|sun|\d)",
                    re.I)


def _contested(ctx: InterviewContext, said: list[DateMention]) -> bool:
    """Whether the line that gives the interview day also gives another day, or moves it: which
    day the interview was is then a guess, and the email says less rather than guess."""
    lines = ctx.source.splitlines()
    for m in said:
        rows = [x for x in lines if m.text and m.text in x]
        others = [o.text for o in ctx.dates if o.text and o.text != m.text and o.value]
        if any(_MOVED.search(x) or any(o in x for o in others) for x in rows):
            return True
        # "Voicemail from Sat 31 Oct: ... confirming Monday at half two": another day named
        if m.value and any(w[:3].casefold() != m.value.strftime("%a").casefold()
                           for x in rows for w in _WEEKDAYS.findall(x.replace(m.text, " "))):
            return True
    return False


_WEEKDAYS = re.compile(rf"\b{_WD}(?![\w])", re.I)


def _either_order(text: str) -> bool:
    """A slashed date whose two numbers could each be the month ("03/04"), not "13/04"."""
    m = re.search(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d])", text)
    return m is not None and m[1] != m[2] and int(m[1]) <= 12 and int(m[2]) <= 12


def _spells_day(text: str, value: dt.date) -> bool:
    """Whether the words hold the date's day of the month ("Tue 4 Nov", "11/04"), not only a
    word counted from the day of writing ("today", "yesterday"): notes written on one day and
    pasted on another move those, and an email must not state a day the notes never wrote."""
    return bool(re.search(rf"(?<!\d)0?{value.day}(?!\d)", text))


def in_writing(ctx: InterviewContext) -> bool:
    """Whether their decision date is one a pasted email from them gave ("We will make our
    decision before 20 June"): the email then says it was understood, never "when we spoke"."""
    from drafter.notes.pasted import messages

    text = ctx.source
    said = [m.text for m in ctx.dates if m.role == "decision" and m.text]
    lines = text.splitlines()
    # the date the email states, written on a line that reports their message ("Then on 2 April
    # Sandra emailed: 'we'll now confirm by Friday 10 April'"): a spoken date before it was moved
    chosen = [m.text for m in ctx.dates if m.role == "decision" and m.text
              and m.value == ctx.decision_date]
    if chosen and all(_REPORTED.search(line[:line.find(c)]) for line in lines for c in chosen
                      if c in line):
        return True
    received = [m for m in messages(text) if m.direction != "sent"]
    if not said or not received:
        return False
    rows = {no for no, line in enumerate(lines) if any(s in line for s in said)}
    return bool(rows) and all(any(m.first <= no <= m.last for m in received) for no in rows)


# before a date on its line: the date came in a message from them, not said when they spoke
_REPORTED = re.compile(
    r"(?<![Ii] )(?<![Ww]e )\b(?:e-?mailed|wrote|texted|messaged|replied|"
    r"(?:e-?mail|text|message|letter|reply)\s+from)\b", re.I)
