"""Readability of the body: textstat's Automated Readability Index and Coleman-Liau index,
grade metrics that need no syllable dictionary.

The two formulas and the counts they use are textstat's (0.7.x, no rounding, its English
defaults), written out here: importing textstat loads every metric, pyphen and a word list
(~20 ms of a cold `drafter review`) for two lines of arithmetic. A test checks these against
textstat itself on the corpus and on generated text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafter.message import count_words
from drafter.report import Finding
from drafter.rubric.registry import Draft, Rule, Settings, register

# a sentence may wrap over several lines (emails are often hard-wrapped) but ends at a blank line
_SENTENCE = re.compile(r"(?:[^.!?\n]|\n(?![ \t]*(?:\n|$)))+(?:[.!?]+|(?=\n[ \t]*(?:\n|$))|$)")

# textstat's own patterns (backend/utils/constants.py, counts/, transformations/)
_SPACE = re.compile(r"\s")
_NONCONTRACTION_APOSTROPHE = re.compile(r"\'(?![tsd]|ve|ll|re)")
_PUNCTUATION_BUT_APOSTROPHE = re.compile(r"[^\w\s\']")
_PUNCTUATION = re.compile(r"[^\w\s]")
_TS_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*", re.UNICODE)


def _ts_words(text: str) -> int:
    """textstat.count_words: punctuation but contraction apostrophes removed, then split."""
    text = _PUNCTUATION_BUT_APOSTROPHE.sub("", _NONCONTRACTION_APOSTROPHE.sub("", text))
    return len(text.split())


def _ts_sentences(text: str) -> int:
    """textstat.count_sentences: a 'sentence' of two words or fewer is not counted."""
    if not text:
        return 0
    sentences = _TS_SENTENCE.findall(text)
    return max(1, len(sentences) - sum(_ts_words(s) <= 2 for s in sentences))


def _per(a: int, b: int) -> float:
    try:
        return a / b
    except ZeroDivisionError:
        return 0.0


def automated_readability_index(text: str) -> float:
    """textstat.automated_readability_index(text)."""
    chars = len(_SPACE.sub("", text))
    a = _per(chars, len(text.split()))  # punctuation-words count: their characters do
    b = _per(_ts_words(text), _ts_sentences(text))
    if a == 0 or b == 0:
        return 0.0
    return (4.71 * a) + (0.5 * b) - 21.43


def coleman_liau_index(text: str) -> float:
    """textstat.coleman_liau_index(text)."""
    words = _ts_words(text)
    letters = _per(len(_PUNCTUATION.sub("", _SPACE.sub("", text))), words) * 100
    sentences = _per(_ts_sentences(text), words) * 100
    if letters == 0 or sentences == 0:
        return 0.0
    return (0.058 * letters) - (0.296 * sentences) - 15.8


class ReadabilitySettings(Settings):
    max_grade: float = 16.0  # mean of ARI and Coleman-Liau
    max_sentence_words: int = 40
    min_words: int = 40  # below this the grade is too unstable to report


@register("readability", ReadabilitySettings)
def check_readability(draft: Draft, rule: Rule) -> Iterator[Finding]:
    """Flags a body whose grade level is too high, and sentences too long to read in one go."""
    settings: ReadabilitySettings = rule.settings  # type: ignore[assignment]
    body = draft.message.body
    text = draft.message.body_text
    for m in _SENTENCE.finditer(text):
        n = count_words(m.group())
        if n > settings.max_sentence_words:
            start = body.start + m.start() + (len(m.group()) - len(m.group().lstrip()))
            yield draft.finding(
                rule, start, body.start + m.end(),
                message=f"a {n}-word sentence (over {settings.max_sentence_words}) is hard to "
                        "follow", suggestion="split it in two")
    if count_words(text) < settings.min_words:
        return
    grade = (automated_readability_index(text) + coleman_liau_index(text)) / 2
    if grade > settings.max_grade:
        yield draft.finding(
            rule, body.start, body.end,
            message=f"{rule.message}: reads at grade {grade:.1f} (aim for {settings.max_grade:g}"
                    " or lower)", suggestion="shorter sentences and plainer words")
