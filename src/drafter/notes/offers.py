"""Resolver step: a competing offer the reader missed, read only from what the notes say.

An offer is read from a line that says one was made to the candidate ("we are delighted to offer
you the position", "got offered the warehouse lead job", "OFFER IN HAND: ..."), never from hope
("waiting on an offer"). Its answer date is the first date after an answer cue ("let us know your
decision by", "remains open until", "need to tell them by") on that line or the next three, read
from the day the notes were written. Its company is the capitalised name the line gives ("offer
letter from Genvance Diagnostics", "Kingsmead Academy rang ... and offered me"), when it gives
one and it is not the company the candidate prefers; otherwise the email says "another company".
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from drafter.context import CompetingOffer, InterviewContext, Interviewer
from drafter.dates import Clock, day_first
from drafter.notes.company_checks import company_doubt, spelled_out
from drafter.notes.company_name import take_company
from drafter.notes.lexicon import company_case, cue_pattern, plain
from drafter.notes.offer_dates import _answer_by, _answer_in, _either_way, _only_soon
from drafter.notes.pasted import FROM_NAME, HEADER
from drafter.notes.people import find_people, is_first_name, opens_with_greeting, word_in
from drafter.notes.segment import _without_instructions, bounded
from drafter.notes.vocab import organisation_word, vocab
from drafter.notes.when import written_day

_FROM = re.compile(r"\b(?:offer(?:\s+letter|\s+in\s+hand)?|deal\s+memo|contract)\s+(?:from|at)\s+"
                   r"(?P<c>[^\W\d_][^\n,;:()]{1,60})|"
                   r"(?P<b>[^\W\d_][^\n,;:()]{1,60}?)\s+(?:offer\b|rang\b|called\b|phoned\b)|"
                   r"\boffer\s+in\s+hand\s*[:\-–—]\s*(?P<h>[^\W\d_][^\n,;:()]{1,60})|"
                   # the caller's employer: "it's Beatriz from Lumen Health calling ..."
                   r"\bfrom\s+(?P<f>[A-Z][^\n,;:()]{1,60}?)\s+(?:calling|ringing|here)\b|"
                   # a pasted offer's own words: "On behalf of Lumigen Therapeutics we're ..."
                   r"\bon\s+behalf\s+of\s+(?P<o>(?-i:[A-Z])[\w&'’.-]*(?:\s+(?-i:[A-Z&])[\w&'’.-]*)"
                   r"{0,4})|"
                   # who it came through: "text from SkyPorter recruiter: ..."
                   r"\bfrom\s+(?:the\s+)?(?P<r>(?-i:[A-Z])[\w&'’.-]*(?:\s+(?-i:[A-Z&])[\w&'’.-]*)"
                   r"{0,3})\s+(?:recruiter|recruitment|hr|talent|hiring)\b", re.I)
# "offered me the X role at Y", "delighted to offer you the X role at Y": read apart, as the
# run before "offer" above may take the same words first
_OFFERED_AT = re.compile(r"\b(?:position\s+of|offered|offer\s+you)\b[^.\n]{1,60}?\s+at\s+"
                         r"(?P<p>[A-Z][^\n,;:().]{1,60})", re.I)


# "Saint Jude Valley Medical Center offered me": the whole subject must be the name, and
# not a person's ("Priya offered me" is the recruiter)
@cache
def _subject() -> re.Pattern[str]:
    # no dash inside the subject: "Sat 30 May – Dunmore & Pike sent the written offer"
    # a day before it is no part of it: "Yesterday Udaan Skills Foundation gave me an offer"
    return re.compile(r"(?:(?i:\b(?:yesterday|today|tonight|this\s+(?:morning|afternoon|evening)|"
                      r"last\s+night),?\s+)|^|[:\-–—]\s*|\b(?:and|but|so|then|also)\s+)"
                      r"(?P<s>[A-Z][^\n,;:()–—]{1,60}?)"
                      # "Nordhavn Tankers just made me an offer"
                      # ... "Skylark Regional have offered me" (a firm as a plural)
                      r"(?:\s+(?i:just|also|finally|officially|actually|now|then|have|has|had))*"
                      r"\s+(?i:"
                      + cue_pattern("offer_after_company").pattern + ")")
# after the line's start, a "2/7:" or "wed 22/1 -" stamp, or a sentence's end
_LOW_SUBJECT = re.compile(r"(?:^|[:\-–—]\s+|[.!?]\s+)\s*(?:(?i:but|and|so|then|also|update)\W+)?"
                          r"(?P<s>[a-z][a-z'’&-]*(?:\s+[a-z][a-z'’&-]*){0,3}?)\s+"
                          r"(?:(?:have|has|had|just)\s+)*"
                          r"(?:offered\s+me|made\s+(?:me\s+)?an\s+offer|offer\s*:)")
_EMAIL = re.compile(r"[\w.+-]+@(?P<d>[\w-]+(?:\.[\w-]+)+)")
# a capitalised run, as a company's name is written ("Lakeview Children's", "Bluefin Maritime")
_CAPS = re.compile(r"[A-Z][\w'’&-]*(?:\s+(?:&|of|the|and|[A-Z][\w'’&-]*))*")


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", plain(text).replace("'s", "s"))


def _registered(domain: str) -> list[str]:
    """A mail domain's own labels, without its suffix: "brackenridge-eco.co.uk" gives
    ["brackenridge-eco"], "mail.acme.com" gives ["mail", "acme"]."""
    labels = domain.casefold().split(".")
    cut = 2 if len(labels) > 2 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 1
    return labels[:-cut]


_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "ltd", "plc", "nhs",
                           "govt", "or", "ne", "go"})


def _domain_company(lines: list[str], i: int) -> str | None:
    """The company of a pasted offer email, where the sender's address and a name written near
    the offer agree ("dharper@lakeviewchildrens.org" and "Lakeview Children's"): the address
    alone is no name, and a capitalised line alone could be anyone's."""
    start = next((k for k in range(max(0, i - 12), i) if HEADER.match(lines[k])), i)
    rows = lines[start:i + 5]
    free = cue_pattern("free_mail")
    stems = {_squash("".join(_registered(m["d"])))
             for x in rows for m in _EMAIL.finditer(x)
             if not free.fullmatch(_registered(m["d"])[-1])}
    best: str | None = None
    for x in rows:
        for m in _CAPS.finditer(_EMAIL.sub(" ", x)):
            name = m.group(0).strip()
            key = _squash(name)
            if len(key) < 4 or not any(key == st or (key.startswith(st) and len(st) >= 6)
                                       or _spelled(st, name) for st in stems):
                continue
            if best is None or len(name) > len(best):
                best = name
    return best


