"""What the notes ask the email to say in the candidate's own words: "Mention again I can
start in October if that helps with their autumn rota", "and mention I'm sitting the BCOP exam
next spring", "say i still love the brand lol". Each becomes one sentence in the email's voice
("I can start in October if that helps with your autumn rota."), or nothing.

Left to the templates: keeping the door open ("say I'd love to be considered again"), which
every reply and closing note already says, and the other offer, which the competing-offer note
states from its own facts. A sentence the rubric would flag is dropped: a shorter email beats
a broken one.
"""

from __future__ import annotations

import re

from drafter.wordforms import expanded

_I = re.IGNORECASE
# an instruction to say something, then what to say in the first person
_ASK = re.compile(r"(?:^|(?<=[.!?;,:(\n])|(?<=[-–—]\s)|\b(?:and|then|also|pls|please)\s+)\s*"
                  r"(?:pls\s+|please\s+|also\s+)?(?:mention|say|tell\s+(?:him|her|them)|add|"
                  r"include|remind\s+(?:him|her|them)|let\s+(?:him|her|them)\s+know)\s+"
                  r"(?:again\s+)?(?:that\s+)?(?P<x>i(?:['’](?:m|d|ve|ll))?\s[^\n.;!?]{3,140})", _I)
# where the thing to say ends: a further instruction, an aside, a bracket
_CUT = re.compile(r"\s*,\s*(?:then|and\s+(?:leave|ask|then|wish)|but|no\s+guilt|so\b)|"
                  r"\s+(?:then\s+(?:move\s+on|leave)|and\s+(?:ask|leave|wish|thank)\b)|"
                  r"\s+(?:lol|haha|lmao)\b|\s*\(|\s*[-–—]\s", _I)
# what the templates already say, or must say from their own facts
_COVERED = re.compile(r"\b(?:consider(?:ed)?|future|openings?|reserve\s+list|sub\s+list|again|"
                      r"in\s+touch|hear\s+(?:about|if|of|back)|apply|"
                      r"still\s+(?:\w+\s+)?(?:interested|open|keen)|collaborat\w*|chat|offers?|"
                      r"deadline|due|first\s+choice|decision|moved\s+on|filled)\b", _I)
# a day or a date: "on the 29th", "Feb 1", "next Tuesday"
_DATED = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}[/.]\d{1,2}|"
                    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}\s+(?:jan|feb|mar|apr|may|"
                    r"jun|jul|aug|sep|oct|nov|dec)|(?:mon|tues?|wed|thu|thur|thurs|fri|sat|sun)"
                    r"(?:day)?\b|tomorrow|today|tonight)", _I)
# the employer, as the notes speak of them, as the email speaks to them
_SECOND = [(r"\bthey['’]re\b", "you're"), (r"\bthey['’]ve\b", "you've"),
           (r"\bthey['’]d\b", "you'd"), (r"\bthey['’]ll\b", "you'll"), (r"\bthey\b", "you"),
           (r"\bthem\b", "you"), (r"\btheir\b", "your"), (r"\b(?:his|her)\b", "your"),
           (r"\b(?:he|she)\s+(?=(?:described|mentioned|said|showed|explained|talked|raised))",
            "you ")]


def own_lines(notes: str, names: frozenset[str] = frozenset()) -> list[str]:
    """Each thing the notes ask the email to say, as a sentence (see the module's docstring).
    `names`: words of the people the notes name; a line naming one ("I interviewed with Rose
    + Conor") is about the thread, not for the email, and may name its own reader."""
    out = []
    for m in _ASK.finditer(notes):
        said = _CUT.split(m["x"], maxsplit=1)[0].strip(" ,.")
        words = said.split()
        if not 3 <= len(words) <= 22 or _COVERED.search(said) or any(
                w[:1].isupper() and w.strip(".,;:!?'’").casefold() in names for w in words[1:]):
            continue
        said = expanded(said).replace(" + ", " and ").replace(" & ", " and ")
        for pattern, voice in _SECOND:
            said = re.sub(pattern, voice, said, flags=_I)
        if re.search(r"\b(?:he|she|him)\b", said, _I):
            continue  # someone else, or the reader: not ours to guess
        if _DATED.search(said):
            continue  # a date the email would have to place: the dates are the reader's job
        said = re.sub(r"(?<![\w'’])i(?=['’]|\s|$)", "I", said)
        sentence = said[:1].upper() + said[1:] + "."
        if sentence not in out:
            out.append(sentence)
    return out
