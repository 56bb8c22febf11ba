"""Where the notes name each person, and whom he or she may point back to.

The topic resolver (notes/attrib.py) needs, for every person the reader found, the ways the
notes may name them (full name, first name, surname, "Dr. Price", a name they go by), but only
the forms no one else shares ("Okafor" for two Okafors names neither), and their likely gender
from their first name or title (gender-guesser's list, in its wheel), so that "he" after "bill
did most of the talking" is Bill and "she" is not. A name is a clause's subject only when
nothing but title words stands before it ("Exec chef Juan Carlos de la Fuente did the
interview"), not "Met Dean Paul Lindqvist".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from drafter.context import PARTICLES, Interviewer, surname
from drafter.notes.lexicon import common_set, data_toml, plain
from drafter.notes.names import _title_like
from drafter.notes.people import HONORIFICS, is_first_name, role_words, top_words
from drafter.notes.people_words import extra_first_names, nam_dict, past_letters
from drafter.wordclass import classes

_I = re.IGNORECASE


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(plain(w) for w in data_toml("cues.toml")["discussion"][key])


@cache
def _genders() -> dict[str, str | None]:
    """First name -> "m", "f" or None (either), from gender-guesser's list (in its wheel)."""
    seen: dict[str, set[str]] = {}
    for parts, code, _, _ in nam_dict():
        for part in parts:
            seen.setdefault(part, set()).add(code)
    found = {k: (v.pop() if len(v) == 1 and v <= {"m", "f"} else None) for k, v in seen.items()}
    return {**extra_first_names(), **found}


@dataclass
class Who:
    name: str
    gender: str | None  # "m", "f", or None when the notes' names do not say
    me: bool = False  # the candidate: what they said is no one's topic
    met: bool = False  # an interviewer: bullets under a line naming them are theirs


def _gender(person: Interviewer) -> str | None:
    title = plain((person.honorific or "").rstrip("."))
    if title in _words("he_titles") | _words("she_titles"):
        return "m" if title in _words("he_titles") else "f"
    found = {g for w in person.name.split() if (g := _genders().get(plain(w), "-")) != "-"}
    return found.pop() if len(found) == 1 else None


_PRONOUN_GENDER = {"he": "m", "he's": "m", "he’s": "m", "him": "m", "his": "m",
                   "she": "f", "she's": "f", "she’s": "f", "her": "f", "hers": "f"}


def pronoun_gender(word: str) -> str | None:
    """"she", "her" -> "f"; "he", "him" -> "m"; any other word -> None."""
    return _PRONOUN_GENDER.get(word.casefold())


def a_person(person: Interviewer) -> bool:
    """Not a run of common or title words the reader took for a name ("Rooms Division Dir")."""
    words = [plain(w.strip(".,")) for w in person.name.split()]
    return bool(person.honorific) or any(is_first_name(w) for w in person.name.split()) or any(
        w not in common_set() and w not in role_words() for w in words)


def _forms(person: Interviewer) -> set[str]:
    words = [w for w in person.name.split() if w.rstrip(".").casefold() not in HONORIFICS]
    forms = {" ".join(words), words[0] if words else "", person.goes_by or ""}
    if len(words) > 1:
        forms |= {surname(words), words[-1], f"{words[0]} {words[-1]}"}
        if title := (person.honorific or "").rstrip("."):
            # "Dr M" for Dr Khalid Mansour: notes shorten a titled surname to its initial
            forms |= {f"{title} {surname(words)[:1]}", f"{title}. {surname(words)[:1]}"}
    return {f for f in forms if len(f) > 1 and f.casefold() not in PARTICLES}


def _subject_of_verb(text: str, m: re.Match[str]) -> bool:
    """Whether a name written in lower case opens its clause as the subject of a past verb
    ("frank did the weld test w me", "grace asked about rotas"): a person, not the word."""
    after = re.match(r"\s+([a-z]+)\b", text[m.end():])
    opens = not text[:m.start()].strip() or re.search(r"[.!?;:(\n]\s*$", text[:m.start()])
    return bool(opens and after and (kinds := classes(after[1])) and kinds <= {"verb", "aux"}
                and re.search(r"(?:ed|id|ew|ave|ook|old|aid|an|ot|ent|as)$", after[1]))


