"""Detector: the people the notes name, by evidence rather than by capital letters alone.

A run of words is a person when its first word is a known first name (gender-guesser's list of
~45 000 first names from many countries, shipped in its wheel) followed by a surname, or when a
title stands before it ("Dr. Price", "Mrs. Adeyemi-Cole"); lowercase jottings count ("met with
aoife gallagher"). A lone first name counts only where the notes set it apart as a person
("Will (PM) -", "and Grace from education"). What the words around a mention say decides who
the person is to the candidate: an interviewer, a recruiter, or someone else (a referrer, the
candidate's own manager). Every candidate keeps its line and span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from drafter.context import COMPOUND_FIRST, COMPOUND_SECOND, PARTICLES
from drafter.notes.job_heads import firm_plural
from drafter.notes.lexicon import common_set, data_toml, name_case, plain
from drafter.notes.people_titles import Kind, _cue, _kind, _title
from drafter.notes.people_words import (
    _NAME_RANK,
    _SURNAME_RANK,
    _adjacent,
    _cap,
    _common,
    _jotted_word_name,
    _particle_surname,
    _rank,
    _surnameish,
    _viet_name,
    _vocab,
    _word_name,
    credential,
    first_names,
    jotted_titled,
    past_letters,
    word_named,
)
from drafter.notes.vocab import organisation_word, vocab
from drafter.titles import HONORIFICS, TITLE_WORDS

_WORD = re.compile(r"[^\W\d_][\w'’-]*\.?|(?<=\s)['’]t(?=\s)")  # "van 't Hof"
_HONORIFIC = HONORIFICS


def top_words() -> frozenset[str]:
    """The 1000 commonest English words."""
    return _vocab()["top"]


def role_words() -> frozenset[str]:
    """Words of job titles (notes/data/people.toml)."""
    return _vocab()["role_words"]


def word_in(kind: str, word: str) -> bool:
    """Whether a word (case and accents aside) is in one of the detector's word lists:
    'not_names', 'role_words', 'company_words' (notes/data/people.toml), 'common' (English
    words) or 'top' (the 1000 commonest)."""
    return _plain(word) in _vocab()[kind]


_plain = plain


@dataclass
class Person:
    name: str
    line: int  # 1-based
    start: int
    end: int
    honorific: str | None = None
    kind: Kind = "unknown"
    title: str | None = None
    topics: list[str] = field(default_factory=list)


def _is_first(word: str) -> bool:
    if word.rstrip(".").isupper() and len(word.rstrip(".")) <= 3:
        return False  # "ED", "VP", "PM": a title's letters, not Ed or Pam
    parts = [_plain(p) for p in word.rstrip(".").split("-") if p]
    if len(parts) > 1 and _common(parts[0]):
        return False  # "On-call", "Follow-up": a hyphenated word, not "Hyun-woo"
    return bool(parts) and len(parts[0]) > 1 and parts[0] in first_names()


def _wordish(word: str) -> bool:
    """A common English word, not a first name the word list only has because people are
    called it: "Grant", "Core" are words before a capitalised word; "Daniel" (ranked past
    the first nine thousand words, and in the gazetteer) is a name."""
    bare = _plain(word.rstrip(".,"))
    return _common(word) and not (_cap(word) and _is_first(word)
                                  and _rank().get(bare, 0) > _NAME_RANK)


def is_first_name(word: str) -> bool:
    """Whether a word is a known first name (the gazetteer; "ED", "VP" are not)."""
    return _is_first(word)


def ordinary_words(name: str) -> bool:
    """Whether a "name" is only ordinary English words, none a known first name ("Nursing Unit",
    "Water Plant", "Mine Ventilation"): no one's name, whatever its capitals."""
    words = [w.strip(".,'’") for w in name.split()]
    return bool(words) and all(plain(w) in common_set() and not _is_first(w) for w in words)


def is_title_word(word: str) -> bool:
    """A word of a job title ("Exec", "Chef", "Director"), never part of a name."""
    return _plain(word.rstrip(".,")) in _vocab()["role_words"]


def person_like(name: str) -> bool:
    """Whether a full name opens with a known first name ("Kerry-Ann Campbell"), as a company
    the reader took for a person ("Meridian Freightways") does not."""
    words = name.split()
    return bool(words) and name[:1].isupper() and (_is_first(words[0]) or word_named(name))


