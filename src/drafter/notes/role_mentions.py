"""The job applied for, wherever the notes say it: a role mention found by the words around it.

The header reader takes a role from the notes' first line or a "Role:" key. Notes name the job
in many more places: a subject line ("Subject: Interview confirmation – Corporate Paralegal"),
a sentence ("on the Cabin Crew Training Instructor role", "applied for Maintenance Technician
(HVAC) at Coastal Health"), a header line further down ("GreenAcre Co-op – Agronomist").
Each mention is a candidate with a strength; the resolver's own checks then apply (an
interviewer's title is no role). A mention counts only when its last word is a job's head noun
(vocab.toml role_heads and title_words, data/role.toml, or an agent noun such as
"radiographer" in a place only a job can be), and never from a sentence about another job: the
candidate's current one, a rival offer's, one that "might come up".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from drafter.context import InterviewContext
from drafter.notes.job_heads import is_head, role_data
from drafter.notes.lexicon import data_toml, phrase_pattern, plain
from drafter.notes.people import is_first_name
from drafter.notes.resolve import role_doubt
from drafter.notes.segment import bounded

_I = re.IGNORECASE


# words a title is made of before its head ("Senior MRI", "Junior Graphic"), as written
_WORD = r"[^\W\d_][\w&/+.'’-]*"
_LEVEL = re.compile(r"(?:I{1,3}|IV|V|[1-5])")
_QUALIFIER = r"(?:\s*\([^()\n]{1,40}\))?"  # "(HVAC)", "(Credit Risk)"
_STOP = frozenset({"the", "a", "an", "for", "on", "about", "as", "my", "your", "his", "her",
                   "their", "our", "its", "with", "at", "to", "in", "of", "re", "regarding",
                   "and", "or", "this", "that", "same", "new", "open", "interview", "interviewed",
                   "applied", "application", "offer", "i", "me", "you", "we", "they", "he",
                   "she", "it", "is", "was", "be", "got", "had", "have"})


@dataclass(frozen=True)
class Mention:
    role: str
    strength: int  # 3: a subject line, "applied for X"; 2: "the X role", a header's part
    at: int  # offset in the notes


@cache
def _abbreviations() -> frozenset[str]:
    """Title abbreviations written with a stop ("Sr.", "Asst."): roles.toml's."""
    return frozenset(plain(w) for w in data_toml("roles.toml")["abbreviations"]
                     if w.endswith("."))


def _back(words: list[str], head: int, strong: bool) -> str | None:
    """The title that ends at words[head], read back to the first word that is not part of it."""
    if not is_head(words[head], strong):
        return None
    start = head
    capital = words[head][:1].isupper()
    while start > 0 and head - start < 5:
        prev = words[start - 1]
        bare = prev.strip("(),")
        if plain(bare) in _STOP or bare != prev or not re.fullmatch(_WORD, bare):
            break
        if bare.endswith((".", ":", ";", "!", "?")) and plain(bare) not in _abbreviations():
            break  # "this morn. journeyman pipefitter role": a sentence ended ("Sr." has not)
        if capital and not bare[:1].isupper():
            break  # "the new Senior Analyst": the title is its capitalised words
        start -= 1
    return " ".join(words[start:head + 1])


# "the Procurement Officer role", "warehouse supervisor position", "the banquet server interview"
_NOUN_ROLE = re.compile(rf"(?P<pre>(?:{_WORD}\s+){{0,6}}?{_WORD})(?P<q>{_QUALIFIER})(?<!\.)\s+"
                        r"(?:role|position|job|post|vacancy|opening|posting|interview)\b", _I)
# "for the position of Sous Chef at", "for post of Medical Lab Technologist", "Role is X",
# "role = Data Analyst (Credit Risk)", "Role: Submarine Electrical Commissioning Engineer"
_OF_ROLE = re.compile(r"\b(?:position|post|role|job|title|vacancy)(?:\s*(?:of|is|=|:|-)\s+|"
                      r"\s+(?=(?-i:[A-Z])))"  # "— role Data Engineer II": a capital follows
                      rf"(?:the\s+|a\s+|an\s+)?(?P<role>(?:{_WORD}\s+){{0,6}}?{_WORD})"
                      rf"(?P<q>{_QUALIFIER})(?=\s*(?:$|[.,;!?@–—|(]|\s-\s|\s+(?:at|with|on|in|"
                      r"for|and|she|he|they|we|i|today|yesterday|last|this|next)\b))", _I | re.M)
