"""Resolver step: each person's topics, settled with every clause the walk read in view.

notes/attrib.py walks the lines and ties each topic to whoever its evidence names (or to no
one); this step gives a person what the walk tied to them, takes back what the notes tie to
someone else, and lets a cue with no subject go to the one person it can be about (see
_lone). Only a person left with no topic the composer can name gets the topics found here.
"""

from __future__ import annotations

from drafter.context import InterviewContext, Interviewer
from drafter.notes.attrib import Found, _aliases, attribute
from drafter.notes.goes_by import _goes_by
from drafter.notes.lead import weigh
from drafter.notes.mentions import Mentions, a_person
from drafter.notes.people import person_like
from drafter.notes.segment import bounded, split_lines
from drafter.phrasing import topics_of, with_lead_in
from drafter.topicgate import noun_chunk


def _nameable(topics: list[str], notes: str) -> bool:
    """Whether the composer can name any of these topics (drafter.phrasing's own test)."""
    return any(topics_of(with_lead_in(t, notes)) or noun_chunk(t) for t in topics)


def _elsewhere(topic: str, name: str, found: Found, lines: list[str]) -> bool:
    """A topic every line of which the notes tie to someone else."""
    key = " ".join(topic.casefold().split())[:40]
    owners = {found.owner.get(no) for no, line in enumerate(lines)
              if key and key in " ".join(line.casefold().split())}
    return bool(owners) and None not in owners and name not in owners


def _same_topic(a: str, b: str) -> bool:
    x, y = " ".join(a.casefold().split()), " ".join(b.casefold().split())
    return min(len(x), len(y)) >= 8 and (x in y or y in x)


def _said_by_another(topic: str, name: str, found: Found) -> bool:
    """A topic whose clause the notes give to someone else, or to a "she" who could be either
    of two people, and not to this person: the reader's guess, taken back."""
    if any(_same_topic(topic, t) for t in found.topics.get(name, [])):
        return False
    theirs = [t for other, ts in found.topics.items() if other != name for t in ts]
    return any(_same_topic(topic, t) for t in theirs + found.unclear)


def _lone(ctx: InterviewContext) -> str | None:
    """Whom a cue with no subject may be about: the one interviewer; of several, the one who
    led while everyone else had a small part ("Mark Dunne sat in for the last ten minutes");
    with none, the recruiter who screened the candidate ("qs: tachograph rules, ..."), else the
    one other person the notes name ("interview at the gilded pear ... did a tasting for chef
    rose tremblay")."""
    if len(ctx.interviewers) == 1:
        return ctx.interviewers[0].name
    if ctx.interviewers:
        evidence = weigh(bounded(ctx.source), ctx.interviewers)
        leads = [e for e in evidence if not e.minor]
        return leads[0].person.name if len(leads) == 1 else None
    if ctx.recruiter:
        return ctx.recruiter
    me = (ctx.candidate or "").casefold().split()

    def mine(name: str) -> bool:  # "Daniela Ruiz" when the candidate signs "Dani"
        words = name.casefold().split()
        return bool(me) and (bool(set(words) & set(me)) or words[0].startswith(me[0]))

    real = [p for p in ctx.others if a_person(p) and person_like(p.name) and not mine(p.name)]
    return real[0].name if len(real) == 1 else None


def fill_topics(ctx: InterviewContext) -> InterviewContext:
    """Each person's topics by evidence (see the module's docstring)."""
    text = ctx.source
    lines = [line.text for line in split_lines(text)]
    everyone = [(p, "met") for p in ctx.interviewers if a_person(p)]
    everyone += [(p, "other") for p in ctx.others if a_person(p)]
    if ctx.recruiter and not any(p.answers_to(ctx.recruiter) for p, _ in everyone):
        everyone.append((Interviewer(name=ctx.recruiter), "other"))
    if ctx.candidate:
        everyone.append((Interviewer(name=ctx.candidate), "me"))
    # "Rupert" beside "Rupert Lindqvist" is one person: read their mentions as the full name's
    everyone = [(p, part) for p, part in everyone if not any(
        len(o.name) > len(p.name) and _aliases(o.name, p.name) for o, _ in everyone)]
    found = attribute(text, Mentions(everyone))
    lone = _lone(ctx)

    me = ctx.candidate.casefold() if ctx.candidate and len(ctx.candidate.split()) > 1 else None

    def settle(name: str, topics: list[str]) -> list[str]:
        # "Aiyana Redcloud, currently postdoc at ...": the candidate's own line, no topic
        kept = [t for t in topics if not _elsewhere(t, name, found, lines)
                and not _said_by_another(t, name, found) and not (me and me in t.casefold())]
        if _nameable(kept, text):
            return kept
        extra = [t for other, ts in found.topics.items() if _aliases(other, name) for t in ts]
        extra += [t for t, named in found.loose if lone and _aliases(name, lone)
                  and all(_aliases(n, lone) for n in named)]
        extra = [t for t in extra if t.casefold() not in {k.casefold() for k in kept}]
        return kept + extra if _nameable(extra, text) else kept

    def filled(people: list[Interviewer]) -> list[Interviewer]:
        return [p.model_copy(update={"topics": settle(p.name, p.topics)}) for p in people]

    update: dict[str, object] = {"interviewers": filled(ctx.interviewers),
                                 "others": filled(ctx.others)}
    if ctx.recruiter and (topics := settle(ctx.recruiter, [])):
        card = ctx.recruiter_person
        update["recruiter_person"] = Interviewer(
            name=ctx.recruiter, title="recruiter", topics=topics,
            goes_by=_goes_by(text, ctx.recruiter),
            honorific=card.honorific if card is not None and card.name == ctx.recruiter else None)
    people: list[Interviewer] = update["interviewers"]  # type: ignore[assignment]
    # the reader left "talked: ..." unowned while it still counted the recruiter among the
    # interviewers; with one interviewer left, what was discussed was with them (not a line
    # that runs on from someone else's message: whose that is stays open)
    loose = [t for t in ctx.topics if not any(_same_topic(t, u) for u in found.unclear)]
    if len(people) == 1 and not people[0].topics and loose:
        update["interviewers"] = [people[0].model_copy(update={"topics": loose})]
        update["topics"] = [t for t in ctx.topics if t not in loose]
    return ctx.model_copy(update=update)
