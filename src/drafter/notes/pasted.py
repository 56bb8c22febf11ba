"""Detector: emails pasted into the notes, and who wrote each: the candidate ("sent") or someone
writing to them ("received"), read from the line that introduces it, its header lines and its own
words. Their greetings and sign-offs tell the own-name detector whose names they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from drafter.notes.lexicon import data_toml, phrase_pattern

Direction = Literal["sent", "received"]


WORD = r"[^\W\d_][\w'’.-]*"


@cache
def words(kind: str) -> tuple[str, ...]:
    """A list from people.toml's [own_name] table."""
    return tuple(data_toml("people.toml")["own_name"][kind])


@cache
def cue(kind: str) -> re.Pattern[str]:
    return phrase_pattern(words(kind))


def alts(kind: str) -> str:
    """The phrases of a list as one alternation, longest first ("my name on emails" before
    "my name")."""
    return "|".join(r"\s+".join(map(re.escape, p.split()))
                    for p in sorted(words(kind), key=len, reverse=True))



HEADER = re.compile(r"^[ \t>]*(?P<k>from|to|cc|bcc|subject|date|sent)[ \t]*:", re.I)
RULE = re.compile(r"^\s*(?:[-=_~—–*]{3,}|[-—–]{2,}\s*\S.*[-—–]{2,}\s*$)")  # "---", "-- x --"
_WORDLESS = re.compile(r"^[^\w]*$")


@cache
def greeting() -> re.Pattern[str]:
    return re.compile(r"^[\s>\"“'‘*_]*(?:" + alts("greetings") + r")[ \t]+(?P<n>" + WORD
                      + r"(?:[ \t]+" + WORD + r"){0,3}?)[ \t]*(?:[,!:;]|[ \t][-–—/][ \t]|$)",
                      re.I)


@cache
def valediction() -> re.Pattern[str]:
    return re.compile(r"^[\s>\"“*_-]*(?:" + alts("valedictions") + r")[ \t]*(?:[,!.]?[ \t]*$|"
                      r",[ \t]*(?P<n>\S.*?)[ \t]*[\"”]?$)", re.I)


@dataclass(frozen=True)
class Message:
    """An email or text pasted into the notes, by line index (0-based, inclusive)."""

    first: int
    last: int
    greeted: str | None  # the words after "Hi"/"Dear"
    greeting: int  # the line of the greeting (or of the first line after the headers)
    signed: str | None  # the words under (or after) the sign-off
    direction: Direction | None  # who wrote it: the candidate ("sent") or to them


MAX_MESSAGES = 20  # notes paste an email or a few; past this many, the rest is not read


def messages(text: str) -> list[Message]:
    """The emails pasted into the notes: each opens with a greeting, or with From:/To: lines."""
    return list(_messages(text))


@lru_cache(maxsize=4)  # each resolver step asks about the same notes
def _messages(text: str) -> tuple[Message, ...]:
    lines = text.splitlines()
    out: list[Message] = []
    i = 0
    while i < len(lines) and len(out) < MAX_MESSAGES:
        msg, i = _message(lines, i, out[-1].last if out else -1)
        if msg is not None:
            out.append(msg)
    return tuple(out)


def _message(lines: list[str], first: int, floor: int) -> tuple[Message | None, int]:
    """The email that opens at line `first`, if one does, and the line to read on from."""
    n = len(lines)
    if not lines[first].strip():
        return None, first + 1
    heads: set[str] = set()
    j = first
    while j < n and not greeting().match(lines[j]) and (
            HEADER.match(lines[j]) or not lines[j].strip()):
        if m := HEADER.match(lines[j]):
            heads.add(m["k"].casefold())
        j += 1
    g = greeting().match(lines[j]) if j < n else None
    if g is None and not heads & {"from", "to"}:
        return None, max(j, first + 1)  # a "Subject:" or "Date:" key of the notes, no email
    if not heads and j != first:
        return None, first + 1
    quote = lines[first].lstrip()[:1]
    body: list[str] = []
    last, signed = max(first, j - 1), None
    for k in range(j, min(n, first + 60)):
        line = lines[k]
        head = HEADER.match(line)
        if k > j and (RULE.match(line) or greeting().match(line) or (
                head and head["k"].casefold() in ("from", "to", "subject"))):
            break  # the next email, or a rule under this one
        if quote == ">" and line.strip() and not line.lstrip().startswith(">"):
            break
        if k > j and line.rstrip().endswith(":") and not lines[k - 1].strip():
            break  # "Their reply:" introduces the next one
        last = k
        if v := valediction().match(line):
            if v["n"]:
                signed = v["n"]
            else:
                after = next((x for x in range(k + 1, min(k + 3, n)) if lines[x].strip()), None)
                if after is not None and not RULE.match(lines[after]):
                    signed, last = lines[after], after
            break
        body.append(line)
        if quote and quote in "\"“" and line.rstrip().endswith(("\"", "”")) and (
                k > first or len(line.strip()) > 1):
            break  # the quote closes
    if signed is None:
        # no sign-off: the email is its first paragraph (the notes go on after a blank line)
        gap = next((x for x in range(j + 1, last + 1) if not lines[x].strip()), None)
        if gap is not None and not (quote and quote in ">\"“"):
            last = gap - 1
            body = lines[j:gap]
    return Message(first, last, g["n"] if g else None, j, signed, _direction(
        _preamble(lines, first, floor), heads, "\n".join(body))), last + 1


def _preamble(lines: list[str], first: int, floor: int) -> str:
    """The line that introduces a pasted email ("My check-in (sent 10/27):", "Got this:")."""
    p = first - 1
    while p > floor and _WORDLESS.match(lines[p]):
        p -= 1
    return lines[p] if p > floor and first - p <= 3 else ""


_WE = re.compile(r"\b(?:we|we've|we’ve|we're|we’re|we'll|we’ll|our|us)\b", re.I)


def _direction(preamble: str, heads: set[str], body: str) -> Direction | None:
    """Who wrote a pasted email: the candidate ('sent') or someone to them ('received'), when
    everything that says so agrees; the email's own words alone never make it the candidate's."""
    votes: set[str] = set()
    said = False
    if cue("sent_before").search(preamble):
        votes.add("sent")
        said = True
    if cue("received_before").search(preamble):
        votes.add("received")
        said = True
    if "from" in heads:
        votes.add("received")
        said = True
    elif "to" in heads:
        votes.add("sent")
        said = True
    if cue("sent_body").search(body):
        votes.add("sent")
    if cue("received_body").search(body):
        votes.add("received")
        said = said or bool(_WE.search(body))  # "we have decided", not "you went with"
    if len(votes) != 1 or not said:
        return None
    return "sent" if "sent" in votes else "received"


