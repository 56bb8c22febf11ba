"""Whether a message may go out today: the rubric's timing check, on the windows of
drafter.schedule (the same `window_for` and `pick_day` as `drafter plan`, so both name the same
date)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from drafter.context import InterviewContext
from drafter.dates import fmt_date
from drafter.schedule import (
    CHAIN,
    LABELS,
    Blocked,
    Undated,
    Window,
    _last,
    canonical_stage,
    pick_day,
    send_time,
    window_for,
)


@dataclass(frozen=True)
class Verdict:
    message: str
    suggestion: str | None
    earliest: dt.date | None = None


def earliest_send(stage: str, ctx: InterviewContext,
                  today: dt.date | None = None) -> tuple[dt.date | None, str]:
    """The first day a `stage` message may go out, and why; (None, reason) when unknown."""
    timing = window_for(stage, ctx, today or dt.date.today())
    if isinstance(timing, Window):
        return timing.earliest, timing.why
    return None, timing.why


def _before_its_predecessor(stage: str, ctx: InterviewContext, today: dt.date,
                            to: str | None) -> Verdict | None:
    """A second nudge (or closing note) whose predecessors the notes do not record as sent has
    no date of its own; but when the first of them would itself be too early today, so is
    this. Otherwise nothing to judge by: never guess a date."""
    if stage not in CHAIN[1:]:
        return None
    missing: list[str] = []
    for prev in reversed(CHAIN[:CHAIN.index(stage)]):
        if _last(ctx, prev) is not None:
            break
        missing.insert(0, prev)
    if not missing:
        return None  # sent, just undated: nothing to measure from
    first = missing[0]
    before = check_send_date(first, ctx, today, to)
    if before is None or before.earliest is None:
        return None
    label, first_label = LABELS.get(stage, stage), LABELS.get(first, first)
    unsent = " or ".join(LABELS.get(m, m) for m in missing)
    return Verdict(f"too early for a {label}: the notes record no {unsent} yet, and the "
                   f"{first_label} comes first, not before {fmt_date(before.earliest)}",
                   f"send the {first_label} first" + (f" ({before.suggestion})"
                                                      if before.suggestion else ""),
                   before.earliest)


def check_send_date(stage: str, ctx: InterviewContext, today: dt.date,
                    to: str | None = None) -> Verdict | None:
    """A timing problem with sending a `stage` message (to `to`) on `today`, or None when fine.

    Shares `window_for` and `pick_day` with `drafter plan`, so both name the same date."""
    stage = canonical_stage(stage)
    # a same-stage message the notes record as sent today (or later) is most likely this very
    # draft: it must not count as an earlier message (spacing, "you closed the loop")
    itself = [s for s in ctx.sent
              if canonical_stage(s.stage) == stage and s.on is not None and s.on >= today]
    if itself:
        ctx = ctx.model_copy(update={"sent": [s for s in ctx.sent if s not in itself]})
    timing = window_for(stage, ctx, today, to)
    label = LABELS.get(stage, stage)
    if isinstance(timing, Blocked):
        return Verdict(f"a {label} does not fit now: {timing.why}", None)
    if isinstance(timing, Undated):
        return _before_its_predecessor(stage, ctx, today, to)
    if today < timing.earliest:
        day = pick_day(timing, today)
        at = send_time(timing, day, today)
        when = fmt_date(day) + (f" at {at}" if at else "")
        return Verdict(f"too early for a {label}: wait until {fmt_date(timing.earliest)} — "
                       f"{timing.why}", f"send on {when}", timing.earliest)
    if stage == "thank-you" and timing.latest is not None and today > timing.latest:
        assert ctx.interview_date is not None
        return Verdict(f"a thank-you is best sent within a day of the interview "
                       f"({fmt_date(ctx.interview_date)}); send it today anyway, briefly", None)
    return None
