"""Detector: whom the notes say to write to, each with its line.

A verb of writing ("write", "email", "reply", "ask", "tell", a thank-you) opens a search that
runs to the end of its clause and takes the first person it meets: a name ("reply by email to
Bronagh"), a role ("send thank you email to the headteacher"), or a pronoun ("thank-you to her
today"). Several joined ("thank Hemi and Nokuthula") are several targets, unless the notes put
one first ("to Hemi first, then Nokuthula"). A question that weighs a name ("write to Talia? or
...") is no answer, nor is a verb someone else does ("she'll email Tom") or one negated ("not
Vantora"). The words are vocabulary (data/cues.toml [directive]); whether they name a known
person is the resolver's call (contacts.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from drafter.context import PARTICLES
from drafter.notes.lexicon import common_set, data_toml, phrase_pattern, plain
from drafter.notes.people import first_names, role_words
from drafter.notes.segment import _without_instructions
from drafter.notes.vocab import vocab
from drafter.titles import TITLE_WORDS

Kind = Literal["name", "role", "pronoun"]


@dataclass(frozen=True)
class Target:
    """One person a directive points at: a name's words, a role's words, or a pronoun."""

    line: int  # 1-based
    kind: Kind
    words: str
    at: int  # offset of the directive in the whole text (where a pronoun looks back from)
    first: bool = False  # the notes put this one first ("to Hemi first")
    thanks: bool = False  # a thank-you's target ("thank Adebayo"), not "write to"
    reported: bool = False  # someone else's instruction ("auto reply saying to contact Carys")


@cache
def _data() -> dict[str, list[str]]:
    return data_toml("cues.toml")["directive"]


@cache
def _verbs() -> re.Pattern[str]:
    verbs = phrase_pattern(_data()["verbs"]).pattern
    thanks = phrase_pattern(_data()["thanks"]).pattern
    return re.compile(rf"(?<![\w'’-])(?:(?P<thanks>{thanks})|(?P<verb>{verbs}))(?![\w'’-])",
                      re.I)


def opens_with_verb(name: str) -> bool:
    """Whether a "name" opens with a one-word verb of writing ("Chase Adaeze", "Email Gary"):
    the notes' instruction, read as a person's name."""
    m = _verbs().match(name)
    return m is not None and m["verb"] is not None and not re.search(r"\s", m["verb"])


@cache
def _before() -> tuple[re.Pattern[str], re.Pattern[str]]:
    neg = phrase_pattern(_data()["negations"]).pattern
    third = phrase_pattern(_data()["third_person"]).pattern
    return (re.compile(rf"(?:{neg})\s+(?:\w+\s+)?$", re.I),
            re.compile(rf"(?:^|[\s(\"“])(?:{third})\s+(?:(?:will|would|can|could|may|might|"
                       rf"should|to|also|then|just|probably)\s+)?$", re.I))


_TOKEN = re.compile(r"[^\W\d_][\w'’-]*\.?|\d+|[.,;:!?()\"“”]|(?<=\s)[-–—](?=\s)")


def _tokens(text: str) -> list[str]:
    """Words and the marks that end a clause; a full stop stays on a title or an initial
    ("Dr.", "Eng.", "J.") and ends the clause after any other word ("the headteacher.")."""
    out = []
    for tok in _TOKEN.findall(text):
        stem = tok.rstrip(".")
        if tok.endswith(".") and stem and len(stem) > 1 and stem.casefold() not in _TITLES:
            out += [stem, "."]
        else:
            out.append(tok)
    return out
_END = set(".;!?:()\n\"“”-–—")
_TITLE_DOT = re.compile(r"\b(Mrs|Mr|Ms|Mx|Dr|Prof|Eng|Capt|St)\.", re.I)
_QUESTION_OR = re.compile(r"[^.!?\n]*\?+\s*or\b", re.I)
_QUESTION = re.compile(r"(?:^|[.!?]\s+)(?:should|shall|do|can|would|could)\s+I\b[^.!?]*$", re.I)


# forms of address a name may follow in a directive ("to Eng. Khalid", "to Chef Ruairí")
_TITLES = TITLE_WORDS | {"chef", "coach", "aunty", "auntie", "uncle"}


def _cap(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def _words_set(key: str) -> frozenset[str]:
    return frozenset(plain(w) for w in _data()[key])


# the particles a surname may carry ("de la", "Ó", "bin"), compared as plain words
_PARTICLES = frozenset(plain(p) for p in PARTICLES)


def _is_role(word: str) -> bool:
    low = plain(word)
    return low in role_words() or any(low.endswith(r) for r in role_words() if len(r) > 4)


# words that open what a directive sends, not whom: "send the notes to him", "forward it to Ana"
_OBJECT_FIRST = frozenset(("the", "my", "a", "an", "it", "this", "that", "these", "those", "our",
                           "both", "all"))


def _targets(tokens: list[str], thanks: bool) -> list[tuple[Kind, str, bool]]:
    """The people a directive's clause names, in order (kind, words, put first)."""
    out: list[tuple[Kind, str, bool]] = []
    stops, joins, pronouns = _words_set("stops"), _words_set("joins"), _words_set("pronouns")
    if tokens and plain(tokens[0]) in _OBJECT_FIRST:
        # "send the thank-you and my licence copy to him": what is sent, then to whom
        for k in range(1, min(len(tokens) - 1, 12)):
            if tokens[k] in _END or tokens[k] == ",":
                break
            if plain(tokens[k]) == "to" and (plain(tokens[k + 1]) in pronouns
                                            or _cap(tokens[k + 1])):
                return _targets(tokens[k:], thanks)
    things = _words_set("thanks_things")
    i, skipped, open_ = 0, 0, True  # open_: the clause may still name (another) person
    while i < len(tokens) and skipped <= 4:
        tok = tokens[i]
        low = plain(tok.rstrip("."))
        if tok in _END or tok == "," or tok[:1].isdigit():
            break
        if i == 0 and low in ("to", "with"):  # "check in with Adaeze", "reply to Tom"
            i += 1
            continue
        if thanks and not out and low in things and low != "one":
            # "thank you note to Dana": what is sent, before the person ("you" is no subject)
            i, skipped = i + 1, skipped + 1
            continue
        if low == "but" and i + 1 < len(tokens) and plain(tokens[i + 1]) == "to":
            i += 1  # "nudge again but to Fionnuala this time": a new target, not a new clause
            continue
        if low in joins and out:
            open_, i = True, i + 1
            continue
        if low in stops and not (_cap(tok) and low in _NAME_STOPS and i and plain(
                tokens[i - 1]) in ("to", "email", "thank", "message", "text")):
            break  # "write to Will": a capitalised first name right after "to", not the word
        named = _cap(tok) or tok.rstrip(".").casefold() in _TITLES
        lower_name = len(low) > 2 and (low not in common_set() or low in first_names()) \
            and low not in things
        if thanks and not out and low != "to" and low not in things and not named \
                and low not in pronouns and not lower_name:
            break  # "thank you for coming in": the person comes at once or after "to"
        if low == "the" and open_:
            # "the headteacher", "the line producer", "the head chef": up to three words
            run = tokens[i + 1:i + 4]
            k = next((n for n, t in enumerate(run) if _is_role(t)), None)
            if k is not None and not any(t in _END or t == "," or plain(t) in stops
                                         for t in run[:k]):
                end = i + 1 + k + 1  # "the hiring manager": the role's words that follow too
                while end < len(tokens) and end < i + 5 and _is_role(tokens[end]):
                    end += 1
                out.append(("role", " ".join(tokens[i + 1:end]), False))
                open_, i = False, end
                continue
        if low in pronouns and open_:
            out.append(("pronoun", low, False))
            open_, i = False, i + 1
            continue
        if named and (low in vocab().months or low in vocab().weekdays):
            break  # "LinkedIn message, 14 Jan": a date, the verb was a noun
        if open_ and named:
            run, j = [tok], i + 1
            while j < len(tokens) and len(run) < 5 and (_cap(tokens[j]) or (
                    plain(tokens[j]) in _PARTICLES
                    and any(_cap(t) for t in tokens[j + 1:j + 3]))):
                run.append(tokens[j])
                j += 1
            first = j < len(tokens) and plain(tokens[j]) in ("first", "mainly", "mostly")
            # "reply to Babajide's email": the person, not their possessive
            run[-1] = re.sub(r"['’]s$", "", run[-1])
            out.append(("name", " ".join(run), first))
            open_, i = False, j
            continue
        if open_ and lower_name:
            # a name written in lower case ("ty to adebayo"): the resolver keeps it only when
            # it is someone the notes name, so the search goes on past it
            out.append(("name", tok, False))
        i, skipped = i + 1, skipped + 1
    return out


