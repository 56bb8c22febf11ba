"""Detector: who sent a message the notes quote without a From: line.

A quoted block is a pasted email (notes/pasted.py), or text in quotes: a text message, a
voicemail transcript. Its sender shows in up to three places, each evidence of its own: the
name it is signed with ("... Keep in touch. Chef Ruairí", "Kerry x", "- Tom"), the name it opens
with ("Hey Tavita its Gus", "Hi it's uh Bronagh calling"), and the line that introduces it
("Kerry sent me this:", "text from Gus"). A block whose evidence disagrees, a block the
candidate wrote, or one the intro says came from their own side (a friend, a job ad) names no
one; nor do several blocks naming different people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from drafter.notes.lexicon import common_set, data_toml, phrase_pattern, plain
from drafter.notes.pasted import alts, cue, greet, messages
from drafter.notes.people import is_first_name, is_title_word

MAX_QUOTE = 2000  # a quoted span longer than this is not one message


@dataclass(frozen=True)
class Sender:
    """The sender of a quoted message: the name and the line (1-based) that shows it."""

    name: str
    line: int
    how: str  # "signed", "self-named", "introduced"
    block: tuple[int, int] = (0, 0)  # the quoted message's first and last line (1-based)


@cache
def _cues(kind: str) -> tuple[str, ...]:
    return tuple(data_toml("quoted.toml")[kind])


def _alt(kind: str) -> str:
    """A cue list as one case-blind group (names around it keep their case)."""
    return "(?i:" + "|".join(r"\s+".join(map(re.escape, p.split()))
                    for p in sorted(_cues(kind), key=len, reverse=True)) + ")"


_CAP = r"[^\W\d_a-z][\w'’-]*"  # a capitalised word (any script's capital)


@cache
def _signoff() -> re.Pattern[str]:
    # the block's last words: an optional dash or title, a name of one or two words, an
    # optional bracket ("(Talent team)") and kisses ("x"), then nothing but a closing quote
    return re.compile(r"(?:^|[.!?,;]\s+|[-–—~]+\s*|\n\s*)(?P<v>(?i:" + alts("valedictions")
                      + r")\s*,?\s+)?(?P<t>(?:" + _alt("signoff_titles")
                      + r")\s+)?(?P<n>" + _CAP + r"(?:\s+" + _CAP + r")?)"
                      r"(?:\s*\([^()\n]{1,40}\))?(?:\s+x{1,3})?\s*[\"”]?\s*$")


@cache
def _opener() -> re.Pattern[str]:
    # "Hi, uh, this message is for Ayesha, it's Mark calling ...": whom it is for comes first
    return re.compile(r"^[\s\"“>]*(?:(?i:hi|hey|hello|hiya|morning|afternoon)\b[^.!?\n]{0,25}?"
                      r"[,.!]?\s+)?(?:(?i:(?:this\s+)?message\s+(?:is\s+)?for|calling\s+for)\s+"
                      r"[^.!?\n,]{1,40}[,.!]?\s+)?(?:" + _alt("self_named") + r")\s+(?:(?:"
                      + _alt("fillers")
                      + r")\b[,.]?\s+)*(?P<n>" + _CAP + r"(?:[ \t]+" + _CAP + r")?)")


@cache
def _intro() -> tuple[re.Pattern[str], re.Pattern[str]]:
    before = re.compile(r"(?<!\w)(?P<n>" + _CAP + r"(?:\s+" + _CAP + r")?)(?:['’]s\s+(?:"
                        + _alt("message_nouns") + r")|\s+(?:" + _alt("sent_verbs") + r"))(?!\w)")
    after = re.compile(r"(?:" + _alt("message_nouns") + r")\s+(?i:from)\s+(?P<n>" + _CAP
                       + r"(?:\s+" + _CAP + r")?)")
    return before, after


def _english(word: str) -> bool:
    """An English word that is no first name ("Team", "Grant"; not "Carlos")."""
    return plain(word) in common_set() and not is_first_name(word)


def _is_name(word: str, titled: bool = False) -> bool:
    """A capitalised word that can be a first name: a known one, or after a title ("Chef X");
    never an English word ("Sorry", "Thanks")."""
    if not word[:1].isupper() or _english(word):
        return False
    return titled or is_first_name(word)


def _name(words: str, titled: bool = False) -> str | None:
    parts = words.split()
    if not parts or not _is_name(parts[0], titled):
        return None
    # a second word is the surname only when it is no English word ("Tom Thanks")
    if len(parts) > 1 and _english(parts[1]):
        parts = parts[:1]
    return " ".join(parts)


def _clean_signed(signed: str, full_text: str = "") -> str | None:
    """The name in a pasted email's sign-off: "> Prof. Hélène Dufour-Lacroix" is Hélène
    Dufour-Lacroix; a team ("The Careers Team") is no one."""
    # "Nagy Zsófia (Zsófia Nagy)": the same words in brackets are the name in given order
    again = re.search(r"\(([^()]*)\)", signed)
    outside = re.sub(r"\([^()]*\)", " ", signed)
    if again and sorted(again[1].split()) == sorted(outside.strip(" \t>*_-–—").split()):
        outside = again[1]
    text = outside
    text = re.split(r"[|,/]| [-–—] ", text)[0].strip(" \t>*_-–—\"”“")
    words = text.split()
    while len(words) > 2 and re.fullmatch(r"[A-Z][A-Za-z]{0,3}[A-Z]\.?|PhD|MD", words[-1]):
        words = words[:-1]  # post-nominals: "RM PhD FRCM", "DBE"
    titled = False
    while words and plain(words[0].rstrip(".")) in _titles():
        words, titled = words[1:], True
    if not words or len(words) > 8 or not words[0][:1].isupper():
        return None
    # every word after the first is a name's, never an English word ("Talent Team")
    rest = [w for w in words[1:] if w not in _PARTICLES]
    if any(not w[:1].isupper() or _english(w.strip("'’")) for w in rest):
        return None
    if len(words[0].rstrip(".")) == 1:  # "J. Appleby": only the notes' whole name will do
        return _initialled(full_text, words) if full_text else None
    if _is_name(words[0], titled) or (rest and plain(words[0]) not in common_set()):
        return " ".join(words)
    return None


_PARTICLES = frozenset({"de", "la", "y", "van", "der", "von", "del", "da", "di", "du", "le",
                        "bin", "binti", "al", "el", "mac", "ó", "ní", "nic"})


@cache
def _titles() -> frozenset[str]:
    return frozenset(plain(t.rstrip(".")) for t in _cues("signoff_titles"))


def _initialled(text: str, words: list[str]) -> str | None:
    """"J. Adjei-Mensah" is the one "Josephine Adjei-Mensah" the notes write, if they do."""
    got = {m[0] for m in re.finditer(rf"(?<!\w){re.escape(words[0][0])}[\w'’-]+\s+"
                                      rf"{re.escape(' '.join(words[1:]))}(?!\w)", text)}
    return got.pop() if len(got) == 1 else None


@dataclass(frozen=True)
class _Block:
    first: int  # 0-based line indexes, inclusive
    last: int
    text: str
    intro: str  # the words that introduce it (its line before, or before the quote mark)
    signed: str | None = None  # a pasted email's sign-off, as notes/pasted.py read it
    greeted: bool = False  # it opens with a greeting: a whole message, not a phrase
    closed: bool = False  # its text ends at a closing quote mark: its last words sign it


def _blocks(text: str) -> list[_Block]:
    lines = text.splitlines()
    out = []
    for m in messages(text):
        if m.direction == "sent" or m.heads or _foreign_header(lines, m.greeting):
            continue  # the candidate's own, or one with a From: line (contacts.py reads it)
        body = "\n".join(lines[m.greeting:m.last + 1]).strip()
        closed = body[:1] in "\"“" and body[-1:] in "\"”"
        out.append(_Block(m.first, m.last, body.strip("\"“”") if closed else body,
                          _before(lines, m.first), m.signed, m.greeted is not None, closed))
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    for q in re.finditer(rf"[\"“](?P<b>[^\"“”]{{20,{MAX_QUOTE}}})[\"”]", text):
        first = max(i for i, s in enumerate(starts) if s <= q.start())
        last = max(i for i, s in enumerate(starts) if s <= q.end() - 1)
        if any(b.first <= first <= b.last for b in out):
            continue
        own = lines[first][:q.start() - starts[first]]
        intro = own if own.strip(" \t-–—:>") else _before(lines, first)
        out.append(_Block(first, last, q["b"], intro, None,
                          bool(greet(q["b"].lstrip())), True))
    return out


_KEYED = re.compile(r"^[ \t>]*(?P<k>[^\W\d_][\w-]{0,15})[ \t]*:[ \t]*\S")
_KNOWN_KEYS = frozenset({"subject", "date", "sent", "to", "cc", "bcc", "re", "fwd"})


def _foreign_header(lines: list[str], greeting: int) -> bool:
    """Whether the header lines above a letter hold a key no reader here knows ("De :",
    "Von:"): its sender line may be among them, so its sign-off is not all there is to go by."""
    i = greeting - 1
    while i >= 0 and not lines[i].strip():
        i -= 1
    while i >= 0 and (m := _KEYED.match(lines[i])):
        if m["k"].casefold() not in _KNOWN_KEYS:
            return True
        i -= 1
    return False


def _before(lines: list[str], first: int) -> str:
    """The nearest line with words above line `first` (at most two lines up)."""
    for p in range(first - 1, max(first - 3, -1), -1):
        if lines[p].strip():
            return lines[p]
    return ""


def _evidence(block: _Block, text: str) -> list[Sender]:
    """What names the block's sender. The intro line alone names no one for a bare quoted
    phrase ("Tamsin emailed: 'decision by Friday'"); it does for a whole message."""
    found: list[Sender] = []
    span = (block.first + 1, block.last + 1)
    signed = _clean_signed(block.signed, text) if block.signed else None
    if signed is None and block.closed and (s := _signoff().search(block.text)):
        # after a title or a valediction ("Thanks, Bex") any capitalised name signs it
        signed = _name(s["n"], titled=bool(s["t"] or s["v"]))
    if signed:
        found.append(Sender(signed, block.last + 1, "signed", span))
    if (o := _opener().match(block.text)) and (n := _name(o["n"])):
        found.append(Sender(n, block.first + 1, "self-named", span))
    if not found and not block.greeted:
        return []
    before, after = _intro()
    for m in (*before.finditer(block.intro), *after.finditer(block.intro)):
        if n := _name(m["n"]):
            found.append(Sender(n, max(block.first, 1), "introduced", span))
    return found


def _agree(a: str, b: str) -> bool:
    x, y = plain(a).split(), plain(b).split()
    short, full = sorted((x, y), key=len)
    return full[:len(short)] == short


def _from_address(text: str, first: str) -> str | None:
    """The surname an address spells after a first name: "bronagh dot mcgarrigle at x dot co",
    "kerry.oneill@x.com"; one such address only."""
    got = {m["s"] for m in re.finditer(
        rf"(?<![\w.]){re.escape(first)}(?:\s+dot\s+|[._])(?P<s>[a-z][a-z'-]+)"
        r"(?:\s+at\s+|@)[a-z0-9-]", text, re.I)}
    if len(got) != 1:
        return None
    s = got.pop().casefold()
    if s in common_set():
        return None
    word = s.capitalize()
    return f"Mc{s[2:].capitalize()}" if s.startswith("mc") and len(s) > 3 else word


def _equated(text: str, first: str) -> str | None:
    """The full name the notes equate a short one with: "Gus = Augusto Delgado", "Bex is
    Rebecca Hale", "Gus (Augusto Delgado)"."""
    got = {" ".join(m["n"].split()) for m in re.finditer(
        rf"(?<!\w){re.escape(first)}\s*(?:=|\(|(?i:is|aka|a\.k\.a\.?|short\s+for)\s)\s*"
        rf"(?P<n>{_CAP}(?:[ \t]+{_CAP}){{1,3}})", text)}
    got = {n for n in got if all(plain(w) not in common_set() for w in n.split()[1:])}
    return got.pop() if len(got) == 1 else None


