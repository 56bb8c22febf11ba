"""Which part of the email a rule looks at, and context conditions that switch a rule off."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from drafter.rubric.registry import Draft

Scope = Literal["all", "body", "greeting", "subject", "signature", "not-signature"]
Condition = Literal["offer_declared", "offer_stage_without_notes", "rejected", "has_notes",
                    "no_notes"]


def span(draft: Draft, scope: Scope) -> tuple[int, int] | None:
    msg = draft.message
    if scope == "all":
        return 0, len(draft.text)
    if scope == "body":
        return msg.body.start, msg.body.end
    if scope == "not-signature":
        if msg.postscript is not None:
            return 0, msg.postscript.end  # a P.S. is the writer's words; the name above is short
        return 0, msg.signature.start if msg.signature else len(draft.text)
    part = {"greeting": msg.greeting, "subject": msg.subject, "signature": msg.signature}[scope]
    return (part.start, part.end) if part else None


def _offer_declared(draft: Draft) -> bool:
    # With notes, only an offer the notes declare counts. Without notes, a person reviewing a
    # competing-offer note (chosen with --stage, not guessed) is telling us the offer is real.
    if draft.has_notes:
        return draft.context is not None and draft.context.competing_offer is not None
    return draft.stage == "competing-offer" and not draft.stage_inferred


def _offer_stage_without_notes(draft: Draft) -> bool:
    # Weaker than a declaration: a competing-offer note, even one whose stage was inferred, is
    # about an offer; with no notes to check it against, calling that offer invented would flag
    # every honest such note reviewed without --stage. Demands still need a real declaration.
    return not draft.has_notes and draft.stage == "competing-offer"


CONDITIONS: dict[str, Callable[[Draft], bool]] = {
    "offer_declared": _offer_declared,
    "offer_stage_without_notes": _offer_stage_without_notes,
    "rejected": lambda d: d.stage == "rejection-reply" or bool(d.context and d.context.rejected),
    "has_notes": lambda d: d.has_notes,
    "no_notes": lambda d: not d.has_notes,
}


def skipped(draft: Draft, conditions: list[str]) -> bool:
    return any(CONDITIONS[c](draft) for c in conditions)
