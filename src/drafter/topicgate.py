"""The last gate for a topic: would a person name this in an email? A phrase from
topicphrase.py is kept only when it reads as something the two of them discussed, not a date,
logistics, a job's name, a person or note shorthand; and the public entry points that read a
clause through both (as_noun_phrase, noun_chunk)."""

from __future__ import annotations

import re

from drafter.context import SPOKEN_TITLES
from drafter.titles import TITLE_WORDS
from drafter.topicphrase import (
    _DETERMINERS,
    _FINITE,
    _GLUE,
    _PREPOSITIONS,
    _as_noun_phrase,
    _noun_chunk,
    _set,
)
from drafter.wordclass import classes

_PARENTHETICAL = re.compile(r"\s*\((?P<inner>[^()]*)\)")
_MONTH = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_DATE = re.compile(rf"\b(?:{_MONTH})\.?\s+\d|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})\b|"
                   r"\b\d{1,2}[/.]\d{1,2}\b|\b(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s*$", re.I)
# a time of day or a span of hours ("nights 10p-6:30a", "7am starts", "4 on 3 off"): a rota
_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:a|p|am|pm|a\.m\.|p\.m\.)(?![\w])|\b\d{1,2}:\d{2}\b|"
                    r"\b\d\s+on\s*,?\s+\d\s+off\b|"
                    # days of the week as a span: "sun-wed", "Mon to Thu"
                    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\s*(?:[-–—/]|to)\s*"
                    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\b", re.I)
# how long someone has done something: "since 94", "since '09", "since 2012"
_TENURE = re.compile(r"\bsince\s+(?:'|’)?\d{2}(?:\d{2})?\b", re.I)
# a span of months ("Jan–Apr", "Jan-Jun"): a season's schedule, not a topic
_MONTH_SPAN = re.compile(rf"\b(?:{_MONTH})\.?\s*[-–—]+\s*(?:{_MONTH})\b", re.I)
_LOGISTICS = _set("""
email emails emailed interview interviews interviewed call calls phone zoom teams meeting
meets met committee rota shifts date dates timeline timelines deadline deadlines decision
decisions offer offers application applications nudge nudges forwarded
message messages reply replies follow-up followup name names signature subject
""")
# someone spoken of in the third person: the reader, or someone else; either way no topic to
# paste into an email as written (the notes' "they" is turned to "you" before this gate)
_THIRD_PERSON = frozenset({"he", "she", "him", "his", "her", "hers", "himself", "herself",
                           "he's", "she's", "he'd", "she'd"})
# a message's pleasantries, pasted with it: "looking forward to tomorrow!", "nice meeting you"
_PLEASANTRIES = frozenset({"looking forward", "look forward", "nice meeting", "great meeting",
                           "nice to", "good luck", "see you", "speak soon", "talk soon"})
# a note to self starts with an order ("keep door open", "ask about parking"): no topic
_POST = _set("role roles position post vacancy opening job")
_ORDERS = _set("keep ask mention say tell remind check send attach cc bcc chase email call "
               "update prep prepare write finish submit")


def to_do(text: str) -> bool:
    """A note to self: it opens with an order ("call Amma re: ...", "update resume ...")."""
    first = _WORD_OF.search(text)
    return bool(first) and first[0].casefold() in _ORDERS
_SHORTHAND = re.compile(r"^(?:[a-z]+\d+\w*|\d+[a-z]{2,})$")  # "ks3", "12hr" (not "Q2")
_LETTER_S = re.compile(r"^[A-Za-z]['’]s$")  # "Q's": questions, in note shorthand
_WORD_OF = re.compile(r"[^\W\d_][\w'’-]*")


def _names_only(inner: str) -> bool:
    """A bracket that names things ("(Kafka + Flink)", "(Opera Cloud)") stays; an aside goes."""
    words = _WORD_OF.findall(inner)
    return bool(words) and all(w[:1].isupper() for w in words) and "I" not in words


def without_asides(clause: str) -> str:
    """The clause without its bracketed asides ("(was I on pastry? no)"); a bracket that names
    things ("(Kafka + Flink)") stays."""
    return _PARENTHETICAL.sub(lambda m: m.group(0) if _names_only(m["inner"]) else "", clause)


# words that stand for a topic without naming one, and words that only say how many or which
_META = _set("question questions thing things stuff topic topics bit bits point points matter "
             "matters aspect aspects area areas item items detail details issue issues")
_VAGUE = _set("most many all several few lots lot more other various different main key "
              "general usual standard typical same certain few couple")

# words a person is addressed by ("Commander", "Captain", "Dr"): a phrase ending in one is a
# person, not a topic
_TITLES = frozenset(w.casefold() for w in (*TITLE_WORDS, *SPOKEN_TITLES.values()))


# contractions jotted without their apostrophe (as written, lower case: "ID" is a word)
_BARE_CONTRACTIONS = frozenset(("id", "im", "ive", "dont", "cant", "didnt", "doesnt", "isnt",
                                "wasnt", "arent", "youre", "theyre", "youve", "theyve",
                                "couldnt", "wouldnt", "shouldnt", "hes", "shes", "thats"))
_FIRST_PERSON = frozenset(("i", "i'm", "i'd", "i've", "i'll", "me", "my"))
# a verb a jotted question may hold: the closed-class verbs, and "to" before a base form
_AUX = _FINITE | frozenset(("to", "i'd", "i'll", "i'm", "i've"))
# a wish or an attempt, said without whose it is ("wanting to move to ...", "trying to fix ...")
_WANTING = frozenset(("wanting", "needing", "hoping", "trying", "wishing", "planning",
                      "looking", "aiming", "intending"))