def _after_title(words: list[re.Match[str]], i: int, line: str) -> tuple[int, str] | None:
    """After a form of address, a lowercase given name and a surname no dictionary knows
    ("mrs rosemary fitzgerald-tuhiwai"): a full name, though the given name is also a word."""
    if i + 1 >= len(words) or _cap(words[i].group(0)) or not _adjacent(words[i], words[i + 1],
                                                                         line):
        return None
    first, last = words[i].group(0), words[i + 1].group(0).rstrip(".,")
    parts = [p for p in last.split("-") if p]
    # the given name may be a common word that is a first name too ("dr. will okonjo")
    if _cap(last) or not (_surnameish(first) or _is_first(first)) or not _surnameish(last) or (
            not parts or any(_plain(p) in _rank() for p in parts)):
        return None
    return i + 2, f"{name_case(first)} {name_case(last)}"


def _name_from(words: list[re.Match[str]], i: int, line: str,
               compound: bool = True) -> tuple[int, str] | None:
    """(index after the name, the name) for a name starting at words[i], or None.

    A surname after a lowercase first name must not be an English word ("grace mostly"); after
    a capitalised one it may be ("Darnell Brooks") unless the first name is one too ("Grant
    Reporting", "Core Lab"): two common words are a phrase, not a person."""
    first = words[i].group(0)
    if first.endswith(".") and len(first.rstrip(".")) > 1 and _plain(first.rstrip(".")) not in (
            _HONORIFIC):
        return None  # "I wrote Mr. Liu. Topics were ...": the sentence ends with the name
    # an initial keeps its dot, as written ("Dr. S. Venkataraman")
    j, parts = i + 1, [first if len(first.rstrip(".")) == 1 else first.rstrip(".")]
    second = words[j].group(0) if j + 1 < len(words) else ""
    if compound and _cap(first) and first.casefold() in COMPOUND_FIRST and _cap(second) and (
            second.casefold() in COMPOUND_SECOND and _adjacent(words[i], words[j], line)) and (
            got := _name_from(words, j, line, compound=False)):
        return got[0], f"{parts[0]} {got[1]}"  # "Juan Carlos de la Fuente"; not "Maria Jose today"
    if j + 1 < len(words) and re.fullmatch(r"[A-Z]\.", words[j].group(0)) and _cap(first) and (
            _adjacent(words[j - 1], words[j], line)):
        parts.append(words[j].group(0))  # a middle initial: "William R. Castellano"
        j += 1
    # a surname, possibly after particles ("de la Cruz", "Ní Chonaill", "van der Berg")
    while j < len(words) and words[j].group(0).casefold() in PARTICLES and len(parts) < 4:
        parts.append(words[j].group(0))
        j += 1
    if j >= len(words) or not _adjacent(words[j - 1], words[j], line):
        return None
    last = words[j].group(0)
    if not _surnameish(last) or _cap(last) != _cap(first):
        return None
    if len(parts) == 1 and _wordish(first) and (_common(last) or (_is_first(last) and (
            _plain(first) in _vocab()["top"]))):
        return None  # "Grant Reporting", "Tell Priya", "mentor mid-level": words, not a name
    if not _cap(first) and not _cap(last) and _rank().get(_plain(last.rstrip(".,")), 99999) < 5000:
        return None  # "w/ mark delaney area manager": a jotted name does not end in "area"
    if not _cap(first) and _common(first) and not (
            re.match(r"\s*\(", line[words[j].end():]) and _title(line, words[j].end())):
        # lowercase "mark", "grace": a person only when capitalised, or when a job title in
        # brackets follows ("gary pelt (proj director)")
        return None
    if j + 1 < len(words) and _cap(words[j + 1].group(0)) and _adjacent(
            words[j], words[j + 1], line) and organisation_word(words[j + 1].group(0), False):
        return None  # "the Lyric Quay Theatre", "Brennan Logistics": an organisation's name
    if firm_plural(f"{first} {last}") or (j + 1 < len(words) and _cap(words[j + 1].group(0))
                                           and _adjacent(words[j], words[j + 1], line)
                                           and firm_plural(f"{last} {words[j + 1].group(0)}")):
        return None  # "Thornbury Hale Engineers", "Kettle Architects": a firm
    parts.append(re.sub(r"['’]s$", "", last.rstrip(".,")))
    j += 1
    if j < len(words) and _cap(first) and _double_surname(words[j - 1], words[j], line):
        parts.append(words[j].group(0).rstrip(".,"))  # "Alejandro Ruiz Ibáñez"
        j += 1
    return j, " ".join(p if _cap(p) or p.casefold() in PARTICLES else name_case(p)
                       for p in parts)


