"""The commands: each maps its arguments to the module that does the work.

Heavy modules (litellm above all) are imported inside the command that needs them, so that
`drafter --help` and `drafter review` start fast.
"""

from __future__ import annotations

import argparse
import codecs
import datetime as dt
import json
import os
import sys
from collections.abc import Sequence
from typing import Any

from drafter.cli_args import build_parser, one_line
from drafter.errors import DrafterError, UsageError


def _cmd_review(args: argparse.Namespace) -> int:
    from drafter.inputs import read_text
    from drafter.render import report_json, report_text
    from drafter.report import SEVERITY_ORDER
    from drafter.rubric import check, infer_stage, load_rubric

    text = _read_pasted(args.file, "the email")
    context = None
    if args.notes:
        from drafter.notes import parse_notes

        context = parse_notes(read_text(args.notes), today=args.today)
    stage = args.stage or infer_stage(text)
    rubric = load_rubric(stage, args.rubric)
    report = check(text, rubric, context, interviewer=args.interviewer, today=args.today,
                   languagetool=args.languagetool, stage_inferred=args.stage is None)
    if args.model:  # only an explicit --model: review never reaches for a configured one
        report.findings.extend(_second_opinion(text, stage, args))
    name = "<stdin>" if args.file == "-" else args.file
    shown = report.model_copy(update={"findings": [
        f for f in report.findings if SEVERITY_ORDER[f.severity] <= SEVERITY_ORDER[
            args.min_severity]]})
    if args.format == "json":
        print(_json_out(report_json(shown, name, counted=report), indent=2))
    else:
        print(report_text(shown, name, counted=report, color=_color(args.color)))
    return 0 if report.passed else 1


def _color(choice: str) -> bool:
    if choice != "auto":
        return choice == "always"
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _cmd_eval(args: argparse.Namespace) -> int:
    from drafter.evaluate import Engine, load_cases, run, table

    cases = load_cases(args.cases)
    engines = [Engine(e, args.api_base if e != "offline" else None, args.timeout)
               for e in (args.engines or ["offline"])]

    def progress(engine: str, done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{engine}: {done}/{total}", end="" if done < total else "\n",
                  file=sys.stderr, flush=True)

    summaries = run(cases, engines, args.concurrency, progress)
    if args.format == "json":
        print(_json_out({"schema": 1, "cases": len(cases),
                         "engines": [s.as_json() for s in summaries],
                         "rows": [r for s in summaries for r in s.rows]}, indent=2))
        return 0
    if args.show:
        for s in summaries:
            for r in s.rows:
                print(f"{s.engine:12} {r['id']:6} {r['stage']:16} {r['outcome']:9} "
                      f"{r.get('why', '')}")
        print()
    print(table(summaries))
    return 0


def _cmd_config(args: argparse.Namespace) -> int:
    from drafter.config import config_path, load_config

    path = config_path()
    values = load_config(path).model_dump(exclude_none=True)
    names = ("DRAFTER_MODEL", "DRAFTER_API_BASE", "DRAFTER_CONFIG", "XDG_CONFIG_HOME",
             "DRAFTER_LANGUAGETOOL", "NO_COLOR", "DRAFTER_CACHE_DIR", "XDG_CACHE_HOME")
    env = {n: os.environ[n] for n in names if os.environ.get(n)}
    from drafter.usercache import cache_dir

    cache = cache_dir()  # where slow-to-build data is kept between runs (safe to delete)
    if args.format == "json":
        print(_json_out({"schema": 1, "path": str(path), "exists": path.is_file(),
                         "values": values, "environment": env,
                         "cache": str(cache) if cache else None}, indent=2))
        return 0
    print(f"config file: {path}" + ("" if path.is_file() else " (not there yet)"))
    for key, value in values.items():
        print(f"  {key} = {value}")
    if not path.is_file():
        print('  create it with, e.g.:  name = "Jordan Rivera"')
    print("environment: " + (", ".join(f"{k}={v}" for k, v in env.items()) or
                             "none of " + ", ".join(names) + " is set"))
    print(f"cache: {cache} (safe to delete)" if cache else "cache: off (DRAFTER_CACHE_DIR='')")
    print("API keys (OPENAI_API_KEY, ANTHROPIC_API_KEY, ...) are read by litellm and never shown")
    return 0


