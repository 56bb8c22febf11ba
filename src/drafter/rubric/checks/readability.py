"""Readability of the body via textstat, using grade metrics that need no syllable dictionary
(textstat's syllable counter tries to download NLTK's cmudict on first use)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafter.message import count_words
from drafter.report import Finding
from drafter.rubric.registry import Draft, Rule, Settings, register

# a sentence may wrap over several lines (emails are often hard-wrapped) but ends at a blank line
_SENTENCE = re.compile(r"(?:[^.!?\n]|\n(?![ \t]*(?:\n|$)))+(?:[.!?]+|(?=\n[ \t]*(?:\n|$))|$)")


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
    import textstat  # lazy: importing it costs most of a second

    grade = (textstat.automated_readability_index(text) + textstat.coleman_liau_index(text)) / 2
    if grade > settings.max_grade:
        yield draft.finding(
            rule, body.start, body.end,
            message=f"{rule.message}: reads at grade {grade:.1f} (aim for {settings.max_grade:g}"
                    " or lower)", suggestion="shorter sentences and plainer words")