def _double_surname(before: re.Match[str], word: re.Match[str], line: str) -> bool:
    """A second surname right after the first, as Spanish and Portuguese names have ("Ruiz
    Ibáñez", "Santos Lima"): capitalised, no common word, no first name (the next person in a
    list), no organisation's word; nothing but a space between."""
    text = word.group(0)
    bare = text.rstrip(".,")
    return (line[before.end():word.start()] == " " and not before.group(0).endswith((",", "."))
            and _cap(text) and not bare.isupper() and len(bare) > 2 and _surnameish(bare)
            and not _common(bare) and not _is_first(bare) and not organisation_word(bare)
            and not credential(bare)
            and _rank().get(_plain(bare), 99999) > _SURNAME_RANK)


def _titled(words: list[re.Match[str]], i: int, line: str) -> tuple[int, str] | None:
    """A name whose first word no list knows, taken only when a job title or credentials
    follow it: "Nkechi Eze, MSN, RN (nurse manager)", "Chidi Okafor (Ops Director)"."""
    if i + 1 >= len(words) or not _adjacent(words[i], words[i + 1], line):
        return None
    last = words[i + 1].group(0)
    if not (_cap(last) and _surnameish(last) and not _common(last)):
        return None
    end = words[i + 1].end()
    # a panel line: "* Kwame Asante, Board Treasurer — donor database"
    listed = not line[:words[i].start()].strip(" \t-*•·>") and bool(
        re.match(r"\s*(?:,\s*[A-Z]|\(|[-–—:]\s)", line[end:]))
    if _title(line, end) is None and past_letters(line, end) == end and not listed:
        return None
    return i + 2, f"{words[i].group(0).rstrip('.,')} {last.rstrip('.,')}"


def _set_apart(line: str, end: int) -> bool:
    """A lone first name the notes set apart as a person: 'Will (PM)', 'Grace -', 'Joy:'."""
    rest = line[end:end + 4]
    return bool(re.match(r"\s*(?:\(|[-–—:]\s|,\s*(?:the|our|a|an|my)\b)", rest))


_POSSESSIVE = frozenset({"my", "her", "his", "their", "our", "your", "whose"})
# "signed by the Judge herself": a form of address, then no name
_REFLEXIVE = frozenset({"herself", "himself", "themselves", "themself", "yourself"})


# a rank and its "(retd)": the rank is past, no form of address ("Lt Col (retd) Patricia
# Harcourt" is greeted as Patricia, or Ms Harcourt)
_RETIRED = re.compile(r"(?:\b(?:" + "|".join(sorted(TITLE_WORDS, key=len, reverse=True))
                      + r")\.?\s+)*\((?:ret|retd|retired)\.?\)", re.I)


_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?[ \t]+$")


