"""Facts from the notes as an email writes them: a job title spelt out and capitalised
("sr copywriter" -> "Senior Copywriter"), a company's name in its own capitals ("STRYDE
MEDICAL" -> "Stryde Medical") and with "the" where a sentence needs it ("at the University of
Edinburgh")."""

from __future__ import annotations

import re

from drafter.notes.lexicon import data_toml
from drafter.wordclass import classes

# an institution named "X of Y" takes "the" in a sentence ("at the University of Edinburgh",
# "the City of Tucson"); a firm's name does not ("at Bank of America")
_THE_OF = re.compile(r"(?:University|Institute|College|Department|Ministry|Museum|Office|Academy|"
                     r"School|City|County|State|Government|Royal\s+\w+|National\s+\w+)\s+of\s")


def in_prose(company: str | None) -> str | None:
    """A company's name as a sentence writes it: "the University of Edinburgh"."""
    return f"the {company}" if company and _THE_OF.match(company) else company


_ROLE_LEAD = re.compile(r"^(?:the\s+)?(?:role|position|job|post|title)\s*(?:is|=|:)\s+", re.I)
# "Head of Search" stays; "2nd year apprentice spot", "barista gig" lose the word for a job
_ROLE_TAIL = re.compile(r"\s+(?:post|search|(?i:role|position|job|vacancy|spot|slot|opening|gig|"
                        r"opportunity|posting))$")


def role_title(role: str | None) -> str | None:
    """A job title as an email writes it: abbreviations jotted in notes spelt out ("sr
    copywriter" -> "Senior Copywriter") and a title written all in lowercase capitalised;
    a title with capitals of its own ("iOS Developer", "Head of R&D") is kept as written."""
    if not role:
        return role
    # what the notes said around the title: "role is ecommerce lead", "got the forklift driver"
    # (a verb and its determiner), "Research Technician post" (the email adds "role" itself)
    role = _ROLE_LEAD.sub("", role).strip()
    words = role.split()
    if len(words) > 2 and classes(words[0]) == {"verb"} and words[1].casefold() in (
            "the", "a", "an"):
        role = " ".join(words[2:])
    role = _ROLE_TAIL.sub("", role).strip() or role
    data = data_toml("roles.toml")
    spelt, last = data["abbreviations"], data["abbreviations_last"]
    words = [(last if i == len(role.split()) - 1 else spelt).get(w.casefold(), spelt.get(
        w.casefold(), w)) for i, w in enumerate(role.split())]
    # all in lowercase, or in sentence case ("Quality manager", "Clinical pharmacist"): a title
    # as a title is written; one with capitals of its own ("iOS Developer") stays as it is
    sentence = len(words) > 1 and words[0][1:] == words[0][1:].casefold() and all(
        w == w.casefold() for w in words[1:])
    if role == role.casefold() or sentence:
        small = set(data["lowercase"]["words"])
        words = [w if (i and w in small) else _capitalised(w) for i, w in enumerate(words)]
    return " ".join(words)


def _capitalised(word: str) -> str:
    """Each part of a word capitalised: "plumber/heating" -> "Plumber/Heating", "(gas" ->
    "(Gas"."""
    return re.sub(r"(^|[/(\-])([^\W\d_])", lambda m: m[1] + m[2].upper(), word)


_CAPS_WORD = re.compile(r"\b[A-Z][A-Z'’]*[A-Z]\b")
_SMALL_WORDS = {"THE": "The", "AND": "and", "OF": "of", "FOR": "for", "LTD": "Ltd",
                "INC": "Inc", "CO": "Co"}


_OWNER = re.compile(r"(.+?\b(?:Kft|Ltd|Inc|LLC|LLP|GmbH|plc|Pty|Bhd|AG|SA|BV|NV|Co)\.?)['’]s\b.*$",
                    re.I)


def company_name(name: str | None) -> str | None:
    """A company as an email writes it: a name the notes shout ("STRYDE MEDICAL") in title
    case ("Stryde Medical"); short all-capital words are acronyms and stay (IBM, NHS, KPMG),
    as does a name with lower case of its own ("BrightPath", "ASOS Marketplace"). A name
    jotted all in lower case ("hollis & pine", "the dorchester") is capitalised as a name is,
    and a short word of consonants is an acronym ("nhs lothian" -> "NHS Lothian"). A legal
    form's possessive ends it ("Tiszavölgy Kft.'s UK arm" -> "Tiszavölgy Kft.")."""
    if name and (owner := _OWNER.match(name)):
        name = owner[1]
    if name and name == name.casefold() and any(c.isalpha() for c in name):
        return " ".join(_jotted(w, i) for i, w in enumerate(name.split()))
    if not name or not any(len(m[0]) > 4 for m in _CAPS_WORD.finditer(name)):
        return name
    shouted = not any(c.islower() for c in name)

    def cased(m: re.Match[str]) -> str:
        word = m[0]
        if shouted and word in _SMALL_WORDS:
            return _SMALL_WORDS[word] if m.start() else word[0] + word[1:].lower()
        if len(word) > 4 or (shouted and classes(word)):  # "SONS", "HOPE": words, not acronyms
            out = word[0] + word[1:].lower()  # "MACY'S" -> "Macy's"
            if re.match(r"[A-Z]['’][A-Z]", word):  # "O'REILLY" -> "O'Reilly"
                out = out[:2] + out[2].upper() + out[3:]
            return out
        return word

    return _CAPS_WORD.sub(cased, name)


_LOWER_IN_NAMES = frozenset({"of", "and", "the", "for", "at", "on", "in", "de", "la", "du",
                             "van", "von", "der", "&"})


def _jotted(word: str, i: int) -> str:
    if i and word in _LOWER_IN_NAMES:
        return word
    if 2 <= len(word) <= 4 and word.isalpha() and not re.search(r"[aeiouy]", word):
        return word.upper()  # "nhs", "bbc", "kpmg"
    return word[:1].upper() + word[1:]
