"""Resolver step for a rejection: who delivered the news. Inside a pasted email it is the
email's sender (its From: line, else its signature; never a mailbox's display name), not
whoever its body names; on a line of the notes, the one person named before the news ("dawn
from ridgeway vets called at lunch — they went with an internal candidate")."""

from __future__ import annotations

import re

from drafter.context import InterviewContext, Interviewer
from drafter.notes.events import _REJECT, _REJECT_NOT
from drafter.notes.own_transcript import chat_sender
from drafter.notes.pasted import Message, messages
from drafter.notes.people_context import find_people
from drafter.notes.plausible import implausible


def rejection_cue(line: str) -> re.Match[str] | None:
    """The news of a rejection on a line, by the reader's own cue (events.py), not its denial."""
    m = _REJECT.search(line)
    return m if m is not None and not _REJECT_NOT.search(line) else None


def rejection_sender(ctx: InterviewContext, text: str) -> str | None:
    """Whoever the rejection's own line names, when it names exactly one person ("dawn from
    ridgeway vets called at lunch — they went with an internal candidate")."""
    from drafter.recipient import find

    lines = text.splitlines()
    for no, line in enumerate(lines):
        if not (cue := rejection_cue(line)):
            continue
        # news inside a pasted email came from its sender (its From: line or its signature),
        # not from whoever its body names ("... your time with Dr Haddad. Unfortunately ...")
        inside = next((m for m in messages(text) if m.first <= no <= m.last
                       and m.direction != "sent"), None)
        if inside is not None:
            return _message_sender(ctx, inside) or _chat_sender(ctx, lines, inside)
        # who delivered it is named before the news: "dawn from ridgeway called — they went..."
        named = {p.name for f in find_people(line[:cue.start()])
                 if (p := find(ctx, f.name)) is not None}
        if not named and (after := re.match(r"\s+(?:from|by)\s+", line[cue.end():], re.I)):
            # ... or right after it: "got the no from chidi oyelaran yesterday"
            rest = line[cue.end() + after.end():]
            named = {p.name for f in find_people(rest)[:1]
                     if f.start == 0 and (p := find(ctx, f.name)) is not None}
        if not named:
            continue  # "paws said no :(" names no one: a later line may ("dr. will ... said")
        return named.pop() if len(named) == 1 else None
    return None


def _message_sender(ctx: InterviewContext, msg: Message) -> str | None:
    """The person who sent a pasted email, by its From: line or else its signature, when the
    notes name them as a person; None when neither names one."""
    from drafter.recipient import find

    for name in msg.sender_names():
        if implausible(Interviewer(name=name), ctx) is not None:
            continue  # "Harlow Bank Careers <no-reply@...>": a mailbox; its signature is whose
        if (person := find(ctx, name)) is not None:
            return person.name
        if name == ctx.correspondent or name == ctx.recruiter:
            return name
    return None


def _chat_sender(ctx: InterviewContext, lines: list[str], msg: Message) -> str | None:
    """Who a pasted chat message came from, by the header line above it ("Ife Balogun
    Yesterday at 4:12 PM" over "Hey Tomás — ... we've decided to go with ...")."""
    from drafter.recipient import find

    if msg.first == 0 or msg.heads or not (who := chat_sender(lines[msg.first - 1])):
        return None
    person = find(ctx, who)
    if person is not None:
        return person.name
    # a chat's named sender the rest of the notes never named in full ("Ife Balogun")
    words = who.split()
    return who if 1 < len(words) <= 3 and all(w[:1].isupper() for w in words) and (
        implausible(Interviewer(name=who), ctx) is None) else None
