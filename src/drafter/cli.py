"""Command-line arguments, and nothing else: each command hands off to its module.

Heavy modules (litellm above all) are imported inside the command that needs them, so that
`drafter --help` and `drafter review` start fast.
"""

from __future__ import annotations

import argparse
import codecs
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from drafter import __version__
from drafter.corrections import add_flags as add_fact_flags
from drafter.errors import DrafterError, UsageError


def _one_line(message: str) -> str:
    """An error message as one visible line: a newline, carriage return or control character
    from the input it quotes (a file name, --stage '\\r') is shown escaped, not obeyed."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in message)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # one line, not argparse's usage block: "drafter review: error: ..."
        self.exit(2, f"{self.prog}: error: {_one_line(message)} (see {self.prog} --help)\n")


def _positive(kind: type, least: float = 1) -> Any:
    """An argparse type for a number at least `least` ("--timeout -1" is bad input: exit 2)."""
    def parse(value: str) -> Any:
        try:
            number = kind(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{value}' is not a number") from None
        if number < least:
            raise argparse.ArgumentTypeError(f"'{value}' must be at least {least}")
        return number
    return parse


def _url(value: str) -> str:
    if not value.startswith(("http://", "https://")):
        raise argparse.ArgumentTypeError(f"'{value}' is not a URL like http://127.0.0.1:8765/v1")
    return value


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date like 2026-11-24") from None


def _stage_help() -> str:
    return ("thank-you, missed-deadline, second-nudge, competing-offer, rejection-reply, "
            "close-the-loop")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="drafter",
        description="Write and review the emails that follow a job interview. Every draft is "
                    "checked by a deterministic rubric before it is called done.",
        epilog="Exit codes: 0 clean, 1 a draft has error-severity findings, 2 bad usage or "
               "unreadable input.",
    )
    parser.add_argument("--version", action="version", version=f"drafter {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    review = sub.add_parser(
        "review", help="check a hand-written email against the rubric",
        description="Check an email you wrote against the rubric for its stage. Prints "
                    "FILE:LINE:COL severity category rule message, then a summary and a "
                    "0-100 score.")
    review.add_argument("file", metavar="FILE|-", help="the email to check; - reads stdin")
    review.add_argument("-s", "--stage", help=f"one of: {_stage_help()} (inferred when omitted)")
    review.add_argument("--notes", metavar="FILE",
                        help="your interview notes: names, topics and dates to check against")
    review.add_argument("--to", "--interviewer", dest="interviewer", metavar="NAME",
                        help="who in the notes the email is to (full, first or last name)")
    review.add_argument("--rubric", metavar="FILE", type=Path,
                        help="your own rubric TOML: override settings or switch rules off")
    review.add_argument("--today", type=_date, metavar="DATE",
                        help="the day it would be sent (YYYY-MM-DD; default today)")
    review.add_argument("--languagetool", metavar="URL",
                        help="a LanguageTool server for grammar (or DRAFTER_LANGUAGETOOL)")
    review.add_argument("--format", choices=["text", "json"], default="text",
                        help="text (default) or json (schema 1)")
    review.add_argument("--json", action="store_const", const="json", dest="format",
                        help="the same as --format json")

    draft = sub.add_parser(
        "draft", help="write a follow-up email from your interview notes",
        description="Write a ready-to-send email from your notes. With no model configured the "
                    "offline composer writes it; with --model (or DRAFTER_MODEL) a model writes "
                    "it and revises until the rubric passes. Either way the rubric checks it.")
    draft.add_argument("notes", nargs="?", metavar="NOTES_FILE|-",
                       help="your notes; omitted or - reads stdin (paste, then Ctrl-D)")
    draft.add_argument("-s", "--stage", default="thank-you",
                       help=f"one of: {_stage_help()} (default thank-you)")
    draft.add_argument("-m", "--model", help="a litellm model name, e.g. gpt-4o-mini, "
                       "anthropic/claude-3-5-haiku-latest, ollama_chat/llama3.2 "
                       "(or DRAFTER_MODEL); default: the offline composer")
    draft.add_argument("--api-base", metavar="URL", type=_url,
                       help="an OpenAI-compatible server, with --model openai/NAME "
                            "(or DRAFTER_API_BASE)")
    draft.add_argument("--fallback", choices=["none", "offline"], default="none",
                       help="if the model fails or its draft fails the rubric, return the "
                            "offline composer's draft instead (labelled)")
    draft.add_argument("--timeout", type=_positive(float, 0.1), default=60.0, metavar="SECONDS",
                       help="per model call (default 60; a small local model may need more)")
    draft.add_argument("--revisions", type=_positive(int, 0), default=2, metavar="N",
                       help="at most N revise rounds after the first draft (default 2)")
    draft.add_argument("--format", choices=["text", "json", "eml"], default="text")
    draft.add_argument("-o", "--out", metavar="FILE", type=Path,
                       help="write the email to FILE instead of stdout")
    draft.add_argument("--force", action="store_true", help="overwrite --out if it exists")
    draft.add_argument("--rubric", metavar="FILE", type=Path, help="your own rubric TOML")
    draft.add_argument("--today", type=_date, metavar="DATE",
                       help="the day it would be sent (YYYY-MM-DD; default today)")
    add_fact_flags(draft)

    batch = sub.add_parser(
        "batch", help="one personalised thank-you per interviewer, written to a folder",
        description="Write one draft per interviewer in the notes, each about what that person "
                    "discussed, into a folder, with summary.json. Finished drafts are written "
                    "as they are ready; a failure for one interviewer stops no one else.")
    batch.add_argument("notes", metavar="NOTES",
                       help="your notes, or a .toml/.json file listing interviewers; - for stdin")
    batch.add_argument("-s", "--stage", default="thank-you", help="default thank-you")
    batch.add_argument("-o", "--out", metavar="DIR", type=Path, default=Path("drafts"),
                       help="folder for the drafts (default ./drafts)")
    batch.add_argument("--format", choices=["text", "eml", "json"], default="text")
    batch.add_argument("-m", "--model",
                       help="a litellm model name (or DRAFTER_MODEL); default: the offline "
                            "composer")
    batch.add_argument("--api-base", metavar="URL", type=_url,
                       help="an OpenAI-compatible server")
    batch.add_argument("--concurrency", type=_positive(int, 1), default=4, metavar="N",
                       help="model calls at once (default 4)")
    batch.add_argument("--fallback", choices=["none", "offline"], default="none")
    batch.add_argument("--timeout", type=_positive(float, 0.1), default=60.0, metavar="SECONDS",
                       help="per model call (default 60)")
    batch.add_argument("--revisions", type=_positive(int, 0), default=2, metavar="N",
                       help="at most N revise rounds per draft (default 2)")
    batch.add_argument("--resume", action="store_true",
                       help="keep drafts that already exist and pass; write only the rest")
    batch.add_argument("--force", action="store_true", help="overwrite existing drafts")
    batch.add_argument("--rubric", metavar="FILE", type=Path, help="your own rubric TOML")
    batch.add_argument("--today", type=_date, metavar="DATE", help="YYYY-MM-DD; default today")

    plan = sub.add_parser(
        "plan", help="what to send next, to whom, on which day, and why",
        description="Read the dates in your notes (interview, the decision date they gave, what "
                    "you already sent, a competing offer's answer date, a rejection) and say "
                    "what to send next and when, what not to send yet, and how each date was "
                    "read. The rules are in rubrics/timing.toml.")
    plan.add_argument("notes", metavar="NOTES", help="your interview notes; - reads stdin")
    plan.add_argument("--today", type=_date, metavar="DATE",
                      help="plan as of this day (YYYY-MM-DD; default today)")
    plan.add_argument("--format", choices=["text", "json"], default="text",
                        help="text (default) or json (schema 1)")
    plan.add_argument("--json", action="store_const", const="json", dest="format",
                        help="the same as --format json")
    plan.add_argument("--ics", metavar="FILE", type=Path,
                      help="also write the plan as calendar reminders (.ics) to FILE")
    plan.add_argument("--force", action="store_true", help="overwrite --ics FILE if it exists")

    rules = sub.add_parser("rules", help="list every rubric rule",
                           description="List the rubric's rules with category and severity.")
    rules.add_argument("--stage", default="thank-you", help="show the settings for this stage")
    rules.add_argument("--rubric", metavar="FILE", type=Path, help="apply your rubric file")
    rules.add_argument("--format", choices=["text", "json"], default="text",
                        help="text (default) or json (schema 1)")
    rules.add_argument("--json", action="store_const", const="json", dest="format",
                        help="the same as --format json")
    return parser


def _cmd_review(args: argparse.Namespace) -> int:
    from drafter.inputs import read_text
    from drafter.render import report_json, report_text
    from drafter.rubric import check, infer_stage, load_rubric

    text = read_text(args.file)
    context = None
    if args.notes:
        from drafter.notes import parse_notes

        context = parse_notes(read_text(args.notes), today=args.today)
    stage = args.stage or infer_stage(text)
    rubric = load_rubric(stage, args.rubric)
    report = check(text, rubric, context, interviewer=args.interviewer, today=args.today,
                   languagetool=args.languagetool, stage_inferred=args.stage is None)
    name = "<stdin>" if args.file == "-" else args.file
    if args.format == "json":
        print(_json_out(report_json(report, name), indent=2))
    else:
        print(report_text(report, name))
    return 0 if report.passed else 1


def _read_notes(name: str | None) -> str:
    from drafter.inputs import read_text

    if name is None and sys.stdin.isatty():
        print("Paste your interview notes, then press Ctrl-D (Ctrl-Z Enter on Windows):",
              file=sys.stderr)
    return read_text(name or "-")


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
    from drafter.inputs import read_text
    from drafter.notes import parse_notes
    from drafter.plan import build_plan, plan_json, plan_text

    today = args.today or dt.date.today()
    plan = build_plan(parse_notes(read_text(args.notes), today=today), today)
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


COMMANDS = {"review": _cmd_review, "rules": _cmd_rules, "draft": _cmd_draft,
            "batch": _cmd_batch, "plan": _cmd_plan}


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
        print(f"drafter: error: {_one_line(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("drafter: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


__all__ = ["UsageError", "main"]
