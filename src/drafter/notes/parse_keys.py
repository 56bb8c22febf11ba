"""The parser's `Key: value` lines ("Interviewers: ...", "Decision: ...", "Offer deadline: ...")."""

from __future__ import annotations

import re

from drafter.notes.events import _latest
from drafter.notes.names import _EMAIL, _candidate_name, _clean_title, _title_like, name_at
from drafter.notes.parse_events import _Events
from drafter.notes.parse_people import _People
from drafter.notes.pasted import HEADER
from drafter.notes.people_lines import _ABOUT, _known_by_one_name, _person_piece, people_list
from drafter.notes.segment import _KEY_VALUE, Line
from drafter.notes.topics import _split_topics
from drafter.notes.vocab import vocab

# a pasted email's To: line that names the candidate ("To: me", "To: you", "To: me <...>")
_TO_ME = re.compile(r"(?:me|you|myself)\b.*", re.I)


class _Keys(_People, _Events):
    """What a known key says, routed to the people, events or topics it is about."""

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
        if kind == "candidate" and kv[1].casefold() == "from" and (
                self._received(line) or self._in_headers(line)):
            # "From: Dr. Yusuf ..." over "To: me", or any email's header block ("Sent: ...",
            # "To: Nadia Rahman"): the sender, whose side the thread reader decides
            return False
        handler = {
            "people": self._key_people, "hiring manager": self._key_hiring_manager,
            "recruiter": self._key_recruiter, "candidate": self._key_candidate,
            "decision": self._key_decision, "next": self._key_next, "offer": self._key_offer,
            "deadline": self._key_deadline, "topics": self._key_topics,
            "ignore": self._key_ignore, "email": self._key_email,
        }[kind]
        return handler("" if blank else value)

    def _received(self, line: Line) -> bool:
        """Whether a From: line heads an email someone sent the candidate: a header line next
        to it (four lines either way) is a To: line naming "me" or "you"."""
        return any((m := HEADER.match(x.text)) and m["k"].casefold() == "to"
                   and _TO_ME.fullmatch(m["v"].strip()) for x in self.lines
                   if 0 < abs(x.no - line.no) <= 4)

    def _in_headers(self, line: Line) -> bool:
        """Whether a From: line sits in an email's header block: a To:, Sent:, Date:, Subject:
        or Cc: line within four lines of it."""
        return any((m := HEADER.match(x.text)) and m["k"].casefold() in (
            "to", "sent", "date", "subject", "cc") for x in self.lines
                   if 0 < abs(x.no - line.no) <= 4)

    def _titled_key(self, text: str) -> bool:
        """'Hiring mgr: Paula Gomez', 'Peer: Ben Ortiz': a part, then who played it."""
        m = _KEY_VALUE.fullmatch(text)
        if not m or not _title_like(m["key"]) or len(m["key"].split()) > 4:
            return False
        got = _person_piece(m["val"])
        if got is None or got[1].strip(" .,;"):
            return False
        person = got[0]
        if not person.title or not _title_like(person.title):
            # "Principal: Ana Roy (gave me her card)": the key is the title, the bracket a remark
            person.title = _clean_title(m["key"])
        self._add(person)
        return True

    def _key_people(self, value: str) -> bool:
        if not value:
            self.mode = "people"
            return True
        people, rest = people_list(value)
        if not people:  # "Interviewer: Luis", "Dr. Patel (owner) + Kim (office manager)"
            # "Who: Sunny (owner / PIC) - didn't get last name": the name, then a remark
            head = re.split(r"(?<=\))[ \t]*[-–—;][ \t]+", value, maxsplit=1)[0]
            people, rest = _known_by_one_name(head), ""
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
        if self.mode in ("people", "recruiter"):
            return False  # "Interviewer:\nName: Oksana Bilyk": the heading's person, not me
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
        else:
            self.mode = "offer"  # "OTHER OFFER:" then the offering company on the next line
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