def _spelled(stem: str, name: str) -> bool:
    """Whether a mail domain spells a name by its words, each whole or by its initial, in
    order: "eastleigh-chs" and "Eastleigh Community Health Services NHS Trust", "ouh" and
    "Oxford University Hospitals". Three letters at least, from two words or more."""
    words = [_squash(w) for w in name.split() if _squash(w)]

    def match(at: int, k: int, used: int) -> bool:
        if at == len(stem):
            return used >= 2
        if k == len(words):
            return False
        w = words[k]
        return (stem.startswith(w, at) and match(at + len(w), k + 1, used + 1)) or (
            stem[at] == w[0] and match(at + 1, k + 1, used + 1))

    return len(stem) >= 3 and match(0, 0, 0)


# a mailbox's words after an organisation's name: "Northlight Interactive People Team"
_TEAM_TAIL = re.compile(r"\s+(?:people|talent|recruiting|recruitment|hiring|hr|careers|jobs|"
                        r"human\s+resources)(?:\s+(?:team|department|dept|office))?\s*$|"
                        r"\s+(?:team|careers|jobs|hr)\s*$", re.I)


def _team_sender(lines: list[str], i: int) -> str | None:
    """The organisation of a pasted offer's From: line when a team sent it and no address is
    there to agree with it ("From: Northlight Interactive People Team")."""
    start = next((k for k in range(max(0, i - 12), i) if HEADER.match(lines[k])), i)
    for x in lines[start:i + 1]:
        m = FROM_NAME.match(x)
        if m is None or "@" in x or not _TEAM_TAIL.search(m["n"].strip()):
            continue
        name = _TEAM_TAIL.sub("", m["n"].strip())
        if name and take_company(name) == name and not is_first_name(name.split()[0]):
            return name
    return None


def _low_company(words: list[str]) -> bool:
    """Whether a lowercase subject of "offered me" names a company: it ends in a company's word
    ("tessier construction", "pemberton rhodes llp"), or it is a name no word list knows
    ("glenrowan vines"), not a person ("priya"), a pronoun or a plain phrase ("my old boss")."""
    if word_in("company_words", words[-1]):
        return True
    return not is_first_name(words[0]) and not word_in("common", words[0]) and not any(
        word_in("not_names", w) for w in words)


