"""Detector: emails pasted into the notes, and who wrote each: the candidate ("sent") or someone
writing to them ("received"), read from the line that introduces it, its header lines and its own
words. Their greetings and sign-offs tell the own-name detector whose names they are.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Literal

from drafter.dates import Clock, scan_dates
from drafter.notes.lexicon import data_toml, free_mail, phrase_pattern
from drafter.notes.people import is_first_name
from drafter.notes.segment import bounded

Direction = Literal["sent", "received"]


WORD = r"[^\W\d_][\w'’.-]*"


@cache
def words(kind: str) -> tuple[str, ...]:
    """A list from people.toml's [own_name] table."""
    return tuple(data_toml("people.toml")["own_name"][kind])


@cache
def cue(kind: str) -> re.Pattern[str]:
    return phrase_pattern(words(kind))


def alts(kind: str) -> str:
    """The phrases of a list as one alternation, longest first ("my name on emails" before
    "my name")."""
    return "|".join(r"\s+".join(map(re.escape, p.split()))
                    for p in sorted(words(kind), key=len, reverse=True))



# The one home of an email's header lines in notes: "From: Kelly Moran <km@x.co>", "> Sent: ..."
HEADER = re.compile(r"^[ \t>]*(?P<k>from|to|cc|bcc|subject|date|sent|reply-to|on\s+behalf\s+of|"
                    r"importance|attachments?)[ \t]*:[ \t]*(?P<v>.*)$", re.I)
#: the same, searched through whole notes
HEADERS = re.compile(HEADER.pattern, re.I | re.M)
#: a From: line's sender, without the address: its name group is `n`
FROM_NAME = re.compile(r"^[ \t>]*from[ \t]*:[ \t]*(?P<n>[^<>\n@]+?)[ \t]*(?:<[^<>\n]*>)?[ \t]*$",
                       re.I | re.M)


def has_header(text: str, *keys: str) -> bool:
    """Whether the notes hold a pasted email header line with one of `keys` ("from", "sent")."""
    return any(m["k"].casefold() in keys for m in HEADERS.finditer(text))
RULE = re.compile(r"^\s*(?:[-=_~—–*]{3,}|[-—–]{2,}\s*\S.*[-—–]{2,}\s*$)")  # "---", "-- x --"
_WORDLESS = re.compile(r"^[^\w]*$")


@cache
def greeting() -> re.Pattern[str]:
    return re.compile(r"^[\s>\"“'‘*_]*(?:" + alts("greetings") + r")[ \t]+(?P<n>" + WORD
                      + r"(?:[ \t]+" + WORD + r"){0,3}?)[ \t]*(?:[,!:;]|[ \t][-–—/][ \t]|$|"
                      r"(?P<soft>(?=[ \t]+(?-i:[a-z]))))", re.I)


def greet(line: str) -> re.Match[str] | None:
    """A greeting opening the line: "Hi Maeve,", "Dear Dr. Reyes", and a capitalised name
    followed by a lowercase word ("Hey Tavita its Gus"), never "hey there you"."""
    m = greeting().match(line)
    if m and m["soft"] is not None and not (m["n"][:1].isupper() and len(m["n"].split()) == 1):
        return None
    return m


@cache
def valediction() -> re.Pattern[str]:
    return re.compile(r"^[\s>\"“*_-]*(?:" + alts("valedictions") + r")[ \t]*(?:[,!.]?[ \t]*$|"
                      r",[ \t]*(?P<n>\S.*?)[ \t]*[\"”]?$)", re.I)


# a one-line email's sign-off at its end: "... any update? Kind regards, Mei Chua", "... - Ben"
@cache
def inline_signoff() -> re.Pattern[str]:
    return re.compile(r"[.!?)]\s+(?:(?:" + alts("valedictions") + r")[ \t]*,|[-–—~]+)[ \t]*"
                      r"(?P<n>" + WORD + r"(?:[ \t]+" + WORD + r"){0,3})[ \t]*[\"”]?[ \t]*$", re.I)


# a line that holds a name alone, closing an email with no valediction ("> Will Tremblay")
_BARE_NAME = re.compile(r"^[\s>\"“*_]*(?:[-–—~]+[ \t]*)?(?P<n>[A-Z][\w'’.-]*"
                        r"(?:[ \t]+[A-Z][\w'’.-]*){0,3})[ \t]*[\"”]?[ \t]*$")


