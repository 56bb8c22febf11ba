"""The LLM prompt chain: read -> reconcile -> draft -> rubric -> fix -> revise ... -> best draft.

Bounded: at most `max_revisions` revise calls; the best-scoring draft is kept; the loop stops
as soon as a draft passes or a round does not improve the score. Facts the email needs but the
notes lack are asked of the person before any call (a model would invent them).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from dataclasses import asdict, replace
from typing import Any

from drafter import llm, model_read
from drafter.compose import Facts, compose, gather
from drafter.context import InterviewContext
from drafter.errors import DrafterError, MissingFact, ModelError
from drafter.fixes import apply_fixes
from drafter.message import parse_message
from drafter.outcome import DraftResult, Options
from drafter.outgoing import Email, signature_block
from drafter.prompts import render_template
from drafter.recipient import recipient_for
from drafter.reconcile import recipient_conflict, reconcile, trace_of
from drafter.report import Finding, Report
from drafter.rubric import load_rubric
from drafter.rubric.engine import review_email


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _summary(ctx: InterviewContext, stage: str) -> dict[str, Any]:
    """The deterministic read as the trace shows it beside the model's."""
    offer = ctx.competing_offer
    to = recipient_for(ctx, stage).person
    return {"company": ctx.company, "role": ctx.role, "candidate": ctx.candidate,
            "people": [{"name": p.name, "title": p.title, "topics": p.topics}
                       for p in ctx.interviewers],
            "recruiter": ctx.recruiter, "write_to": to.name if to else None,
            "dates": {"interview": _iso(ctx.interview_date), "decision": _iso(ctx.decision_date),
                      "offer_deadline": _iso(offer.answer_by if offer else None)},
            "offer_from": offer.company if offer else None, "rejection_from": ctx.rejection_from}


async def structured_read(ctx: InterviewContext, opts: Options, trace: dict[str, Any]
                          ) -> tuple[InterviewContext, Options]:
    """The model's read of the notes reconciled with the deterministic one (see
    drafter.reconcile); a recipient the two reads dispute is asked (MissingFact)."""

    async def call(messages: list[dict[str, str]], step: str, schema: dict[str, Any]) -> str:
        return await _call(messages, opts, trace, step, schema=schema)

    entry: dict[str, Any] = {"deterministic": _summary(ctx, opts.stage)}
    trace["read"] = entry
    try:
        read, entry["status"] = await model_read.read_notes(ctx.source, opts.stage, opts.today,
                                                            call)
    except ModelError as exc:
        if exc.unusable:  # the drafts would fail the same way: say so once, now
            raise
        # the read only adds to the deterministic one: without it, that one still stands
        entry["status"] = f"failed ({exc}); the deterministic read stands"
        return ctx, opts
    entry["model"] = read.model_dump() if read else None
    if read is None:
        return ctx, opts
    merged, decisions = reconcile(ctx, read, opts.today)
    entry["decisions"] = trace_of(decisions)
    if opts.interviewer:
        return merged, opts
    to, disputed = recipient_conflict(merged, read, opts.stage)
    if disputed:
        entry["recipient"] = {"deterministic": disputed[0], "model": disputed[1],
                              "chosen": "asked"}
        raise MissingFact(f"drafter's reading of the notes writes to {disputed[0]}, the "
                          f"model's to {disputed[1]}; pass --to NAME", fact="to", flag="--to",
                          choices=disputed, question="Who is this email to?")
    if to:
        entry["recipient"] = {"deterministic": None, "model": to, "chosen": "model"}
        return merged, replace(opts, interviewer=to)
    return merged, opts


def totals(calls: list[dict[str, Any]]) -> dict[str, Any]:
    """What a trace's model calls spent: calls, tokens, and cost when every call's is known."""
    return {
        "calls": len(calls),
        "prompt_tokens": sum(c.get("prompt_tokens") or 0 for c in calls),
        "completion_tokens": sum(c.get("completion_tokens") or 0 for c in calls),
        "cost": (sum(c["cost"] for c in calls)
                 if calls and all(c.get("cost") is not None for c in calls) else None),
    }


