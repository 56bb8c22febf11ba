"""The deterministic notes parser: what a person pastes after an interview -> InterviewContext.

Notes come in many shapes: a header sentence ("Interview today (Nov 18) for X at Y, 2nd round"),
`Key: value` lines, a list of interviewers with their topics, "With Sam Ortiz (VP Eng):" sections
followed by bullets, free prose ("Met with Dana Lee, the hiring manager, about ..."), and later
events (an offer elsewhere, a rejection, messages already sent). The parser reads them line by
line and keeps only what it can point to in the text: a name is a run of 2-4 capitalised words
the notes contain, a topic belongs to the interviewer it was written under, and a date comes with
an explanation of how it was read (see `drafter.dates`). What cannot be found stays empty.

Notes are untrusted text: a line that reads like an instruction to an AI is dropped, never
obeyed and never turned into a topic.

The reading flows one way: vocab -> segment -> names -> header -> people_lines -> events ->
topics -> read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from drafter.context import (
    CompetingOffer,
    DateMention,
    DateRole,
    InterviewContext,
    Interviewer,
    SentMessage,
)
from drafter.dates import Clock, Found, Tense, day_first, scan_dates
from drafter.notes.events import (
    _AGAIN,
    _ANSWER_DEADLINE,
    _DEADLINE_BEFORE,
    _DECISION,
    _FROM_PERSON,
    _HEARING,
    _NEXT_STEP,
    _NOT_YET,
    _OFFER,
    _OFFER_COMPETING,
    _OFFER_HAVE,
    _OFFER_NOT,
    _REJECT,
    _REJECT_NOT,
    _SENT_FOLLOW,
    _SENT_KINDS,
    _SENT_OFFER_NOTE,
    _SENT_REJECTION_REPLY,
    _SENT_THANKS,
    _STRONG_DECISION,
    _answer_by,
    _decision_text,
    _is_event,
    _latest,
    _offer_company,
)
from drafter.notes.header import (
    _INTERVIEW_CUE,
    _ROUND,
    _format_of,
    _role_like,
    header_facts,
    take_company,
    with_and_role,
)
from drafter.notes.names import (
    _CREDENTIALS,
    _EMAIL,
    _NOTES_BY,
    _candidate_name,
    _clean_title,
    _first_name,
    _full_name,
    _name_suffix,
    _title_like,
    name_at,
)
from drafter.notes.people_lines import (
    _ABOUT,
    _ABOUT_LATER,
    _HEADER_PREFIX,
    _I_AM,
    _INTRO,
    _NAME_THEN_TITLE,
    _PRONOUN,
    _RECRUITER_NAMED,
    _SPEECH,
    _TITLE_THEN_NAME,
    _WITH,
    _known_by_one_name,
    _person_piece,
    people_list,
)
from drafter.notes.segment import (
    _KEY_VALUE,
    MAX_CHARS,
    MAX_LINE,
    MAX_LINES,
    Line,
    _cut_value,
    _sentences,
    _without_instructions,
    key_value,
    normalise,
    split_lines,
)
from drafter.notes.topics import _TOPICISH, _split_topics, _topic_cue
from drafter.notes.vocab import vocab

# names other modules import from here: resolve.py (the limits), people.py (the instruction
# filter), drafter.notes (key_value)
__all__ = ["MAX_CHARS", "MAX_LINE", "MAX_LINES", "_parse", "_without_instructions", "key_value",
           "read_notes"]

_I = re.IGNORECASE


@dataclass
class _Decision:
    rank: int  # 3: a Decision:/Timeline: line, 2: a sentence about the decision, 1: a next step
    value: dt.date | None
    text: str


class _Parser:
    """One pass over the lines; state is local to one parse_notes call."""

    def __init__(self, lines: list[Line], today: dt.date, source: str) -> None:
        self.lines = lines
        self.today = today
        self.source = source
        self.facts: dict[str, str] = {}
        self.candidate: str | None = None
        self.recruiter: str | None = None
        self.people: list[Interviewer] = []
        self.current: Interviewer | None = None
        self.general: list[str] = []
        self.decision: _Decision | None = None
        self.next_steps: list[str] = []
        self.offer: CompetingOffer | None = None
        self.pending_deadline: tuple[dt.date | None, str] | None = None
        self.rejected = False
        self.rejection_sender: str | None = None  # as written; matched to a person at the end
        self.added_on: dict[str, int] = {}  # person -> the line that named them first
        self.listed: set[str] = set()  # people an "Interviewers:" key names: interviewers
        self.rejection_date: dt.date | None = None
        self.sent: list[SentMessage] = []
        self.dates: list[DateMention] = []
        self.mode = "topics"
        self.day_first = day_first(source)
        self.clock = Clock(today=today, written=today, day_first=self.day_first)
        self.interview: tuple[int, DateMention] | None = None
        self.line_no = -1
        self.card: Interviewer | None = None  # a person named alone on the line before
        # (line number, X, role) from "Interview Nov 18 with X for the <role> role"
        self.with_role: tuple[int, str, str] | None = None
        self.offer_rank = 0  # how the offer's answer date was given (see _offer)
        self.texts = [(line, text) for line in lines if (text := _without_instructions(line.text))]

    # -- first pass: the facts every other line is read against ------------------------------

    def prepare(self) -> None:
        written = self._written_day()
        self.clock = Clock(today=self.today, written=written or self.today,
                           day_first=self.day_first)
        self._header()
        self.interview = self._interview_date()
        anchor = self.interview[1].value if self.interview else None
        self.clock = Clock(today=self.today, anchor=anchor, written=written or self.today,
                           day_first=self.day_first)

    def _texts(self) -> Iterable[tuple[Line, str]]:
        """Non-empty lines with any instruction-like sentence taken out."""
        return iter(self.texts)

    def _written_day(self) -> dt.date | None:
        """The day the notes were written, when they say 'today (Nov 18)'."""
        clock = Clock(today=self.today, day_first=self.day_first)
        for _, text in self._texts():
            if not _DEICTIC_WORD.search(text):
                continue
            for found in scan_dates(text, clock, tense="past"):
                if found.deictic_offset is not None and found.mention.value:
                    return found.mention.value - dt.timedelta(days=found.deictic_offset)
        return None

    def _header(self) -> None:
        """Company, role, round and format: from keys, the first line and interview lines."""
        first_seen = False
        for line, text in self._texts():
            kv = key_value(text)
            if kv and kv[0] in ("company", "role", "round", "format"):
                self._header_key(kv[0], kv[1], kv[2])
                continue
            if kv and kv[0] == "date":  # "When: Wed 11/19, 2pm, Google Meet"
                facts = header_facts(kv[2], segments=False)
                for key in ("round", "format"):
                    if key in facts:
                        self.facts.setdefault(key, facts[key])
                continue
            first = not first_seen or (kv is not None and kv[0] == "interview")
            if kv and kv[0] == "interview":
                text = kv[2]
            elif kv or _is_event(text) or line.bullet:
                continue
            first_seen = True
            cue = f"interview {text}" if kv else text
            if self.with_role is None and (found := with_and_role(cue)):
                self.with_role = (line.no, *found)
            if first or _INTERVIEW_CUE.search(text):
                for key, value in header_facts(text, segments=first).items():
                    self.facts.setdefault(key, value)

    def _header_key(self, kind: str, key: str, value: str) -> None:
        """An explicit `Key: value` beats what header sentences suggest."""
        if not value or value.casefold().strip(" .") in vocab().blank_values:
            return
        if kind == "format":
            self.facts["format"] = _format_of(value) or _cut_value(value).casefold()
            if "round" not in self.facts and (m := _ROUND.search(value)):
                self.facts["round"] = " ".join(m.group(0).casefold().split())
        elif kind == "round":
            self.facts["round"] = " ".join(_cut_value(value).casefold().split())
        elif kind == "role" and key.strip().casefold() == "title":
            self.facts.setdefault("role", _cut_value(value))  # may be an interviewer's title
        elif kind in ("role", "company"):
            self.facts[kind] = _cut_value(value)

    def _interview_date(self) -> tuple[int, DateMention] | None:
        """(line number, date) of the interview: a Date: key, else the first interview line
        with a date that is not a deadline ("decision by Dec 1"), else the first line's date."""
        texts = list(self._texts())
        for line, text in texts:
            kv = key_value(text)
            if kv and kv[0] in ("date", "interview"):
                for found in scan_dates(kv[2], self.clock, tense="past"):
                    if found.mention.value:
                        return line.no, found.mention
        for line, text in texts:
            if key_value(text) or _is_event(text) or not _INTERVIEW_CUE.search(text):
                continue
            for found in scan_dates(text, self.clock, tense="past"):
                if found.mention.value and not _DEADLINE_BEFORE.search(text[:found.start]):
                    return line.no, found.mention
        for line, text in texts[:1]:
            if _is_event(text):
                return None
            for found in scan_dates(text, self.clock, tense="past"):
                if found.kind == "absolute" and found.mention.value:
                    return line.no, found.mention
        # a header, then the day opening a line of its own: "Verdant Foods — QA Supervisor\n
        # Nov 27", "Wed 25/11, at their Eagle Farm depot", "2026-11-24, 2pm" under key lines
        for line, text in texts[1:5]:
            if _is_event(text) or _DECISION.search(text) or _HEARING.search(text):
                continue
            kv = key_value(text)
            if kv and kv[0] not in ("date", "interview"):
                continue
            found_all = scan_dates(text, self.clock, tense="past")
            if not found_all or found_all[0].kind != "absolute":
                continue
            found = found_all[0]
            if found.mention.value and not text[:found.start].strip(" ,;:-–—()"):
                return line.no, found.mention
        return None

    # -- second pass --------------------------------------------------------------------------

    def run(self) -> None:
        texts = {line.no: text for line, text in self.texts}
        for line in self.lines:
            text = texts.get(line.no, "")
            if line.merged:
                continue
            if not line.text:
                if self.mode in ("people", "next", "ignore", "recruiter"):
                    self.mode = "topics"
                continue
            if not text:
                continue  # the whole line was an instruction to an AI
            self.line_no = line.no
            if self.interview and line.no == self.interview[0]:
                self._note(self.interview[1], "interview")
            self._line(line, text)

    def _line(self, line: Line, text: str) -> None:
        kv = key_value(text) or key_value(text.rstrip(":") + ":")  # "Next steps" as a heading
        if kv is not None and self._key(kv, line):
            return
        if kv is None and self._titled_key(text):
            return
        if self.mode == "people" and self._person_header(text, loose=True):
            return
        if self.mode == "recruiter":
            self.mode = "topics"
            if got := name_at(text):
                self.recruiter = got[0]
                return
        if self._contact_card(line, text):
            return
        if self.mode == "ignore" and line.bullet:
            return
        if self.mode == "next" and line.bullet:
            self._next_step(text)
            return
        rejection = bool(_REJECT.search(text)) and not _REJECT_NOT.search(text)
        for sentence in _sentences(text):
            if rejection and self.rejected and not _REJECT.search(sentence):
                # "Nov 27: email from Greg: they went with an internal candidate. Said he'd keep
                # my resume on file": the rest of the rejection is no one's topic
                self._other_dates(sentence.strip())
                continue
            self._sentence(line, sentence.strip())

    def _contact_card(self, line: Line, text: str) -> bool:
        """A name alone on its line, then its title or address, then bullets (a pasted card)."""
        card, self.card = self.card, None
        if card is not None and _EMAIL.fullmatch(text) and card.email is None:
            card.email, self.card = text, card
            return True
        if card is not None and card.title is None and _title_like(text) and not _SPEECH.search(
                " " + text):
            card.title, self.card = _clean_title(re.split(r"\s+at\s+", text)[0]), card
            return True
        nxt = next((n for n in self.lines[line.no + 1:] if n.text), None)
        if line.bullet or nxt is None or (name := _full_name(text.rstrip(":"))) is None:
            return False
        if nxt.bullet or _title_like(nxt.text) or _EMAIL.fullmatch(nxt.text):
            self.card = self._add(Interviewer(name=name))
            return True
        return False

    def _sentence(self, line: Line, text: str) -> None:
        """One sentence of prose or a bullet: an event, a decision, a person or a topic."""
        if self._events(text) or self._decision_line(text, rank=2):
            return
        if _NEXT_STEP.search(text) and not _TOPICISH.match(text):
            self._next_step(text)
            return
        if (m := _I_AM.match(text)) and (name := name_at(text, m.end())):
            self.candidate = self.candidate or name[0]
            return
        if self._person_line(text):
            return
        if self._topic_line(text, line):
            return
        self._other_dates(text)

    # -- dates --------------------------------------------------------------------------------

    def _scan(self, text: str, tense: Tense = "future", bare: bool = False,
              deadline: bool = False) -> list[Found]:
        """Dates in `text`. A `deadline` still open when the notes were written (an offer's
        answer date) takes the year nearest that day, not the interview's."""
        found = scan_dates(text, self.clock, tense=tense, bare=bare)
        label = _dated_line(text, found)
        clock = self.clock
        if label is not None:  # "Oct 20: got the rejection today": today is Oct 20
            clock = Clock(today=self.clock.today, anchor=self.clock.anchor, written=label,
                          day_first=self.day_first)
        if label is not None or deadline:
            first, found = found, scan_dates(text, replace(clock, nearest_now=deadline),
                                             tense=tense, bare=bare)
            if label is not None and found and found[0].start == first[0].start:
                found[0] = first[0]  # the label is the day the line was written, read as such
        if self.interview and self.line_no == self.interview[0]:
            # the interview date on its own line was already read, against its own clock
            found = [f for f in found if f.mention.text != self.interview[1].text]
        return found

    def _note(self, mention: DateMention, role: DateRole) -> None:
        self.dates.append(mention.model_copy(update={"role": role}))

    def _note_all(self, found: list[Found], role: DateRole) -> None:
        for f in found:
            self._note(f.mention, role)

    def _other_dates(self, text: str) -> None:
        """Calendar dates on lines with no other meaning; relative phrases there are stories."""
        self._note_all([f for f in self._scan(text) if f.kind in ("absolute", "invalid")], "other")

    # -- Key: value ---------------------------------------------------------------------------

    def _key(self, kv: tuple[str, str, str], line: Line) -> bool:
        kind, _, value = kv
        blank = value.casefold().strip(" .") in vocab().blank_values
        if kind in ("company", "round", "format", "interview", "date"):
            if kind == "interview" and not blank:
                self._people_from_intro(value)
            if kind == "date" and not self.interview:
                self._other_dates(value)
            return True
        if kind == "role":
            if self.current is not None and not self.current.title and value:
                self.current.title = _clean_title(value)
            return True
        handler = {
            "people": self._key_people, "hiring manager": self._key_hiring_manager,
            "recruiter": self._key_recruiter, "candidate": self._key_candidate,
            "decision": self._key_decision, "next": self._key_next, "offer": self._key_offer,
            "deadline": self._key_deadline, "topics": self._key_topics,
            "ignore": self._key_ignore, "email": self._key_email,
        }[kind]
        return handler("" if blank else value)

    def _titled_key(self, text: str) -> bool:
        """'Hiring mgr: Paula Gomez', 'Peer: Ben Ortiz': a part, then who played it."""
        m = _KEY_VALUE.fullmatch(text)
        if not m or not _title_like(m["key"]) or len(m["key"].split()) > 4:
            return False
        got = _person_piece(m["val"])
        if got is None or got[1].strip(" .,;"):
            return False
        person = got[0]
        person.title = person.title or _clean_title(m["key"])
        self._add(person)
        return True

    def _key_people(self, value: str) -> bool:
        if not value:
            self.mode = "people"
            return True
        people, rest = people_list(value)
        if not people:  # "Interviewer: Luis", "Dr. Patel (owner) + Kim (office manager)"
            people, rest = _known_by_one_name(value), ""
        for person in people:
            self._add(person)
            self.listed.add(person.name)
        if len(people) > 1:
            self.current = None  # "Interviewers: A, B" then "Topics: ...": shared, not B's
        if rest and people and self._topics_after_person(rest):
            pass
        elif rest and (m := _ABOUT.match(rest)) and self.current:
            self._topics(_split_topics(m["t"], commas=False))
        self.mode = "people" if not people else "topics"
        return True

    def _key_hiring_manager(self, value: str) -> bool:
        got = _person_piece(value) if value else None
        if got:
            person = got[0]
            person.title = person.title or "hiring manager"
            self._add(person)
        return True

    def _key_recruiter(self, value: str) -> bool:
        if not value:
            self.mode = "recruiter"  # "Recruiter contact:" then the name on the next line
        elif got := name_at(value.strip()):
            self.recruiter = got[0]
        return True

    def _key_candidate(self, value: str) -> bool:
        name = _candidate_name(value)
        if name:
            self.candidate = name
            return True
        return False  # "me: described alert dedup" is a note, not a name

    def _key_decision(self, value: str) -> bool:
        if value:
            found = self._scan(value, bare=True)
            self._note_all(found, "decision")
            self._set_decision(3, _latest(found), value.rstrip(". "))
        return True

    def _key_next(self, value: str) -> bool:
        if value:
            self._next_step(value)
        else:
            self.mode = "next"
        return True

    def _key_offer(self, value: str) -> bool:
        if value:
            self._offer(value, keyed=True)
        return True

    def _key_deadline(self, value: str) -> bool:
        found = self._scan(value, bare=True, deadline=True) if value else []
        mention = found[0].mention if found else None
        deadline = (mention.value if mention else None, mention.text if mention else value)
        if self.offer is not None and (self.offer.answer_by is None or self.offer_rank < 3):
            self._retire_deadlines()  # a declared answer date beats one read from a sentence
            self.offer.answer_by, self.offer.answer_by_text = deadline
            self.offer_rank = 3
        else:
            self.pending_deadline = deadline
        self._note_all(found, "offer-deadline")
        return True

    def _key_topics(self, value: str) -> bool:
        self.mode = "topics"
        if value:
            self._topics(_split_topics(value, commas=True))
        return True

    def _key_ignore(self, value: str) -> bool:
        self.mode = "ignore"
        return True

    def _key_email(self, value: str) -> bool:
        if self.current is not None and (m := _EMAIL.search(value)):
            self.current.email = m.group(0)
        return True

    # -- events: an offer elsewhere, a rejection, messages already sent -------------------------

    def _events(self, text: str) -> bool:
        if _TOPICISH.match(text):
            return False
        sent_cue = (_SENT_THANKS, _SENT_FOLLOW, _SENT_REJECTION_REPLY, _SENT_OFFER_NOTE)
        if any(p.search(text) for p in sent_cue) and self._sent(text):
            return True
        if _REJECT.search(text) and not _REJECT_NOT.search(text):
            self._rejection(text)
            return True
        if _OFFER.search(text) and _OFFER_HAVE.search(text) and not _OFFER_NOT.search(text):
            return self._offer(text, keyed=False)
        if self.offer is not None and self.offer.answer_by is None and (
                _ANSWER_DEADLINE.search(text)):
            found = [f for f in self._scan(text, deadline=True) if f.mention.value]
            if found:
                self._note(found[0].mention, "offer-deadline")
                self.offer.answer_by = found[0].mention.value
                self.offer.answer_by_text = found[0].mention.text
                self.offer_rank = 1
                return True
        return False

    def _sent(self, text: str) -> bool:
        """'sent thank-you Nov 18', 'followed up Dec 3 and again Dec 10' (two messages)."""
        for pattern, stage in _SENT_KINDS:
            m = pattern.search(text)
            if m is None or _NOT_YET.search(text[:m.start()]):
                continue
            found = self._scan(text, tense="past")
            self._note_all(found, "sent")
            days = [f.mention.value for f in found if f.mention.value] or [None]
            if stage != "missed-deadline":
                days = days[:1]
            for i, day in enumerate(days):
                earlier = any(s.stage == "missed-deadline" for s in self.sent)
                again = i > 0 or (len(days) == 1 and _AGAIN.search(text))
                nudge = stage == "missed-deadline" and (earlier or again)
                self.sent.append(SentMessage(stage="second-nudge" if nudge else stage, on=day,
                                             text=text))
            return True
        return False

    def _rejection(self, text: str) -> None:
        self.rejected = True
        # the line itself, or the one introducing a pasted message ("From recruiter Marcus Bell:")
        above = next((t for line, t in reversed(self.texts) if line.no < self.line_no), "")
        whole = next((t for line, t in self.texts if line.no == self.line_no), text)
        for where in (text, whole, above if above.rstrip().endswith(":") else ""):
            if not self.rejection_sender and (m := _FROM_PERSON.search(where)):
                self.rejection_sender = m["a"] or m["b"] or m["c"]
        found = self._scan(text, tense="past")
        self._note_all(found, "rejection")
        day = next((f.mention.value for f in found if f.mention.value), None)
        self.rejection_date = day or self.rejection_date

    def _offer(self, text: str, keyed: bool) -> bool:
        company = _offer_company(text, keyed)
        ours = self.facts.get("company")
        if company and ours and company.casefold() == ours.casefold():
            return False  # an offer from the company interviewed with is not a competing one
        if company is None and not keyed and not _OFFER_COMPETING.search(text):
            return False  # whose offer is unclear: do not invent one
        found = self._scan(text, deadline=True)
        deadline = _answer_by(text, found, keyed)
        # how sure the answer date is: 3 declared on an 'Offer:' line, 2 in a sentence naming
        # the company ("Northwind offered, answer by Dec 1"), 1 in any other sentence
        rank = 3 if keyed else 2 if company else 1
        old = self.offer
        same = old is not None and (company is None or old.company is None
                                    or company.casefold() == old.company.casefold())
        if old is not None and not same and rank < self.offer_rank:
            self._note_all(found, "other")  # a vaguer mention does not replace a declared offer
            return True
        if old is not None and same:
            offer, offer.company = old, old.company or company
        else:
            offer, self.offer_rank = CompetingOffer(company=company), 0
        if deadline is not None and (offer.answer_by is None or rank >= self.offer_rank):
            self._retire_deadlines()
            offer.answer_by, offer.answer_by_text = deadline.mention.value, deadline.mention.text
            self.offer_rank = rank
        elif deadline is not None:
            deadline = None  # an earlier, surer answer date stands
        elif offer.answer_by is None and self.pending_deadline is not None:
            offer.answer_by, offer.answer_by_text = self.pending_deadline
            self.offer_rank = 3
        for f in found:
            self._note(f.mention, "offer-deadline" if f is deadline else "other")
        self.offer = offer
        return True

    def _retire_deadlines(self) -> None:
        """An answer date replaced by a surer one is listed as an 'other' date."""
        self.dates = [d.model_copy(update={"role": "other"}) if d.role == "offer-deadline" else d
                      for d in self.dates]

    # -- decision and next steps --------------------------------------------------------------

    def _decision_line(self, text: str, rank: int) -> bool:
        if not _DECISION.search(text):
            return False
        # "Recruiter said 1-2 weeks for feedback": in a sentence about the decision, a bare
        # duration is its timeline
        found = self._scan(text) or self._scan(text, bare=True)
        if not found and (_TOPICISH.match(text) or not _STRONG_DECISION.search(text)):
            return False
        self._note_all(found, "decision")
        self._set_decision(rank, _latest(found), _decision_text(text))
        return True

    def _set_decision(self, rank: int, value: dt.date | None, text: str) -> None:
        old = self.decision
        if old is None or rank > old.rank or (rank == old.rank and (value or not old.value)):
            self.decision = _Decision(rank, value, text)

    def _next_step(self, text: str) -> None:
        """Each clause is a step; only one about hearing from them can date the decision
        ("take-home due Friday" is the candidate's deadline, not theirs)."""
        for clause in re.split(r"\s*;\s*", text):
            step = _decision_text(clause)
            if not step:
                continue
            self.next_steps.append(step)
            found = self._scan(clause)
            self._note_all(found, "next-step")
            if _HEARING.search(clause) or _DECISION.search(clause):
                self._set_decision(1, _latest(found), step)

    # -- people and topics --------------------------------------------------------------------

    def _add(self, person: Interviewer) -> Interviewer:
        if self.recruiter is None and person.title and "recruit" in person.title.casefold():
            self.recruiter = person.name
        for known in self.people:
            if known.name.casefold() == person.name.casefold():
                known.title = known.title or person.title
                known.email = known.email or person.email
                self.current = known
                return known
        self.people.append(person)
        self.added_on[person.name] = self.line_no
        self.current = person
        return person

    def _person_line(self, text: str) -> bool:
        return (self._person_header(text, loose=False) or self._people_from_intro(text)
                or self._known_person(text) or self._person_in_prose(text))

    def _person_header(self, text: str, loose: bool) -> bool:
        """'Sam Ortiz (VP Eng):', 'With Sam Ortiz - VP Eng', 'Marcus Bell (Director): x; y'."""
        body = text[m.end():] if (m := _HEADER_PREFIX.match(text)) else text
        got = _person_piece(body)
        if got is None:
            return False
        person, rest = got
        stripped = rest.strip()
        speech = _SPEECH.match(rest)
        if stripped.startswith((":", "-", "–", "—", "/")):
            inline = stripped.lstrip(":-–—/ ")
        elif speech:
            inline = rest if _topic_cue(rest.strip()) else ""
        elif (person.title or loose or m) and stripped.strip(".") == "":
            inline = ""
        else:
            return False
        self._add(person)
        if inline:
            self._topics(_split_topics(inline, commas=not speech))
        return True

    def _people_from_intro(self, text: str) -> bool:
        m = _INTRO.search(text)
        if not m and _INTERVIEW_CUE.search(text):  # "Interview Nov 18 with Sam Ortiz at Acme"
            m = _WITH.search(text)
        if not m:
            return False
        people, rest = people_list(text[m.end():])
        if not people:
            return False
        for person in people:
            self._add(person)
        if len(people) > 1:
            self.current = None  # "I met A and B." then bullets: shared, not B's alone
        header = self.with_role is not None and self.with_role[0] == self.line_no
        if not header and self._topics_after_person(rest):  # not "with X — Role — round"
            pass
        elif len(people) == 1 and (about := _ABOUT.match(rest) or _ABOUT_LATER.search(rest)):
            self._topics(_split_topics(about["t"], commas=False))
        elif len(people) == 1 and _topic_cue(rest.strip()):
            self._topics(_split_topics(rest, commas=False))
        return True

    def _topics_after_person(self, rest: str) -> bool:
        """What follows a person on an intro or key line, after ':' or a dash, is their topics
        ("Met with Imani Carter (AppSec Lead): threat modeling, our bug bounty"); after a
        semicolon, another 'Name (Title) - topics' may follow."""
        stripped = rest.strip()
        if not stripped.startswith((":", "-", "–", "—")) or not stripped.lstrip(":-–— "):
            return False
        first, *others = re.split(r"\s*;\s*", stripped.lstrip(":-–— "))
        if first:
            self._topics(_split_topics(first, commas=True))
        for segment in others:
            if segment and not self._person_header(segment, loose=False):
                self._topics(_split_topics(segment, commas=True))
        return True

    def _known_person(self, text: str) -> bool:
        """'Priya: ...', 'Shah - ...' or 'Priya mentioned ...' about someone already named."""
        folded = text.casefold()
        for known in self.people:
            parts = known.name.split()
            for form in dict.fromkeys((known.name, parts[0], parts[-1])):
                if not folded.startswith(form.casefold()) or (
                        text[len(form):len(form) + 1].isalnum()):
                    continue
                rest = text[len(form):]
                if not rest.strip(" :"):  # "## Lena" or "Lena:" opens her section
                    self.current = known
                    return True
                if sep := re.match(r"\s*(?::|[-–—]\s)\s*", rest):
                    inline, commas = rest[sep.end():], True
                elif _SPEECH.match(rest):
                    inline, commas = rest, False
                else:
                    continue
                self.current = known
                self._route(inline, commas)
                return True
        return False

    def _route(self, text: str, commas: bool) -> None:
        """Topics for the current interviewer, except a clause that opens with another known
        name ("Priya asked about Kafka; Omar focused on hiring")."""
        for clause in re.split(r"\s*;\s*", text):
            if clause.strip() and not self._known_person(clause.strip()):
                self._topics(_split_topics(clause, commas=commas))

    def _person_in_prose(self, text: str) -> bool:
        """'... Omar Haddad (CTO) asked about ...' or '..., Dana Lee, the hiring manager, ...'."""
        for m in _NAME_THEN_TITLE.finditer(text):
            title = m[2] or m[3] or m[4]
            name = _name_suffix(m[1])
            if name and _title_like(title):
                self._add(Interviewer(name=name, title=_clean_title(title)))
                self._prose_topics(text[m.end():])
                return True
        for m in _TITLE_THEN_NAME.finditer(text):  # "The Hiring Manager, Rachel Green, asked ..."
            got = name_at(text, m.end())
            if got and _title_like(m["t"]):
                self._add(Interviewer(name=got[0], title=_clean_title(m["t"])))
                self._prose_topics(text[got[1]:])
                return True
        return False

    def _prose_topics(self, rest: str) -> None:
        """What follows a name in prose: 'asked about X', 'about X', '— X, Y'."""
        rest = rest.strip(" ,")
        if about := _ABOUT.match(rest):
            self._topics(_split_topics(about["t"], commas=False))
        elif _topic_cue(rest):
            self._topics(_split_topics(rest, commas=False))
        elif dash := re.match(r"[:—–-]+\s*(.+)", rest):  # "Olga Petrova (EM) — a ledger"
            self._topics(_split_topics(dash[1], commas=True))

    def _topic_line(self, text: str, line: Line) -> bool:
        """Bullets are topics; prose only with a cue ("we talked about ..."); a pronoun line
        ("she mentioned ...") belongs to the interviewer named last."""
        cue = _topic_cue(text)
        if _PRONOUN.match(text):
            if cue or line.bullet:
                self._topics(_split_topics(text, commas=False), pronoun=True)
            return cue or line.bullet
        if not (line.bullet or cue):
            return False
        self._topics(_split_topics(text, commas=False))
        self._other_dates(text)
        return True

    def _topics(self, topics: list[str], pronoun: bool = False) -> None:
        target = self.current or (self.people[-1] if pronoun and self.people else None)
        bucket = target.topics if target is not None else self.general
        for topic in topics:
            if topic.casefold() not in (t.casefold() for t in bucket):
                bucket.append(topic)

    # -- result -------------------------------------------------------------------------------

    def signature(self) -> None:
        """A bare name on the last line is the candidate signing their notes."""
        if self.candidate:
            return
        lines = [x for x in self.lines if x.text]
        if not lines:
            return
        line = lines[-1]
        if len(lines) > 1 and lines[-2].text.endswith(":"):
            return  # "Recruiter contact:\nCourtney Blake": the heading's value, not a signature
        text = re.sub(r"^(?:[-–—~]+\s*|(?:thanks|best|cheers|regards|sincerely|signed),?\s+)",
                      "", line.text, flags=_I)
        text = _CREDENTIALS.sub("", text).strip()
        name = _full_name(text)
        if name is None and self._signed_with_a_dash(line, lines):
            name = _first_name(text)
        if name is None and (m := _NOTES_BY.match(lines[0].text)):
            name = _full_name(m["n"])  # "Notes - Priya Nair", "Interview notes by Sam Lee"
        known = {p.name.casefold() for p in self.people}
        if name and name.casefold() not in known:
            self.candidate = name

    def _signed_with_a_dash(self, line: Line, lines: list[Line]) -> bool:
        """"- Priya" / "~Priya" closing the notes, not an item of a list ("Sam:\n- Rust")."""
        raw = normalise(self.source).split("\n")[line.no].lstrip() if line.no >= 0 else ""
        above = lines[-2] if len(lines) > 1 else None
        in_a_list = above is not None and (above.bullet or above.text.endswith(":"))
        return raw[:1] in ("-", "–", "—", "~") and not (line.bullet and in_a_list)

    def _company_after_with(self) -> str | None:
        """X in "Interview Nov 18 with X for the <role> role" is the company, not a person,
        when nothing marks X as one: X has no title but the role, no topics or address, the
        notes name someone else who was met, and X is never mentioned again."""
        if self.with_role is None:
            return None
        line_no, x, role = self.with_role
        person = next((p for p in self.people if p.name.casefold() == x.casefold()), None)
        if not [p for p in self.people if p is not person]:
            return None  # X may be the only interviewer the notes name
        if person is not None and (person.topics or person.email or (
                person.title and person.title.casefold() != role.casefold())):
            return None
        if self.candidate and self.candidate.casefold() == x.casefold():
            return None
        again = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in x.split()) + r")\b", _I)
        if any(again.search(text) for line, text in self.texts if line.no != line_no):
            return None
        return x

    def _company_on_the_first_line(self) -> None:
        """'Morgan Stanley - Investment Banking Analyst - superday Nov 20', 'Interview at Helix
        Grid (Solutions Architect) — 11/27': a header that reads like 'Name - Title' names the
        company when the notes name other people, say nothing more of it, and the line is an
        interview header (a date or an interview word)."""
        texts = self.texts
        if "company" in self.facts or not texts or len(self.people) < 2:
            return
        first_no, first_text = texts[0][0].no, texts[0][1]
        if not (_INTERVIEW_CUE.search(first_text) or scan_dates(first_text, self.clock)):
            return
        for person in self.people:
            if self.added_on.get(person.name) != first_no:
                continue
            rest = "\n".join(t for line, t in texts[1:])
            if any(part in rest for part in person.name.split()):
                return  # mentioned again: a person after all
            role = self.facts.get("role")
            if person.title and (not _role_like(person.title) or (
                    role and person.title.casefold() != role.casefold())):
                return  # "with Dana Lee (EM) for the Platform Engineer role": her title
            if not person.title and (
                    person.name.split()[-1].casefold() not in vocab().company_suffixes):
                return  # nothing says company: "w/ Dana Lee for the Platform Engineer role"
            if not all(scan_dates(t, self.clock) or _ROUND.search(t) for t in person.topics):
                return
            if take_company(person.name) != person.name:
                return
            self.facts["company"] = person.name
            if person.title:
                self.facts.setdefault("role", person.title)
            self.people.remove(person)
            return

    def result(self) -> InterviewContext:
        self._company_on_the_first_line()
        company = self.facts.get("company") or self._company_after_with()
        tokens = {t.casefold() for p in self.people for t in p.name.split()}
        if company and company.casefold() in tokens:
            company = None  # "Ravi — design systems" named a person, not a company
        recruiter = self.recruiter if self._in_source(self.recruiter) else None
        self.recruiter = recruiter = recruiter or self._recruiter_by_first_name(company)
        people = [p for p in self.people if self._real_person(p.name, company)
                  and not self._only_the_recruiter(p)]
        # a sign-off line ("- Priya") read as the last person's topic is the candidate's name
        noise = {x.casefold() for x in (company, self.facts.get("role"), self.candidate) if x}
        for person in people:
            person.topics = [t for t in person.topics if t.casefold() not in noise]
        general = [t for t in self.general if t.casefold() not in noise]
        if len(people) == 1 and general:  # one interviewer: every topic was with them
            people[0].topics = general + [t for t in people[0].topics if t not in general]
            general = []
        decision = self.decision
        ctx = InterviewContext(
            company=company, role=self.facts.get("role"),
            interview_date=self.interview[1].value if self.interview else None,
            round=self.facts.get("round"), format=self.facts.get("format"),
            candidate=self.candidate if self._in_source(self.candidate) else None,
            interviewers=people,
            decision_date=decision.value if decision else None,
            decision_text=decision.text if decision else None,
            next_steps="; ".join(self.next_steps) or None,
            competing_offer=self.offer, rejected=self.rejected,
            rejection_date=self.rejection_date, sent=self._sent_to(people),
            dates=self.dates, source=self.source, topics=general,
            recruiter=recruiter,
        )
        # who sent the rejection: a person the notes name (interviewer or recruiter), by any
        # of the names they go by there
        sent_by = ctx.recipient(self.rejection_sender) if self.rejection_sender else None
        return ctx.model_copy(update={"rejection_from": sent_by.name if sent_by else None})

    def _recruiter_by_first_name(self, company: str | None) -> str | None:
        taken = {w.casefold() for x in (company, self.candidate) if x for w in x.split()}
        for m in _RECRUITER_NAMED.finditer(self.source):
            name = m["a"] or m["b"]
            # "Mei Ling Wong (HR ...)": the pattern saw two words of a longer name
            whole = next((p.name for p in self.people
                          if p.name.endswith(name) or p.name.startswith(name)), None)
            if whole is None and m["b"] and re.search(r"[A-Z][\w'’-]*\s+$",
                                                      self.source[:m.start("b")]):
                continue
            name = whole or name
            words = [w.casefold() for w in name.split()]
            if not any(w in vocab().not_name or w in taken for w in words):
                return name
        return None

    def _only_the_recruiter(self, person: Interviewer) -> bool:
        """"Jamie Fox, our recruiter, booked the room": a contact, not someone interviewed by,
        unless they are the only person or have topics (a recruiter screen is an interview)."""
        return (person.name == self.recruiter and not person.topics and len(self.people) > 1
                and person.name not in self.listed
                and bool(re.search(r"\b(?:recruit\w*|hr|talent|human\s+resources|people\s+"
                                   r"(?:partner|team|ops))\b", person.title or "", _I)))

    def _in_source(self, name: str | None) -> bool:
        return bool(name) and name in self.source  # type: ignore[operator]

    def _real_person(self, name: str, company: str | None) -> bool:
        if not self._in_source(name):
            return False  # invisible marks split the name in the source: not a name it contains
        if _role_like(name) and name.casefold() == (self.facts.get("role") or "").casefold():
            return False  # "Diesel Mechanic — Big Sky Fleet Services": the role, not a person
        if company and name.casefold() in (company.casefold(), *company.casefold().split()):
            return False
        return not (self.candidate and name.casefold() == self.candidate.casefold())

    def _sent_to(self, people: list[Interviewer]) -> list[SentMessage]:
        out: list[SentMessage] = []
        for msg in self.sent:
            named = [p.name for p in people if re.search(
                rf"\b(?:{re.escape(p.name)}|{re.escape(p.first_name)})\b", msg.text)]
            if not named and self.recruiter and "recruiter" in msg.text.casefold():
                named = [self.recruiter]
            if named:
                out.extend(msg.model_copy(update={"to": n}) for n in named)
            else:
                out.append(msg)
        return out