@cache
def _reporting() -> tuple[re.Pattern[str], frozenset[str]]:
    return phrase_pattern(_data()["reporting"]), _words_set("own_subjects")


def _reported(head: str) -> bool:
    """Whether the clause before a verb reports someone else's instruction: a reporting word
    among its last dozen words, and no word of the candidate's own after it."""
    words = head[-200:].split()[-12:]
    pattern, own = _reporting()
    hits = list(pattern.finditer(" ".join(words)))
    if not hits:
        return False
    after = " ".join(words)[hits[-1].end():].split()
    return not any(plain(w.strip(",.;:")) in own for w in after)


@cache
def _noun_before() -> re.Pattern[str]:
    words = phrase_pattern(_data()["noun_before"]).pattern
    return re.compile(rf"(?:^|[\s(\"“])(?:{words})\s+$", re.I)


def _noun_use(head: str) -> bool:
    """Whether the verb after `head` is a noun: "HR contact Jón", "my email to Tom"."""
    head = head[-40:]  # the words right before the verb, however long the line
    last = head.rstrip().rsplit(None, 1)[-1] if head.strip() else ""
    return bool(_noun_before().search(head)) or (
        head[-1:].isspace() and ((last.isalpha() and last.isupper() and 1 < len(last) <= 4
                                  and last.casefold() not in _NOT_ACRONYMS) or _is_role(last)))


