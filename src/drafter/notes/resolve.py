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

from drafter.context import DateMention, Evidence, InterviewContext, Interviewer
from drafter.notes.company_checks import company_doubt, parent_organisation, spelled_out, unproven
from drafter.notes.contacts import merge_people
from drafter.notes.job_heads import is_head
from drafter.notes.names import JOB_AS_TITLE
from drafter.notes.people import bare_title
from drafter.notes.segment import bounded
from drafter.notes.signed_org import sender_org
from drafter.notes.thread import thread_owner
from drafter.notes.topic_owners import fill_topics
from drafter.wordclass import classes

# a "role" that names who the candidate met, not the job they applied for
_NOT_ROLES = frozenset(("recruiter", "hiring manager", "interviewer", "hr", "manager", "panel"))


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


def locate_name(lines: list[str], name: str | None) -> Evidence | None:
    """Where the notes give a name: as written, else every word of it on one line ("~ Oluwaseun
    (Seun) Bakare"), else every word somewhere, the line of its first word as the evidence
    ("Dear Ms. Wiśniewska" above "me = Kasia")."""
    if found := locate(lines, name):
        return found
    words = [re.compile(rf"(?<!\w){re.escape(w)}(?!\w)", re.I) for w in (name or "").split()]
    if not words:
        return None
    for no, line in enumerate(lines, 1):
        if all(w.search(line) for w in words):
            return Evidence(line=no, text=line.strip())
    if all(any(w.search(line) for line in lines) for w in words):
        return next(Evidence(line=no, text=line.strip())
                    for no, line in enumerate(lines, 1) if words[0].search(line))
    return None


# "Yesterday's interview — ...": a day, not an employer
_PRONOUN = re.compile(r"\b(?:i|i'm|i’m|me|my|we|our|us|you|your|they|their|he|she|his|her)\b|"
                      # "It came from the group head" (not "IT Support Analyst")
                      r"^(?-i:[Ii]t|[Tt]his|[Tt]hat|[Tt]here)\s", re.I)


_TEAM_END = re.compile(r"\s(?:recruiting|recruitment|talent\s+acquisition|careers|hr|"
                       r"people\s+team|hiring\s+team|team)$", re.I)


