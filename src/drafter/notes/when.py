"""Resolver step for dates: which of the dates the reader found an email may state.

The reader reads each date phrase against the interview day. With every mention in view, three
things are decided here, once:

- a calendar date the notes give for a decision ("by Friday, November 20") beats a reading of
  vaguer words on another line ("this week"), so the email quotes what they actually said;
- notes that hold a pasted email ("Sent: Wednesday, November 11") may say "yesterday" or "on
  Tuesday" from that email's day, not the notes': such a relative interview day or decision day
  is not stated (set aside, with the reason);
- a competing offer's relative answer date ("by end of next week") counts from the day the
  notes were written (a "today: Nov 5" line, else drafter's today), not from the interview.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from drafter.context import DateMention, InterviewContext
from drafter.dates import Clock, scan_dates
from drafter.notes.pasted import HEADER, dated_lines, has_header
from drafter.notes.segment import bounded

_MONTH = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_CALENDAR = re.compile(rf"\b(?:{_MONTH})\b|\b\d{{1,4}}[/.-]\d{{1,2}}\b", re.I)
_NOW_LINE = re.compile(r"^\W*(?:today(?:['’]s|\s+is)?|it['’]?s\s+now|now)\b", re.I)


_DEADLINE_WORD = re.compile(r"\s*(?:by|before|until|till|no\s+later\s+than)\b", re.I)
_TODAY_BEFORE = re.compile(r"(?:\bit['’]?s|\bit\s+is|\btoday(?:\s+is)?|\bnow|\bas\s+of)\W{0,3}$",
                           re.I)




def _on_header(text: str, mention: str) -> bool:
    """Whether the date is written only on a pasted email's Date:/Sent: line (one with a
    From:, To: or Subject: line beside it: a 'Date:' key in notes is the interview's)."""
    lines = text.splitlines()
    rows = [i for i, x in enumerate(lines) if mention.casefold() in x.casefold()]
    return bool(rows) and all(
        _keyed(lines[i], "sent", "date") and any(_keyed(x, "from", "to", "subject")
                                                 for x in lines[max(0, i - 3):i + 4])
        for i in rows)


def _keyed(line: str, *keys: str) -> bool:
    m = HEADER.match(line)
    return m is not None and m["k"].casefold() in keys


@lru_cache(maxsize=512)  # a long paste repeats its dates: each is looked up once
def _says_today(text: str, mention: str) -> bool:
    """Whether the notes write this date as the day they were written ("it's nov 4")."""
    for m in re.finditer(re.escape(mention), text, re.I):
        if _TODAY_BEFORE.search(text[max(0, m.start() - 14):m.start()]):
            return True
    return False


def is_calendar(mention: DateMention) -> bool:
    """Whether the person wrote a calendar date ("Nov 20", "20/11"), not words to count from."""
    return bool(_CALENDAR.search(mention.text))


def written_day(ctx: InterviewContext, today: dt.date) -> dt.date:
    """The day the notes were written: a 'today: Nov 5' / "it's now the 24th" line, else today."""
    for m in ctx.dates:
        if m.value and _NOW_LINE.match(m.text):
            return m.value
    return today


