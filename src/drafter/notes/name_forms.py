"""Resolver step: the forms of one person's name. A short form of a given name ("Debs") and the
full name it stands for ("Deborah Ashworth") are one person when the notes name both (short
forms are data, in notes/data/short_forms.toml); and the gender a title ("Ms") or a given name
says, for telling apart two people who share a surname; and which form of a name a greeting
uses when the notes leave it unclear ("Nagy Zsófia (Zsófia Nagy)", "Tanaka Hiroshi", "Mei Lin
Tan")."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from drafter.context import FAMILY_FIRST, Interviewer
from drafter.notes.lexicon import data_toml, plain
from drafter.notes.mentions import _genders  # gender-guesser's list, read once there
from drafter.notes.people import is_first_name


@cache
def _table() -> dict[str, frozenset[str]]:
    return {plain(k): frozenset(plain(v) for v in vs)
            for k, vs in data_toml("short_forms.toml")["short_forms"].items()}


def short_form(short: str, full: str) -> bool:
    """Whether `short` is a known short form of the given name `full` ("debs" of Deborah)."""
    return plain(short.strip(".,")) in _table().get(plain(full.strip(".,")), frozenset())


def starts_name(short: str, full: str) -> bool:
    """Whether `short` is a first name that `full` starts with ("Gwen" of Gwendolyn, "Tom" of
    Tomasz): said of someone the notes name in full, most likely them."""
    from drafter.notes.people import is_first_name  # the gazetteer reads this module

    a, b = plain(short.strip(".,")), plain(full.strip(".,"))
    return len(a) >= 3 and len(b) >= len(a) + 2 and b.startswith(a) and is_first_name(a)


def _stands_for(short: Interviewer, full: Interviewer) -> bool:
    words = full.name.split()
    if len(short.name.split()) != 1 or len(words) < 2:
        return False
    if not any(short_form(short.name, w) for w in words):
        return False
    # a title of its own that neither names the full name nor agrees with it is a second
    # person ("Bill (IT)" beside "William Grant (CEO)")
    own = plain(short.title or "")
    return not own or plain(full.name) in own or not full.title or own == plain(full.title)


def fold_short_forms(people: list[Interviewer]) -> list[Interviewer]:
    """People listed once each: a one-word short form that stands for exactly one full name
    listed beside it is dropped into it. The full name greets them: the notes' own shorthand
    ("debs rang 2day") is not what they said to call her."""
    out = list(people)
    for p in people:
        fulls = [q for q in out if q is not p and _stands_for(p, q)]
        if len(fulls) != 1 or p not in out:
            continue
        q = fulls[0]
        merged = q.model_copy(update={
            "title": q.title or p.title,
            "topics": [*q.topics, *(t for t in p.topics if t not in q.topics)]})
        out = [merged if x is q else x for x in out if x is not p]
    return out


def title_gender(title: str) -> str | None:
    """ "m" for "Mr", "f" for "Ms"/"Mrs"/"Miss", None for "Dr", "Prof" (cues.toml)."""
    cues = data_toml("cues.toml")["discussion"]
    t = plain(title.rstrip("."))
    he, she = {plain(w) for w in cues["he_titles"]}, {plain(w) for w in cues["she_titles"]}
    return "m" if t in he else "f" if t in she else None


def gender_of(person: Interviewer, skip: str = "") -> str | None:
    """The gender a person's title says, else their given name: the name's words other than
    `skip` (the surname they share with someone) must all say the same one."""
    if person.honorific and (g := title_gender(person.honorific)):
        return g
    found = {_genders().get(plain(w.strip(".,")), "-") for w in person.name.split()
             if plain(w.strip(".,")) != plain(skip) and len(w.strip(".,")) > 1}
    found.discard("-")
    return found.pop() if len(found) == 1 and None not in found else None


def by_title(title: str, surname_: str, matches: list[Interviewer]) -> Interviewer | None:
    """Two people share the surname typed with a title ("ms reyes" with Dolores and Dr Gabriel
    Reyes): the title's gender picks one only when it fits exactly one of them and every other
    is known to be the other gender (by their title, else their given name). No guess: a name
    that could be either keeps the question open."""
    want = title_gender(title.strip().rstrip(".")) if title.strip() else None
    if want is None:
        return None
    genders = [gender_of(p, skip=surname_) for p in matches]
    fits = [p for p, g in zip(matches, genders, strict=True) if g == want]
    if len(fits) == 1 and all(g is not None for g in genders):
        return fits[0]
    return None


def in_given_order(person: Interviewer) -> Interviewer:
    """"Nagy Zsófia (Zsófia Nagy)": the same words again in brackets, read as a title, are the
    name given-name first; that order is the one a greeting uses."""
    words, again = person.name.split(), (person.title or "").split()
    if len(words) > 1 and sorted(words) == sorted(again) and words != again:
        return person.model_copy(update={"name": person.title, "title": None})
    return person


@cache
def _family_last() -> frozenset[str]:
    return frozenset(data_toml("people.toml")["family_last"]["names"])


def greeting_form(person: Interviewer) -> Interviewer:
    """"Tanaka Hiroshi": the first word is no known first name but a later one is, so which is
    the given name is unclear: the greeting uses the whole name, which is never wrong."""
    words = person.name.split()
    if len(words) == 3 and not (person.honorific or person.goes_by) and all(
            len(w) <= 4 and is_first_name(w) for w in words[:2]) and (
            words[2].casefold() in _family_last() and words[0].casefold() not in FAMILY_FIRST):
        # "Mei Lin Tan", "Wei Ming Lim": two short given names, then a short family name; she
        # is Mei Lin, not Mei
        return person.model_copy(update={"goes_by": " ".join(words[:2])})
    if len(words) < 2 or person.honorific or person.goes_by or is_first_name(words[0]):
        return person
    if any(is_first_name(w) for w in words[1:]):
        return person.model_copy(update={"greet_in_full": True})
    return person


def called_by_first(person: Interviewer, text: str) -> Interviewer:
    """A whole-name greeting given up when the notes call the person by the name's first word
    alone ("Hemi Walker (director)" ... "thx hemi"; "write to Sinéad" for Sinéad Mac Giolla
    Phádraig) and never by a later one: that word is the name they go by."""
    words = person.name.split()
    # an initial ("J. Okonkwo-Barnes" ... "J said") is not a name to greet anyone by
    if not person.greet_in_full or len(words) < 2 or len(words[0].rstrip(".")) < 2:
        return person
    first, second = re.escape(words[0]), re.escape(words[1])
    # not as a surname: "(family name Tanaka)", "Mr. Tanaka"
    alone = re.compile(rf"(?<!family name )(?<!surname )(?<!last name )(?<!\bmr )(?<!\bmr\. )"
                       rf"(?<!\bms )(?<!\bms\. )(?<!mrs )(?<!mrs\. )(?<!\bdr )(?<!\bdr\. )"
                       rf"(?<![\w'’-]){first}(?![\w'’-])(?![ \t]+{second}\b)", re.I)
    later = [re.compile(rf"(?<![\w'’-])(?<!{re.escape(before)} )(?<!{re.escape(before)}\t)"
                        rf"{re.escape(word)}(?![\w'’-])", re.I)
             for before, word in pairwise(words)]
    if alone.search(text) and not any(p.search(text) for p in later):
        return person.model_copy(update={"greet_in_full": False})
    return person


def titled_as_written(person: Interviewer, text: str) -> Interviewer:
    """A title and surname the notes themselves write ("sent check-in email to Dr. Fuentes
    García") is how the person is addressed, when it keeps more of the name than the greeting
    would ("Dr. García"): where a surname starts is the notes' to say, not a guess's."""
    words = person.name.split()
    title = (person.honorific or "").rstrip(".")
    if words and words[0].rstrip(".") == title:
        words = words[1:]  # "Dr Hamish Reid" kept with its title
    if not title or person.goes_by or len(words) < 3:
        return person
    best = None
    # the longest run of the name after its given name that the notes write after the title:
    # a suffix ("Dr. Fuentes García") or the first of two surnames ("Dr. Vega" for Alejandra
    # Vega Montoya)
    runs = sorted(((k, j) for k in range(1, len(words)) for j in range(k + 1, len(words) + 1)),
                  key=lambda r: (r[0] - r[1], r[0]))
    for k, j in runs:
        tail = " ".join(words[k:j])
        if re.search(rf"(?<![\w.]){re.escape(title)}\.?\s+{re.escape(tail)}(?![\w'’-])", text):
            best = tail
            break
    if best is None or person.first_name.endswith(best):
        return person
    return person.model_copy(update={"goes_by": f"{person.first_name.split()[0]} {best}"})



def in_full(known: list[Interviewer], found: str, text: str) -> None:
    """The one name the reader had for someone ("Khalid", "Ms. Petrović"), given in full where
    the detector found them ("Khalid Al-Mansouri", "Dragana Petrović"): the full name, as
    written, with no initial in it."""
    if len(known) == 1 and len(known[0].name.split()) == 1 < len(found.split()) and all(
            len(w.rstrip(".")) > 1 for w in found.split()) and found in text:
        known[0].name = found
