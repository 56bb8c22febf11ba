"""What one clause of the notes says someone discussed: its cue, and the list after it.

A clause tells what a person discussed when a cue opens it, right after its subject: "asked
(me) about", "asked how", "pushed hard on" are their questions to the candidate; "talked about",
"went on about", "walked me through", "big on" a subject they raised; "wants (someone to) ..."
what they want done. The cue phrases are data (notes/data/cues.toml, [discussion]). What follows
the cue is a list: it is split at commas, semicolons and at "and" before a new item ("and
about", "and how", "and the ..."), and each item keeps the cue's kind ("asked about X", "asked
how X", or X itself), so that the composer can tell a question they asked from a subject they
raised. Under a person's name (a keyed line, a bullet) an item needs no cue ("Carol's: Excel
modelling test, variance analysis").

This module only reads clauses; who the subject is, and whose line it is, is notes/attrib.py's.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from drafter.notes.lexicon import data_toml
from drafter.notes.people import HONORIFICS
from drafter.notes.topics import clean_topic
from drafter.notes.vocab import vocab
from drafter.phrasing import capital_i
from drafter.topicgate import without_asides
from drafter.topicphrase import is_preposition
from drafter.wordclass import classes, verb_forms, verb_lemmas

Kind = Literal["question", "subject", "wish"]
_KINDS: tuple[Kind, ...] = ("question", "wish", "subject")
_I = re.IGNORECASE


def _alts(phrases: list[str]) -> str:
    ordered = sorted(phrases, key=len, reverse=True)  # the longest cue wins
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered)


@cache
def _data() -> dict[str, list[str]]:
    """The cue lists, each "me" cue also with "you": notes written to the candidate in the
    second person ("He pressed you on frailty assessments") say the same thing."""
    data = _inflected(data_toml("cues.toml")["discussion"])
    return {key: [*words, *(re.sub(r"\bme\b", "you", w) for w in words
                            if re.search(r"\bme\b", w))] for key, words in data.items()}


def _inflected(data: dict[str, list[str]]) -> dict[str, list[str]]:
    """Each question and subject cue that opens with a verb, in every tense the word table
    gives it: notes are jotted in the past ("talked about"), as it happens ("talking about")
    or in a second language's present ("We speak about", "She ask me about"). The plain form
    and its "-s" form count only after a subject: alone, "ask about parking" is a note to self."""
    out = {key: list(words) for key, words in data.items()}
    for kind in ("question", "subject"):
        firsts = {p.split()[0]: verb_lemmas(p.split()[0]) for p in data[kind]
                  if "aux" not in classes(p.split()[0])}
        forms = verb_forms(frozenset().union(*firsts.values()))
        later = out.setdefault(f"{kind}_after_subject", [])
        for phrase in data[kind]:
            head, *tail = phrase.split()
            for lemma in firsts.get(head, ()):
                for form in forms[lemma] - {head}:
                    variant = " ".join([form, *tail])
                    plain = form == lemma or form in (f"{lemma}s", f"{lemma}es")
                    bucket = later if plain else out[kind]
                    if variant not in bucket and variant not in out[kind]:
                        bucket.append(variant)
    return out


@cache
def _cue_patterns(subjected: bool = False) -> tuple[tuple[Kind, re.Pattern[str]], ...]:
    """Each kind's cue; with `subjected`, also those that count only after a subject."""
    adverbs = _alts(_data()["adverbs"])

    def phrases(kind: Kind) -> list[str]:
        return _data()[kind] + (_data().get(f"{kind}_after_subject", []) if subjected else [])
    # "was mostly interested in": the auxiliary may stand before the adverbs
    return tuple((kind, re.compile(rf"(?:(?:was|is)\s+(?=(?:{adverbs})\s))?(?:(?:{adverbs})\s+)*"
                                   rf"(?P<cue>{_alts(phrases(kind))})"
                                   r"(?![\w'’-])[ \t:]*", _I)) for kind in _KINDS)


@cache
def lead_words() -> re.Pattern[str]:
    """Words that may open a sentence before its subject, and bullets or a time before them."""
    return re.compile(rf"(?:[\s\W]*(?:{_alts(_data()['lead'])})(?![\w'’-])[\s,]*)*"
                      r"[\s\-*•·>–—]*", _I)


@cache
def question_key() -> re.Pattern[str]:
    """ "'s questions:", "'s:" after a name on a keyed line (group q: the items are questions)."""
    return re.compile(rf"['’]s\b\s*(?P<q>{_alts(_data()['question_keys'])})?\s*:\s*", _I)


