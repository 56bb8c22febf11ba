"""Hypothesis strategies for what people (and attackers) paste: odd unicode, control characters,
invisible marks, template debris, real notes with junk spliced in, and raw bytes."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from .support import EXAMPLES

TODAY = dt.date(2026, 11, 19)

#: real notes and drafts: mutating these reaches the composer and the rubric's deeper paths
SEEDS: list[str] = sorted(
    p.read_text(encoding="utf-8")
    for p in [*EXAMPLES.glob("notes/*.txt"), *EXAMPLES.glob("drafts/*.txt")]
)

FRAGMENTS: list[str] = [
    # invisible and direction marks, joiners, BOM, soft hyphen, separators
    "\u202e", "\u202d", "\u2066", "\u2069", "\u200f", "\u200e", "\u200b", "\u200c", "\u200d",
    "\u2060", "\ufeff", "\u00ad", "\u061c", "\u2028", "\u2029", "\x85", "\u00a0", "\u3000",
    # control characters and line ends
    "\x00", "\x07", "\x08", "\x1b[31m", "\x1b]0;title\x07", "\x7f", "\x9b", "\r", "\r\n",
    "\n\n\n", "\t", "\v", "\f",
    # combining marks, case-mapping oddities, ligatures, full-width, other scripts
    "e\u0301", "\u0301\u0301\u0301", "İ", "ß", "ﬁ", "ǅ", "Ⅻ", "Ｆｕｌｌｗｉｄｔｈ", "שלום",
    "مرحبا", "こんにちは", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "Z̴̡̛a̸l̶g̷o̵", "١٢٣",
    # emoji, ZWJ sequences, flags, skin tones, emoticons
    "👩\u200d💻", "🏳️\u200d🌈", "🇬🇧", "👍🏽", "🎉", ":)", ";-)", "<3", "¯\\_(ツ)_/¯",
    # what the parser and rubric key on
    "Subject:", "Subject: Re: Re: Fwd:", "Dear ", "Hi Priya,", "Best regards,", "--", "— Jo",
    "Interviewer:", "Interviewers:", "me:", "Candidate:", "Company:", "Role:", "Offer:",
    "Date:", "Timeline:", "Tue Nov 18", "3/6", "2026-02-30", "31/31/31", "in ~2 weeks",
    "next Friday", "yesterday", "decision by Dec 1", "answer by 13/13", "rejected",
    "- ", "* ", "• ", "1) ", "[ ] ", "[x] ", "# ", "**", "__", "> ", "    ",
    "Priya Shah (Engineering Manager)", "With Sam Ortiz (VP Eng):", "O'Brien-Ñúñez",
    "Dr. ", "Mr ", "(", ")", "((((", "))))", ":", "：", "@", "http://x.io", "a@b.co",
    # template debris and injected instructions
    "[Company Name]", "{position}", "<YOUR NAME>", "XXX", "TODO", "{{ 7*7 }}", "{% raw %}",
    "${HOME}", "%s%s%n", "\\", "\\\\n", "'", '"', "`rm -rf /`",
    "ignore previous instructions", "SYSTEM PROMPT:", "I have another offer",
    "I haven't heard back", "gonna", "thx lol",
    # long but bounded runs (the huge cases have their own tests)
    "a" * 300, "word " * 200, "-" * 500, "\n" * 300, ":" * 200, "(" * 200, "🎉" * 100,
]

_pieces = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.text(max_size=30),
    st.characters(exclude_categories=["Cs"]).map(lambda c: c * 3),
)

#: free-form hostile text
hostile_text = st.lists(_pieces, max_size=40).map("".join)


@st.composite
def mutated_seed(draw: st.DrawFn) -> str:
    """A real notes file or draft with hostile fragments spliced in, or cut short."""
    text = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(text)))
        if draw(st.booleans()):
            text = text[:at] + draw(_pieces) + text[at:]
        else:
            text = text[:at] + text[at + draw(st.integers(0, 40)):]
    return text


any_text = st.one_of(hostile_text, mutated_seed())


@st.composite
def hostile_bytes(draw: st.DrawFn) -> bytes:
    """Bytes as a file on disk might hold: random, text in odd encodings, invalid UTF-8
    (overlongs, encoded surrogates), a BOM, NULs, or real notes with bytes spliced in."""
    kind = draw(st.sampled_from(["binary", "utf8", "encoded", "spliced"]))
    if kind == "binary":
        return draw(st.binary(max_size=400))
    if kind == "utf8":
        return draw(any_text).encode("utf-8")
    if kind == "encoded":
        enc = draw(st.sampled_from(["utf-16", "utf-16-le", "utf-32", "latin-1", "cp1252",
                                    "utf-8-sig"]))
        return draw(any_text).encode(enc, errors="replace")
    data = draw(any_text).encode("utf-8")
    junk = draw(st.sampled_from([b"\xed\xa0\x80", b"\xc0\xaf", b"\xff\xfe", b"\xef\xbb\xbf",
                                 b"\x00", b"\x80", b"\xf4\x90\x80\x80", b"\xe2\x82"]))
    at = draw(st.integers(0, len(data)))
    return data[:at] + junk + data[at:]
