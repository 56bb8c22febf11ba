"""`drafter plan`: from the dates in the notes, what to send next, to whom, on which day, and why.

Pure: `build_plan(context, today) -> Plan`. Every date comes from `drafter.schedule` (the same
rules the rubric's timing check uses); a date the notes lack or that could not be read is
reported as such, never guessed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, Field

from drafter import schedule
from drafter.context import InterviewContext, SentMessage
from drafter.schedule import CHAIN, LABELS, Blocked, Undated, Window, fmt_date

SCHEMA = 1


class PlanItem(BaseModel):
    """One message to send."""

    stage: str
    what: str
    to: str | None
    date: dt.date
    weekday: str
    time: str | None  # "HH:MM"; None = as soon as possible
    why: str
    earliest: dt.date
    latest: dt.date | None = None
    ask_by: dt.date | None = None  # competing offer: ask them to answer by this day
    overdue: bool = False
    caveats: list[str] = Field(default_factory=list)


class Hold(BaseModel):
    """Something not to send yet (or not at all), and why."""

    stage: str
    what: str
    to: str | None = None
    not_before: dt.date | None = None
    best_day: dt.date | None = None  # projected: the day the plan would pick, if it comes to it
    why: str


class DateRead(BaseModel):
    """How one date in the notes was read."""

    text: str
    role: str
    value: dt.date | None
    how: str
    readable: bool


class Plan(BaseModel):
    today: dt.date
    company: str | None = None
    role: str | None = None
    send: list[PlanItem] = Field(default_factory=list)
    not_yet: list[Hold] = Field(default_factory=list)
    dates: list[DateRead] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    done: str | None = None


# ------------------------------------------------------------------------------ building


def _item(w: Window, today: dt.date) -> PlanItem:
    day = schedule.pick_day(w, today)
    overdue = (w.latest or w.earliest) < today
    why = f"due since {fmt_date(w.earliest)}: {w.why}" if overdue else w.why
    return PlanItem(stage=w.stage, what=LABELS[w.stage], to=w.to, date=day,
                    weekday=f"{day:%a}", time=schedule.send_time(w, day, today), why=why,
                    earliest=w.earliest, latest=w.latest, ask_by=w.ask_by, overdue=overdue,
                    caveats=list(w.caveats))


def _hold(t: Undated | Blocked, prefix: str = "") -> Hold:
    return Hold(stage=t.stage, what=LABELS.get(t.stage, t.stage), to=t.to,
                why=prefix + t.why)


def _as_sent(item: PlanItem) -> SentMessage:
    return SentMessage(stage=item.stage, on=item.date, to=item.to)


def _thank_yous(ctx: InterviewContext, today: dt.date) -> tuple[list[PlanItem], list[Hold]]:
    sent = [s for s in schedule.sent_messages(ctx) if s.stage == "thank-you"]
    people: list[str | None] = [p.name for p in ctx.interviewers] or [None]
    late = schedule.timing_rules().thank_you.too_late_after_interview
    items, holds = [], []
    for person in people:
        if any(schedule.same_person(s.to, person) for s in sent):
            continue
        timing = schedule.window_for("thank-you", ctx, today, person)
        if not isinstance(timing, Window):
            holds.append(_hold(timing, "cannot be dated: "))
            continue
        assert ctx.interview_date is not None
        if today > ctx.interview_date + dt.timedelta(days=late):
            holds.append(Hold(stage="thank-you", what=LABELS["thank-you"], to=person,
                              why=f"too late for a separate thank-you (the interview was "
                                  f"{fmt_date(ctx.interview_date)}); add a line of thanks "
                                  f"to your next message instead"))
            continue
        item = _item(timing, today)
        if item.overdue:
            item.caveats.append("a little late: send it today anyway, and keep it brief")
        items.append(item)
    return items, holds


def _competing_offer(ctx: InterviewContext, today: dt.date,
                     planned: list[SentMessage]) -> tuple[list[PlanItem], list[Hold]]:
    if ctx.competing_offer is None:
        return [], []
    if any(s.stage == "competing-offer" for s in schedule.sent_messages(ctx)):
        return [], []
    timing = schedule.window_for("competing-offer", ctx, today, planned=planned)
    if isinstance(timing, Window):
        return [_item(timing, today)], []
    prefix = "cannot be dated: " if isinstance(timing, Undated) else "don't send: "
    return [], [_hold(timing, prefix)]


def _next_in_chain(ctx: InterviewContext) -> str | None:
    """The next unanswered-follow-up stage, or None after the close-the-loop note."""
    sent = {s.stage for s in schedule.sent_messages(ctx)}
    done = [i for i, stage in enumerate(CHAIN) if stage in sent]
    if not done:
        return CHAIN[0]
    nxt = max(done) + 1
    return CHAIN[nxt] if nxt < len(CHAIN) else None


def _later_holds(stage: str, ctx: InterviewContext, today: dt.date,
                 sent_on: dt.date | None, to: str | None) -> list[Hold]:
    """The chain after `stage`, projected from `stage` going out on `sent_on` (if known)."""
    holds = []
    for later in CHAIN[CHAIN.index(stage) + 1:]:
        timing: Window | Undated | Blocked | None = None
        if sent_on is not None:
            ctx = ctx.model_copy(update={"sent": [*ctx.sent,
                                                  SentMessage(stage=stage, on=sent_on, to=to)]})
            timing = schedule.window_for(later, ctx, today, to)
        stop = "; after it, stop and move on" if later == CHAIN[-1] else ""
        if isinstance(timing, Window):
            sent_on = schedule.pick_day(timing, today)
            holds.append(Hold(stage=later, what=LABELS[later], to=to,
                              not_before=timing.earliest, best_day=sent_on,
                              why=timing.why + stop))
        else:
            sent_on = None
            lo, hi = schedule.chain_gap(later)
            holds.append(Hold(stage=later, what=LABELS[later], to=to,
                              why=f"{lo}–{hi} days after the {LABELS[stage]}, only if it gets "
                                  f"no reply{stop}"))
        stage = later
    return holds


def _chain(ctx: InterviewContext, today: dt.date,
           planned: list[SentMessage]) -> tuple[list[PlanItem], list[Hold], str | None]:
    stage = _next_in_chain(ctx)
    if stage is None:
        closed = next(s for s in reversed(schedule.sent_messages(ctx))
                      if s.stage == "close-the-loop")
        on = f" on {fmt_date(closed.on)}" if closed.on else ""
        return [], [], f"You closed the loop{on}. Nothing more to send: stop here and move on."
    timing = schedule.window_for(stage, ctx, today, planned=planned)
    if isinstance(timing, Window):
        item = _item(timing, today)
        return [item], _later_holds(stage, ctx, today, item.date, item.to), None
    prefix = "cannot be dated: " if isinstance(timing, Undated) else "don't send: "
    return [], [_hold(timing, prefix), *_later_holds(stage, ctx, today, None, timing.to)], None


def _rejection(ctx: InterviewContext, today: dt.date) -> tuple[list[PlanItem], str]:
    replied = next((s for s in schedule.sent_messages(ctx) if s.stage == "rejection-reply"), None)
    if replied is not None:
        on = f" on {fmt_date(replied.on)}" if replied.on else ""
        return [], f"You replied to the rejection{on}. Nothing more to send for this role."
    timing = schedule.window_for("rejection-reply", ctx, today)
    assert isinstance(timing, Window)
    return [_item(timing, today)], ("They declined: after your reply, send no more follow-ups "
                                    "for this role.")


# ------------------------------------------------------------------------------ the dates


def _field_dates(ctx: InterviewContext) -> list[tuple[str, dt.date | None, str]]:
    out: list[tuple[str, dt.date | None, str]] = [
        ("interview", ctx.interview_date, "interview date"),
        ("decision", ctx.decision_date, ctx.decision_text or "decision date"),
        ("rejection", ctx.rejection_date, "rejection"),
    ]
    if ctx.competing_offer is not None:
        offer = ctx.competing_offer
        out.append(("offer-deadline", offer.answer_by, offer.answer_by_text or "offer answer date"))
    out += [("sent", s.on, f"{LABELS.get(s.stage, s.stage)} sent")
            for s in schedule.sent_messages(ctx)]
    return out


def read_dates(ctx: InterviewContext) -> list[DateRead]:
    """Each date the notes mention and how it was read; fields the parser set without a
    recorded mention are listed too, so the plan shows every date it used."""
    out = [DateRead(text=m.text, role=m.role, value=m.value, readable=m.value is not None,
                    how=m.how or (f"read as {fmt_date(m.value)}" if m.value
                                  else "could not be read as a date"))
           for m in ctx.dates]
    covered = {(m.role, m.value) for m in ctx.dates if m.value}
    for role, value, label in _field_dates(ctx):
        if value is not None and (role, value) not in covered:
            out.append(DateRead(text=label, role=role, value=value, readable=True,
                                how="as given (no reading recorded)"))
            covered.add((role, value))
    return out


def _warnings(ctx: InterviewContext, dates: list[DateRead], today: dt.date) -> list[str]:
    out = [f"'{d.text}' ({d.role}) could not be read as a date: the plan does not use it"
           for d in dates if not d.readable]
    if not any(d.readable for d in dates):
        out.append("the notes have no dates drafter could read: add the interview date "
                   "(e.g. 'Interview: 2026-11-18') and the decision date they gave, if any")
    newest = max((d.value for d in dates if d.value), default=None)
    stale = schedule.timing_rules().plan.stale_after_days
    if newest is not None and (today - newest).days > stale:
        out.append(f"the newest date in the notes ({fmt_date(newest)}) is "
                   f"{(today - newest).days} days before today ({fmt_date(today)}): if you "
                   f"are planning as of another day, pass --today")
    out += [f"the notes say a {LABELS.get(s.stage, s.stage)} went out on {fmt_date(s.on)}, "
            f"after today ({fmt_date(today)}): check the date or --today"
            for s in schedule.sent_messages(ctx) if s.on and s.on > today]
    return out


# ------------------------------------------------------------------------------ the plan


def build_plan(ctx: InterviewContext, today: dt.date) -> Plan:
    """What to send next and when, from the notes' dates and the rules in timing.toml."""
    send: list[PlanItem] = []
    holds: list[Hold] = []
    done = None
    if ctx.rejected:
        send, done = _rejection(ctx, today)
    else:
        items, more = _thank_yous(ctx, today)
        send += items
        holds += more
        items, more = _competing_offer(ctx, today, [_as_sent(i) for i in send])
        send += items
        holds += more
        items, more, done = _chain(ctx, today, [_as_sent(i) for i in send])
        send += items
        holds += more
    order = {stage: i for i, stage in enumerate(schedule.STAGE_ORDER)}
    send.sort(key=lambda i: (i.date, i.time is not None, i.time or "", order[i.stage]))
    dates = read_dates(ctx)
    return Plan(today=today, company=ctx.company, role=ctx.role, send=send, not_yet=holds,
                dates=dates, warnings=_warnings(ctx, dates, today), done=done)