# the candidate leaving a job or a place ("why I'm leaving Loomwise", "my notice period")
_DEPARTURE = frozenset(("leaving", "left", "leave", "quit", "quitting", "resign", "resigning",
                        "resigned", "notice", "relocating", "relocate", "relocation"))


def worth_naming(phrase: str) -> bool:
    """Whether a phrase reads as something the two of them discussed, not a pasted fragment: no
    date, logistics, title-case job title ("Project Director"), note shorthand ("ks3", "q's"),
    stray symbol or abbreviation mid-phrase ("Dr."); one plain word ("regions") is too little."""
    bare = _PARENTHETICAL.sub("", phrase)
    words = _WORD_OF.findall(bare)
    low = [w.casefold().replace("’", "'") for w in words]
    content = [w for w, lw in zip(words, low, strict=True)
               if lw not in _GLUE and lw not in _DETERMINERS]
    if not content:
        return False
    if set(w.casefold() for w in content) <= _META | _VAGUE and (
            _META.intersection(w.casefold() for w in content)):
        return False  # "the most questions", "various things": says nothing of what
    if low and low[0] in ("thanking", "thank", "thanks"):
        return False  # "thanking him": what the notes mean to do, not what was discussed
    if _THIRD_PERSON.intersection(low):
        return False  # "her secondment to a client": in an email to her, a third person is wrong
    if " ".join(low[:2]) in _PLEASANTRIES:
        return False  # "looking forward to tomorrow": a chat's pleasantry, not a topic
    if len(content) == 1 and "-" not in content[0] and not content[0].isupper() and not (
            content[0][:1].isupper() and len(words) == 1):
        return False  # "regions", "patient": a word, not a topic
    if len(content) == 1 and "-" in content[0] and all(
            len(part) <= 3 for part in content[0].split("-")):
        return False  # "one-to-one", "1-to-1": a word of small words, not a topic
    if len(content) == 1 and re.match(r"(?:ex|former|non|self|well|long|short)-", low[-1]):
        return False  # "ex-army", "well-read": a word about a person, not a topic
    if _TENURE.search(bare):
        return False  # "sparky since 94", "nursing since 2009": about a person, not a topic
    if _BARE_CONTRACTIONS.intersection(words):
        return False  # "how id diagnose": a note's shorthand, pasted
    if _FIRST_PERSON.intersection(low) and _DEPARTURE.intersection(low):
        return False  # "why I'm leaving Loomwise": the candidate's own move, not the work
    if re.search(r"\b(?:after|before|in|at|for|by|from|over|under|within|around)\s+\d{1,3}\s*$",
                 bare, re.I):
        return False  # "the rotation to AMU after 6": a count whose unit the note left off
    if low and low[0] in ("why", "how", "what", "whether", "when", "where") and "not" in low \
            and not any(w in _AUX or ("verb" in classes(w) and not w.endswith("ing"))
                        for w in low[1:]):
        # "why plumbing not electrics": a jotted contrast with no verb ("why property rather
        # than litigation" reads as English)
        return False
    if low and low[0] not in ("why", "how", "what", "whether", "when", "where", "who", "that",
                              "which", "whose", "if") \
            and (last := classes(low[-1])) and "noun" not in last and (
                "adj" in last or low[-1].endswith(("ed", "en")) or low[-1] in ("done", "gone")):
        # "half done", "now capped": a state or a remark, with no thing discussed at its head
        # (a wh-clause ends where it likes: "how night staff will self-roster")
        return False
    if low and low[0] in _WANTING:
        return False  # "wanting to move to a tasting menu": whose wish is not said
    if low and low[0].endswith("ing") and (m := re.search(
            r"\band\s+([a-z]+)\s+(?:the|a|an|their|our|your|his|her|its)\b", bare)) and (
            "verb" in classes(m[1]) and not m[1].endswith(("ing", "ed", "s"))):
        return False  # "tightening the interval and move the group": two clauses pasted
    if any(c in bare for c in "+/~$£€[]|=<>→←%#") or _DATE.search(bare) or _MONTH_SPAN.search(
            bare) or _CLOCK.search(bare):
        return False  # "the big issue = monitoring": a note's own notation
    if low and low[-1] in _TITLES:
        return False  # "the ex-RAF Wing Commander": a person, not something discussed
    if _LOGISTICS.intersection(low) or (low and low[0] in _ORDERS):
        return False
    if low and low[-1] in _POST and not _PREPOSITIONS.intersection(low):
        return False  # "Outdoor Living role": a job's name, not something discussed
    if any(len(w) == 1 and w not in ("a", "i") for w in low) and re.search(
            r"\b(?:Mr|Mrs|Ms|Mx|Dr|Miss)\.?\s+[A-Z]\b", bare):
        return False  # "the story about Mr H": a patient, not a topic
    if any(_SHORTHAND.match(w) or _LETTER_S.match(w) for w in words) or re.search(
            r"\b[A-Z][a-z]{0,3}\.\s", bare):
        return False
    significant = [w for w in words if w.casefold() not in _GLUE]
    return not (len(significant) > 1 and all(w[:1].isupper() and not w.isupper()
                                             for w in significant))


def as_noun_phrase(clause: str, max_words: int = 12, mine_ok: bool = False) -> str | None:
    """The clause as a noun phrase about the work (an aside in brackets left out), or None when
    it cannot be one or would read as a pasted fragment (see worth_naming)."""
    phrase = _as_noun_phrase(without_asides(clause), max_words, mine_ok)
    return phrase if phrase and worth_naming(phrase) else None


def noun_chunk(clause: str) -> str | None:
    """The longest noun chunk of a clause (see _noun_chunk), if it is worth naming."""
    chunk = _noun_chunk(without_asides(clause))
    return chunk if chunk and worth_naming(chunk) else None
