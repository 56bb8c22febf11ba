"""Name shapes for the context detector (notes/people_context.py): which words may be part of a
name, how much evidence a name of a given shape needs, and the job titles around it.

Everything here reads one line at a time and knows nothing of cues; the vocabulary is data
(notes/data/people.toml: role, company and cue words; notes/data/common-words.txt).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from drafter.context import PARTICLES
from drafter.dates import MONTHS, WEEKDAYS
from drafter.notes import people as names
from drafter.notes.lexicon import common_words, data_toml, phrase_pattern, plain
from drafter.notes.people import HONORIFICS
from drafter.notes.people_titles import Kind, _cue, _kind, _title
from drafter.notes.people_words import credential

TOKEN = re.compile(r"[^\W\d_][\w'’-]*\.?|[^\w\s]")
_PRONOUN = re.compile(r"(?<![\w'’])(?:he|she)(?![\w])", re.I)
_PRONOUN_TITLE = re.compile(
    r"(?<![\w'’])(?:he|she)(?:['’]s|\s+is|\s+was)\s+(?:the\s+|our\s+|their\s+|an?\s+)?"
    r"(?P<t>[^.,;:()!?\n]{2,60})", re.I)
_PRONOUN_NEXT = re.compile(r"[^.!?]*?(?:[,;]|\s[-–—])\s*(?:and\s+)?(?=(?:he|she)\b)"
                           r"|[^.!?]*[.!?]\s+(?=(?:he|she)\b)"
                           # dictated, unpunctuated: "met Zsófia Kertész she's the depot manager"
                           r"|[ \t]+(?=(?:he|she)(?:['’]s|\s+is)\s+(?:the|our|their|an?)\s)",
                           re.I)
_TITLE_END = re.compile(r"\s+(?:at|for|from|in|and|who|with|since|there|here|@)\b.*$"
                        r"|\s+[-–—].*$", re.I)


@dataclass(frozen=True)
class Cues:
    """The context detector's data (people.toml [context]), compiled once."""

    meet: re.Pattern[str]  # weak meeting cues: capitalised names only
    strong: re.Pattern[str]  # strong ones: a lowercase jotting may follow
    signed_for: re.Pattern[str]  # "on behalf of"
    recruiter: re.Pattern[str]  # "my StaffRight rep is"
    closing: re.Pattern[str]  # a line that closes a letter
    determiners: frozenset[str]
    relations: frozenset[str]  # "my mentor", "my old boss": a referrer's last word
    company_before: frozenset[str]
    applied_for: frozenset[str]


