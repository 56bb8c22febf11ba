"""Phrase and pattern rules: the data-only family (tone, ultimatums, placeholders, slang...)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from pydantic import field_validator

from drafter.report import Finding
from drafter.rubric.checks.scope import Condition, Scope, skipped, span
from drafter.rubric.registry import Draft, Rule, Settings, register

_APOSTROPHE = "['’‘`]"


def phrase_regex(phrase: str) -> str:
    """A literal phrase as a regex: any run of spaces, either apostrophe, whole words only."""
    parts = []
    for ch in phrase.strip():
        if ch.isspace():
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
        elif ch in "'’":
            parts.append(_APOSTROPHE)
        else:
            parts.append(re.escape(ch))
    body = "".join(parts)
    start = r"(?<![\w'’])" if phrase.strip()[:1].isalnum() else ""
    end = r"(?![\w])" if phrase.strip()[-1:].isalnum() else ""
    return f"{start}{body}{end}"


@cache
def _compile(source: str, case_sensitive: bool) -> re.Pattern[str]:
    return re.compile(source, 0 if case_sensitive else re.IGNORECASE)


class PhraseSettings(Settings):
    phrases: list[str] = []
    patterns: list[str] = []  # regular expressions (Python syntax)
    exceptions: list[str] = []  # regexes: a match inside one of these is left alone
    replacements: dict[str, str] = {}  # matched text (lower case) -> suggested wording
    case_sensitive: bool = False
    scope: Scope = "all"
    skip_when: list[Condition] = []

    @field_validator("patterns", "exceptions")
    @classmethod
    def _valid_regex(cls, value: list[str]) -> list[str]:
        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"invalid regular expression {pattern!r}: {exc}") from None
        return value


def _combined(settings: PhraseSettings) -> re.Pattern[str] | None:
    sources = [phrase_regex(p) for p in settings.phrases] + list(settings.patterns)
    if not sources:
        return None
    return _compile("|".join(f"(?:{s})" for s in sources), settings.case_sensitive)


def iter_matches(draft: Draft, settings: PhraseSettings) -> Iterator[tuple[int, int]]:
    region = span(draft, settings.scope)
    regex = _combined(settings)
    if region is None or regex is None or skipped(draft, list(settings.skip_when)):
        return
    text = draft.text
    exceptions = [(m.start(), m.end()) for e in settings.exceptions
                  for m in _compile(e, settings.case_sensitive).finditer(text)]
    for m in regex.finditer(text, region[0], region[1]):
        if m.end() == m.start():
            continue
        if any(s <= m.start() < e or s < m.end() <= e for s, e in exceptions):
            continue
        yield m.start(), m.end()


@register("phrases", PhraseSettings)
def check_phrases(draft: Draft, rule: Rule) -> Iterator[Finding]:
    """Flags any listed phrase or pattern (word-bounded, case-insensitive unless told)."""
    settings: PhraseSettings = rule.settings  # type: ignore[assignment]
    for start, end in iter_matches(draft, settings):
        matched = draft.text[start:end]
        key = re.sub(r"\s+", " ", matched.casefold().replace("’", "'"))
        replacement = settings.replacements.get(key)
        suggestion = f'use "{replacement}"' if replacement else None
        yield draft.finding(rule, start, end, suggestion=suggestion)


class CountSettings(Settings):
    pattern: str
    max: int = 0
    scope: Scope = "body"
    case_sensitive: bool = False


@register("count", CountSettings)
def check_count(draft: Draft, rule: Rule) -> Iterator[Finding]:
    """Flags every occurrence of a pattern past the allowed number (e.g. exclamation marks)."""
    settings: CountSettings = rule.settings  # type: ignore[assignment]
    region = span(draft, settings.scope)
    if region is None:
        return
    regex = _compile(settings.pattern, settings.case_sensitive)
    hits = [m for m in regex.finditer(draft.text, *region) if m.end() > m.start()]
    if len(hits) > settings.max:
        for m in hits[settings.max:]:
            yield draft.finding(
                rule, m.start(), m.end(),
                message=f"{rule.message} ({len(hits)} found, at most {settings.max})")