def find_people(text: str) -> list[Person]:
    """Every person mention, first mention of each name only, in order."""
    found: list[Person] = []
    seen: set[str] = set()
    for no, line in enumerate(text.splitlines(), 1):
        # "Sgt. Maj. (Ret.) Frank Oduya": a past rank, blanked so offsets stay
        line = _RETIRED.sub(lambda m: " " * len(m[0]), line)
        words = list(_WORD.finditer(line))
        i = 0
        while i < len(words):
            word = words[i].group(0)
            key = word.rstrip(".").casefold()
            hit: tuple[int, str, str | None] | None = None
            if key in vocab().months and _DAY_BEFORE.search(line[:words[i].start()]):
                i += 1  # "19 June Mariam emailed": a date, then the name
                continue
            while key in _HONORIFIC and i + 1 < len(words) and _plain(
                    words[i + 1].group(0).rstrip(".")) in _vocab()["degree_kinds"]:
                del words[i + 1]  # "Dr.-Ing. Klaus Rieger", "Dr. med. Weber": no name
            nxt = words[i + 1].group(0) if i + 1 < len(words) else ""
            if key in _HONORIFIC and nxt.rstrip(".").casefold() in _HONORIFIC and _cap(nxt):
                if _HONORIFIC[key] == "Prof" and _HONORIFIC[nxt.rstrip(".").casefold()] == "Dr":
                    del words[i + 1]  # "Prof. Dr. Vogel": the higher rank, a professor
                    continue
                i += 1  # "Frau Dr. Weber", "Herr Prof. Lang": the title nearer the name is kept
                continue
            if key in _HONORIFIC and i > 0 and _plain(words[i - 1].group(0)) in _POSSESSIVE:
                key = ""  # "her sister Lucía", "my chef": a relation or a job, no form of address
            if key in _HONORIFIC and nxt and _plain(nxt.rstrip(".,")) not in _REFLEXIVE and (
                    _cap(nxt) or _is_first(nxt) or (
                    _surnameish(nxt) and _plain(nxt) not in _vocab()["top"])):
                got = _viet_name(words, i + 1, line) or _name_from(words, i + 1, line)
                if got is None and nxt.casefold() in PARTICLES:
                    got = _particle_surname(words, i + 1, line)  # "ms de la cruz"
                if got is None and (two := _after_title(words, i + 1, line)):
                    got = two  # "mrs rosemary fitzgerald-tuhiwai": no word ends that name
                if got is None and _surnameish(nxt):
                    got = (i + 2, nxt.rstrip(".,") if _cap(nxt) else nxt.rstrip(".,").title())
                if got is not None:
                    hit = (got[0], got[1], _HONORIFIC[key])
            elif got := _viet_name(words, i, line):
                hit = (got[0], got[1], None)  # "Nguyễn Thị Lan", not "Thị Lan"
            elif _is_first(word) and _plain(word.rstrip(".")) not in _vocab()["not_names"]:
                got = (_name_from(words, i, line) or _word_name(words, i, line)
                       or _jotted_word_name(words, i, line))
                if got is not None:
                    hit = (got[0], got[1], None)
                elif re.match(r"[ \t]+from[ \t]+\w", line[words[i].end():]) and (
                        i == 0 or re.search(r"(?:^|[.;,—–-]|\band)\s*$", line[:words[i].start()])):
                    # "dawn from ridgeway vets called", "and then grace from clinical education"
                    hit = (i + 1, name_case(word.rstrip(".,")), None)
                elif ((got is None and _cap(word) and _set_apart(line, words[i].end())
                      and (i == 0 or not line[:words[i].start()].strip(" \t-*•·>")))
                      or (got is None and _cap(word) and _plain(word) not in _vocab()["common"]
                      and i > 0 and _set_apart(line, words[i].end()))):
                    hit = (i + 1, word.rstrip(".,"), None)
            elif (got := _word_name(words, i, line) if _cap(word) else _jotted_word_name(
                    words, i, line)):
                hit = (got[0], got[1], None)  # "Sunday Adeyemi", "Bill Torres", "Hope Mathers"
            elif _cap(word) and not _common(word) and (got := _titled(words, i, line)):
                hit = (got[0], got[1], None)  # "Nkechi Eze, MSN, RN (nurse manager)"
            if hit is None and (got := jotted_titled(words, i, line)) and _title(
                    line, words[got[0] - 1].end()):
                hit = (got[0], got[1], None)  # "w/ sunday ogunleye-hart, head of production"
            if hit is None:
                i += 1
                continue
            j, name, honorific = hit
            start, end = words[i].start(), words[j - 1].end()
            if j < len(words) and _plain(words[j].group(0)) in _vocab()["company_words"] \
                    and _cap(words[j].group(0)):
                i = j + 1  # "Austin Dental Group", "Salem Steel Works": a company
                continue
            if (org := _ORG_OF.search(line[max(0, start - 60):start])) and organisation_word(
                    org[1]):
                i = j  # "Universidad del Pacífico Norte", "Bank of Ireland": an organisation
                continue
            if re.match(r"\s*\?", line[end:]) or re.match(r"\s*\?", line[
                    words[j].end():] if j < len(words) else ""):
                i = j  # "didn't catch her name (Ann? Anne-Marie?)": a guess, not a name
                continue
            if name.casefold() in seen:
                _described_later(found, name, line, start, end)
            elif _alias(found, no, name, line, start):
                pass
            else:
                seen.add(name.casefold())
                opens = not line[:start].strip(" \t-*•·>–—") or bool(
                    re.fullmatch(r"\s*(?:[-*•·>]\s*)?(?:dr|mr|mrs|ms|mx|prof|professor)\.?\s*",
                                 line[:start], re.I))
                found.append(Person(name, no, start, end, honorific,
                                    _kind(line, start, end), _title(line, end),
                                    _topics(line, end) if opens else []))
            i = j
    return found


