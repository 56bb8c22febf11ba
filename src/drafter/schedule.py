"""When each follow-up may go out: pure date arithmetic over the rules in rubrics/timing.toml.

This is the one implementation behind both `drafter plan` (what to send next, and when) and the
rubric's `timing` check (is it too early to send this draft?). Both ask `window_for(stage, ...)`,
which answers with a `Window` (earliest..latest day, and why), `Undated` (the notes lack a date
the rule needs: nothing is guessed) or `Blocked` (the stage no longer fits: a rejection came,
the loop is closed, the offer's date passed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from drafter.context import DateMention, InterviewContext, SentMessage
from drafter.dates import add_business_days, fmt_date
from drafter.recipient import recipient_for
from drafter.timing_rules import (
    WEEKDAY_KEYS,
    TimingRules,
    timing_rules,
)

CHAIN = ("missed-deadline", "second-nudge", "close-the-loop")
"""The follow-ups sent when nobody replies, in order; after the last one, stop."""

STAGE_ORDER = ("thank-you", "competing-offer", "rejection-reply", *CHAIN)
LABELS = {
    "thank-you": "thank-you note",
    "missed-deadline": "check-in",
    "second-nudge": "second nudge",
    "close-the-loop": "close-the-loop note",
    "competing-offer": "competing-offer note",
    "rejection-reply": "reply to the rejection",
}


# ------------------------------------------------------------------------------ calendar


def is_business_day(day: dt.date) -> bool:
    return day.weekday() < 5


def next_business_day(day: dt.date) -> dt.date:
    """`day` itself when it is a weekday, otherwise the Monday after."""
    while not is_business_day(day):
        day += dt.timedelta(days=1)
    return day


def previous_business_day(day: dt.date) -> dt.date:
    """`day` itself when it is a weekday, otherwise the Friday before."""
    while not is_business_day(day):
        day -= dt.timedelta(days=1)
    return day




def ask_by(answer_by: dt.date, r: TimingRules | None = None) -> dt.date:
    """The day to ask the preferred company to answer by, given the other offer's deadline."""
    r = r or timing_rules()
    return add_business_days(answer_by, -r.competing_offer.answer_business_days_before_deadline)


def ask_by_from(answer_by: dt.date, today: dt.date | None,
                r: TimingRules | None = None) -> dt.date | None:
    """The day to ask them to answer by, or None once it has gone (`draft` and `plan` alike:
    too late to name a day, the note asks whether they can answer before the offer's)."""
    ask = ask_by(answer_by, r)
    return ask if today is None or ask >= today else None


def offer_lapsed(answer_by: dt.date, today: dt.date | None) -> str | None:
    """Why no competing-offer note is written any more: its answer date has passed."""
    if today is not None and today > answer_by:
        return f"the offer's answer date ({fmt_date(answer_by)}) has passed"
    return None


# ------------------------------------------------------------------------------ what was sent


def canonical_stage(stage: str, r: TimingRules | None = None) -> str:
    r = r or timing_rules()
    key = stage.strip().casefold().replace("_", "-").replace(" ", "-")
    return r.aliases.get(key, key)


def sent_messages(ctx: InterviewContext) -> list[SentMessage]:
    """What was already sent, stages normalised, oldest first (undated ones last)."""
    out = [s.model_copy(update={"stage": canonical_stage(s.stage)}) for s in ctx.sent]
    return sorted(out, key=lambda s: (s.on is None, s.on or dt.date.min))


def same_person(a: str | None, b: str | None) -> bool:
    """Whether two recipients are the same person; an unknown recipient may be anyone."""
    if not a or not b:
        return True
    ta, tb = set(a.casefold().split()), set(b.casefold().split())
    return ta <= tb or tb <= ta


def main_contact(ctx: InterviewContext, stage: str = "missed-deadline") -> str | None:
    """Who a `stage` message goes to by the one recipient rule (drafter.recipient); None
    (shown as "your main contact") when the notes do not say. Never a guess among several."""
    person = recipient_for(ctx, stage).person
    return person.name if person else None


def _last(ctx: InterviewContext, stage: str) -> SentMessage | None:
    found = [s for s in sent_messages(ctx) if s.stage == stage]
    dated = [s for s in found if s.on]
    return dated[-1] if dated else (found[-1] if found else None)


def _unreadable(ctx: InterviewContext, role: str) -> DateMention | None:
    return next((m for m in ctx.dates if m.role == role and m.value is None), None)


# ------------------------------------------------------------------------------ windows


@dataclass(frozen=True)
class Window:
    """The days a `stage` message may go out: earliest..latest (None: no end given)."""

    stage: str
    to: str | None
    earliest: dt.date
    latest: dt.date | None
    why: str
    business_day: bool = False
    prefer_weekdays: bool = False
    ask_by: dt.date | None = None  # competing offer: ask them to answer by this day
    caveats: tuple[str, ...] = ()


