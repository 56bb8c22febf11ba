"""When a message may go out: pure date arithmetic over the rules in rubrics/timing.toml."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from drafter.context import InterviewContext
from drafter.resources import rubrics_dir


@cache
def rules() -> dict[str, Any]:
    return tomllib.loads((rubrics_dir() / "timing.toml").read_text(encoding="utf-8"))


def is_business_day(day: dt.date) -> bool:
    return day.weekday() < 5


def next_business_day(day: dt.date) -> dt.date:
    """`day` itself when it is a weekday, otherwise the Monday after."""
    while not is_business_day(day):
        day += dt.timedelta(days=1)
    return day


def add_business_days(day: dt.date, n: int) -> dt.date:
    step = 1 if n >= 0 else -1
    while n:
        day += dt.timedelta(days=step)
        if is_business_day(day):
            n -= step
    return day


@dataclass(frozen=True)
class Verdict:
    message: str
    suggestion: str | None
    earliest: dt.date | None = None


def _fmt(day: dt.date) -> str:
    return f"{day:%a %b} {day.day}, {day.year}"


def earliest_send(stage: str, ctx: InterviewContext) -> tuple[dt.date | None, str]:
    """The first day a `stage` message may go out, and why; (None, reason) when unknown."""
    r = rules()
    sent = sorted((s for s in ctx.sent if s.on), key=lambda s: s.on)  # type: ignore[arg-type,return-value]
    if stage == "missed-deadline":
        if ctx.decision_date:
            day = add_business_days(ctx.decision_date,
                                    r["missed-deadline"]["business_days_after_decision"])
            return day, f"the first business day after their decision date ({_fmt(ctx.decision_date)})"
        if ctx.interview_date:
            days = r["missed-deadline"]["days_after_interview_without_date"]
            day = next_business_day(ctx.interview_date + dt.timedelta(days=days))
            return day, f"{days} days after the interview, as no decision date was given"
        return None, "the notes give no interview or decision date"
    if stage == "second-nudge":
        check_ins = [s for s in sent if s.stage == "missed-deadline"]
        if check_ins:
            base = check_ins[-1].on
            assert base is not None
            day = next_business_day(base + dt.timedelta(days=r["second-nudge"]["days_after_check_in"]))
            return day, f"a week after your check-in on {_fmt(base)}"
        return None, "the notes do not say when the first check-in went out"
    if stage == "thank-you" and ctx.interview_date:
        return ctx.interview_date, "the day of the interview"
    return None, "no earliest date applies"


def check_send_date(stage: str, ctx: InterviewContext, today: dt.date) -> Verdict | None:
    """A timing problem with sending a `stage` message on `today`, or None when it is fine."""
    r = rules()
    earliest, why = earliest_send(stage, ctx)
    if earliest is not None and today < earliest:
        return Verdict(f"too early to send: wait until {_fmt(earliest)} ({why})",
                       f"send on {_fmt(earliest)}", earliest)
    if stage == "thank-you" and ctx.interview_date:
        latest = ctx.interview_date + dt.timedelta(days=r["thank-you"]["latest_after_interview"])
        if today > latest:
            return Verdict(f"a thank-you is best sent within a day of the interview "
                           f"({_fmt(ctx.interview_date)}); send it today anyway, briefly",
                           None)
    if stage not in r["spacing"]["exempt_stages"]:
        gap = r["spacing"]["min_days_between_messages"]
        last = max((s.on for s in ctx.sent if s.on), default=None)
        if last is not None and today < last + dt.timedelta(days=gap):
            day = last + dt.timedelta(days=gap)
            return Verdict(f"too soon after your last message ({_fmt(last)}): wait until "
                           f"{_fmt(day)}", f"send on {_fmt(day)}", day)
    return None