def _company(line: str, lines: list[str], preferred: str | None) -> str | None:
    bare = re.sub(r"\s*\([^()]*\)", "", line)  # "X (where I trained) offered me"
    # the subject is the run after the last sentence break or dash before the cue ("Hmm. bad
    # timing - Loch Varra Marine just made me an offer")
    runs = [re.split(r"[.!?]\s+|\s[-–—]\s", m["s"].strip())[-1].strip()
            for m in _subject().finditer(bare)]
    subjects = [s for s in runs if s and take_company(s) == s and (
        not is_first_name(s.split()[0]) or _the_offer(s, lines))]
    # notes written all in lower case: "tessier construction offered me", when the line opens
    # with it and it ends in a company's word ("construction", "labs")
    for low in _LOW_SUBJECT.finditer(bare):
        if _low_company(low["s"].split()):
            subjects.append(company_case(low["s"]))
    # a company that is the subject of "made me an offer" is stronger evidence than a run
    # before the word "offer" ("Hmm. problem — Nordhavn Tankers just made me an offer")
    for m in [*subjects, *_FROM.finditer(line), *_OFFERED_AT.finditer(line)]:
        groups = {} if isinstance(m, str) else m.groupdict()
        raw = m if isinstance(m, str) else next(
            g for g in (groups.get(k) for k in ("c", "h", "f", "o", "r", "p", "b")) if g)
        name = take_company(raw.strip(" '\"-–—"))
        if not name or company_doubt(name, lines) is not None or opens_with_greeting(name):
            continue  # "Hi Noa — we're delighted to offer you ...": a greeting, no company
        if groups.get("b") and re.search(r"(?:rang|called|phoned)$", m.group(0), re.I) and (
                is_first_name(name.split()[0])) and not organisation_word(name.split()[-1]) \
                and not _the_offer(name, lines):
            continue  # "Priya rang with an offer": the recruiter, not the company
        if preferred and (name.casefold() in preferred.casefold()
                          or preferred.casefold() in name.casefold()):
            continue
        return name
    return None


def _the_offer(name: str, lines: list[str]) -> bool:
    """Whether the notes write "the <name> offer": a firm's, whatever its first word looks like
    ("the Fenwick Doyle offer"); no one writes a person's that way."""
    said = re.compile(r"\bthe\s+" + r"\s+".join(map(re.escape, name.split())) + r"\s+offer\b")
    return any(said.search(x) for x in lines)


_OTHER = re.compile(r"\b(?:another|other|competing|second|different|separate)\b", re.I)
_PREFERRED = re.compile(
    r"(?:\bpreferred|\bprefer|first\s+choice|(?:really|actually)\s+want|\bi\s+want|"
    r"(?:really\s+|still\s+)?hoping\s+for|"
    r"rather\s+(?:have|join|be\s+at|go\s+(?:to|with))|dream\s+(?:job|company)|"
    # not across a sentence's end: "X is my first choice. Tell Chiamaka" prefers X
    r"the\s+one\s+i\s+(?:actually\s+|really\s+)?want)\b(?![ \t]*[.!?])"
    # never into brackets: "Ridgeway is the one i want (Project Estimator, ...)" is the job
    r"(?:(?![(\[])[\W_]){0,6}"
    r"(?:is\s+|the\s+one\s+at\s+|"
    r"(?:the\s+)?[\w\s]{0,30}?\b(?:role|job|position)\s+at\s+)?(?P<c>[A-Z][^\n,;:().—–]{1,60})",
    re.I)


def _offer_heading(line: str) -> bool:
    """A line that is only an offer key ("OTHER OFFER:", "Competing offer:")."""
    m = re.fullmatch(r"\s*[#*_]*\s*([^:]{2,30}?)\s*[*_]*:\s*", line)
    return bool(m) and vocab().keys.get(m.group(1).casefold()) == "offer"


# a line that turns from the offer to the employer the candidate prefers
_TURNS = re.compile(r"[\s>*-]*(?:but|however|meanwhile|still|though)\b", re.I)


