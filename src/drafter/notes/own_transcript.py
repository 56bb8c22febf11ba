"""Detector: the candidate's own name as a speaker in a chat or message thread pasted in the notes.

Shapes read, one rule over all of them:

- a line per message: "[11/05/2026, 09:14] Leilani (Meridian Talent): Hi Tomasz! ...";
- a header line per message, its words under it: a Teams or Slack export ("Aisling Ngata
  (Harbour Office)  12/02/2026 11:05"), a LinkedIn thread ("Mehmet Kaya • 2nd" over "Talent
  Partner at Corvane" and "Mar 24").

The candidate is the one speaker greeted by name ("Hi Tomasz") by a speaker on the hiring side,
and on no side themselves. A speaker is on the hiring side by their header (an affiliation in
brackets, a LinkedIn degree, a job title under the name) or by their own words ("thanks for
coming in"). With no such mark, of two speakers the one who never tells of their own interview
is the other side ("Hi Tomasz, how did it go?" to "they asked me about ballast tanks"). Two
greeted speakers, or none, give no name: drafter asks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice

from drafter.context import PARTICLES
from drafter.notes.lexicon import common_set, phrase_pattern, plain
from drafter.notes.pasted import WORD, greet, words
from drafter.notes.people import HONORIFICS, is_first_name, is_title_word, word_in

Found = tuple[str, str, str]  # as own_shapes.Found: (words, mode, aliases)

# a chat transcript's line: "[Sep 24, 9:12 PM] Chef Aroha: Kia ora Mateo, ..."
# (an Android export dates it: "11/05/2026, 09:14 - Leilani: ...")
# (or by its day alone, as a job site's inbox shows it: "Mar 10 Kemi (manager): thanks ...")
CHAT = re.compile(r"^[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*|(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?[ \t]+)?"
                  r"\d{1,2}[:.]\d{2}[ \t]*(?:[ap]\.?m\.?)?[ \t]*[-–—]?[ \t]*|"
                  r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2}"
                  r"(?:st|nd|rd|th)?,?[ \t]+(?=[^\W\d_]))?"
                  # (a speaker's affiliation may be long: "Hope Castellanos (Recruiter,
                  # Kestrel Freight Solutions)")
                  r"(?P<who>[^:\n\[\]]{1,80}?)[ \t]*:[ \t]+(?P<said>\S.*)$", re.I)
ME = re.compile(r"(?:me|i|myself|moi|yo)", re.I)
_PRONOUNS = re.compile(r"(?:he|she|they|xe|ze)[ \t]*/[ \t]*\w+(?:[ \t]*/[ \t]*\w+)?", re.I)
_SELF = re.compile(r"(?:me|i|myself|moi|yo|you)", re.I)  # "Tomasz (you)"

# a line about the candidate's own interview: first person and the meeting or its follow-up
MINE = re.compile(r"\b(?:i|i'?d|i'?m|i'?ve|me|my)\b", re.I)
TOLD = re.compile(r"\b(?:interview\w*|asked|thank[- ]?you|thanks?\b.{0,20}\b(?:email|note)|"
                  r"offer(?:ed|s)?|job|role|position|shift|salary|start|trial|check-?in)\b", re.I)

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?"
_CLOCK = r"\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?"
_DATE = (r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|" + _MONTH + r"[ \t]+\d{1,2}"
         r"(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?[ \t]+" + _MONTH + r"|yesterday|today)"
         r"(?:,?[ \t]+\d{4})?")
# when a message was sent, as its header gives it: "12/02/2026 11:05", "Apr 7", "[9:14 AM]"
_WHEN = re.compile(r"[\[(]?(?:" + _DAY + r",?[ \t]+)?(?:" + _DATE + r"(?:,?[ \t]+(?:at[ \t]+)?"
                   + _CLOCK + r")?|" + _CLOCK + r")[\])]?", re.I)
_DEGREE = re.compile(r"[ \t]*[•·][ \t]*(?:1st|2nd|3rd\+?)\b", re.I)
# a speaker: "Leilani (Meridian Talent)", "Mehmet Kaya • 2nd", "Wen - Baxter Staffing, 9:14"
_HEAD = re.compile(r"(?P<n>" + WORD + r"(?:[ \t]+" + WORD + r"){0,3}?)[ \t]*(?:\((?P<aff>[^()\n]"
                   r"{1,80})\))?(?P<deg>" + _DEGREE.pattern + r")?"
                   r"(?:(?:[ \t]+[-–—|@][ \t]+|,[ \t]*)(?!(?:" + _DAY + "|" + _MONTH
                   + r"|yesterday|today)\b)(?P<at>[^\W\d_][^:()\n]{1,60}?))?"
                   r"[ \t]*(?:[-–—|,·•][ \t]*)?(?P<when>(?:" + _WHEN.pattern + r"[ \t]*)+)?", re.I)
# a job title under a speaker's name: "Talent Partner at Corvane Engineering"
_TITLE = re.compile(r"(?:[A-Z][\w'’&.-]*|at|of|the|and|for|&|[-–—|,@])(?:[ \t]+(?:[A-Z][\w'’&.-]*|"
                    r"at|of|the|and|for|&|[-–—|,@]))*")


@dataclass(frozen=True)
class Turn:
    """One message: who sent it, whether their header puts them on the hiring side, its words."""

    who: str
    theirs: bool
    said: str


@cache
def _cue(kind: str) -> re.Pattern[str]:
    return phrase_pattern(words(kind))


def _name_only(who: str) -> bool:
    """Whether a speaker's words read as a person's name: capitalised words, none a company's."""
    parts = who.split()
    return 0 < len(parts) <= 4 and parts[0][:1].isupper() and all(
        p[:1].isupper() or p.casefold() in PARTICLES for p in parts) and not any(
        word_in("company_words", p) or word_in("role_words", p) for p in parts)


