"""Where notes put the candidate's own name by their layout rather than by a phrase: the header
lines of a pasted email (the sender of one the candidate sent, whom one they received went to),
a chat transcript with both sides ("[10:05] Me: ..." beside "Sunniva: Hi Ezinne, ..."), a form
of keys ("NAME: Ayodele "Ayo" Bankole" above "APPLIED FOR: ..."), a calendar invite's one guest
besides its organizer, and "full name X but I go by Y" (two names of one person).

Each gives words for own_name.py to read as a name (own_words._name, with how sure the shape is)
and the aliases written with them. None of them is read where it is someone else's: a key under
a heading about another person, a line the candidate wrote greeting someone, a guest list with
more than one other person in it.
"""

from __future__ import annotations

import re

from drafter.notes.lexicon import free_mail
from drafter.notes.own_transcript import CHAT as _CHAT
from drafter.notes.own_transcript import ME as _ME
from drafter.notes.own_transcript import MINE as _MINE
from drafter.notes.own_transcript import TOLD as _ABOUT
from drafter.notes.own_transcript import transcript
from drafter.notes.pasted import WORD, Message, greet
from drafter.notes.people import is_first_name

Found = tuple[str, str, str]  # (words, own_words.Mode, aliases written with them)

# up to four words on one line, maybe a nickname among them ('Siddharth ("Sid") Menon')
NAME = WORD + r"(?:[ \t]+(?:[\"“(]{1,2}[^\"”()\n]{1,20}[\"”)]{1,2}[ \t]+)?" + WORD + r"){0,3}"
_NAME = NAME

# a form of keys: the candidate's own name opens it, before any key about someone else
_FORM_KEY = re.compile(r"^[ \t]*(?:[-*•][ \t]*)?(?:your[ \t]+name|full[ \t]+name|candidate(?:[ \t]+"
                       r"name)?|applicant(?:[ \t]+name)?|name)[ \t]*[:=][ \t]*(?P<n>" + _NAME + ")",
                       re.I)
_OTHER = re.compile(r"\b(?:interview(?:er|ers|ed)?|panel|recruiter|contact|manager|hr|met|with|"
                    r"reference|referee|boss|supervisor|lead|host|organi[sz]er)\b", re.I)

_GUESTS = re.compile(r"^[ \t>]*(?:guests|attendees|participants|invitees)[ \t]*:[ \t]*(?P<v>.+)$",
                     re.I)
_HOST = re.compile(r"[(\[-–—,][ \t]*(?:organi[sz]er|host)\b[)\]]?", re.I)

_GO_BY = re.compile(r"(?:full|real|legal)[ \t]+name(?:[ \t]+is|[ \t]*[:=])?[ \t]+(?P<n>" + _NAME
                    + r")[ \t]*[,;(—–-]?[ \t]*(?:but|and|though)?[ \t]*(?:i[ \t]+|everyone[ \t]+)?"
                    r"(?:go|goes|going|am[ \t]+called|call[ \t]+me)[ \t]+by[ \t]+(?P<a>" + WORD
                    + ")", re.I)


def shaped(lines: list[str], msgs: list[Message], inside: set[int]) -> list[Found]:
    """Names the layout of the notes gives as the candidate's (see the module's docstring)."""
    return [*_headers(msgs), *_form(lines, inside), *_chat(lines),
            *transcript(lines), *_guests(lines),
            *_go_by(lines), *_attendees(lines)]


def _headers(msgs: list[Message]) -> list[Found]:
    """The sender named on the From: line of an email the candidate sent; whom an email sent to
    them went to, on its To: line. A line naming no one ("To: careers@...") gives nothing."""
    out: list[Found] = []
    for m in msgs:
        side = {"sent": "from", "received": "to"}.get(m.direction or "")
        names = [n for k, n in m.heads if k == side]
        if len(names) == 1 and len([k for k, _ in m.heads if k == side]) == 1:
            out.append((names[0], "loose", ""))
    return out


