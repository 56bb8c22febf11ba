"""Emoji (from the Unicode data the `emoji` package keeps) and text emoticons."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

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
    # every emoji is outside ASCII: a plain-ASCII draft needs neither the scan nor the import
    # of the emoji data (~10 ms of a cold `drafter review`)
    if not draft.text.isascii():
        import emoji as emoji_data

        for hit in emoji_data.emoji_list(draft.text):
            if hit["emoji"] in allowed and "\ufe0f" not in hit["emoji"]:
                continue
            yield draft.finding(rule, hit["match_start"], hit["match_end"],
                                suggestion="delete it; let the words carry the warmth")
    if settings.emoticons:
        for m in _emoticon_regex(tuple(settings.emoticons)).finditer(draft.text):
            yield draft.finding(rule, m.start(), m.end(), suggestion="delete the emoticon")


@cache
def _emoticon_regex(emoticons: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(e) for e in sorted(emoticons, key=len, reverse=True))
    # an emoticon stands apart from words and numbers: after a space, a line start or
    # punctuation ("Thanks!:)"), before a space, punctuation or the end ("(see you :))");
    # "10:30)", "3:2" and "x:D" stay plain text
    return re.compile(rf"(?<![^\s.,!?;(\[\"'“‘])(?:{alternatives})(?=$|[\s.,!?;)\]\"'”’])",
                      re.M)
