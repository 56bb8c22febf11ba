"""What the notes resolver steps share: their data files, read once, and the two text rules
they all use (a word with case and accents aside; a list of cue phrases as one pattern)."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

_DATA = Path(__file__).resolve().parent / "data"


@cache
def data_toml(name: str) -> dict[str, Any]:
    """notes/data/NAME, parsed once per process."""
    return tomllib.loads((_DATA / name).read_text(encoding="utf-8"))


@cache
def common_words() -> tuple[str, ...]:
    """English words, commonest first (notes/data/common-words.txt, one per line)."""
    text = (_DATA / "common-words.txt").read_text(encoding="utf-8")
    return tuple(w for w in text.splitlines() if w and not w.startswith("#"))


@cache
def common_set() -> frozenset[str]:
    """The same words, for membership tests."""
    return frozenset(common_words())


@cache
def free_mail() -> frozenset[str]:
    """The mail services anyone may have an address at (data/cues.toml free_mail): an address
    there names no employer and is a person's own."""
    return frozenset(data_toml("cues.toml")["free_mail"])


def plain(word: str) -> str:
    """A word as compared: case and accents aside ("Órla" is "orla")."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_case(word: str) -> str:
    """A name word written in lowercase, capitalised as a name is: each part of a double-barrelled
    one ("owusu-ansah" -> "Owusu-Ansah") and after a one-letter prefix ("o'brien" -> "O'Brien")."""
    word = "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
    return re.sub(r"^(\w['’])(\w)", lambda m: m[1].upper() + m[2].upper(), word)


@cache
def _legal_case() -> dict[str, str]:
    return {w.casefold(): w for w in data_toml("cues.toml")["legal_form_case"]}


def company_case(text: str) -> str:
    """A company's name written in lowercase, capitalised as names are, its legal form as that
    is written ("pemberton rhodes llp" -> "Pemberton Rhodes LLP")."""
    forms = _legal_case()
    return " ".join(forms.get(w.casefold().rstrip("."), name_case(w)) for w in text.split())


def phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """Cue phrases as one pattern: whole words, any case, any spacing between the words."""
    alts = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(rf"(?<![\w])(?:{alts})(?![\w])", re.I)


@cache
def cue_words(kind: str) -> frozenset[str]:
    """One word list of notes/data/cues.toml, casefolded."""
    return frozenset(w.casefold() for w in data_toml("cues.toml")[kind])


@cache
def cue_pattern(name: str) -> re.Pattern[str]:
    """One list of notes/data/cues.toml as a whole-word, any-case, any-spacing pattern."""
    return phrase_pattern(data_toml("cues.toml")[name])
