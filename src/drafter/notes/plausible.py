"""Resolver's last check: whether a name chosen to greet is plausibly a person's.

Detectors propose names from many shapes, and a few shapes misfire on text no reader would
take for a name: a date caught after one ("emailed Prof Zhang Sep 15"), a word typed without
its apostrophe ("if im ok with 6am starts"), the candidate's own name, a venue read from a
job description ("Registered Manager position at Elmwood House"). An email greeting one is a
wrong fact; asking is not. The vocabulary is data (data/people.toml [plausible]).
"""

from __future__ import annotations

import re
from functools import cache

from drafter.context import VIET_FAMILY, VIET_MIDDLE, InterviewContext, Interviewer
from drafter.notes.employer import is_place
from drafter.notes.job_heads import firm_plural
from drafter.notes.lexicon import data_toml, plain
from drafter.notes.people import is_first_name, opens_with_greeting, ordinary_words
from drafter.notes.people_words import word_named
from drafter.notes.vocab import company_words_as_written, organisation_word


@cache
def _legal_forms() -> frozenset[str]:
    """Company legal forms (data/cues.toml legal_forms): "Rail Kft" is a company."""
    return frozenset(plain(w.strip(".")) for w in data_toml("cues.toml")["legal_forms"])


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(plain(w) for w in data_toml("people.toml")["plausible"][key])


def pronouns() -> frozenset[str]:
    """Pronouns and stand-ins ("she", "someone"): never a person's name (data/people.toml)."""
    return _words("pronouns")


def implausible(person: Interviewer, ctx: InterviewContext) -> str | None:
    """Why `person` is no one to greet, or None when nothing says so."""
    words = [plain(w.strip(".,'’")) for w in person.name.split()]
    words = [w for w in words if w]
    if not words:
        return "no name"
    # "Nguyễn Thị Thu Hà": after a Vietnamese family and middle name "Thu" is a given name
    viet = len(words) > 2 and words[0] in VIET_FAMILY and words[1] in VIET_MIDDLE
    if not viet and any(w in _words("never_in_name") for w in words) and (
            not word_named(person.name)):
        return "a date or a word read as part of the name"
    if len(words) == 1 and words[0] in pronouns() and not person.honorific:
        return "a pronoun, not a name"
    raw = person.name.split()
    if len(raw) > 1 and opens_with_greeting(person.name):
        return "a greeting, not a name"  # "Hey Tomás"
    if any(re.search(r"['’]s$", w) for w in raw):
        return "a possessive, not a name"  # "Brigid's Primary"
    if not person.honorific and ordinary_words(person.name):
        return "ordinary words, not a name"  # "Mine Ventilation"
    if re.fullmatch(r"(?:that['’]?s\s+)?(?:me|myself|moi|yours\s+truly)\W*", person.title or "",
                    re.I):
        return "your own name"  # "Dylan Reyes (me)"
    if ctx.candidate:
        mine = {plain(w) for w in ctx.candidate.split() if len(w.rstrip(".")) > 1}
        if set(words) <= mine or (len(words) > 1 and len(set(words) & mine) > 1):
            return "your own name"
    title = (person.title or "").strip()
    if title and re.search(r"\b(?:position|role|job|vacancy|post)\b(?:\s+\w+)?\s*$", title,
                           re.I):
        return "read from a job description"
    if person.name[:1].isupper() and len(person.name) > 3 and is_place(person.name) \
            and not person.honorific:
        return "a place's name"  # "Europe" read as the one who runs the thread
    last = words[-1]
    if not person.honorific and len(words) > 1 and (
            last in _words("organisation_words") or last in _legal_forms()
            # (a plural the shared list derives, "Banks", "Fields", may be a surname)
            or (organisation_word(raw[-1], departments=False) and not last.endswith("s"))
            # ... but one the list holds as written is no surname ("Marine Genomics")
            or last in company_words_as_written()
            or firm_plural(person.name) or (
            last in _words("place_words") and not is_first_name(raw[0]))):
        return "a place's or an organisation's name"  # "WaterBridge Africa", "Elmwood House"
    if not person.honorific and any(_BRAND.match(w) for w in raw):
        return "a brand's name"  # "WaterBridge", "HealthFirst": not how names are written
    if not person.honorific and company_named(raw, ctx):
        return "the company's name"  # "tell Corvane about the deadline", "writing to Aerotec"
    return None


def company_named(raw: list[str], ctx: InterviewContext) -> bool:
    """Whether the name is how the notes shorten the company: the company's first words
    ("Corvane" of Corvane Health), or words the notes elsewhere write before an organisation's
    word ("Aerotec MRO" in "Aerotec MRO Services")."""
    company = [plain(w.strip(".,")) for w in (ctx.company or "").split()]
    mine = [plain(w.strip(".,")) for w in raw]
    if company and len(company) > len(mine) and company[:len(mine)] == mine:
        return True
    after = re.compile(r"(?<![\w'’-])" + r"\s+".join(map(re.escape, raw))
                       + r"((?:[ \t]+[A-Z][\w&'’-]*){1,2})")
    for m in after.finditer(ctx.source or ""):
        last = m[1].split()[-1]
        if organisation_word(last, departments=False) or plain(last.strip(".")) in _legal_forms():
            return True
    return False


# a capital inside a word after four letters or more ("WaterBridge", "HealthFirst"); names put
# theirs after a short prefix ("McDonald", "MacKenzie", "DeShawn", "LaToya", "ShaQuille")
_BRAND = re.compile(r"^(?!Fitz)[A-Z]?[a-z]{4,}[A-Z][a-z]")
