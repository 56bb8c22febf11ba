"""The word lists a name is judged by (notes/data/people.toml, the English word lists) and the
word-level checks on a run of words: a surname, a particle surname, a Vietnamese name."""

from __future__ import annotations

import re
from functools import cache

from drafter.context import PARTICLES, VIET_FAMILY, VIET_MIDDLE
from drafter.notes.lexicon import common_words, data_toml, plain

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
    "Trần Văn Minh" (two more capitalised words after the family name, the first "Thị"/"Văn")."""
    if i + 2 >= len(words) or not _cap(words[i].group(0)):
        return None
    first, middle, given = (words[k].group(0).rstrip(".,") for k in (i, i + 1, i + 2))
    if first.casefold() not in VIET_FAMILY or middle.casefold() not in VIET_MIDDLE or not (
            _cap(middle) and _cap(given) and _adjacent(words[i], words[i + 1], line)
            and _adjacent(words[i + 1], words[i + 2], line) and _surnameish(given)):
        return None
    return i + 3, f"{first} {middle} {given}"