@dataclass(frozen=True)
class Message:
    """An email or text pasted into the notes, by line index (0-based, inclusive)."""

    first: int
    last: int
    greeted: str | None  # the words after "Hi"/"Dear"
    greeting: int  # the line of the greeting (or of the first line after the headers)
    signed: str | None  # the words under (or after) the sign-off
    direction: Direction | None  # who wrote it: the candidate ("sent") or to them
    heads: tuple[tuple[str, str], ...] = ()  # its From:/To: lines' names, (key, name)
    personal: bool | None = None  # whether its From: address is at a personal mail domain
    # where the notes say when it was written: its Date:/Sent: line's value, or the line that
    # introduces it ("On Thu, 15 Jan 2026 at 17:20, Sunday Okoro wrote:", "Voicemail (received
    # Tue 12 Aug):"); its "today" and "by Friday" count from that day, not the notes'
    dated: str = ""

    def sender_names(self) -> list[str]:
        """Who its From: line names, then the name its signature opens with ("Amara Obi |
        Talent Partner" -> "Amara Obi"), in that order."""
        # "On behalf of: Adaeze Okonjo" under a mailbox's From: sent it for her
        names = [n for k, n in self.heads if k == "behalf"]
        names += [n for k, n in self.heads if k == "from"]
        signed = (self.signed or "").strip().lstrip("> \t")  # "> Sunday Okoro": quoted
        if signed and (name := re.split(r"\s*[|,–—(]|\s+-\s+", signed)[0]):
            names.append(name)
        return names


MAX_MESSAGES = 20  # notes paste an email or a few; past this many, the rest is not read


def messages(text: str) -> list[Message]:
    """The emails pasted into the notes: each opens with a greeting, or with From:/To: lines.
    Only the part the reader reads (its first lines keep their numbers)."""
    return list(_messages(bounded(text)))


@lru_cache(maxsize=4)  # each resolver step asks about the same notes
def _messages(text: str) -> tuple[Message, ...]:
    lines = text.splitlines()
    out: list[Message] = []
    i = 0
    while i < len(lines) and len(out) < MAX_MESSAGES:
        msg, i = _message(lines, i, out[-1].last if out else -1)
        if msg is not None:
            out.append(msg)
    return tuple(_replies(_exchange(out)))


def dated_lines(text: str, clock: Clock) -> dict[int, dt.date]:
    """The day each line of a pasted email that says when it came was written (line index ->
    day): there, "today" and "by Friday" count from that day, not from the notes'."""
    days: dict[int, dt.date] = {}
    for m in messages(text):
        found = [f for f in scan_dates(m.dated, clock, tense="past")
                 if f.kind == "absolute" and f.mention.value] if m.dated else []
        if found and (day := found[0].mention.value) is not None:
            days.update(dict.fromkeys(range(m.first, m.last + 1), day))
    return days


def _first_word(words: str | None) -> str:
    w = re.sub(r"^[\s>]+", "", words or "").split()
    return w[0].strip(".,;:").casefold() if w else ""


def _exchange(msgs: list[Message]) -> list[Message]:
    """A thread between two people with neither side marked: the one who signs a message and
    is greeted by another ("Hi Eamon, ... Priya" above "Hi Priya, ...") wrote the first to the
    second, so that message is the candidate's own and the other was sent to them."""
    signers = {_first_word(m.signed) for m in msgs if m.signed and m.greeted}
    greeted = {_first_word(m.greeted) for m in msgs if m.greeted}
    mine = {s for s in signers if s and s in greeted}
    if len(mine) == 2 and len(greeted) == 2:
        # both sign and greet each other ("Dear Seo-yeon, ... Anjali" and, quoted under it,
        # "Dear Anjali, ... Seo-yeon Park"): a message whose way is known settles the other
        known = {_first_word(m.greeted) if m.direction == "received" else _first_word(m.signed)
                 for m in msgs if m.direction and m.greeted and m.signed}
        mine &= known
    if len(mine) != 1 or len(greeted) != 2:
        return msgs
    me = mine.pop()
    out = []
    for m in msgs:
        if m.direction is None and m.signed and _first_word(m.signed) == me and \
                _first_word(m.greeted) != me:
            m = replace(m, direction="sent")
        elif m.direction is None and _first_word(m.greeted) == me:
            m = replace(m, direction="received")
        out.append(m)
    return out


