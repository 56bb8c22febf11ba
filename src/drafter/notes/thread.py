"""Resolver step: who owns the thread a follow-up continues, from what the notes say.

In order of strength, the first that names exactly one known person wins:

1. a line recording a message already sent, with its recipient ("Check-in #1: 22 Sept → Fr.
   Okafor", "nudge 2 -> Faith", "emailed Priya on the 3rd");
2. the To: line of an email the candidate pasted from their own outbox (its From: is not
   someone else), or whom that email greets (notes/own_name.py reads who wrote it);
3. the notes calling someone their contact ("björn's the one who's been emailing me", "my
   contact is Dana");
4. the person who stated the timeline ("Mrs. Pritchard said they'd let candidates know by
   Friday 16 October"; "She said ..." right after naming her).
"""

from __future__ import annotations

import re

from drafter.context import InterviewContext, Interviewer
from drafter.notes.own_name import messages
from drafter.notes.pasted import has_header
from drafter.notes.people import HONORIFICS
from drafter.notes.segment import bounded, sentence_bounds

# any form of address the detector knows ("Ir. Ahmad", "Herr Becker"), longest first
_TITLES = "|".join(sorted(HONORIFICS, key=len, reverse=True))
_NAME = (rf"(?P<who>(?:(?:{_TITLES})\.?[ \t]+)?[^\W\d_][\w'’-]*"
         r"(?:[ \t]+[A-Z][\w'’-]*)?)")  # on one line
_TITLE = re.compile(rf"^(?:{_TITLES})\.?[ \t]+(?=\S)", re.I)
_SENT_LINE = re.compile(
    r"\b(?:check-?\s?in|nudge|follow[- ]?up|chaser|reminder|emailed|messaged|sent|wrote)\b"
    rf"[^\n]{{0,60}}?(?:→|->|=>|\bto\b)\s*{_NAME}"
    # ... and in notes kept in French: "relance 1 : 2 sept (à Lucie)"
    + r"|\brelance\b[^\n]{0,60}?(?<!\w)à\s+" + _NAME.replace("who", "w6")
    + r"|\b(?:emailed|mailed|messaged|rang|called|phoned|pinged|texted|chased)\s+"
    + _NAME.replace("who", "w2")
    # "emailed the vacancy holder (Mr. Okafor)": the name in brackets after the role
    + r"|\b(?:emailed|mailed|messaged|wrote\s+to)\s+(?:the|their|my)\s+[\w -]{1,30}?\(\s*"
    + _NAME.replace("who", "w5") + r"\s*\)"
    + r"|(?:^|[-–—:]\s)to\s+" + _NAME.replace("who", "w3") + r"\s*[:\-–—]"
    # "Sent Guðrún a polite check-in Mon 3 Nov", "dropped Tom a quick note"
    + r"|\b(?:sent|forwarded|dropped|shot|fired\s+off)\s+" + _NAME.replace("who", "w4")
    + r"\s+(?:a|an|my)\s+(?:[\w-]+\s+){0,2}?(?:check-?\s?in|note|e-?mail|message|follow[- ]?up|"
    r"nudge|chaser|reminder|line)\b", re.I | re.M)
_TO_HEADER = re.compile(rf"^[ \t]*(?:>[ \t]*)?to[ \t]*:[ \t]*{_NAME}", re.I | re.M)
_CONTACT = re.compile(
    rf"{_NAME}(?:['’]s|\s+is)\s+(?:the\s+one\s+(?:who['’]?s\s+been|who\s+has\s+been)\s+"
    r"(?:emailing|in\s+touch\s+with|writing\s+to)\s+me|my\s+(?:main\s+)?(?:contact|point\s+of"
    r"\s+contact))|(?:my\s+(?:main\s+)?contact|point\s+of\s+contact)\s*(?:is|:|-|=)\s*"
    r"(?P<who2>(?:(?:dr|mr|mrs|ms)\.?[ \t]+)?[^\W\d_][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)", re.I)
# "say", "tell me": as notes in a second language put it ("Mr. Chen say they decide on 5/2")
_STATED = re.compile(r"\b(?:said|says|say|told\s+(?:me|us)|tell\s+(?:me|us)|mentioned|"
                     r"promised|expects?|hoped)\b", re.I)
_PRONOUN = re.compile(r"^\W*(?:she|he)\s+(?:said|says|say|told|tell|mentioned|promised)\b",
                      re.I)