def _affiliated(aff: str | None) -> bool:
    """A bracket after a speaker's name that says where they work ("Meridian Talent"), not that
    it is the notes' writer ("me") nor their short name ("Seun")."""
    if not aff or not aff.strip():
        return False
    aff = aff.strip()
    if not re.search(r"[^\W\d_]{2}", aff) or "@" in aff or _WHEN.fullmatch(aff):
        return False  # a phone number, an address or a date ("me (Mon 4 Aug)") says no side
    return not _SELF.fullmatch(aff) and not _PRONOUNS.fullmatch(aff) and not (
        len(aff.split()) == 1 and is_first_name(aff))


def _side(h: re.Match[str]) -> bool:
    """Whether a speaker's header puts them on the hiring side (the notes' writer never is)."""
    if _SELF.fullmatch(h["n"].strip()):
        return False
    return _affiliated(h["aff"]) or _affiliated(h["at"]) or bool(h["deg"])


def _inline(lines: list[str]) -> list[Turn]:
    """Messages one a line, the speaker before a colon."""
    out = []
    for line in lines:
        if not (m := CHAT.match(line)) or not (h := _speaker(m["who"])):
            continue
        out.append(Turn(h["n"], _side(h), m["said"]))
    return out


def _header(line: str) -> re.Match[str] | None:
    """A line holding a speaker's name, maybe with an affiliation, a degree and a time."""
    h = _speaker(line)
    return h if h and _name_only(h["n"]) and not greet(line) else None


def chat_sender(line: str) -> str | None:
    """The speaker a chat header line names ("Ife Balogun  Yesterday at 4:12 PM"), or None."""
    h = _header(line)
    return h["n"] if h else None


def _speaker(words: str) -> re.Match[str] | None:
    """A speaker's name and the rest of their header; what follows a dash or comma must read as
    a workplace or title ("Baxter Staffing"), never a sentence ("Thanks Rangi, I enjoyed it")."""
    h = _HEAD.fullmatch(words.strip())
    return h if h and (not h["at"] or _title(h["at"].strip())) else None