def offer_window(lines: list[str]) -> set[int]:
    """Line indices that belong to the offer: each line saying one was made, the pasted email
    header just above it, and the lines after it up to a blank line (at most 4)."""
    made = cue_pattern("offer_made")
    out: set[int] = set()
    for i, line in enumerate(lines):
        if _offer_heading(line):
            # "OTHER OFFER:" heads the offer's own block, up to a blank line
            end = next((k for k in range(i + 1, len(lines)) if not lines[k].strip()), len(lines))
            out.update(range(i, end))
            continue
        if not made.search(line):
            continue
        start = i
        # up to the pasted email's headers, across its greeting ("Hi Zainab,")
        header = next((k for k in range(i - 1, max(-1, i - 7), -1) if HEADER.match(lines[k])),
                      None)
        if header is not None:
            while header > 0 and HEADER.match(lines[header - 1]):
                header -= 1
            start = header
        end = i
        while end + 1 < len(lines) and end - i < 3 and lines[end + 1].strip() and not (
                re.fullmatch(r"\s*[-–—_=*~]{3,}\s*", lines[end + 1])) and not (
                _TURNS.match(lines[end + 1])):
            end += 1  # a "---" closes a pasted email; "But Aldgate is where I want to be" turns
            # to the employer the candidate prefers
        out.update(range(start, end + 1))
    return out


# "2026-09-07  Ferrand Capital offer - Director, Credit Risk": a company's offer, headed
_NAMED = re.compile(r"(?<![\w&])(?P<c>[A-Z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*){0,4})"
                    r"\s+offer\s*[-–—:(]")


def _named_offer(line: str, ours: str | None) -> re.Match[str] | None:
    """A capitalised company's "offer -" on a line, when it is not the company interviewing."""
    for m in _NAMED.finditer(line):
        name = take_company(m["c"])
        if name and name == m["c"] and not (ours and (
                name.casefold() in ours.casefold() or ours.casefold() in name.casefold())):
            return m
    # in lower case, only as a heading the line opens with: "- goldcoast capital offer: ..."
    low = _LOW_NAMED.match(line)
    if low and _low_company(low["c"].split()) and not (
            ours and _squash(low["c"]) == _squash(ours)):
        return low
    return None


_LOW_NAMED = re.compile(r"\s*(?:[-*•]\s*)?(?P<c>[a-z][a-z'’&-]*(?:\s+[a-z][a-z'’&-]*){0,3}?)"
                        r"\s+offer\s*[-–—:(]")


def find_offer(ctx: InterviewContext, today: dt.date) -> CompetingOffer | None:
    """A competing offer with its answer date, from the notes' own words; None if none."""
    text = bounded(ctx.source)
    # "tell them Google made me an offer" asks drafter to say so: it declares no offer
    lines = [_without_instructions(x) for x in text.splitlines()]
    made = cue_pattern("offer_made")
    day = written_day(ctx, today)
    liked = preferred(lines)
    clock = Clock(today=today, anchor=day, written=day, nearest_now=True,
                  day_first=day_first(text, today))
    asks = cue_pattern("asks_drafter")
    for i, line in enumerate(lines):
        m = made.search(line) or _named_offer(line, ctx.company) or _subject().search(line)
        if not m or asks.search(line[:m.start()]):
            continue  # "mention that Google made me an offer": asked of drafter, not declared
        window = lines[i:i + 4]
        due = _answer_by(window, clock) or _answer_in(window, line, clock)
        if due is not None and _either_way(due[1], text, day):
            soon = _only_soon(due[1], day)
            if soon is None:
                continue  # "by 12/11": 12 November or 11 December, and nothing says which
            due = soon, due[1]
        if due is None:
            continue
        company = _company(line, lines, liked) or next(
            (c for x in window[1:] if made.search(x) and (c := _company(x, lines, None))), None)
        if company is None and (mailed := _domain_company(lines, i) or _team_sender(
                lines, i)) and not (liked and _squash(mailed) == _squash(liked)):
            company = mailed
        if company is None and not _OTHER.search(line):
            continue  # "Got an offer, need to answer by Dec 1": maybe theirs, not a rival's
        return CompetingOffer(company=company, answer_by=due[0], answer_by_text=due[1])
    return None


# the company first, the preference after it: "Kettle is first choice by a mile", "KT is the
# one I want", "But Aldgate Robotics is where I actually want to be"
_PREFERRED_FIRST = re.compile(
    r"(?:^|[.!?:\-–—]\s+|\b(?:but|so|and)\s+)(?P<c>[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,4})"
    r"\s+is\s+(?:still\s+|definitely\s+|clearly\s+)?(?:my\s+|the\s+)?"
    r"(?:first\s+choice|top\s+choice|number\s+one|the\s+one\s+i\s+(?:really\s+)?want"
    r"|where\s+i\s+(?:actually\s+|really\s+|truly\s+)?want\s+to\s+(?:be|work|go))\b")


def preferred(lines: list[str]) -> str | None:
    """The company the notes say the candidate prefers ("Preferred: Okonjo & Whitlock")."""
    for line in lines:
        if (m := _PREFERRED.search(line)) and (name := take_company(m["c"])) and not (
                re.search(r"['’]s$", name)):  # "the one I want — Catriona's team": hers
            return name
    for line in lines:
        if (m := _PREFERRED_FIRST.search(line)) and (name := take_company(m["c"])) == m["c"]:
            return name
    return None


