"""Resolver step: the one person the notes say to write to, from the directives the detector
found (notes/addressed.py) and everyone the reader knows.

A name target is whoever answers to its longest run of words; a role target ("the
headteacher") is the one person whose title holds it, or whom the notes write beside it ("The
Headteacher Mrs. Siân Llewellyn-Jones", "the line producer (Temperance Hōhepa)"); a pronoun is
the one person the nearest sentence before it names ("Temperance said ... Thank-you to her").
Several people in one directive leave it open unless the notes put one first; directives that
disagree leave it open too: then the recipient rule asks, it never picks.
"""

from __future__ import annotations

import re

from drafter.context import InterviewContext, Interviewer
from drafter.notes.addressed import Target, addressed
from drafter.notes.lexicon import common_set, plain
from drafter.notes.mentions import _gender, pronoun_gender
from drafter.notes.name_forms import starts_name
from drafter.notes.people import HONORIFICS, first_names, role_words
from drafter.notes.plausible import company_named

# where a clause ends: a comma, "and", a full stop after a word ("Mrs." and "Dr." go on)
_CLAUSE = re.compile(r"[,;]\s|\band\b|(?<![A-Z][a-z])(?<![A-Z][a-z]{2})(?<![A-Z][a-z]{3})\.\s")
_LEADS = frozenset({"and", "so", "then", "but", "also", "plus", "ok", "okay", "btw"})
_PUNCT = re.compile(r"[^\w\s'’-]")
_HR = re.compile(r"\b(?:hr|human\s+resources|recruit\w*|talent|people\s+(?:team|partner))\b", re.I)


def _everyone(ctx: InterviewContext) -> list[Interviewer]:
    from drafter.recipient import people

    return [*people(ctx), *ctx.others]


def _named_in(ctx: InterviewContext, sentence: str) -> set[str]:
    """The known people a stretch of text names, by any of their forms."""
    from drafter.recipient import _forms, fold

    folded = " " + fold(_PUNCT.sub(" ", sentence)) + " "
    return {p.name for p in _everyone(ctx)
            if any(len(f) > 2 and f" {f} " in folded for f in _forms(p))}


# what a person does in the notes ("Nomvula set it up", "Ifeoma said"): a name, not a word
_DOES = (r"(?:set|sets|said|says|asked|told|sent|emails|emailed|called|rang|booked|arranged|"
         r"organi[sz]ed|scheduled|replied|wrote|mentioned|introduced)\b")


def _by_name(ctx: InterviewContext, text: str, words: str) -> str | None:
    from drafter.recipient import _forms, find, fold

    run = words.split()
    for n in range(len(run), 0, -1):
        person = find(ctx, " ".join(run[:n]))
        if person is not None:
            return person.name
    first = run[0].rstrip(".")
    # "reply to gwen" of Gwendolyn Adeyemi-Clarke: a first name the one person's starts with
    starts = {p.name for p in _everyone(ctx)
              if p.name.split() and starts_name(first, p.name.split()[0])} if len(run) == 1 \
        else set()
    if len(starts) == 1:
        return starts.pop()
    if not first[:1].isupper() or [first] == (ctx.candidate or "").split()[:1] \
            or plain(first) in role_words():
        return None
    if any(fold(first) in _forms(p) for p in _everyone(ctx)):
        return None  # "thank-you to Lee" with Daniel Lee and Grace Lee: whose is open
    if re.search(rf"[A-Z][\w'’-]+[ \t]+{re.escape(first)}(?![\w'’-])", text):
        return None  # a surname too ("Daniel Lee", "Grace Lee"): whose is open
    if plain(first) in first_names():
        return first  # a known first name the reader placed nowhere ("reply to Tom")
    if plain(first) in common_set():
        return None
    if re.search(rf"(?<![\w'’-]){re.escape(first)}\s+{_DOES}", text):
        return first  # "Nomvula set it up ... email Nomvula": someone who acts in the notes
    # a name no list knows, written whole elsewhere ("Adebayo Ogunleye he's the ...")
    whole = re.search(rf"(?<![\w'’-]){re.escape(first)}\s+([A-Z][\w'’-]+)", text)
    if whole and plain(whole[1]) not in common_set() and plain(whole[1]) not in role_words():
        return f"{first} {whole[1]}"
    return None