def _meta(line: str) -> bool:
    """A line between a speaker's name and their words: a date, "Seen", a job title."""
    x = line.strip()
    return bool(_WHEN.fullmatch(x) or _cue("chat_meta").fullmatch(x) or _title(x))


def _title(line: str) -> bool:
    return bool(_TITLE.fullmatch(line)) and not greet(line) and len(line.split()) <= 10


def _blocks(lines: list[str]) -> list[Turn]:
    """Messages under header lines. A bare name counts as a header only with a date under it;
    the words of each message run to the next header."""
    heads: list[tuple[int, re.Match[str]]] = []
    for no, line in enumerate(lines):
        if not (h := _header(line)):
            continue
        nxt = next((x.strip() for x in islice(lines, no + 1, None) if x.strip()), "")
        marked = bool(h["when"] or h["deg"] or h["aff"] or h["at"])
        if marked or _WHEN.fullmatch(nxt) or (_title(nxt) and not _header(nxt)):
            heads.append((no, h))
    out = []
    for i, (no, h) in enumerate(heads):
        end = heads[i + 1][0] if i + 1 < len(heads) else len(lines)
        body = [x.strip() for x in lines[no + 1:end] if x.strip()]
        titled = False
        while body and _meta(body[0]):
            titled = titled or (_title(body[0]) and not _WHEN.fullmatch(body[0])
                                and not _cue("chat_meta").fullmatch(body[0]))
            body = body[1:]
        if body:
            out.append(Turn(h["n"], _side(h) or titled, "\n".join(body)))
    return out


def _turns(lines: list[str]) -> tuple[Turn, ...]:
    """The messages of a pasted chat, one a line or under header lines; none when fewer than
    two speakers ("Role (permanent): ..." is a key of the notes, not a message). Read once per
    notes: the own-name reader and the contacts step (hiring side, friends) all ask."""
    return _chat(tuple(lines))


@lru_cache(maxsize=4)
def _chat(lines: tuple[str, ...]) -> tuple[Turn, ...]:
    turns = _inline(list(lines))
    if len({t.who for t in turns}) < 2:
        turns = _blocks(list(lines))
    return tuple(turns) if len({t.who for t in turns}) >= 2 else ()


def _hiring(turn: Turn) -> bool:
    """Whether a message's speaker is on the hiring side, by their header or their own words
    ("thanks for coming in")."""
    return turn.theirs or bool(_cue("chat_theirs").search(turn.said))


# a message that opens by thanking someone by name greets them: "Thanks Bogdan, enjoyed our
# chat", "Thank you Ana! ..."
_THANKS = re.compile(r"^[ \t\"“]*(?:thanks|thank[ \t]+you|many[ \t]+thanks|cheers)[ \t]+"
                     r"(?P<n>(?-i:[A-Z])[\w'’-]+)[ \t]*(?:[,!.]|[ \t][-–—][ \t]|"
                     r"(?=[ \t]+(?:for|so[ \t]+much)\b))", re.I)  # "Thank you Arjun for ..."


# a name closing a message's first clause calls the reader by it ("Thanks for the trial shift
# today Kemi, the team liked ..."): counted only when it is another speaker's name
_VOCATIVE = re.compile(r"^[^,.!?\n]{3,80}?[ \t](?P<n>(?-i:[A-Z])[\w'’-]+)[ \t]*[,!]")


