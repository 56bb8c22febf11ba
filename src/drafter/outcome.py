"""What every engine takes and returns: the options of one draft and its result.

A module of its own so that the engines (compose, chain) and the code that picks between
them (drafting, batch) all depend on it, and not on each other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from drafter.config import Config
from drafter.context import InterviewContext
from drafter.outgoing import Email
from drafter.report import Report

Engine = Literal["offline", "llm", "offline-fallback"]


@dataclass
class Options:
    stage: str = "thank-you"
    interviewer: str | None = None
    model: str | None = None
    api_base: str | None = None
    fallback: Literal["none", "offline"] = "none"
    rubric: Path | None = None
    today: dt.date | None = None
    max_revisions: int = 2
    timeout: float = 60.0  # seconds per model call; small local models may need more
    require_topic: bool = True
    variant: int | None = None  # offline wording variant; batch gives neighbours different ones
    # batch leaves the raw notes out of each prompt: the model sees only *this* interviewer's
    # facts, so it cannot borrow another interviewer's topics
    include_notes: bool = True
    config: Config = field(default_factory=Config)
    # told the step of each model call before it is made ("read", "draft", "revise 1"):
    # `drafter serve` shows it as progress
    progress: Callable[[str], None] | None = None


@dataclass
class DraftResult:
    email: Email
    report: Report
    engine: Engine
    model: str | None = None
    trace: dict[str, Any] = field(default_factory=dict)
    note: str | None = None  # e.g. why the offline fallback was used
    # the facts the email was written from, when they differ from the notes parser's alone
    # (the model's read, reconciled): what `--format json` and the read-back show
    context: InterviewContext | None = None

    @property
    def passed(self) -> bool:
        return self.report.passed

