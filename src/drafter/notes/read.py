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
topics -> parse_state -> parse_people / parse_events -> parse_keys, parse_result -> read.
"""

from __future__ import annotations

import datetime as dt
import re

from drafter.context import DateMention, InterviewContext
from drafter.dates import Clock, Found, scan_dates
from drafter.notes.events import (
    _DEADLINE_BEFORE,
    _DECISION,
    _HEARING,
    _NEXT_STEP,
    _REJECT,
    _REJECT_NOT,
    _is_event,
)
from drafter.notes.header import (
    _INTERVIEW_CUE,
    _ROUND,
    _format_of,
    header_facts,
    with_and_role,
)
from drafter.notes.names import _title_like, name_at
from drafter.notes.parse_keys import _Keys
from drafter.notes.parse_result import _Result
from drafter.notes.parse_state import _dated_line
from drafter.notes.people_lines import _I_AM
from drafter.notes.segment import (
    MAX_CHARS,
    MAX_LINE,
    MAX_LINES,
    Line,
    _cut_value,
    _sentences,
    _without_instructions,
    key_value,
    split_lines,
    table_rows,
)
from drafter.notes.topics import _TOPICISH
from drafter.notes.vocab import vocab

# names other modules import from here: resolve.py (the limits), people.py (the instruction
# filter), drafter.notes (key_value)
__all__ = ["MAX_CHARS", "MAX_LINE", "MAX_LINES", "_parse", "_without_instructions", "key_value",
           "read_notes"]

_I = re.IGNORECASE
# a title, a dash, who held it: "Principal — Geneviève Tremblay-Roy", "VP - Dev Chaudhary"
_TITLE_DASH = re.compile(r"\s*(?:[-*•·]\s+)?(?P<key>[^\W\d_][\w .&/']{0,30}?)\s+[-–—]+\s+"
                         r"(?P<val>.+)")

# "today is Dec 3. Re-reading the email after the interview": the day the notes were
# written, not the interview's
_TODAY_IS = re.compile(r"\b(?:today|today['’]s\s+date|date\s+today)\s*(?:is|=|:|[-–—])\s*"
                       r"(?:[a-z]+,?\s+)?$", _I)



# "today tue 21", "today (Mar 18)": what follows "today" names the day it is
_TODAY_NAMED = re.compile(r"\s*(?:(?:is|=|:)\s|[,(]?\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*"
                          r"\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+"
                          r"\d|\d{1,2}(?:st|nd|rd|th)?\b))", _I)
# a chat message on the day of the interview: "thanks for coming in today"
_MET_TODAY = re.compile(r"\b(?:coming\s+in|your\s+time|meeting\s+(?:you|us|with)|speaking\s+"
                        r"with|chatting\s+with|talking\s+with)\b[^.!?\n]{0,20}\btoday\b", _I)


def _today_is(text: str, found: Found) -> bool:
    """Whether a date on the line only says which day today is ("today is Dec 3")."""
    return bool(_TODAY_IS.search(text[:found.start])) or (
        found.kind == "deictic" and bool(_TODAY_NAMED.match(text[found.end:])))


_DEICTIC_WORD = re.compile(r"\b(?:today|yesterday|tomorrow)\b", _I)


class _Parser(_Keys, _Result):
    """Two passes over the lines: first the facts every line is read against (the header, the
    interview date), then each line in turn."""

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

    def _written_day(self) -> dt.date | None:
        """The day the notes were written, when they say 'today (Nov 18)'."""
        clock = Clock(today=self.today, day_first=self.day_first)
        for line, text in self._texts():
            if not _DEICTIC_WORD.search(text) or line.no in self.message_days:
                continue  # a pasted email's "today" is the day it came
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
            elif kv or line.bullet:
                continue
            elif _is_event(text):
                # a paragraph of prose: its sentences that report no event may still say where
                # the interview was ("I interviewed at X for the Y role ... I sent a thank-you")
                text = " ".join(s.strip() for s in _sentences(text)
                                if s.strip() and not _is_event(s))
                if not text:
                    continue
            first_seen = True
            cue = f"interview {text}" if kv else text
            if self.with_role is None and (found := with_and_role(cue)):
                self.with_role = (line.no, *found)
            if first or _INTERVIEW_CUE.search(text):
                for key, value in header_facts(text, segments=first, notes=self.source).items():
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
        table = table_rows(texts)
        for line, text in texts:
            if line.no in table and not _is_event(text):
                # a tracker's row: only its interview column's date is the interview's (not
                # the day applied, nor the decision); a rejected row is no one's interview
                text = " ; ".join(c for h, c in table[line.no] if _INTERVIEW_CUE.search(h))
            if key_value(text) or _is_event(text) or not _INTERVIEW_CUE.search(text):
                continue
            # the sentence that names the interview first: "Wednesday. Still no word ...
            # Interview was Fri 14/11" was written on the Wednesday, held on the 14th
            cued = [s for s in _sentences(text) if _INTERVIEW_CUE.search(s)]
            for part in [*cued, text] if cued != [text] else [text]:
                for found in scan_dates(part, self._clock_at(line.no), tense="past"):
                    if found.mention.value and not _DEADLINE_BEFORE.search(part[:found.start]) \
                            and not _today_is(part, found):
                        return line.no, found.mention
        for line, text in texts:
            # a chat message sent the day of the interview, its stamp the day: "[Tue 14 Oct,
            # 3:02 PM] Iris (HR): Thanks for coming in today"
            if not _MET_TODAY.search(text):
                continue
            found = scan_dates(text, self._clock_at(line.no), tense="past")
            if _dated_line(text, found) is not None:
                return line.no, found[0].mention
            if line.no in self.message_days and (
                    today := next((f for f in found if f.kind == "deictic"
                                   and f.mention.text.casefold() == "today"), None)):
                return line.no, today.mention  # "thanks for coming in today" in a dated email
        for line, text in texts[:1]:
            if _is_event(text):
                return None
            for found in scan_dates(text, self.clock, tense="past"):
                if found.kind == "absolute" and found.mention.value \
                        and not _today_is(text, found):
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
                if self.mode in ("people", "next", "ignore", "recruiter", "offer"):
                    self.mode = "topics"
                continue
            if not text:
                continue  # the whole line was an instruction to an AI
            self.line_no = line.no
            if self.interview and line.no == self.interview[0]:
                self._note(self.interview[1], "interview")
            self._line(line, text)

    def _line(self, line: Line, text: str) -> None:
        if (m := _TITLE_DASH.fullmatch(text)) and _title_like(m["key"]) and (
                name_at(m["val"].strip())):
            text = f"{m['key']}: {m['val']}"  # "Principal — Geneviève Roy" as "Principal: ..."
        kv = key_value(text) or key_value(text.rstrip(":") + ":")  # "Next steps" as a heading
        if kv is not None and self._key(kv, line):
            return
        if kv is None and self._titled_key(text):
            return
        if self.mode == "people" and self._person_header(text, loose=True):
            return
        if self.mode == "offer":
            self.mode = "topics"
            if self.offer is None and self._offer(text, keyed=True):
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
    parser.pasted_sent()
    parser.signature()
    return parser.result()
