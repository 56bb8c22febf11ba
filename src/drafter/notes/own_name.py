"""Detector: the candidate's own name, the one the email is signed with.

Notes give it in a few ways, each read here, most explicit first:

- words that say so: "me: Kasia", "my name on emails: Ren Takahashi", "Name on CV: Chen Wei",
  "(sign as Sid)", "I'm Dev Patel btw", "My name's Marcus Reid", "(note to self: Bisi, don't
  ...)", "Leah Goldberg's interview (that's me)", "(Sofia Marchetti-Greene here, ...)", and a
  scheduling confirmation's "Invitee:" beside its "Host:";
- an email pasted in: the sign-off of one the candidate sent ("My check-in (sent 10/27): ...
  Thanks,\\nFelipe"), the greeting of one they received ("text from Brandi: 'hi ikenna, ...'");
- the notes' own closing line ("~ Oluwaseun (Seun) Bakare", "Sarah-Jane Whitfield, RDH" above
  a phone number).

Who wrote a pasted email is read from the line that introduces it, its header lines and its own
words; when they disagree or say nothing, neither its greeting nor its sign-off is used. The
greeting of an email the candidate sent and the sign-off of one they received name someone else,
never the candidate. When two ways name different people there is no answer: drafter asks.
A greeting that gives only a title and surname ("Dear Ms Haugen") completes a first name found
elsewhere ("(that's me — Abena)" -> Abena Osei-Mensah); with none, the letter's own form of
address is what the candidate signs with ("Ms Haugen"), when no one else in the notes has it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Literal

from drafter.context import PARTICLES
from drafter.notes.lexicon import plain
from drafter.notes.own_shapes import NAME, from_address, shaped, writer
from drafter.notes.own_transcript import CHAT, ME
from drafter.notes.own_words import Mode, _cap, _first_like, _name
from drafter.notes.pasted import (
    HEADER,
    RULE,
    Message,
    alts,
    cue,
    messages,
    valediction,
)
from drafter.notes.people import HONORIFICS, find_people, word_in
from drafter.notes.people_shape import strip_credentials

_NAME = NAME  # up to four words on one line, maybe a nickname ('Siddharth ("Sid") Menon')


@cache
def _said() -> list[tuple[re.Pattern[str], Mode, bool | Literal["received"]]]:
    """(pattern whose group n is the name, how sure its shape makes a name (see _name), whether
    it counts inside an email pasted from someone else; "received": only there or in their
    chat lines and quotes, never in what the candidate wrote)."""
    return [
        # "Hunter's full name for sig: Hunter Blackwood": whose key it is, when the name agrees
        (re.compile(r"(?:^|[(\[;]|[.!?,]\s|\s[-–—]\s)[ \t]*(?:[-*•>][ \t]*)?(?:(?P<own>(?-i:[A-Z])"
                    r"[\w-]*)['’]s[ \t]+)?(?:" + alts("keys")
                    + r")[ \t]*(?:[:=]|[-–—][ \t])[ \t]*"
                    # a sentence, not a name: "Me: Lumen is my backup"
                    r"(?!(?-i:[A-Z])[\w'’-]*(?:[ \t]+(?-i:[A-Z])[\w'’-]*){0,3}[ \t]+(?:is|was|are|"
                    r"were|has|had|will|would|can|could|should|might|does|did|seems)\b)"
                    r"(?P<n>" + _NAME + ")", re.I | re.M),
         "loose", False),
        (re.compile(r"(?<![\w'’])(?:" + alts("sign_as") + r")(?:[ \t]*:[ \t]*|[ \t]+)(?P<n>"
                    + _NAME + ")", re.I), "loose", False),
        (re.compile(r"(?:^[ \t]*(?:[-*•·][ \t]*)?|[.!?;(]\s*)(?:" + alts("sign_bare")
                    + r")[ \t]+(?P<n>" + _NAME + ")",
                    re.I | re.M), "plain", False),
        (re.compile(r"(?<![\w'’])(?:" + alts("intro") + r")[ \t]+(?P<n>" + _NAME + ")", re.I),
         "careful", False),
        (re.compile(r"(?<![\w'’])(?:" + alts("to_self") + r")[ \t]*[:,–—-]?[ \t]*"
                    r"(?P<n>(?-i:[A-Z])[\w'’-]*)[ \t]*,", re.I), "loose", True),
        (re.compile(r"(?:^|\()[ \t]*(?:[-*•][ \t]*)?(?P<n>" + _NAME
                    + r")[ \t]+here\b[ \t]*(?:[,)—–-]|$)", re.M), "careful", False),
        # "Her full name for the sign-off is Inês Carvalho Duarte": whose, the key, "is"
        (re.compile(r"(?:^|[(\[;]|[.!?,]\s|\s[-–—]\s)[ \t]*(?:(?:my|her|his|their)[ \t]+|"
                    r"(?P<own>(?-i:[A-Z])[\w-]*)['’]s[ \t]+)?(?:the[ \t]+)?(?:" + alts("name_is")
                    + r")[ \t]+(?:is|will[ \t]+be|should[ \t]+be)[ \t]+(?P<n>" + _NAME + ")",
                    re.I | re.M), "plain", False),
        # a message left for the candidate: "this message is for Aisha", "calling for Priya"
        (re.compile(r"(?<![\w'’])(?:" + alts("message_for") + r")[ \t]+(?P<n>(?=(?-i:[A-Z]))"
                    + _NAME + ")", re.I), "loose", "received"),
        # said to the candidate, their name closing it: "Thanks for coming through to the farm
        # today Sipho.", "Great speaking with you today, Ana."
        (re.compile(r"(?<![\w'’])(?:" + alts("said_to_you") + r")\b(?:[ \t]+(?:to|at)[ \t]+the"
                    r"[ \t]+[\w'’-]+)?(?:[ \t]+(?:today|yesterday|this[ \t]+(?:morning|afternoon|"
                    r"evening)|earlier))?[ \t]*,?[ \t]+(?P<n>(?-i:[A-Z])[\w'’-]*(?:[ \t]+"
                    r"(?-i:[A-Z])[\w'’-]*)?)[ \t]*(?:[.!,]|[-–—][ \t]|$)", re.I | re.M), "loose",
         "received"),
        # "— me, Kwabena": a dash, "me", then the name
        (re.compile(r"(?:^|\s)[-–—~]+[ \t]*me[ \t]*[,:][ \t]*(?P<n>" + _NAME + ")", re.I | re.M),
         "loose", False),
        # "Notes from Tobiah Rinaldi, ...", "interview notes by Sam Lee"
        (re.compile(r"(?:^|[.!?]\s)[ \t]*(?:my[ \t]+)?(?:interview[ \t]+)?notes[ \t]+(?:from|by)"
                    r"[ \t]+(?P<n>" + _NAME + ")", re.I | re.M), "plain", False),
        # "my notes (Lena Vogt): ...": the notes' writer in brackets after "my notes"
        (re.compile(r"(?:^|[.!?]\s)[ \t]*my[ \t]+(?:own[ \t]+)?(?:interview[ \t]+)?notes[ \t]*"
                    r"\([ \t]*(?P<n>" + _NAME + r")[ \t]*\)", re.I | re.M), "plain", False),
        # "I'm a 3L — Aoife Brennan.": a few words saying what they are, a dash, the name
        (re.compile(r"(?<![\w'’])(?:i'm|i’m|i am|im)[ \t]+(?:a|an|the)[ \t]+(?:(?!(?:of|at|with|"
                    r"for|from|in|to|on|by|and|or|fan|friend)\b)[\w'’-]+[ \t]+){0,2}?(?!(?:of|at|"
                    r"with|for|from|in|to|on|by|and|or|fan|friend)\b)[\w'’-]+[ \t]+[-–—]+[ \t]*"
                    r"(?P<n>(?-i:[A-Z])[\w'’-]+(?:[ \t]+(?-i:[A-Z])[\w'’-]+){0,3})[ \t]*"
                    r"(?:[.,;!)]|$)", re.I | re.M), "plain", False),
    ]


# ---- the name ----

_CONTACT = re.compile(r"^\W*(?:(?:tel|phone|mobile|cell|m|t|e|email)\s*[:.]?\s*)?(?:\+?[\d(]"
                      r"[\d\s().-]{6,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+|www\.\S+|"
                      r"linkedin\.com/\S+)\s*$", re.I)
_SIGNED = re.compile(r"\s*(?:[-~–—]+\s*)?(?:(?:regards|best|thanks|cheers|sincerely|warmly|"
                     r"best\s+wishes|kind\s+regards|many\s+thanks)\s*(?:,|[-~–—]+)\s*)?"
                     r"(?:(?:dr|mr|mrs|ms|mx|prof)\.?\s+)?(?P<n>" + _NAME + r")"
                     r"(?:\s*,\s*[A-Z][A-Za-z.()-]{1,14})*\s*$", re.I)
_CREDS = r"(?:\s*,\s*[A-Z][A-Za-z.()-]{1,14})*"  # ", PE", ", RN, BSN"
_TAIL = re.compile(r"[.!?]\s+(?:[-–—~]|(?:signed|sign|regards|best|thanks|cheers),)\s*(?P<n>"
                   + _NAME + r")" + _CREDS + r"\s*$", re.I)
# "... than text her again. Anil Chaudhary": a full name alone after the last sentence
_BARE_TAIL = re.compile(r"[.!?]\s+(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})" + _CREDS
                        + r"\s*$")


# a reply's quote of the email it answers: "> On Mon, 2 Nov 2026, Kenji Watanabe-Ruiz wrote:"
_WROTE = re.compile(r"^[ \t>]*on\b[^\n]{0,80}?,[ \t]*(?P<n>" + _NAME + r")[ \t]*(?:<[^<>\n]*>)?"
                    r"[ \t]+wrote[ \t]*:[ \t]*$", re.I)


def signature(text: str) -> str | None:
    """The candidate's name when the notes end with it ("- ben torres", "Kofi A.",
    "Tran Minh Duc, PharmD", "Regards, Olu Adebayo", "... Refs due Friday. - Amira",
    "~ Oluwaseun (Seun) Bakare", "Sarah-Jane Whitfield, RDH" above a phone number)."""
    lines = [x for x in text.splitlines() if x.strip()]
    contact = False
    while len(lines) > 1 and _CONTACT.match(lines[-1]):
        lines, contact = lines[:-1], True  # a phone number, an email address under the name
    if not lines:
        return None
    above = lines[-2].strip() if len(lines) > 1 else ""
    if above.endswith(":"):
        return None  # "Recruiter contact:\nCourtney Blake": a name under a heading
    if contact and above and not RULE.match(above) and not valediction().match(above):
        return None  # a contact card in the notes, not one closing them
    last, lettered = strip_credentials(lines[-1])
    if lettered and len(re.sub(r"^\s*[-*•·]\s*", "", last).split()) < 2:
        last, lettered = lines[-1], False  # "Portland, OR": a place and its state, no name
    bullet = re.compile(r"\s*[-*•·]\s")
    if bullet.match(lines[-1]) and bullet.match(above) and not lettered:
        # "- streaming\n- Kafka": the last item of a list, not a signature (one with letters
        # after the name, "- Kieran O'Dowd ACA", is)
        return None
    if m := re.fullmatch(r"\s*\(([^()\n]{3,40})\)\s*", last):
        last = m[1]  # "(Ines Carvalho)" closing the notes
    if "|" in last:
        last = last.split("|")[0]  # "Kaveh Jafari | Senior Estimator | 0412 555 019"
    last = re.sub(r"[ \t]*\([^()\n]{1,30}\)", "", last)  # "Oluwaseun (Seun) Bakare"
    m = _SIGNED.fullmatch(last)
    if m:
        # "- Rev (Revathi Subramanian), MLS(ASCP)": a full name in brackets is the name
        full = [n for p in re.findall(r"\(([^()\n]{3,40})\)", lines[-1])
                if len(p.split()) > 1 and all(_cap(w) for w in p.split())
                and (n := _name(p, "loose")) and len(n.split()) > 1]
        if full:
            return full[0]
        # a closing line that holds nothing but a name ("Kwesi", "Thanks — Imani") is one's
        # own, even where no list knows the name; a sentence never fully matches here
        written = m["n"].split()
        if not (_cap(written[0]) or _first_like(written[0].strip(".,"))):
            return None  # "asdf qwer": lowercase words no list knows are not a name
        if len(written) == 1 and not _first_like(written[0].strip(".,")) and "," in last:
            return None  # "Memphis, TN" closing a pasted signature: a place, not a name
        name = _name(m["n"], "loose")
        if name and len(name.split()) < len(written):
            return None
        return name
    m = _TAIL.search(last)
    if m is None and (bare := _BARE_TAIL.search(last)) and all(
            _first_like(w) or not word_in("common", w) for w in bare["n"].split()):
        m = bare  # "Anil Chaudhary", never "Northwind Traders"
    name = _name(m["n"]) if m else None
    if m and name and len(name.split()) < len(m["n"].split()):
        return None  # "Theo asked about SQL.": a sentence that opens with a name
    return name


def _words_of(name: str) -> set[str]:
    return {plain(w.strip(".,()")) for w in name.split()
            if len(w.strip(".,()")) > 1 and w.casefold() not in PARTICLES
            and w.rstrip(".").casefold() not in HONORIFICS}


def not_own(text: str) -> list[str]:
    """Names in the notes' pasted emails that are someone else's: the greeting of an email the
    candidate sent, the sign-off of one sent to them, the sender on a From: line."""
    out = []
    for m in messages(text):
        if m.direction == "sent" and m.greeted:
            out.append(m.greeted)
        if m.direction == "received" and m.signed:
            out.append(m.signed)
    mine = {i for m in messages(text) if m.direction == "sent" for i in range(m.first, m.last + 1)}
    out += [h.split(":", 1)[1].split("<")[0] for i, h in enumerate(text.splitlines())
            if (hm := HEADER.match(h)) and hm["k"].casefold() == "from" and i not in mine]
    return [" ".join(x.split()) for x in out if x.strip()]


def own_name(text: str, known: list[str]) -> str | None:
    """The candidate's own name from anywhere the notes give it (see the module's docstring),
    or None. Never a name that shares a word with one in `known` (the people the notes met) or
    with someone else's in a pasted email."""
    lines = text.splitlines()
    msgs = messages(text)
    # the reader may take the sign-off of the candidate's own pasted email for a person met
    mine = [_words_of(m.signed) for m in msgs if m.direction == "sent" and m.signed]
    taken = {w for k in [*known, *not_own(text)] if not any(_words_of(k) <= s for s in mine)
             for w in _words_of(k)}
    inside = {i: m for m in msgs for i in range(m.first, m.last + 1)}
    found: list[tuple[str, set[str]]] = []  # (name, its words and the aliases written with it)

    def add(name: str | None, raw: str = "") -> None:
        if name and not _words_of(name) & taken:
            found.append((name, _words_of(name) | _words_of(" ".join(
                re.findall(r"\(([^()]{1,30})\)", raw)))))

    for name, raw in _told(lines, inside):
        add(name, raw)
    for words, mode, aliases in shaped(lines, msgs, set(inside)):
        add(_name(words, mode), f"{words} {aliases}")
    for m in msgs:
        if m.direction == "sent" and m.signed:
            add(_name(m.signed.lstrip("> \t"), "loose"), m.signed)
    surnames: list[str] = []
    titled: list[str] = []  # "Ms Haugen" as a letter to the candidate greets them
    wrote = {no: m["n"] for no, x in enumerate(lines) if (m := _WROTE.match(x))}
    met = {w for k in known for w in _words_of(k)}
    for m in msgs:
        # "> On Thu, ... Geneviève Tremblay-Roy <...> wrote:" above it, she being someone the
        # notes met or talk of outside the email ("Interviewed May 21 with Geneviève"): an
        # email to the candidate, though its own words do not say which way (the candidate's
        # own quoted email is the other way round: its greeted one is named elsewhere)
        by = writer(lines[m.first - 1]) if m.first > 0 else None
        to_me = m.direction is None and by is not None and bool(m.greeted) and (
            bool(_words_of(by) & met) or _elsewhere(by, lines, replace(
                m, first=m.first - 1, greeting=m.last), set())) and not (
            _words_of(by) & _words_of(m.greeted or ""))
        if (m.direction != "received" and not to_me) or not m.greeted:
            continue
        if m.greeted.split()[0].rstrip(".").casefold() in HONORIFICS:
            surnames.append(m.greeted.split()[-1].rstrip(".,"))
            if len(m.greeted.split()) == 2 and not _elsewhere(surnames[-1], lines, m, set()):
                titled.append(" ".join(m.greeted.split()).rstrip(".,"))
        elif name := _name(m.greeted, "loose"):
            # the candidate's own earlier email quoted under the reply ("> On Mon, 2 Nov,
            # Kenji Watanabe-Ruiz wrote:"): the greeted one's full name
            quoted = {no: w for no, w in wrote.items()
                      if plain(w.split()[0]) == plain(name.split()[0])}
            if not _elsewhere(name, lines, m, set(quoted)):
                add(name)
                for w in quoted.values():
                    add(_name(w, "loose"))
    last = max((i for i, x in enumerate(lines) if x.strip()), default=-1)
    if last >= 0 and last not in inside:
        add(signature(text), lines[last])
    if not found:
        # only a title and surname ("Dear Ms Haugen," on the letter they got): sign as greeted,
        # when every such greeting names one person and no one else has that name
        forms = {plain(t.split()[-1]) for t in titled}
        if len(forms) == 1 and len(titled) == len(surnames) and not forms & taken:
            # the given name from their own address ("To: <clara.whitford@...>") when it is
            # there; else sign as greeted
            return from_address(text, titled[0].split()[-1]) or titled[0]
        return None
    # every way must agree: two names with no word in common are two people, one of them wrong
    if any(not _agree(a[1], b[1]) for a in found for b in found):
        return None
    name = max((f[0] for f in found if _words_of(found[0][0]) <= _words_of(f[0])),
               key=lambda x: len(x.split()))
    words = _words_of(name)
    if any(plain(s) not in words for s in surnames) and len(words) > 1:
        return None  # "Dear Mr Kowalski" above notes signed "Tom Baker"
    if len(name.split()) == 1 and len({plain(s) for s in surnames}) == 1:
        name = f"{name} {surnames[0]}"  # "(that's me — Abena)" under "Dear Dr. Osei-Mensah,"
    return _in_full(text, name)