def settle_dates(ctx: InterviewContext, today: dt.date) -> InterviewContext:
    update: dict[str, object] = {}
    doubts = list(ctx.doubts)
    text = bounded(ctx.source)
    pasted = has_header(text, "sent", "date")
    today_lines = [m for m in ctx.dates if m.value and _says_today(text, m.text)]
    # a relative date on a line of a pasted email that says when it came was counted from
    # that day (parse_state): it needs no doubt
    days = dated_lines(text, Clock(today=today))
    dated = [x for no, x in enumerate(text.splitlines()) if no in days]
    counted = {m.text for m in ctx.dates if any(m.text in x for x in dated)}
    decisions = [m for m in ctx.dates if m.role == "decision" and m.value
                 and m not in today_lines]
    if ctx.decision_date is not None and any(m.value == ctx.decision_date for m in today_lines):
        # "it's nov 4 and nothing": that is today, not their date
        update["decision_date"] = max((m.value for m in decisions if m.value), default=None)
    given = [m for m in decisions if is_calendar(m)]
    if given:
        best = max(given, key=lambda m: m.value)  # type: ignore[arg-type,return-value]
        if best.value != ctx.decision_date:
            update["decision_date"] = best.value
    elif decisions and pasted and ctx.decision_date is not None and (
            decisions[-1].text not in counted):
        doubts.append(f"decision date: '{decisions[-1].text}' may count from a pasted email's "
                      "day, not yours; the email does not state it (use --decision-date)")
        update["decision_date"] = None
    interview = next((m for m in ctx.dates if m.role == "interview" and m.value), None)
    if interview is not None and _on_header(text, interview.text):
        doubts.append(f"interview date: '{interview.text}' is a pasted email's date, not the "
                      "day you interviewed; the email does not state it")
        update["interview_date"] = None
    elif interview is not None and interview.value > today and not re.search(  # type: ignore[operator]
            r"\b(?:19|20)\d{2}\b", interview.text):
        # "2nd round = day on site thurs 24th": a meeting still to come is not the one the
        # email follows up (a year written out is the person's word, and stands)
        doubts.append(f"interview date: '{interview.text}' is after today, a meeting still "
                      "to come; the email does not state it")
        update["interview_date"] = None
    elif interview is not None and _DEADLINE_WORD.match(interview.text):
        doubts.append(f"interview date: '{interview.text}' reads as a deadline, not the day "
                      "you interviewed; the email does not state it")
        update["interview_date"] = None
    elif interview is not None and pasted and not is_calendar(interview) and (
            interview.text not in counted):
        doubts.append(f"interview date: '{interview.text}' may count from a pasted email's "
                      "day, not yours; the email does not state it")
        update["interview_date"] = None
    if "interview_date" not in update and interview is not None and (
            last := _last_round(text, today)) is not None and interview.value is not None \
            and last[0] > interview.value:
        # "28 Oct: recruiter screen ... 12 Nov (yesterday): exec round": the email follows the
        # last round; a decision date counted from the first is counted from the wrong day
        update["interview_date"] = last[0]
        update["dates"] = [*ctx.dates, DateMention(text=last[1], role="interview",
                                                   value=last[0], how="the last round")]
        if ctx.decision_date is not None and not any(
                is_calendar(m) for m in decisions if m.value == ctx.decision_date):
            doubts.append("decision date: counted from an earlier round, not the last; the "
                          "email does not state it (use --decision-date)")
            update["decision_date"] = None
    first = update.get("interview_date", ctx.interview_date)
    then = update.get("decision_date", ctx.decision_date)
    if isinstance(first, dt.date) and isinstance(then, dt.date) and first > then:
        # "decision by Friday 31 October ... hoy es martes 4 nov": an interview after the
        # decision it led to is a misreading (here, of the day the notes were written)
        doubts.append("interview date: after the decision date; the email does not state it")
        update["interview_date"] = None
    offer = ctx.competing_offer
    if offer is not None and offer.answer_by_text and not _CALENDAR.search(offer.answer_by_text):
        day = written_day(ctx, today)
        found = [f for f in scan_dates(offer.answer_by_text, Clock(today=today, anchor=day,
                                                                   written=day))
                 if f.mention.value]
        if found and found[0].mention.value != offer.answer_by:
            update["competing_offer"] = offer.model_copy(
                update={"answer_by": found[0].mention.value})
    if doubts != ctx.doubts:
        update["doubts"] = doubts
    return ctx.model_copy(update=update) if update else ctx


_ROUND_LINE = re.compile(r"\b(?:interview(?:ed)?|round|screen|onsite|on-site|panel|final|"
                         r"second|2nd|third|3rd|r[1-5])\b", re.I)
# a date said as a deadline on a round's line is not the round's: "final round; decision by 28 Nov"
_DUE_BEFORE = re.compile(r"\b(?:by|before|until|till|due|deadline|decision|decide|hear|back)"
                         r"\W+(?:\w+\W+){0,2}$", re.I)


def _last_round(text: str, today: dt.date) -> tuple[dt.date, str] | None:
    """The latest day, up to today, written on a line about an interview round ("12 Nov
    (yesterday): exec round with Ingeborg", "R2: ... moved to Wed 26th"), when two or more
    lines are such rounds. A line that moves its day is settled by decision_words.stated."""
    found: list[tuple[dt.date, str]] = []
    rounds = 0
    for line in text.splitlines():
        body = line.lstrip(" \t-*•>|")
        if not _ROUND_LINE.search(body):
            continue
        hits = [f for f in scan_dates(body, Clock(today=today)) if f.mention.value
                and f.mention.value <= today and is_calendar(f.mention)
                and not _DUE_BEFORE.search(body[:f.start])]
        if hits:
            rounds += 1
            found += [(f.mention.value, f.mention.text) for f in hits]  # type: ignore[misc]
    return max(found) if rounds > 1 else None
