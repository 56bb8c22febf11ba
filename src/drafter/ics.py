"""`drafter plan --ics FILE`: the plan as calendar reminders that a calendar app imports."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from drafter.errors import UsageError
from drafter.plan import Hold, Plan, PlanItem, recipient
from drafter.schedule import fmt_date

REMINDER_MINUTES = 15


def _uid(plan: Plan, stage: str, to: str | None) -> str:
    """Stable across runs, so importing a newer plan updates an event instead of doubling it."""
    key = "|".join([plan.company or "", plan.role or "", stage, to or ""])
    return f"{hashlib.sha256(key.encode()).hexdigest()[:20]}@drafter"


def _about(plan: Plan) -> str:
    what = " · ".join(x for x in (plan.company, plan.role) if x)
    return f" ({what})" if what else ""


def _send_event(plan: Plan, item: PlanItem, stamp: dt.datetime):  # -> icalendar.Event
    from icalendar import Alarm, Event

    event = Event()
    summary = f"Send {item.what} to {recipient(item.to, item.stage)}{_about(plan)}"
    event.add("uid", _uid(plan, item.stage, item.to))
    event.add("dtstamp", stamp)
    event.add("summary", summary)
    lines = [f"Why: {item.why}"]
    if item.ask_by:
        lines.append(f"Ask for their answer by {fmt_date(item.ask_by)}.")
    lines += [f"Note: {c}" for c in item.caveats]
    lines.append(f"Write it with: drafter draft --stage {item.stage} NOTES")
    event.add("description", "\n".join(lines))
    if item.time is None:  # "now": an all-day item on the day, no alarm in the past
        event.add("dtstart", item.date)
        event.add("dtend", item.date + dt.timedelta(days=1))
        return event
    # floating local time: the calendar shows it at 10:00 wherever the person is
    event.add("dtstart", dt.datetime.combine(item.date, dt.time.fromisoformat(item.time)))
    event.add("duration", dt.timedelta(minutes=REMINDER_MINUTES))
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", dt.timedelta(0))
    event.add_component(alarm)
    return event


def _hold_event(plan: Plan, hold: Hold, stamp: dt.datetime):  # -> icalendar.Event
    from icalendar import Event

    assert hold.not_before is not None
    day = hold.best_day or hold.not_before
    event = Event()
    event.add("uid", _uid(plan, hold.stage, hold.to))
    event.add("dtstamp", stamp)
    event.add("summary", f"If no reply: {hold.what} to {recipient(hold.to, hold.stage)}"
                         f"{_about(plan)}")
    event.add("description", f"Not before {fmt_date(hold.not_before)}: {hold.why}\n"
                             "Run drafter plan again with what you sent to confirm the date.")
    event.add("dtstart", day)
    event.add("dtend", day + dt.timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    return event


def plan_ics(plan: Plan, stamp: dt.datetime | None = None) -> bytes:
    """An iCalendar file: one reminder per message to send, and an all-day marker for each
    later follow-up that has a projected date (only if nobody replies)."""
    from icalendar import Calendar

    stamp = stamp or dt.datetime.now(dt.UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", "-//drafter//follow-up plan//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", f"Interview follow-ups{_about(plan)}")
    for item in plan.send:
        cal.add_component(_send_event(plan, item, stamp))
    for hold in plan.not_yet:
        if hold.not_before is not None:
            cal.add_component(_hold_event(plan, hold, stamp))
    return cal.to_ical()


def write_ics(path: Path, data: bytes, *, force: bool = False) -> None:
    """Write atomically (temp file + os.replace); refuse to overwrite unless `force`."""
    from drafter.files import write_atomic

    if path.is_dir():
        raise UsageError(f"{path} is a folder; give a file name such as plan.ics")
    try:
        # iCalendar lines end in CRLF already: newline="" keeps them as they are
        write_atomic(path, data.decode("utf-8"), force=force, newline="")
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None