def _in_full(text: str, name: str) -> str:
    """A short name given with the full one beside it ("my name is dani btw, Daniela Ruiz"):
    the full name, which the email is signed with."""
    if len(name.split()) != 1 or len(name) < 3:
        return name
    m = re.search(rf"(?<![\w'’]){re.escape(name)}(?![\w'’])[^\n.!?]{{0,12}}?[,:–—-][ \t]*"
                  rf"(?P<n>(?-i:[A-Z])[\w'’-]+[ \t]+(?-i:[A-Z])[\w'’-]+)", text, re.I)
    if m and plain(m["n"].split()[0]).startswith(plain(name)):
        return m["n"]
    return name


def _agree(a: set[str], b: set[str]) -> bool:
    """Two readings share a word, or one's word is a short form of the other's ("Aleks" of
    "Aleksander", four letters at least)."""
    return bool(a & b) or any(len(x) >= 4 and len(y) >= 4 and (x.startswith(y) or y.startswith(x))
                              for x in a for y in b)


def _in_quotes(line: str, at: int) -> bool:
    return len(re.findall(r"[\"“”]", line[:at])) % 2 == 1


def _told(lines: list[str], inside: dict[int, Message]) -> list[tuple[str, str]]:
    """(name, the words it was read from) wherever the notes say whose name it is."""
    out: list[tuple[str, str]] = []
    for no, line in enumerate(lines):
        msg = inside.get(no)
        theirs = (msg is not None and msg.direction != "sent") or (
            msg is None and line.lstrip()[:1] in ">\"“")
        mine = (msg is not None and msg.direction == "sent") or bool(
            (chat := CHAT.match(line)) and ME.fullmatch(chat["who"].strip()))
        for pattern, mode, anywhere in _said():
            if (theirs and not anywhere) or (anywhere == "received" and mine):
                continue
            for m in pattern.finditer(line):
                if _in_quotes(line, m.start()) and not anywhere:
                    continue
                own = m.groupdict().get("own")
                if (name := _name(m["n"], mode)) and (not own or own in name.split()):
                    out.append((name, line[m.start("n"):]))
        for m in cue("is_me").finditer(line):
            if _in_quotes(line, m.start()):
                continue  # "The panel, that's me, Dennis and ...": a quoted writer's own "me"
            # "(that's me — Abena)", else the name right before: "Leah Goldberg (that's me)"
            after = re.match(r"[ \t]*[-–—:,]?[ \t]*(?P<n>" + _NAME + ")", line[m.end():])
            if name := (after and _name(after["n"], "loose")) or _named_before(
                    line[max(0, m.start() - 80):m.start()]):
                out.append((name, name))
    booked = re.compile(r"^[ \t>]*(?:" + alts("booked") + r")[ \t]*:[ \t]*(?P<n>" + _NAME + ")",
                        re.I)
    host = re.compile(r"^[ \t>]*(?:" + alts("booked_by") + r")[ \t]*:", re.I)
    if any(host.match(x) for x in lines):
        for line in lines:
            if (m := booked.match(line)) and (name := _name(m["n"], "loose")):
                out.append((name, line))
    return out


