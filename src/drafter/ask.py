"""One question at a terminal when the notes lack a fact the email needs.

Asked only when both stdin and stderr are terminals: a piped or scripted run never waits for
input and gets the one-line error naming the flag instead.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from drafter.errors import MissingFact

if TYPE_CHECKING:
    from drafter.context import InterviewContext
    from drafter.corrections import Corrections
    from drafter.drafting import DraftResult, Options


def can_ask() -> bool:
    return sys.stdin.isatty() and sys.stderr.isatty()


def ask(exc: MissingFact, read: Callable[[str], str] = input) -> str | None:
    """The person's answer to `exc`'s question: a numbered choice or typed text; None when they
    give none (an empty line, Ctrl-D)."""
    print(f"drafter: {exc}", file=sys.stderr)
    question = exc.question or f"Value for {exc.flag}?"
    for i, choice in enumerate(exc.choices, 1):
        print(f"  {i}) {choice}", file=sys.stderr)
    hint = (f"1-{len(exc.choices)}, or type " if exc.choices else "type ") + "it (Enter to stop)"
    try:
        print(f"{question} [{hint}]: ", end="", file=sys.stderr, flush=True)
        answer = read("").strip()
    except EOFError:
        return None
    if answer.isdigit() and exc.choices and 1 <= int(answer) <= len(exc.choices):
        return exc.choices[int(answer) - 1]
    return answer or None


def draft_asking(notes: InterviewContext, fix: Corrections, stage: str,
                 options: Callable[[str | None], Options]) -> tuple[InterviewContext,
                                                                    DraftResult]:
    """Draft with the person's corrections; at a terminal, a missing fact is asked for (once
    each) instead of ending the run. Piped, the one-line MissingFact error stands."""
    from drafter.corrections import apply
    from drafter.drafting import make_draft

    asked: set[str] = set()
    while True:
        ctx, to = apply(notes, fix, stage)
        try:
            return ctx, make_draft(ctx, options(to))
        except MissingFact as exc:
            if not exc.fact or exc.fact in asked or not can_ask():
                raise
            asked.add(exc.fact)
            answer = ask(exc)
            if answer is None:
                raise
            fix.answer(exc.fact, answer)
