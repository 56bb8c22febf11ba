"""Lines: pasted notes made plain, cut into lines and sentences, `Key: value` recognised.

The first step of reading notes (segment -> names -> header / people lines / events / topics ->
the parser in read.py). Notes are untrusted text: a sentence that reads like an instruction to
an AI is found here, so that every later step can drop it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from drafter.dates import Clock, scan_dates
from drafter.notes.vocab import vocab
from drafter.phrasing import with_spelled_out

_I = re.IGNORECASE

# Notes are a page or two. Only this much is read (the rest stays in `source`), which bounds
# the work on a pasted log or a binary blob: every pattern below is linear in its line.
MAX_CHARS = 100_000
MAX_LINES = 3_000
MAX_LINE = 2_000

_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
                        "\u2066-\u2069\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_BULLET = re.compile(r"(?:[-*•·‣◦▪●+>]|[–—](?=\s)|\d{1,2}[.)](?=\s)|\[[ xX]?\])[ \t]*")
# an imperative opening a sentence or a clause ("..., and say I have ...")
_IMPERATIVE = r"(?:^|[,;]\s*)(?:(?:please|pls|also|and|then|just)\s+)*"
_INSTRUCTION = re.compile(
    r"\b(?:ignore|disregard|forget|override|bypass)\b.{0,40}\b(?:instructions?|prompts?|rules|"
    r"guidelines|context|above|previous|prior|everything)\b"
    r"|\b(?:system\s+prompt|developer\s+message|jailbreak|prompt\s+injection)\b"
    r"|^\s*(?:system|assistant|user|ai)\s*[:>]"
    r"|\byou\s+are\s+(?:now\s+)?(?:an?\s+|the\s+)?(?:ai|assistant|language\s+model|chatbot|"
    r"chatgpt|gpt|claude|llm|model)\b"
    r"|\bas\s+an?\s+(?:ai|language\s+model)\b"
    r"|\b(?:add|use|include|insert|put|sprinkle)\b.{0,30}\b(?:emojis?|emoticons?)\b"
    r"|^(?:please\s+)?(?:make|write|draft|generate|compose|sign|end|start|format|output|respond|"
    r"reply|answer|say|print)\s+(?:the|this|your|it|each|every|all|in|with|only)\b.{0,40}"
    r"\b(?:email|draft|message|reply|response|output|caps|json|words?)\b"
    r"|<\|[^|>]{0,40}\|>|\[/?(?:inst|system)\]|#{2,}\s*(?:instruction|system)"
    r"|\bnew\s+instructions?\b|\binstructions?\s+(?:for|to)\s+(?:the\s+)?(?:ai|model|assistant)\b"
    r"|\b(?:tell|instruct)\s+(?:the\s+)?(?:ai|model|assistant|llm)\b|\bdo\s+not\s+(?:follow|obey)\b"
    # what to tell the reader, in the imperative: "Tell Beatrice they must ...", "say I have ..."
    rf"|{_IMPERATIVE}(?:tell|inform|warn|threaten|remind)\s+(?:them|him|her|"
    r"the\s+(?:recruiter|interviewer|hiring\s+manager|team|panel|company)|"
    r"(?-i:[A-Z][a-z'’-]+)(?:\s+(?-i:[A-Z][a-z'’-]+))?)\s+(?:that|i|i'm|i've|we|my|they|he|she|"
    r"you|about|to)\b"
    rf"|{_IMPERATIVE}(?:say|claim|pretend|insist|lie|state)\s+(?:that\s+)?(?:i|i'm|i've|we|my)\b"
    # emoji and decorations asked for by symbol, not only by name
    r"|\b(?:add|use|include|insert|put|sprinkle|end\s+with|finish\s+with)\b.{0,30}"
    r"(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]|\bsmiley|\bemoticon)"
    r"|\b(?:after|in|at\s+the\s+end\s+of)\s+(?:every|each)\s+(?:sentence|paragraph|line)\b",
    _I)


@dataclass(frozen=True)
class Line:
    no: int
    text: str  # without bullet marker or markdown emphasis, stripped
    indent: int
    bullet: bool
    merged: bool = False  # a wrapped bullet's continuation, now part of the line above


@lru_cache(maxsize=4)  # each resolver step asks for the same notes' bounded text
def bounded(text: str) -> str:
    """The part of the notes the reader reads (its size limits), so that no resolver step takes
    longer than the reader on a huge paste."""
    return "\n".join(line[:MAX_LINE] for line in text[:MAX_CHARS].splitlines()[:MAX_LINES])


def sentence_end(text: str, at: int) -> int:
    """Where the sentence or line running at `at` ends: the next line break or ". "."""
    ends = [i for i in (text.find("\n", at), text.find(". ", at)) if i >= 0]
    return min(ends) if ends else len(text)


# a dot after these ends no sentence ("Dr. Reyes", "J. Okafor")
_NOT_AN_END = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Sr|Jr|Rev|Capt|Sgt|vs|approx|e\.g|i\.e)|"
                         r"(?<![\w.])[A-Z])\Z", re.I)


# a sentence's end: its marks, any closing quote or bracket, then a space
_END = re.compile(r"[.!?]+[\"'”’)\]]*\s+")


def sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """Where the sentence of `text` that holds offset `at` starts and ends: between line breaks
    and the ". ", "? ", "! " that end a sentence (not the dot of "Dr." or of an initial)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    for m in _END.finditer(text, start, end):
        if m.group(0)[0] == "." and _NOT_AN_END.search(text[:m.start()]):
            continue
        if m.start() >= at:
            return start, len(text[:m.end()].rstrip())
        start = m.end()
    return start, end