@dataclass(frozen=True)
class Undated:
    """The rule needs a date the notes do not give (or that could not be read)."""

    stage: str
    to: str | None
    why: str


@dataclass(frozen=True)
class Blocked:
    """The stage no longer fits at all (rejected, loop closed, offer date passed)."""

    stage: str
    to: str | None
    why: str


Timing = Window | Undated | Blocked


def _window(stage: str, to: str | None, earliest: dt.date, latest: dt.date | None, why: str,
            r: TimingRules, *, business_day: bool = False, **extra: Any) -> Window:
    if business_day:
        earliest = next_business_day(earliest)
        if latest is not None:
            latest = previous_business_day(latest)
    if latest is not None and latest < earliest:
        latest = earliest
    return Window(stage, to, earliest, latest, why, business_day,
                  stage in r.send_time.prefer_weekdays_for, **extra)


def _thank_you(ctx: InterviewContext, to: str | None, r: TimingRules) -> Timing:
    if ctx.interview_date is None:
        bad = _unreadable(ctx, "interview")
        why = (f"the interview date ('{bad.text}') could not be read" if bad
               else "the notes give no interview date")
        return Undated("thank-you", to, why)
    day = ctx.interview_date
    rt = r.thank_you
    return _window("thank-you", to, day + dt.timedelta(days=rt.earliest_after_interview),
                   day + dt.timedelta(days=rt.latest_after_interview),
                   f"within {_days(rt.latest_after_interview)} of the interview "
                   f"({fmt_date(day)}); same day is best", r)


def _days(n: int) -> str:
    return "a day" if n == 1 else f"{n} days"


def _missed_deadline(ctx: InterviewContext, to: str | None, r: TimingRules) -> Timing:
    rm = r.missed_deadline
    if ctx.decision_date is not None:
        day = add_business_days(ctx.decision_date, rm.business_days_after_decision)
        said = f", '{ctx.decision_text}'" if ctx.decision_text else ""
        why = (f"the first business day after the decision date they gave "
               f"({fmt_date(ctx.decision_date)}{said}); only if you have had no reply")
        return _window("missed-deadline", to, day, None, why, r, business_day=True)
    bad = _unreadable(ctx, "decision")
    caveats = ()
    if bad is not None:
        caveats = (f"their decision date ('{bad.text}') could not be read as a date, so this uses "
                   f"the no-date rule; if you know the date, add it to the notes",)
    if ctx.interview_date is None:
        return Undated("missed-deadline", to,
                       "needs the interview date or the decision date they gave")
    days = rm.days_after_interview_without_date
    why = (f"no decision date was given: {days} days after the interview "
           f"({fmt_date(ctx.interview_date)}), on a business day; only if you have had no reply")
    return _window("missed-deadline", to, ctx.interview_date + dt.timedelta(days=days), None,
                   why, r, business_day=True, caveats=caveats)


def chain_gap(stage: str, r: TimingRules | None = None) -> tuple[int, int]:
    """Days from the previous follow-up to a second nudge or close-the-loop note: (min, max)."""
    r = r or timing_rules()
    if stage == "second-nudge":
        return r.second_nudge.days_after_check_in, r.second_nudge.latest_days_after_check_in
    return (r.close_the_loop.min_days_after_second_nudge,
            r.close_the_loop.max_days_after_second_nudge)


def _after_sent(stage: str, prev_stage: str, lo: int, hi: int, ctx: InterviewContext,
                to: str | None, r: TimingRules) -> Timing:
    prev = _last(ctx, prev_stage)
    prev_label = LABELS[prev_stage]
    if prev is None:
        return Undated(stage, to, f"comes {lo}–{hi} days after the {prev_label}, which the "
                                  f"notes do not record as sent")
    if prev.on is None:
        return Undated(stage, to, f"the notes do not say when the {prev_label} went out")
    why = (f"{lo}–{hi} days after the {prev_label} ({fmt_date(prev.on)}), on a business day; "
           f"only if it has had no reply")
    return _window(stage, to, prev.on + dt.timedelta(days=lo), prev.on + dt.timedelta(days=hi),
                   why, r, business_day=True)


def _competing_offer(ctx: InterviewContext, to: str | None, today: dt.date,
                     r: TimingRules) -> Timing:
    offer = ctx.competing_offer
    if offer is None:
        return Undated("competing-offer", to, "the notes declare no competing offer")
    the_offer = f"the offer from {offer.company}" if offer.company else "the other offer"
    if offer.answer_by is None:
        bad = _unreadable(ctx, "offer-deadline")
        text = offer.answer_by_text or (bad.text if bad else None)
        why = (f"the offer's answer date ('{text}') could not be read" if text
               else "the notes do not say when the offer needs an answer")
        return Undated("competing-offer", to, why + "; the note must name that date")
    if lapsed := offer_lapsed(offer.answer_by, today):
        return Blocked("competing-offer", to, lapsed)
    ask = ask_by_from(offer.answer_by, today, r)
    if ask is not None:
        why = (f"send now: {the_offer} needs an answer by {fmt_date(offer.answer_by)}; ask for "
               f"theirs by {fmt_date(ask)}")
    else:
        why = (f"send now: {the_offer} needs an answer by {fmt_date(offer.answer_by)}, which "
               f"leaves little time; ask whether they can answer before then")
    return _window("competing-offer", to, today, offer.answer_by, why, r, ask_by=ask)


