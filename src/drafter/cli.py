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


COMMANDS = {"review": _cmd_review, "rules": _cmd_rules}


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