def role_doubt(role: str, names: tuple[str, ...] = ()) -> str | None:
    """Why `role` may not be a job title (a sentence, a description, or one naming a person:
    "Leah Goldberg's postdoc"), or None."""
    if any(n and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", role, re.I) for n in names):
        return f"'{role}' names a person, not only a job"
    if _PRONOUN.search(role) or re.search(r"\w(?:n['’]t|n['’]?t\s+get)\b", role, re.I):
        # "Didn't Get the Assistant Harbourmaster": a sentence about the job, not its title
        return f"'{role}' reads as a sentence, not a job title"
    if len(role.split()) > 8:
        return f"'{role}' is too long to be a job title"
    first = role.split()[0] if role.split() else ""
    if (first.islower() and classes(first) and classes(first) <= {"verb", "aux"}
            and not first.endswith("ing")) or (
            re.search(r"(?<!\bof)(?<!\bto)(?<!\bfor)(?<!\bat)(?<!\bin)(?<!\bon)\s+the\b",
                      role, re.I)):
        # "met the head", "spoke w the ops manager": who was met, not the job ("Supervising
        # Pharmacist", "Assistant to the Director", "Met Office Forecaster" are jobs)
        return f"'{role}' reads as a sentence, not a job title"
    if _TEAM_END.search(role):
        # "— Quillfeather Recruiting" signing a pasted email: a team's name, no job
        return f"'{role}' names a team or a mailbox, not a job"
    if re.match(r"(?:subject|re|fwd?|from|to|date|cc)\s*:", role, re.I) or ":" in role:
        return f"'{role}' holds a label or an email header, not only a job title"
    if re.search(r"\s(?:at|en|chez|bei|@)\s+(?-i:[A-Z])", role, re.I):
        # "proceso Data Analyst en Casabella Seguros": the job and where it is, run together
        return f"'{role}' names the employer too, not only a job title"
    return None


def weekday_doubt(mention: DateMention | None) -> str | None:
    """A date whose written weekday does not fall on it: the email must not restate it."""
    if mention is not None and "note: that day is a" in mention.how:
        return f"{mention.how.split('; ')[0]}, but {mention.how.split('note: ')[-1]}"
    return None


def _mention(ctx: InterviewContext, role: str, value: object) -> DateMention | None:
    return next((m for m in ctx.dates if m.role == role and m.value == value and value), None)


# the words that name a job as a job before its title ("the post of", "position:")
_ROLE_LEAD = re.compile(r"^(?:(?:the\s+)?(?:position|post|role|job|vacancy|opening)"
                        r"(?:\s+(?:of|for|as)\b)?\s*[:\-–—]?"
                        # "interviewing for the Data Governance Lead", "applying for a ..."
                        r"|(?:interview|appl[yi])\w*\s+(?:for|as)\s+(?:the|a|an)?)\s+(?=\S)",
                        re.I)


def _no_job_titles(ctx: InterviewContext) -> InterviewContext:
    """A person's "title" that names the job applied for ("Wen Liu — role Data Analyst II")
    is no title of theirs: set aside, so the role it names is not doubted as theirs."""
    def fix(people: list[Interviewer]) -> list[Interviewer]:
        return [p.model_copy(update={"title": None}) if p.title and JOB_AS_TITLE.match(p.title)
                else p for p in people]
    if not any(p.title and JOB_AS_TITLE.match(p.title) for p in [*ctx.interviewers,
                                                                 *ctx.others]):
        return ctx
    return ctx.model_copy(update={"interviewers": fix(ctx.interviewers),
                                  "others": fix(ctx.others)})


_FUNCTION_WORDS = frozenset(("the", "a", "an", "this", "that", "these", "those", "he", "she",
                             "they", "it", "we", "i", "his", "her", "their", "our", "my", "your"))


def _no_titles_as_people(ctx: InterviewContext) -> InterviewContext:
    """A "person" whose one-word name is a job's noun ("Radiologist" of "Consultant
    Radiologist, Head of Imaging") is a title read apart, and one named "The" a sentence's
    first word: no one to greet."""
    def title(p: Interviewer) -> bool:
        # a job's noun, and a title beside it read as theirs ("Consultant"): "Porter asked
        # about pay" alone may be a surname; a function word ("The PI is ...") never a name
        one = len(p.name.split()) == 1 and not p.honorific
        return one and (p.name.casefold() in _FUNCTION_WORDS or (bool(p.title) and (
            is_head(p.name, strong=False) or p.name.endswith(("ist", "ician")))))
    gone = [p.name for p in [*ctx.interviewers, *ctx.others] if title(p)]
    if not gone:
        return ctx
    return ctx.model_copy(update={
        "interviewers": [p for p in ctx.interviewers if not title(p)],
        "others": [p for p in ctx.others if not title(p)],
        "doubts": [*ctx.doubts, *(
            f"'{n}' is {'a word' if n.casefold() in _FUNCTION_WORDS else 'a job title'}, "
            "not a person" for n in gone)]})


def resolve(ctx: InterviewContext) -> InterviewContext:
    """The context with every kept fact's evidence, and weak facts set aside as doubts."""
    ctx = _no_titles_as_people(_no_job_titles(thread_owner(fill_topics(merge_people(ctx)))))
    lines = bounded(ctx.source).splitlines()
    evidence: dict[str, Evidence] = dict(ctx.evidence)
    doubts: list[str] = list(ctx.doubts)
    update: dict[str, object] = {}

    def keep(key: str, value: str | None, why_not: str | None = None) -> bool:
        found = locate_name(lines, value) if key == "candidate" else locate(lines, value)
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
    elif (full := spelled_out(ctx.company, lines)) and full != ctx.company and keep(
            "company", full, company_doubt(full, lines)):
        update["company"] = full  # the name the initials stand for, as the notes write it
    elif ctx.company and not keep("company", ctx.company, unproven(ctx.company,
                                                                     bounded(ctx.source))):
        update["company"] = None
    elif ctx.company and (parent := parent_organisation(ctx.company, lines)) and keep(
            "company", parent):
        update["company"] = parent  # "Kingsmere University, School of Law": the university
    if not update.get("company", ctx.company) and (signed := sender_org(
            ctx.source, ctx.competing_offer.company if ctx.competing_offer else None)) and (
            company_doubt(signed, lines) is None and keep("company", signed)):
        # nothing else names it: the organisation a pasted email's sender signs with
        update["company"] = signed
    if ctx.role and (bare := _ROLE_LEAD.sub("", ctx.role).strip()) and bare != ctx.role:
        # "position Logistics Coordinator", "post of Environmental Health Officer": the job
        ctx = ctx.model_copy(update={"role": bare})
        update["role"] = bare
    titles = [(p.title or "").casefold() for p in [*ctx.interviewers, *ctx.others] if p.title]
    role = (ctx.role or "").casefold().strip()
    theirs = ctx.role is not None and any(re.search(
        rf"{re.escape(p.name)}\s*(?:\([^()]*\))?\s*[-–—,:·•|]\s*{re.escape(ctx.role)}", ctx.source,
        re.I) for p in [*ctx.interviewers, *ctx.others])  # "Zhang Wei — Engineering Manager", "· "
    if role and (role in _NOT_ROLES or theirs or any(role in t for t in titles)):
        doubts.append(f"role: '{ctx.role}' is an interviewer's title in the notes")
        update["role"] = None
    elif ctx.role and not keep("role", ctx.role, role_doubt(ctx.role, (
            *(p.name for p in [*ctx.interviewers, *ctx.others]), ctx.candidate or ""))):
        update["role"] = None
    if ctx.candidate and not keep("candidate", ctx.candidate):
        update["candidate"] = None
    for key in ("recruiter", "rejection_from"):
        value = getattr(ctx, key)
        if value and not keep(key, value):
            update[key] = None
    people = [p for p in ctx.interviewers if not bare_title(p.name)
              and keep(f"person:{p.name}", p.name)]
    if len(people) != len(ctx.interviewers):
        update["interviewers"] = people
    if any(bare_title(p.name) for p in ctx.others):  # "Dr" from "emailed Dr. Fuentes García"
        update["others"] = [p for p in ctx.others if not bare_title(p.name)]
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
