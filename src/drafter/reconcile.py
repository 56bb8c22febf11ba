"""Reconcile the model's read of the notes with the deterministic one, field by field, once.

Every value the model gives must be found in the notes (names, companies and roles as written,
dates as the notes write them, topics mostly in the notes' words); what is not is dropped. Then:

- both reads agree: kept, with high confidence;
- only the model found it: the model's value, if it passes the same plausibility checks the
  deterministic resolver applies (a town is no company, a title is no role);
- they disagree: a value the notes label ("Company: ...", a flag) stands; otherwise a grounded,
  plausible model value wins over the deterministic guess — except a date, where a conflict
  keeps the deterministic reading (its arithmetic is shown by `plan`), and the recipient,
  where a conflict is asked (`recipient_conflict`).

Each decision is recorded (`Decision`) for the `--format json` trace. Pure functions.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass
from typing import Any

from drafter.context import DateMention, InterviewContext, Interviewer
from drafter.dates import resolve_date
from drafter.model_read import ModelRead, ReadPerson
from drafter.notes.company_checks import company_doubt
from drafter.notes.employer import is_place
from drafter.notes.plausible import implausible
from drafter.notes.resolve import locate, locate_name, role_doubt, weekday_doubt
from drafter.recipient import find, recipient_for


@dataclass(frozen=True)
class Decision:
    field: str
    deterministic: Any
    model: Any
    chosen: str  # "both" | "deterministic" | "model" | "neither"
    why: str


def _squash(text: str) -> str:
    return " ".join(re.sub(r"[.,;:\"'’()]", " ", text).split()).casefold()


def grounded(value: str | None, notes: str) -> bool:
    """`value` occurs in the notes as written (case, spacing and punctuation aside)."""
    return bool(value and value.strip()) and _squash(value) in _squash(notes)  # type: ignore[union-attr]


def grounded_name(name: str | None, notes: str) -> bool:
    """A name: as written, or every word of it in the notes ("Shah, Priya")."""
    if not name or not name.strip():
        return False
    return locate_name(notes.splitlines(), name) is not None


def grounded_topic(topic: str, notes: str) -> bool:
    """A topic counts when most of its words are the notes' words (no invented subjects)."""
    words = re.findall(r"[^\W\d_]{4,}", topic)
    have = set(re.findall(r"[^\W\d_]{4,}", notes.casefold()))
    return bool(words) and sum(w.casefold() in have for w in words) / len(words) >= 0.75


# a line that labels its value: the person wrote down what it is
_LABELLED = re.compile(r"^\W*(?:company|employer|organi[sz]ation|firm|client|role|position|job|"
                       r"title|post|vacancy|me|name|candidate)\b[^:=\n]{0,20}[:=]", re.I)


def _labelled(ctx: InterviewContext, key: str) -> bool:
    found = ctx.evidence.get(key)
    return found is not None and (found.source == "flag" or bool(_LABELLED.match(found.text)))


def _same(a: str | None, b: str | None) -> bool:
    return bool(a and b) and _squash(a) == _squash(b)  # type: ignore[arg-type]


def _within(a: str, b: str) -> bool:
    """One value holds the other as whole words."""
    x, y = f" {_squash(a)} ", f" {_squash(b)} "
    return x in y or y in x


def _people_names(ctx: InterviewContext) -> tuple[str, ...]:
    """Everyone the notes name as someone other than the candidate."""
    return (*(p.name for p in [*ctx.interviewers, *ctx.others]), *(n for n in (
        ctx.recruiter, ctx.rejection_from, ctx.correspondent, ctx.thread_owner, ctx.addressee,
        ctx.thanked) if n))


