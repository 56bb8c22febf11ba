"""Detector: the people the notes name, found by the words around them, whatever the name.

The name detector (notes/people.py) knows a person by a first name in its list or a title
before it; many names are in no list ("Kwame", "Olusegun", "Chiamaka") and jottings are
lowercase. Here the context is the evidence:

- a meeting cue ("with", "w/", "met", "call with", "interviewed by", "on behalf of"; data in
  notes/data/people.toml), optional job-title words, then one to four name-shaped words:
  "with the warehouse supervisor Kwame Mensah", "call w/ olusegun adeyemi today";
- "my <recruiter|rep|...> is NAME": "My StaffRight rep is Jess";
- a name in brackets with a title: "she (exec chef aleksandra nowak) said";
- a line keyed by a job title: "Head Teacher: Mrs Fiona McAllister – behaviour policy";
- a letter's sign-off: a closing line, the name, then a title line.

How strong the evidence must be depends on the name's shape: two capitalised words opening
with a known first name are enough after a cue; a name no list knows, a lone word, or a
lowercase jotting also needs a title, a "(title)", "from <team>", or "he's/she's" after it.
Company names ("Juniper & Vale", "Austin Dental Group"), months without a cue, and guesses
("Maria?") are not people. `find_people` merges these with the name detector's finds.
"""

from __future__ import annotations

import re

from drafter.context import PARTICLES
from drafter.notes import people as names
from drafter.notes.lexicon import plain
from drafter.notes.pasted import HEADER
from drafter.notes.people import Person, is_first_name
from drafter.notes.people_messages import carded, introduced
from drafter.notes.people_shape import (
    TOKEN,
    as_title,
    credential,
    cues,
    is_common,
    is_company,
    is_role,
    kind_of,
    lead_title,
    name_at,
    next_pronoun,
    shaped,
    title_after,
    top,
)
from drafter.notes.people_titles import Kind
from drafter.notes.people_words import past_letters
from drafter.notes.plausible import pronouns

_SEP = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&|\+)[ \t]+|[ \t]*\+[ \t]*"
                  r"|[ \t]+/[ \t]+)", re.I)
_FROM = re.compile(r"[ \t]+from[ \t]+(?:the[ \t]+)?[^\W\d_]", re.I)

# a letter pasted in from the employer's side: its sign-off block names who sent it
_RECEIVED = re.compile(r"^[ \t]*(?:>[ \t]*)?from[ \t]*:|\bunfortunately\b|\bregret\b|"
                       r"pleased\s+to\s+offer|\bnot\s+to\s+(?:move|proceed|progress)|other\s+candidates?|"
                       r"\bwe(?:\s+have|['’]ve)?\s+decided|\bwent\s+(?:w|with)\b|offer\s+you",
                       re.I | re.M)


def _written(words: list[str]) -> str:
    """A name as kept: lowercase jottings capitalised, particles as written ("de la Cruz")."""
    return " ".join(w if w[:1].isupper() or w.casefold() in PARTICLES else w.capitalize()
                    for w in words)


def _found(line: str, no: int, toks: list[re.Match[str]], i: int, *, strong: bool,
           cue: Kind, title: str | None = None, given: bool = False,
           firm: bool = False) -> list[Person]:
    """The people named from toks[i] on: a name, then more joined by 'and', ',', '+'. After
    "position w/" (`firm`) only a known first name and a surname count."""
    out: list[Person] = []
    while i < len(toks):
        i, j, words, honorific = name_at(line, toks, i)
        if not words:
            break
        start, end = toks[i].start(), toks[j - 1].end()
        if re.search(r"['’]s$", toks[j - 1].group(0)):
            break  # "Met Rich's boss": someone else, whom Rich's name only describes
        if toks[j - 1].group(0).endswith(".") and len(words[-1]) > 1:
            end -= 1  # "... Chiamaka Eze. Last interview": the name, then the sentence's end
        elif re.match(r"\s*\?", line[end:]) or is_company(line, end):
            break
        after = title_after(line, past_letters(line, end))
        said, said_title = next_pronoun(line, past_letters(line, end))
        titled = given or bool(title or after or said_title) or bool(_FROM.match(line, end))
        # "he said" alone does not make one word no list knows a name ("Amazon, he said")
        lone = len(words) == 1 and honorific is None and not is_first_name(words[0])
        confirmed = titled or (said and not lone)
        if not (shaped(words, honorific, confirmed=False, strong=False) if firm else
                shaped(words, honorific, confirmed=confirmed, strong=strong, led=bool(title))):
            break
        name = _written(words)
        got = title or after or said_title
        out.append(Person(name, no, start, end, honorific, kind_of(line, start, end, got, cue),
                          got))
        # another name joined to this one: "Akosua Boateng (Creative Director) and Tom (producer)"
        k = past_letters(line, end)
        if m := re.match(r"\s*\([^()]*\)", line[k:]):
            k += m.end()
        sep = _SEP.match(line, k)
        if not sep:
            break
        i = next((n for n, t in enumerate(toks) if t.start() >= sep.end()), len(toks))
        i, title = lead_title(toks, i, line)
        given = False
    return out


