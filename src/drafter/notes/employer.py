"""What a company-shaped part of a header is: an employer, a place, a department, or unknown.

"Revenue Manager – Casa do Farol Hotel, Lisbon", "Lead Pharmacist, Oncology, St. Columba's
University Hospital": a header lists the job, where it sits and who offers it in any order.
Each part is weighed by the words in it (notes/data/company_evidence.toml, vocab.toml's
company words, data/places.txt from GeoNames), and the part with employer evidence wins.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from drafter.notes.job_heads import firm_plural
from drafter.notes.lexicon import data_toml, plain
from drafter.notes.vocab import (
    company_words_as_written,
    employer_words_as_written,
    organisation_word,
    vocab,
)

EMPLOYER, PLACE, DEPARTMENT, UNKNOWN = "employer", "place", "department", "unknown"


@cache
def _places() -> frozenset[str]:
    text = (Path(__file__).resolve().parent / "data" / "places.txt").read_text(encoding="utf-8")
    listed = (plain(w) for w in text.splitlines() if w and not w.startswith("#"))
    return frozenset(listed) | _list("places_more")


def is_place(text: str) -> bool:
    """Whether the whole text names a place (a country, a US state, a large city, a region)."""
    return plain(" ".join(text.split())) in _places()


@cache
def _list(name: str) -> frozenset[str]:
    return frozenset(plain(w) for w in data_toml("company_evidence.toml")[name])


def _words(part: str) -> list[str]:
    return [w for w in re.split(r"[\s,.()]+", plain(part)) if w]


def _person_shaped(words: list[str]) -> bool:
    """"Sarah Banks", "Tom Fields": a known given name, then a surname that is an
    organisation's word only as the plural the list derives ("bank" -> "banks")."""
    from drafter.notes.people_words import first_names

    if len(words) != 2 or words[0] not in first_names() or not words[1].endswith("s"):
        return False
    return words[1] not in company_words_as_written() and words[1] not in (
        employer_words_as_written()) and organisation_word(words[1][:-1])


def kind_of(part: str) -> str:
    """EMPLOYER, PLACE, DEPARTMENT or UNKNOWN for one header part ("Lisbon" -> PLACE)."""
    whole = " ".join(_words(part))
    if not whole:
        return UNKNOWN
    # a whole part that is a department or a way of working, before its words count:
    # "Finance" alone is a team, "Northwind Finance" a company
    if whole in _list("departments") or whole in _list("work_terms"):
        return DEPARTMENT
    words = whole.split()
    if len(words) > 2 and words[1] == "of" and words[0] in _list("unit_words"):
        return UNKNOWN  # "Office of Housing Stability": a unit of the employer, or the employer
    if len(words) > 1 and (any(organisation_word(w) for w in words) or firm_plural(part)) and not (
            _person_shaped(words)):
        return EMPLOYER  # "Northwind Finance", "Thornbury Hale Engineers"
    if len(words) > 2 and words[0] in vocab().public_bodies and words[1] == "of":
        return EMPLOYER  # "City of Fairhaven"
    if whole in _places() or (len(words) > 1 and words[-1] in _places()
                              and " ".join(words[:-1]) in _places()):
        return PLACE  # "Lisbon", "Charlotte NC"
    return UNKNOWN



_DOMAIN = re.compile(r"@([\w.-]+\.[a-z]{2,})", re.I)


def tied_elsewhere(name: str, notes: str, *, by_cue: bool = True) -> bool:
    """Whether the rest of the notes tie `name` to the employer: a pasted sender's domain spells
    it ("hello@harbourhousetrust.org.uk"), or, with `by_cue`, they say "at X" or "join X"."""
    squashed = re.sub(r"[^a-z0-9]", "", plain(name))
    if len(squashed) >= 4:
        for domain in _DOMAIN.findall(notes):
            labels = re.sub(r"[^a-z0-9.]", "", plain(domain)).split(".")[:-1]
            if any(label == squashed or (len(squashed) >= 5 and label.startswith(squashed))
                   for label in labels):
                return True
    words = r"\s+".join(map(re.escape, name.split()))
    return by_cue and bool(re.search(rf"\b(?:at|join|joining|joined)\s+{words}(?![\w-])", notes))
