"""One draft, start to finish: pick the engine, write, gate on the rubric, fall back if asked.

Shared by `drafter draft` and `drafter batch`. The LLM chain is imported only when a model is
configured, so the offline path never loads litellm.
"""

from __future__ import annotations

import asyncio

from drafter.compose import compose
from drafter.context import InterviewContext
from drafter.errors import ModelError
from drafter.outcome import DraftResult, Options
from drafter.outgoing import Email
from drafter.report import Report
from drafter.rubric.engine import review_email

__all__ = ["DraftResult", "Options", "amake_draft", "make_draft", "offline_draft",
           "review_email"]


def offline_draft(ctx: InterviewContext, opts: Options) -> DraftResult:
    email = compose(ctx, opts.stage, opts.interviewer, opts.config, opts.require_topic,
                    opts.variant, today=opts.today)
    report = review_email(email, ctx, opts)
    broken = _broken_topics(email, report, ctx, opts)
    if broken:
        # a topic the rubric found a broken sentence in is left out, not sent: the email says
        # less (or, with no topic left, drafter asks for one) rather than something garbled
        email = compose(ctx, opts.stage, opts.interviewer, opts.config, opts.require_topic,
                        opts.variant, without=broken, today=opts.today)
        report = review_email(email, ctx, opts)
    return DraftResult(email, report, "offline", trace={"calls": [], "attempts": []})


def _broken_topics(email: Email, report: Report, ctx: InterviewContext,
                   opts: Options) -> frozenset[str]:
    """The topic phrases that stand in a sentence a grammar rule failed."""
    bad = [f for f in report.findings if f.severity == "error" and f.rule.startswith("grammar.")]
    if not bad:
        return frozenset()
    from drafter.compose import gather
    from drafter.wordclass import sentences  # the rubric's own sentence split

    text = email.text
    facts = gather(ctx, opts.stage, opts.interviewer, opts.config, require_topic=False,
                   today=opts.today)
    failed = [(s, e) for s, e in sentences(text, 0, len(text))
              if any(s <= f.start < e for f in bad)]

    def overlaps(phrase: str) -> bool:
        # a phrase may itself run across a full stop ("the rates of reaction. went ok")
        at = text.find(phrase)
        while at >= 0:
            if any(at < e and s < at + len(phrase) for s, e in failed):
                return True
            at = text.find(phrase, at + 1)
        return False

    return frozenset(t.phrase for t in facts.topics if overlaps(t.phrase))


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
        fallback.context = result.context
        fallback.note = (f"the model's best draft still failed the rubric (score "
                         f"{result.report.score}); this is the offline composer's draft")
        return fallback
    return result
