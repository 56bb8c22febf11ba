"""Which part of the email a rule looks at, and context conditions that switch a rule off."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from drafter.rubric.registry import Draft

Scope = Literal["all", "body", "greeting", "subject", "signature", "not-signature"]
Condition = Literal["offer_declared", "rejected", "has_notes", "no_notes"]


def span(draft: Draft, scope: Scope) -> tuple[int, int] | None:
    msg = draft.message
    if scope == "all":
        return 0, len(draft.text)
    if scope == "body":
        return msg.body.start, msg.body.end
    if scope == "not-signature":
        return 0, msg.signature.start if msg.signature else len(draft.text)
    part = {"greeting": msg.greeting, "subject": msg.subject, "signature": msg.signature}[scope]
    return (part.start, part.end) if part else None


def _offer_declared(draft: Draft) -> bool:
    # With notes, only an offer the notes declare counts. Without notes, a person reviewing a
    # competing-offer note (chosen with --stage, not guessed) is telling us the offer is real.
    if draft.has_notes:
        return draft.context is not None and draft.context.competing_offer is not None
    return draft.stage == "competing-offer" and not draft.stage_inferred


CONDITIONS: dict[str, Callable[[Draft], bool]] = {
    "offer_declared": _offer_declared,
    "rejected": lambda d: d.stage == "rejection-reply" or bool(d.context and d.context.rejected),
    "has_notes": lambda d: d.has_notes,
    "no_notes": lambda d: not d.has_notes,
}


def skipped(draft: Draft, conditions: list[str]) -> bool:
    return any(CONDITIONS[c](draft) for c in conditions)