@cache
def _news() -> re.Pattern[str]:
    return re.compile(rf"(?:['’]re|\s+are)\s+(?:(?:{_alts(_data()['adverbs'])})\s+)*"
                      rf"(?P<g>(?:{_alts(_data()['news'])})\s+\S.*)$", _I)


def _focus(owner: str) -> str:
    adjectives, nouns = _alts(_data()["focus_adjectives"]), _alts(_data()["focus_nouns"])
    return rf"{owner}\s+(?:(?:{adjectives})\s+)*(?:{nouns})(?![\w'’-])"


@cache
def _focus_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    be = r"(?:right\s+now\s+|at\s+the\s+moment\s+)?(?:is|are|was|were|:)"
    theirs, the, whose = (_focus("(?P<p>her|his|['’]s)"), _focus("(?:the|a)"),
                          _focus("(?:his|her|their)"))
    return (
        # "her main focus is X" (group p: whose), "'s big worry is X" after a name
        re.compile(rf"{theirs}\s*{be}\s+", _I),
        # "the big thing on her mind is X"
        re.compile(rf"{the}\s+on\s+(?P<p>her|his)\s+mind\s*{be}\s+", _I),
        # "X is his biggest headache": the topic is X
        re.compile(rf"\s+(?:is|are|was|were)\s+{whose}.*$", _I))


def focus(text: str) -> tuple[str, str] | None:
    """(whose: "her", "his" or "'s", what follows) when `text` opens by saying what is on
    someone's mind: "her main focus is the new telemetry rollout"."""
    for pattern in _focus_patterns()[:2]:
        if m := pattern.match(text):
            return m["p"], text[m.end():]
    return None


def news(after_they: str) -> str | None:
    """ "'re moving audit workpapers to ..." after "they": "moving audit workpapers to ..."."""
    m = _news().match(after_they)
    return m["g"] if m else None


_THEN_ABOUT = re.compile(r"(?:after|afterwards|later|after\s+that|briefly|at\s+length|a\s+bit|"
                         r"for\s+ages|for\s+a\s+while)\s+(?:about|re:?|on)\s+", _I)


def cue_at(text: str, subjected: bool = False) -> tuple[Kind, str, str] | None:
    """(kind, cue as written, what follows it) when a cue opens `text`; `subjected`: right
    after the clause's subject, where a cue such as "ask about" is no note to self."""
    for kind, pattern in _cue_patterns(subjected):
        m = pattern.match(text)
        if m is None:
            continue
        tail = text[m.end():]
        if kind == "subject" and re.match(r"(?:to|with|w/)\b", tail, _I):
            continue  # "talked to HR", "spoke with Sam": whom, not what
        if kind == "subject" and (more := _THEN_ABOUT.match(tail)):
            # "talked after about the fall menu": when, then what
            return kind, f"{m['cue']} {more.group(0).strip()}", tail[more.end():]
        return kind, m["cue"], tail
    return None


# "rang me after and said he enjoyed ...": what the clause's subject said of themselves
_REPORTS = re.compile(r"\b(?:said|says|told\s+(?:me|her|him|them)|mentioned)\s+(?:that\s+)?"
                      r"(?P<p>he|she)\s+", _I)


def reported(rest: str) -> tuple[str, tuple[Kind, str, str]] | None:
    """("m" or "f", the cue) when what follows a clause's subject reports, within a few words,
    a he or she discussing something: that he or she may be the subject themselves."""
    m = _REPORTS.search(rest)
    if m is None or len(rest[:m.start()].split()) > 5 or (cue := cue_at(rest[m.end():])) is None:
        return None
    return ("m" if m["p"].casefold() == "he" else "f"), cue


def has_cue(text: str) -> bool:
    return cue_at(text) is not None


# "What we covered: X, Y", "Things she asked about:": the clause's subject and cue follow
_WHAT = re.compile(r"(?:what|things?|stuff|everything)\s+(?:that\s+)?(?=(?:we|he|she|they|i)\s)",
                   _I)


def past_what(text: str) -> str:
    """ "What we covered: X" as "we covered: X"."""
    m = _WHAT.match(text)
    return text[m.end():] if m else text


def heading_cue(text: str) -> Kind | None:
    """The kind of a cue that ends `text` with nothing after it but a bracket and a colon
    ("talked about (mostly Temperance):", "asked me about:"): a heading whose items follow."""
    cue = cue_at(text)
    if cue is None or re.sub(r"\([^()]*\)", "", cue[2]).strip(" :.-–—"):
        return None
    return cue[0]


