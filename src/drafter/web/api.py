"""What the page asks for, answered with the functions the CLI uses: JSON in, JSON out.

Nothing here writes to disk: notes and drafts live in the request and the answer only.
Offsets of findings are given in UTF-16 code units, as the page's JavaScript counts them.
"""

from __future__ import annotations

import datetime as dt
import io
import tomllib
import zipfile
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from drafter.config import Config, load_config
from drafter.context import InterviewContext
from drafter.corrections import Corrections, apply, parse_day
from drafter.errors import DrafterError, UsageError
from drafter.inputs import MAX_BYTES, decode
from drafter.outgoing import Email
from drafter.report import Report
from drafter.rubric import check, infer_stage, load_rubric, stage_names

SHORT_FIELD = 2_000  # a name, a company, a role, one topic: a line, never a page
Progress = Callable[[str], None]


# -- reading the request -----------------------------------------------------------------------

def text(data: dict[str, Any], key: str, label: str, *, required: bool = True) -> str | None:
    """A pasted text field, held to the CLI's size rule and read as the CLI reads a file."""
    value = data.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise UsageError(f"{label} is empty: paste it first")
        return None
    if not isinstance(value, str):
        raise UsageError(f"{label} must be text")
    return decode(value.encode("utf-8", "surrogatepass"), label, MAX_BYTES)


def short(data: dict[str, Any], key: str, label: str) -> str | None:
    value = data.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise UsageError(f"{label} must be text")
    if len(value) > SHORT_FIELD:
        raise UsageError(f"{label} is {len(value)} characters; a field holds up to "
                         f"{SHORT_FIELD} (is this the right paste?)")
    return " ".join(value.split()) or None


def day(data: dict[str, Any], key: str, label: str) -> dt.date | None:
    value = short(data, key, label)
    if value is None:
        return None
    try:
        return parse_day(value)
    except UsageError:
        raise UsageError(f"{label}: '{value}' is not a date like 2026-11-24") from None


def today_of(data: dict[str, Any]) -> dt.date:
    return day(data, "today", "today") or dt.date.today()


def corrections(fields: Any) -> Corrections:
    """The fields the person changed on the page, as the CLI's fact flags."""
    if not isinstance(fields, dict):
        return Corrections()
    topics = fields.get("topics")
    if isinstance(topics, str):
        topics = [t for t in topics.splitlines() if t.strip()]
    if topics is not None and not (isinstance(topics, list)
                                   and all(isinstance(t, str) for t in topics)):
        raise UsageError("topics must be a list of lines")
    if topics and sum(len(t) for t in topics) > SHORT_FIELD * 5:
        raise UsageError("the topics are too long; a few lines are enough")
    return Corrections(
        to=short(fields, "to", "to"), company=short(fields, "company", "company"),
        role=short(fields, "role", "role"), sign_as=short(fields, "sign_as", "signed as"),
        topic=[" ".join(t.split()) for t in topics or [] if t.strip()],
        decision_date=day(fields, "decision_date", "decision date"),
        offer_from=short(fields, "offer_from", "offer from"),
        offer_by=day(fields, "offer_by", "offer answer date"))


def stage_of(data: dict[str, Any], ctx: InterviewContext | None, today: dt.date,
             email: str | None = None) -> tuple[str, str]:
    """The stage asked for, or the one inferred: (stage, how it was chosen)."""
    chosen = short(data, "stage", "stage")
    if chosen and chosen != "auto":
        if chosen not in stage_names():
            raise UsageError(f"unknown stage '{chosen}' (one of: {', '.join(stage_names())})")
        return chosen, "chosen"
    if email is not None:
        return infer_stage(email), "inferred from the email's wording"
    if ctx is not None:
        from drafter.plan import build_plan

        plan = build_plan(ctx, today)
        if plan.send:
            item = plan.send[0]
            return item.stage, f"inferred from your notes' dates: {item.what} is next"
    return "thank-you", "the default"


# -- answering ---------------------------------------------------------------------------------

