"""The offline composer: the embedded default engine, needing no model, key or network.

Deterministic: the same notes give the same email. The wording lives in jinja2 templates
(`prompts/<stage>/compose.txt.j2`); this module only gathers the facts those templates need, and
asks the person for a missing fact in one line rather than writing a placeholder.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

import emoji

from drafter import schedule
from drafter.asks import asked_topics, feedback_given, forbidden, own_lines
from drafter.config import Config
from drafter.context import InterviewContext, Interviewer
from drafter.decision_words import in_writing as _in_writing
from drafter.decision_words import said as _said
from drafter.decision_words import stated as _stated
from drafter.errors import MissingFact, UsageError
from drafter.handover import handover
from drafter.notes.lexicon import common_set, data_toml
from drafter.notes.people import word_in
from drafter.notes.withdrawal import closing_reason
from drafter.outgoing import Email, signature_block
from drafter.phrasing import (
    Topic,
    addressed_to_you,
    as_mention,
    first_person,
    join_and,
    long_date,
    ordered,
    short_date,
    subject_date,
    topics_of,
    with_article,
    with_lead_in,
)
from drafter.prompts import render_template
from drafter.recipient import recipient_for
from drafter.topicgate import noun_chunk
from drafter.written import company_name, in_prose, role_title

#: Wordings a template may offer (the thank-you has this many), so that a batch of up to this
#: many interviewers gets drafts that do not read as copies; a template with fewer treats the
#: rest as its last.
VARIANTS = 6


@dataclass(frozen=True)
class Facts:
    """What an email may say, all of it taken from the notes (or the person's config)."""

    stage: str
    to: Interviewer
    candidate: str
    company: str | None
    role: str | None
    topics: list[Topic] = field(default_factory=list)
    interview_date: dt.date | None = None
    decision_date: dt.date | None = None
    check_in_date: dt.date | None = None
    offer_company: str | None = None
    offer_date: dt.date | None = None
    ask_by: dt.date | None = None
    chosen_variant: int | None = None  # batch sets it so that neighbours differ
    # their timeline in their own words when it is no calendar date ("within two weeks")
    decision_said: str | None = None
    # the reader took part in a conversation with the candidate (an interviewer, not a
    # recruiter who only emailed): only then may the email say "when we spoke"
    spoke: bool = True
    # their decision date came in a pasted email of theirs: "I understood", not "when we spoke"
    decision_written: bool = False
    # what the notes ask the email to say, as sentences ("I can start in October ...")
    own: list[str] = field(default_factory=list)
    # the reader took the thread over from someone who left: the email says who is writing
    heir: bool = False
    # the last check-in went to someone else (who has left, or did not answer): their first name
    wrote_to: str | None = None
    # the notes show the note this one follows went to them (a second nudge says "my note")
    wrote_them: bool = False
    # the notes say they already gave feedback: a reply thanks them for it, never asks again
    had_feedback: bool = False
    # why a close-the-loop note is sent: a job accepted elsewhere, a withdrawal, else silence
    closing: str | None = None

    @property
    def variant(self) -> int:
        if self.chosen_variant is not None:
            return self.chosen_variant % VARIANTS
        # stable across runs and machines (hash() is salted per process)
        return hashlib.sha256(self.to.name.encode()).digest()[0] % VARIANTS

    def template_vars(self) -> dict[str, Any]:
        topics = ordered(self.topics)
        subjects = [t for t in topics if t.kind == "subject"]
        questions = [t.phrase for t in topics if t.kind == "question"]
        # other stages refer back to one thing, as "our conversation about X"
        # ... or, when it is a conversation itself, as "our turnaround discussion"
        mentions = [f"our {talk[1]}" if (talk := _TALK.fullmatch(t.phrase)) else
                    f"our conversation about {with_article(t.phrase)}" for t in subjects]
        mentions += [f"your question about {q}" for q in questions]
        company = in_prose(self.company)
        # with neither role nor company, "the role" reads as filler: "my application"
        position = (" ".join([f"the {self.role} role" if self.role else "the role",
                              f"at {company}" if company else ""]).strip()
                    if self.role or company else "my application")
        day = subject_date(self.interview_date) if self.interview_date else None
        return {
            "to": {"name": self.to.name, "first": self.to.first_name, "title": self.to.title},
            "candidate": self.candidate,
            "company": company,
            "role": self.role,
            "position": position,
            # the role is named once; said again, it is "the position" ("the Buyer role ... the
            # role" reads as filler), and with no role named, "the opportunity"
            "role_again": "the position" if self.role else "the opportunity",
            # the subject names the role and the stage, never the reader (they know their name)
            "position_short": (f"{self.role} application" if self.role else
                               f"my application to {company}" if company
                               else "my application"),
            "interview_short": ", ".join(filter(None, [
                f"{self.role} interview" if self.role else
                f"my interview with {self.company}" if self.company else "our interview", day])),
            "subjects": mentions,
            "topic": with_article(subjects[0].phrase) if subjects else None,
            "topic2": with_article(subjects[1].phrase) if len(subjects) > 1 else None,
            "question": questions[0] if questions else None,
            "concerns": [as_mention(t) for t in topics if t.kind == "concern"],
            "mine": [t.phrase for t in topics if t.kind == "mine"],
            "spoke": self.spoke,
            "decision_written": self.decision_written,
            "interview_day": long_date(self.interview_date) if self.interview_date else None,
            "decision_day": long_date(self.decision_date) if self.decision_date else None,
            "decision_said": self.decision_said,
            "check_in_day": short_date(self.check_in_date) if self.check_in_date else None,
            "offer_company": in_prose(self.offer_company),
            "offer_day": long_date(self.offer_date) if self.offer_date else None,
            "ask_by": long_date(self.ask_by) if self.ask_by else None,
            "own_line": f"I also wanted to mention that {self.own[0]}" if self.own else None,
            "heir": self.heir,
            "wrote_to": self.wrote_to,
            "wrote_them": self.wrote_them,
            "had_feedback": self.had_feedback,
            "closing": self.closing,
            "variant": self.variant,
        }


# a subject that is itself a conversation: "the turnaround discussion"
_TALK = re.compile(r"(?:the\s+|your\s+|our\s+)?(.+\s(?:discussion|conversation|chat|talk))",
                   re.I)


def choose_interviewer(ctx: InterviewContext, name: str | None,
                       stage: str | None = None) -> Interviewer:
    """Who the email goes to, by the one recipient rule (drafter.recipient)."""
    choice = recipient_for(ctx, stage or "thank-you", name)
    if choice.person is not None:
        return choice.person
    names = [p.name + (" (recruiter)" if p.title == "recruiter" else "")
             for p in choice.candidates]
    if name:
        found = f" (found: {', '.join(names)})" if names else ""
        raise UsageError(f"no one called '{name}' in the notes{found}")
    if not names:
        raise MissingFact("the notes name no interviewer to write to; pass --to NAME, or add a "
                          "line such as 'Interviewer: Priya Shah (Engineering Manager)'",
                          fact="to", flag="--to", question="Who is this email to?")
    batch = " (or `drafter batch` for one each)" if stage in (None, "thank-you") else ""
    raise MissingFact(f"the notes name {', '.join(names)} and do not say who this email goes "
                      f"to; pass --to NAME{batch}", fact="to", flag="--to",
                      choices=tuple(p.name for p in choice.candidates),
                      question="Who is this email to?")


# A whole value that is a template slot, not a fact: "[Company Name]", "{position}", "<YOUR NAME>"
_SLOT = re.compile(r"\s*(?:\[[^\]]*\]|\{\{?[^}]*\}?\}|<<?[^>]*>>?|X{2,}|TODO|TBD|\?+)\s*", re.I)
# an emoticon standing on its own (the rubric's emoji rule would reject the draft for it)
_EMOTICON = re.compile(r"(?<!\S)(?:[:;=][-'^o]?[()\[\]DPpOo3|/\\*]+|<3+|\^_?\^|xD)(?!\S)")


def _fact(value: str | None) -> str | None:
    """A fact from the notes as an email may use it: emoji and emoticons dropped (the notes may
    have them, an email must not), and a template slot counted as missing, not copied."""
    if value is None or _SLOT.fullmatch(value):
        return None
    value = _EMOTICON.sub("", emoji.replace_emoji(value, replace=""))
    return _SPACES.sub(" ", value).strip() or None


def gather(ctx: InterviewContext, stage: str, interviewer: str | None, config: Config,
           require_topic: bool = True, without: frozenset[str] = frozenset(),
           today: dt.date | None = None) -> Facts:
    """Collect the facts for one email, or raise MissingFact naming what to add."""
    person = choose_interviewer(ctx, interviewer, stage)
    name = _fact(person.name)
    if name is None:
        raise MissingFact(f"the notes name the interviewer as '{person.name}', not a real "
                          "name; add a line such as 'Interviewer: Priya Shah'")
    if name != person.name:
        person = person.model_copy(update={"name": name})
    for what, value in (("company", ctx.company), ("role", ctx.role),
                        ("your name", ctx.candidate)):
        if value and _SLOT.fullmatch(value):  # a slot to fill in goes to the person
            raise MissingFact(f"the notes give {what} as '{value.strip()}', a blank to fill "
                              f"in; write the real {what} there")
    candidate = _fact(ctx.candidate) or config.name
    if not candidate:
        raise MissingFact("the notes do not say your name, which the email is signed with; pass "
                          "--sign-as NAME, add 'me: YOUR NAME' to the notes or set name in "
                          "~/.config/drafter/config.toml", fact="candidate", flag="--sign-as",
                          question="What name should the email be signed with?")
    # only a thank-you recalls what was discussed: in a check-in or a reply, what the reader
    # lines up with a person is mostly the thread's log ("nudge #1 to Colm", "emailed both"),
    # and a shorter email that names the role beats one that pastes a log line as a topic
    # a thank-you recalls the conversation; another stage only what the notes ask it to
    # bring up ("restate interest in the school pantry program")
    topics = _topics(person.model_copy(update={"topics": ctx.topics_with(person) if stage ==
                                                "thank-you" else asked_topics(ctx.source)}),
                     ctx.source)
    topics = [t for t in topics if t.phrase not in without]  # phrases a first draft broke on
    topics = [t for t in topics if not forbidden(ctx.source, t.phrase)]  # "don't mention X"
    if stage != "thank-you" and len(topics) > 1:
        # what the notes ask a check-in to bring up, as one subject ("the school pantry
        # program and the summer meals pilot"): the note refers back to one conversation
        topics = [Topic(join_and([t.phrase for t in topics[:2]]), "subject", topics[0].raw)]
    # the job's own name is no topic ("I especially enjoyed discussing QA Technician")
    job = {_plain_words(x) for x in (ctx.role, ctx.company) if x}
    topics = [t for t in topics if _plain_words(t.phrase) not in job and not _a_company(t.phrase)]
    # a topic that names someone else ("Mr Lowndes mostly safeguarding qs") is theirs, or a
    # jotting about them: never put in an email to this person
    others = _name_words([p for p in [*ctx.interviewers, *ctx.others] if p is not person],
                         person)
    topics = [t for t in topics if not others & set(re.findall(r"[^\W\d_][\w'’-]+", t.phrase))]
    if stage == "thank-you" and require_topic and not topics:
        said = ("nothing that reads as a topic of the conversation (only asides, logistics or "
                "pay)" if person.topics else "nothing")
        raise MissingFact(f"the notes list {said} {person.name} discussed; pass --topic TEXT "
                          "or add a line under their name on one topic from your conversation",
                          fact="topic", flag="--topic",
                          question=f"What is one thing {person.name} discussed with you?")
    offer = ctx.competing_offer
    ask_by = None
    if stage == "competing-offer":
        if offer is None:
            raise MissingFact("the notes declare no competing offer, and drafter will not "
                              "invent one; pass --offer-from COMPANY --offer-by DATE or add a "
                              "line such as 'Offer: Northwind, answer by Dec 1'",
                              fact="offer-from", flag="--offer-from",
                              question="Which company made you the other offer?")
        if offer.answer_by is None:
            raise MissingFact("the notes do not say when the offer needs an answer; pass "
                              "--offer-by DATE or add it, e.g. 'Offer: Northwind, answer by "
                              "Dec 1'", fact="offer-by", flag="--offer-by",
                              question="By what date must you answer the other offer?")
        if lapsed := schedule.offer_lapsed(offer.answer_by, today):
            # as `plan` says: the note is not drafted as if the offer were still open
            raise MissingFact(f"{lapsed}; if it was extended, pass --offer-by DATE",
                              fact="offer-by", flag="--offer-by",
                              question="By what date must you now answer the other offer?")
        ask_by = schedule.ask_by_from(offer.answer_by, today)  # the rule lives in timing.toml
    took_over = (heir := handover(ctx)) is not None and heir.name == person.name
    # the note this one follows went before today ("no reply to my check-in. today is 19
    # March" dates nothing that was sent today)
    last = max((s for s in ctx.sent if s.stage == "missed-deadline" and s.on
                and (today is None or s.on < today)),
               key=lambda s: s.on, default=None)  # type: ignore[arg-type,return-value]
    check_in = _stated(ctx, "sent", last.on if last else None, today)
    # "my note from November 6" to someone who never got it: say whom it went to
    other = next((p for p in ctx.interviewers + ctx.others
                  if last and last.to == p.name != person.name), None)
    return Facts(stage, person, candidate, company_name(ctx.company),
                 role_title(_fact(ctx.role)), topics,
                 _stated(ctx, "interview", ctx.interview_date, today),
                 _stated(ctx, "decision", ctx.decision_date, today), check_in,
                 # "Don't name Northgate, just 'another institution'": the notes' word
                 company_name(_fact(offer.company)) if offer and not forbidden(
                     ctx.source, offer.company) else None,
                 offer.answer_by if offer else None, ask_by,
                 # the one the thread was handed to never spoke with the candidate
                 spoke=any(p.name == person.name for p in ctx.interviewers) and not took_over,
                 decision_said=_said(ctx), own=_own(ctx, stage), heir=took_over,
                 decision_written=_in_writing(ctx),
                 wrote_to=other.first_name if other is not None and not took_over else None,
                 wrote_them=last is not None and last.to in (None, person.name),
                 had_feedback=stage == "rejection-reply" and feedback_given(ctx.source),
                 closing=closing_reason(ctx.source) if stage == "close-the-loop" else None)


def _own(ctx: InterviewContext, stage: str) -> list[str]:
    """What the notes ask the email to say (drafter.asks), each line kept only when the
    stage's rubric finds nothing wrong with it."""
    from drafter.rubric import check, load_rubric

    people = [*ctx.interviewers, *ctx.others]
    names = frozenset(w.casefold() for n in [*(p.name for p in people), ctx.recruiter or "",
                                              ctx.candidate or ""] for w in n.split())
    lines = own_lines(ctx.source, names)
    if not lines:
        return []
    rubric, head = load_rubric(stage), "Dear Sam,\n\nThank you for the update. "
    out = []
    for line in lines:
        report = check(f"{head}{line}\n\nBest regards,\nAlex", rubric)
        if not any(f.severity in ("error", "warning") and f.end > len(head)
                   and f.start < len(head) + len(line) for f in report.findings):
            out.append(line)
    return out


def _name_words(people: list[Interviewer], reader: Interviewer) -> set[str]:
    """The capitalised words that name these people and not the reader ("Lowndes", "Kevin")."""
    own = set(reader.name.split())
    return {w for p in people for w in re.findall(r"[^\W\d_][\w'’-]+", p.name)
            if len(w) > 2 and w[0].isupper() and w not in own and w.casefold() not in common_set()}


def _a_company(phrase: str) -> bool:
    """A phrase written as a company's name ("Hanbit Foods USA", "Orion Freight Ltd"): capitals
    throughout and a company's word in it, no topic of a conversation."""
    words = phrase.split()
    return len(words) > 1 and all(w[:1].isupper() for w in words) and any(
        word_in("company_words", w) for w in words)


def _plain_words(text: str) -> str:
    """A phrase as compared with a role or a company: its words, lower case, no article."""
    words = re.findall(r"[^\W_]+", text.casefold())
    return " ".join(w for w in words if w not in ("the", "a", "an", "my", "your"))


def _topics(person: Interviewer, notes: str) -> list[Topic]:
    """Each note line as phrases; when none phrases whole, the longest noun chunk of one (a
    short true mention beats both a broken sentence and a thank-you that names nothing)."""
    clean = [c for raw in person.topics if (c := _fact(raw))]
    # what names the reader ("he's Mr. Wang", "goes by Lei") is about them, not a topic
    own = {w.casefold() for w in re.findall(r"[^\W\d_]{2,}", person.name)}

    def theirs(piece: str) -> bool:
        return bool(own & {w.casefold() for w in re.findall(r"\w+", piece)})
    # "the data migration to the new core banking system - Ahmed seemed keen to talk about
    # it": the aside that names them goes, what was discussed stays
    clean = [" — ".join(kept) for c in clean
             if (kept := [p for p in re.split(r"\s+[-–—]+\s+|;\s*", c) if not theirs(p)])]
    led = [with_lead_in(c, notes) for c in clean]
    if addressed_to_you(notes):  # "Rose asked about your model work": the candidate's, "my"
        led = [first_person(c) for c in led]
    topics = [t for c in led for t in topics_of(c)
              if not names_no_topic(t.phrase)]
    if topics:
        return topics
    chunk = next((ch for c in clean if (ch := noun_chunk(c)) and not names_no_topic(ch)), None)
    return [Topic(chunk, "subject", chunk)] if chunk else []


@cache
def _title_words() -> tuple[frozenset[str], frozenset[str]]:
    """(words of job titles, the ones that name a department rather than a person)."""
    roles = data_toml("roles.toml")
    words = frozenset(data_toml("people.toml")["role_words"]) | frozenset(roles["abbreviations"])
    return words, frozenset(roles["not_a_title"]["words"])


_STAND_INS = frozenset(["it", "them", "this", "that", "these", "those", "things", "stuff"])
_FILLER = frozenset(["the", "a", "an", "my", "our", "your", "their", "his", "her", "its", "main",
                     "new", "of", "and", "&", "for"])


def names_no_topic(phrase: str) -> bool:
    """A phrase a thank-you cannot name as what was discussed: a job title ("hiring mgr", "the
    GM": who someone is, read off their line), or a verb whose object only points back
    ("owning it": what "it" was is in another line)."""
    words = [w.casefold().strip(".,") for w in re.findall(r"[\w'’&.-]+", phrase)]
    content = [w for w in words if w not in _FILLER]
    if not content:
        return True
    titles, departments = _title_words()
    if all(w in titles for w in content) and content[-1] not in departments:
        return True
    return len(content) <= 2 and content[-1] in _STAND_INS


_SPACES = re.compile(r"[ \t]+")


def _tidy(text: str) -> str:
    """Template output (paragraphs ended by a ¶ line) to clean text: single spaces inside a
    paragraph, one blank line between paragraphs."""
    paragraphs = [re.sub(r"\s+", " ", p).strip() for p in text.split("¶")]
    paragraphs = [p for p in paragraphs if p]
    # jinja's trim_blocks can glue sentences across a tag: "on-call.I have"
    paragraphs = [re.sub(r"(?<=[a-z0-9)])([.!?])(?=[A-Z])", r"\1 ", p) for p in paragraphs]
    # a fact that ends in its own full stop ("Whitfield & Co.") ends the sentence once
    paragraphs = [re.sub(r"(?<!\.)\.\.(?!\.)", ".", p) for p in paragraphs]
    return "\n\n".join(p.replace(" ,", ",").replace(" .", ".") for p in paragraphs)


def compose(ctx: InterviewContext, stage: str, interviewer: str | None = None,
            config: Config | None = None, require_topic: bool = True,
            variant: int | None = None, without: frozenset[str] = frozenset(),
            today: dt.date | None = None) -> Email:
    config = config or Config()
    facts = replace(gather(ctx, stage, interviewer, config, require_topic, without, today),
                    chosen_variant=variant)
    rendered = render_template(f"{stage}/compose.txt.j2", **facts.template_vars())
    first, _, rest = rendered.strip().partition("\n")
    subject = first.removeprefix("Subject:").strip()
    return Email(
        subject=_SPACES.sub(" ", subject), body=_tidy(rest),
        signature=signature_block(facts.candidate, config.email, config.phone, config.link),
        to_name=facts.to.name, to_email=facts.to.email, from_name=facts.candidate,
        from_email=config.email,
    )
