"""A person's role from the words beside their name: the job title written after it ("Chidi
Okafor (Ops Director)"), and from that and the nearby words, who they are to the candidate (an
interviewer, a recruiter, someone else).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from drafter.notes.lexicon import data_toml, phrase_pattern
from drafter.notes.names import next_persons_title
from drafter.notes.people_words import _vocab

Kind = Literal["interviewer", "recruiter", "other", "unknown"]


@cache
def _cue(kind: str) -> re.Pattern[str]:
    return phrase_pattern(data_toml("people.toml")["cues"][kind])


def _window(line: str, start: int, end: int) -> str:
    """line[start:end] without a word cut at either edge ("I'd report to" cut to "rep")."""
    text = line[max(0, start):max(0, end)]
    if start > 0 and line[start - 1:start].isalnum():
        text = _CUT_HEAD.sub("", text, count=1)
    if end < len(line) and line[end:end + 1].isalnum():
        text = _CUT_TAIL.sub("", text, count=1)
    return text


_CUT_HEAD = re.compile(r"^\w+")
_CUT_TAIL = re.compile(r"\w+$")


def _kind(line: str, start: int, end: int) -> Kind:
    """Who the person is to the candidate, from the words around the mention: a title right
    after the name decides; otherwise the nearest words ("recruiter Tom", "met with ...")."""
    if _cue("consulted").search(line[max(0, start - 50):start]):
        return "other"  # "Jens to talk to the GM (Harlan Voss)": one they will ask, not met
    title = _title(line, end)
    if title is not None:
        for kind in ("other", "recruiter"):
            if _cue(kind).search(title):
                return kind  # type: ignore[return-value]
        # a person listed with a job title in interview notes, not a recruiter or a referrer,
        # sat on the interview, unless the words after say they were away
        after = re.sub(r"^\s*\([^()]*\)", "", line[end:])[:30]
        return "other" if _cue("absent").match(after.strip()) else "interviewer"
    before, after = _window(line, start - 25, start), _window(line, end, end + 25)
    for kind in ("other", "recruiter"):
        if _cue(kind).search(before) or _cue(kind).search(after):
            return kind  # type: ignore[return-value]
    near = _window(line, start - 60, start) + " " + _window(line, end, end + 60)
    return "interviewer" if _cue("interviewer").search(near) else "unknown"


_TITLE_AFTER = re.compile(r"\s*(?:\((?P<p>[^()]{2,60})\)|[,–—-]\s+(?:the\s+|our\s+|she's\s+"
                          r"(?:the\s+)?|he's\s+(?:the\s+)?)?(?P<d>[^.,;:()]{2,50}?)(?=\s*"
                          # "kwame asante, waste services mgr @ hartwell county council"
                          r"(?:[.;:()@]|\s[-–—]\s|,|$)|\s+at\s))")


_LONG_BRACKET = re.compile(r"\s*\((?P<in>[^()]{2,200})\)")
_PRONOUN_IS = re.compile(r"^(?:he|she)(?:['’]s|\s+is)\s+(?:the\s+|our\s+|their\s+|an?\s+)?", re.I)


def _bracket_title(line: str, end: int) -> str | None:
    """A long bracket whose clauses give the title after letters: "(PharmD, she's the pharmacy
    manager, never gave her first name)" is the pharmacy manager."""
    m = _LONG_BRACKET.match(line, end)
    if not m:
        return None
    parts = [p.strip() for p in m["in"].split(",")]
    letters = 0
    while parts and re.fullmatch(r"[\w.]+", parts[0]) and sum(c.isupper() for c in parts[0]) >= 2:
        parts, letters = parts[1:], letters + 1  # letters: "PharmD", "RN", "MBA"
    # "(the operations manager, who interviewed me ...)": an appositive opens with its article
    apposed = re.match(r"(?:the|our|their)\s+", parts[0], re.I) if parts else None
    if not parts or not (letters or _PRONOUN_IS.match(parts[0]) or apposed):
        return None  # "(not the career clerk, Owen Pryce, who ...)": no title of theirs
    title = _PRONOUN_IS.sub("", parts[0][apposed.end():] if apposed else parts[0]).strip()
    words = title.casefold().split()
    if words and len(words) <= 6 and any(w.strip(",.") in _vocab()["role_words"] for w in words):
        return title
    return None


def _title(line: str, end: int) -> str | None:
    m = _TITLE_AFTER.match(line, end)
    if not m:
        return _bracket_title(line, end)
    title = (m["p"] or m["d"] or "").strip()
    words = title.casefold().split()
    if m["d"] and next_persons_title(title):
        return None
    if words and any(w.strip(",.") in _vocab()["role_words"] for w in words) and len(words) <= 6:
        return title
    return _bracket_title(line, end) if m["p"] else None
