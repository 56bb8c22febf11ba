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
                  r"(?:again\s+)?(?:that\s+)?"
                  r"(?P<x>i(?:['’]?(?:m|ve|ll)|['’]d)?\s[^\n.;!?]{3,140})", _I)
# where the thing to say ends: a further instruction, an aside, a bracket
_CUT = re.compile(r"\s*,\s*(?:then|and\s+(?:leave|ask|then|wish)|but|no\s+guilt|so\b|"
                  # a further instruction: "say I remain interested, close the loop"
                  r"(?:close|keep|ask|offer|thank|sign|wish|leave|attach|cc|mention)\b)|"
                  r"\s+(?:then\s+(?:move\s+on|leave)|and\s+(?:ask|leave|wish|thank)\b)|"
                  r"\s+(?:lol|haha|lmao)\b|\s*\(|\s*[-–—]\s", _I)
# what the templates already say, or must say from their own facts
_COVERED = re.compile(r"\b(?:consider(?:ed)?|future|openings?|reserve\s+list|sub\s+list|again|"
                      r"remain\s+(?:\w+\s+)?(?:interested|keen|excited)|"
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


# right after an instruction, the notes take it back: "say I've booked driving lessons?? — no,
# leave that out"
_RETRACTED = re.compile(r"[^\n]{0,60}?\b(?:leave|take|keep)\s+(?:that|it|this)\s+out\b|"
                        r"[^\n]{0,60}?\bscratch\s+that\b|"
                        r"[^\n]{0,20}?\bno,?\s+(?:don['’]?t|skip)\b", _I)


def own_lines(notes: str, names: frozenset[str] = frozenset()) -> list[str]:
    """Each thing the notes ask the email to say, as a sentence (see the module's docstring).
    `names`: words of the people the notes name; a line naming one ("I interviewed with Rose
    + Conor") is about the thread, not for the email, and may name its own reader."""
    out = []
    for m in _ASK.finditer(notes):
        if _RETRACTED.match(notes, m.end()):
            continue
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


# An instruction to bring a subject up, then the subject ("mention the condo association work",
# "restate interest in the school pantry program", "Thank her for the turnaround discussion",
# "Things we discussed that I'd like to mention: the tapestry conservation, and ...")
_MENTION = re.compile(
    r"(?P<verb>\b(?:mention(?:ing)?|bring\s+up|refer\s+to|"
    r"remind\s+(?:him|her|them)\s+(?:of|about)|restate\s+(?:my\s+)?interest\s+in|"
    r"thank\s+(?:him|her|them)\s+for|like\s+to\s+mention\s*:|to\s+mention\s*:))"
    r"\s+(?P<x>(?!i\b|i['’]|ive\b|im\b|ill\b|that\s+i\b|again\b|it\b|this\b|that\b|"
    r"anything\b|him\b|her\b|them\b)"
    r"[^\n.;!?()]{3,160})", _I)
# "mention I'm still keen on the motor pricing GLM work": the interest is the template's to
# say, what it is in is a subject to bring up
_KEEN = re.compile(r"\b(?:mention|say|tell\s+(?:him|her|them))\s+(?:that\s+)?(?:i['’]m|i\s+am|"
                   r"i['’]d\s+still\s+be|i\s+remain)\s+(?:still\s+)?(?:very\s+|really\s+)?"
                   r"(?:keen|interested|excited)\s+(?:on|in|about)\s+(?P<x>[^\n.;!?()]{3,120})",
                   _I)
# before the verb in its clause: the notes say *not* to ("don't mention the notice period")
_NOT = re.compile(r"(?:\b(?:don['’]?t|do\s+not|not|never|no\s+need\s+to|without|avoid|"
                  r"shouldn['’]?t|won['’]?t)\b[^,;:.\n]{0,40})$", _I)
# where the subject ends: another instruction, or a remark on the email itself
_MENTION_CUT = re.compile(r"\s*,\s*(?:then|but|so|ask|say|offer|keep|close|sign|tell|thank|"
                          r"mention|yes|no|reply|attach)\b|\s+(?:then|but|so)\b|\s+and\s+(?:ask|say|offer|thank|"
                          r"leave|close|wish|keep|sign|tell|mention)\b|\s+(?:lol|haha)\b", _I)
# a contact clause: "the summer meals pilot she described", "the bid we discussed"
_SAID_OF = re.compile(r"\s+(?:(?:that|which)\s+)?(?:we|she|he|they|you)\s+(?:\w+\s+)?(?:discussed|"
                      r"described|mentioned|talked\s+about|raised|showed\s+me|explained|"
                      r"brought\s+up)\b.*$", _I)
_ITEMS = re.compile(r"\s*(?:\+|&|;|,\s*(?:and\s+)?|"
                    r"\s+and\s+(?=the\b|their\b|your\b|my\b|how\b))\s*", _I)


_THANKED_FOR = re.compile(r"(?:the|your|her|his|their)?\s*(?:\w+\s+)?(?:call|phone\s+call|time|"
                          r"help|feedback|update|email|message|note|opportunity|news|support|"
                          r"kindness|advice)", _I)
_DETERMINERS = frozenset(["the", "a", "an", "their", "your", "my", "our", "his", "her", "its"])


def asked_topics(notes: str) -> list[str]:
    """What the notes ask the email to bring up, each a subject in the email's voice ("the
    condo association work", "your caseload-weighting model"), in the order written; never
    what they say not to mention, nor what the templates say from their own facts (the offer,
    the deadline, being considered again)."""
    out: list[str] = []
    for m in sorted([*_MENTION.finditer(notes), *_KEEN.finditer(notes)], key=lambda m: m.start()):
        if _NOT.search(notes[max(0, m.start() - 40):m.start()]) or _RETRACTED.match(
                notes, m.end()):
            continue
        said = _MENTION_CUT.split(m["x"], maxsplit=1)[0]
        for item in _ITEMS.split(said):
            item = _SAID_OF.sub("", item).strip(" ,:-–—\"'")
            if _THANKED_FOR.fullmatch(item):
                continue  # "thank her for the call": the thanks is the template's
            if not 1 <= len(item.split()) <= 10 or _COVERED.search(item) or _DATED.search(
                    item) or all(w.casefold() in _DETERMINERS for w in item.split()):
                continue
            for pattern, voice in _SECOND:
                item = re.sub(pattern, voice, item, flags=_I)
            if re.search(r"\b(?:he|she|him|i|me|my)\b", item, _I):
                continue  # about someone, or the candidate's own news: own_lines says those
            if item.casefold() not in {o.casefold() for o in out}:
                out.append(item)
    return out


# "Don't name Northgate", "DON'T mention the salary diff", "no need to mention Hamish": what
# follows is what the email must not say
_FORBID = re.compile(r"\b(?:don['’]?t|do\s+not|never|no\s+need\s+to|not\s+to)\s+(?:\w+\s+){0,3}?"
                     r"(?:name|mention|say|bring\s+up|include|reveal|tell\s+(?:him|her|them))"
                     r"\s+(?P<x>[^\n.;!?()]{2,80})", _I)


def forbidden(notes: str, value: str | None) -> bool:
    """Whether the notes tell the email not to name `value` ("Don't name Northgate, just say
    'another institution'"): any of its words of four letters or more in such a clause."""
    if not value:
        return False
    words = {w.casefold() for w in re.findall(r"[^\W\d_]{4,}", value)}
    return any(words & {w.casefold() for w in re.findall(r"[^\W\d_]{4,}", m["x"])}
               for m in _FORBID.finditer(notes))


# the notes say feedback was already given ("Zainab rang and gave me really helpful feedback",
# "feedback: strong on clinical, weaker on ..."): a reply thanks them for it, never asks again
_FEEDBACK_GIVEN = re.compile(
    r"\b(?:gave|given|shared|sent|offered|passed\s+on|went\s+through|talked\s+me\s+through|"
    r"got|had|received)\s+(?:me\s+)?(?:some\s+|detailed\s+|kind\s+|(?:really\s+|very\s+)?"
    r"(?:helpful|useful|honest|constructive|thorough|great|good)\s+)*feedback\b(?!\s+(?:call|"
    r"session)\b)|^\s*[-*•]?\s*(?:their\s+|her\s+|his\s+)?feedback\s*:", _I | re.M)


def feedback_given(notes: str) -> bool:
    """Whether the notes say the candidate already has their feedback."""
    return any(not _NOT.search(notes[max(0, m.start() - 40):m.start()])
               for m in _FEEDBACK_GIVEN.finditer(notes))