def _in(lines: list[str], rows: set[int], value: str | None) -> bool:
    """Whether `value` is first written on one of `rows` (the offer's lines)."""
    if not value:
        return False
    want = value.casefold()
    first = next((i for i, x in enumerate(lines) if want in x.casefold()), None)
    return first is not None and first in rows


def _rival_facts(ctx: InterviewContext) -> InterviewContext:
    """Facts the reader took from the offer's own lines belong to the rival employer: the
    company and role of a pasted offer email, the HR person who signed it."""
    lines = bounded(ctx.source).splitlines()
    rows = offer_window(lines)
    offer = ctx.competing_offer
    update: dict[str, object] = {}
    doubts = list(ctx.doubts)
    rival = offer.company if offer else None
    if ctx.company and (_in(lines, rows, ctx.company) or (
            rival and ctx.company.casefold() == rival.casefold())):
        doubts.append(f"company: '{ctx.company}' is read from the offer's lines")
        update["company"] = None
    if ctx.role and _in(lines, rows, ctx.role):
        doubts.append(f"role: '{ctx.role}' is read from the offer's lines")
        update["role"] = None
    if "company" in update or not ctx.company:
        want = spelled_out(preferred(lines), lines)
        if want and not (rival and want.casefold() == rival.casefold()):
            update["company"] = want
    senders = [m["n"].strip() for k in sorted(rows) if (m := FROM_NAME.match(lines[k]))]
    # the person who signed a quoted offer ("> — Jolene Pruitt, HR Manager") is the rival's
    short = {k for k in rows if len(lines[k]) < 80}  # a sign-off line is short
    only = "\n".join(x if k in short else "" for k, x in enumerate(lines))  # numbers kept
    signers = [p.name for p in (find_people(only) if short else []) if p.line - 1 in rows
               and _in(lines, rows, p.name)
               and not lines[p.line - 1][:p.start].strip(" \t>-–—*")]  # a sign-off line
    rivals = [*senders, *(p.name for p in ctx.interviewers if _in(lines, rows, p.name)),
              *(n for n in signers if n not in senders)]
    if ctx.recruiter and _in(lines, rows, ctx.recruiter):
        rivals.append(ctx.recruiter)
    if rivals:
        update["rivals"] = rivals
    theirs = [p for p in ctx.interviewers if _in(lines, rows, p.name)]
    if theirs:
        update["interviewers"] = [p for p in ctx.interviewers if p not in theirs]
        update["others"] = [*ctx.others, *theirs]
    if ctx.recruiter and _in(lines, rows, ctx.recruiter):
        update["recruiter"] = None
        update["others"] = [*update.get("others", ctx.others),  # type: ignore[list-item]
                            Interviewer(name=ctx.recruiter, title="recruiter (the other offer)")]
    if not update:
        return ctx
    return ctx.model_copy(update={**update, "doubts": doubts})


_BY = re.compile(r"\s*(?:by|before|until|till|no\s+later\s+than)\b", re.I)


def settle_offer(ctx: InterviewContext, today: dt.date) -> InterviewContext:
    """The reader's offer, completed (or found) by the detector when it lacks a date or has
    only a bare day from a line about the offer ("COMPETING OFFER - need to email them
    today"): the detector's date is one said to answer by."""
    offer = ctx.competing_offer
    stated = offer is not None and _BY.match(offer.answer_by_text or "")
    found = None if stated else find_offer(ctx, today)
    if found is not None and offer is not None and offer.answer_by is not None and not _BY.match(
            found.answer_by_text or ""):
        found = None
    if found is not None:
        lines = bounded(ctx.source).splitlines()
        if offer is not None and offer.company and company_doubt(offer.company, lines) is None \
                and not is_first_name(offer.company.split()[0]):
            # not "Written", nor the person it came from ("offer from Brent Hollis")
            found = found.model_copy(update={"company": offer.company})
        dates = [d.model_copy(update={"role": "other"}) if d.role == "offer-deadline" else d
                 for d in ctx.dates]
        dates = [d.model_copy(update={"role": "offer-deadline"})
                 if d.value == found.answer_by and d.text in (found.answer_by_text or "") else d
                 for d in dates]
        ctx = ctx.model_copy(update={"competing_offer": found, "dates": dates})
    return _rival_facts(ctx) if ctx.competing_offer is not None else ctx
