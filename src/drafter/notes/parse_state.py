"""The parser's state for one read of the notes, and how it reads and records dates.

`_Parser` (read.py) is this state plus one mixin per concern: people and topics
(parse_people), events (parse_events), `Key: value` lines (parse_keys) and the result
(parse_result). Each mixin reads and writes this state and calls only the modules before it;
parse_keys builds on parse_people and parse_events.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from drafter.context import CompetingOffer, DateMention, DateRole, Interviewer, SentMessage
from drafter.dates import Clock, Found, Tense, day_first, scan_dates
from drafter.notes.own_transcript import CHAT
from drafter.notes.pasted import dated_lines
from drafter.notes.segment import Line, _without_instructions, bounded

_I = re.IGNORECASE


@dataclass
class _Decision:
    rank: int  # 3: a Decision:/Timeline: line, 2: a sentence about the decision, 1: a next step
    value: dt.date | None
    text: str


_LABEL_BEFORE = re.compile(r"[\W_]*(?:update[d]?\W*|on\s+)?", _I)
_LABEL_AFTER = re.compile(r"\s*(?:update\b\s*)?(?::|[-–—]\s)", _I)


def _dated_line(text: str, found: list[Found]) -> dt.date | None:
    """The date a line opens with as a label ("Nov 12: ...", "Update 11/12 - ...")."""
    if not found or found[0].kind != "absolute":
        return None
    first = found[0]
    if _LABEL_BEFORE.fullmatch(text, 0, first.start) and _LABEL_AFTER.match(text, first.end):
        return first.mention.value
    # a chat message's timestamp ("[Tue 14 Oct, 3:02 PM] Iris: thanks for coming in today"):
    # its "today" and "by Friday" count from the day it was sent
    if (chat := CHAT.match(text)) and first.end <= chat.start("who"):
        return first.mention.value
    return None


class _State:
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
        self.day_first = day_first(bounded(source), today)
        self.clock = Clock(today=today, written=today, day_first=self.day_first)
        self.interview: tuple[int, DateMention] | None = None
        self.line_no = -1
        self.card: Interviewer | None = None  # a person named alone on the line before
        # (line number, X, role) from "Interview Nov 18 with X for the <role> role"
        self.with_role: tuple[int, str, str] | None = None
        self.offer_rank = 0  # how the offer's answer date was given (see _offer)
        self.texts = [(line, text) for line in lines if (text := _without_instructions(line.text))]
        self.message_days = dated_lines(source, self.clock)

    def _clock_at(self, no: int, clock: Clock | None = None) -> Clock:
        """The clock for line `no`: in a pasted email that says when it came, "today" and
        "by Friday" count from that day (it was written then), else the notes' own clock."""
        clock = clock or self.clock
        day = self.message_days.get(no)
        return clock if day is None else replace(clock, written=day)

    def _texts(self) -> Iterable[tuple[Line, str]]:
        """Non-empty lines with any instruction-like sentence taken out."""
        return iter(self.texts)

    def _scan(self, text: str, tense: Tense = "future", bare: bool = False,
              deadline: bool = False) -> list[Found]:
        """Dates in `text`. A `deadline` still open when the notes were written (an offer's
        answer date) takes the year nearest that day, not the interview's."""
        clock = self._clock_at(self.line_no)
        found = scan_dates(text, clock, tense=tense, bare=bare)
        label = _dated_line(text, found)
        if label is not None:  # "Oct 20: got the rejection today": today is Oct 20
            clock = replace(clock, written=label)
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
