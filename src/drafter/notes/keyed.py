"""A line keyed by a person: their name opens it, with a title, then the notes about them.

"Depute: Mr Chinedu Okonkwo – maths mastery, ...", "Pieter's questions: ...", "w/ Kwame: ...",
"9:00 Dr. Horace Whitlock — Head of School (chaired; asked about ...)", "1️⃣ Dr X (Dir. Assay
Dev) – talked ...", or a short form of one person's name ("AB-K: ...", "Mrs P's questions:").
Who the rest of a line's clauses are about is notes/attrib.py's.
"""

from __future__ import annotations

import re
from functools import cache

from drafter.notes.discussed import cue_at, has_cue, question_key
from drafter.notes.lexicon import data_toml, plain
from drafter.notes.mentions import Mentions, Who
from drafter.notes.people import HONORIFICS, role_words
from drafter.notes.vocab import vocab
from drafter.wordclass import classes

_I = re.IGNORECASE


@cache
def _title_heads() -> frozenset[str]:
    """Words that end a job title ("manager", "eng", "partner"), not those that only qualify
    one ("team", "senior", "clinical")."""
    v = vocab()
    qualifiers = v.title_modifiers | {plain(w) for w in data_toml("cues.toml")["discussion"][
        "title_qualifiers"]}
    return (role_words() | v.title_words | v.role_heads) - qualifiers


def is_title(text: str) -> bool:
    """A job title after a name ("eng manager", "Head of Network Planning"), not a topic
    ("team culture")."""
    words = [plain(w.strip(".,()")) for w in text.split()]
    if not 0 < len(words) <= 5 or words[0] in ("the", "a", "an", "their", "his", "her", "my",
                                               "our", "i") or cue_at(text) is not None:
        return False
    return words[-1] in _title_heads() or (len(words) > 2 and words[1] == "of" and (
        words[0] in _title_heads())) or all(w in vocab().role_heads for w in words)


_LABEL = re.compile(r"[\w][\w .'’/&-]{0,30}?\s*:\s*")
# a schedule's time before a name ("9:00–9:30 Dr. Ngozi Eze, principal — ...")
_TIME = r"\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?"
_CLOCK = r"\d{1,2}(?:[:.]\d\d\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)"
_AT_TIME = re.compile(rf"\s*{_CLOCK}(?:\s*[-–—]+\s*{_TIME})?\s+", _I)
# a meeting with someone, keyed by them: "w/ Kwame:", "exit meeting w/ Wanjiru:"
_WITH = re.compile(r"(?P<pre>(?:[^\W\d_][\w'’-]*\s+){0,3}?)(?:w/|with)\s*", _I)
_APPOSITIVE = re.compile(r"\s*,\s*(?P<t>[^:;,()–—]{2,60}?)(?=\s*(?::|[-–—]|\.\s|$))")
_KEY_ADVERB = re.compile(r"\s+([^\W\d_]+)(?=\s*(?::|\s[-–—]))")
_SEP = re.compile(r"\s*(?::|=|[-–—]+)\s*")  # "marcus = director of tech services, ..."
# a title, then the notes in one bracket that ends the line
_BRACKETED = re.compile(r"(?P<t>[^()]{0,60}?)\s*\((?P<in>[^()]+)\)[\s.]*$")
# the title that opens what follows the name, and a bracket after it ("(hiring mgr)")
_FIRST_PIECE = re.compile(r"(?P<t>[^.,:;()–—]{2,60}?)(?:\s*\([^()]{0,40}\))?"
                          r"(?:\.\s+|\s*,\s*|\s+[-–—]+\s+|\s*:\s*|\s*$)")
# a list's marker that is no bullet character: a keycap "1️⃣", a star, an arrow, an emoji
_MARKER = re.compile(r"(?:\d\ufe0f?\u20e3|[\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff"
                     r"\U0001F300-\U0001FAFF]\ufe0f?)+\s*")


def past_marker(text: str) -> str:
    """ "1️⃣ Dr X – ...", "★ Oisín – ...": the line as it reads after its list marker."""
    m = _MARKER.match(text)
    return text[m.end():] if m else text


# a key that is a short form of one person's name: initials with a hyphen kept from a
# double-barrelled surname ("AB-K"), or an honorific and the surname's initial ("Mrs P");
# bare capitals ("ML", "MD") could as well be a subject or a title, so they are no key
_SHORT = re.compile(r"(?:(?P<h>[A-Z][a-z]{1,8})\.?\s+(?P<s>[A-Z])|(?P<i>[A-Z]{1,3}(?:-[A-Z]){1,2}))"
                    r"(?![\w.-])")


def _initials(name: str) -> str:
    return "".join("-".join(p[:1] for p in w.split("-")) for w in name.split()).upper()


def short_form(text: str, people: Mentions) -> tuple[Who, int] | None:
    """(person, where the short form ends) when `text` opens with one that fits one person."""
    m = _SHORT.match(text)
    if m is None or (m["h"] and plain(m["h"]) not in HONORIFICS):
        return None
    hits = {w.name: w for w in people.whos if w.name and not w.me and (
        _initials(w.name) == m["i"] if m["i"] else
        len(w.name.split()) and w.name.split()[-1][:1] == m["s"] and len(w.name.split()[-1]) > 1)}
    return (next(iter(hits.values())), m.end()) if len(hits) == 1 else None


def keyed(text: str, people: Mentions) -> tuple[Who, str, bool] | None:
    """(person, what follows their name and title, whether the items are their questions)
    for a line that opens with a person as its key (see the module's docstring)."""
    at = m.end() if (m := _AT_TIME.match(text)) else 0
    starts = [*dict.fromkeys((0, at))] + ([m.end()] if (m := _LABEL.match(text, at)) else [])
    met_with = w.end() if (w := _WITH.match(text, at)) and not has_cue(w["pre"]) else None
    starts += [met_with] if met_with is not None else []
    for start in starts:
        got = people.subject(text[start:]) or short_form(text[start:], people)
        if got is None:
            continue
        who, end = got[0], start + got[1]
        if (adv := _KEY_ADVERB.match(text, end)) and classes(adv[1].casefold()) == {"adv"}:
            end = adv.end()  # "With Ingrid specifically: ...": the key, then how it was
        if start == met_with and not _SEP.match(text, end):
            continue  # "met w/ rich delgado, hes the foreman": a meeting, not a key
        if q := question_key().match(text, end):  # "Pieter's questions:", "Carol's:"
            return who, text[q.end():], bool(q["q"])
        titled = False
        if (a := _APPOSITIVE.match(text, end)) and is_title(a["t"]):
            end, titled = a.end(), True
        if sep := _SEP.match(text, end):
            rest = text[sep.end():]
        elif titled and (stop := re.match(r"\.\s+", text[end:])):
            rest = text[end + stop.end():]
        elif not text[end:].strip(" .,"):
            rest = ""
        else:
            continue
        if (first := _FIRST_PIECE.match(rest)) and is_title(first["t"]):
            rest = rest[first.end():]  # "Dev Raghunathan - eng manager. Talked about ..."
        elif (b := _BRACKETED.match(rest)) and (not b["t"] or is_title(b["t"])):
            rest = b["in"]  # "Dr. Horace Whitlock — Head of School (chaired; asked about ...)"
        return who, rest, False
    return None