# an email of at most 200 words is about 300 tokens; the facts as JSON fewer still. Capping
# generation keeps a rambling small model from running for minutes.
MAX_TOKENS = 450


async def _call(messages: list[dict[str, str]], opts: Options, trace: dict[str, Any],
                step: str, schema: dict[str, Any] | None = None) -> str:
    assert opts.model is not None
    if opts.progress is not None:
        opts.progress(step)
    done = await llm.acomplete(messages, model=opts.model, api_base=opts.api_base,
                               schema=schema, timeout=opts.timeout,
                               max_tokens=model_read.MAX_TOKENS if schema else MAX_TOKENS)
    record = asdict(done)
    record.pop("text", None)
    trace["calls"].append({"step": step, **record})
    return done.text


_FENCE = re.compile(r"^```[a-z]*\s*$", re.M)


def email_from_reply(reply: str, facts: Facts, default_subject: str, signature: str) -> Email:
    """The model's text as an Email: our subject if it gave none, our signature always."""
    text = _FENCE.sub("", reply).strip().strip('"').strip()
    lines = text.splitlines()
    # drop chatter before the email ("Here is your email:")
    for i, line in enumerate(lines):
        if re.match(r"\s*(subject\s*:|dear\b|hi\b|hello\b)", line, re.I):
            lines = lines[i:]
            break
    message = parse_message("\n".join(lines))
    subject = message.subject_text or default_subject
    body = message.body_text.strip() or text
    return Email(subject=subject, body=body, signature=signature, to_name=facts.to.name,
                 to_email=facts.to.email, from_name=facts.candidate)


def _system_prompt(facts: Facts, opts: Options) -> str:
    limit = load_rubric(opts.stage, opts.rubric).word_limit or 200
    return render_template("shared/system.j2", word_limit=limit, first_name=facts.to.first_name)


def _draft_prompt(facts: Facts, ctx: InterviewContext, opts: Options) -> str:
    rubric = load_rubric(opts.stage, opts.rubric)
    v = facts.template_vars()
    return render_template(
        f"{opts.stage}/draft.j2", stage_title=rubric.stage.title,
        stage_summary=rubric.stage.summary, to=v["to"], candidate=facts.candidate,
        company=facts.company, role=facts.role, interview_day=v["interview_day"],
        topics=facts.to.topics, decision_day=v["decision_day"], check_in_day=v["check_in_day"],
        offer_company=facts.offer_company, offer_day=v["offer_day"], ask_by=v["ask_by"],
        evidence=_evidence(ctx, facts) if opts.include_notes else [],
        notes=ctx.source if opts.include_notes else None)


# (evidence key, label, the Facts attribute that says the prompt gives it)
_EVIDENCE = (("company", "company", "company"), ("role", "role", "role"),
             ("interview_date", "interview date", "interview_date"),
             ("decision_date", "decision date", "decision_date"),
             ("offer.answer_by", "offer answer date", "offer_date"))


def _evidence(ctx: InterviewContext, facts: Facts) -> list[tuple[str, str]]:
    """Each fact the prompt gives, with the line of the notes it was read from."""
    keys = [(f"person:{facts.to.name}", "recipient"),
            *((key, label) for key, label, attr in _EVIDENCE if getattr(facts, attr))]
    out = []
    for key, label in keys:
        found = ctx.evidence.get(key)
        if found is not None and found.source == "notes" and found.text:
            text = found.text if len(found.text) <= 160 else found.text[:157] + "..."
            out.append((label, f"line {found.line}: {text}"))
    return out


def _revise_prompt(email: Email, report: Report) -> str:
    return render_template(
        "shared/revise.j2", findings=[f for f in report.findings if f.severity != "info"],
        word_count=report.word_count, word_limit=report.word_limit,
        draft=email.text.rsplit("\n" + email.sign_off, 1)[0])