def _replies(msgs: list[Message]) -> list[Message]:
    """Two emails of one thread with their header lines reversed ("From: Chase / To: Mateo" and
    "From: Mateo / To: Chase") went opposite ways. When both read as one way (neither says which
    by its words), the side writing from a personal address to a company's is the candidate;
    when nothing tells them apart, neither is read as either's."""
    def ends(m: Message) -> tuple[str, str] | None:
        got = dict(m.heads)
        if "from" in got and "to" in got and len(m.heads) == 2:
            return _first_word(got["from"]), _first_word(got["to"])
        return None

    out = list(msgs)
    for a, ma in enumerate(out):
        for b in range(a + 1, len(out)):
            mb, ea, eb = out[b], ends(ma), ends(out[b])
            if not ea or not eb or ea != eb[::-1] or ea[0] == ea[1]:
                continue
            if ma.direction is not None and mb.direction is not None \
                    and ma.direction != mb.direction:
                continue
            if ma.personal is not None and mb.personal is not None and ma.personal != mb.personal:
                out[a] = ma = replace(ma, direction="sent" if ma.personal else "received")
                out[b] = replace(mb, direction="sent" if mb.personal else "received")
            elif ma.direction == mb.direction:
                out[a] = ma = replace(ma, direction=None)
                out[b] = replace(mb, direction=None)
    return out


def _message(lines: list[str], first: int, floor: int) -> tuple[Message | None, int]:
    """The email that opens at line `first`, if one does, and the line to read on from."""
    n = len(lines)
    if not lines[first].strip():
        return None, first + 1
    heads: set[str] = set()
    named: list[tuple[str, str]] = []
    personal: bool | None = None
    dated = ""
    j = first
    while j < n and not greet(lines[j]) and (
            HEADER.match(lines[j]) or not lines[j].strip(" \t>")):  # ">" is a quoted blank
        if m := HEADER.match(lines[j]):
            heads.add(m["k"].casefold())
            if m["k"].casefold() in ("date", "sent") and not dated:
                dated = m["v"]
            who = _given_first(re.sub(r"<[^>]*>|\S+@\S+|\([^)]*\)", " ", m["v"]))
            key = "behalf" if m["k"].casefold().startswith("on") else m["k"].casefold()
            if key in ("from", "to", "behalf") and who.strip(" \"'"):
                named.append((key, " ".join(who.strip(" \"'").split())))
            if m["k"].casefold() == "from" and (at := re.search(r"@([\w-]+)\.", m["v"])):
                personal = at[1].casefold() in free_mail()
        j += 1
    g = greet(lines[j]) if j < n else None
    if g is None and not heads & {"from", "to"}:
        return None, max(j, first + 1)  # a "Subject:" or "Date:" key of the notes, no email
    if not heads and j != first:
        return None, first + 1
    quote = lines[first].lstrip()[:1]
    body: list[str] = []
    last, signed = max(first, j - 1), None
    for k in range(j, min(n, first + 60)):
        line = lines[k]
        head = HEADER.match(line)
        if k > j and (RULE.match(line) or greet(line) or (
                head and head["k"].casefold() in ("from", "to", "subject"))):
            break  # the next email, or a rule under this one
        if quote == ">" and line.strip() and not line.lstrip().startswith(">"):
            break
        if k > j and line.rstrip().endswith(":") and not lines[k - 1].strip():
            break  # "Their reply:" introduces the next one
        last = k
        if v := valediction().match(line):
            if v["n"]:
                signed = v["n"]
            else:
                after = next((x for x in range(k + 1, min(k + 3, n)) if lines[x].strip()), None)
                if after is not None and not RULE.match(lines[after]):
                    signed, last = lines[after], after
            break
        body.append(line)
        if (v := inline_signoff().search(line)) and (k > j or quote):
            signed = v["n"]
            break
        if quote and quote in "\"“" and line.rstrip().endswith(("\"", "”")) and (
                k > first or len(line.strip()) > 1):
            break  # the quote closes
    scanned = list(body)
    end = max((x for x in range(j, last + 1) if lines[x].strip(" \t>")), default=j)
    if signed is None and end > j and (bare := _BARE_NAME.match(lines[end])) and (
            quote == ">" or not lines[end - 1].strip() or HEADER.match(lines[first])):
        signed = bare["n"]  # "> Will Tremblay" closing a quoted email with no valediction
    if signed is None:
        # no sign-off: the email is its first paragraph (the notes go on after a blank line)
        gap = next((x for x in range(j + 1, last + 1) if not lines[x].strip()), None)
        if gap is not None and not (quote and quote in ">\"“"):
            last = gap - 1
            body = lines[j:gap]
    preamble = _preamble(lines, first, floor)
    if any(k == "from" and n.strip(" .").casefold() in ("me", "myself") for k, n in named):
        heads.discard("from")  # "From: Me": the candidate's own outbox, sent like a To: line
    if not dated and _DATED_PREAMBLE.search(preamble):
        dated = preamble
    return Message(first, last, g["n"] if g else None, j, signed, _direction(
        preamble, heads, "\n".join(scanned if {"from", "to"} <= heads else body), personal),
                   tuple(named), personal, dated), last + 1


