"""Co-occurrence rules: groups of cues that must meet inside one sentence, in any order.

A phrase list matches wordings; a threat, a plea or a complaint is a structure. "If I don't hear
back by Monday, I'll move on" and "I'll have to move forward with other opportunities if I don't
hear back by Monday" share no phrase, but both hold a condition on the reader's reply and a
consequence. A rule here names its cue groups (regexes) and which groups must all occur in one
sentence ("!group" in a set: that group must not occur); anti-cues (exceptions) leave a sentence
alone. A cue may write "{=lemma}" for every form of a word (lemminflect's table, see
wordclass). Like Vale's `conditional` and `sequence` checks, but the order of the cues is free.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from drafter import fastre
from drafter.report import Finding
from drafter.rubric.checks.phrases import _compile, _finditer, _trusted, _valid
from drafter.rubric.checks.scope import Condition, Scope, skipped, span
from drafter.rubric.registry import Draft, Rule, Settings, register
from drafter.rubric.settings import validates, validates_all
from drafter.wordclass import forms

if TYPE_CHECKING:
    from drafter.rubric.checks.phrases import Pattern

# a sentence ends at . ! ? (before a space or the end) or at a blank line; a single newline is
# a wrapped line, not a boundary. "Ms. Lee" splits early, which only shortens a greeting.
_SENTENCE_END = re.compile(r"[.!?]+(?=[\s\"'”’)]|$)|\n[ \t]*\n")
# every apostrophe as ' (same length, so offsets stay true): cues are written with '
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


class ClauseSettings(Settings):
    cues: dict[str, list[str]]  # group name -> regexes, matched as whole words
    require: list[list[str]]  # alternatives: every group named in one must occur ("!g": g must not)
    within: int | None = None  # the required cues must fit in this many characters
    exceptions: list[str] = []  # anti-cues: a sentence holding one is left alone
    case_sensitive: bool = False
    scope: Scope = "not-signature"
    skip_when: list[Condition] = []

    @validates("cues")
    def _valid_cues(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for group, cues in value.items():
            if not cues:
                raise ValueError(f"cue group '{group}' is empty")
            for cue in cues:
                _valid(cue)
        return value

    @validates("exceptions")
    def _valid_exceptions(cls, value: list[str]) -> list[str]:
        for pattern in value:
            _valid(pattern)
        return value

    @validates_all
    def _known_groups(self) -> ClauseSettings:
        if not self.require or not all(self.require):
            raise ValueError("require must list at least one non-empty set of cue groups")
        for groups in self.require:
            unknown = [g for g in groups if g.removeprefix("!") not in self.cues]
            if unknown:
                raise ValueError(f"require names cue group '{unknown[0]}', which is not in cues")
            if all(g.startswith("!") for g in groups):
                raise ValueError("each set in require must name a group that occurs, not only "
                                 "groups that must not")
        return self


# "{=withdraw}" in a cue stands for every form of the lemma in the word-class table
# (withdraw, withdraws, withdrawing, withdrew, withdrawn): a cue names a word, not its spellings
_LEMMA = re.compile(r"\{=([A-Za-z][A-Za-z'-]*)\}")


def _lemmas(cue: str) -> str:
    return _LEMMA.sub(lambda m: "(?:" + "|".join(
        re.escape(f) for f in sorted(forms(m[1]), key=len, reverse=True)) + ")", cue)


@cache
def _group_source(cues: tuple[str, ...]) -> str:
    return r"(?<![\w'])(?:" + "|".join(f"(?:{_lemmas(c)})" for c in cues) + r")(?![\w])"


def sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence in text[start:end]."""
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if m.end() > pos:
            yield pos, m.end()
        pos = m.end()
    if pos < end:
        yield pos, end


def _fit(spans: list[list[tuple[int, int]]], within: int | None) -> tuple[int, int] | None:
    """The tightest choice of one match per group, the matches not overlapping each other."""
    best: tuple[int, int] | None = None
    for combo in itertools.islice(itertools.product(*spans), 2000):
        ordered = sorted(combo)
        if any(a[1] > b[0] for a, b in itertools.pairwise(ordered)):
            continue  # one stretch of text cannot be two cues
        lo, hi = ordered[0][0], max(e for _, e in ordered)
        if within is not None and hi - lo > within:
            continue
        if best is None or hi - lo < best[1] - best[0]:
            best = (lo, hi)
    return best


@lru_cache(maxsize=4)
def _apostrophes_as_one(text: str) -> str:
    return text.translate(_APOSTROPHES)  # once per draft, not once per rule


@lru_cache(maxsize=16)
def _sentences(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    return tuple(sentences(text, start, end))


@cache
def _group_patterns(groups: tuple[tuple[str, tuple[str, ...]], ...],
                    case_sensitive: bool) -> dict[str, Pattern]:
    return {name: _compile(_group_source(cues), case_sensitive, _trusted(list(cues)))
            for name, cues in groups}


@cache
def _anti_patterns(exceptions: tuple[str, ...], case_sensitive: bool) -> list[Pattern]:
    return [_compile(e, case_sensitive, _trusted([e])) for e in exceptions]


def _runner(pattern: Pattern, text: str, rule: Rule) -> Callable[[int, int], Iterable[Any]]:
    """(start, end) -> the pattern's matches in text[start:end], with the case folding and
    the engine chosen once per draft instead of once per sentence."""
    if isinstance(pattern, fastre.FoldedPattern):
        compiled, subject = pattern.for_text(text)
        return lambda start, end: compiled.finditer(subject, start, end)
    if isinstance(pattern, re.Pattern):
        return lambda start, end: pattern.finditer(text, start, end)
    return lambda start, end: _finditer(pattern, text, rule, start, end)


@register("clauses", ClauseSettings)
def check_clauses(draft: Draft, rule: Rule) -> Iterator[Finding]:
    """Flags a sentence in which every cue group of one `require` set occurs, in any order."""
    settings: ClauseSettings = rule.settings  # type: ignore[assignment]
    region = span(draft, settings.scope)
    if region is None or skipped(draft, list(settings.skip_when)):
        return
    text = _apostrophes_as_one(draft.text)
    cs = settings.case_sensitive
    groups = {name: _runner(p, text, rule) for name, p in _group_patterns(
        tuple((name, tuple(cues)) for name, cues in settings.cues.items()), cs).items()}
    anti = [_runner(p, text, rule) for p in _anti_patterns(tuple(settings.exceptions), cs)]
    for start, end in _sentences(text, *region):
        # groups are scanned only when a set asks for them, and the anti-cues only for a
        # sentence that would be flagged: most sentences fail at their first group (the
        # findings are the same; per-draft time is what this saves)
        found: dict[str, list[tuple[int, int]]] = {}

        def cue_spans(name: str, start: int = start, end: int = end,
                      found: dict[str, list[tuple[int, int]]] = found) -> list[tuple[int, int]]:
            if name not in found:
                found[name] = [(m.start(), m.end()) for m in groups[name](start, end)
                               if m.end() > m.start()]
            return found[name]

        for required in settings.require:
            wanted = [g for g in required if not g.startswith("!")]
            if not all(cue_spans(g) for g in wanted):
                continue
            if any(cue_spans(g[1:]) for g in required if g.startswith("!")):
                continue  # a group this set rules out occurs in the sentence
            hit = _fit([cue_spans(g) for g in wanted], settings.within)
            if hit:
                if not any(any(True for _ in a(start, end)) for a in anti):
                    yield draft.finding(rule, *hit)
                break