def _alternatives(phrases: list[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)


@cache
def cues() -> Cues:
    data = data_toml("people.toml")
    ctx = data["context"]
    return Cues(
        meet=phrase_pattern(ctx["meet"]),
        strong=phrase_pattern(ctx["meet_strong"] + ctx["signed_for"]),
        signed_for=phrase_pattern(ctx["signed_for"]),
        recruiter=re.compile(rf"(?<![\w])my\s+(?:[\w&'’.-]+\s+){{0,2}}?"
                             rf"(?:{_alternatives(ctx['recruiter_nouns'])})\s+"
                             r"(?:(?:there|here|at\s+\S+)\s+)?(?:is|was)\s+", re.I),
        closing=re.compile(rf"\s*(?:[-–—]+\s*)?(?:{_alternatives(ctx['closings'])})\s*[,.!]?\s*",
                           re.I),
        determiners=frozenset(ctx["determiners"]),
        relations=frozenset(p.split()[-1] for p in data["cues"]["other"] if p.startswith("my ")),
        company_before=frozenset(ctx["company_before"]),
        applied_for=frozenset(ctx["applied_for"]),
    )


def is_role(word: str) -> bool:
    return names.is_title_word(word)


def _company(word: str) -> bool:
    return plain(word.rstrip(".,")) in names._vocab()["company_words"]


def is_common(word: str) -> bool:
    return names._common(word)


def top(word: str) -> bool:
    return plain(word.rstrip(".,")) in names.top_words()


@cache
def _functions() -> frozenset[str]:
    return frozenset(common_words()[:200])


def _function(word: str) -> bool:
    """One of the 200 commonest English words: "from", "at", "said", not a title's word."""
    return plain(word.rstrip(".,")) in _functions()


def _first(word: str) -> bool:
    return names.is_first_name(word)


def _letters(word: str) -> bool:
    """A title's or a state's letters ("VP", "HR", "OR"), not a name."""
    bare = word.rstrip(".")
    return bare.isupper() and len(bare) <= 3


def _name_word(word: str, lower: bool) -> bool:
    """Whether a word may be part of a name written in this case."""
    bare = word.rstrip(".,")
    if not bare[:1].isalpha() or _letters(bare) or _company(bare):
        return False
    if re.search(r"['’](?:d|s|m|ll|re|ve|t)$", bare, re.I):
        return False  # "Rich's", "Tom'd": a name, then a sentence
    if lower:
        if not bare.islower() or is_role(bare):
            return False
        # a jotting: words no English list knows, or first names outside the commonest words
        return not is_common(bare) or (_first(bare) and not top(bare)) or plain(bare) == "june"
    return bare[:1].isupper() and not (is_role(bare) and not _first(bare))


def adjacent(line: str, a: re.Match[str], b: re.Match[str]) -> bool:
    return line[a.end():b.start()] in (" ", "\t")


def name_at(line: str, toks: list[re.Match[str]],
            i: int) -> tuple[int, int, list[str], str | None]:
    """(index of the name, index after it, its words, honorific) for the name-shaped words from
    toks[i]: an optional form of address, then up to four words (two when lowercase)."""
    honorific = None
    if i + 1 < len(toks) and toks[i].group(0).rstrip(".").casefold() in HONORIFICS and (
            adjacent(line, toks[i], toks[i + 1])):
        honorific = HONORIFICS[toks[i].group(0).rstrip(".").casefold()]
        i += 1
    if i >= len(toks):
        return i, i, [], honorific
    lower = toks[i].group(0)[:1].islower()
    words: list[str] = []
    j = i
    while j < len(toks) and len([w for w in words if w.casefold() not in PARTICLES]) < (
            2 if lower else 4):
        word = toks[j].group(0)
        if words and not adjacent(line, toks[j - 1], toks[j]):
            break
        if words and word.casefold() in PARTICLES and j + 1 < len(toks) and adjacent(
                line, toks[j], toks[j + 1]) and _name_word(toks[j + 1].group(0), lower):
            words.append(word)
            j += 1
            continue
        own = re.sub(r"['’]s$", "", word)
        if own != word and _name_word(own, lower):
            words.append(own)  # "Kwame Mensah's team": the name ends there
            j += 1
            break
        if not (_name_word(word, lower) or (not words and _word_first_name(toks, j, line, lower))) \
                or (words and _first_only(word)):
            break
        if len(words) > 1 and (word.isupper() or credential(word)) and not words[-1].isupper():
            break  # "Rajesh Nair MRCVS", "Siddharth Rao BVSc": letters after the name
        words.append(word.rstrip(".") if len(word.rstrip(".")) > 1 else word)
        j += 1
        if word.endswith(".") and len(word) > 2:
            break  # "Kwame Mensah. Did a practical": the sentence ends the name
    return i, j, words, honorific


def _word_first_name(toks: list[re.Match[str]], j: int, line: str, lower: bool) -> bool:
    """A lowercase first name that is also an everyday word ("will", "mark", "grace") opens a
    name when a lowercase surname no English list knows follows it: "will ostrowski", not
    "will help" or "may be"."""
    word = toks[j].group(0)
    if not (lower and word.islower() and _first(word)) or j + 1 >= len(toks):
        return False
    nxt = toks[j + 1].group(0).rstrip(".,")
    return (adjacent(line, toks[j], toks[j + 1]) and nxt.islower() and nxt.isalpha()
            and not is_common(nxt) and not is_role(nxt) and not _first(nxt))


def _first_only(word: str) -> bool:
    """A word that ends a name rather than continuing it: a month or weekday ("Tom Friday")."""
    return _time_word(word)


def title_after(line: str, end: int) -> str | None:
    """'(VP ops)', ', head of engineering', ', he's the site supervisor', ' - she's the ...'."""
    if title := _title(line, end):
        return None if _applied_for(title) else _cut(title)
    m = re.match(r"\s*(?:,|[-–—])\s*(?:and\s+)?", line[end:])
    if m and (p := _PRONOUN_TITLE.match(line, end + m.end())):
        return as_title(p["t"])
    return None


def _cut(title: str) -> str:
    title = re.sub(r"^(?:he|she)(?:['’]s|\s+is|\s+was)\s+(?:the\s+|our\s+|their\s+|an?\s+)?",
                   "", title.strip(), flags=re.I)
    return _TITLE_END.sub("", title).strip(" ,")


def as_title(text: str) -> str | None:
    title = _cut(text)
    words = title.split()
    if 0 < len(words) <= 6 and any(is_role(w) for w in words) and not _applied_for(title):
        return title
    return None


def _applied_for(title: str) -> bool:
    """'(data eng role)', '(content marketing lead role)': the job, not the person's title."""
    return any(plain(w.strip(".,'\"‘’“”")) in cues().applied_for
               for w in title.split())


def next_pronoun(line: str, end: int) -> tuple[bool, str | None]:
    """Whether 'he'/'she' speaks of the person next: after a comma in the same sentence, or
    opening the next ("Met Rich at the yard. He's the site supervisor"), and a title it gives."""
    rest = line[end:]
    m = _PRONOUN_NEXT.match(rest)
    if not m or not _PRONOUN.match(rest, m.end()):
        return False, None
    p = _PRONOUN_TITLE.match(rest, m.end())
    return True, as_title(p["t"]) if p else None


_FIRM_AFTER = re.compile(r"[ \t]*(?:&|\+|and[ \t]+(?:sons?|daughters?|co|partners)\b)"
                         r"|[ \t]+(?P<w>[A-Z][\w'’-]*)|['’]s?\b", re.I)


def is_company(line: str, end: int) -> bool:
    """'Morgan & Finch', 'Doyle and Sons', 'Austin Dental Group', 'Saigon Street Kitchen':
    a firm or a place, not a person."""
    m = _FIRM_AFTER.match(line, end)
    if not m or (m["w"] is not None and not m["w"][:1].isupper()):
        return False
    word = m["w"]
    return word is None or _company(word) or (
        plain(word) in names._vocab()["not_names"] and not _time_word(word))


def _time_word(word: str) -> bool:
    """A month's or a weekday's name or its short form ("Friday", "Sept", "Thu")."""
    w = plain(word.rstrip("."))
    return len(w) >= 3 and any(full.casefold().startswith(w[:3]) and (
        full.casefold().startswith(w) or w in ("sept", "tues", "thur", "thurs"))
        for full in (*MONTHS, *WEEKDAYS))


def shaped(words: list[str], honorific: str | None, *, confirmed: bool, strong: bool,
            led: bool = False) -> bool:
    """Whether the words are a name on this evidence: `strong`, a cue that only people follow;
    `confirmed`, a title, "from <team>" or "he/she" after them; `led`, a job title before them.
    Two capitalised words opening with a known first name need no more; a name no list knows
    must be confirmed (and with a surname that is also a word, led: "Cobalt Maps, Product
    Designer" is a company and the job); a lowercase jotting needs a strong cue or a title."""
    if not words:
        return False
    first = words[0]
    core = [w for w in words if w.casefold() not in PARTICLES]
    if first[:1].islower():
        if len(core) == 1 or plain(first) == "june":
            return len(core) == 1 and confirmed
        return (strong or confirmed) and (_first(first) or confirmed)
    if plain(first) in names._vocab()["not_names"] and not confirmed:
        return False
    if len(core) == 1:
        if honorific or (_first(first) and strong and not is_common(first)):
            return True
        return confirmed and (_first(first) or not is_common(first))
    if not names._surnameish(core[-1]) and not (_first(first) and confirmed):
        return False  # "Ji-woo Park (store manager)": a surname that is also a word
    if _first(first):
        return confirmed or strong or not (is_common(first) and all(is_common(w) for w in core[1:]))
    if is_common(first):
        # "the line producer (Temperance Hōhepa)": a given name that is also a word, led by a
        # job title and confirmed, with a surname no word list knows
        return led and confirmed and not is_common(core[-1])
    return led or honorific is not None or (confirmed and not any(is_common(w) for w in core))


def lead_title(toks: list[re.Match[str]], i: int, line: str) -> tuple[int, str | None]:
    """Job-title words between a cue and a name ("the warehouse supervisor", "partner"):
    (index of the name, the title), the longest run that ends in a title word."""
    mine = i < len(toks) and toks[i].group(0).casefold() == "my"
    if i < len(toks) and toks[i].group(0).casefold() in cues().determiners:
        i += 1
    best = (i, None)
    run: list[str] = []
    for j in range(i, min(i + 5, len(toks))):
        word = toks[j].group(0)
        if (run and not adjacent(line, toks[j - 1], toks[j])) or not word[:1].isalpha():
            break
        related = mine and plain(word) in cues().relations  # "my mentor"
        if not (is_role(word) or related or word.casefold() in ("of", "&") or (
                is_common(word) and (word.islower() or not _first(word)) and not _function(word))):
            break  # "the night shift supervisor", not "the Director Tom"
        run.append(word)
        if is_role(word) or related:
            best = (j + 1, " ".join(run))
    return best


def kind_of(line: str, start: int, end: int, title: str | None, cue: Kind) -> Kind:
    """A recruiter's or a referrer's words around the name win; a job title, or the cue, says
    interviewer."""
    if cue in ("recruiter", "other"):
        return cue
    if title:
        for kind in ("other", "recruiter"):
            if _cue(kind).search(title):
                return kind  # type: ignore[return-value]
    kind = _kind(line, start, end)
    return kind if kind != "unknown" else ("interviewer" if title else cue)


_REMARK = re.compile(r"[ \t]*\([^()\n]{1,30}\)[ \t]*$")  # "(nearly)", "(in progress)"
_LETTERS = re.compile(r"[ \t]*,?[ \t]+([A-Za-z][A-Za-z.()/-]{1,14})$")  # " CEng", ", M.S."


def strip_credentials(text: str) -> tuple[str, bool]:
    """A name line without its trailing post-nominals and remarks ("Kieran O'Dowd ACA (nearly)",
    "Priyanka Sethi, M.S. CCC-SLP (in progress)" -> the name), and whether any were there."""
    out = text.rstrip()
    while (m := _REMARK.search(out) or _LETTERS.search(out)) and out[:m.start()].strip():
        if m.re is _LETTERS and (not credential(re.sub(r"[()/]", "", m[1])) or plain(
                m[1].strip(".")) in names._vocab()["company_words"]):
            break  # "Sterling Rowe LLP": a firm's legal form, no letters after a name
        out = out[:m.start()].rstrip(" \t,")
    return out, out != text.rstrip()