@cache
def _introductions() -> re.Pattern[str]:
    return re.compile(rf"(?:[\s,]*(?:{_alts(_data()['introductions'])})(?![\w'’-]))+[\s,:]*", _I)


def introduces(opening: str) -> bool:
    """ "First was", "Next up": an opening that brings on whoever it names next."""
    return bool(opening.strip()) and _introductions().fullmatch(opening) is not None


# where a clause ends: a sentence end (also one closing a bracket: "(... call her Ms Lan.) She
# asked"), a semicolon, a dash between words, a table's cell wall, or a comma or "and" before
# a new subject ("..., and he went on about", "..., she talked about")
_BREAK = re.compile(r'(?:(?<=[.!?])|(?<=[.!?][)\]"”’]))\s+|\s*;\s*|\s+[-–—]+\s+|(?<=\w)—+(?=\w)'
                    r"|\s*\|\s*"
                    r"|,\s*(?:(?:and|but|then|so)\s+)?(?=(?:he|she|they|i|we)(?:['’]\w+)?\s)"
                    r"|\s+(?:and|but)\s+(?=(?:he|she|we|i)(?:['’]\w+)?\s)", _I)


def _abbreviated(text: str, at: int) -> bool:
    """A full stop after "Dr", "Mr", "vs" or an initial ends no sentence."""
    word = re.search(r"([\w.]+)\.$", text[:at + 1])
    if text[at] != "." or not word:
        return False
    w = word[1].casefold()
    return w in vocab().abbreviations or len(w) == 1 or w in HONORIFICS


def _depth(text: str) -> list[int]:
    depth = [0] * (len(text) + 1)
    for i, ch in enumerate(text):
        depth[i + 1] = max(0, depth[i] + (ch in "([") - (ch in ")]"))
    return depth


def clauses(text: str, before: re.Pattern[str] | None = None) -> list[tuple[int, str]]:
    """(offset, clause) of a line, split outside brackets (see _BREAK); also at a comma before
    a cue ("big on X, asked me to ...") or before whatever `before` matches (a person's name)."""
    depth = _depth(text)
    cuts: list[tuple[int, int]] = []
    for m in _BREAK.finditer(text):
        if depth[m.start()] or (m.start() > 0 and _abbreviated(text, m.start() - 1)):
            continue
        cuts.append((m.start(), m.end()))
    # ... and at "+", "&", "and", "then" before a cue ("had me on the pasta station + talked
    # about the new tasting menu")
    for m in re.finditer(r",\s*(?:and\s+)?|\s+(?:\+|&|and|then|and\s+then)\s+", text):
        rest = text[m.end():]
        if m[0].strip(" ,") and cue_at(rest) is None:
            continue  # "she and I debriefed": "and" cuts only before a cue with no subject
        if not depth[m.start()] and (has_cue(rest) or (before is not None and before.match(rest))):
            cuts.append((m.start(), m.end()))
    out, start = [], 0
    for a, b in sorted(set(cuts)):
        if a < start:
            continue
        if text[start:a].strip():
            out.append((start, text[start:a]))
        start = b
    if text[start:].strip():
        out.append((start, text[start:]))
    return out


