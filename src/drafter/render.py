"""Turn reports (and later drafts) into text or JSON for people and programs."""

from __future__ import annotations

from typing import Any

from drafter.report import Report
from drafter.rubric.engine import Rubric


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary_line(report: Report) -> str:
    counts = report.counts()
    stage = f"{report.stage}{' (inferred; use --stage to choose)' if report.stage_inferred else ''}"
    limit = f"/{report.word_limit}" if report.word_limit else ""
    verdict = "passed" if report.passed else "FAILED"
    return (f"{verdict}: {_plural(counts['error'], 'error')}, "
            f"{_plural(counts['warning'], 'warning')}, {counts['info']} info · "
            f"score {report.score}/100 · stage {stage} · body {report.word_count}{limit} words · "
            f"proofreader: {report.proofreader}")


def report_text(report: Report, name: str) -> str:
    lines = []
    for f in report.findings:
        match = " ".join(f.match.split())
        if len(match) > 60:
            match = match[:57] + "..."
        line = f"{name}:{f.line}:{f.column} {f.severity} {f.category} {f.rule} {f.message}"
        if match and match.casefold() not in f.message.casefold():
            line += f' ["{match}"]'
        if f.suggestion:
            line += f" -> {f.suggestion}"
        lines.append(line)
    lines.append(summary_line(report))
    return "\n".join(lines)


def report_json(report: Report, name: str) -> dict[str, Any]:
    return {"file": name, **report.to_json()}


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