# "applied for Maintenance Technician (HVAC) at", "interviewed ... for Transport Planner."
_FOR_ROLE = re.compile(r"\b(?:interview(?:ed|ing)?|applied|applying|apply|application|"
                       r"shortlisted|hired|hiring|considered|candidate)\b[^.\n]{0,60}?\b"
                       rf"(?:for|as)\s+(?:the\s+|a\s+|an\s+)?(?P<role>(?:{_WORD}\s+){{0,6}}?"
                       rf"{_WORD})(?P<q>{_QUALIFIER})(?=\s*(?:$|[.,;:!?@–—|]|\s-\s|\s+(?:at|"
                       r"with|on|in|role|position|job|post|today|yesterday|last|this|next)\b))",
                       _I | re.M)
_SUBJECT = re.compile(r"^[ \t>]*(?:subject|re|betreff|oggetto|objet|asunto|assunto|onderwerp)"
                      r"[ \t]*:[ \t]*(?P<v>.+)$", _I | re.M)
_PARTS = re.compile(r"\s+[-–—|:]\s+|\s*[–—|]\s*|\s+@\s+|\s*:\s+")
_OFFER = re.compile(r"\boffer", _I)
_HEADER_PARTS = re.compile(r"\s+[-–—|]\s+|\s*[–—|]\s*|\s+@\s+")
_KEY = re.compile(r"^[ \t*#>-]*[^\W\d_][^:\n]{0,24}:\s")


def _person(part: str) -> bool:
    """A header part that is someone's name ("Faith Mwangi"): a signature line, not a job's."""
    words = part.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and is_first_name(
        words[0])


# what a subject line says around the job ("Interview confirmation", "Application outcome")
_SUBJECT_WORDS = re.compile(r"^(?:(?:re|fwd?|aw|wg)\s*:\s*)*", _I)


def _clean(role: str, qualifier: str = "") -> str:
    role = re.sub(r"^(?:the|a|an)\s+", "", role.strip(), flags=_I)
    if re.search(r"\d", qualifier):
        qualifier = ""  # "(Band 7)", "(2 yrs)": a grade or a term, not part of the title
    return (role + qualifier).strip(" .,;:")


_FIELD = re.compile(r"\s+(?:in|of)\s+(?:[A-Z][\w&'’-]*\s*){1,4}$")  # "in Marine Biology"


def _whole(part: str) -> str | None:
    """A subject's or a header's part that is a job title and nothing else."""
    part = part.strip(" .,;:!")
    field = _FIELD.search(part)
    m = re.fullmatch(rf"(?P<t>(?:{_WORD}\s+){{0,6}}{_WORD})(?P<q>{_QUALIFIER})",
                     part[:field.start()] if field else part, _I)
    if m is None:
        return None
    words = m["t"].split()
    # "Permit Technician II": a grade after the head
    head = words[-2] if len(words) > 1 and _LEVEL.fullmatch(words[-1]) else words[-1]
    if any(plain(w) in _STOP for w in words) or not is_head(head, strong=False):
        return None  # a part alone is a title only by a known head ("NHS Lothian" is not)
    if field:  # "Lecturer in Marine Biology": the head, then its field
        return _clean(m["t"] + field.group(0), m["q"])
    if not all(w[:1].isupper() or w.isupper() for w in words):
        return None  # a subject's or header's title is written as a name is
    return _clean(m["t"], m["q"])


@cache
def _other_job() -> re.Pattern[str]:
    return phrase_pattern(role_data()["other_job"])


def _sentence_start(text: str, at: int) -> int:
    return max(text.rfind("\n", 0, at), text.rfind(". ", 0, at)) + 1


def _sentence(text: str, at: int) -> str:
    start = _sentence_start(text, at)
    ends = [e for e in (text.find("\n", at), text.find(". ", at)) if e >= 0]
    return text[start:min(ends) if ends else len(text)]