def _by_role(ctx: InterviewContext, text: str, words: str) -> str | None:
    role = plain(words)
    titled = {p.name for p in _everyone(ctx) if role in plain(p.title or "")}
    if len(titled) == 1:
        return titled.pop()
    if not titled and len(role.split()) > 1:
        # "email the hiring manager" with no one titled so: the one manager on the hiring side
        # who is not HR ("Dr. Obinna Eze (Epi Program Manager)", "Rebecca ... (HR)")
        head = role.split()[-1]
        titled = {p.name for p in _everyone(ctx) if head in plain(p.title or "").split()
                  and not _HR.search(p.title or "")}
        if len(titled) == 1:
            return titled.pop()
    # written beside the role: "the line producer (Temperance Hōhepa)", "The Headteacher Mrs.
    # Siân Llewellyn-Jones", "Dr. Arumugam, the curator"
    near: set[str] = set()
    for m in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", text, re.I):
        after = text[m.end():m.end() + 60].split("\n")[0]
        before = text[max(0, m.start() - 50):m.start()].split("\n")[-1]
        near |= _named_in(ctx, _CLAUSE.split(after)[0])
        if re.search(r"[,(–—-]\s*(?:the|our|my|their)?\s*$", before, re.I):
            near |= _named_in(ctx, re.split(r"[,;.(]\s*|\band\b", before)[-2:][0])
    return near.pop() if len(near) == 1 else None


def _sentences(line: str) -> list[str]:
    """A line's sentences: split after . ! ? and before a capital, not after "Dr." or "J."."""
    out, start = [], 0
    for m in re.finditer(r"[.!?]\s+(?=[A-Z])", line):
        word = re.search(r"([\w'’]+)$", line[start:m.start()])
        if word and ((len(word[1]) == 1 and word[1].isalpha())
                     or word[1].casefold() in HONORIFICS):
            continue
        out.append(line[start:m.end()])
        start = m.end()
    return [*out, line[start:]]


# where one clause of a sentence ends and the next, with a subject of its own, begins
_NEXT_CLAUSE = re.compile(r"[;:]|,?\s+\b(?:but|so|whereas|while|although|though)\b\s+", re.I)


