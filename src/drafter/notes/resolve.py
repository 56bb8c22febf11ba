"""Decide once, with every fact in view: keep what the notes support, each with its evidence.

The reader proposes facts line by line; this pass checks each against the whole notes before an
email may state it. A fact is kept only when it occurs in the notes (its evidence: the line and
its text) and nothing in the notes says it is something else: a "company" the notes call the
candidate's current employer, school or agency, a one-word "company" that is a common English
word ("So"), a "role" that is a sentence, a date whose written weekday does not fall on it.
What is set aside goes to `doubts`, which the person is shown; an email never states it, and
where the email needs it drafter asks (or refuses, when piped) instead.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

from drafter.context import DateMention, Evidence, InterviewContext, Interviewer, surname
from drafter.notes.people import Person, addressed, find_people, own_name

_DATA = Path(__file__).resolve().parent / "data"


@cache
def _common_words() -> frozenset[str]:
    """The 1000 commonest English words (the data file lists more, by frequency)."""
    text = (_DATA / "common-words.txt").read_text(encoding="utf-8")
    return frozenset([w for w in text.splitlines() if not w.startswith("#")][:1000])


@cache
def _cues() -> dict[str, re.Pattern[str]]:
    """Cue phrases from data/cues.toml, one alternation per list."""
    data = tomllib.loads((_DATA / "cues.toml").read_text(encoding="utf-8"))
    out = {}
    for name, phrases in data.items():
        alts = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
        out[name] = re.compile(rf"(?:^|(?<=[^\w]))(?:{alts})(?=[^\w]|$)", re.I)
    return out


def bounded(text: str) -> str:
    """The part of the notes the reader reads (its size limits), so that no detector here
    takes longer than the reader on a huge paste."""
    from drafter.notes.read import MAX_CHARS, MAX_LINE, MAX_LINES

    return "\n".join(line[:MAX_LINE] for line in text[:MAX_CHARS].splitlines()[:MAX_LINES])


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def locate(lines: list[str], value: str | None) -> Evidence | None:
    """The first line (1-based) holding `value` as written, case and spacing aside."""
    if not value or not value.strip():
        return None
    want = _squash(value)
    for no, line in enumerate(lines, 1):
        if want in _squash(line):
            return Evidence(line=no, text=line.strip())
    return None


def company_doubt(company: str, lines: list[str]) -> str | None:
    """Why `company` may not be the employer interviewing the candidate, or None."""
    words = company.split()
    if len(words) == 1 and company.strip(".,").casefold() in _common_words():
        return f"'{company}' is a common word, not clearly a company name"
    before = _cues()["not_employer_before"]
    pattern = re.compile(r"\s+".join(map(re.escape, words)), re.I)
    for line in lines:
        for m in pattern.finditer(line):
            lead = line[max(0, m.start() - 40):m.start()]
            cue = None
            for c in before.finditer(lead):
                cue = c
            # the cue must run up to the name: "currently at X", not "currently ... at X, Y"
            if cue is not None and not lead[cue.end():].strip(" :-–—(").strip():
                return (f"'{company}' follows '{cue.group(0).strip()}' in the notes: it may "
                        "be your current employer, school or agency, not the company "
                        "interviewing you")
    return None


_PRONOUN = re.compile(r"\b(?:i|i'm|i’m|me|my|we|our|us|you|your|they|their|he|she|his|her)\b",
                      re.I)


def role_doubt(role: str) -> str | None:
    """Why `role` may not be a job title (a sentence or a description), or None."""
    if _PRONOUN.search(role):
        return f"'{role}' reads as a sentence, not a job title"
    if len(role.split()) > 8:
        return f"'{role}' is too long to be a job title"
    return None


def weekday_doubt(mention: DateMention | None) -> str | None:
    """A date whose written weekday does not fall on it: the email must not restate it."""
    if mention is not None and "note: that day is a" in mention.how:
        return f"{mention.how.split('; ')[0]}, but {mention.how.split('note: ')[-1]}"
    return None


def _mention(ctx: InterviewContext, role: str, value: object) -> DateMention | None:
    return next((m for m in ctx.dates if m.role == role and m.value == value and value), None)


def _same(person: Interviewer, found: Person) -> bool:
    """Whether a detected mention is someone the reader already has: by full name, by first
    name alone, or by title and surname ("Dr. Cho" for Hyun-woo Cho)."""
    mine = person.name.casefold().split()
    theirs = found.name.casefold().split()
    if mine == theirs or (len(theirs) == 1 and theirs[0] in mine) or mine[:len(theirs)] == theirs \
            or (len(theirs) > 1 and mine[-len(theirs):] == theirs):
        return True
    return len(mine) > 1 and surname(mine) == surname(theirs) and (
        len(theirs) == 1 or theirs[0] == mine[0])


def merge_people(ctx: InterviewContext) -> InterviewContext:
    """Add what the people detector found that the reader missed; never drop the reader's.

    A new person goes in as an interviewer or the recruiter only when the words around them say
    so; anyone else is kept in `others` (a referrer, a name in passing), whom --to may name but
    no stage's rule writes to. The notes' own form of address ("Dr. Cho") is kept."""
    text = bounded(ctx.source)
    found = find_people(text)
    known = [p.name for p in ctx.interviewers] + ([ctx.recruiter] if ctx.recruiter else [])
    signed = None if ctx.candidate else own_name(text, known)
    candidate = ctx.candidate or signed
    me = {w.casefold() for w in (candidate or "").split() if len(w.rstrip(".")) > 1}
    update: dict[str, object] = {}
    if ctx.company and any(f.name.casefold() == ctx.company.casefold() and (
            f.honorific or re.search(rf"(?:\bwith|w/)\s+{re.escape(f.name)}\s*\(",
                                     ctx.source, re.I)) for f in found):
        # "Interview with Gareth Price (ops manager)": a person, not the company
        update.update(company=None, doubts=[*ctx.doubts, f"company: '{ctx.company}' is a "
                                                         "person the notes name"])
        ctx = ctx.model_copy(update=update)
    company = {w.casefold() for w in (ctx.company or "").split()}
    people = [p.model_copy() for p in ctx.interviewers]
    others: list[Interviewer] = list(ctx.others)
    uncertain: list[str] = list(ctx.uncertain)
    recruiter = ctx.recruiter
    for f in found:
        words = {w.casefold() for w in f.name.split()}
        if (words & me and (words <= me or len(words) == 1)) or words <= company:
            continue
        known = [p for p in people if _same(p, f)]
        if recruiter and _same(Interviewer(name=recruiter), f):
            continue
        if known:
            for p in known:
                p.honorific = p.honorific or f.honorific
            continue
        if any(_same(p, f) for p in others):
            continue
        if len(f.name.split()) == 1 and f.honorific is None and f.kind != "interviewer":
            continue  # a lone first name is a person only where the notes say who they are
        person = Interviewer(name=f.name, title=f.title, honorific=f.honorific,
                             topics=list(f.topics))
        if f.kind == "interviewer":
            people.append(person)
        elif f.kind == "recruiter" and recruiter is None:
            recruiter = f.name
        else:
            others.append(person)
            if f.kind == "unknown":
                uncertain.append(f.name)
    update.update(interviewers=people, others=others, recruiter=recruiter, uncertain=uncertain)
    if ctx.candidate is None and candidate:
        update["candidate"] = candidate
    ctx = ctx.model_copy(update=update)
    return ctx.model_copy(update={"addressee": _addressee(ctx), "sent": _sent_to(ctx)})


def _sent_to(ctx: InterviewContext) -> list:
    """A sent message's recipient, when its line names exactly one known person by any of
    their names ("to Mr. Al-Harbi", "-> Faith")."""
    from drafter.recipient import people

    everyone = people(ctx)
    out = []
    for msg in ctx.sent:
        if msg.to is None:
            text = msg.text.casefold()
            hits = {p.name for p in everyone for w in {p.name, p.name.split()[0],
                                                       surname(p.name.split())}
                    if len(w) > 2 and re.search(rf"(?<!\w){re.escape(w.casefold())}(?!\w)",
                                                text)}
            if len(hits) == 1:
                msg = msg.model_copy(update={"to": hits.pop()})
        out.append(msg)
    return out


def _addressee(ctx: InterviewContext) -> str | None:
    """The one person the notes say to write to, when they say so of exactly one."""
    from drafter.recipient import find

    named = set()
    for _, words in addressed(bounded(ctx.source)):
        for n in (len(words.split()), 1):  # "email Noor about it": try the first word alone
            person = find(ctx, " ".join(words.split()[:n]))
            if person is not None:
                named.add(person.name)
                break
    return named.pop() if len(named) == 1 else None


def resolve(ctx: InterviewContext) -> InterviewContext:
    """The context with every kept fact's evidence, and weak facts set aside as doubts."""
    ctx = merge_people(ctx)
    lines = bounded(ctx.source).splitlines()
    evidence: dict[str, Evidence] = dict(ctx.evidence)
    doubts: list[str] = list(ctx.doubts)
    update: dict[str, object] = {}

    def keep(key: str, value: str | None, why_not: str | None = None) -> bool:
        found = locate(lines, value)
        if value and found is None:
            why_not = why_not or f"'{value}' does not occur in the notes as written"
        if value and why_not:
            doubts.append(f"{key}: {why_not}")
            return False
        if found is not None:
            evidence[key] = found
        return True

    if ctx.company and not keep("company", ctx.company, company_doubt(ctx.company, lines)):
        update["company"] = None
    if ctx.role and not keep("role", ctx.role, role_doubt(ctx.role)):
        update["role"] = None
    if ctx.candidate and not keep("candidate", ctx.candidate):
        update["candidate"] = None
    for key in ("recruiter", "rejection_from"):
        value = getattr(ctx, key)
        if value and not keep(key, value):
            update[key] = None
    people = [p for p in ctx.interviewers if keep(f"person:{p.name}", p.name)]
    if len(people) != len(ctx.interviewers):
        update["interviewers"] = people
    for key, role in (("interview_date", "interview"), ("decision_date", "decision")):
        mention = _mention(ctx, role, getattr(ctx, key))
        if (why := weekday_doubt(mention)) is not None:
            doubts.append(f"{key.replace('_', ' ')}: {why}")
            update[key] = None
        elif mention is not None and (found := locate(lines, mention.text)):
            evidence[key] = found
    offer = ctx.competing_offer
    if offer is not None:
        changes: dict[str, object] = {}
        if offer.company and not keep("offer.company", offer.company,
                                      company_doubt(offer.company, lines)):
            changes["company"] = None
        mention = _mention(ctx, "offer-deadline", offer.answer_by)
        if (why := weekday_doubt(mention)) is not None:
            doubts.append(f"offer answer date: {why}")
            changes.update(answer_by=None)
        elif offer.answer_by_text and (found := locate(lines, offer.answer_by_text)):
            evidence["offer.answer_by"] = found
        if changes:
            update["competing_offer"] = offer.model_copy(update=changes)
    return ctx.model_copy(update={**update, "evidence": evidence, "doubts": doubts})
