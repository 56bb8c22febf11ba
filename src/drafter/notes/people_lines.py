"""People on a line: lists ("A (T), B - T and C"), one person with title and address, and the
cues that introduce people in prose ("met with", "Sam Ortiz (VP Eng):", "the hiring manager,
Tom Becker").
"""

from __future__ import annotations

import re

from drafter.context import TITLES, Interviewer
from drafter.notes.names import _clean_title, _first_name, _title_after, _title_like, name_at
from drafter.notes.people import is_first_name, is_title_word
from drafter.notes.people_words import credential
from drafter.notes.vocab import vocab

_I = re.IGNORECASE

_INTRO = re.compile(
    r"(?:\b(?:talked|talking|spoke|speaking|met|meeting|chatted|chat|interviewed|interviewing|"
    r"interview|call|lunch|coffee|session|1:1|one-on-one|paired|pairing|sat\s+down|panel|"
    r"conversation|screen|round|loop|zoom|meet|teams|webex|hangout|facetime|video)\s+"
    r"(?:with|w/)\s+|\b(?:talked|talking|spoke|speaking|chatted)\s+to\s+|\binterviewed\s+by\s+|"
    r"^(?:with|w/)\s+|\b(?:also\s+)?met\s+(?=(?-i:[A-Z]))"
    # a short label, then whom: "Case 1 w/ Partner Victoria Ashby: ..."
    r"|^(?:[A-Za-z]+\s+){1,2}\d{0,2}\s*(?:with|w/)\s+(?=(?-i:[A-Z])))", _I)
_WITH = re.compile(r"\b(?:with|w/)\s+", _I)
_HEADER_PREFIX = re.compile(r"(?:(?:then|and|also|next|after\s+that)\s+)?(?:with|w/)\s+"
                            r"|(?:and\s+)?then\s+(?=(?-i:[A-Z]))", _I)
_SPEECH = re.compile(
    r"[ \t]+(?:asked|said|says|mentioned|talked|explained|described|walked|wants|wanted|told|"
    r"showed|spent|focused|dug|grilled|led|ran|gave|shared|pitched|presented|covered|"
    r"discussed|went)\b", _I)
_PRONOUN = re.compile(r"(?:she|he|they|her|his|their|them)\b", _I)
_LIST_SEP = re.compile(r"\s*(?:;|,|&|\+|\band(?:\s+then)?\b|\bthen\b|\s/\s)\s*", _I)


def _pieces(text: str) -> list[tuple[int, str]]:
    """(offset, piece) split at ; , & 'and' outside parentheses."""
    depth = [0] * (len(text) + 1)
    for i, ch in enumerate(text):
        depth[i + 1] = depth[i] + (ch in "([<") - (ch in ")]>")
    out: list[tuple[int, str]] = []
    start = 0
    for m in _LIST_SEP.finditer(text):
        if depth[m.start()] > 0 or m.end() == m.start():
            continue
        out.append((start, text[start:m.start()]))
        start = m.end()
    out.append((start, text[start:]))
    return [(off, p) for off, p in out if p.strip()]


_TITLE_FIRST = re.compile(r"(?:(?:the|our|their|my)\s+)?(?P<t>(?:[A-Za-z][\w-]*\s+){1,3}?)"
                          r"(?=[^\W\d_])")
# letters after a name before the title: "Greg Whitfield, P.Eng., Senior Project Manager",
# "Joaquín Barrios Ortega, CPA (organizer)"; people_words.credential says which are letters
_CRED_AFTER = re.compile(r"\s*,\s*(?P<c>[A-Za-z][A-Za-z.]{0,9}[A-Za-z])\.?"
                         r"(?=\s*(?:,|$|\((?:organi[sz]er|host|optional|required|attendee)\)))")


def _person_piece(piece: str) -> tuple[Interviewer, str] | None:
    """'Marcus Bell (Design Director)', 'Sam Ortiz - VP Eng', 'recruiter Jamie Fox' -> the
    person and the text that follows them."""
    stripped = piece.lstrip()
    lead_title = None
    got = name_at(stripped)
    if not got and (lead := _TITLE_FIRST.match(stripped)):
        # "recruiter Jamie Fox", "Associate Partner Rohan Kapoor": title words, then the name
        at = lead.start("t")
        words = re.findall(r"\S+\s+", stripped[at:])
        for k in (3, 2, 1):
            head = "".join(words[:k])
            titles = _title_words(head.split())
            if len(words) >= k and titles and (found := name_at(stripped[at + len(head):])):
                lead_title, stripped, got = head.strip(), stripped[at + len(head):], found
                break
    if not got:
        return None
    name, end = got
    while (cred := _CRED_AFTER.match(stripped, end)) and credential(cred["c"]) and not (
            is_title_word(cred["c"])):  # "Grace Mwangi-Holt, CEO": her job, not her letters
        end = cred.end()
    title, email, rest = _title_after(stripped[end:], name)
    return Interviewer(name=name, title=title or lead_title, email=email), rest


