"""Emoji (from the Unicode data the `emoji` package keeps) and text emoticons."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from drafter import fastre
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
    # a draft with no letter any emoji is made of needs neither the scan nor the import of the
    # emoji data (~15 ms of a cold `drafter review`)
    if _may_hold_emoji(draft.text):
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
    return fastre.compile(rf"(?<![^\s.,!?;(\[\"'“‘])(?:{alternatives})(?=$|[\s.,!?;)\]\"'”’])",
                      re.M)


def _may_hold_emoji(text: str) -> bool:
    if text.isascii():  # every emoji has a letter outside ASCII (a keycap its U+20E3)
        return False
    letters = _emoji_letters()
    return letters is None or not letters.isdisjoint(text)


@cache
def _emoji_letters() -> frozenset[str] | None:
    """Every non-ASCII letter of the emoji data's sequences, kept in the user cache (keyed by
    the data file) so that finding none in a draft costs no import; None: scan every text."""
    import importlib.util

    from drafter import usercache

    spec = importlib.util.find_spec("emoji")
    if spec is None or spec.origin is None:
        return None
    folder = Path(spec.origin).parent / "unicode_codes"
    try:  # the table is code in some releases of `emoji`, JSON in others
        key = " ".join(f"{p} {p.stat().st_size} {p.stat().st_mtime_ns}"
                       for p in sorted(folder.glob("*")) if p.suffix in (".py", ".json"))
    except OSError:
        return None
    cached = usercache.load("emoji-letters", key)
    if isinstance(cached, str):
        return frozenset(cached)
    from emoji import EMOJI_DATA

    letters = frozenset(ch for seq in EMOJI_DATA for ch in seq if not ch.isascii())
    usercache.store("emoji-letters", key, "".join(sorted(letters)))
    return letters
