"""Spelling and grammar checks; the proofreading itself lives in drafter.proofread."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from drafter import fastre, proofread
from drafter.report import Finding
from drafter.rubric.checks.phrases import phrase_regex
from drafter.rubric.checks.scope import Scope, span
from drafter.rubric.registry import Draft, Rule, Settings, register


class MisspellingSettings(Settings):
    words: dict[str, str] = {}  # common misspelling -> correct spelling
    scope: Scope = "all"


@register("misspellings", MisspellingSettings)
def check_misspellings(draft: Draft, rule: Rule) -> Iterator[Finding]:
    """Flags well-known misspellings from a list ("recieve", "definately")."""
    settings: MisspellingSettings = rule.settings  # type: ignore[assignment]
    region = span(draft, settings.scope)
    if region is None or not settings.words:
        return
    lookup = {k.casefold(): v for k, v in settings.words.items()}
    flagged = draft.notes.setdefault("misspelled", set())
    for m in _misspellings_in(tuple(settings.words), draft.text, *region):
        if m.group()[:1].isupper() and not _sentence_start(draft.text, m.start()):
            continue  # "Dear Ms. Teh,": a capitalised word inside a sentence is a name
        right = lookup.get(m.group().casefold())
        flagged.add((m.start(), m.end()))
        yield draft.finding(rule, m.start(), m.end(),
                            message=f"{rule.message}: '{m.group()}'",
                            suggestion=f'"{right}"' if right else None)


@cache
def _misspelling_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    return fastre.compile("|".join(phrase_regex(w) for w in words), re.I)


# a whole word as phrase_regex bounds one: no word character (nor apostrophe) before, none after
_WORD_RUN = re.compile(r"(?<![\w'’])\w+")
_PLAIN_WORD = re.compile(r"[A-Za-z0-9](?:\w*[A-Za-z0-9])?", re.ASCII)


@cache
def _plain_words(words: tuple[str, ...]) -> frozenset[str] | None:
    """The list lower-cased, when every entry is one ASCII word (a run of \\w, letters or
    digits at both ends); None when some entry needs the regex."""
    if all(_PLAIN_WORD.fullmatch(w) for w in words):
        return frozenset(w.lower() for w in words)
    return None


def _misspellings_in(words: tuple[str, ...], text: str, start: int,
                     end: int) -> Iterator[re.Match[str]]:
    """The alternation's matches, found by looking each whole word up in a set: a regex of
    ~100 alternatives tried at every index cost ~1 ms per draft. A listed word matches only a
    whole run of word characters, so the two agree; a run outside ASCII (where IGNORECASE
    folds such letters as the Kelvin sign K) is left to the regex."""
    plain = _plain_words(words)
    if plain is None:
        yield from _misspelling_regex(words).finditer(text, start, end)
        return
    for m in _WORD_RUN.finditer(text, start, end):
        word = m.group()
        if word.isascii():
            if word.lower() in plain:
                yield m
        else:
            hit = _misspelling_regex(words).fullmatch(text, m.start(), m.end())
            if hit:
                yield hit


_TITLE_DOT = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|St)|\b[A-Z])\.$")


def _sentence_start(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \t")
    if _TITLE_DOT.search(before):
        return False  # "Ms. Teh": the full stop of a title, not of a sentence
    return not before or before.endswith(("\n", ".", "!", "?", ":", '"', "“"))


# a genus's capital initial right before a word: that word is a species name ("E. coli")
_EPITHET = re.compile(r"(?<![\w.])[A-Z]\.\s?$")


class SpellingSettings(Settings):
    accept: list[str] = []  # extra words to accept (jargon of a field)
    accept_suffixes: list[str] = []  # a field's word-formation: "omics" passes "proteomics"
    scope: Scope = "not-signature"
    grammar_severity: str = "warning"


@register("spelling", SpellingSettings)
def check_spelling(draft: Draft, rule: Rule) -> Iterator[Finding]:
    """Flags words the dictionary does not know (names and the notes' own words excepted);
    with LanguageTool available, also its grammar findings."""
    settings: SpellingSettings = rule.settings  # type: ignore[assignment]
    region = span(draft, settings.scope)
    if region is None:
        return
    accept = {w.casefold() for w in settings.accept}
    suffixes = tuple(x.casefold() for x in settings.accept_suffixes)
    if draft.context is not None:
        accept |= proofread.words_of(draft.context.source)
    source = proofread.languagetool_source(draft.languagetool)
    issues: list[proofread.Issue]
    if source:
        try:
            issues = [i for i in proofread.languagetool_issues(source, draft.text)
                      if region[0] <= i.start < region[1]]
            draft.notes["proofreader"] = f"languagetool ({source})"
        except Exception as exc:  # any LanguageTool failure falls back to offline
            draft.notes["proofreader"] = (
                f"pyspellchecker (offline; LanguageTool at {source} failed: "
                f"{type(exc).__name__})")
            issues = proofread.spelling_issues(draft.text, accept, *region, suffixes=suffixes)
        else:
            issues = [i for i in issues
                      if not (i.kind == "spelling" and (i.word.casefold() in accept
                                                        or any(c.isupper() for c in i.word)))]
    else:
        draft.notes["proofreader"] = "pyspellchecker (offline)"
        issues = proofread.spelling_issues(draft.text, accept, *region, suffixes=suffixes)
    # a word the list of known misspellings already flagged (it runs first) says nothing new
    known_typos = draft.notes.get("misspelled", set())
    # the closing line is a formula, in whatever language the writer signs in ("Bien à vous,")
    closing = draft.message.sign_off
    for issue in issues:
        if closing is not None and closing.start <= issue.start < closing.end:
            continue
        if issue.kind == "spelling" and any(s <= issue.start < e for s, e in known_typos):
            continue
        if issue.kind == "spelling" and _EPITHET.search(draft.text, max(0, issue.start - 4),
                                                        issue.start):
            continue  # "E. coli", "S. aureus": a species after its genus's initial
        if issue.kind == "spelling":
            yield draft.finding(rule, issue.start, issue.end,
                                message=f"{rule.message}: '{issue.word}'",
                                suggestion=f'"{issue.suggestion}"' if issue.suggestion else None)
        else:
            yield draft.finding(rule, issue.start, issue.end, message=issue.message,
                                suggestion=issue.suggestion, severity=settings.grammar_severity)