# ------------------------------------------------------------------------------ output


def plan_json(plan: Plan) -> dict[str, Any]:
    """The stable `schema: 1` shape of `drafter plan --json`."""
    return {"schema": SCHEMA, **plan.model_dump(mode="json")}


def _when(item: PlanItem, today: dt.date) -> str:
    if item.time is None:
        return f"{item.weekday} now"
    return f"{item.weekday} {item.time}"


def recipient(name: str | None, stage: str) -> str:
    """Who a message goes to, in words, when the notes do not name the person."""
    if name:
        return name
    if stage == "thank-you":
        return "each interviewer"
    if stage == "rejection-reply":
        return "whoever sent the rejection"
    return "your main contact"


def _table(rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    return ["  " + "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=False)) + "  " + r[-1]
            for r in rows]


def plan_text(plan: Plan) -> str:
    """The plan for a person: what to send, then what not to send yet, then how dates were read."""
    title = " · ".join(x for x in (plan.company, plan.role) if x) or "your follow-ups"
    lines = [f"Plan for {title} (today: {fmt_date(plan.today)})"]
    lines += [f"! {w}" for w in plan.warnings]
    lines += ["", "Send"]
    if plan.send:
        rows = [["DATE", "WHEN", "WHAT", "TO", "WHY"]]
        rows += [[i.date.isoformat(), _when(i, plan.today), i.what, recipient(i.to, i.stage), i.why]
                 for i in plan.send]
        table = _table(rows)
        indent = " " * (len(table[0]) - len(rows[0][-1]))
        lines.append(table[0])
        for item, row in zip(plan.send, table[1:], strict=True):
            lines.append(row)
            lines += [f"{indent}! {c}" for c in item.caveats]
    else:
        lines.append("  nothing to send now")
    if plan.done:
        lines.append(f"  {plan.done}")
    if plan.not_yet:
        lines += ["", "Not yet"]
        for hold in plan.not_yet:
            who = f" to {recipient(hold.to, hold.stage)}"
            since = f": not before {fmt_date(hold.not_before)}" if hold.not_before else ""
            if hold.best_day and hold.best_day != hold.not_before:
                since += f" (best {fmt_date(hold.best_day)})"
            lines.append(f"  - {hold.what}{who}{since} — {hold.why}")
    lines += ["", "How the dates were read"]
    if plan.dates:
        for d in plan.dates:
            value = fmt_date(d.value) if d.value else "could not be read"
            lines.append(f"  - \"{d.text}\" ({d.role}) → {value}: {d.how}")
    else:
        lines.append("  - the notes contain no dates")
    return "\n".join(lines)