def _named_before(prefix: str) -> str | None:
    """The person named right before "(that's me)": "Leah Goldberg (that's me)", "Notes for
    Leah Goldberg's postdoc interview — (that's me, ...)"."""
    people = find_people(re.sub(r"(?<=\w)['’]s\b", "  ", prefix))  # offsets kept
    if not people:
        return None
    p = people[-1]
    if p.honorific and len(p.name.split()) == 1:
        return None  # "Dear Dr. Osei-Mensah, (that's me)": a surname, no name to sign with
    between = prefix[p.end:]
    own = r"['’]s(?:[ \t]+[\w-]+){0,3}" if re.match(r"['’]s\b", between) else ""
    if re.fullmatch(own + r"[ \t]*[-–—,(\[=]*[ \t]*\(?[ \t]*", between):
        return p.name
    return None


def _elsewhere(name: str, lines: list[str], msg: Message, skip: set[int]) -> bool:
    """Whether a greeted name occurs in the notes anywhere but its greeting, the email's header
    lines and the lines in `skip` (then it is likely one of the people the notes are about,
    greeted in an email forwarded to the candidate)."""
    first = re.compile(rf"(?<!\w){re.escape(name.split()[0])}(?!\w)", re.I)
    return any(first.search(x) for i, x in enumerate(lines)
               if not msg.first <= i <= msg.greeting and i not in skip
               and not cue("is_me").search(x))
