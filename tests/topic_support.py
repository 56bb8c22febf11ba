"""The check every topic table runs (import from here, don't copy): the phrases a thank-you to
`to` may name hold each wanted text and none of the never ones; a row that wants nothing is one
where drafter must ask for a topic."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.compose import gather
from drafter.config import Config
from drafter.errors import MissingFact
from drafter.notes import parse_notes

CONFIG = Config(name="Alex Morgan")


def topic_phrases(notes: str, to: str | None, today: dt.date) -> list[str]:
    ctx = parse_notes(notes, today=today)
    return [t.phrase for t in gather(ctx, "thank-you", to, CONFIG).topics]


def check_topics(notes: str, to: str | None, want: tuple[str, ...], never: tuple[str, ...],
                 today: dt.date) -> None:
    if not want:
        with pytest.raises(MissingFact, match="discussed"):
            topic_phrases(notes, to, today)
        return
    phrases = topic_phrases(notes, to, today)
    joined = " | ".join(phrases).casefold()
    for text in want:
        assert text.casefold() in joined, (text, phrases)
    for text in never:
        assert text.casefold() not in joined, (text, phrases)
