"""The LLM prompt chain: (extract) -> draft -> rubric -> fix -> revise ... -> best draft.

Bounded: at most `max_revisions` revise calls; the best-scoring draft is kept; the loop stops
as soon as a draft passes or a round does not improve the score. Facts the email needs but the
notes lack are asked of the person before any call (a model would invent them).
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import asdict
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from drafter import llm
from drafter.compose import Facts, compose, gather
from drafter.context import InterviewContext, Interviewer
from drafter.errors import ModelError
from drafter.fixes import apply_fixes
from drafter.message import parse_message
from drafter.outcome import DraftResult, Options, review_email
from drafter.outgoing import Email, signature_block
from drafter.prompts import render_template
from drafter.report import Finding, Report
from drafter.rubric import load_rubric


class _ExtractedPerson(BaseModel):
    model_config = ConfigDict(extra="forbid")  # invented keys mean the model misread the task

    name: str
    title: str | None = None
    topics: list[str] = Field(default_factory=list)


class Extracted(BaseModel):
    """What the model may tell us about the notes; validated, then checked against them."""

    model_config = ConfigDict(extra="forbid")

    company: str | None = None
    role: str | None = None
    candidate: str | None = None
    interviewers: list[_ExtractedPerson] = Field(default_factory=list)


def _occurs(value: str | None, notes: str) -> bool:
    return bool(value) and value.casefold() in notes.casefold()  # type: ignore[union-attr]


def _grounded_topic(topic: str, notes: str) -> bool:
    """A topic counts only if most of its words are in the notes (no invented subjects)."""
    words = [w for w in re.findall(r"[A-Za-z]{4,}", topic)]
    if not words:
        return False
    return sum(w.casefold() in notes.casefold() for w in words) / len(words) >= 0.75


def merge_extracted(ctx: InterviewContext, got: Extracted) -> InterviewContext:
    """Fill only what the deterministic parse left empty, with facts that occur in the notes."""
    notes = ctx.source
    update: dict[str, Any] = {}
    for key in ("company", "role", "candidate"):
        value = getattr(got, key)
        if getattr(ctx, key) is None and _occurs(value, notes):
            update[key] = value.strip()
    people = [p.model_copy() for p in ctx.interviewers]
    for person in got.interviewers:
        if not _occurs(person.name, notes):
            continue  # a name the notes do not contain is an invention
        topics = [t for t in person.topics if _grounded_topic(t, notes)]
        existing = ctx.interviewer(person.name)
        if existing is None:
            people.append(Interviewer(name=person.name.strip(), topics=topics,
                                      title=person.title if _occurs(person.title, notes)
                                      else None))
        elif not existing.topics and topics:
            idx = ctx.interviewers.index(existing)
            people[idx] = existing.model_copy(update={"topics": topics})
    update["interviewers"] = people
    return ctx.model_copy(update=update)


async def extract(ctx: InterviewContext, opts: Options, trace: dict[str, Any]
                  ) -> InterviewContext:
    """Ask the model for the facts, re-ask once with the validation error, else keep the parse."""
    error: str | None = None
    for _ in range(2):
        prompt = render_template("shared/extract.j2", notes=ctx.source, error=error)
        try:
            reply = await _call([{"role": "user", "content": prompt}], opts, trace, "extract",
                                json_mode=True)
        except ModelError as exc:
            # extraction only fills gaps: without it the deterministic parse still stands
            trace["extract"] = f"failed ({exc}); using the deterministic parse"
            return ctx
        try:
            got = Extracted.model_validate(llm.json_in(reply))
        except ValidationError as exc:
            error = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'reply'}: {e['msg']}"
                              for e in exc.errors()[:3])
            continue
        except ValueError as exc:  # not JSON at all
            error = str(exc)[:300]
            continue
        trace["extract"] = "used"
        return merge_extracted(ctx, got)
    trace["extract"] = f"ignored (invalid reply: {error}); using the deterministic parse"
    return ctx


# an email of at most 200 words is about 300 tokens; the facts as JSON fewer still. Capping
# generation keeps a rambling small model from running for minutes.
MAX_TOKENS = {"extract": 300, "draft": 450}


async def _call(messages: list[dict[str, str]], opts: Options, trace: dict[str, Any],
                step: str, json_mode: bool = False) -> str:
    assert opts.model is not None
    done = await llm.acomplete(messages, model=opts.model, api_base=opts.api_base,
                               json_mode=json_mode, timeout=opts.timeout,
                               max_tokens=MAX_TOKENS["extract" if json_mode else "draft"])
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
        notes=ctx.source if opts.include_notes else None)


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
    trace: dict[str, Any] = {"calls": [], "attempts": [], "extract": "skipped"}
    if {"interviewer", "topics", "company", "role"} & set(ctx.missing):
        ctx = await extract(ctx, opts, trace)
    facts = gather(ctx, opts.stage, opts.interviewer, opts.config, opts.require_topic)
    offline = compose(ctx, opts.stage, facts.to.name, opts.config, opts.require_topic)
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
    trace["totals"] = {
        "calls": len(trace["calls"]),
        "prompt_tokens": sum(c.get("prompt_tokens") or 0 for c in trace["calls"]),
        "completion_tokens": sum(c.get("completion_tokens") or 0 for c in trace["calls"]),
        "cost": (sum(c["cost"] for c in trace["calls"])
                 if all(c.get("cost") is not None for c in trace["calls"]) else None),
    }
    return DraftResult(best[0], best[1], "llm", model=opts.model, trace=trace)


async def arevise(result: DraftResult, ctx: InterviewContext, opts: Options,
                  extra: list[Finding]) -> DraftResult:
    """One more revise round for findings only a batch can see (a draft too like another).

    Returns the revised draft; the caller decides whether it is better.
    """
    facts = gather(ctx, opts.stage, opts.interviewer, opts.config, opts.require_topic)
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
