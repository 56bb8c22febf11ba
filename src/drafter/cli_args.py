"""The command line's arguments: the parser, its value types and its one-line errors.

Only light modules are imported here, so that `drafter --help` starts fast.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any, NoReturn

from drafter import __version__
from drafter.corrections import add_flags as add_fact_flags


def one_line(message: str) -> str:
    """An error message as one visible line: a newline, carriage return or control character
    from the input it quotes (a file name, --stage '\\r') is shown escaped, not obeyed."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in message)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # one line, not argparse's usage block: "drafter review: error: ..."
        self.exit(2, f"{self.prog}: error: {one_line(message)} (see {self.prog} --help)\n")


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


def _port(value: str) -> int:
    if not value.isdigit() or int(value) > 65535:
        raise argparse.ArgumentTypeError(f"'{value}' is not a port number (1-65535; 0: any free)")
    return int(value)


def _text_or_json(command: argparse.ArgumentParser, schema: bool = False) -> None:
    """The output flags every reporting command shares: --format text|json, --json its alias."""
    command.add_argument("--format", choices=["text", "json"], default="text",
                         help="text (default) or json" + (" (schema 1)" if schema else ""))
    command.add_argument("--json", action="store_const", const="json", dest="format",
                         help="the same as --format json")


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
    review.add_argument("--min-severity", choices=["info", "warning", "error"], default="info",
                        help="show only findings at or above this severity (the exit code "
                             "and score still count every finding)")
    review.add_argument("--color", choices=["auto", "always", "never"], default="auto",
                        help="colour severities: auto (on a terminal, unless NO_COLOR is set)")
    review.add_argument("-m", "--model",
                        help="also ask this litellm model for a second opinion on tone: its "
                             "findings are warnings that quote the email, never errors")
    review.add_argument("--api-base", metavar="URL", type=_url,
                        help="an OpenAI-compatible server, with --model openai/NAME")
    review.add_argument("--timeout", type=_positive(float, 0.1), default=60.0,
                        metavar="SECONDS", help="for the second-opinion call (default 60)")
    _text_or_json(review, schema=True)

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
    _text_or_json(plan, schema=True)
    plan.add_argument("--ics", metavar="FILE", type=Path,
                      help="also write the plan as calendar reminders (.ics) to FILE")
    plan.add_argument("--force", action="store_true", help="overwrite --ics FILE if it exists")

    rules = sub.add_parser("rules", help="list every rubric rule",
                           description="List the rubric's rules with category and severity.")
    rules.add_argument("--stage", default="thank-you", help="show the settings for this stage")
    rules.add_argument("--rubric", metavar="FILE", type=Path, help="apply your rubric file")
    _text_or_json(rules, schema=True)

    evaluate = sub.add_parser(
        "eval", help="score engines on a file of cases with answer keys",
        description="Run every case (notes, a stage, an answer key; one JSON object per line, "
                    "as in examples/eval/cases.jsonl) through each engine and print one table, "
                    "a row per engine: emails written, sendable, asked where the key says to, "
                    "refused, wrong facts, failing the rubric, the model's schema-valid reads "
                    "of the notes, model calls and tokens per sendable email, cost where "
                    "litellm knows the price, and wall time.")
    evaluate.add_argument("cases", metavar="CASES", type=Path, help="the cases (JSON lines)")
    evaluate.add_argument("-m", "--model", dest="engines", action="append", metavar="ENGINE",
                          help="'offline' or a litellm model name; repeat to compare "
                               "(default: offline)")
    evaluate.add_argument("--api-base", metavar="URL", type=_url,
                          help="an OpenAI-compatible server, for openai/NAME models")
    evaluate.add_argument("--timeout", type=_positive(float, 0.1), default=60.0,
                          metavar="SECONDS", help="per model call (default 60)")
    evaluate.add_argument("--concurrency", type=_positive(int, 1), default=4, metavar="N",
                          help="cases drafted at once by a model (default 4)")
    evaluate.add_argument("--show", action="store_true", help="also list every case's outcome")
    _text_or_json(evaluate)

    serve = sub.add_parser(
        "serve", help="a page in your browser that does all of this (on this computer only)",
        description="Start a local web page for drafting, reviewing, panels and plans. It "
                    "listens on 127.0.0.1 only, so nothing else on the network can reach it, "
                    "and nothing leaves this computer unless you choose a configured model.")
    serve.add_argument("--port", type=_port, default=8000, help="default 8000 (0: any free)")
    serve.add_argument("--open", action="store_true", help="open the page in your browser")

    config = sub.add_parser(
        "config", help="show where your settings are read from",
        description="Show the config file drafter reads (DRAFTER_CONFIG, else "
                    "$XDG_CONFIG_HOME/drafter/config.toml, else ~/.config/drafter/config.toml), "
                    "what it holds, and the environment variables drafter reads "
                    "(DRAFTER_MODEL, DRAFTER_API_BASE, DRAFTER_CONFIG, XDG_CONFIG_HOME, "
                    "DRAFTER_LANGUAGETOOL, NO_COLOR, DRAFTER_CACHE_DIR, XDG_CACHE_HOME), and "
                    "the cache folder. API keys are never shown.")
    _text_or_json(config)
    return parser