def _cued(line: str, no: int) -> list[Person]:
    data = cues()
    toks = list(TOKEN.finditer(line))
    out: list[Person] = []
    hits: list[tuple[re.Match[str], bool, Kind]] = [
        *((m, True, "interviewer") for m in data.strong.finditer(line)),
        *((m, False, "interviewer") for m in data.meet.finditer(line)),
        *((m, True, "recruiter") for m in data.recruiter.finditer(line))]
    done: set[int] = set()
    for m, strong, cue in sorted(hits, key=lambda h: (h[0].end(), not h[1])):
        at = m.end() + len(re.match(r"[ \t]*:?[ \t]*", line[m.end():])[0])
        if at in done:
            continue
        done.add(at)
        i = next((n for n, t in enumerate(toks) if t.start() >= at), len(toks))
        if i == len(toks) or toks[i].start() != at:
            continue
        before = line[:m.start()].split()
        firm = bool(before) and plain(before[-1].strip(".,:;()")) in data.company_before
        i, title = lead_title(toks, i, line)
        if title and i + 1 < len(toks) and toks[i].group(0) == ",":
            i += 1  # "met the CEO, Nomvula Dlamini"
        out += _found(line, no, toks, i, strong=strong, cue=cue, title=title,
                      given=cue == "recruiter", firm=firm)
    return out


_ROLE_BEFORE = re.compile(r"\b(?:the|our|my|their|his|her)\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)\s*$",
                          re.I)


def _bracketed(line: str, no: int) -> list[Person]:
    """'(exec chef aleksandra nowak)', '(ravindra jayasuriya, head of customer ops at ...)'."""
    out: list[Person] = []
    for m in re.finditer(r"\(([^()]{3,100})\)", line):
        toks = [t for t in TOKEN.finditer(line) if m.start(1) <= t.start() < m.end(1)]
        i, title = lead_title(toks, 0, line)
        i, j, words, honorific = name_at(line, toks, i)
        if not words:
            continue
        end = toks[j - 1].end()
        rest = line[end:m.end(1)]
        after = None
        if rest.strip():
            c = re.match(r"\s*,\s*(.+)$", rest)
            after = as_title(c[1]) if c else None
            if after is None:
                continue
        if not (title or after):
            # "the line producer (Temperance Hōhepa)": the job written right before the bracket
            before = _ROLE_BEFORE.search(line[:m.start()])
            title = as_title(before[1]) if before else None
        if not (title or after) or not shaped(words, honorific, confirmed=True, strong=True,
                                               led=bool(title)):
            continue
        start = toks[i].start()
        name = _written(words)
        got = title or after
        out.append(Person(name, no, start, end, honorific,
                          kind_of(line, start, end, got, "interviewer"), got))
    return out


def _listed(line: str, no: int) -> list[Person]:
    """'June (tax manager) – busy season': a line that opens with a name and its title in
    brackets names a person, even a name that is also a month or a word."""
    m = re.match(r"\s*(?:[-*•·>]\s*)?", line)
    toks = [t for t in TOKEN.finditer(line) if t.start() >= m.end()]  # type: ignore[union-attr]
    if not toks or toks[0].start() != m.end():  # type: ignore[union-attr]
        return []
    i, j, words, honorific = name_at(line, toks, 0)
    if not words or words[0][:1].islower():
        return []
    start, end = toks[i].start(), toks[j - 1].end()
    title = title_after(line, end)
    if not re.match(r"\s*\(", line[end:]) or title is None or is_company(line, end) or not (
            shaped(words, honorific, confirmed=True, strong=False)):
        return []
    return [Person(" ".join(words), no, start, end, honorific,
                   kind_of(line, start, end, title, "interviewer"), title,
                   names._topics(line, end))]