@lru_cache(maxsize=4)
def quoted_sender(text: str, candidate: str | None = None) -> Sender | None:
    """The one sender of the messages quoted in the notes, when every quote that names its
    sender names the same person and none of them is the candidate."""
    me = {plain(w) for w in (candidate or "").split()}
    seen: list[Sender] = []
    for block in _blocks(text):
        if phrase_pattern(_cues("not_employer")).search(block.intro):
            return None  # a friend's message or a job ad among the quotes: whose is unclear
        if cue("sent_before").search(block.intro) and not _intro()[0].search(block.intro):
            continue  # "Sent 3 Nov:", "my reply:": the candidate's own ("Kerry sent" is not)
        found = [s for s in _evidence(block, text) if not {plain(w) for w in s.name.split()} & me]
        if any(not _agree(a.name, b.name) for a in found for b in found):
            return None
        seen += found
    if not seen or any(not _agree(a.name, b.name) for a in seen for b in seen):
        return None
    best = max(seen, key=lambda s: len(s.name.split()))
    if len(best.name.split()) == 1 and (whole := _equated(text, best.name)):
        return Sender(whole, best.line, best.how, best.block)
    if len(best.name.split()) == 1 and (last := _from_address(text, best.name)):
        best = Sender(f"{best.name} {last}", best.line, best.how, best.block)
    return best