_DEICTIC_WORD = re.compile(r"\b(?:today|yesterday|tomorrow)\b", _I)
_LABEL_BEFORE = re.compile(r"[\W_]*(?:update[d]?\W*|on\s+)?", _I)
_LABEL_AFTER = re.compile(r"\s*(?:update\b\s*)?(?::|[-–—]\s)", _I)


def _dated_line(text: str, found: list[Found]) -> dt.date | None:
    """The date a line opens with as a label ("Nov 12: ...", "Update 11/12 - ...")."""
    if not found or found[0].kind != "absolute":
        return None
    first = found[0]
    if _LABEL_BEFORE.fullmatch(text, 0, first.start) and _LABEL_AFTER.match(text, first.end):
        return first.mention.value
    return None


def read_notes(text: str, today: dt.date | None = None) -> InterviewContext:
    """The reader's proposal of what pasted notes say (before resolve); never raises.

    `today` is the day drafter runs (default: the system date); it anchors "today" in the notes
    when they do not say which day that was, and years for dates written without one.
    """
    source = text if isinstance(text, str) else ""
    try:
        return _parse(source, today or dt.date.today())
    except Exception:  # the contract is "never raises": unreadable notes give an empty context
        return InterviewContext(source=source)


def _parse(text: str, today: dt.date) -> InterviewContext:
    parser = _Parser(split_lines(text), today, text)
    parser.prepare()
    parser.run()
    parser.signature()
    return parser.result()
