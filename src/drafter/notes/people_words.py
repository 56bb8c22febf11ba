"""The word lists a name is judged by (notes/data/people.toml, the English word lists) and the
word-level checks on a run of words: a surname, a particle surname, a Vietnamese name, and a
first name that is also a word or a day ("Sunday Adeyemi", "bill okafor")."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from drafter.context import PARTICLES, VIET_FAMILY, VIET_MIDDLE
from drafter.notes.lexicon import common_set as _common_set
from drafter.notes.lexicon import common_words, data_toml, name_case, plain
from drafter.wordclass import classes

_plain = plain


@cache
def _vocab() -> dict[str, frozenset[str]]:
    data = data_toml("people.toml")
    common = common_words()
    out = {k: frozenset(w.casefold() for w in v) for k, v in data.items() if isinstance(v, list)}
    out["common"] = frozenset(w for w in common if w.isalpha()) | out["not_names"]
    out["top"] = frozenset(common[:1000])
    return out


def _surnameish(word: str) -> bool:
    w = word.rstrip(".,")
    if not w or not w[0].isalpha() or (w.isupper() and len(w) > 1):
        return False  # MSN, RN: credentials, not a surname
    if re.search(r"['’](?:d|s|m|ll|re|ve|t)$", w, re.I) or _plain(w) in _vocab()["top"]:
        return False  # "Bree I'd", "Yuki Is", "Salem They": a name, then a sentence
    return (len(w) > 1 and _plain(w) not in _vocab()["not_names"]
            and _plain(w) not in _vocab()["role_words"]
            and _plain(w) not in _vocab()["company_words"])


def _cap(word: str) -> bool:
    return word[:1].isupper()


def _common(word: str) -> bool:
    return _plain(word.rstrip(".,")) in _vocab()["common"]


def _adjacent(a: re.Match[str], b: re.Match[str], line: str) -> bool:
    gap = line[a.end():b.start()]
    return gap in (" ", "\t") or (gap == " " and True)


def _particle_surname(words: list[re.Match[str]], i: int, line: str) -> tuple[int, str] | None:
    """A surname that opens with particles, after a title: "Ms. de la Cruz", "ms van der berg"."""
    j = i
    while j < len(words) and words[j].group(0).casefold() in PARTICLES and j - i < 3:
        j += 1
    if j >= len(words) or j == i or not all(
            _adjacent(words[k], words[k + 1], line) for k in range(i, j)):
        return None
    last = words[j].group(0).rstrip(".,")
    if not _surnameish(last) or (not _cap(last) and _common(last)):
        return None
    parts = [w.group(0).casefold() for w in words[i:j]]
    return j + 1, " ".join([*parts, last if _cap(last) else last.capitalize()])


def _viet_name(words: list[re.Match[str]], i: int, line: str) -> tuple[int, str] | None:
    """A Vietnamese name written family name first, told by its middle name: "Nguyễn Thị Lan",
    "Trần Văn Minh", "Nguyễn Thị Thu Hà" (after the family name "Thị"/"Văn", then one or two
    given names; in that slot "Thu" is a name, not Thursday)."""
    if i + 2 >= len(words) or not _cap(words[i].group(0)):
        return None
    first, middle = (words[k].group(0).rstrip(".,") for k in (i, i + 1))
    if first.casefold() not in VIET_FAMILY or middle.casefold() not in VIET_MIDDLE or not (
            _cap(middle) and _adjacent(words[i], words[i + 1], line)):
        return None
    given: list[str] = []
    for k in (i + 2, i + 3):
        word = words[k].group(0) if k < len(words) else ""
        bare = word.rstrip(".,")
        if not (bare and _cap(bare) and bare.isalpha() and _adjacent(words[k - 1], words[k], line)
                and (_surnameish(bare) or _plain(bare) in _VIET_GIVEN_DAYS)):
            break
        given.append(bare)
        if bare != word:
            break  # "Nguyễn Thị Lan, HR": the comma ends the name
    if not given:
        return None
    return i + 2 + len(given), " ".join((first, middle, *given))


# Vietnamese given names that are also weekday abbreviations
_VIET_GIVEN_DAYS = frozenset({"thu"})


_HEX = frozenset("0123456789ABCDEF")  # a frequency column: 1 (rare) to D (most common)


@cache
def nam_dict() -> tuple[tuple[tuple[str, ...], str, int, int], ...]:
    """gender-guesser's name table (in its wheel, UTF-8), read once for every use: (the
    name's parts, casefolded and without accents; "m", "f" or "?"; its most frequent column
    in Britain, Ireland and the USA; in Spain and Portugal), frequencies 0 (absent) to 13."""
    try:
        import gender_guesser
    except ImportError:  # pragma: no cover - a declared dependency
        return ()
    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    rows = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line[:1] in "#=" or not (name := line[3:29].strip()):
                continue
            code = line[:2].strip()[-1:].casefold()
            english = max((int(c, 16) for c in line[30:33] if c in _HEX), default=0)
            iberian = max((int(c, 16) for c in line[35:37] if c in _HEX), default=0)
            # an accented name is known by its letters without accents ("joao" for João),
            # unless those spell an English word or a short abbreviation ("Ýr" -> "yr",
            # "Nút" -> "nut"), which an unaccented note means as the word
            parts = tuple(folded for part in name.split("+") if (folded := _plain(part)) and (
                part.isascii() or (len(folded) > 3 and folded not in _common_set())))
            if parts:
                rows.append((parts, code if code in "mf" else "?", english, iberian))
    return tuple(rows)


@cache
def _gazetteer() -> tuple[frozenset[str], frozenset[str]]:
    """gender-guesser's first names (casefolded, no accents) with those it lacks
    (data/first-names-extra.txt), and those more frequent in Spain or Portugal than in
    Britain, Ireland or the USA (its per-country columns)."""
    names: set[str] = set()
    weight: dict[str, tuple[int, int]] = {}  # name -> (English-speaking, Iberian) frequency
    for parts, _, english, iberian in nam_dict():
        names.update(parts)
        for part in parts:
            had = weight.get(part, (0, 0))
            weight[part] = (max(had[0], english), max(had[1], iberian))
    names.update(extra_first_names())
    return frozenset(names), frozenset(n for n, (en, ib) in weight.items() if ib > en)


@cache
def extra_first_names() -> dict[str, str | None]:
    """The given names gender-guesser lacks (data/first-names-extra.txt), each with "m", "f"
    or None (either)."""
    text = (Path(__file__).parent / "data" / "first-names-extra.txt").read_text(encoding="utf-8")
    rows = [line.split("#")[0].split() for line in text.splitlines()]
    return {_plain(r[0]): (r[1] if r[1:] and r[1] in ("m", "f") else None) for r in rows if r}


def first_names() -> frozenset[str]:
    """Known first names, casefolded and without accents."""
    return _gazetteer()[0]


def iberian_first_names() -> frozenset[str]:
    """First names used mostly in Spain or Portugal ("Alejandro", "João"), where a full name
    carries two surnames."""
    return _gazetteer()[1]


@cache
def _rank() -> dict[str, int]:
    return {w: i for i, w in enumerate(common_words())}


_NAME_RANK = 9000
_SURNAME_RANK = 12000  # after a word-name, a surname must be rarer still ("Sunday Brunch")


def _word_name(words: list[re.Match[str]], i: int, line: str) -> tuple[int, str] | None:
    """A first name that is also a word or a day ("Sunday", "Bill", "Hope"), taken only before a
    capitalised surname that is no common word: "Sunday Adeyemi" is a person, "Sunday Brunch"
    and "Will Call" are not."""
    if i + 1 >= len(words) or line[words[i].end():words[i + 1].start()] != " ":
        return None  # "on 12 May. Unfortunately": a sentence ends between them
    name = f"{words[i].group(0)} {words[i + 1].group(0).rstrip('.,;:')}"
    return (i + 2, name) if word_named(name) else None


def _jotted_word_name(words: list[re.Match[str]], i: int, line: str) -> tuple[int, str] | None:
    """The same in a lowercase jotting ("met w bill okafor today"): the surname must be a word
    no list knows at all, the one sign a lowercase pair is a person."""
    if i + 1 >= len(words) or line[words[i].end():words[i + 1].start()] != " ":
        return None
    first, last = words[i].group(0), words[i + 1].group(0).rstrip(".,;:")
    if _cap(first) or _cap(last) or _plain(first) not in _vocab()["word_names"] or (
            _plain(first) in _AUXILIARIES):
        return None
    if i > 0 and _plain(words[i - 1].group(0)) in _DETERMINERS:
        return None  # "their autumn rota", "the summer intake": a thing, not a person
    if len(last) < 4 or not last.isalpha() or _plain(last) in _rank() or classes(last) or (
            _plain(last) in _vocab()["not_names"]):
        return None  # "w/ dean thurs 13 nov": a day, not a surname
    if any(f"{last[:-k]}'{last[-k:]}".casefold() in _rank() for k in (1, 2)):
        return None  # "bill wasnt there": a word typed without its apostrophe
    return i + 2, f"{first.capitalize()} {last.capitalize()}"


_DETERMINERS = frozenset({"the", "a", "an", "their", "our", "your", "my", "his", "her", "its",
                          "this", "that", "these", "those", "next", "last", "every", "each"})
# word-names that are verbs first in a jotting ("will prob call", "may need", "mark down")
_AUXILIARIES = frozenset({"will", "may", "mark", "grant", "frank"})


def word_named(name: str) -> bool:
    """Whether a name opens with a first name that is also a word or a day and closes with a
    surname no list takes for a word ("Sunday Adeyemi")."""
    parts = name.split()
    if len(parts) != 2 or _plain(parts[0]) not in _vocab()["word_names"] or not _cap(parts[0]):
        return False
    last, bare = parts[1], _plain(parts[1])
    # a surname no list takes for a word, or a rare one ("Brooks", "Mathers", not "Reporting")
    return (_cap(last) and _surnameish(last) and len(last) > 2 and not last.isupper()
            and _rank().get(bare, _SURNAME_RANK + 1) > _SURNAME_RANK
            and not any(bare in _vocab()[k] for k in ("not_names", "company_words",
                                                        "role_words")))


_NAME_SHAPE = re.compile(r"[a-z][a-z'’-]*[a-z]")
# where a jotting names a person: after "w/", "met", "interviewed by" (not a line's start:
# "kestrel outdoor - store mgr" is a company and a role)
_PERSON_SLOT = re.compile(r"\b(?:w/|with|met|by|interviewer|interviewers|panel)\s*:?\s*$", re.I)


def jotted_titled(words: list[re.Match[str]], i: int, line: str) -> tuple[int, str] | None:
    """A lowercase pair shaped like a name where a jotting names a person ("w/ sunday
    ogunleye-hart, head of production", "tom o'brien - head of ops"), for the caller to keep
    only when a job title follows it: the title is the evidence a capital would have been.
    The first word is a known first name, a word that is also a name, or no word at all; the
    second no function word, month or day."""
    if i + 1 >= len(words) or line[words[i].end():words[i + 1].start()] != " ":
        return None
    first, last = words[i].group(0), words[i + 1].group(0).rstrip(".,;:")
    if not (_NAME_SHAPE.fullmatch(first) and _NAME_SHAPE.fullmatch(last)):
        return None
    if not _PERSON_SLOT.search(line[:words[i].start()]):
        return None
    pf, pl = plain(first), plain(last)
    known = pf in first_names() or pf in _vocab()["word_names"] or pf not in _rank()
    if not known or pl in _vocab()["not_names"] or pl in _vocab()["role_words"] or (
            pf in _vocab()["role_words"]):
        return None
    return i + 2, f"{name_case(first)} {name_case(last)}"


@cache
def _credentials() -> frozenset[str]:
    return frozenset(data_toml("people.toml")["context"]["credentials"])


def credential(word: str) -> bool:
    """Post-nominal letters ("RN", "CEng", "M.S.", "CCC-SLP", "PharmD", "BVSc"), never a name
    with two capitals ("McDonald", "Lloyd-Pryce"): capitals make at least half its letters."""
    bare = word.strip(".,")
    letters = [c for c in bare if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return (upper >= 2 and 2 * upper >= len(letters)) or plain(bare.replace(".", "")) in (
        _credentials())


_LETTER_TOKEN = re.compile(r"[ \t]*,?[ \t]*([A-Za-z][A-Za-z.]{1,8})(?![\w'’-])")


def past_letters(text: str, end: int) -> int:
    """Where a name's letters end: 'Adaeze Nwosu, PharmD, BCOP (she's ...)' from after
    'Nwosu' to after 'BCOP' (`end` itself when none follow)."""
    while (m := _LETTER_TOKEN.match(text, end)) and credential(m[1]):
        end = m.end()
    return end


def without_letters(value: str) -> str:
    """A name without the letters written after it: "Rachel Nguyen, PharmD" -> "Rachel
    Nguyen", "Sam Lee, RN, BSN" -> "Sam Lee"."""
    parts = [p.strip() for p in value.split(",")]
    while len(parts) > 1 and parts[-1] and all(credential(w) for w in parts[-1].split()):
        parts.pop()
    return ", ".join(parts)