def transcript(lines: list[str]) -> list[Found]:
    """The candidate's name as a speaker in a pasted chat (see the module's docstring)."""
    turns = _turns(lines)
    if not turns:
        return []
    # a speaker shown by a form of address or a job title ("Chef Javier", "Dr Osei") is
    # on the hiring side: candidates do not title themselves
    theirs = {t.who for t in turns if _hiring(t) or (len(t.who.split()) > 1 and (
        t.who.split()[0].rstrip(".").casefold() in HONORIFICS or is_title_word(t.who.split()[0])))}
    speakers = {t.who for t in turns}
    tellers = {t.who for t in turns if any(MINE.search(x) and TOLD.search(x)
                                           for x in t.said.splitlines())}
    if not theirs and len(speakers) == 2 and len(tellers) == 1:
        theirs = speakers - tellers  # an SMS thread: the one telling of their interview is not
    theirs = {w for w in theirs if not _SELF.fullmatch(w)}  # "me:" is the notes' own writer
    greeted: set[str] = set()
    unknown: set[str] = set()  # greeted names no speaker has ("Hi Sunday" to "You")
    for t in turns:
        vocative = None
        if t.who not in theirs or not (g := greet(t.said) or _THANKS.match(t.said) or (
                vocative := _VOCATIVE.match(t.said))):
            continue
        said = [w for w in g["n"].split() if w.rstrip(".").casefold() not in HONORIFICS]
        if not said:
            continue
        titled = len(said) < len(g["n"].split())  # "Dear Mr Nowak": a surname
        hit = {s.who for s in turns if s.who != t.who and _calls(said[0], s.who, titled)}
        greeted |= hit
        if not hit and not titled and vocative is None:
            unknown.add(" ".join(said))
    mine = {w for w in greeted if w not in theirs and not _SELF.fullmatch(w)}
    you = len(speakers) == 2 and any(_SELF.fullmatch(w) for w in speakers - theirs)
    if not mine and you and len({plain(n.split()[0]) for n in unknown}) == 1:
        # the writer shown as "You", greeted by name; a name the notes use elsewhere, beyond
        # the greetings and the writer's own messages, may be someone the chat is about
        name = max(unknown, key=len)
        word = re.compile(rf"(?<!\w){re.escape(name.split()[0])}(?!\w)", re.I)
        own = sum(len(word.findall(s.said)) for s in turns if s.who not in theirs)
        greets = sum(1 for s in turns if s.who in theirs and (g := greet(s.said))
                     and word.search(g["n"]))
        if sum(len(word.findall(x)) for x in lines) <= own + greets:
            return [(name, "loose", "")]
    if len({plain(w.split()[0]) for w in mine}) != 1:
        return []
    return [(max(mine, key=len), "speaker", "")]


def hiring_speakers(lines: list[str]) -> list[str]:
    """The speakers of a pasted chat who are on the hiring side, by their header ("Wanjiru
    Kamau (Amani Water Trust)", "Mehmet Kaya • 2nd") or their own words ("thanks for coming
    in"): whoever sent the candidate those messages owns the thread."""
    out: list[str] = []
    for t in _turns(lines):
        ordinary = all(plain(w) in common_set() and not is_first_name(w) for w in t.who.split())
        who = _without_firm(t.who)
        if who not in out and not _SELF.fullmatch(t.who) and not ordinary and _hiring(t):
            out.append(who)
    return out


def _without_firm(who: str) -> str:
    """A contact saved with their firm ("Kemi Apex Recruitment"): the person, "Kemi"."""
    words = who.split()
    if len(words) > 1 and word_in("company_words", words[-1]):
        return words[0]
    return who


def friend_speakers(lines: list[str]) -> list[str]:
    """The speakers of a pasted chat that the notes' writer ("Me") takes part in who ask how
    it went or urge the thank-you ("[14/08] Hope: sooo how was it with frank") and show no
    sign of the hiring side: a friend the candidate told, never the interviewer."""
    turns = _turns(lines)
    if not any(_SELF.fullmatch(t.who) for t in turns):
        return []
    hiring = {t.who for t in turns if _hiring(t)}
    asks = {t.who for t in turns if _cue("chat_friend").search(t.said)}
    return sorted(w for w in asks - hiring if not _SELF.fullmatch(w) and not (
        w.split()[0].rstrip(".").casefold() in HONORIFICS or is_title_word(w.split()[0])))


def _calls(word: str, who: str, titled: bool) -> bool:
    """Whether a greeting's name is a speaker's: their first name, or their surname after a
    title ("Dear Ms Adewale-Hart")."""
    parts = who.split()
    return plain(word) == plain(parts[-1] if titled else parts[0]) and (len(parts) > 1
                                                                        or not titled)