def _form(lines: list[str], inside: set[int]) -> list[Found]:
    """ "Name: X" as a key of the notes themselves: not inside a pasted email, not under a
    heading about someone else ("Interviewer:\\nName: X"), not on a line about them."""
    out: list[Found] = []
    for no, line in enumerate(lines):
        if no in inside or not (m := _FORM_KEY.match(line)):
            continue
        above = next((x for x in reversed(lines[:no]) if x.strip()), "")
        if above.rstrip().endswith(":") or _OTHER.search(line[: m.start("n")]):
            continue
        if any(_OTHER.search(x.split(":")[0]) for x in lines[max(0, no - 1):no] if ":" in x):
            continue  # "Interviewer: Ana / Name: Ana Ruiz": a card about that person
        out.append((m["n"], "loose", ""))
    return out


def _chat(lines: list[str]) -> list[Found]:
    """A transcript with both sides ("Me: ..." lines among others'): whom another speaker
    greets is the candidate. Without a "Me:" line it may be anyone's conversation."""
    said = [(no, m["who"].strip(), m["said"]) for no, x in enumerate(lines)
            if (m := _CHAT.match(x))]
    if not any(_ME.fullmatch(w) for _, w, _ in said):
        return _teller(said)
    greeted = {no: g for no, who, words in said if not _ME.fullmatch(who)
               and len(who.split()) <= 6 and (g := greet(words))
               and g["n"].split()[0].casefold() not in who.casefold()}
    out: list[Found] = []
    for g in greeted.values():
        first = re.compile(rf"(?<!\w){re.escape(g['n'].split()[0])}(?!\w)", re.I)
        if not any(first.search(x) for no, x in enumerate(lines) if no not in greeted):
            out.append((g["n"], "loose", ""))  # "Sam is my coworker": someone else's chat
    return out


# the other side of such a chat: advice to the teller ("what did u say", "say you're free")
_YOU = re.compile(r"\b(?:you|u|ur|your|you'?re|you'?ve|you’re|you’ve)\b", re.I)


def _teller(said: list[tuple[int, str, str]]) -> list[Found]:
    """A chat between two people with no "Me:" side (a friend helping with the email): the
    speaker who tells of their own interview ("asked lots about calving, so i'd come in") is
    the candidate, when the other never does and neither greets the other by name (a recruiter
    writing to the candidate does). Once is enough when the other speaker talks to them about
    it ("what did u say"), twice otherwise."""
    speakers = {who for _, who, _ in said if len(who.split()) <= 3}
    if len(speakers) != 2 or len(said) < 4 or any(greet(words) for _, _, words in said):
        return []
    told = {w: sum(1 for _, who, x in said if who == w and _MINE.search(x) and _ABOUT.search(x))
            for w in speakers}
    tellers = [w for w, n in told.items() if n]
    if len(tellers) != 1:
        return []
    (other,) = speakers - {tellers[0]}
    if told[tellers[0]] < 2 and not any(who == other and _YOU.search(x) for _, who, x in said):
        return []
    return [(tellers[0], "loose", "")]


def _guests(lines: list[str]) -> list[Found]:
    """A calendar invite's guest list with its organizer marked and one other guest only,
    who is named nowhere else in the notes."""
    out: list[Found] = []
    for no, line in enumerate(lines):
        if not (m := _GUESTS.match(line)):
            continue
        guests = [g.strip() for g in re.split(r"[,;]|\band\b", m["v"]) if g.strip()]
        out += _own_address(guests, "\n".join(lines))
        others = [g for g in guests if not _HOST.search(g)]
        if len(guests) < 2 or len(others) != 1 or len(guests) - len(others) != 1:
            continue
        name = re.sub(r"<[^>]*>|\S+@\S+|\([^)]*\)", " ", others[0]).strip()
        first = name.split()[0] if name.split() else ""
        if first and not any(re.search(rf"(?<!\w){re.escape(first)}(?!\w)", x)
                             for i, x in enumerate(lines) if i != no):
            out.append((name, "plain", ""))
    return out


_BARE = re.compile(r"<?(?P<local>[\w.+-]+)@(?P<host>[\w-]+)\.[\w.-]+>?")