class Mentions:
    """The people a topic may go to ((person, "met" | "other" | "me") each), and where the
    notes name them."""

    def __init__(self, people: list[tuple[Interviewer, str]]) -> None:
        self.whos: list[Who] = []
        owners: dict[str, set[int]] = {}
        written: set[str] = set()
        for i, (person, part) in enumerate(people):
            self.whos.append(Who(person.name, _gender(person), part == "me", part == "met"))
            for form in _forms(person):
                owners.setdefault(plain(form), set()).add(i)
                written |= {form, plain(form)}
        # a form two people share ("Okafor" for Chidi and Ngozi Okafor) names neither
        self.by_form = {f: next(iter(ids)) for f, ids in owners.items() if len(ids) == 1}
        forms = sorted((f for f in written if plain(f) in self.by_form), key=len, reverse=True)
        alts = "|".join(r"\s+".join(re.escape(w) for w in f.split()) for f in forms) or "(?!)"
        honor = "|".join(sorted(HONORIFICS, key=len, reverse=True))
        self.pattern = re.compile(rf"(?<![\w'’-])(?:(?:{honor})\.?\s+)?(?P<n>{alts})(?![\w-])", _I)

    def _who(self, m: re.Match[str]) -> Who:
        return self.whos[self.by_form[plain(" ".join(m["n"].split()))]]

    def mentions(self, text: str) -> list[tuple[int, int, Who]]:
        """Each person named in `text`; a name that is a common word ("will", "hope") only
        when written with a capital."""
        out = []
        for m in self._matches(text):
            if m["n"].islower() and plain(m["n"]) in top_words() and not _subject_of_verb(
                    text, m):
                continue
            before = re.search(r"([^\W\d_][\w'’-]*)\s+$", text[:m.start()])
            if before and before[1][:1].isupper() and is_first_name(before[1]) and not (
                    self._cut(m) or titleish_word(before[1])):
                continue  # "Ngozi Okafor": not Chidi Okafor
            out.append((m.start(), m.end(), self._who(m)))
        return out

    def _matches(self, text: str) -> list[re.Match[str]]:
        # a shorter form inside a longer one plain() folds the same way is still one match
        return [m for m in self.pattern.finditer(text)
                if plain(" ".join(m["n"].split())) in self.by_form]

    def subject(self, text: str) -> tuple[Who, int] | None:
        """The person who opens `text` as its subject, and where their name ends: only title
        words ("Exec chef", "Dean") or the rest of their name may stand before it."""
        for m in self._matches(text):
            words = text[:m.start()].split()
            if words and not (titleish_word(words[-1]) or (
                    words[-1][:1].isupper() and is_first_name(words[-1]) and self._cut(m))):
                return None
            if len(words) > 3 or any(plain(w.strip(".,:")) in _words("not_before")
                                     for w in words):
                return None  # "Met Dean Paul Lindqvist", "with Prof. Sato": not the subject
            return self._who(m), _name_tail(text, m.end())
        return None

    def _cut(self, m: re.Match[str]) -> bool:
        """A capitalised word before a name the reader knows from its first word on ("Juan"
        before Carlos de la Fuente) is more of their name; before a surname alone ("Ngozi
        Okafor" when only Chidi Okafor is known) it names someone else."""
        return plain(self._who(m).name).startswith(plain(" ".join(m["n"].split())))


def titleish_word(word: str) -> bool:
    w = plain(word.strip(".,:()"))
    return w in role_words() or w in HONORIFICS or _title_like(w)


_PAREN = re.compile(r"\s*\([^()]*\)")
_EXTRA = re.compile(r"\s+(?P<w>[^\W\d_][\w'’-]*)(?=\s*(?:\(|,|:|[-–—]|$))")


def _name_tail(text: str, end: int) -> int:
    """Past what follows a name and is still about who they are: the rest of their name
    ("al-mansoori"), credentials ("RIBA", "MSN, RN"), brackets ("(goes by Lynn)") and "herself"."""
    if (m := _EXTRA.match(text, end)) and plain(m["w"]) not in common_set():
        end = m.end()
    end = past_letters(text, end)
    while m := _PAREN.match(text, end):
        end = m.end()
    if m := re.match(r"[ \t]+(?:herself|himself|themselves|themself)\b", text[end:], re.I):
        end += m.end()  # "Siobhán herself asked about ...": still the subject
    return end
