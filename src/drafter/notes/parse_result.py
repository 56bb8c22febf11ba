"""The parser's last step: the signature, what header guesses the whole notes overturn, and the
InterviewContext."""

from __future__ import annotations

import re
from functools import cache

from drafter.context import InterviewContext, Interviewer, SentMessage
from drafter.dates import scan_dates
from drafter.notes.company_name import take_company
from drafter.notes.header import _INTERVIEW_CUE, _ROUND, _clean_role, _role_like
from drafter.notes.lexicon import data_toml, phrase_pattern
from drafter.notes.names import _NOTES_BY, _first_name, _full_name
from drafter.notes.parse_state import _State
from drafter.notes.pasted import messages
from drafter.notes.people import (
    is_first_name,
    opens_with_greeting,
    ordinary_words,
    person_like,
    role_words,
    word_in,
)
from drafter.notes.people_lines import _RECRUITER_NAMED
from drafter.notes.people_words import without_letters
from drafter.notes.segment import Line, bounded, normalise
from drafter.notes.vocab import organisation_word, vocab

_I = re.IGNORECASE
# a line's "Key:" ("Panel (4):", "- Interviewers:"), its count in brackets aside
_KEY = re.compile(r"\s*(?:[-*•]\s*)?(?P<key>[A-Za-z][\w ]{0,30}?)\s*(?:\(\d+\))?\s*:")




@cache
def _employer_before() -> re.Pattern[str]:
    """An employer cue and the capitalised name after it ("no longer with Ardmore Water")."""
    cue = phrase_pattern(data_toml("cues.toml")["employer_before"]).pattern
    return re.compile(rf"(?:{cue})\s+[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*", _I)


class _Result(_State):
    """Everything read, settled into one InterviewContext."""

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
        if any(m.first <= line.no <= m.last and m.direction == "received"
               and (m.heads or m.signed) for m in messages(self.source)):
            return  # the signature of an email sent to the candidate is its writer's
        text = re.sub(r"^(?:[-–—~]+\s*|(?:thanks|best|cheers|regards|sincerely|signed),?\s+)",
                      "", line.text, flags=_I)
        text = without_letters(text).strip()
        name = _full_name(text)
        if name is None and self._signed_with_a_dash(line, lines):
            name = _first_name(text)
        if name is None and (m := _NOTES_BY.match(lines[0].text)):
            name = _full_name(m["n"])  # "Notes - Priya Nair", "Interview notes by Sam Lee"
        known = {p.name.casefold() for p in self.people}
        if name and len(name.split()) > 1 and word_in("company_words", name.split()[-1]):
            return  # "- Brightwell Logistics": a company closing the notes, not a name
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
        if (key := _KEY.match(first_text)) and vocab().keys.get(
                " ".join(key["key"].casefold().split())) == "people":
            return  # "Panel: Maria Lopez (Program Manager), ...": a list of people, no header
        for person in self.people:
            if self.added_on.get(person.name) != first_no:
                continue
            rest = "\n".join(t for line, t in texts[1:])
            if any(part in rest for part in person.name.split()):
                return  # mentioned again: a person after all
            if re.search(rf"{re.escape(person.name)}\s+(?:role|position|job|post|opening)\b",
                         first_text, re.I):
                return  # "the Program Officer, Climate Resilience role": part of the job
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

    def _company_by_evidence(self) -> None:
        """'Ardmore Water - Asset Planning Engineer', 'Grupo Almendra (Madrid HQ) - Coordinator':
        the first line's "Name - Title" is the company when no known first name starts it, no
        form of address comes with it, the notes name other people, and wherever else they name
        it, it is an employer ("no longer with Ardmore Water"), never a person."""
        texts = self.texts
        if "company" in self.facts or not texts or len(self.people) < 2:
            return
        first_no, first_text = texts[0][0].no, texts[0][1]
        for person in self.people:
            if self.added_on.get(person.name) != first_no or person.honorific or person.email \
                    or person_like(person.name) or not first_text.lstrip(" -*#").startswith(
                    person.name) or take_company(person.name) != person.name:
                continue
            # the line is "X - Role": what follows the dash reads as a job
            tail = re.split(r"\s[-–—|]\s", first_text, maxsplit=1)
            if len(tail) < 2 or not _role_like(_clean_role(tail[1]) or tail[1]):
                return
            role = _clean_role(tail[1]) or tail[1].strip()
            if not all(scan_dates(t, self.clock) or _ROUND.search(t) or t.casefold() in (
                    role.casefold(), tail[1].strip().casefold()) for t in person.topics):
                return  # its own topics: someone spoken with
            rest = "\n".join(t for line, t in texts[1:])
            bare = _employer_before().sub(" ", rest)  # employer mentions are no person's
            # "... | Zuidkust Ferries B.V.": the name with a company's last word after it
            bare = re.sub(rf"\b{re.escape(person.name)}\s+([\w.]+)",
                          lambda m: " " if m[1].replace(".", "").casefold()
                          in vocab().company_suffixes else m[0], bare)
            if re.search(rf"\b(?:{'|'.join(map(re.escape, person.name.split()))})\b", bare):
                return  # named again as someone: a person after all
            self.facts["company"] = person.name
            self.facts.setdefault("role", role)
            self.people.remove(person)
            return

    def result(self) -> InterviewContext:
        self._company_on_the_first_line()
        self._company_by_evidence()
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
        for m in _RECRUITER_NAMED.finditer(bounded(self.source)):
            name = m["a"] or m["b"]
            # "Mei Ling Wong (HR ...)": the pattern saw two words of a longer name
            whole = next((p.name for p in self.people
                          if p.name.endswith(name) or p.name.startswith(name)), None)
            if whole is None and m["b"] and re.search(r"[A-Z][\w'’-]*\s+$",
                                                      self.source[:m.start("b")]):
                continue
            name = whole or name
            words = [w.casefold() for w in name.split()]
            # "HR Generalist", "HR Business Partner": the job after the word, not a name
            if not any(w in vocab().not_name or w in taken or w in role_words() for w in words):
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
        words = name.split()
        if len(words) > 1 and ordinary_words(name):
            return False  # "Nursing Unit" from "Sarah Whitfield, Nursing Unit Manager"
        if len(words) > 1 and opens_with_greeting(name):
            return False  # "Hey Tomás — wanted to tell you ...": a greeting, not a person
        if len(words) > 1 and organisation_word(words[-1], departments=False) and not (
                is_first_name(words[0])):
            return False  # "with East Fenland Ambulance Trust": an organisation, no one to greet
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
