"""Who led a meeting with several people in it: the evidence for each, weighed once.

A thank-you after a meeting with several people goes to the one who led it only when the notes
clearly say so: everyone else had a small part (sat in, gave the tour, did the paperwork, was not
there), or one person is marked as the lead (led it, the hiring manager, "email her") and no one
else is. A co-equal panel, or notes that ask whom to write to, stay a question for the person:
a wrong recipient is worse than asking. The cue phrases live in data/lead.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from drafter.context import Interviewer, surname
from drafter.notes.lexicon import common_set, data_toml, phrase_pattern, plain
from drafter.notes.people import person_like

# a full stop after these is not the end of a sentence ("Dr. Price asked ...")
_NO_STOP = frozenset(("dr", "mr", "mrs", "ms", "mx", "prof", "rev", "capt", "st", "sr", "jr",
                      "sgt", "lt", "col", "fr", "hon", "vs", "approx", "min", "mins"))
_BOUNDARY = re.compile(r"[.!?;]+(?=\s)|\n")
# "(hiring manager) and Wren": a cue closed off before the next name is not about that name
_JOIN = re.compile(r"\)|\band\b|&|\+")
_BEFORE_GAP = 60  # how far a `before` cue may sit from its name ("tour with the charge nurse, ")


@dataclass(frozen=True)
class Evidence:
    """What the notes say about one person's part: the cue phrases found, by kind."""

    person: Interviewer
    minor: tuple[str, ...] = ()
    main: tuple[str, ...] = ()

    @property
    def is_minor(self) -> bool:
        return bool(self.minor) and not self.main

    @property
    def is_main(self) -> bool:
        return bool(self.main) and not self.minor


@cache
def _cues() -> dict[str, re.Pattern[str]]:
    data = data_toml("lead.toml")
    return {f"{kind}.{side}": phrase_pattern(data[kind][side])
            for kind in ("minor", "main") for side in ("after", "before")} | {
        "ask": phrase_pattern(data["ask"]["phrases"]),
        "title.minor": phrase_pattern(data["titles"]["minor"]),
        "title.main": phrase_pattern(data["titles"]["main"])}


def notes_leave_it_open(source: str) -> bool:
    """Whether the notes say the choice of recipient is still open ("not sure who")."""
    return bool(_cues()["ask"].search(source))


def _sentences(source: str) -> list[tuple[int, int]]:
    """Spans of the sentences and lines of the notes; "Dr." and initials do not end one."""
    spans, start = [], 0
    for m in _BOUNDARY.finditer(source):
        if m.group() != "\n":
            word = re.search(r"(\w+)$", source[start:m.start()])
            if word and (plain(word.group(1)) in _NO_STOP or len(word.group(1)) == 1):
                continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(source)))
    return [s for s in spans if s[1] > s[0]]


def _forms(person: Interviewer, shared: set[str]) -> list[str]:
    """How the notes may name a person: full name, each name word, the surname; a word that
    another person's name shares, or a bare common word ("Rich", "Joy"), only capitalised."""
    words = [w.strip(".,()") for w in person.name.split()]
    forms = {person.name, " ".join(words), *words}
    if len(words) > 1:
        forms.add(surname(words))
    if person.goes_by:
        forms.add(person.goes_by)
    return [f for f in forms if len(f) > 1 and plain(f) not in shared]


def _mentions(source: str, people: list[Interviewer]) -> list[tuple[int, int, int]]:
    """(start, end, index of person) for each place the notes name one of `people`."""
    counts: dict[str, int] = {}
    for p in people:
        for w in {plain(w.strip(".,()")) for w in p.name.split()}:
            counts[w] = counts.get(w, 0) + 1
    shared = {w for w, n in counts.items() if n > 1}
    common = common_set()
    out = []
    for i, p in enumerate(people):
        for form in _forms(p, shared):
            flags = 0 if plain(form) in common or form.islower() else re.I
            for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", source, flags):
                out.append((m.start(), m.end(), i))
    out.sort()
    return out