def _one(ctx: InterviewContext, candidates: list[str]) -> str | None:
    from drafter.recipient import find

    found = set()
    for words in filter(None, candidates):
        # the whole run, its title aside ("Ir. Ahmad" is Ahmad bin Rahman, not someone called
        # "Ir"), else its first word as written ("Ms." there finds no one, as it should)
        for form in (_TITLE.sub("", words), words.split()[0]):
            person = find(ctx, form)
            if person is not None:
                found.add(person.name)
                break
    return found.pop() if len(found) == 1 else None


_TITLED_SUBJECT = re.compile(r"\W*((?:dr|mr|mrs|ms|miss|prof|fr|capt(?:ain)?)\.?\s+[\w'’-]+)",
                             re.I)


def _timeline_owner(ctx: InterviewContext, lines: list[str]) -> str | None:
    # whoever stated the timeline the email goes by ("Kimura-san's last email said 'we will
    # contact you by 5 December'" after "Tanaka-san said end of November"), else any wording
    chosen = [m.text for m in ctx.dates if m.role == "decision" and ctx.decision_date
              and m.value == ctx.decision_date]
    return (_timeline_stated(ctx, lines, chosen) if chosen else None) or _timeline_stated(
        ctx, lines, [m.text for m in ctx.dates if m.role == "decision"])


