"""Detector: who the notes say has left the company, or may have ("no longer with X", "moved
to Meridian", "is she even still there??"), read from the sentence that says so."""

from __future__ import annotations

import re
from functools import lru_cache

from drafter.notes.pasted import messages
from drafter.notes.segment import bounded, sentence_end

# "Amber is no longer with Jadeport", "Mark left the company apparently", "she moved to Meridian"
GONE = re.compile(r"\b(?:no\s+longer\s+(?:with|at|works?|working)|"
                  # "Faith has left Ardent Freight": left a named employer
                  r"(?:has|had|['’]s)\s+(?:now\s+|since\s+|recently\s+)?left\s+(?-i:[A-Z])"
                  r"(?![^.\n]{0,40}\bjoin)|"  # not "has left Monzo and joined us"
                  r"(?:has\s+|had\s+|just\s+)?left\s+(?:the\s+(?:company|firm|team|business|organi[sz]ation|"
                  r"practice|school|hospital|theatre|theater|bank|agency|council|trust|charity|"
                  r"studio|restaurant|hotel|university|lab|clinic|department|store|group)|"
                  r"\w+\s+(?:in|last))|"
                  # "he's leaving Tarmac Express", "she is leaving the company" (not "leaving
                  # the decision to Tom")
                  r"(?:is|['’]s|are|['’]re|will\s+be)\s+(?:now\s+|soon\s+|also\s+)?leaving\s+"
                  r"(?:(?-i:[A-Z])|the\s+(?:company|firm|team|business|organi[sz]ation))|"
                  # "she's joining the Abbey in Dec", "he is starting at Arup": another employer
                  r"(?:is|['’]s|are|['’]re|will\s+be)\s+(?:now\s+|soon\s+|also\s+)?(?:joining|"
                  r"starting\s+(?:a\s+new\s+(?:job|role|position)\s+)?at)\s+(?:the\s+)?(?-i:[A-Z])|"
                  r"(?:has\s+)?moved\s+(?:on\s+)?to\s+(?:another|a\s+new|[A-Z])|doesn['’]t\s+work\s+"
                  r"(?:there|here)\s+any\s*more|is\s+gone\s+from|"
                  # the notes doubt it: "so is she even still there??"
                  r"(?:is|are)\s+(?:she|he|they)\s+(?:even\s+|really\s+|actually\s+)?still\s+"
                  r"(?:there|at\s+\w+|with\s+(?:them|\w+)|working\s+there)\b[^.\n]{0,20}\?)", re.I)
# "Joanna's left, someone's covering": a bare "left" after a name or pronoun (its own pattern,
# run only on notes that hold the word)
BARE_LEFT = re.compile(r"(?<=\w)(?:['’](?:s|ve)|\s+ha(?:s|ve))\s+left(?=\s*[,.;:!)\n]|\s*$)",
                       re.I)
_NOT_WHO = re.compile(r"\b(?:what|that|there|here|it|nothing|all|who|which)$", re.I)


@lru_cache(maxsize=8)
def gone_sentences(source: str) -> tuple[str, ...]:
    """The sentences that say someone has left, found in one pass over the notes."""
    out = []
    # the cheap test first: most notes never say "left", and a case-blind scan of long ones costs
    bare = (m for m in (BARE_LEFT.finditer(source) if "left" in source.lower() else ())
            if not _NOT_WHO.search(source[max(0, m.start() - 8):m.start()]))
    for m in (*GONE.finditer(source), *bare):
        start = max(source.rfind("\n", 0, m.start()), *(source.rfind(p, 0, m.start())
                                                       for p in [".", "!", "?"])) + 1
        if re.match(r"\s*(?:so\s+|but\s+|and\s+)?(?:is|are)\s+(?:she|he|they)\b",
                    source[start:m.end()], re.I):
            # "Sunniva's LinkedIn now says ... since November. so is she even still there??":
            # the pronoun's person is in the sentence before, on the same line
            start = max(source.rfind("\n", 0, m.start()) + 1, m.start() - 200)
        out.append(source[start:sentence_end(source, m.end())])
    return tuple(out)


# the writer of a pasted email leaving: "Friday will be my last day at Pinecrest"
MY_LAST = re.compile(r"\b(?:my\s+last\s+day|i\s+am\s+leaving|i['’]m\s+leaving|"
                     # "I'm going on parental leave from Friday": away, the thread handed on
                     r"i['’]m\s+going\s+on\s+(?:\w+\s+)?leave|i\s+am\s+going\s+on\s+(?:\w+\s+)?"
                     # "I'll be starting maternity leave from 6 June", "I'm off on leave from"
                     r"leave|i(?:['’]ll|\s+will)\s+be\s+(?:starting|on|going\s+on|away\s+on)\s+"
                     r"(?:\w+\s+)?leave|i['’]m\s+(?:starting|off\s+on)\s+(?:\w+\s+)?leave|"
                     r"i\s+will\s+be\s+"
                      r"leaving|i\s+have\s+left|i['’]ve\s+left|i\s+am\s+moving\s+on|i['’]m\s+"
                      r"moving\s+on)\b", re.I)


def has_left(source: str, name: str) -> bool:
    """Whether the notes say this person has left the company: an email to them goes nowhere."""
    names = [w for w in name.split() if len(w) > 2] or name.split()
    if not names:
        return False
    word = re.compile(rf"\b{re.escape(names[0])}\b")
    for sentence in gone_sentences(bounded(source)):
        if not word.search(sentence):
            continue
        # "... Frank Delaney and Amina Yusuf but Frank left the council": who left is the
        # clause's subject, not everyone the sentence names; "she left" leaves it to the sentence
        m = GONE.search(sentence) or BARE_LEFT.search(sentence)
        clause = _CLAUSE.split(sentence[:m.start()])[-1] if m else sentence
        said = clause + (m.group(0) if m else "")  # "is she even still there??" holds its own
        # a pronoun points back: "emailed Hannah ... she had left and to contact Will" says
        # nothing of Will, named after it
        named_before = word.search(sentence[:m.start()]) if m else True
        if word.search(clause) or (re.search(r"\b(?:she|he|they)\b", said, re.I) and named_before
                                   and not re.search(r"\b[A-Z][a-z]{2,}", clause)):
            return True
    return names[0].casefold() in _leaving_writers(source)


_CLAUSE = re.compile(r"[.;!?\n]|,?\s+(?:but|so|and|while|whereas)\s+", re.I)


@lru_cache(maxsize=8)
def _leaving_writers(source: str) -> frozenset[str]:
    """The first names of whoever wrote a pasted email that says they are leaving."""
    if not MY_LAST.search(source):
        return frozenset()
    lines = source.splitlines()
    out: set[str] = set()
    for m in messages(source):
        if m.direction == "sent" or not any(MY_LAST.search(x) for x in lines[m.first:m.last + 1]):
            continue
        out.update(who.split()[0].strip(",.").casefold() for who in m.sender_names()
                   if who.split())
    return frozenset(out)
