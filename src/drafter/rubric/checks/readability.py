"""Readability of the body via textstat, using grade metrics that need no syllable dictionary
(textstat's syllable counter tries to download NLTK's cmudict on first use)."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterator
from types import ModuleType

from drafter.message import count_words
from drafter.report import Finding
from drafter.rubric.registry import Draft, Rule, Settings, register

# a sentence may wrap over several lines (emails are often hard-wrapped) but ends at a blank line
_SENTENCE = re.compile(r"(?:[^.!?\n]|\n(?![ \t]*(?:\n|$)))+(?:[.!?]+|(?=\n[ \t]*(?:\n|$))|$)")


class _Deferred(ModuleType):
    """Stands in sys.modules for a module until someone reads one of its attributes."""

    def __getattr__(self, attr: str) -> object:
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        real = importlib.import_module(self.__name__)
        return getattr(real, attr)


def _textstat() -> ModuleType:
    """textstat, imported without paying for nltk up front.

    textstat imports nltk at load time only for its syllable dictionary, which the metrics
    used here never touch, and nltk's import costs about half a second. Until something
    reads an attribute of it, nltk is a placeholder that imports the real module on first use
    (the stdlib's LazyLoader cannot do this: the import system reads `__spec__` and loads it).
    """
    if "textstat" not in sys.modules and "nltk" not in sys.modules:
        sys.modules["nltk"] = _Deferred("nltk")
    try:
        import textstat
    finally:
        if isinstance(sys.modules.get("nltk"), _Deferred):
            del sys.modules["nltk"]  # later importers get the real nltk
    return textstat


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
    textstat = _textstat()

    grade = (textstat.automated_readability_index(text) + textstat.coleman_liau_index(text)) / 2
    if grade > settings.max_grade:
        yield draft.finding(
            rule, body.start, body.end,
            message=f"{rule.message}: reads at grade {grade:.1f} (aim for {settings.max_grade:g}"
                    " or lower)", suggestion="shorter sentences and plainer words")