def _by_pronoun(ctx: InterviewContext, text: str, target: Target) -> str | None:
    """The one person named before the pronoun on its line ("Temperance said ... Thank-you
    to her"), of its gender, when no other name stands there: a pronoun after two names, or
    after a name the reader could not place, is left open."""
    want = pronoun_gender(target.words)
    line = text[text.rfind("\n", 0, target.at) + 1:target.at]
    # the nearest sentence of the line that names anyone: "Sinead Walsh said she'd ..., so
    # I should write to her" after a sentence about someone else
    sentences = _sentences(line)
    span = next((s for s in reversed(sentences) if _named_in(ctx, s)), "")
    # the nearest clause that names anyone, when it opens with its own subject ("Trevor's
    # email is on the invite but Maricel gave me her card, so write to her")
    # (the clause right before the pronoun's own, which names no one: a capital there may be
    # a name the reader missed, "but Ms Hà said to contact her")
    clauses = _NEXT_CLAUSE.split(span)
    if len(clauses) > 2 and not re.search(r"(?<![\w'’-])(?!I\b)[A-Z]", clauses[-1]) and len(
            _named_in(ctx, clauses[-2])) == 1:
        span = clauses[-2]
    named = _named_in(ctx, span)
    if not named:
        # "Thank him, mention the condo work.": a thanks alone on its line
        return _only_one_of(ctx, want) if target.thanks else None
    if len(named) != 1:
        return None
    name = named.pop()
    person = next(p for p in _everyone(ctx) if p.name == name)
    from drafter.recipient import _forms, fold

    own = _forms(person) | {fold(w) for w in (ctx.company or "").split()}
    # the pronoun points back to the sentence's subject ("Temperance said ... to her"), not a
    # name further in ("... interviewed well with her + dr. haruto ito")
    opening = fold(_PUNCT.sub(" ", span)).split()
    while opening and (opening[0] in _LEADS or opening[0].rstrip(".") in HONORIFICS):
        opening.pop(0)
    # ... after a few words that set the scene ("At the end Bongani told me ... email him",
    # "The chair was Prof. Siobhán Ní Bhriain; writing to her")
    if not any(" ".join(opening[i:i + len(f.split())]) == f for f in _forms(person)
               for i in range(min(5, len(opening)))):
        return None
    for m in re.finditer(r"(?<![\w'’-])[A-Z][\w'’-]+", span):
        word = fold(m.group())
        if word not in own and plain(m.group()) not in common_set() and (
                plain(m.group()) not in role_words()) and not span[:m.start()].rstrip().endswith(
                (".", "!", "?")) and m.start() > 0:
            return None  # another name stands there ("email Brandi back, thank her")
    gender = _gender(person) or _said(span, own)
    return name if want is None or gender in (None, want) else None


def _only_one_of(ctx: InterviewContext, want: str | None) -> str | None:
    """A pronoun with no name on its line ("Thank him, mention the condo work."): the one
    interviewer of its gender, when every interviewer's is known and no one's part is open."""
    genders = [(p.name, _gender(p)) for p in ctx.interviewers]
    if want is None or ctx.uncertain or any(g is None for _, g in genders):
        return None
    match = [name for name, g in genders if g == want]
    return match[0] if len(match) == 1 else None


def _said(span: str, forms: set[str]) -> str | None:
    """The gender the notes give a person: the first he/she after their name in the span
    ("Olusegun Adeyemi (CFO) ... He said")."""
    from drafter.recipient import fold

    words = [fold(w) for w in re.findall(r"[\w'’-]+", span)]
    at = next((i for i, w in enumerate(words) if w in forms), None)
    return next((g for w in (words[at + 1:] if at is not None else [])
                 if (g := pronoun_gender(w))), None)


def _resolve(ctx: InterviewContext, text: str, target: Target) -> str | None:
    if target.kind == "role":
        return _by_role(ctx, text, target.words)
    if target.kind == "pronoun":
        return _by_pronoun(ctx, text, target)
    return _by_name(ctx, text, target.words)


def addressees(ctx: InterviewContext, text: str) -> tuple[str | None, str | None]:
    """Whom the notes say to write to, and whom to thank (each None unless one person)."""
    groups = addressed(text)
    return _one(ctx, text, [g for g in groups if not g[0].thanks]), _one(
        ctx, text, [g for g in groups if g[0].thanks])


def _one(ctx: InterviewContext, text: str, groups: list[list[Target]]) -> str | None:
    """The one person the directives point to, when everything they say points to one. The
    candidate's own instructions outweigh ones the notes report from someone else."""
    own = [g for g in groups if not g[0].reported]
    if own and any(_resolve(ctx, text, t) for g in own for t in g):
        groups = own
    named: set[str] = set()
    for group in groups:
        # "writing to Aerotec", "tell Corvane about the deadline": the company, not a person
        found = [(name, t.first) for t in group if (name := _resolve(ctx, text, t))
                 and not company_named(name.split(), ctx)]
        if not found:
            continue
        if found[0][1]:  # "to Hemi first, then Nokuthula"
            named.add(found[0][0])
        else:
            named.update(name for name, _ in found)
    return named.pop() if len(named) == 1 else None