def _second_opinion(text: str, stage: str, args: argparse.Namespace) -> list[Any]:
    from drafter.errors import ModelError
    from drafter.second_opinion import second_opinion

    try:
        return second_opinion(text, stage, model=args.model, api_base=args.api_base,
                              timeout=args.timeout)
    except ModelError as exc:  # the rubric's findings stand on their own
        print(f"drafter: no second opinion: {exc}", file=sys.stderr)
        return []


def _read_pasted(name: str, what: str) -> str:
    """A file, or stdin for "-": at a terminal, say how to end the paste first."""
    from drafter.inputs import read_text

    if name == "-" and sys.stdin is not None and sys.stdin.isatty():
        print(f"Paste {what}, then press Ctrl-D (Ctrl-Z Enter on Windows):", file=sys.stderr)
    return read_text(name)


def _read_notes(name: str | None) -> str:
    return _read_pasted(name or "-", "your interview notes")


def _resolve_model(args: argparse.Namespace, config_model: str | None,
                   config_base: str | None) -> tuple[str | None, str | None]:
    from drafter.llm import model_from_env  # light: litellm itself is imported on first call

    chosen = model_from_env(args.model, args.api_base, config_model=config_model,
                            config_api_base=config_base)
    return chosen.model, chosen.api_base


def _cmd_draft(args: argparse.Namespace) -> int:
    from drafter.config import load_config
    from drafter.notes import parse_notes
    from drafter.rubric import load_rubric

    load_rubric(args.stage, args.rubric)  # bad stage or rubric: fail before reading stdin
    config = load_config()
    notes = parse_notes(_read_notes(args.notes), today=args.today)
    model, api_base = _resolve_model(args, config.model, config.api_base)
    from drafter.ask import draft_asking
    from drafter.corrections import Corrections
    from drafter.drafting import Options

    def options(to: str | None) -> Options:
        return Options(stage=args.stage, interviewer=to, model=model, api_base=api_base,
                       fallback=args.fallback, rubric=args.rubric, today=args.today,
                       config=config, timeout=args.timeout, max_revisions=args.revisions)

    ctx, result = draft_asking(notes, Corrections.from_args(args), args.stage, options)
    return _show_draft(args, ctx, result)


