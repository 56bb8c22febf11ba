"""The parser's people and topics: who was met, and what was discussed with whom."""

from __future__ import annotations

import re

from drafter.context import Interviewer, surname
from drafter.notes.header import _INTERVIEW_CUE
from drafter.notes.names import (
    _EMAIL,
    _clean_title,
    _full_name,
    _name_suffix,
    _title_like,
    name_at,
    next_persons_title,
)
from drafter.notes.parse_state import _State
from drafter.notes.people import opens_with_greeting
from drafter.notes.people_lines import (
    _ABOUT,
    _ABOUT_LATER,
    _HEADER_PREFIX,
    _INTRO,
    _NAME_THEN_TITLE,
    _PRONOUN,
    _SPEECH,
    _TITLE_THEN_NAME,
    _WITH,
    _person_piece,
    people_list,
)
from drafter.notes.segment import Line
from drafter.notes.topics import _split_topics, _topic_cue


class _People(_State):
    """People named on a line, and the topics that go to them (or to no one in particular)."""

    def _add(self, person: Interviewer) -> Interviewer:
        if self.recruiter is None and person.title and "recruit" in person.title.casefold():
            self.recruiter = person.name
        for known in self.people:
            if known.name.casefold() == person.name.casefold() or self._by_surname(known, person):
                known.title = known.title or person.title
                known.email = known.email or person.email
                known.honorific = known.honorific or person.honorific
                self.current = known
                return known
        self.people.append(person)
        self.added_on[person.name] = self.line_no
        self.current = person
        return person

    def _by_surname(self, known: Interviewer, person: Interviewer) -> bool:
        """'Capt. Te Awa' after 'Capt. Rangi Te Awa': the whole surname (particles and all) of
        the one known person named so, titled or of two words, is them, not a second person."""
        mine = person.name.casefold().split()
        if len(known.name.split()) <= len(mine) or not (person.honorific or len(mine) > 1):
            return False
        key = " ".join(mine)
        return surname(known.name.casefold().split()) == key and sum(
            surname(p.name.casefold().split()) == key for p in self.people) == 1

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
        if stripped.startswith((":", "-", "–", "—", "/", "=")):
            inline = stripped.lstrip(":-–—/= ")  # "marcus = director of tech services, ..."
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
        if opens_with_greeting(first):
            return True  # "Iris (HR): Hi Dee! Thanks for coming in": their message, no topics
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
            if name and _title_like(title) and not next_persons_title(title):
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
            if opens_with_greeting(topic):
                continue  # "Hi Dee!": a pasted message's greeting, nothing discussed
            if topic.casefold() not in (t.casefold() for t in bucket):
                bucket.append(topic)
