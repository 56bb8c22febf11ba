"""Turn reports (and later drafts) into text or JSON for people and programs."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from drafter.report import Report
from drafter.rubric.engine import Rubric

if TYPE_CHECKING:
    from drafter.drafting import DraftResult


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary_line(report: Report) -> str:
    counts = report.counts()
    stage = f"{report.stage}{' (inferred; use --stage to choose)' if report.stage_inferred else ''}"
    limit = f"/{report.word_limit}" if report.word_limit else ""
    rules = _plural(report.rules_checked, "rule")
    # a pass means these rules found nothing, not that the email is fit to send: say so
    if not report.findings:
        verdict = f"no problems found by {rules}"
    else:
        verdict = ("passed" if report.passed else "FAILED") + (
            f": {_plural(counts['error'], 'error')}, {_plural(counts['warning'], 'warning')}, "
            f"{counts['info']} info from {rules}")
    return (f"{verdict} · score {report.score}/100 · stage {stage} · "
            f"body {report.word_count}{limit} words · proofreader: {report.proofreader}")


_COLOURS = {"error": "31", "warning": "33", "info": "36", "FAILED": "31", "passed": "32",
            "no problems found": "32"}


def _paint(text: str, key: str, color: bool) -> str:
    return f"\033[{_COLOURS[key]}m{text}\033[0m" if color and key in _COLOURS else text


def report_text(report: Report, name: str, counted: Report | None = None,
                color: bool = False) -> str:
    """One line per finding in `report`, then the summary of `counted` (every finding, when
    --min-severity hid some from the lines)."""
    counted = counted or report
    lines = []
    for f in report.findings:
        match = " ".join(f.match.split())
        if len(match) > 60:
            match = match[:57] + "..."
        line = (f"{name}:{f.line}:{f.column} {_paint(f.severity, f.severity, color)} "
                f"{f.category} {f.rule} {f.message}")
        if match and match.casefold() not in f.message.casefold():
            line += f' ["{match}"]'
        if f.suggestion:
            line += f" -> {f.suggestion}"
        lines.append(line)
    summary = summary_line(counted)
    verdict = next((v for v in ("FAILED", "passed", "no problems found")
                    if summary.startswith(v)), None)
    if verdict:
        summary = _paint(verdict, verdict, color) + summary[len(verdict):]
    hidden = len(counted.findings) - len(report.findings)
    if hidden:
        summary += f" · {hidden} below --min-severity not shown"
    lines.append(summary)
    return "\n".join(lines)


def report_json(report: Report, name: str, counted: Report | None = None) -> dict[str, Any]:
    """`counted`'s verdict, score and counts (every finding); `report`'s findings (those shown)."""
    data = {"file": name, **(counted or report).to_json()}
    data["findings"] = [f.model_dump() for f in report.findings]
    return data


def rules_text(rubric: Rubric) -> str:
    rows = [(r.id, r.category, r.severity if r.enabled else "off", r.message)
            for r in rubric.rules]
    w0 = max(len(r[0]) for r in rows)
    w1 = max(len(r[1]) for r in rows)
    lines = [f"{'rule':<{w0}}  {'category':<{w1}}  {'severity':<8}  message"]
    lines += [f"{a:<{w0}}  {b:<{w1}}  {c:<8}  {d}" for a, b, c, d in rows]
    limit = rubric.word_limit
    lines.append(f"stage {rubric.stage.slug}: body limit {limit} words" if limit else "")
    return "\n".join(lines).rstrip()


# -- drafts ------------------------------------------------------------------------------------

def draft_text(result: DraftResult) -> str:
    return result.email.text


def draft_json(result: DraftResult) -> dict[str, Any]:
    email = result.email
    return {
        "schema": 1,
        "stage": result.report.stage,
        "engine": result.engine,
        "model": result.model,
        "note": result.note,
        "passed": result.passed,
        "email": {
            "subject": email.subject, "body": email.body, "sign_off": email.sign_off,
            "signature": email.signature, "to": email.to_name, "to_email": email.to_email,
            "text": email.text,
        },
        "report": result.report.to_json(),
        "trace": result.trace,
    }


def draft_eml(result: DraftResult, now: dt.datetime | None = None) -> str:
    """An RFC 5322 message a mail client opens as a draft (CRLF line ends, UTF-8 body)."""
    email = result.email
    # the email package (~10 ms to import) only here: `drafter review` never writes a message
    from email import policy
    from email.message import EmailMessage
    from email.utils import format_datetime, formataddr

    msg = EmailMessage(policy=policy.SMTP)
    msg["Subject"] = email.subject
    if email.to_email:  # a To without an address is not a valid header; leave it for the person
        msg["To"] = formataddr((email.to_name or "", email.to_email))
    if email.from_email:
        msg["From"] = formataddr((email.from_name or "", email.from_email))
    msg["Date"] = format_datetime(now or dt.datetime.now(dt.UTC))
    msg["X-Unsent"] = "1"  # Outlook and Apple Mail open it as a draft to edit and send
    body = email.body.strip() + "\n\n" + email.sign_off + "\n" + email.signature + "\n"
    msg.set_content(body, charset="utf-8")
    return msg.as_string()


# -- what was read -----------------------------------------------------------------------------

def _where(ctx: Any, key: str) -> str:
    ev = ctx.evidence.get(key)
    if ev is None:
        return ""
    return "  (your flag)" if ev.source == "flag" else f"  (line {ev.line})"


def readback_text(ctx: Any, result: DraftResult) -> str:
    """What the email used from the notes, each with where it was read, for stderr: the person
    checks it before sending and corrects any of it with the flag named."""
    from drafter.recipient import find

    rows: list[tuple[str, str, str]] = []
    to = find(ctx, result.email.to_name, typed=True) if result.email.to_name else None
    if to is not None:
        title = f", {to.title}" if to.title else ""
        rows.append(("to", f"{to.name}{title}" + _where(ctx, f"person:{to.name}"), "--to"))
    for label, key, flag in (("company", "company", "--company"), ("role", "role", "--role")):
        value = getattr(ctx, key)
        rows.append((label, (value + _where(ctx, key)) if value else "(not in the notes)", flag))
    if to is not None and to.topics:
        topics = "; ".join(to.topics)
        if len(topics) > 100:  # cut at a word, visibly
            topics = topics[:100].rsplit(" ", 1)[0].rstrip(" ;,") + " …"
        rows.append(("topics", topics + _where(ctx, "topics"), "--topic"))
    for label, key in (("interview", "interview_date"), ("decision", "decision_date")):
        if (day := getattr(ctx, key)) is not None:
            rows.append((label, f"{day:%a %b} {day.day}, {day.year}" + _where(ctx, key),
                         "--decision-date" if key == "decision_date" else ""))
    offer = ctx.competing_offer
    if offer is not None and (offer.company or offer.answer_by):
        by = f", answer by {offer.answer_by:%a %b} {offer.answer_by.day}" \
            if offer.answer_by else ""
        rows.append(("offer", f"{offer.company or '?'}{by}", "--offer-from/--offer-by"))
    if result.email.from_name:
        rows.append(("signed as", result.email.from_name + _where(ctx, "candidate"),
                     "--sign-as"))
    width = max(len(r[0]) for r in rows)
    lines = ["", "Read from your notes (check before sending; correct with the flag shown):"]
    lines += [f"  {a:<{width}}  {b}" + (f"   [{c}]" if c else "") for a, b, c in rows]
    lines += [f"  set aside: {d}" for d in ctx.doubts]
    lines += _model_read(result.trace.get("read") or {})
    return "\n".join(lines)


def _model_read(read: dict[str, Any]) -> list[str]:
    """One line on what the model's read of the notes changed, when a model drafted."""
    decisions = read.get("decisions")
    if decisions is None:
        return [f"  model's read: {read['status']}"] if read.get("status") not in (
            None, "skipped") else []
    added = [d["field"] for d in decisions if d["chosen"] == "model"]
    kept = [d["field"] for d in decisions if d["chosen"] == "deterministic" and d["model"]]
    said = [f"used for {', '.join(added)}" if added else "added nothing",
            *([f"set aside for {', '.join(kept)}"] if kept else [])]
    return [f"  model's read: {'; '.join(said)} (details: --format json, trace.read)"]