def utf16(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


def report_json(report: Report, text: str) -> dict[str, Any]:
    data = report.to_json()
    data["findings"] = [{**f.model_dump(), "start": utf16(text, f.start),
                         "end": utf16(text, f.end)} for f in report.findings]
    return data


def _evidence(ctx: InterviewContext, key: str) -> str:
    ev = ctx.evidence.get(key)
    if ev is None:
        return ""
    if ev.source == "flag":
        return "you set this"
    return f"line {ev.line}: {ev.text}" if ev.text else f"line {ev.line}"


def fields_json(ctx: InterviewContext, email: Email) -> dict[str, Any]:
    """What the email used from the notes, each with where it was read."""
    from drafter.recipient import find, people

    to = find(ctx, email.to_name, typed=True) if email.to_name else None
    offer = ctx.competing_offer

    def iso(value: dt.date | None) -> str:
        return value.isoformat() if value else ""

    def field(value: Any, key: str) -> dict[str, str]:
        return {"value": value or "", "source": _evidence(ctx, key)}

    return {
        "to": field(to.name if to else email.to_name, f"person:{to.name if to else ''}"),
        "company": field(ctx.company, "company"),
        "role": field(ctx.role, "role"),
        "topics": field("\n".join(to.topics) if to else "", "topics"),
        "interview_date": field(iso(ctx.interview_date), "interview_date"),
        "decision_date": field(iso(ctx.decision_date), "decision_date"),
        "offer_from": field(offer.company if offer else "", "offer.company"),
        "offer_by": field(iso(offer.answer_by if offer else None), "offer.answer_by"),
        "sign_as": field(email.from_name or ctx.candidate, "candidate"),
        "people": [p.name for p in people(ctx)],
        "doubts": list(ctx.doubts),
    }


def email_json(email: Email) -> dict[str, Any]:
    return {"text": email.text, "subject": email.subject, "to": email.to_name or "",
            "to_email": email.to_email or "", "from": email.from_name or "",
            "sign_off": email.sign_off}


def config() -> Config:
    return load_config()


def engines() -> list[dict[str, str]]:
    """Offline always; the configured model (DRAFTER_MODEL or the config file) when there is."""
    from drafter.llm import model_from_env  # light: litellm loads on the first call only

    conf = config()
    chosen = model_from_env(None, None, config_model=conf.model,
                            config_api_base=conf.api_base)
    out = [{"id": "offline", "label": "offline composer (on this computer)"}]
    if chosen.model:
        out.append({"id": "model", "label": f"model: {chosen.model}"})
    return out


def _model(engine: str, conf: Config) -> tuple[str | None, str | None]:
    if engine in ("", "offline"):
        return None, None
    if engine != "model":
        raise UsageError(f"unknown engine '{engine}' (offline or model)")
    from drafter.llm import model_from_env

    chosen = model_from_env(None, None, config_model=conf.model, config_api_base=conf.api_base)
    if not chosen.model:
        raise UsageError("no model is configured (set DRAFTER_MODEL or model in the config "
                         "file); the offline composer needs none")
    return chosen.model, chosen.api_base


# -- the views ---------------------------------------------------------------------------------

def prepare_draft(data: dict[str, Any]) -> tuple[InterviewContext, Any, dict[str, Any]]:
    """Notes, stage and corrections read into (context, options, what the page is told)."""
    from drafter.drafting import Options
    from drafter.notes import parse_notes

    notes = text(data, "notes", "the notes field")
    assert notes is not None
    today = today_of(data)
    base = parse_notes(notes, today=today)
    stage, how = stage_of(data, base, today)
    load_rubric(stage)
    ctx, to = apply(base, corrections(data.get("fields")), stage)
    conf = config()
    model, api_base = _model(str(data.get("engine") or "offline"), conf)
    opts = Options(stage=stage, interviewer=to, model=model, api_base=api_base, today=today,
                   config=conf)
    return ctx, opts, {"stage": stage, "stage_how": how, "today": today.isoformat()}


def draft_answer(ctx: InterviewContext, result: Any, told: dict[str, Any]) -> dict[str, Any]:
    ctx = result.context or ctx
    return {**told, "engine": result.engine, "model": result.model, "note": result.note,
            "passed": result.passed, "email": email_json(result.email),
            "report": report_json(result.report, result.email.text),
            "fields": fields_json(ctx, result.email)}


def draft(data: dict[str, Any]) -> dict[str, Any]:
    """The offline draft (or, with engine=model, see app.py's streaming route)."""
    from drafter.drafting import make_draft

    ctx, opts, told = prepare_draft(data)
    return draft_answer(ctx, make_draft(ctx, opts), told)


async def adraft(data: dict[str, Any], progress: Progress) -> dict[str, Any]:
    from anyio import to_thread

    from drafter.drafting import amake_draft

    ctx, opts, told = await to_thread.run_sync(prepare_draft, data)
    opts = replace(opts, progress=progress)
    return draft_answer(ctx, await amake_draft(ctx, opts), told)


def review(data: dict[str, Any]) -> dict[str, Any]:
    email = text(data, "text", "the email field")
    assert email is not None
    today = today_of(data)
    notes = text(data, "notes", "the notes field", required=False)
    ctx = None
    if notes is not None:
        from drafter.notes import parse_notes

        ctx = parse_notes(notes, today=today)
    stage, how = stage_of(data, None, today, email)
    to = short(data, "to", "to")
    if ctx is not None and data.get("fields"):
        ctx, fixed_to = apply(ctx, corrections(data.get("fields")), stage)
        to = to or fixed_to
    report = check(email, load_rubric(stage), ctx, interviewer=to, today=today,
                   stage_inferred=how != "chosen")
    return {"stage": stage, "stage_how": how, "report": report_json(report, email)}


def plan(data: dict[str, Any]) -> tuple[dict[str, Any], Any]:
    from drafter.notes import parse_notes
    from drafter.plan import build_plan, plan_json

    notes = text(data, "notes", "the notes field")
    today = today_of(data)
    built = build_plan(parse_notes(notes or "", today=today), today)
    return plan_json(built), built


def plan_ics(data: dict[str, Any]) -> bytes:
    from drafter.ics import plan_ics as to_ics

    return to_ics(plan(data)[1])


# -- files the person downloads ----------------------------------------------------------------

def email_from_text(whole: str, to: str | None, to_email: str | None,
                    sender: str | None) -> Email:
    """The page's (possibly edited) email text back into an Email: the Subject line, the
    body, and the last paragraph as sign-off and signature."""
    lines = whole.replace("\r\n", "\n").split("\n")
    subject = ""
    if lines and lines[0].lower().startswith("subject:"):
        subject = lines.pop(0).split(":", 1)[1].strip()
    rest = "\n".join(lines).strip()
    body, _, last = rest.rpartition("\n\n")
    if not body:
        body, last = rest, ""
    sign_off, _, signature = last.partition("\n")
    return Email(subject=subject, body=body, sign_off=sign_off, signature=signature,
                 to_name=to, to_email=to_email, from_name=sender)


def eml_bytes(email: Email, stage: str = "thank-you") -> bytes:
    from drafter.outcome import DraftResult
    from drafter.render import draft_eml

    result = DraftResult(email, Report(stage=stage), "offline")
    return draft_eml(result).encode("utf-8")


def eml(data: dict[str, Any]) -> tuple[bytes, str]:
    whole = text(data, "text", "the email field")
    assert whole is not None
    to = short(data, "to", "to")
    email = email_from_text(whole, to, short(data, "to_email", "to_email"),
                            short(data, "from", "from"))
    from slugify import slugify

    return eml_bytes(email), (slugify(to or email.subject, max_length=60) or "email") + ".eml"


def similarity_threshold() -> float:
    from drafter.resources import rubrics_dir

    data = tomllib.loads((rubrics_dir() / "batch.toml").read_text(encoding="utf-8"))
    return float(data["rules"]["batch.too-similar"]["threshold"])


def panel(data: dict[str, Any]) -> dict[str, Any]:
    """One draft per interviewer, by the batch command's rules (each about what that person
    discussed, neighbours in different wording, copies flagged), held in memory."""
    from drafter.batch import file_names, similar_pairs, similarity_finding
    from drafter.drafting import Options, make_draft
    from drafter.notes import parse_notes

    notes = text(data, "notes", "the notes field")
    today = today_of(data)
    ctx = parse_notes(notes or "", today=today)
    stage = short(data, "stage", "stage") or "thank-you"
    if stage == "auto":
        stage = "thank-you"
    load_rubric(stage)
    if not ctx.interviewers:
        raise UsageError("the notes name no interviewers; list them, e.g. 'Interviewers:' then "
                         "one '* Name (Title): topics' line each")
    base = Options(stage=stage, today=today, config=config())
    names = file_names(ctx.interviewers, "eml")
    tabs: list[dict[str, Any]] = []
    results = {}
    for i, (person, file) in enumerate(zip(ctx.interviewers, names, strict=True)):
        tab: dict[str, Any] = {"name": person.name, "title": person.title or "", "file": file}
        opts = replace(base, interviewer=person.name, require_topic=False, variant=i,
                       include_notes=False)
        try:
            result = make_draft(ctx, opts)
        except DrafterError as exc:
            tab["error"] = str(exc)
        else:
            results[person.name] = result
            tab.update(email=email_json(result.email), passed=result.passed)
            if not person.topics:
                tab["note"] = "the notes list no topics for this interviewer; add one"
        tabs.append(tab)
    threshold = similarity_threshold()
    pairs = similar_pairs({n: r.email for n, r in results.items()}, threshold)
    for a, b, score in pairs:
        results[b].report.findings.append(similarity_finding(a, score, threshold))
    for tab in tabs:
        result = results.get(tab["name"])
        if result is not None:
            tab["report"] = report_json(result.report, result.email.text)
            tab["passed"] = result.report.passed
    return {"stage": stage, "today": today.isoformat(), "tabs": tabs,
            "pairs": [{"a": a, "b": b, "score": s} for a, b, s in pairs],
            "threshold": threshold}


def panel_zip(data: dict[str, Any]) -> bytes:
    """The panel's drafts, as the page holds them (edits included), as .eml files in a zip."""
    drafts = data.get("drafts")
    if not isinstance(drafts, list) or not drafts:
        raise UsageError("there are no drafts to download; write the panel's drafts first")
    if len(drafts) > 50:
        raise UsageError("a panel of more than 50 interviewers is not a panel")
    buffer = io.BytesIO()
    used: set[str] = set()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for i, item in enumerate(drafts, 1):
            if not isinstance(item, dict):
                raise UsageError("each draft must be an object")
            data_eml, name = eml(item)
            stem = name.removesuffix(".eml")
            while name in used:
                name = f"{stem}-{i}.eml"
            used.add(name)
            archive.writestr(name, data_eml)
    return buffer.getvalue()