_KEYED = re.compile(r"\s*(?:[-*•·>]\s*)?(?P<key>[^\W\d_][\w'’&/ -]{1,40}?)[ \t]*:[ \t]+")


def _keyed(line: str, no: int) -> list[Person]:
    """'Head Teacher: Mrs Fiona McAllister – behaviour policy': a line keyed by a job title
    names an interviewer (or the recruiter), and what follows the dash is what they asked."""
    m = _KEYED.match(line)
    if not m:
        return []
    key = m["key"].split()
    if not key or not is_role(key[-1]) or not all(
            is_role(w) or is_common(w) or w in ("&", "/") for w in key):
        return []
    toks = [t for t in TOKEN.finditer(line) if t.start() >= m.end()]
    i, j, words, honorific = name_at(line, toks, 0)
    if not words or words[0][:1].islower() or not shaped(words, honorific, confirmed=True,
                                                          strong=False, led=True):
        return []
    if len(words) == 1 and honorific is None and not is_first_name(words[0]):
        return []  # "Account Manager: Acme": one word no list knows is no one's name
    start, end = toks[i].start(), toks[j - 1].end()
    if is_company(line, end) or re.match(r"\s*\?", line[end:]):
        return []
    title = m["key"].strip()
    name = " ".join(words)
    return [Person(name, no, start, end, honorific,
                   kind_of(line, start, end, title, "interviewer"), title,
                   names._topics(line, end))]


_BULLET = re.compile(r"^[ \t]*(?:[-*•·>][ \t]*)?")


def _jotted(line: str, no: int) -> list[Person]:
    """'- dev patel eng mgr, 1hr': a jotted line opening with a lowercase name no list of words
    knows, then its job title's words up to a comma, a dash or a bracket."""
    at = _BULLET.match(line).end()  # type: ignore[union-attr]
    toks = [t for t in TOKEN.finditer(line) if t.start() >= at]
    if not toks or toks[0].start() != at or not toks[0].group(0)[:1].islower():
        return []
    i, j, words, honorific = name_at(line, toks, 0)
    core = [w for w in words if w.casefold() not in PARTICLES]
    if len(core) != 2 or honorific or any(is_common(w) and not is_first_name(w) for w in core):
        return []
    k = j  # the title: a few role or everyday words ("site mgr", "chef de cuisine")
    while k < len(toks) and k - j < 5 and (is_role(toks[k].group(0)) or (
            toks[k].group(0).islower() and is_common(toks[k].group(0)))):
        k += 1
    if k == j or not any(is_role(t.group(0)) for t in toks[j:k]) or not re.match(
            r"[ \t]*(?:[,(]|[-–—][ \t]|$)", line[toks[k - 1].end():]):
        return []
    start, end = toks[i].start(), toks[j - 1].end()
    title = line[toks[j].start():toks[k - 1].end()]
    return [Person(_written(words), no, start, end, None,
                   kind_of(line, start, end, title, "interviewer"), title)]


def _signed(lines: list[str]) -> list[Person]:
    """A letter's sign-off: a closing line ("Kind regards,"), the name (with its title and
    letters: "Professor Adaeze Nwosu-Hill RM PhD FRCM"), then a job-title line."""
    out: list[Person] = []
    quoted = [re.sub(r"^[ \t]*>[ \t]?", "", x) for x in lines]  # "> Best," in a quoted reply
    for n, line in enumerate(quoted):
        if not cues().closing.fullmatch(line) or _sent(lines[:n]):
            continue
        rest = [(k, x) for k, x in enumerate(quoted[n + 1:n + 5], n + 1) if x.strip()][:3]
        if len(rest) > 2 and rest[1][1].startswith(rest[0][1].strip() + " "):
            rest = rest[1:]  # "Bjørn" over "Bjørn Halvorsen | Operations Director"
        if len(rest) < 2 or rest[0][0] > n + 2:
            continue
        (no, name_line), (_, title_line) = rest[:2]
        if len(parts := re.split(r"[ \t]+\|[ \t]+", name_line)) > 1:
            name_line, title_line = parts[0], parts[1]  # "Name | Title | Company"
        toks = list(TOKEN.finditer(name_line))
        i, j, words, honorific = name_at(name_line, toks, 0)
        tail = name_line[toks[j - 1].end():] if words else ""
        if not words or words[0][:1].islower() or not all(
                credential(w) for w in re.split(r"[\s,]+", tail) if w):
            continue
        title = as_title(title_line.split(",")[0].split("|")[0])
        if title is None or not shaped(words, honorific, confirmed=True, strong=False,
                                        led=True):
            continue
        shift = len(lines[no]) - len(quoted[no])  # offsets on the line as written
        start, end = shift + toks[i].start(), shift + toks[j - 1].end()
        out.append(Person(" ".join(words), no + 1, start, end, honorific,
                          kind_of(title_line, 0, 0, title, "interviewer"), title))
    return out