def _text_field(ctx: InterviewContext, key: str, got: str | None, why_not: str | None,
                notes: str) -> tuple[str | None, Decision]:
    mine: str | None = getattr(ctx, key)
    if got is None or not got.strip():
        return mine, Decision(key, mine, None, "deterministic" if mine else "neither",
                              "the model found none")
    if not (grounded_name(got, notes) if key == "candidate" else grounded(got, notes)):
        return mine, Decision(key, mine, got, "deterministic" if mine else "neither",
                              "the model's value is not in the notes: dropped")
    if _same(mine, got):
        return mine, Decision(key, mine, got, "both", "both reads agree")
    if mine and _within(mine, got):
        # "Data Engineer" for "Senior Data Engineer": the same fact, one read shorter; the
        # reader's span is kept (a model that trims a qualifier would change the job)
        return mine, Decision(key, mine, got, "both", "the reads agree, one in fewer words")
    if why_not:
        return mine, Decision(key, mine, got, "deterministic" if mine else "neither",
                              f"the model's value fails a check: {why_not}")
    if mine is None:
        return got.strip(), Decision(key, mine, got, "model", "only the model found it")
    if key == "candidate":  # the email is signed with it: the person's own reading stands
        return mine, Decision(key, mine, got, "deterministic",
                              "the reads disagree on your name; drafter's reading stands")
    if _labelled(ctx, key):
        return mine, Decision(key, mine, got, "deterministic",
                              "the notes label the deterministic value")
    return got.strip(), Decision(key, mine, got, "model",
                                 "the reads disagree; the model's value is in the notes and "
                                 "the deterministic one is not labelled")


# a person's name: one to four words of letters ("Mary-Kate O'Neil", "Dr. Cho"), no address,
# bracket or digit ("noreply@mater.org.au", "Guðrún (production director)")
_NAME = re.compile(r"(?:[^\W\d_][\w'’.-]*)(?:\s+[^\W\d_][\w'’.-]*){0,3}")


def _person(ctx: InterviewContext, got: ReadPerson, notes: str) -> Interviewer | None:
    """The model's person as an Interviewer, if they are in the notes and plausibly a person."""
    if not _NAME.fullmatch(got.name.strip()) or not grounded_name(got.name, notes):
        return None
    name = got.name.strip()
    person = Interviewer(name=name.title() if name.islower() else name,  # as the reader does
                         title=got.title.strip() if got.title and grounded(got.title, notes)
                         else None,
                         topics=[t.strip() for t in got.topics if grounded_topic(t, notes)])
    return None if implausible(person, ctx) else person


def _people(ctx: InterviewContext, read: ModelRead, notes: str
            ) -> tuple[dict[str, Any], list[Decision]]:
    update: dict[str, Any] = {}
    decisions: list[Decision] = []
    interviewers = [p.model_copy() for p in ctx.interviewers]
    others: list[Interviewer] = []
    for got in read.people:
        if not got.name.strip():
            continue  # an empty slot a constrained small model filled in: nothing said
        person = _person(ctx, got, notes)
        if person is None:
            decisions.append(Decision(f"person:{got.name}", None, got.name, "neither",
                                      "not in the notes, or not a person's name: dropped"))
            continue
        known = find(ctx, person.name)
        if known is not None:
            if known in interviewers and not known.topics and person.topics:
                interviewers[interviewers.index(known)] = known.model_copy(
                    update={"topics": person.topics})
                decisions.append(Decision(f"topics:{known.name}", [], person.topics, "model",
                                          "only the model tied topics to them"))
            else:
                decisions.append(Decision(f"person:{known.name}", known.name, got.name, "both",
                                          "both reads found them"))
        elif got.part == "interviewer" and not ctx.interviewers:
            interviewers.append(person)
            decisions.append(Decision(f"person:{person.name}", None, got.name, "model",
                                      "only the model found an interviewer"))
        elif got.part == "interviewer":
            # beside the reader's people, one only the model saw is someone the notes name
            # (--to may pick them), never one more to choose among unasked
            others.append(person)
            decisions.append(Decision(f"person:{person.name}", None, got.name, "model",
                                      "only the model found them: kept as someone the notes "
                                      "name"))
        elif got.part in ("recruiter", "hr") and ctx.recruiter is None:
            update["recruiter"] = person.name
            decisions.append(Decision("recruiter", None, got.name, "model",
                                      "only the model found the recruiter"))
    if interviewers != ctx.interviewers:
        update["interviewers"] = interviewers
    if others:
        update["others"] = [*ctx.others, *others]
    return update, decisions


_DATE_FIELDS = (("interview", "interview_date", "interview"),
                ("decision", "decision_date", "decision"),
                ("offer_deadline", None, "offer-deadline"))


