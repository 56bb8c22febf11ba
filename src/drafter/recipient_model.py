"""A second look at whom an email goes to, learned from keyed notes.

recipient.py decides by rules. This model scores each person the reader found with what the
notes say around them (the words beside each mention: "reply to Min-jun", "send will the
thank you", "my buddy jorge") and what the reader made of them (interviewer, recruiter, sender
of a pasted email, has left, ...). It is one logistic regression, fitted by
benchmarks/train_recipient.py on the blind notes sets, whose keys name the right recipient.

It is used two ways, both cautious: a person the rules chose whom the model all but rules
out is asked about instead of written to, and where the rules find no one, a person the
model is sure of is chosen (recipient.py). Among its features is whom the rules chose (or
that they chose no one), so it learns when the rules are to be trusted rather than guessing
alone.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from drafter.context import InterviewContext, Interviewer
from drafter.notes.departed import has_left
from drafter.notes.lexicon import plain
from drafter.notes.people import person_like
from drafter.notes.plausible import implausible
from drafter.titles import LEADING_TITLE

MODEL = Path(__file__).resolve().parent / "data" / "recipient-model.json"
#: a chosen person below this is asked about; no one chosen, a person at or above FILL with
#: a lead of MARGIN over the next is taken (leave-one-set-out on the keyed sets: README)
VETO, FILL, MARGIN = 0.1, 0.95, 0.2

_TOKEN = re.compile(r"[a-z0-9']+|[:@(),/\-]")
_MANAGER = re.compile(r"\b(?:hiring manager|manager|mgr|director|head|lead|owner|chief|"
                      r"principal|partner|dean|chef|supervisor|superintendent|president|"
                      r"founder|ceo|coo|cto|vp)\b", re.I)
_RECRUITING = re.compile(r"\b(?:recruit\w*|hr|talent|coordinator|scheduler|sourcer|"
                         r"human resources|people)\b", re.I)


def fold(text: str) -> str:
    """A name as candidates are compared: its form of address left out, then as recipient.fold
    compares names (case, accents and spacing aside)."""
    return " ".join(plain(LEADING_TITLE.sub("", text).strip()).split())


def _same_key(x: str, y: str) -> bool:
    """Two folded names are one person: equal, or one is a word of the other."""
    return x == y or x in y.split() or y in x.split()


@dataclass
class Candidate:
    """One person an email could go to, with every part the reader gave them."""

    person: Interviewer
    key: str
    parts: set[str] = field(default_factory=set)


def candidates(ctx: InterviewContext, last_to: str | None = None) -> list[Candidate]:
    """Everyone the reader found, each once: interviewers, the recruiter, other people, and
    whoever the notes say to write to, sent an email, own the thread or sent a rejection."""
    out: list[Candidate] = []

    def add(person: Interviewer, part: str) -> None:
        key = fold(person.name)
        if not key:
            return
        for c in out:
            if _same_key(c.key, key):
                c.parts.add(part)
                return
        out.append(Candidate(person, key, {part}))

    for p in ctx.interviewers:
        add(p, "interviewer")
    if ctx.recruiter:
        card = ctx.recruiter_person
        add(card if card is not None and card.name == ctx.recruiter
            else Interviewer(name=ctx.recruiter, title="recruiter"), "recruiter")
    for p in ctx.others:
        add(p, "other")
    for part in ("addressee", "thanked", "correspondent", "thread_owner", "rejection_from"):
        if name := getattr(ctx, part):
            add(Interviewer(name=name), part)
    if last_to:
        add(Interviewer(name=last_to), "last_to")
    unsure = {fold(n) for n in ctx.uncertain}
    for c in out:
        if c.key in unsure:
            c.parts.add("uncertain")
    return out


@lru_cache(maxsize=4)  # every candidate of one notes reads the same lines
def _folded_lines(source: str) -> tuple[str, ...]:
    return tuple(fold(line) for line in source.splitlines())


def _mentions(source: str, name: str) -> tuple[list[tuple[int, str, int, int]], int]:
    """Each place the first or last word of a name occurs: line, folded line, span."""
    words = [w for w in fold(name).replace(",", " ").split() if len(w) > 1][:4]
    forms = set(words[:1] + words[-1:])
    lines = _folded_lines(source)
    hits = []
    for i, folded in enumerate(lines):
        for w in forms:
            for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", folded):
                hits.append((i, folded, m.start(), m.end()))
    return hits, len(lines)


def features(ctx: InterviewContext, stage: str, cand: Candidate, n: int,
             chosen: str | None = None) -> frozenset[str]:
    """What the notes and the reader say about one candidate, as named features; each also
    joined with the stage, since whom a rejection reply goes to is not whom a thank-you does.
    `chosen` is whom the rules chose (None: no one), so the model learns when to trust them."""
    person = cand.person
    flags = set(cand.parts)
    if chosen is None:
        flags.add("rules_none")
    elif same_person(person.name, chosen):
        flags.add("rules_pick")
    title = person.title or ""
    for flag, on in (("gone", has_left(ctx.source, person.name)),
                     ("implausible", implausible(person, ctx) is not None),
                     ("person_like", person_like(person.name)), ("title", bool(title)),
                     ("honorific", bool(person.honorific)), ("topics", bool(person.topics)),
                     ("t_rec", bool(_RECRUITING.search(title))),
                     ("t_mgr", bool(_MANAGER.search(title))),
                     ("one_word", len(person.name.split()) == 1)):
        if on:
            flags.add(flag)
    flags.add(f"nc={min(n, 4)}")
    out = set()
    for f in flags:
        out |= {f, f"{stage}|{f}"}
    hits, count = _mentions(ctx.source, person.name)
    out.add(f"mentions={min(len(hits), 4)}")
    if hits and hits[0][0] == 0:
        out.add("first_line")
    if hits and hits[-1][0] >= count - 2:
        out |= {"last_lines", f"{stage}|last_lines"}
    near: set[str] = set()
    for _, line, start, end in hits:
        left, right = _TOKEN.findall(line[:start])[-3:], _TOKEN.findall(line[end:])[:3]
        for i, w in enumerate(reversed(left)):
            near |= {f"L{i}:{w}", f"L:{w}"}
        for i, w in enumerate(right):
            near |= {f"R{i}:{w}", f"R:{w}"}
        near |= {f"W:{w}" for w in _TOKEN.findall(line)}
    for f in near:
        out |= {f, f"{stage[:5]}|{f}"}
    return frozenset(out)


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    bias: float
    meta: dict[str, object] = field(default_factory=dict)

    def probability(self, feats: frozenset[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in feats)
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> str:
        return json.dumps({"meta": self.meta, "bias": round(self.bias, 4),
                           "weights": dict(sorted(self.weights.items()))},
                          ensure_ascii=False, indent=0) + "\n"


def from_json(text: str) -> Model:
    data = json.loads(text)
    return Model(data["weights"], data["bias"], data.get("meta", {}))


@cache
def load(path: Path = MODEL) -> Model | None:
    """The shipped model, or None when it is missing (the rules then decide alone)."""
    try:
        return from_json(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None


def scores(ctx: InterviewContext, stage: str, last_to: str | None = None,
           model: Model | None = None, chosen: str | None = None,
           ) -> list[tuple[float, Interviewer]]:
    """Every candidate with the model's probability that the email is theirs, best first;
    `chosen` is whom the rules chose, if anyone."""
    model = model or load()
    if model is None:
        return []
    found = candidates(ctx, last_to)
    scored = [(model.probability(features(ctx, stage, c, len(found), chosen)), c.person)
              for c in found]
    return sorted(scored, key=lambda s: -s[0])


def same_person(a: str, b: str) -> bool:
    """Whether two names the reader gave are one person, as candidates() merges them."""
    x, y = fold(a), fold(b)
    return bool(x) and bool(y) and _same_key(x, y)
