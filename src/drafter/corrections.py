"""The person's own word on a fact: flags that set what the notes say, lack or got wrong.

`--to`, `--company`, `--role`, `--sign-as`, `--topic`, `--decision-date`, `--offer-from` and
`--offer-by` each override the notes; the fact's evidence then says it came from a flag. The
same names answer the question drafter asks at a terminal when a fact is missing.
"""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING

from drafter.errors import UsageError

if TYPE_CHECKING:  # the CLI imports this module for its flags: keep pydantic out of --help
    from drafter.context import InterviewContext


def parse_day(value: str) -> dt.date:
    """A date given on the command line: YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(f"'{value}' is not a date like 2026-11-24") from None


def _arg_day(value: str) -> dt.date:
    try:
        return parse_day(value)
    except UsageError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


@dataclass
class Corrections:
    """What the person set with flags (or answered at a terminal); None: as the notes say."""

    to: str | None = None
    company: str | None = None
    role: str | None = None
    sign_as: str | None = None
    topic: list[str] = field(default_factory=list)
    decision_date: dt.date | None = None
    offer_from: str | None = None
    offer_by: dt.date | None = None

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Corrections:
        values = {f.name: getattr(args, f.name, None) for f in fields(cls)}
        return cls(**{**values, "topic": list(values["topic"] or [])})

    def answer(self, fact: str, value: str) -> None:
        """Take a typed answer to the question about `fact` (a MissingFact's fact name)."""
        value = value.strip()
        if fact == "topic":
            self.topic.append(value)
        elif fact in ("offer-by", "decision-date"):
            setattr(self, fact.replace("-", "_"), parse_day(value))
        elif fact == "candidate":
            self.sign_as = value
        else:
            setattr(self, fact.replace("-", "_"), value)


def add_flags(parser: argparse.ArgumentParser) -> None:
    """The fact flags, for `draft` (and anything else that reads notes into one email)."""
    group = parser.add_argument_group(
        "facts", "set or correct what the notes say (each overrides the notes)")
    group.add_argument("--to", "--interviewer", dest="to", metavar="NAME",
                       help="who the email goes to: any person the notes name, by full, first "
                            "or last name (default: by stage, see README)")
    group.add_argument("--company", metavar="NAME", help="the company you interviewed with")
    group.add_argument("--role", metavar="TITLE", help="the job title you applied for")
    group.add_argument("--sign-as", dest="sign_as", metavar="NAME",
                       help="your name, as the email is signed")
    group.add_argument("--topic", action="append", metavar="TEXT",
                       help="something the recipient discussed (repeatable); replaces theirs")
    group.add_argument("--decision-date", dest="decision_date", type=_arg_day, metavar="DATE",
                       help="the day they said they would decide (YYYY-MM-DD)")
    group.add_argument("--offer-from", dest="offer_from", metavar="COMPANY",
                       help="the company that made you another offer")
    group.add_argument("--offer-by", dest="offer_by", type=_arg_day, metavar="DATE",
                       help="the day that offer needs your answer (YYYY-MM-DD)")


def _person(ctx: InterviewContext, name: str) -> tuple[InterviewContext, str]:
    """`ctx` with `name` among its people: found by any of their names, or added when it
    shares no name with anyone the notes name (a near-miss is a typo, not a new person)."""
    from drafter.context import Interviewer
    from drafter.recipient import find, people

    found = find(ctx, name, typed=True)
    if found is not None:
        return ctx, found.name
    known = people(ctx)
    words = {w.casefold() for p in known for w in p.name.split()}
    if known and (len(name.split()) < 2 or words & {w.casefold() for w in name.split()}):
        listed = ", ".join(p.name + (" (recruiter)" if p.title == "recruiter" else "")
                           for p in known)
        raise UsageError(f"no one called '{name}' in the notes (found: {listed})")
    person = Interviewer(name=" ".join(name.split()))
    return ctx.model_copy(update={"interviewers": [*ctx.interviewers, person]}), person.name


def apply(ctx: InterviewContext, fix: Corrections, stage: str) -> tuple[InterviewContext,
                                                                         str | None]:
    """The context with the corrections applied, and the --to name resolved (or None)."""
    from drafter.context import CompetingOffer, Evidence
    from drafter.recipient import recipient_for

    flag = Evidence(source="flag")
    evidence = dict(ctx.evidence)
    update: dict[str, object] = {}
    for key, value in (("company", fix.company), ("role", fix.role),
                       ("candidate", fix.sign_as)):
        if value and value.strip():
            update[key] = " ".join(value.split())
            evidence[key] = flag
    if fix.decision_date:
        update["decision_date"] = fix.decision_date
        update["decision_text"] = None
        evidence["decision_date"] = flag
    if fix.offer_from or fix.offer_by:
        offer = ctx.competing_offer or CompetingOffer()
        changes: dict[str, object] = {}
        if fix.offer_from:
            changes["company"] = " ".join(fix.offer_from.split())
            evidence["offer.company"] = flag
        if fix.offer_by:
            changes.update(answer_by=fix.offer_by, answer_by_text=None)
            evidence["offer.answer_by"] = flag
        update["competing_offer"] = offer.model_copy(update=changes)
    ctx = ctx.model_copy(update={**update, "evidence": evidence})
    to = None
    if fix.to:
        ctx, to = _person(ctx, fix.to)
        ctx.evidence[f"person:{to}"] = ctx.evidence.get(f"person:{to}", flag)
    if fix.topic:
        who = recipient_for(ctx, stage, to).person
        if who is not None:
            people_now = [p.model_copy(update={"topics": list(fix.topic)})
                          if p.name == who.name else p for p in ctx.interviewers]
            if not any(p.name == who.name for p in people_now):  # the recruiter
                people_now.append(who.model_copy(update={"topics": list(fix.topic)}))
                to = to or who.name
            ctx = ctx.model_copy(update={"interviewers": people_now})
            ctx.evidence["topics"] = flag
    return ctx, to