# a comma or "and" before a new item of a list: "X, Y, and Z", "X and about Y", "X and how Y"
_ITEM = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+(?=(?:about|how|whether|what|why|"
                   r"if|the|their|his|her|my|our|your|its|a|an|[a-z]+ing)\b)|\s+\+\s+", _I)
_JOINER = re.compile(r"(?:worried|which|that(?!\s+(?:he|she|they)\s)|because|but|so|though|esp|"
                     r"especially|including|e\.g|like|i\s+said|not)\b", _I)
# an item that reports what someone said or wants: "that they want someone to co-lead X"
_REPORTED = re.compile(r"(?:that\s+)?(?:he|she|they)(?:['’]\w+)?\s+", _I)
_WH = re.compile(r"(?P<wh>how|whether|what|why|when|which|who|if)\s+", _I)
_SAYS = re.compile(r"(?:he|she|they|we|it)(?:['’]\w+)?\s", _I)
_VIEWS = re.compile(r"^(?:your|my|his|her|their)\s+(?:views?|take|thoughts|answers?|opinions?|"
                    r"approach|experience)\s+(?:on|of|about|with)\s+(?=\S)", _I)
_OK_WITH = re.compile(r"(?:(?:am\s+)?i(?:['’]m|\s+am)?\s+)?(?:ok|okay|fine|comfortable|alright)"
                      r"\s+with\s+(?=\S)", _I)
_QUOTED = re.compile(r"[\"“‘][^\"“”‘’]+[\"”’][\W_]*")
_TAIL_CUT = re.compile(r"\s+(?:but|lol|btw|haha|ugh)\b|\s*[!?]+", _I)


def _items(text: str) -> list[str]:
    """A list's items, split outside brackets; a piece that continues a clause ("which ...",
    "but ...") stays with the item before it."""
    depth = _depth(text)
    out, start = [], 0
    for m in _ITEM.finditer(text):
        if depth[m.start()]:
            continue
        piece, rest = text[start:m.start()], text[m.end():]
        if _JOINER.match(rest):
            continue
        out.append(piece)
        start = m.end()
    out.append(text[start:])
    return [p.strip() for p in out if p.strip()]


def _cut_tail(text: str) -> str:
    """Up to an aside or a question mark outside brackets ("... but liked it", "lol")."""
    depth = _depth(text)
    m = next((m for m in _TAIL_CUT.finditer(text) if not depth[m.start()]), None)
    return text[:m.start()] if m else text


def _without_trailing_adverbs(text: str) -> str:
    """ "the 2-2 load again": the topic is the load; a word that can only be an adverb, at
    the end, says how it came up."""
    while (m := re.search(r"[\s,]+([^\W\d_]+)[\s.,;:]*$", text)) and classes(m[1]) == {"adv"} and (
            not is_preposition(m[1])):
        text = text[:m.start()]
    return text


def _label(text: str, cued: bool) -> str:
    """ "the team structure: role reports to ..." after a cue is the team structure; without a
    cue, "system design round: rate limiter for the public API" is the rate limiter."""
    depth = _depth(text)
    m = next((m for m in re.finditer(r":\s+", text) if not depth[m.start()]), None)
    if m is None:
        return text
    head, detail = text[:m.start()], text[m.end():]
    if (cued and len(head.split()) <= 6) or _SAYS.match(detail):
        return head  # "lab culture: she hates heroics" is lab culture
    return detail if len(head.split()) <= 4 and detail.strip() else text


def topics_after(kind: Kind | None, tail: str) -> list[str]:
    """The topics in what follows a cue (or, with `kind` None, a list under a person's name),
    each in the form the composer reads: "asked about X", "asked how X", "wants X", or X."""
    tail = capital_i(_cut_tail(tail.strip()))
    tail = _label(tail, cued=kind is not None).strip(" ,.:;|")
    if not tail:
        return []
    if kind == "wish":
        return [f"wants {tail}"] if len(tail.split()) >= 2 else []
    out = []
    answered = False  # "asked why plumbing -> my grandad + the bathroom refit": my answer
    for item in _items(tail):
        if answered and kind == "question":
            continue  # what follows the arrow is the candidate's answer, not another question
        if kind == "question" and (arrow := re.search(r"\s*(?:->|→|=>)", item)):
            item, answered = item[:arrow.start()], True
        item = re.sub(r"^(?:also|and|plus|about)\s+", "", without_asides(item), flags=_I)
        item = _VIEWS.sub("", item)  # "your views on IFRS 9": the topic is IFRS 9
        item = _without_trailing_adverbs(_cut_tail(item.strip(" ,.:;")))
        if not item or re.match(r"(?:i|i'm|i’m|i'd|i’d|me|we|to)\b", item, _I):
            continue  # "I said 120-130": the candidate's words; "asked me to ...": a task
        if (said := _REPORTED.match(item)) and (inner := cue_at(item[said.end():])):
            out += topics_after(inner[0], inner[2])  # "that they want someone to co-lead X"
            continue
        item = _focus_patterns()[2].sub("", item)  # "HOS violations are his big headache"
        if kind is None and _QUOTED.fullmatch(item):
            continue  # '"call me Kemi" 😊': their words, not a subject
        if kind is None and _SAYS.match(item):
            continue  # "she'll send times ...": a sentence under their name, no cue, no topic
        if kind == "question":
            if ok := _OK_WITH.match(item):  # "ok with 4 on 4 off?": whether I am
                out.append(f"asked whether I'm okay with {item[ok.end():]}")
            elif wh := _WH.match(item):
                word = "whether" if wh["wh"].casefold() == "if" else wh["wh"].casefold()
                out.append(f"asked {word} {item[wh.end():]}")
            elif clean_topic(item):
                out.append(f"asked about {item}")
            continue
        topic = clean_topic(item)
        if topic and (kind is not None or len(topic.split()) <= 12):
            out.append(topic)
    return out
