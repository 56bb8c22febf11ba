"""Timing: a message sent too early (or too late) for its stage, given dates in the notes.

The dates come from `drafter.schedule`, the same code behind `drafter plan`, so a warning here
names the day the plan would give.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from drafter.report import Finding
from drafter.rubric.registry import Draft, Rule, Settings, register


class TimingSettings(Settings):
    pass


@register("timing", TimingSettings)
def check_timing(draft: Draft, rule: Rule) -> Iterator[Finding]:
    """Flags a draft that would go out too early (or late) for its stage; needs notes dates."""
    if draft.context is None:
        return
    # only with notes: a plain `drafter review` never loads the schedule and the notes reader
    from drafter import send_check

    today = draft.today or dt.date.today()
    verdict = send_check.check_send_date(draft.stage, draft.context, today, to=draft.interviewer)
    if verdict is None:
        return
    anchor = draft.message.subject or draft.message.greeting or draft.message.body
    yield draft.finding(rule, anchor.start, anchor.end, message=verdict.message,
                        suggestion=verdict.suggestion)