def _show_draft(args: argparse.Namespace, ctx: Any, result: Any) -> int:
    from drafter.files import write_atomic
    from drafter.render import draft_eml, draft_json, draft_text, readback_text, report_text

    ctx = result.context or ctx  # the facts the email was written from (a model's read too)
    if args.to is None and len(ctx.interviewers) > 1 and result.email.to_name:
        # after the draft is made: an error (exit 2) stays the only line on stderr
        others = ", ".join(p.name for p in ctx.interviewers if p.name != result.email.to_name)
        print(f"drafter: writing to {result.email.to_name}; the notes also name {others} "
              "(use --to NAME, or `drafter batch` for one each)", file=sys.stderr)
    if result.note:
        print(f"drafter: {result.note}", file=sys.stderr)
    if args.format == "json":
        # what the notes parser read, so a person can check it before sending
        data = {**draft_json(result),
                "context": ctx.model_dump(mode="json", exclude={"source", "dates"})}
        out = (json.dumps(data, indent=2, ensure_ascii=False) if args.out
               else _json_out(data, indent=2)) + "\n"
    elif args.format == "eml":
        out = draft_eml(result)
    else:
        out = draft_text(result)
    if args.out:
        write_atomic(args.out, out, force=args.force, newline="" if args.format == "eml" else None)
        print(f"drafter: wrote {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(out)
    if not result.passed:
        source = f"{result.model}'s best draft" if result.engine == "llm" else "the draft"
        print(f"drafter: {source} does not pass the rubric (score {result.report.score}):\n"
              f"{report_text(result.report, '<draft>')}", file=sys.stderr)
        return 1
    if result.report.findings and args.format != "json":
        # passing drafts can still carry warnings worth a look (e.g. a timing note)
        print(report_text(result.report, "<draft>"), file=sys.stderr)
    if args.format == "text" and not args.out:
        print(readback_text(ctx, result), file=sys.stderr)
    return 0


def _cmd_batch(args: argparse.Namespace) -> int:
    from drafter.batch import Batch, Entry, context_from_structured
    from drafter.config import load_config
    from drafter.drafting import Options
    from drafter.inputs import read_text
    from drafter.rubric import load_rubric

    load_rubric(args.stage, args.rubric)
    config = load_config()
    text = read_text(args.notes)
    if args.notes.endswith((".toml", ".json")):
        ctx = context_from_structured(text, args.notes)
    else:
        from drafter.notes import parse_notes

        ctx = parse_notes(text, today=args.today)
    model, api_base = _resolve_model(args, config.model, config.api_base)
    opts = Options(stage=args.stage, model=model, api_base=api_base, fallback=args.fallback,
                   rubric=args.rubric, today=args.today, config=config, timeout=args.timeout,
                   max_revisions=args.revisions)

    bar = None
    if sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(total=len(ctx.interviewers), unit="draft", file=sys.stderr)

    def progress(entry: Entry) -> None:
        verdict = ("passed" if entry.passed else "FAILED") if entry.status != "failed" \
            else f"could not be made: {entry.error}"
        line = f"{entry.interviewer}: {entry.status} {args.out / entry.file} ({verdict})"
        if bar is not None:
            bar.write(line)
            bar.update(1)
        else:
            print(line, file=sys.stderr, flush=True)

    runner = Batch(ctx, opts, args.out, args.format, args.concurrency, args.resume,
                   args.force, progress)
    try:
        result = runner.run()
    finally:
        if bar is not None:
            bar.close()
    for a, b, score in result.pairs:
        print(f"drafter: the drafts to {a} and {b} are {score:.0%} alike; rework {b}'s",
              file=sys.stderr)
    done = sum(e.passed for e in result.entries)
    failed = [e.interviewer for e in result.entries if not e.passed]
    print(f"{done}/{len(result.entries)} drafts pass · summary: {result.summary_path}"
          + (f" · needs work: {', '.join(failed)}" if failed else ""))
    return result.exit_code


def _cmd_rules(args: argparse.Namespace) -> int:
    from drafter.render import rules_text
    from drafter.rubric import load_rubric

    rubric = load_rubric(args.stage, args.rubric)
    if args.format == "json":
        print(json.dumps({"schema": 1, "stage": args.stage, "rules": [
            {"id": r.id, "category": r.category, "severity": r.severity, "check": r.check,
             "enabled": r.enabled, "message": r.message} for r in rubric.rules]}, indent=2))
    else:
        print(rules_text(rubric))
    return 0


def _cmd_plan(args: argparse.Namespace) -> int:
    from drafter.notes import parse_notes
    from drafter.plan import build_plan, plan_json, plan_text

    today = args.today or dt.date.today()
    plan = build_plan(parse_notes(_read_pasted(args.notes, "your interview notes"), today=today),
                      today)
    if args.ics:
        from drafter.ics import plan_ics, write_ics

        write_ics(args.ics, plan_ics(plan), force=args.force)
    if args.format == "json":
        print(_json_out(plan_json(plan), indent=2))
    else:
        print(plan_text(plan))
    if args.ics:
        print(f"calendar reminders written to {args.ics}", file=sys.stderr)
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    from drafter.web.server import serve  # lazy: the web stack only for this command

    return serve(args.port, open_browser=args.open)


COMMANDS = {"review": _cmd_review, "rules": _cmd_rules, "draft": _cmd_draft,
            "batch": _cmd_batch, "plan": _cmd_plan, "config": _cmd_config, "eval": _cmd_eval,
            "serve": _cmd_serve}


def _tolerant_streams() -> None:
    """A console or redirect that cannot encode every character (PYTHONIOENCODING=ascii, a
    Windows code page) shows \\U0001f389 for an emoji instead of failing with a traceback."""
    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None)
        if encoding and codecs.lookup(encoding).name != "utf-8" \
                and callable(getattr(stream, "reconfigure", None)):
            stream.reconfigure(errors="backslashreplace")


def _json_out(data: object, **kw: Any) -> str:
    """JSON for stdout: escaped to ASCII when stdout cannot encode everything, so that it stays
    valid JSON (backslashreplace would write \\U0001f389, which JSON does not have)."""
    encoding = getattr(sys.stdout, "encoding", None)
    ascii_only = bool(encoding) and codecs.lookup(encoding).name != "utf-8"
    return json.dumps(data, ensure_ascii=ascii_only, **kw)


def main(argv: Sequence[str] | None = None) -> int:
    _tolerant_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return COMMANDS[args.command](args)
    except DrafterError as exc:
        print(f"drafter: error: {one_line(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("drafter: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


__all__ = ["UsageError", "main"]