def _dates(ctx: InterviewContext, read: ModelRead, notes: str, today: dt.date | None
           ) -> tuple[dict[str, Any], list[Decision]]:
    update: dict[str, Any] = {}
    decisions: list[Decision] = []
    mentions = list(ctx.dates)
    for name, attr, role in _DATE_FIELDS:
        text = getattr(read.dates, name)
        offer = ctx.competing_offer
        mine = getattr(ctx, attr) if attr else (offer.answer_by if offer else None)
        if not text:
            continue
        if not grounded(text, notes):
            decisions.append(Decision(name, str(mine) if mine else None, text,
                                      "deterministic" if mine else "neither",
                                      "the model's date is not in the notes: dropped"))
            continue
        anchor = None if name == "interview" else (update.get("interview_date")
                                                   or ctx.interview_date)
        said = resolve_date(text, anchor, today=today)
        value = said.value if said else None
        if said is None or value is None or weekday_doubt(said) is not None:
            decisions.append(Decision(name, str(mine) if mine else None, text,
                                      "deterministic" if mine else "neither",
                                      "the model's date cannot be read as one day: dropped"))
            continue
        if mine == value:
            decisions.append(Decision(name, str(mine), text, "both", "both reads agree"))
            continue
        if mine is not None:
            decisions.append(Decision(name, str(mine), f"{text} ({value})", "deterministic",
                                      "the reads disagree on a date: the deterministic "
                                      "reading stands (plan shows how it was counted)"))
            continue
        mentions.append(DateMention(text=said.text, role=role, value=value,
                                    how=f"read by the model: {said.how}"))
        if attr:
            update[attr] = value
        elif offer is not None:
            update["competing_offer"] = offer.model_copy(update={"answer_by": value,
                                                                 "answer_by_text": said.text})
        decisions.append(Decision(name, None, f"{text} ({value})", "model",
                                  "only the model found it"))
    if len(mentions) != len(ctx.dates):
        update["dates"] = mentions
    return update, decisions


def reconcile(ctx: InterviewContext, read: ModelRead, today: dt.date | None = None
              ) -> tuple[InterviewContext, list[Decision]]:
    """The reconciled context and every decision taken. Never raises."""
    notes = ctx.source
    lines = notes.splitlines()
    update: dict[str, Any] = {}
    decisions: list[Decision] = []
    names = _people_names(ctx)
    checks = {
        "company": (company_doubt(read.company, lines) or (
            f"'{read.company}' names a place" if is_place(read.company) else None))
        if read.company else None,
        "role": role_doubt(read.role, names) if read.role else None,
        "candidate": ("it is the name of someone in the notes"
                      if read.candidate and any(_same(read.candidate, n) or _within(
                          read.candidate, n) for n in names) else
                      implausible(Interviewer(name=read.candidate), ctx)
                      if read.candidate else None),
    }
    for key, why_not in checks.items():
        value, decision = _text_field(ctx, key, getattr(read, key), why_not, notes)
        decisions.append(decision)
        if value != getattr(ctx, key):
            update[key] = value
            if (found := locate(lines, value)) is not None:
                update.setdefault("evidence", dict(ctx.evidence))[key] = found
    people, said = _people(ctx, read, notes)
    update.update(people)
    decisions.extend(said)
    if read.rejection_from and ctx.rejection_from is None and grounded_name(read.rejection_from,
                                                                            notes):
        update["rejection_from"] = read.rejection_from.strip()
        decisions.append(Decision("rejection_from", None, read.rejection_from, "model",
                                  "only the model found who sent the rejection"))
    merged = ctx.model_copy(update=update)
    when, said = _dates(merged, read, notes, today)
    decisions.extend(said)
    return merged.model_copy(update=when), decisions


def recipient_conflict(ctx: InterviewContext, read: ModelRead | None, stage: str
                       ) -> tuple[str | None, tuple[str, ...]]:
    """Whom the model says to write to, when that settles or contradicts the deterministic
    choice: (name, ()) when only the model names a person of the notes; (None, (mine, its))
    when the two name different people; (None, ()) otherwise."""
    if read is None or not read.write_to or not grounded_name(read.write_to, ctx.source):
        return None, ()
    theirs = find(ctx, read.write_to)
    if theirs is None:
        return None, ()
    mine = recipient_for(ctx, stage).person
    if mine is None:
        return theirs.name, ()
    same = find(ctx, mine.name)
    if _same(mine.name, theirs.name) or (same is not None and _same(same.name, theirs.name)):
        return None, ()
    return None, (mine.name, theirs.name)


def trace_of(decisions: list[Decision]) -> list[dict[str, Any]]:
    return [asdict(d) for d in decisions]