_BY_ROLE = re.compile(r"(?i:from)\s+(?:(?i:the|their|our|my)\s+)?"
                      r"(?P<r>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})")


@lru_cache(maxsize=4)
def quoted_role(text: str) -> str | None:
    """The job the notes give a quoted message's sender when they name no one: "got a text
    from the head chef:" is "head chef"; one role across every quoted whole message only."""
    got = set()
    for block in _blocks(text):
        if not (block.greeted or block.closed) or phrase_pattern(
                _cues("not_employer")).search(block.intro) or (cue("sent_before").search(
                block.intro) and not _intro()[0].search(block.intro)):
            continue
        if not re.search(r"(?:" + _alt("message_nouns") + r")\s+(?i:from)\s", block.intro):
            continue
        for m in _BY_ROLE.finditer(block.intro):
            words = []
            for w in m["r"].split():
                if not is_title_word(w):
                    break
                words.append(w)
            if words:
                got.add(" ".join(words).casefold())
    return got.pop() if len(got) == 1 else None


def sender_by_role(text: str, people: list[tuple[str, str | None]]) -> str | None:
    """Of (name, title) pairs, the one person whose title holds the quoted sender's job."""
    role = quoted_role(text)
    if role is None:
        return None
    titled = {n for n, title in people
              if re.search(rf"(?<!\w){re.escape(role)}(?!\w)", title or "", re.I)}
    return titled.pop() if len(titled) == 1 else None


def greeted_candidate(text: str) -> str | None:
    """The given name messages quoted *to* the candidate greet them by ("Hi Wanjiku, thank you
    for your time ..." from a recruiter): one name, the same in every such message, no one on
    the candidate's own side, and not the sender's; else None."""
    found = set()
    not_ours = re.compile(rf"\b(?:{_alt('not_employer')})\b", re.I)
    for block in _blocks(text):
        if not_ours.search(block.intro):
            continue
        m = greet(block.text.lstrip("\"“ "))
        if m and m["soft"] is None and len(m["n"].split()) == 1 and _is_name(
                m["n"], titled=True):  # "Hi Wanjiku,": the greeting is evidence
            found.add(m["n"])
    return found.pop() if len(found) == 1 else None
