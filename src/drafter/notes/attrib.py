"""Resolver step: what each person discussed, tied to them by the notes' own evidence.

A thank-you must name something its reader discussed, and never something someone else did.
A topic goes to a person only when the notes tie it to them:

- the line's key: the person's name opens the line, after a bullet, a label ("Depute:",
  "1st half:"), a schedule's time or "w/", with their title, then a colon or a dash: "Máire -
  Gaeilge! asked me to ...", "Depute: Mr Chinedu Okonkwo – maths mastery, ...", "Pieter's
  questions: ...", "Carol's: ...", "w/ Kwame: ...", "9:00 Dr. Horace Whitlock — Head of School
  (chaired; asked about ...)" (the notes in a bracket after the title), also behind a list
  marker that is no bullet ("1️⃣", "★"; notes/keyed.py);
- bullets under a heading of what was discussed whose subject is the person or that names them
  alone ("What we talked about (mostly Temperance):", "She asked me about:"); under one that
  names no one ("What we covered:") they are no one's, as below;
- bullets under a line that names one person and nothing more ("hamid bin rashid (regional ops
  director)", "Her: Chen Xiaoling (goes by Lynn) - Talent Acquisition Partner"), or under a
  line of prose that names one interviewer and no one else ("Chef is Marco (owner/head chef)");
- a clause whose subject is the person, by name or as he/she resolved to the most recent person
  of that gender named in the same paragraph ("bill did most of the talking - he wants whoever
  gets it to sort out shrink"), with a discussion cue (notes/discussed.py), or after a short
  opening that names no one ("At lunch Kahananui also brought up ..."), or brought on by one
  ("First was Dr. Helen Price, VP — wanted to hear about ..."), or as the owner of
  what is on their mind ("the big thing on her mind is ..."); a clause with no subject of its
  own continues the one before it on the line ("Talked about ...").

With one interviewer, a cue with no subject ("- asked about my time at the Star Inn", "Met with
Dr. Nakamura — talked dental radiography") is theirs when its sentence and those before it on
the line name no one else, and no one else (nor someone the reader did not take for a person:
"shift lead Kalani Akana walked me through") spoke last in the paragraph; with a panel it is
no one's. A topic the reader gave one person but that the notes tie to another (a line keyed
to someone else, a clause whose subject is someone else) or to a "she" who could be either of
two people named together is taken back (that settling is notes/topic_owners.py's). Only a
person left with no topic the composer can name gets the topics found here; what reads as an
aside, logistics or pay is left to the composer's own filter (drafter.topicgate), not judged
twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.notes.discussed import (
    clauses,
    cue_at,
    focus,
    has_cue,
    heading_cue,
    introduces,
    lead_words,
    news,
    past_what,
    reported,
    topics_after,
)
from drafter.notes.keyed import keyed, past_marker
from drafter.notes.lexicon import common_set, plain
from drafter.notes.mentions import Mentions, Who, titleish_word
from drafter.notes.own_transcript import CHAT, ME
from drafter.notes.people import is_first_name
from drafter.notes.segment import _without_instructions, split_lines
from drafter.topicphrase import is_preposition
from drafter.wordclass import classes, sentences

_I = re.IGNORECASE


@dataclass
class Found:
    """Topics by person (name -> topics), those tied to no one, and who owns each line."""

    topics: dict[str, list[str]] = field(default_factory=dict)
    loose: list[tuple[str, frozenset[str]]] = field(default_factory=list)  # and who is named
    owner: dict[int, str] = field(default_factory=dict)
    unclear: list[str] = field(default_factory=list)  # said by "she" when it could be either


_PRONOUN = re.compile(r"(?P<p>he|she)(?=['’]|\s)", _I)
_OTHER_SUBJECT = re.compile(r"(?:they|they['’]\w+|i|i['’]\w+|me|my|we|our)\b", _I)
_WE = re.compile(r"we\b", _I)
# the candidate's own example, told to someone: "I told him about ...", "I mentioned ...",
# "I showed her ..." (p: whom, when a pronoun says so)
_TOLD = re.compile(r"(?:I\s+)?(?:told\s+(?P<p>him|her)\s+about|(?:showed|walked)\s+(?P<p2>him|her)"
                   r"(?:\s+through)?)\s+\S|I\s+(?:mentioned|described|explained|shared|"
                   r"talked\s+about\s+my)\s+\S", _I)
# "talked w/ Eszter about ...", "spoke with Dr. Sato about ...": the name follows
_WITH_ABOUT = re.compile(r"(?:talked|spoke|chatted|talking|speaking|chatting|discussed|met)\s+"
                         r"(?:mostly\s+|mainly\s+)?(?:with|w/|w|to)\s+", _I)
_THEY = re.compile(r"they(?=['’]re\b|\s+are\b)", _I)
_CONTINUES = re.compile(r"\W*(?:also|plus|and)\b", _I)
_STRANGER = Who("", None)  # someone the notes name but the reader did not take for a person
_PRONOUN_AT = re.compile(r"(?<![\w'’-])(?:he|she)(?=['’]|\s)", _I)
# what may follow a name an opening brings on: the rest of the name, a short title
_APPOSITION = re.compile(r"[\s,]*(?:[^\W\d_][^\s,;:.]*[\s,]+){0,5}[\s.:,]*"
                         r"|\s*\([^()]{1,60}\)[\s.:]*")
_HEADING_END = re.compile(r":[\s(]*(?:\([^()]*\))?\s*$")  # "...about:", "...: (mostly X)"
_OPENING_WORDS = 5  # "At lunch", "Notes after (12/3):", "During the debrief"


def _aliases(a: str, b: str) -> bool:
    """ "Rupert" and "Rupert Lindqvist": one person the notes name twice, short and in full."""
    x, y = set(a.casefold().split()), set(b.casefold().split())
    return bool(x) and bool(y) and (x <= y or y <= x)


def _past_adverbs(text: str) -> str:
    """Without the words opening it that can only be adverbs ("Afterward she asked ...")."""
    while (m := re.match(r"([^\W\d_]+)[\s,]+", text)) and classes(m[1]) == {"adv"} and (
            not is_preposition(m[1])):
        text = text[m.end():]
    return text


class _Walk:
    """One pass over the lines, paragraph by paragraph, keeping whom he/she may point to."""

    def __init__(self, people: Mentions) -> None:
        self.people = people
        self.found = Found()
        self.recent: list[Who] = []
        self.batch: list[int] = []  # for each of recent, the clause that named it
        self.unsure = False  # the last he/she could be either of two people
        self.speakers: list[Who] = []  # who was the subject of a clause, in this paragraph

    def resolve(self, pronoun: str) -> Who | None:
        gender = "m" if pronoun.casefold() == "he" else "f"
        fits = [(who, b) for who, b in zip(self.recent, self.batch, strict=True)
                if not who.me and who.gender in (None, gender)]
        self.unsure = bool(fits) and (fits[-1][0] is _STRANGER or any(
            b == fits[-1][1] and not _aliases(w.name, fits[-1][0].name) for w, b in fits))
        # "with Ana Ruiz and Beth Cole. She asked ...": either of them, so no one
        return None if not fits or self.unsure else fits[-1][0]

    def with_about(self, body: str, at: int) -> tuple[Who, str] | None:
        """The person named right after "talked with", when "about" follows their name: them,
        and the cue with what follows it ("about: the membrane transporter project")."""
        found = [(s, e, who) for s, e, who in self.people.mentions(body) if s == at]
        if not found or found[0][2].me:
            return None
        tail = body[found[0][1]:]
        about = re.match(r"\s*(?:\([^()]*\)\s*)?(?=(?:about|on|re|regarding)\b)", tail, _I)
        return (found[0][2], "talked " + tail[about.end():].lstrip()) if about else None

    def remember(self, whos: list[Who]) -> None:
        """People named together in one clause, in order (see resolve)."""
        batch = len(self.batch) and self.batch[-1] + 1
        self.recent += whos
        self.batch += [batch] * len(whos)

    def add(self, who: Who | None, topics: list[str], named: frozenset[str]) -> None:
        if who is None:
            self.found.loose += [(t, named) for t in topics]
        elif not who.me:
            bucket = self.found.topics.setdefault(who.name, [])
            bucket += [t for t in topics if t not in bucket]

    def late_subject(self, body: str) -> tuple[Who | None, str] | None:
        """The subject after a short opening that names no one ("At lunch Kahananui also
        brought up ...", "Notes after (12/3): Seo-yeon asked about ..."), when a discussion
        cue follows it: what that person raised, and what follows the cue."""
        spots = [(s, e, who) for s, e, who in self.people.mentions(body)]
        spots += [(p.start(), p.end(), None) for p in _PRONOUN_AT.finditer(body)]
        if not spots:
            return None
        start, end, who = min(spots, key=lambda spot: spot[0])
        opening = body[:start]
        if len(opening.split()) > _OPENING_WORDS or has_cue(opening) or re.search(
                rf"(?<![\w'’-]){_OTHER_SUBJECT.pattern}", opening, _I):
            return None
        if who is None:
            who = self.resolve(body[start:end])
        elif got := self.people.subject(body[start:]):
            end = start + got[1]
        rest = body[end:]
        if cue_at(rest.strip()) is not None:
            return who, rest
        words = opening.split()
        while words and titleish_word(words[-1]):
            words.pop()  # "First was Dr.": the title is the name's
        if who is not None and introduces(" ".join(words)) and _APPOSITION.fullmatch(
                rest + " ") and not re.search(rf"(?<![\w'’-]){_OTHER_SUBJECT.pattern}", rest, _I):
            return who, ""  # "First was Dr. Helen Price, VP": the clauses after are theirs
        return None

    def heading(self, body: str) -> tuple[Who | None, bool] | None:
        """(whose, whether questions) for a line that heads a list of what was discussed
        ("What we talked about (mostly Temperance):", "She asked me about:"): its subject, or
        else the one person it names; None (no one) when it names none or several."""
        if not _HEADING_END.search(body):
            return None
        lead = lead_words().match(body)
        opened = past_what(_past_adverbs(body[lead.end():] if lead else body))
        # "Questions:" alone may be the candidate's own: a heading says who spoke
        said, text, who = opened != body, opened, None
        if got := self.people.subject(text):
            who, text = got[0], text[got[1]:].strip()
        elif p := _PRONOUN.match(text):
            if (who := self.resolve(p["p"])) is None:
                return None  # whoever "she" was, the reader must not guess
            text = text[p.end():].strip()
        elif _WE.match(text):
            text = text[2:].strip()
        if (kind := heading_cue(text)) is None:
            return None
        named = {w.name: w for _, _, w in self.people.mentions(body) if not w.me}
        if who is None and len(named) == 1:
            who = next(iter(named.values()))
        elif who is None and (named or not (said or text != opened)):
            return None
        return who, kind == "question"

    def stranger(self, body: str) -> bool:
        """A clause whose subject is someone the reader did not take for a person ("Shift lead
        Kalani Akana walked me through the hangar"): a name-like word before a cue. What they
        said is no one's topic, and they stand between what follows and anyone named before."""
        for m in re.finditer(r"\s+", body):
            opening = body[:m.start()].split()
            if len(opening) > _OPENING_WORDS:
                return False
            if cue_at(body[m.end():]) is not None:
                return any(w[:1].isupper() and plain(w) not in common_set()
                           and not titleish_word(w) for w in opening[1:]) or (
                    bool(opening) and is_first_name(opening[0]))
        return False

    def line(self, no: int, text: str, owner: Who | None, questions: bool,
             listed: bool = False) -> None:
        """The topics of one line: `owner` is whose line it is (a key, a heading above);
        `listed`, that it is an item under a heading that ties it to no one."""
        current, cued = owner, False
        # who last spoke in the paragraph before this line: after "+ Kalani walked me through
        # the hangar", "topics: ..." may be Kalani's as much as the interviewer's
        last = next((w.name or "?" for w in reversed(self.speakers) if not w.me), None)
        ends = [e for _, e in sentences(text, 0, len(text))]
        mentioned = [(s, w.name) for s, _, w in self.people.mentions(text) if not w.me]
        for at, clause in clauses(text, before=self.people.pattern):
            # who the clause's sentence and those before it name: what it ties to no one may go
            # to a lone interviewer they name, and no one else
            upto = next((e for e in ends if e >= at + len(clause)), len(text))
            named = frozenset([n for s, n in mentioned if s < upto] + ([last] if last else []))
            lead = lead_words().match(clause)
            body = past_what(_past_adverbs(clause[lead.end():] if lead else clause))
            who, rest, subject, topics, we = current, body, False, [], False
            self.unsure = False
            if (mind := focus(body)) and mind[0].isalpha():  # "her main focus is X"
                who, rest, subject = self.resolve("he" if mind[0] == "his" else "she"), "", True
                topics = topics_after("subject", mind[1])
            elif got := self.people.subject(body):
                who, rest, subject = got[0], body[got[1]:], True
                rest = re.sub(r"^\s*,[^,]{2,60},\s*", " ", rest)  # "Sato, the chair, asked"
                if mind := focus(rest.strip()):  # "Dana's big worry is X"
                    rest, topics = "", topics_after("subject", mind[1])
            elif p := _PRONOUN.match(body):
                who, rest, subject = self.resolve(p["p"]), body[p.end():], True
            elif (w := _WITH_ABOUT.match(body)) and (named := self.with_about(body, w.end())):
                # "talked w/ Eszter about: X, Y": what that person and the candidate discussed
                (who, rest), subject = named, True
            elif _WE.match(body):
                rest, we = body[2:], True  # "we talked about ...": with whoever the line's about
            elif (they := _THEY.match(body)) and (done := news(body[they.end():])):
                topics = topics_after("subject", done)  # "they're moving X": the team's news
            elif (mine := _TOLD.match(body)) and (to := (
                    self.resolve("he" if (mine["p"] or mine["p2"]).casefold() == "him" else "she")
                    if mine["p"] or mine["p2"] else current)) is not None:
                # "I told him about the Autopilot rollout I ran at Greyfriars": the candidate's
                # example, told to that person (the composer reads it as the candidate's own)
                told = body.strip(" .;,")
                told = told if told[:2] in ("I ", "i ") else f"I {told[0].lower()}{told[1:]}"
                self.add(to, [told], named)
                who, subject = None, True
            elif _OTHER_SUBJECT.match(body):
                who, subject = None, True  # "I said ...", "they're slammed": no one's topic
            elif late := self.late_subject(body):
                (who, rest), subject = late, True
            elif self.stranger(body):
                who, subject = None, True
                self.remember([_STRANGER])  # "he" after it may be them: no one's
                self.speakers.append(_STRANGER)
            # "we speak about ..." has its subject: a plain-form cue after it is no note to self
            cue = cue_at(rest.strip(), subjected=(who is not None and subject) or we)
            if cue is None and who is not None and subject and (said := reported(rest)) and (
                    who.gender in (None, said[0])):
                cue = said[1]  # "he rang me and said he enjoyed the discussion on X"
            self.remember([w for _, _, w in self.people.mentions(clause)])
            if who is not None and subject:
                self.remember([who])
                self.speakers.append(who)
            if cue is not None:
                topics = topics_after(cue[0], cue[2])
            elif not subject and (owner is not None or listed or (
                    who is not None and cued and _CONTINUES.match(clause))):
                # under a name, or "also ..." after what they discussed: a bare list
                topics = topics or topics_after("question" if questions else None, body)
            cued = cue is not None
            if who is not None or not subject:
                self.add(who, topics, named)
            elif self.unsure:
                self.found.unclear += topics  # whoever "she" was, the reader must not guess
            if subject:
                current = who if who is not None else owner
        if owner is not None:
            self.found.owner[no] = owner.name
        elif listed:
            self.found.owner[no] = ""  # under "What we talked about:", no one person's


# a chat export's stamp: "[02/12/2025, 18:11]", "11/05/2026, 09:14 - "; a bare time is a
# schedule's ("3:30 exit meeting w/ Wanjiru: tenure ...")
_STAMP = re.compile(r"\s*\[[^\]\n]{1,30}\]\s*"
                    r"|\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?"
                    r"\s*[-–—]\s*", _I)


def _chat_said(body: str) -> str:
    """A pasted chat's message without its stamp and sender ("[02/12/2025, 18:11] Me: we
    talked about ..."): what was said. A sender with no stamp is kept unless it is "Me": "Ade:
    asked about ..." is a line keyed to Ade."""
    m = CHAT.match(body)
    if m and (_STAMP.fullmatch(body[:m.start("who")]) or ME.fullmatch(m["who"].strip())):
        return m["said"]
    return body


def attribute(text: str, people: Mentions) -> Found:
    """Every topic the notes tie to a person, and those they tie to no one."""
    walk = _Walk(people)
    header: tuple[Who, int, bool] | None = None
    # a heading of what was discussed: (whose, whether questions, its indent, whether a bullet)
    listing: tuple[Who | None, bool, int, bool] | None = None
    for line in split_lines(text):
        if line.merged:
            continue
        body = _chat_said(past_marker(_without_instructions(line.text)))
        if not body.strip(" \t-–—=_*~#"):  # a blank or a rule ("---") ends the paragraph
            walk.recent, walk.batch, walk.speakers, header, listing = [], [], [], None, None
            continue
        owner: Who | None = None
        if header is not None and line.bullet and (not header[2] or line.indent > header[1]):
            owner = header[0]
        else:
            header = None
        rest, questions, listed = body, False, False
        if listing is not None and line.bullet and (not listing[3] or line.indent > listing[2]):
            owner, questions, listed = listing[0] or owner, listing[1], True
        elif (heads := walk.heading(body)) is not None:
            listing = (heads[0] or owner, heads[1], line.indent, line.bullet)
        else:
            listing = None
        if (key := keyed(body, people)) is not None:  # a keyed bullet is its key's, not above's
            if header is not None and key[0] is not header[0]:
                header = None  # bullets keyed to others: a list of people, not one's topics
            owner, rest, questions = key
            walk.remember([owner])
            walk.speakers.append(owner)
            if not rest.strip(" .,"):
                header = (owner, line.indent, line.bullet)  # its bullets follow
        elif owner is None and not line.bullet:
            named = {w.name: w for _, _, w in people.mentions(body) if not w.me}
            if len(named) == 1 and (only := next(iter(named.values()))).met:
                header = (only, line.indent, False)  # "Chef is Marco (owner)." then bullets
        walk.line(line.no, rest, owner, questions, listed and owner is None)
    return walk.found