def _rejection_reply(ctx: InterviewContext, to: str | None, today: dt.date,
                     r: TimingRules) -> Timing:
    if not ctx.rejected:
        return Undated("rejection-reply", to, "the notes record no rejection")
    n = r.rejection_reply.within_business_days
    if ctx.rejection_date is None:
        return _window("rejection-reply", to, today, None,
                       "reply promptly: within a business day of the rejection", r,
                       business_day=True,
                       caveats=("the notes do not say when the rejection arrived, so this "
                                "counts from today",))
    return _window("rejection-reply", to, ctx.rejection_date,
                   add_business_days(ctx.rejection_date, n),
                   f"within a business day of the rejection ({fmt_date(ctx.rejection_date)})",
                   r, business_day=True)


def _blocked(stage: str, ctx: InterviewContext, to: str | None) -> Blocked | None:
    if ctx.rejected and stage != "rejection-reply":
        on = f" ({fmt_date(ctx.rejection_date)})" if ctx.rejection_date else ""
        return Blocked(stage, to, f"the notes record a rejection{on}: reply to it graciously "
                                  f"instead of following up")
    if stage in CHAIN:
        closed = _last(ctx, "close-the-loop")
        if closed is not None:
            on = f" on {fmt_date(closed.on)}" if closed.on else ""
            return Blocked(stage, to, f"you closed the loop{on}: stop here and move on")
    return None


def space(w: Window, sent: Iterable[SentMessage], r: TimingRules) -> Window:
    """Push `w` past the minimum gap after the last message to the same person."""
    if w.stage in r.spacing.exempt_stages:
        return w
    gap = r.spacing.min_days_between_messages
    last = max((s.on for s in sent if s.on and same_person(s.to, w.to)), default=None)
    if last is None or w.earliest >= last + dt.timedelta(days=gap):
        return w
    earliest = last + dt.timedelta(days=gap)
    if w.business_day:
        earliest = next_business_day(earliest)
    latest = None if w.latest is None else max(w.latest, earliest)
    who = f" to {w.to}" if w.to else ""
    why = f"{w.why}; and {gap} days after your last message{who} ({fmt_date(last)})"
    return replace(w, earliest=earliest, latest=latest, why=why)


def window_for(stage: str, ctx: InterviewContext, today: dt.date, to: str | None = None,
               planned: Sequence[SentMessage] = ()) -> Timing:
    """When a `stage` message to `to` may go out. `planned` are messages the plan will have
    sent by then (they count for spacing like sent ones)."""
    r = timing_rules()
    stage = canonical_stage(stage, r)
    if to is None and stage != "thank-you":
        to = main_contact(ctx, stage)
    blocked = _blocked(stage, ctx, to)
    if blocked is not None:
        return blocked
    if stage == "thank-you":
        timing = _thank_you(ctx, to, r)
    elif stage == "missed-deadline":
        timing = _missed_deadline(ctx, to, r)
    elif stage in CHAIN:
        lo, hi = chain_gap(stage, r)
        timing = _after_sent(stage, CHAIN[CHAIN.index(stage) - 1], lo, hi, ctx, to, r)
    elif stage == "competing-offer":
        timing = _competing_offer(ctx, to, today, r)
    elif stage == "rejection-reply":
        timing = _rejection_reply(ctx, to, today, r)
    else:
        return Undated(stage, to, f"drafter has no timing rule for '{stage}'")
    if isinstance(timing, Window):
        timing = space(timing, [*sent_messages(ctx), *planned], r)
    return timing


def pick_day(w: Window, today: dt.date) -> dt.date:
    """The day to send: the earliest allowed day from today on, or the first preferred weekday
    inside the window; never past the window's end (unless the window is already over)."""
    r = timing_rules()
    start = max(w.earliest, today)
    if w.business_day:
        start = next_business_day(start)
    if not w.prefer_weekdays or w.latest is None:
        return start
    preferred = {WEEKDAY_KEYS.index(d) for d in r.send_time.preferred_weekdays}
    day = start
    while day <= w.latest:
        if day.weekday() in preferred and (is_business_day(day) or not w.business_day):
            return day
        day += dt.timedelta(days=1)
    return start


def send_time(w: Window, day: dt.date, today: dt.date) -> str | None:
    """A suggested time of day ('HH:MM'); None means as soon as possible."""
    r = timing_rules()
    if w.stage == "competing-offer" and day == today:
        return None
    if w.stage == "thank-you" and day == w.earliest:
        return r.thank_you.send_time_same_day
    return r.send_time.default
