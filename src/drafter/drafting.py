"""One draft, start to finish: pick the engine, write, gate on the rubric, fall back if asked.

Shared by `drafter draft` and `drafter batch`. The LLM chain is imported only when a model is
configured, so the offline path never loads litellm.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from drafter.compose import compose
from drafter.config import Config
from drafter.context import InterviewContext
from drafter.errors import ModelError
from drafter.outgoing import Email
from drafter.report import Report
from drafter.rubric import check, load_rubric

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


@dataclass
class DraftResult:
    email: Email
    report: Report
    engine: Engine
    model: str | None = None
    trace: dict[str, Any] = field(default_factory=dict)
    note: str | None = None  # e.g. why the offline fallback was used

    @property
    def passed(self) -> bool:
        return self.report.passed


def review_email(email: Email, ctx: InterviewContext, opts: Options) -> Report:
    # the recipient is known here, so specifics are checked against *their* topics
    return check(email.text, load_rubric(opts.stage, opts.rubric), ctx,
                 interviewer=email.to_name or opts.interviewer, today=opts.today)


def offline_draft(ctx: InterviewContext, opts: Options) -> DraftResult:
    email = compose(ctx, opts.stage, opts.interviewer, opts.config, opts.require_topic,
                    opts.variant)
    return DraftResult(email, review_email(email, ctx, opts), "offline",
                       trace={"calls": [], "attempts": []})


def make_draft(ctx: InterviewContext, opts: Options) -> DraftResult:
    if not opts.model:
        return offline_draft(ctx, opts)
    return asyncio.run(amake_draft(ctx, opts))


async def amake_draft(ctx: InterviewContext, opts: Options) -> DraftResult:
    """The same, awaitable: batch runs several of these at once."""
    if not opts.model:
        return offline_draft(ctx, opts)
    from drafter.chain import arun_chain  # lazy: pulls in litellm

    try:
        result = await arun_chain(ctx, opts)
    except ModelError as exc:
        if opts.fallback != "offline":
            raise
        fallback = offline_draft(ctx, opts)
        fallback.engine = "offline-fallback"
        fallback.note = f"model failed ({exc}); this is the offline composer's draft"
        return fallback
    if not result.passed and opts.fallback == "offline":
        fallback = offline_draft(ctx, opts)
        fallback.engine = "offline-fallback"
        fallback.model = opts.model
        fallback.trace = result.trace
        fallback.note = (f"the model's best draft still failed the rubric (score "
                         f"{result.report.score}); this is the offline composer's draft")
        return fallback
    return result