# a name then a comma or "!" right after "thanks": "Thanks Keisha, see you then"
_VOCATIVE = re.compile(r"[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?[ \t]*[,!]")

_THANK_YOU = re.compile(r"[ \t]+(?:you|u)\b", re.I)

# stop words that are also first names, read as the name only in "to Will" shapes
_NAME_STOPS = frozenset({"will"})

# capitals that open an instruction, not a noun's modifier ("PLS email Tom", "NB reply to her")
_NOT_ACRONYMS = frozenset({"pls", "plz", "asap", "nb", "ps", "fyi", "ok", "tbd", "todo", "also"})


def addressed(text: str) -> list[list[Target]]:
    """Each directive's targets, in the order the notes write them."""
    out: list[list[Target]] = []
    offset = 0
    before_neg, before_third = _before()
    for no, raw in enumerate(text.splitlines(keepends=True), 1):
        line = _without_instructions(raw.rstrip("\n"))
        for m in _verbs().finditer(line):
            head = line[:m.start()]
            if m.group()[:1].isupper() and head.strip() and not re.search(r"[.!?:;]\s*$", head) \
                    and re.match(r"\s+[A-Z][a-z]", line[m.end():]):
                continue  # "w/ Chase Lindgren (ECD)", "met Ping Li": a name, not a verb
            if before_neg.search(head) or (not m["thanks"] and (
                    before_third.search(head) or _noun_use(head))):
                continue
            after = line[m.end():]
            # "Thank Keisha, then ..." is a plan; "Thank you Precious, ..." is said to her
            you = _THANK_YOU.match(after) if m.group().casefold() == "thank" else None
            if m["thanks"] and _VOCATIVE.match(after[you.end():] if you else after) and (
                    you or m.group().casefold() != "thank"):
                continue  # "Thanks Keisha, see you then": said to Keisha, not a plan to thank
            bare = _TITLE_DOT.sub(r"\1", after)
            # "Should I write to Talia directly? or ...": a question, not a decision
            if _QUESTION_OR.match(bare) or (re.match(r"[^.!?\n]*\?", bare)
                                            and _QUESTION.search(head)):
                continue
            found = _targets(_tokens(after), bool(m["thanks"]))
            if found:
                out.append([Target(no, kind, words, offset + m.start(), first,
                                   bool(m["thanks"]), _reported(head))
                            for kind, words, first in found])
        offset += len(raw)
    return out