def _address_words(local: str) -> list[str]:
    """The words a mail address's local part spells: "rosa.delgado.cpa" -> rosa, delgado, cpa."""
    return [p for p in re.split(r"[._+-]", local) if p.isalpha()]


def _own_address(guests: list[str], text: str) -> list[Found]:
    """The one guest written only as a personal mail address ("rosa.delgado.cpa@gmail.com")
    beside named guests is the candidate's own invite copy, when the notes write the name its
    address spells ("Interview - Rosa Delgado / Senior Accountant")."""
    bare = [m for g in guests if (m := _BARE.fullmatch(g))]
    if len(bare) != 1 or len(guests) < 2 or bare[0]["host"].casefold() not in free_mail():
        return []
    pieces = _address_words(bare[0]["local"])[:2]
    if len(pieces) < 2:
        return []
    said = re.search(rf"(?<!\w){pieces[0]}[ \t]+{pieces[1]}(?!\w)", text, re.I)
    return [(said[0], "plain", "")] if said and said[0].istitle() else []


# a calendar file's guest: "ATTENDEE;CN=Arjun Menon;ROLE=...:mailto:arjun.menon.sg@gmail.com"
_ATTENDEE = re.compile(r"^[ \t>]*ATTENDEE\b[^\n]*?;CN=\"?(?P<n>[^\";:\n]+)\"?[^\n]*?:mailto:"
                       r"(?P<local>[\w.+-]+)@(?P<host>[\w-]+)\.", re.I)


def _attendees(lines: list[str]) -> list[Found]:
    """The one guest of a calendar invite at a personal mail address, beside guests at a
    company's, is the candidate, when the address spells the name ("Arjun Menon" as
    arjun.menon.sg@gmail.com): the invite was sent to their own mailbox."""
    guests = [m for x in lines if (m := _ATTENDEE.match(x))]
    own = [m for m in guests if m["host"].casefold() in free_mail()]
    if len(own) != 1 or len(guests) - len(own) < 1:
        return []
    words = {w.casefold() for w in re.split(r"[\s-]+", own[0]["n"]) if w}
    pieces = [p.casefold() for p in _address_words(own[0]["local"])]
    if len(words) < 2 or not set(pieces[:2]) <= words or len(pieces) < 2:
        return []
    return [(own[0]["n"].strip(), "plain", "")]


def _go_by(lines: list[str]) -> list[Found]:
    """ "full name Eduardo Ramírez Castaño but I go by Eddie": one person, two names."""
    return [(m["n"], "plain", f"({m['a']})") for x in lines for m in _GO_BY.finditer(x)]


# Gmail's form too: "On Thu, Jun 4, 2026 at 10:31 AM Geneviève Tremblay-Roy <g@x.ca> wrote:"
_WRITER = re.compile(r"(?P<n>(?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’.-]*)[ \t]*(?:<[^<>\n]*>)?"
                     r"[ \t]+wrote[ \t]*:[ \t]*$")


def writer(line: str) -> str | None:
    """Who a reply's quote line says wrote the email under it, its times ("AM") cut."""
    if not re.match(r"[ \t>]*on\b", line, re.I) or not (m := _WRITER.search(line)):
        return None
    words = [w for w in m["n"].split() if not (w.isupper() and len(w) <= 3)]
    return " ".join(words) or None


_ADDR = re.compile(r"(?<![\w.+-])([A-Za-z][\w.+-]*)@[\w-]+(?:\.[\w-]+)+")


def from_address(text: str, surname: str) -> str | None:
    """"Clara Whitford" from an address such as clara.whitford@..., given the surname: the
    address's other part must be a known first name, and only one such address may say so."""
    names = set()
    for m in _ADDR.finditer(text):
        parts = _address_words(m.group(1))
        low = [p.casefold() for p in parts]
        if surname.casefold() in low and len(parts) == 2:
            first = parts[1 - low.index(surname.casefold())]
            if is_first_name(first.capitalize()):
                names.add(f"{first.capitalize()} {surname}")
    return names.pop() if len(names) == 1 else None
