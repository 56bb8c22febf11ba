"""The notes reader's word lists, from data/vocab.toml: read once, on first use.

Words live in data, like the rubric's; what combines them (which lists together say "not a
name") stays here, so the TOML file is only lists to extend.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

_FILE = Path(__file__).resolve().parent / "data" / "vocab.toml"


@dataclass(frozen=True)
class Vocab:
    weekdays: frozenset[str]
    months: frozenset[str]
    months_given: frozenset[str]
    title_words: frozenset[str]
    title_modifiers: frozenset[str]
    role_heads: frozenset[str]
    company_suffixes: frozenset[str]
    role_abbreviations: frozenset[str]
    filler: frozenset[str]
    particles: frozenset[str]
    gaelic: frozenset[str]
    honorifics: frozenset[str]
    company_stop: frozenset[str]  # with weekdays and months
    format_words: frozenset[str]
    interview_nouns: frozenset[str]
    keep_dot: frozenset[str]
    name_joins: frozenset[str]
    abbreviations: frozenset[str]
    blank_values: frozenset[str]
    not_name: frozenset[str]  # words that never make a person's name
    interview_nouns_or_formats: frozenset[str]
    sub_units: frozenset[str]
    public_bodies: frozenset[str]
    keys: dict[str, str]  # a `Key:` as written, casefolded -> the kind of fact it gives


@cache
def _data(name: str) -> dict[str, Any]:
    """A vocabulary file as written, parsed once (callers copy before changing it)."""
    return tomllib.loads((_FILE.parent / name).read_text(encoding="utf-8"))


@cache
def vocab() -> Vocab:
    data = dict(_data("vocab.toml"))
    keys = {name: kind for kind, names in data.pop("keys").items() for name in names}
    w = {name: frozenset(words) for name, words in data.items()}
    # "Semiconductor" and "Semiconductors", "Lab" and "Labs": a company word in either number
    w["company_suffixes"] = frozenset(_both_numbers(w["company_suffixes"]))
    return Vocab(
        **{**w, "company_stop": w["weekdays"] | w["months"] | w["company_stop"]},
        not_name=(w["weekdays"] | w["months"] | w["title_words"] | w["title_modifiers"]
                  | w["company_suffixes"] | w["filler"]),
        interview_nouns_or_formats=w["interview_nouns"] | w["format_words"],
        keys=keys,
    )


def _both_numbers(words: frozenset[str]) -> set[str]:
    out = set(words)
    for word in words:
        if word.isalpha() and len(word) > 3:
            out.add(word[:-1] if word.endswith("s") and not word.endswith("ss") else word + "s")
    return out


@cache
def _organisation_words() -> tuple[frozenset[str], frozenset[str]]:
    evidence = _data("company_evidence.toml")
    extra = _both_numbers(employer_words_as_written())
    return vocab().company_suffixes | frozenset(extra), frozenset(evidence["departments"])


def organisation_word(word: str, departments: bool = True) -> bool:
    """Whether a word makes the name it ends an organisation's ("Lyric Quay Theatre", "Ardmore
    Trust"): the one test the employer reader and the person reader share. departments=False:
    not a word that also names a department ("Sarah Chen Engineering" may be her team)."""
    words, units = _organisation_words()
    low = word.casefold().strip(".,")
    return (low in words and (departments or low not in units)) or _compound(low)


@cache
def _compound_endings() -> tuple[str, ...]:
    return tuple(_data("company_evidence.toml")["compound_endings"])


def _compound(low: str) -> bool:
    """"Homecare", "Fintech": an organisation's word written as one with what precedes it."""
    return low.isalpha() and any(low.endswith(e) and len(low) - len(e) >= 3
                                 for e in _compound_endings())


@cache
def company_words_as_written() -> frozenset[str]:
    """The company words as vocab.toml writes them, before the other number is derived: a
    surname may be a derived plural ("Banks", "Fields"), never one of these ("Genomics")."""
    return frozenset(_data("vocab.toml")["company_suffixes"])


@cache
def employer_words_as_written() -> frozenset[str]:
    """company_evidence.toml's employer words as written, before the other number is derived."""
    return frozenset(w.casefold() for w in _data("company_evidence.toml")["employer_words"])