def sentence_at(text: str, at: int) -> str:
    """The sentence of `text` that holds offset `at` (see sentence_bounds)."""
    start, end = sentence_bounds(text, at)
    return text[start:end]


def normalise(text: str) -> str:
    """Plain lines: one newline style, no invisible marks (RTL, zero-width) or control chars."""
    for nl in ("\r\n", "\r", "\u2028", "\u2029", "\x85"):
        text = text.replace(nl, "\n")
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    return text.replace("\t", "    ").replace("\u00a0", " ")


def split_lines(text: str) -> list[Line]:
    out: list[Line] = []
    for no, raw in enumerate(normalise(text[:MAX_CHARS]).split("\n")[:MAX_LINES]):
        raw = raw[:MAX_LINE].replace("**", "").replace("__", "")
        body = raw.lstrip(" ")
        indent = len(raw) - len(body)
        m = _BULLET.match(body)
        bullet = bool(m) and bool(body[m.end():].strip()) if m else False
        if bullet and m:
            body = body[m.end():]
        body = re.sub(r"^#+\s*", "", body).strip()
        body = retract_corrected(with_spelled_out(body))
        above = next((x for x in reversed(out) if not x.merged), None)
        if body and not bullet and above and above.bullet and above.text and indent > above.indent:
            # a bullet wrapped onto an indented line: one bullet, so an instruction split over
            # two lines is dropped whole
            out[above.no] = Line(above.no, f"{above.text} {body}", above.indent, True)
            out.append(Line(no, "", indent, False, merged=True))
            continue
        out.append(Line(no, body, indent, bullet))
    return out


# a self-correction: "decision by Sept 25 -- no wait, he said the 28th", "Sat Oct 17? no, Fri Oct
# 16", "the 3rd, sorry, the 4th", "Tuesday, I mean Wednesday"
_CORRECTION = re.compile(
    r"(?:[?!.,;:]|\s[-–—]+|\s)\s*(?:no\s*,?\s*wait|wait\s*,?\s*no|no\s*[,!—–-]|nope\s*[,!—–-]?|"
    r"sorry\s*[,—–-]|I\s+mean|correction\s*[:,—–-]?|scratch\s+that|make\s+that|or\s+rather|"
    r"not\s+(?:the\s+)?\w+\s*[,—–-]\s*(?:it'?s|it\s+was))\s*[,:—–-]?\s*"
    # "actually" takes a date back only after a break ("Wed 14 Jan -- actually it went Thu 15
    # Jan"); mid-sentence ("Oct 3 and actually ...") it is emphasis
    r"|(?:[?;(,]|\s[-–—]+)\s*(?:actually|on\s+second\s+thought)\b\s*[,:—–-]?\s*", re.I)
_ORDINAL = re.compile(r"\bthe\s+\d{1,2}(?:st|nd|rd|th)\b", re.I)
_ANY_DAY = Clock(dt.date(2026, 1, 1))  # only the spans matter here, not the days they name


def retract_corrected(text: str) -> str:
    """The line with a date the writer took back replaced by the one they corrected it to
    ("decision by 25 Sept -- no wait, he said the 28th" reads as "decision by the 28th ..."),
    so no later step can pick the retracted one. One correction per line."""
    m = _CORRECTION.search(text)
    if m is None:
        return text
    rest = text[m.end():]
    found = [(f.start, f.end) for f in scan_dates(rest, _ANY_DAY) if f.kind != "invalid"]
    bare = _ORDINAL.search(rest)
    spans = sorted(found + ([bare.span()] if bare else []))
    head = text[:m.start()]
    before = sorted([(f.start, f.end) for f in scan_dates(head, _ANY_DAY) if f.kind != "invalid"]
                    + [o.span() for o in _ORDINAL.finditer(head)])
    if not spans or not before:
        return _renamed(head, rest) or text
    (a, b), (c, d) = spans[0], before[-1]  # the date just before the cue is the one taken back
    return " ".join(x.strip() for x in (
        head[:c], rest[a:b], head[d:], rest[:a] + rest[b:]) if x.strip())