def mentions(text: str, rival: str | None = None) -> list[Mention]:
    """Every role mention in the notes with its strength, in order."""
    found: list[Mention] = []
    for m in _SUBJECT.finditer(text):
        if _OFFER.search(m["v"]):
            continue  # "Subject: Offer - Shift Operations Lead": an offer's job, maybe a rival's
        for part in _PARTS.split(_SUBJECT_WORDS.sub("", m["v"])):
            if role := _whole(part):
                found.append(Mention(role, 3, m.start("v")))
    for m in _NOUN_ROLE.finditer(text):
        words = m["pre"].split()
        if role := _back(words, len(words) - 1, strong=True):
            found.append(Mention(_clean(role, m["q"]), 2, m.start("pre")))
    for m in (*_OF_ROLE.finditer(text), *_FOR_ROLE.finditer(text)):
        words = m["role"].split()
        # a level after the head is part of the title: "Data Engineer II", "Analyst 2"
        head = words[-2] if len(words) > 1 and _LEVEL.fullmatch(words[-1]) else words[-1]
        if is_head(head, strong=True) and not any(plain(w) in _STOP for w in words):
            found.append(Mention(_clean(m["role"], m["q"]), 3, m.start("role")))
    at = 0
    for line in text.splitlines(keepends=True):
        start, at = at, at + len(line)
        if _OFFER.search(line) or _SUBJECT.match(line):
            continue  # an offer's job, maybe a rival's; a subject line, read above
        if key := _KEY.match(line):
            # "Preferred: Northern Beaches Imaging — Senior MRI Radiographer": the value only;
            # "Organizer: Summer Lindqvist": a key's value that is no header
            line = line[key.end():]
        # "GreenAcre Co-op – Agronomist. Interviewed 26 Feb": the header is its first sentence
        first = re.split(r"\.\s+(?=[A-Z])|[.;]\s*$", line.strip(" \t\r\n*#>-•"))[0]
        parts = _HEADER_PARTS.split(first)
        if 1 < len(parts) <= 5 and len(first.split()) <= 14 and not any(
                _person(p) for p in parts):  # "Faith Mwangi | Senior Consultant | ...": theirs
            found.extend(Mention(role, 2, start) for p in parts if (role := _whole(p)))
    out = []
    for f in found:
        said = _sentence(text, f.at)
        if _other_job().search(said) or (rival and rival.casefold() in said.casefold()):
            continue
        out.append(f)
    return sorted(out, key=lambda f: f.at)


def best_role(ctx: InterviewContext) -> str | None:
    """The role the notes name most strongly (then most often, then first), or None."""
    rival = ctx.competing_offer.company if ctx.competing_offer else None
    found = mentions(bounded(ctx.source), rival)  # the part of long notes the reader reads
    if not found:
        return None
    said: dict[str, list[Mention]] = {}
    for f in found:
        said.setdefault(plain(f.role), []).append(f)
    best = max(said.values(), key=lambda ms: (max(m.strength for m in ms), len(ms),
                                             -ms[0].at))
    # the form with the most words (its qualifier kept), as first written
    return max(best, key=lambda m: (len(m.role), -m.at)).role


def _elsewhere(ctx: InterviewContext) -> bool:
    """Whether the reader's role is only ever written in sentences about another job ("I'd
    encourage you to apply for the upcoming Lab Manager role")."""
    text = bounded(ctx.source)
    role = (ctx.role or "").casefold()
    spots = [m.start() for m in re.finditer(re.escape(role), text.casefold())] if role else []
    # the cue before the role in its sentence: not "Role: Kitchen Supervisor (I'm currently
    # line cook at the Hyatt)", whose aside comes after
    return bool(spots) and all(_other_job().search(text[_sentence_start(text, at):at])
                               for at in spots)


def settle_role(ctx: InterviewContext) -> InterviewContext:
    """A role from anywhere in the notes when no header or key gave one, or gave one the
    resolver will set aside as no job title ("4:47 PM", "she'll be your manager")."""
    people = [*ctx.interviewers, *ctx.others]
    names = tuple(p.name for p in people)
    theirs = ctx.role is not None and any(ctx.role.casefold() in (p.title or "").casefold()
                                          for p in people)  # the resolver sets it aside too
    elsewhere = _elsewhere(ctx)
    if ctx.role and not theirs and role_doubt(ctx.role, names) is None and not elsewhere:
        return ctx
    if not (role := best_role(ctx)):
        # a role read only from talk of another job is none of this one's
        return ctx.model_copy(update={"role": None}) if elsewhere else ctx
    return ctx.model_copy(update={"role": role})