def _fix(email: Email, report: Report, ctx: InterviewContext, opts: Options
         ) -> tuple[Email, Report, list[str]]:
    """Apply deterministic fixes inside the body and re-check; no model call."""
    offset = len(f"Subject: {email.subject}\n\n")
    body_findings = [f.model_copy(update={"start": f.start - offset, "end": f.end - offset})
                     for f in report.findings
                     if offset <= f.start and f.end <= offset + len(email.body)]
    if not body_findings:
        return email, report, []
    body, fixed = apply_fixes(email.body, report.model_copy(update={"findings": body_findings}),
                              ctx, email.to_name.split()[0] if email.to_name else None)
    if not fixed:
        return email, report, []
    email = email.with_body(body)
    return email, review_email(email, ctx, opts), fixed


def run_chain(ctx: InterviewContext, opts: Options) -> DraftResult:
    return asyncio.run(arun_chain(ctx, opts))


async def arun_chain(ctx: InterviewContext, opts: Options) -> DraftResult:
    trace: dict[str, Any] = {"calls": [], "attempts": [], "read": {"status": "skipped"}}
    try:
        return await _chain(ctx, opts, trace)
    except DrafterError as exc:
        exc.trace = trace  # type: ignore[attr-defined]  # what was spent before it stopped
        raise


async def _chain(ctx: InterviewContext, opts: Options, trace: dict[str, Any]) -> DraftResult:
    if opts.include_notes:  # batch reads the notes once, before its per-person drafts
        ctx, opts = await structured_read(ctx, opts, trace)
    facts = gather(ctx, opts.stage, opts.interviewer, opts.config, opts.require_topic,
                   today=opts.today)
    offline = compose(ctx, opts.stage, facts.to.name, opts.config, opts.require_topic,
                      today=opts.today)
    signature = signature_block(facts.candidate, opts.config.email, opts.config.phone,
                                opts.config.link)
    messages = [{"role": "system", "content": _system_prompt(facts, opts)},
                {"role": "user", "content": _draft_prompt(facts, ctx, opts)}]
    best: tuple[Email, Report] | None = None
    for attempt in range(opts.max_revisions + 1):
        reply = await _call(messages, opts, trace,
                            "draft" if attempt == 0 else f"revise {attempt}")
        email = email_from_reply(reply, facts, offline.subject, signature)
        report = review_email(email, ctx, opts)
        email, report, fixed = _fix(email, report, ctx, opts)
        trace["attempts"].append({
            "attempt": attempt, "score": report.score, "passed": report.passed,
            "fixed_without_model": fixed,
            "findings": [f"{f.severity}:{f.rule}" for f in report.findings]})
        improved = best is None or report.score > best[1].score
        if improved:
            best = (email, report)
        if report.passed or not improved or attempt == opts.max_revisions:
            break
        messages = [*messages, {"role": "assistant", "content": reply},
                    {"role": "user", "content": _revise_prompt(email, report)}]
    assert best is not None
    trace["totals"] = totals(trace["calls"])
    return DraftResult(best[0], best[1], "llm", model=opts.model, trace=trace, context=ctx)


async def arevise(result: DraftResult, ctx: InterviewContext, opts: Options,
                  extra: list[Finding]) -> DraftResult:
    """One more revise round for findings only a batch can see (a draft too like another).

    Returns the revised draft; the caller decides whether it is better.
    """
    facts = gather(ctx, opts.stage, opts.interviewer, opts.config, opts.require_topic,
                   today=opts.today)
    report = result.report.model_copy(update={"findings": [*result.report.findings, *extra]})
    trace = result.trace
    messages = [{"role": "system", "content": _system_prompt(facts, opts)},
                {"role": "user", "content": _draft_prompt(facts, ctx, opts)},
                {"role": "assistant", "content": result.email.text},
                {"role": "user", "content": _revise_prompt(result.email, report)}]
    reply = await _call(messages, opts, trace, "revise (batch)")
    email = email_from_reply(reply, facts, result.email.subject, result.email.signature)
    new_report = review_email(email, ctx, opts)
    email, new_report, fixed = _fix(email, new_report, ctx, opts)
    trace["attempts"].append({"attempt": "batch", "score": new_report.score,
                              "passed": new_report.passed, "fixed_without_model": fixed,
                              "findings": [f"{f.severity}:{f.rule}" for f in new_report.findings]})
    return DraftResult(email, new_report, "llm", model=opts.model, trace=trace)