# what a name was corrected to: "Samuel Mensah — wait, no, it's Adjei-Mensah"
_NAME_AFTER = re.compile(r"(?:it['’]?s\s+|its\s+|it\s+is\s+)?(?P<w>[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*)")
_NAME_BEFORE = re.compile(r"(?P<v>[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*)\W*$")


def _renamed(head: str, rest: str) -> str | None:
    """The line with a name the writer corrected replaced by the correction, when the two
    share a part ("Mensah" -> "Adjei-Mensah", "Okafor" -> "Okafor-Ibe") or open alike; None
    when the correction names no such name."""
    after, before = _NAME_AFTER.match(rest), _NAME_BEFORE.search(head)
    if not after or not before:
        return None
    w, v = after["w"], before["v"]
    parts_w, parts_v = set(w.casefold().split("-")), set(v.casefold().split("-"))
    if w == v or not (parts_w & parts_v or w[:3].casefold() == v[:3].casefold()):
        return None
    return head[:before.start()] + w + rest[after.end():]


_CELL_GAP = re.compile(r" {4,}")  # a tab, as `normalise` writes it


def table_rows(texts: list[tuple[Line, str]]) -> dict[int, list[tuple[str, str]]]:
    """A tab-separated table pasted from a tracker: each row's cells (by line number) with
    its column's header, the row above with as many cells and no digits. A row whose cell
    count differs (an empty cell) is no row of it."""
    out: dict[int, list[tuple[str, str]]] = {}
    header: list[str] | None = None
    for line, text in texts:
        cells = [c.strip() for c in _CELL_GAP.split(text)]
        if len(cells) < 3:
            header = None
        elif header is not None and len(cells) == len(header):
            out[line.no] = list(zip(header, cells, strict=True))
        else:
            header = None if any(c.isdigit() for c in text) else cells
    return out


def _without_instructions(text: str) -> str:
    """The line minus any sentence that reads like an instruction to an AI."""
    if not _INSTRUCTION.search(text):
        return text
    parts = re.split(r"(?<=[.!?;:])\s+|\s+[-–—]\s+", text)
    return " ".join(p for p in parts if not _INSTRUCTION.search(p)).strip()


def _sentences(text: str) -> list[str]:
    """Split at '. ' before a capital ("plans. She mentioned ..."), not after "Dr." or "vs."."""
    out, start = [], 0
    for m in re.finditer(r"[.!?]\s+(?=[A-Z])", text):
        word = [w.lstrip("([{\"'“‘") for w in text[start:m.start()].split()[-1:]] or [""]
        if word[0].casefold().rstrip(".") in vocab().abbreviations or len(word[0]) <= 1:
            continue
        out.append(text[start:m.start()])
        start = m.end()
    out.append(text[start:])
    return [p for p in out if p.strip()]


_KEY_VALUE = re.compile(r"(?P<key>[^\W\d_][^:：\n]{0,40}?)\s*[:：](?!//)\s*(?P<val>.*)")


def key_value(text: str) -> tuple[str, str, str] | None:
    """(kind, key as written, value) for a known `Key: value` line; for facts, also
    `Key - value` ("Company - Infoveda Systems", "Interview date - 26-Nov-2026")."""
    m = _KEY_VALUE.fullmatch(text)
    dashed = m is None
    if dashed:
        m = _KEY_DASH_VALUE.fullmatch(text)
    if not m:
        return None
    key = " ".join(m["key"].casefold().replace("’", "'").split()).strip(" *_-")
    keys = vocab().keys
    kind = keys.get(key) or keys.get(key.rstrip("s"))
    if dashed and kind not in _DASH_KINDS:
        return None  # "Notes - Pharmacist interview" is a heading, not a topic list
    return (kind, m["key"], m["val"].strip()) if kind else None


_KEY_DASH_VALUE = re.compile(r"(?P<key>[^\W\d_][^:：\n\-–—]{0,30}?)\s+[-–—]\s+(?P<val>\S.*)")
_DASH_KINDS = {"company", "role", "date", "round", "format", "people", "decision", "offer",
               "deadline", "candidate", "recruiter", "hiring manager"}


def _cut_value(value: str) -> str:
    return re.split(r"\s*[,;(]\s*|\s+[-–—|]\s+", value, maxsplit=1)[0].strip(" .")