def _listed(source: str, after: list[tuple[int, int, int]], people: list[Interviewer]) -> bool:
    """Whether the name a `before` cue leads into is the first of several ("interview with
    Sarah and Tom"): the cue is then about them all, and marks no one as the lead. A rank
    read as a name ("Frank Osei, Lt Col") is no second person."""
    others = [m for m in after[1:] if m[2] != after[0][2] and person_like(people[m[2]].name)]
    if not others:
        return False
    # the first one's name ends where its longest form ends ("Sarah" within "Sarah Okafor")
    end = max((m[1] for m in after if m[2] == after[0][2] and m[0] < others[0][0]),
              default=after[0][1])
    if others[0][0] < end:
        return False  # the two overlap: one name inside the other's
    # only a join between them ("Sarah and Tom", "Sarah, Tom"), with at most a bracket
    # ("Sarah (ops) and Tom"); not "thank you to bronwen, cc tadeusz?"
    between = re.sub(r"\([^()\n]{0,40}\)", "", source[end:others[0][0]])
    return bool(re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and|&|\+)\s*", between))


def weigh(source: str, people: list[Interviewer]) -> list[Evidence]:
    """Each person's evidence: the cues the notes tie to them, and what their title says."""
    cues = _cues()
    found: list[dict[str, list[str]]] = [{"minor": [], "main": []} for _ in people]
    mentions = _mentions(source, people)
    for lo, hi in _sentences(source):
        inside = [m for m in mentions if m[0] >= lo and m[1] <= hi]
        if not inside:
            continue
        for kind in ("minor", "main"):
            for cue in cues[f"{kind}.after"].finditer(source, lo, hi):
                before = [m for m in inside if m[1] <= cue.start()]
                if before:
                    found[before[-1][2]][kind].append(cue.group())
            for cue in cues[f"{kind}.before"].finditer(source, lo, hi):
                after = [m for m in inside if m[0] >= cue.end()]
                if after and after[0][0] - cue.end() <= _BEFORE_GAP and not _JOIN.search(
                        source, cue.end(), after[0][0]) and not _listed(source, after, people):
                    found[after[0][2]][kind].append(cue.group())
    for p, f in zip(people, found, strict=True):
        for kind in ("minor", "main"):
            if p.title and cues[f"title.{kind}"].search(p.title):
                f[kind].append(p.title)
    return [Evidence(p, tuple(f["minor"]), tuple(f["main"])) for p, f in zip(people, found,
                                                                           strict=True)]


def lead(source: str, people: list[Interviewer], unplaced: int = 0,
         outsiders: tuple[Interviewer, ...] = ()) -> Interviewer | None:
    """The one person a thank-you goes to, when the evidence clearly favours them; else None.

    `unplaced` counts other names the notes leave unexplained (they may have interviewed the
    candidate too): then only a person marked as the lead is picked, never one picked only
    because everyone else had a small part. `outsiders` are the other people the notes name (HR,
    a coordinator): when the notes point the thank-you at one of them ("notes should be emailed
    to him"), the choice is no longer clear.
    """
    if len(people) < 2 or notes_leave_it_open(source):
        return None
    if outsiders and any(e.main for e in weigh(source, [*people, *outsiders])[len(people):]):
        return None
    # "What Hunter", "Harvest Crate": plain words the reader took for a name are no one's
    # rival (an unusual real name fails person_like too, so it takes both tests)
    common = common_set()
    real = [p for p in people if p.honorific or person_like(p.name)
            or not all(plain(w) in common for w in p.name.split())]
    if len(real) == 1:
        return real[0]
    evidence = weigh(source, real)
    unmarked = [e for e in evidence if not e.minor and not e.main]
    mains = [e for e in evidence if e.main]
    if len(mains) == 1 and mains[0].is_main:
        # marked as the lead, and no one else is: the others sat in or are not described
        top = mains[0]
        rivals = [e for e in unmarked if e is not top]
        if all(len(e.person.topics) <= len(top.person.topics) for e in rivals):
            return top.person
        return None
    if unplaced or mains:
        return None
    leads = [e for e in evidence if not e.minor]
    if len(leads) == 1 and len(unmarked) == 1:
        return leads[0].person  # everyone else had a small part
    return None