def _sent(above: list[str]) -> bool:
    """Whether the letter that ends here is one the candidate sent: the nearest email headers
    above it have a To: and no From: (or a From: me)."""
    keys: dict[str, str] = {}
    for line in reversed(above[-30:]):
        if m := HEADER.match(line):
            keys.setdefault(m["k"].casefold(), m["v"].strip().casefold())
        elif keys:
            break
    return "to" in keys and keys.get("from", "me") in ("me", "myself", "i")


def signers(text: str) -> list[Person]:
    """Who signed a letter pasted into the notes: the name under its closing line, or the
    person it was sent on behalf of (a letter the candidate received, whatever else it says).
    A closing line counts only in a letter that reads as received ("Unfortunately", "From:")."""
    lines = text.splitlines()
    out = _signed(lines) if _RECEIVED.search(text) else []
    out += carded(lines) + introduced(lines)
    for no, line in enumerate(lines, 1):
        # a letter's own line, "On behalf of: Mrs Quigley", not "I applied on behalf of ..."
        if (m := cues().signed_for.search(line)) and not line[:m.start()].strip(" \t>-*"):
            out += [p for p in _cued(line, no) if p.start >= m.end() and p.kind != "other"][:1]
    return out


def context_people(text: str) -> list[Person]:
    """Every person the words around them name (first mention of each name), in order."""
    lines = text.splitlines()
    found: list[Person] = []
    for no, line in enumerate(lines, 1):
        found += (_cued(line, no) + _bracketed(line, no) + _keyed(line, no) + _listed(line, no)
                  + _jotted(line, no))
    if _RECEIVED.search(text):  # a letter pasted in, signed by whoever sent it
        found += _signed(lines)
    seen: set[str] = set()
    out = []
    for p in sorted(found, key=lambda p: (p.line, p.start)):
        if plain(p.name) in pronouns():
            continue  # "..., pharmacy manager. She said ...": a list read past its sentence
        if plain(p.name) not in seen:
            seen.add(plain(p.name))
            out.append(p)
    return out


def _alike(a: Person, b: Person) -> bool:
    """The same name, or one the other's opening words ("Eamon Mac Giolla" of the full one)."""
    x, y = plain(a.name).split(), plain(b.name).split()
    short, full = sorted((x, y), key=len)
    return x == y or (len(short) > 1 and full[:len(short)] == short)


def _upgrade(p: Person, c: Person) -> None:
    if p.kind == "unknown":
        p.kind = c.kind
    p.title = p.title or c.title
    p.topics = p.topics or c.topics
    p.honorific = p.honorific or c.honorific


def find_people(text: str) -> list[Person]:
    """The name detector's people and the context's, merged: one mention both find is one
    person, with the longer name and the context's kind where the name detector could not
    tell; what only the context finds is added in its place."""
    by_context = context_people(text)
    firsts = {plain(c.name.split()[0]) for c in by_context}
    out: list[Person] = []
    for p in names.find_people(text):
        words = p.name.split()
        if len(words) == 2 and top(words[0]) and plain(words[1]) in firsts:
            continue  # "Tell Chiamaka": a verb, then a name the context knows
        out.append(p)
    for c in by_context:
        here = [p for p in out if p.line == c.line and p.start < c.end and c.start < p.end]
        for p in here[1:]:
            out.remove(p)  # "Juan Carlos" and "Carlos Ortega": one name, read twice
        if here and len(c.name) > len(here[0].name) and (_alike(c, here[0]) or (
                c.start <= here[0].start and c.end >= max(p.end for p in here))):
            here[0].name, here[0].start, here[0].end = c.name, c.start, c.end
        twins = here[:1] + [p for p in out if p not in here and _alike(p, c)]
        for p in twins:
            _upgrade(p, c)
        if not twins:
            out.append(c)
    seen: set[str] = set()
    merged = []
    for p in sorted(out, key=lambda p: (p.line, p.start)):
        if plain(p.name) not in seen:
            seen.add(plain(p.name))
            merged.append(p)
    return merged
