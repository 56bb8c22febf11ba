"""Length: words in the body only (the subject and signature are not the reader's burden)."""

from __future__ import annotations

from collections.abc import Iterator

from drafter.message import words
from drafter.report import Finding
from drafter.rubric.registry import Draft, Rule, Settings, register


class LengthSettings(Settings):
    limit: int | None = None
    min: int = 0


@register("length", LengthSettings)
def check_length(draft: Draft, rule: Rule) -> Iterator[Finding]:
    """Flags a body over the stage's word limit (or under its minimum)."""
    settings: LengthSettings = rule.settings  # type: ignore[assignment]
    body = draft.message.body
    found = words(draft.message.body_text)
    n = len(found)
    if settings.limit is not None and n > settings.limit:
        first_over = found[settings.limit]
        start = body.start + first_over.start()
        yield draft.finding(
            rule, start, body.end,
            message=f"{rule.message}: the body has {n} words; the {draft.stage} limit is "
                    f"{settings.limit} ({n - settings.limit} over)",
            suggestion=f"cut about {n - settings.limit} words; keep one specific and one "
                       "strength, drop the rest")
    elif n < settings.min:
        yield draft.finding(
            # info at most: a brief note is often the right one (issue 12); the reader decides
            rule, body.start, body.end, severity="info",
            message=f"the body has only {n} words; a {draft.stage} note needs at least "
                    f"{settings.min} to say something specific")