def _title_words(words: list[str]) -> bool:
    """Whether words are a title that may stand before a name: title words throughout
    ("Associate Partner"), or capitalised words before a title's head ("Artistic Director",
    "Production Manager"), none of them a first name."""
    known = vocab().title_words
    if not words or words[-1].casefold() not in known:
        return False
    return all(w.casefold() in known or (w[:1].isupper() and w[1:].islower()
                                         and not is_first_name(w)) for w in words[:-1])


_ABOUT_LATER = re.compile(r"\b(?:about|to\s+discuss|to\s+talk\s+about|regarding)\s+(?P<t>.+)", _I)
_ABOUT = re.compile(r"\s*(?:about|to\s+discuss|to\s+talk\s+about|to\s+go\s+over|re:?|regarding|"
                    r"on|discussing|talking\s+about|who\s+asked\s+about)\s+(?P<t>.+)", _I)


def _appositive(text: str) -> bool:
    """A title, or a short 'the/our ...' phrase naming someone's part ("our future skip-level")."""
    return _title_like(text) or bool(re.match(r"(?:the|our|their|my)\s+(?:[\w-]+\s*){1,4}$",
                                              text.strip(), _I))


def people_list(text: str) -> tuple[list[Interviewer], str]:
    """People from 'A (T), B - T; C, Title and D ...': the people, then any trailing prose.

    A title may also come first ("the hiring manager, Tom Becker").
    """
    people: list[Interviewer] = []
    pending: str | None = None
    for offset, piece in _pieces(text):
        got = _person_piece(piece)
        if got is not None:
            person, rest = got
            person.title = person.title or pending
            pending = None
            people.append(person)
            if rest.strip(" .,;:"):
                return people, text[offset + len(piece) - len(rest):]
            continue
        dash = re.search(r"\s[-–—]\s|:\s", piece)
        if dash and people and people[-1].title is None and _appositive(piece[:dash.start()]):
            # "Olivia Grant, Editorial Director - acquisitions, my edit test": then her topics
            people[-1].title = _clean_title(piece[:dash.start()])
            return people, text[offset + dash.start():]
        head, *tail = re.split(r"\.\s+", piece, maxsplit=1)
        if people and people[-1].title is None and _appositive(head):
            people[-1].title = _clean_title(head)
            if tail:  # "Priya Shah, EM. asked about on-call": the title ends with its sentence
                return people, text[offset + piece.index(tail[0]):]
            continue
        if not people and pending is None and not tail and _appositive(head):
            pending = _clean_title(head)
            continue
        return people, text[offset:]
    return people, ""


_ONE_NAME = re.compile(rf"\s*(?:(?P<h>{'|'.join(TITLES)})\.?\s+)?(?P<n>[^\W\d_][\w'’-]*)"
                       r"\s*(?:\((?P<t>[^()]{1,60})\))?\s*$")


def _known_by_one_name(value: str) -> list[Interviewer]:
    """People an interviewer key names by one name only: "Luis", "Dr. Patel (owner)". Only
    where a key says these are the interviewers: in prose one word is too weak a sign."""
    out: list[Interviewer] = []
    for _, piece in _pieces(value):
        m = _ONE_NAME.fullmatch(piece)
        if not m or _first_name(m["n"]) is None:
            return []
        name = f"{m['h']}. {m['n']}" if m["h"] else m["n"]
        out.append(Interviewer(name=name, title=_clean_title(m["t"]) if m["t"] else None))
    return out


_NAME_THEN_TITLE = re.compile(
    r"(?<![\w'’-])([^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){1,5})\s*(?:\(([^()]{1,60})\)|"
    r",\s*((?:the|our|their|my)\s+[^,.;:()]{2,40})|"
    r"\s+(?:is|was|will\s+be)\s+((?:the|our|their|my|a|an)\s+[^,.;:()]{2,40}))")
_TITLE_THEN_NAME = re.compile(
    r"\b(?:the|our|their|my)\s+(?P<t>(?:[\w-]+[ \t]+){0,3}[\w-]+)(?:[ \t]*,[ \t]*|[ \t]+)"
    r"(?=[^\W\d_])", _I)
_I_AM = re.compile(r"(?:i'm|i’m|i\s+am|my\s+name\s+is|this\s+is)\s+", _I)
# a recruiter known by first name: "Recruiter Nadia:", "HR (Kim) said", "Beth (recruiter)"
_RECRUITER_WORD = r"(?i:recruiter|recruiting\s+coordinator|coordinator|talent\s+partner|hr)"
_RECRUITER_NAMED = re.compile(
    # in brackets, a name closes them or a comma follows: "HR (Anna)", "HR (Anna Berger, ...)",
    # not "HR (German parent company)"
    rf"\b{_RECRUITER_WORD}\s*(?:\(\s*(?=[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?\s*[),;])|[:–—-]?\s*)"
    rf"(?P<a>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)(?![\w'’-])"
    rf"|(?<![\w'’-])(?P<b>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)\s*(?:\(|,\s*(?i:the|our)\s+)"
    rf"{_RECRUITER_WORD}\b")
