"""Command-line arguments, and nothing else: each command hands off to its module.

Heavy modules (litellm above all) are imported inside the command that needs them, so that
`drafter --help` and `drafter review` start fast.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from drafter import __version__
from drafter.errors import DrafterError, UsageError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # one line, not argparse's usage block: "drafter review: error: ..."
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date like 2026-11-24") from None


def _stage_help() -> str:
    return "thank-you, missed-deadline, second-nudge, competing-offer, rejection-reply"


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
    review.add_argument("--stage", help=f"one of: {_stage_help()} (inferred when omitted)")
    review.add_argument("--notes", metavar="FILE",
                        help="your interview notes: names, topics and dates to check against")
    review.add_argument("--interviewer", metavar="NAME",
                        help="which interviewer from the notes the email is to")
    review.add_argument("--rubric", metavar="FILE", type=Path,
                        help="your own rubric TOML: override settings or switch rules off")
    review.add_argument("--today", type=_date, metavar="DATE",
                        help="the day it would be sent (YYYY-MM-DD; default today)")
    review.add_argument("--languagetool", metavar="URL",
                        help="a LanguageTool server for grammar (or DRAFTER_LANGUAGETOOL)")
    review.add_argument("--json", action="store_true", help="machine-readable output")

    draft = sub.add_parser(
        "draft", help="write a follow-up email from your interview notes",
        description="Write a ready-to-send email from your notes. With no model configured the "
                    "offline composer writes it; with --model (or DRAFTER_MODEL) a model writes "
                    "it and revises until the rubric passes. Either way the rubric checks it.")
    draft.add_argument("notes", nargs="?", metavar="NOTES_FILE|-",
                       help="your notes; omitted or - reads stdin (paste, then Ctrl-D)")
    draft.add_argument("--stage", default="thank-you",
                       help=f"one of: {_stage_help()} (default thank-you)")
    draft.add_argument("--interviewer", metavar="NAME",
                       help="who the email is to (default: the first interviewer in the notes)")
    draft.add_argument("--model", help="a litellm model name, e.g. gpt-4o-mini, "
                       "anthropic/claude-3-5-haiku-latest, ollama_chat/llama3.2 "
                       "(or DRAFTER_MODEL); default: the offline composer")
    draft.add_argument("--api-base", metavar="URL",
                       help="an OpenAI-compatible server, with --model openai/NAME "
                            "(or DRAFTER_API_BASE)")
    draft.add_argument("--fallback", choices=["none", "offline"], default="none",
                       help="if the model fails or its draft fails the rubric, return the "
                            "offline composer's draft instead (labelled)")
    draft.add_argument("--format", choices=["text", "json", "eml"], default="text")
    draft.add_argument("--out", metavar="FILE", type=Path,
                       help="write the email to FILE instead of stdout")
    draft.add_argument("--force", action="store_true", help="overwrite --out if it exists")
    draft.add_argument("--rubric", metavar="FILE", type=Path, help="your own rubric TOML")
    draft.add_argument("--today", type=_date, metavar="DATE",
                       help="the day it would be sent (YYYY-MM-DD; default today)")

    rules = sub.add_parser("rules", help="list every rubric rule",
                           description="List the rubric's rules with category and severity.")
    rules.add_argument("--stage", default="thank-you", help="show the settings for this stage")
    rules.add_argument("--rubric", metavar="FILE", type=Path, help="apply your rubric file")
    rules.add_argument("--json", action="store_true", help="machine-readable output")
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
    if args.json:
        print(json.dumps(report_json(report, name), indent=2, ensure_ascii=False))
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
    import os

    model = args.model or os.environ.get("DRAFTER_MODEL") or config_model
    base = args.api_base or os.environ.get("DRAFTER_API_BASE") or config_base
    return model or None, base or None


def _cmd_draft(args: argparse.Namespace) -> int:
    from drafter.config import load_config
    from drafter.drafting import Options, make_draft
    from drafter.files import write_atomic
    from drafter.notes import parse_notes
    from drafter.render import draft_eml, draft_json, draft_text, report_text
    from drafter.rubric import load_rubric

    load_rubric(args.stage, args.rubric)  # bad stage or rubric: fail before reading stdin
    config = load_config()
    ctx = parse_notes(_read_notes(args.notes), today=args.today)
    model, api_base = _resolve_model(args, config.model, config.api_base)
    opts = Options(stage=args.stage, interviewer=args.interviewer, model=model,
                   api_base=api_base, fallback=args.fallback, rubric=args.rubric,
                   today=args.today, config=config)
    if args.interviewer is None and len(ctx.interviewers) > 1:
        others = ", ".join(p.name for p in ctx.interviewers[1:])
        print(f"drafter: writing to {ctx.interviewers[0].name}; the notes also name {others} "
              "(use --interviewer NAME, or `drafter batch` for one each)", file=sys.stderr)
    result = make_draft(ctx, opts)
    if result.note:
        print(f"drafter: {result.note}", file=sys.stderr)
    if args.format == "json":
        out = json.dumps(draft_json(result), indent=2, ensure_ascii=False) + "\n"
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
        print(f"drafter: the draft does not pass the rubric:\n"
              f"{report_text(result.report, '<draft>')}", file=sys.stderr)
        return 1
    return 0


def _cmd_rules(args: argparse.Namespace) -> int:
    from drafter.render import rules_text
    from drafter.rubric import load_rubric

    rubric = load_rubric(args.stage, args.rubric)
    if args.json:
        print(json.dumps({"schema": 1, "stage": args.stage, "rules": [
            {"id": r.id, "category": r.category, "severity": r.severity, "check": r.check,
             "enabled": r.enabled, "message": r.message} for r in rubric.rules]}, indent=2))
    else:
        print(rules_text(rubric))
    return 0


COMMANDS = {"review": _cmd_review, "rules": _cmd_rules, "draft": _cmd_draft}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return COMMANDS[args.command](args)
    except DrafterError as exc:
        print(f"drafter: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("drafter: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


__all__ = ["UsageError", "main"]