# an organisation's word, then the "of" that joins it to the rest of its name
_ORG_OF = re.compile(r"\b([^\W\d_][\w'’-]*)\s+(?:of|for|de|del|de\s+la|do|da|dos|das|di|della|"
                     r"für|van|von|der)\s+(?:the\s+)?$", re.I)


def _alias(found: list[Person], no: int, name: str, line: str, start: int) -> bool:
    """A second form of the name just before, in a bracket that follows it: "Bill Castellano,
    Tax Manager (his card says William R. Castellano)", "Lan Nguyen (Nguyễn Thị Lan)". They
    are one person (the first keeps what the second's place says of them), not two."""
    prev = found[-1] if found else None
    if prev is None or prev.line != no or not re.fullmatch(
            r"[^()]{0,40}\([^()]{0,30}", line[prev.end:start]):
        return False
    words = {_plain(w.rstrip(".")) for w in prev.name.split() if len(w.rstrip(".")) > 1}
    if not words & {_plain(w.rstrip(".")) for w in name.split()}:
        return False
    if prev.kind == "unknown":
        prev.kind = _kind(line, start, start + len(name))
    return True


def _described_later(found: list[Person], name: str, line: str, start: int, end: int) -> None:
    """A name first met bare ("this is Dr. Price calling" in a pasted voicemail) and described
    later ("Dr Price (she's the pharmacy manager)"): the later title and kind are theirs."""
    first = next(p for p in found if p.name.casefold() == name.casefold())
    if first.title is None and (title := _title(line, end)):
        first.title = title
        if first.kind == "unknown":
            first.kind = _kind(line, start, end)


def consulted(text: str, person: Person) -> bool:
    """Whether the notes name the person as one an interviewer will consult ("Jens to talk to
    the GM (Harlan Voss)"), not one the candidate met."""
    line = text.splitlines()[person.line - 1] if person.line <= len(text.splitlines()) else ""
    return bool(_cue("consulted").search(line[max(0, person.start - 50):person.start]))


def named_as_other(text: str, person: Person) -> bool:
    """Whether the words right before the name say who the person is to the candidate ("my
    reference Prof. Helen Marsh", "my friend Lucía"): no one met at the interview, whatever an
    earlier reading made of them."""
    line = text.splitlines()[person.line - 1] if person.line <= len(text.splitlines()) else ""
    before = line[max(0, person.start - 40):person.start]
    return any(m.end() >= len(before.rstrip(" \t,:(")) for m in _cue("other").finditer(before))


def _topics(line: str, end: int) -> list[str]:
    """What follows a name and its title on a 'Name - title - topic' or 'Name: topic' line."""
    m = re.match(r"(?:\s*\([^()]*\))?\s*(?:[-–—:]\s*|,\s*)(?P<rest>.+)", line[end:])
    if not m:
        return []
    rest = m["rest"]
    if opens_with_greeting(rest):
        return []  # "Iris (HR): Hi Dee! Thanks for coming in": a message, not what they discussed
    parts = re.split(r"\s+[-–—]\s+|(?<=[.;])\s+", rest)
    topics = [p.strip(" .;") for p in parts if len(p.split()) >= 3]
    topics = topics[1:] if topics and _title(line, end) else topics
    # what the candidate said, and lines that name someone else, are no topic of this person's
    return [t for t in topics if not _FIRST_PERSON.search(t) and not find_people(t)]


@cache
def _greeting_words() -> re.Pattern[str]:
    greetings = data_toml("people.toml")["own_name"]["greetings"]
    return re.compile(r"(?:" + "|".join(map(re.escape, greetings)) + r")\b", re.I)


def opens_with_greeting(text: str) -> bool:
    return bool(_greeting_words().match(text.lstrip(" \t\"“'‘*_")))


_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i’m|i'd|i’d|i've|i’ve|me|my|mine)\b", re.I)


def bare_title(name: str) -> bool:
    """A "name" that is only a form of address ("Dr", "Prof."): no person."""
    words = name.split()
    return len(words) == 1 and plain(words[0].rstrip(".")) in HONORIFICS
