"""Emoji (from the Unicode data the `emoji` package keeps) and text emoticons."""

from __future__ import annotations

import re
from collections.abc import Iterator

import emoji as emoji_data

from drafter.report import Finding
from drafter.rubric.registry import Draft, Rule, Settings, register


class EmojiSettings(Settings):
    emoticons: list[str] = []
    # symbols the Unicode emoji data includes but text uses plainly ("Acme™", "© 2025", "A ↔ B");
    # flagged only in emoji presentation (followed by U+FE0F)
    allow: list[str] = []


@register("emoji", EmojiSettings)
def check_emoji(draft: Draft, rule: Rule) -> Iterator[Finding]:
    """Flags emoji and emoticons such as :) that stand on their own (not inside 10:30)."""
    settings: EmojiSettings = rule.settings  # type: ignore[assignment]
    allowed = set(settings.allow)
    for hit in emoji_data.emoji_list(draft.text):
        if hit["emoji"] in allowed and "\ufe0f" not in hit["emoji"]:
            continue
        yield draft.finding(rule, hit["match_start"], hit["match_end"],
                            suggestion="delete it; let the words carry the warmth")
    if settings.emoticons:
        alternatives = "|".join(re.escape(e) for e in sorted(settings.emoticons, key=len,
                                                               reverse=True))
        # an emoticon stands apart from words and numbers: after a space, a line start or
        # punctuation ("Thanks!:)"), before a space, punctuation or the end ("(see you :))");
        # "10:30)", "3:2" and "x:D" stay plain text
        regex = re.compile(rf"(?<![^\s.,!?;(\[\"'“‘])(?:{alternatives})(?=$|[\s.,!?;)\]\"'”’])",
                           re.M)
        for m in regex.finditer(draft.text):
            yield draft.finding(rule, m.start(), m.end(), suggestion="delete the emoticon")
