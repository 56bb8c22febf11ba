"""The registry of checks: each is a small function registered under a `check` name.

A rule in a rubric file names the check that runs it (`check = "phrases"`) and carries that
check's settings; the settings' validation (extra keys forbidden) is how a typo in a rubric file is
caught and named instead of silently ignored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from drafter.message import Message, line_col
from drafter.report import Finding
from drafter.rubric.settings import Settings

if TYPE_CHECKING:  # the notes model (~7 ms to build) only when notes are read
    from drafter.context import InterviewContext


@dataclass(frozen=True)
class Rule:
    id: str
    check: str
    category: str
    severity: str
    message: str
    settings: Settings
    suggestion: str | None = None
    enabled: bool = True


@dataclass
class Draft:
    """Everything a check may look at."""

    text: str
    message: Message
    stage: str
    context: InterviewContext | None = None
    interviewer: str | None = None
    today: dt.date | None = None
    languagetool: str | None = None  # server URL, when the person configured one
    stage_inferred: bool = False
    # filled by checks that want to tell the report something (e.g. which proofreader ran)
    notes: dict[str, Any] = field(default_factory=dict)

    @property
    def has_notes(self) -> bool:
        return self.context is not None and bool(self.context.source.strip())

    def finding(self, rule: Rule, start: int, end: int, message: str | None = None,
                suggestion: str | None = None, severity: str | None = None) -> Finding:
        line, col = line_col(self.text, start)
        return Finding(
            rule=rule.id, category=rule.category, severity=severity or rule.severity,
            message=message or rule.message, line=line, column=col,
            match=self.text[start:end], suggestion=suggestion or rule.suggestion,
            start=start, end=end,
        )


CheckFn = Callable[[Draft, Rule], Iterable[Finding]]


@dataclass(frozen=True)
class CheckDef:
    name: str
    fn: CheckFn
    settings: type[Settings]
    doc: str


CHECKS: dict[str, CheckDef] = {}


def register(name: str, settings: type[Settings]) -> Callable[[CheckFn], CheckFn]:
    def deco(fn: CheckFn) -> CheckFn:
        CHECKS[name] = CheckDef(name, fn, settings, (fn.__doc__ or "").strip().split("\n")[0])
        return fn

    return deco