def _given_first(value: str) -> str:
    """The first name on a From:/To: line, in given-name order: Outlook's "Okonkwo, Adaeze" is
    Adaeze Okonkwo (one word each side, not two first names as in "Priya, Tom")."""
    parts = [p.strip(" \"'") for p in value.split(",")]
    if len(parts) == 2 and all(len(p.split()) == 1 and p[:1].isupper() for p in parts) and not (
            is_first_name(parts[0]) and is_first_name(parts[1])) and not is_first_name(parts[0]):
        return f"{parts[1]} {parts[0]}"
    return parts[0]


def _preamble(lines: list[str], first: int, floor: int) -> str:
    """The line that introduces a pasted email ("My check-in (sent 10/27):", "Got this:")."""
    p = first - 1
    while p > floor and _WORDLESS.match(lines[p]):
        p -= 1
    return lines[p] if p > floor and first - p <= 3 else ""


# a line introducing an email that says when it came: "On Thu, 15 Jan 2026, X wrote:", "My
# check-in (sent 10/27):", "Voicemail (received Tue 12 Aug):"
_DATED_PREAMBLE = re.compile(r"\b(?:wrote|sent|received|voicemail|texted|messaged)\b", re.I)

_WE = re.compile(r"\b(?:we|we've|we’ve|we're|we’re|we'll|we’ll|our|us)\b", re.I)


def _direction(preamble: str, heads: set[str], body: str,
               personal: bool | None = None) -> Direction | None:
    """Who wrote a pasted email: the candidate ('sent') or someone to them ('received'), when
    everything that says so agrees; the email's own words alone never make it the candidate's."""
    votes: set[str] = set()
    said = False
    if cue("sent_before").search(preamble):
        votes.add("sent")
        said = True
    if any(not re.search(r"\bmy[ \t]+$", preamble[:m.start()], re.I)
           for m in cue("received_before").finditer(preamble)):
        votes.add("received")  # "email from Ana", never "My email from Wed 26/11"
        said = True
    if cue("either_before").search(preamble):
        said = True  # "Forwarded message": the candidate forwards their own emails too
    both = "from" in heads and "to" in heads  # both sides named: its own words say which way
    if both:
        said = True
    elif "from" in heads:
        votes.add("received")
        said = True
    elif "to" in heads:
        votes.add("sent")
        said = True
    if cue("sent_body").search(body):
        votes.add("sent")
    if cue("received_body").search(body):
        votes.add("received")
        said = said or bool(_WE.search(body))  # "we have decided", not "you went with"
    if both and not votes:
        # a From: line with nothing else to go by: sent to the candidate, unless it went from a
        # personal address to an organisation's ("bethan.lloyd87@gmail.com" to "...nhs.uk")
        votes.add("sent" if personal else "received")
    elif both and len(votes) == 2 and personal is not None:
        # its words point both ways ("Thank you for meeting with me and Clodagh ... we have
        # offered the position to a candidate"): the sender's address settles it
        votes = {"sent" if personal else "received"}
    if len(votes) != 1 or not said:
        return None
    return "sent" if "sent" in votes else "received"


