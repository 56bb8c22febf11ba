"""The parser's events: messages sent, a rejection, an offer elsewhere, the decision, next steps."""

from __future__ import annotations

import datetime as dt
import re

from drafter.context import CompetingOffer, DateMention, SentMessage
from drafter.notes.events import (
    _AGAIN,
    _ANSWER_DEADLINE,
    _DECISION,
    _FROM_PERSON,
    _HEARING,
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
    _latest,
    _offer_company,
    attached,
)
from drafter.notes.parse_state import _Decision, _State
from drafter.notes.pasted import messages
from drafter.notes.people import is_first_name
from drafter.notes.topics import _TOPICISH

# the words of a thank-you, not a check-in: "thank you for taking the time to meet"
_THANKS_BODY = re.compile(r"\bthank(?:s|\s+you)\s+(?:so\s+much\s+|again\s+)?for\s+(?:taking\s+"
                          r"the\s+time|your\s+time|meeting|the\s+(?:interview|conversation|"
                          r"chat|opportunity)|speaking|interviewing|having\s+me)", re.I)
# a span ("replied within a day") says when no message went
_SPAN = re.compile(r"(?:within|in|after|for)\b", re.I)


class _Events(_State):
    """Events the notes report, each with the dates that go with it."""

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
            found = [f for f in self._scan(text, tense="past") if not _SPAN.match(f.mention.text)]
            # the message's own date follows its cue ("sent a check-in on Oct 6"), or labels
            # the line ("Nov 18: sent thank-you"); one before the cue in a run-on sentence is
            # another event's ("interview on the 19th ... then I sent a check-in on Oct 6")
            after = [f for f in found if f.start >= m.start()]
            opens = max(text.rfind(p, 0, m.start()) for p in (". ", "! ", "? ", "; "))
            same = [f for f in found if opens < f.start < m.start()]  # "On Monday the 23rd I"
            found = after or same or [f for f in found[:1]
                                      if not text[:f.start].strip(" \t-*•>[(")]
            self._note_all(found, "sent")
            days = [f.mention.value for f in found if f.mention.value] or [None]
            if stage != "missed-deadline":
                days = days[:1]
            for i, day in enumerate(days):
                earlier = any(s.stage == "missed-deadline" for s in self.sent)
                # "again" in the message's own sentence, not "send a second nudge?" after it
                shut = [k for k in (text.find(p, m.end()) for p in (". ", "! ", "? ", "; "))
                        if k >= 0]
                again = i > 0 or (len(days) == 1 and _AGAIN.search(
                    text, opens + 1, min(shut, default=len(text))))
                nudge = stage == "missed-deadline" and (earlier or again)
                self.sent.append(SentMessage(stage="second-nudge" if nudge else stage, on=day,
                                             text=text))
            return True
        return False

    def pasted_sent(self) -> None:
        """Emails the candidate pasted from their own outbox, dated by their Sent:/Date: line
        ("From: me / Sent: Wed 15 Oct / To: Mark ..."): messages already sent, as a line that
        reports one would say. A thank-you by its words; any other is a check-in."""
        lines = self.source.splitlines()
        for msg in messages(self.source):
            day = self.message_days.get(msg.first)
            if msg.direction != "sent" or day is None or any(s.on == day for s in self.sent):
                continue
            thanks = _THANKS_BODY.search("\n".join(lines[msg.first:msg.last + 1])) is not None
            stage = "thank-you" if thanks else "second-nudge" if any(
                s.stage == "missed-deadline" and s.on and s.on < day for s in self.sent) \
                else "missed-deadline"
            self._note(DateMention(text=msg.dated.strip(), value=day), "sent")
            # whom it went to is the thread step's to say (its To: line, its greeting): the
            # names inside it ("I enjoyed meeting Rafael") are no recipients
            self.sent.append(SentMessage(stage=stage, on=day))

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
        if company and not keyed and len(company.split()) == 1 and is_first_name(company):
            return False  # "Priya offered me ...": a person, whose employer is unclear
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

    def _decision_line(self, text: str, rank: int) -> bool:
        if not _DECISION.search(text):
            return False
        # "Recruiter said 1-2 weeks for feedback": in a sentence about the decision, a bare
        # duration is its timeline
        found = self._scan(text) or self._scan(text, bare=True)
        if not found and (_TOPICISH.match(text) or not _STRONG_DECISION.search(text)):
            return False
        named = attached(found, text)
        for f in found:  # a date in another clause of the line is not their date
            self._note(f.mention, "decision" if f in named else "other")
        self._set_decision(rank, _latest(named), _decision_text(text))
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
            hearing = bool(_HEARING.search(clause) or _DECISION.search(clause))
            # "we will contact you by 5 December": when they will be in touch is their timeline,
            # weighed with every other decision date once all are read (notes/when.py)
            named = attached(found, clause) if hearing else []
            for f in found:
                self._note(f.mention, "decision" if f in named else "next-step")
            if hearing:
                self._set_decision(1, _latest(named), step)
