"""Phrase and pattern rules: the data-only family (tone, ultimatums, placeholders, slang...)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

from drafter import fastre
from drafter.errors import UsageError
from drafter.report import Finding
from drafter.rubric.checks import literal
from drafter.rubric.checks.scope import Condition, Scope, skipped, span
from drafter.rubric.registry import Draft, Rule, Settings, register
from drafter.rubric.settings import validates

_APOSTROPHE = "['’‘`]"


_WORD_START = r"(?<![\w'’])"


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
    start = _WORD_START if phrase.strip()[:1].isalnum() else ""
    end = r"(?![\w])" if phrase.strip()[-1:].isalnum() else ""
    return f"{start}{body}{end}"


#: Patterns can come from a person's own --rubric file, so they run under the `regex` module's
#: time limit: a catastrophic one such as (a|aa)+$ stops with one line instead of hanging.
#: The shipped rules' patterns (tested to scan megabytes in linear time) and literal phrases
#: run on the stdlib engine, which compiles 2-3x faster: the cold `drafter review` feels it.
PATTERN_TIMEOUT_S = 3.0

if TYPE_CHECKING:  # `regex` (~7 ms to import) only for a pattern the stdlib engine cannot read
    import regex

    Pattern = re.Pattern[str] | regex.Pattern[str] | fastre.FoldedPattern


@cache
def _shipped_patterns() -> frozenset[str]:
    """Every regular expression the rubric files shipped with drafter hold."""
    found: set[str] = set()
    from drafter.rubric.data import shipped

    for data in shipped().values():
        for rule in data.get("rules", {}).values():
            for where in (rule, rule.get("extend", {})):
                found.update(p for key in ("patterns", "exceptions")
                             for p in where.get(key, []) if isinstance(p, str))
            if isinstance(rule.get("pattern"), str):
                found.add(rule["pattern"])
            cues = rule.get("cues", {})  # the cue groups of a `clauses` rule
            if isinstance(cues, dict):
                found.update(c for group in cues.values() if isinstance(group, list)
                             for c in group if isinstance(c, str))
    return frozenset(found)


def _trusted(patterns: list[str]) -> bool:
    return _shipped_patterns().issuperset(patterns)  # called per check: a set operation


@cache
def _compile(source: str, case_sensitive: bool, trusted: bool = False) -> Pattern:
    if trusted:
        try:
            # compiled code kept between runs: re's pure-Python compiler was most of a cold
            # review; case folded ahead of time, a case-insensitive pattern scans 1.5-3x faster
            if case_sensitive:
                return fastre.compile(source)
            return fastre.compile_case_insensitive(source)
        except re.error:
            pass  # a construct only `regex` knows: use it
    import regex

    try:
        return regex.compile(source, regex.V0 if case_sensitive else regex.V0 | regex.IGNORECASE)
    except regex.error as exc:  # _valid let it through (re accepted it): still one line
        raise UsageError(f"invalid regular expression in a rubric rule: {exc}") from None


def _finditer(pattern: Pattern, text: str, rule: Rule, pos: int = 0,
              endpos: int | None = None) -> list[re.Match[str]] | list[regex.Match[str]]:
    end = len(text) if endpos is None else endpos
    if isinstance(pattern, fastre.FoldedPattern):  # same offsets, in the lower-cased text
        compiled, subject = pattern.for_text(text)
        return list(compiled.finditer(subject, pos, end))
    if isinstance(pattern, re.Pattern):
        return list(pattern.finditer(text, pos, end))
    try:
        return list(pattern.finditer(text, pos, end, timeout=PATTERN_TIMEOUT_S))
    except TimeoutError:
        raise UsageError(
            f"rule {rule.id}: a pattern ran over {PATTERN_TIMEOUT_S:g} s on this text "
            "(nested repetition such as (a+)+ backtracks without end); simplify it") from None


def _valid(pattern: str) -> str:
    # a pattern the rubric files ship is proved by the test suite: compiling it here as well
    # as for use would double the cold `drafter review`'s regex work (~500 patterns)
    if pattern in _shipped_patterns():
        return pattern
    # the stdlib parser first: 2-3x faster than regex's, which the cold `drafter review` feels;
    # regex (V0) accepts what re accepts, so only a pattern re rejects needs the second look
    try:
        re.compile(pattern)
        return pattern
    except re.error:
        pass
    import regex

    try:
        regex.compile(pattern)
    except regex.error as exc:
        raise ValueError(f"invalid regular expression {pattern!r}: {exc}") from None
    return pattern


class PhraseSettings(Settings):
    phrases: list[str] = []
    patterns: list[str] = []  # regular expressions (Python syntax)
    exceptions: list[str] = []  # regexes: a match inside one of these is left alone
    replacements: dict[str, str] = {}  # matched text (lower case) -> suggested wording
    case_sensitive: bool = False
    scope: Scope = "all"
    skip_when: list[Condition] = []

    @validates("patterns", "exceptions")
    def _valid_regex(cls, value: list[str]) -> list[str]:
        for pattern in value:
            _valid(pattern)
        return value


def _combined(settings: PhraseSettings) -> Pattern | None:
    return _combine(tuple(settings.phrases), tuple(settings.patterns), settings.case_sensitive)


@cache
def _combine(phrase_list: tuple[str, ...], patterns: tuple[str, ...],
             case_sensitive: bool) -> Pattern | None:
    """One pattern for the rule, built once per process rather than once per draft checked.
    The word-start guard shared by most phrases is tested once per position, not once per
    phrase: that makes a long text 3-7x faster to scan. A phrase that starts with a letter and
    one that starts with punctuation never match at the same index, so moving the guarded ones
    first keeps every match as it was; patterns stay last."""
    phrases = [phrase_regex(p) for p in phrase_list]
    guarded = [p.removeprefix(_WORD_START) for p in phrases if p.startswith(_WORD_START)]
    sources = [p for p in phrases if not p.startswith(_WORD_START)] + list(patterns)
    if guarded:
        sources.insert(0, _WORD_START + "(?:" + "|".join(guarded) + ")")
    if not sources:
        return None
    return _compile("|".join(f"(?:{s})" for s in sources), case_sensitive,
                    _trusted(list(patterns)))


@cache
def _literal_plan(phrase_list: tuple[str, ...], patterns: tuple[str, ...],
                  case_sensitive: bool) -> tuple[Any, ...] | None:
    """How the rule's alternation runs without a regex for its phrases (drafter.rubric.checks.
    literal): each phrase's normal form and guards, the automaton's keys, and the real patterns
    as one alternation; None where only the regex is exact."""
    if not phrase_list or case_sensitive or not _trusted(list(patterns)):
        return None
    spec = []
    for phrase in phrase_list:
        key = literal.normal_phrase(phrase)
        if key is None:
            return None
        stripped = phrase.strip()
        spec.append((key, stripped[:1].isalnum(), stripped[-1:].isalnum()))
    keys = {key for key, _, _ in spec}
    shipped = literal.shipped_phrases()
    rest = None
    if patterns:
        rest = _compile("|".join(f"(?:{p})" for p in patterns), False, True)
        if not isinstance(rest, fastre.FoldedPattern | re.Pattern):
            return None
    return literal.plan_phrases(spec), shipped if keys <= shipped else frozenset(keys), rest


def _spans(text: str, rule: Rule, lo: int, hi: int,
           plan: tuple[Any, ...] | None) -> list[tuple[int, int]]:
    """The rule's alternation's matches in text[lo:hi], empty ones left out (the whole
    alternation is compiled only where the automaton cannot stand in for it)."""
    view = literal.normal_text(text) if plan is not None else None
    if plan is not None and view is not None:
        spec, keys, rest = plan
        search = None
        if rest is not None:
            compiled, subject = (rest.for_text(text) if isinstance(rest, fastre.FoldedPattern)
                                 else (rest, text))

            def search(pos: int) -> re.Match[str] | None:
                return compiled.search(subject, pos, hi)

        found = literal.walk(literal.phrase_starts(view, spec, keys, lo, hi), search, lo, hi)
        if found is not None:
            return found
    pattern = _combined(rule.settings)  # type: ignore[arg-type]
    return [] if pattern is None else [
        (m.start(), m.end()) for m in _finditer(pattern, text, rule, lo, hi)
        if m.end() > m.start()]


def iter_matches(draft: Draft, rule: Rule) -> Iterator[tuple[int, int]]:
    settings: PhraseSettings = rule.settings  # type: ignore[assignment]
    region = span(draft, settings.scope)
    if region is None or not (settings.phrases or settings.patterns) or skipped(
            draft, list(settings.skip_when)):
        return
    text = draft.text
    plan = _literal_plan(tuple(settings.phrases), tuple(settings.patterns),
                         settings.case_sensitive)
    exceptions: list[tuple[int, int]] | None = None  # scanned only once something matched
    for start, end in _spans(text, rule, region[0], region[1], plan):
        if exceptions is None:
            exceptions = [(x.start(), x.end()) for e in settings.exceptions
                          for x in _finditer(_compile(e, settings.case_sensitive, _trusted([e])),
                                             text, rule)]
        if any(s <= start < e or s < end <= e for s, e in exceptions):
            continue
        yield start, end


@register("phrases", PhraseSettings)
def check_phrases(draft: Draft, rule: Rule) -> Iterator[Finding]:
    """Flags any listed phrase or pattern (word-bounded, case-insensitive unless told)."""
    settings: PhraseSettings = rule.settings  # type: ignore[assignment]
    for start, end in iter_matches(draft, rule):
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

    @validates("pattern")
    def _valid_regex(cls, value: str) -> str:
        return _valid(value)


@register("count", CountSettings)
def check_count(draft: Draft, rule: Rule) -> Iterator[Finding]:
    """Flags every occurrence of a pattern past the allowed number (e.g. exclamation marks)."""
    settings: CountSettings = rule.settings  # type: ignore[assignment]
    region = span(draft, settings.scope)
    if region is None:
        return
    pattern = _compile(settings.pattern, settings.case_sensitive, _trusted([settings.pattern]))
    hits = [m for m in _finditer(pattern, draft.text, rule, *region) if m.end() > m.start()]
    if len(hits) > settings.max:
        for m in hits[settings.max:]:
            yield draft.finding(
                rule, m.start(), m.end(),
                message=f"{rule.message} ({len(hits)} found, at most {settings.max})")