def _timeline_stated(ctx: InterviewContext, lines: list[str], wordings: list[str]) -> str | None:
    from drafter.recipient import find, people

    # every wording of their timeline: "late June" on one line, "two weeks-ish" on another
    if not wordings:
        return None
    everyone = [*people(ctx), *ctx.others]
    received = [m for m in messages("\n".join(lines)) if m.direction != "sent"]
    for no, line in enumerate(lines):
        at = min((k for t in wordings if (k := line.casefold().find(t.casefold())) >= 0),
                 default=-1)
        if at < 0 or not _STATED.search(line[:at]):
            continue
        before = line[:at]
        # a line of an email pasted in ("We expect to make a decision by Friday, May 9"): its
        # sender stated it
        inside = next((m for m in received if m.first <= no <= m.last), None)
        if inside is not None and (sender := _one(ctx, inside.sender_names())):
            return sender
        # the speaker is the sentence's subject: "Mrs. Pritchard said ...", not someone named
        # in passing ("... to meet Captain Nilsen and me. We expect ...")
        sentence = before[sentence_bounds(line, at)[0]:]  # "Mr." ends no sentence
        named = [p.name for p in everyone if any(
            re.match(rf"\W*(?:(?:dr|mr|mrs|ms|prof|fr|capt(?:ain)?)\.?\s+)?{re.escape(form)}"
                     r"(?!\w)", sentence, re.I)
            for form in {p.name, p.name.split()[0], p.name.split()[-1]} if len(form) > 2)]
        if len(set(named)) == 1:
            return named[0]
        if len(set(named)) > 1 and (titled := _TITLED_SUBJECT.match(sentence)) and (
                who := find(ctx, titled[1])) is not None:
            return who.name  # "Mr. Chen said ..." of Chen Wei-Ming and Jenny Chen: him
        if not named and _PRONOUN.search(sentence):
            # "she" points back to someone named before it, never to a name after it ("she
            # said hiring mgr (Paul Greaves) would review and she'd come back to me by ...")
            earlier = "\n".join([*lines[max(0, no - 2):no], before[:len(before) - len(sentence)]])
            # by full name or surname: "Mrs. D'Souza discussed ... She told me ..."
            spots = [(m.start(), p.name) for p in everyone
                     for form in {p.name, p.name.split()[-1]} if len(form) > 2
                     for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", earlier, re.I)]
            # and to someone on the hiring side when the notes named one before: not to a
            # referee the candidate named to them ("told him Prof. Tanabe would be my
            # reference. he said: decision by Friday")
            hiring = [(m.start(), p.name) for p in people(ctx)
                      for m in re.finditer(re.escape(p.name), "\n".join(lines[:no]) + before,
                                           re.I)]
            if hiring and {n for _, n in spots} - {n for _, n in hiring}:
                spots = [s for s in spots if s[1] in {n for _, n in hiring}] or hiring
            said = _PRONOUN.search(sentence)
            spots = _agreeing(everyone, spots, said.group() if said else "")
            last = max(spots)[1] if spots else ""
            at = min((k for k, n in spots if n == last), default=0)
            if any(n != last and _JOINED.fullmatch(earlier[k:at]) and not _placeless(ctx, n)
                   for k, n in spots if k < at):
                return None  # "w/ Beatriz + Sam Whitlock / she said": either, so no one
            if spots:
                return find(ctx, max(spots)[1]).name if find(ctx, max(spots)[1]) else None
    return None


# a name, maybe its title in brackets, then "+", "&", "and" or "," before the next name
_JOINED = re.compile(r"[^\n,;.+&]{2,60}?(?:\s*\([^()\n]{0,40}\))?\s*(?:\+|&|,|\band\b)\s*"
                     r"(?:(?:dr|mr|mrs|ms|prof)\.?\s+)?", re.I)


def _placeless(ctx: InterviewContext, name: str) -> bool:
    """A "person" no one could be ("Ty Hafan", the company the line names)."""
    from drafter.notes.plausible import implausible
    from drafter.recipient import find

    person = find(ctx, name)
    return person is None or implausible(person, ctx) is not None or (
        (ctx.company or "").casefold() == name.casefold())


def _agreeing(everyone: list[Interviewer], spots: list[tuple[int, str]],
              pronoun: str) -> list[tuple[int, str]]:
    """The mentions a "she"/"he"/"her"/"him" may point back to: not someone whose first name or
    title says the other gender ("María José ... + Tyrone Banks ... she said": not Tyrone)."""
    from drafter.notes.mentions import _gender, pronoun_gender

    word = re.search(r"\b(she|he|her|him)\b", pronoun, re.I)
    want = pronoun_gender(word[1]) if word else None
    genders = {p.name: _gender(p) for p in everyone}
    return [s for s in spots if want is None or genders.get(s[1]) in (None, want)]


# the person who asked to be written to directly: "she told me ... to write to her directly",
# "Frank said to call or email him directly"
_DIRECTLY = re.compile(r"\b(?:write|email|e-mail|contact|call|ring|message|reach\s+out)"
                       r"(?:\s+(?:or|and)\s+\w+)?\s+(?:to\s+)?(?:her|him)\s+directly\b", re.I)


def _asked_directly(ctx: InterviewContext, lines: list[str]) -> str | None:
    """Who "her"/"him" in "write to her directly" is: the person named last before it, on its
    line or the two above; no one when none is named there."""
    from drafter.recipient import people

    everyone = people(ctx)
    for no, line in enumerate(lines):
        if not (m := _DIRECTLY.search(line)):
            continue
        earlier = " ".join([*lines[max(0, no - 2):no], line[:m.start()]])
        # by any name the notes call them ("... but Anand said to contact him directly")
        spots = [(k.start(), p.name) for p in everyone
                 for form in {p.name, p.name.split()[0], p.name.split()[-1]} if len(form) > 2
                 for k in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", earlier, re.I)]
        spots = _agreeing(everyone, spots, m.group())
        if spots:
            return max(spots)[1]
    return None


# "Still nothing from Rev. Canon Matthew Oyelowo", "no reply from Ines", "haven't heard back
# from Dr Okafor": the one the candidate is waiting on holds the thread
_AWAITED = re.compile(r"\b(?:nothing|no\s+(?:reply|response|answer|word|news|update)|"
                      r"(?:not|haven['’]?t|have\s+not|hasn['’]?t|still\s+not)\s+heard(?:\s+back)?|"
                      r"silence|radio\s+silence)\s+(?:yet\s+|back\s+)?from\s+", re.I)


def _awaited(ctx: InterviewContext, lines: list[str]) -> str | None:
    """Whom the notes say they are waiting on, when that is one person the notes name."""
    from drafter.recipient import find

    found = set()
    for line in lines:
        for m in _AWAITED.finditer(line):
            # the name right after "from", up to where its clause goes on
            after = re.sub(rf"^(?:(?:{_TITLES})\.?\s+)+", "", line[m.end():m.end() + 80],
                           flags=re.I)  # "Rev. Canon Matthew Oyelowo"
            rest = re.split(r"[.,;:!?(]|\s(?:at|about|since|re|regarding|on|for|yet|in)\s",
                            after)[0]
            words = re.findall(r"[A-Z][\w'’-]+", rest)
            # the name after any titles ("Rev. Canon Matthew Oyelowo"): its last two words
            for form in (" ".join(words[-2:]), words[-1] if words else ""):
                if form and (person := find(ctx, form)) is not None:
                    found.add(person.name)
                    break
    return found.pop() if len(found) == 1 else None


def _named_in_notes(text: str, words: list[str]) -> str | None:
    """A recipient the notes name only in passing ("sent check-in email to Folasade"): the
    longest capitalised run that starts with that name, when the notes name it twice or more."""
    firsts = {w.split()[0].strip(".,") for w in words if w[:1].isupper()}
    if len(firsts) != 1:
        return None
    first = firsts.pop()
    runs = re.findall(rf"(?<![\w]){re.escape(first)}(?:\s+[A-Z][\w'’-]+)*", text)
    return max(runs, key=len) if len(runs) >= 2 else None


def _to_header(ctx: InterviewContext, text: str) -> tuple[str | None, InterviewContext]:
    """The To: line of the candidate's own pasted email, naming someone the reader placed
    nowhere ("My sent email ... To: Oluwaseun Adebayo-Price"): a full name on a header is
    evidence enough of a person, and the one the thread is with. A title the email greets
    them with comes along ("Hi Mr. Adebayo-Price")."""
    sent = [m for m in messages(text) if m.direction == "sent"]
    to = {n for m in sent for k, n in m.heads if k == "to" and len(n.split()) > 1}
    if len(to) != 1:
        return None, ctx
    name = to.pop()
    title = next((t[1] for m in sent if m.greeted and (t := re.match(
        rf"({_TITLES})\.?\s+{re.escape(name.split()[-1])}\b", m.greeted, re.I))), None)
    card = _unplaced(ctx, Interviewer(
        name=name, honorific=HONORIFICS.get(title.casefold()) if title else None))
    if card is None:
        return None, ctx
    return name, ctx.model_copy(update={"others": [*ctx.others, card]})


def _unplaced(ctx: InterviewContext, card: Interviewer) -> Interviewer | None:
    """A person a pasted email's header names, when the reader has no one by that name and
    nothing says it is no one to greet (a firm, a mailbox, the candidate)."""
    from drafter.notes.plausible import implausible
    from drafter.recipient import find

    if implausible(card, ctx) is not None or find(ctx, card.name) is not None or (
            card.name == ctx.candidate):
        return None
    return card


def _senders(ctx: InterviewContext, text: str) -> InterviewContext:
    """The From: line of an email pasted in, naming someone the reader placed nowhere ("From:
    Oluwaseun Bankole <o.bankole@...>"): a full name with an address is a person, kept with the
    others, so that whoever their email says stated the timeline can be found."""
    names = dict.fromkeys(n for m in messages(text) if m.direction != "sent"
                          for k, n in m.heads if k == "from" and len(n.split()) > 1)
    added = [c for n in names if (c := _unplaced(ctx, Interviewer(name=n))) is not None]
    return ctx.model_copy(update={"others": [*ctx.others, *added]}) if added else ctx


def thread_owner(ctx: InterviewContext) -> InterviewContext:
    from drafter.context import Interviewer

    text = bounded(ctx.source)
    lines = text.splitlines()
    sent_to = [m["who"] or m["w2"] or m["w3"] or m["w4"] or m["w5"] or m["w6"]
               for m in _SENT_LINE.finditer(text)]
    owner = _one(ctx, sent_to)
    if owner is None and (passing := _named_in_notes(text, sent_to)):
        ctx = ctx.model_copy(update={"others": [*ctx.others, Interviewer(name=passing)]})
        owner = passing
    if owner is None and not has_header(text, "from"):
        owner = _one(ctx, [m["who"] for m in _TO_HEADER.finditer(text)])
    if owner is None:
        # whom the candidate's own pasted email greets ("my check-in (sent 10/27): Hi Hana,")
        greeted = [m.greeted for m in messages(text) if m.direction == "sent" and m.greeted]
        owner = _one(ctx, greeted)
        if owner is None and (passing := _named_in_notes(text, greeted)):
            ctx = ctx.model_copy(update={"others": [*ctx.others, Interviewer(name=passing)]})
            owner = passing
    if owner is None:
        owner, ctx = _to_header(ctx, text)
    if owner is None:
        owner = _one(ctx, [m["who"] or m["who2"] for m in _CONTACT.finditer(text)])
    if owner is None:
        ctx = _senders(ctx, text)
        owner = _timeline_owner(ctx, lines)
    if owner is None:
        owner = _asked_directly(ctx, lines)
    if owner is None:
        owner = _awaited(ctx, lines)
    if owner is not None and ctx.candidate and owner == ctx.candidate:
        owner = None
    return ctx.model_copy(update={"thread_owner": owner})
