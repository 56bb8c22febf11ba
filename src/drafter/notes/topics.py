"""Topics: what was discussed, as short phrases, from bullets and from prose with a cue
("asked about ...", "we talked about ...").
"""

from __future__ import annotations

import re

from drafter.notes.names import _full_name
from drafter.notes.people import is_first_name
from drafter.notes.segment import _INSTRUCTION, _sentences

_I = re.IGNORECASE

_LEAD_IN = re.compile(
    r"(?:(?:she|he|they|we|i|you|the\s+interviewer|interviewer)\s+)?(?:really\s+|mostly\s+|also\s+|"
    r"then\s+|briefly\s+|first\s+|later\s+)?(?:"
    r"asked\s+(?:me\s+|us\s+|you\s+)?(?:a\s+lot\s+|lots\s+|a\s+bunch\s+|a\s+few\s+|some\s+|many\s+)?"
    r"(?:(?:of\s+)?questions\s+)?(?:about|on|regarding|re:?)?"
    r"|talked\s+(?:a\s+lot\s+|mostly\s+|a\s+bit\s+)?(?:about|through)|discussed|went\s+(?:over|through)"
    r"|covered|dug\s+into|dove\s+into|deep[- ]?dived?\s+(?:into|on)"
    r"|(?:a\s+)?deep[- ]dive\s+(?:into|on)"
    r"|(?:lots\s+of\s+|a\s+lot\s+of\s+|some\s+)?questions\s+(?:about|on)|focused\s+on"
    r"|spent\s+(?:a\s+lot\s+of\s+|most\s+of\s+the\s+|some\s+)?time\s+on|mentioned(?:\s+that)?"
    r"|explained(?:\s+that)?|described|walked\s+(?:me\s+|us\s+|them\s+|her\s+|him\s+)?through"
    r"|showed\s+(?:me\s+)?|told\s+(?:me|you)\s+about|told\s+(?:me|you)(?:\s+that)?|wanted\s+to\s+know(?:\s+about)?"
    r"|was\s+curious\s+about|curious\s+about|interested\s+in|grilled\s+(?:me|you)\s+on|pressed\s+(?:me\s+|you\s+)?on"
    r"|said(?:\s+that)?|shared|gave\s+(?:an?\s+)?(?:example|story)\s+(?:of|about)|pitched|presented"
    r"|chatted\s+about|topics?:|re:|q:|question:|my\s+answer:|me:)\s*", _I)
_TOPICISH = re.compile(
    r"(?:(?:she|he|they|we|interviewer)\s+)?(?:asked|talked\s+about|discussed|questions?\b|"
    r"went\s+over|covered)", _I)
_NOISE = re.compile(
    r"(?:great|good|nice|fun|friendly|positive|negative|awkward|went\s+(?:well|great|ok|okay|fine|"
    r"badly)|felt|seemed|overall|vibe|i\s+think|not\s+sure|nervous|tough|hard|easy|ok|okay|"
    r"thanks?|lol|tbd|n/?a|none|nothing)\b", _I)


def clean_topic(text: str) -> str | None:
    """A short topic phrase, or None for something that is not one ("great chat", instructions)."""
    text = " ".join(text.split()).strip(" -–—*•:;,.")
    if _INSTRUCTION.search(text):
        return None
    for _ in range(3):  # "she asked me about" then "I described" ...
        m = _LEAD_IN.match(text)
        if not m or not m.group(0).strip():
            break
        text = text[m.end():].strip(" -–—:;,.")
    text = text.strip("\"'“”‘’ ").rstrip(" .;,:!")
    text = re.sub(r"\s+(?:etc\.?|and\s+so\s+on)$", "", text, flags=_I)
    words = text.split()
    if len(words) > 20:
        cut = re.search(r"[,(—–]|\s-\s", " ".join(words[3:20]))
        text = " ".join(words[:3]) + " " + (" ".join(words[3:20])[:cut.start()] if cut
                                            else " ".join(words[3:20]))
        text = text.strip(" ,;:(")
    if sum(c.isalpha() for c in text) < 2:
        return None
    if len(words) <= 4 and _NOISE.match(text):
        return None
    if _full_name(text) is not None:
        return None
    bare = re.sub(r"\s*\([^()]*\)", "", text).strip()
    if " " not in bare and bare[:1].isupper() and is_first_name(bare):
        return None  # "Grace (TA)": someone on a list of people, not what was discussed
    return text


# a comma piece that continues a clause rather than starting a list item
_JOINER = re.compile(r"(?:worried|which|that|because|but|so|and|though|esp|especially|"
                     r"including|e\.g|like)\b", _I)


def _split_topics(text: str, commas: bool) -> list[str]:
    """Topics from inline text: ';' and sentences always separate; ',' only in a list of
    short phrases."""
    parts = [p for s in _sentences(text) for p in re.split(r"\s*;\s*", s) if p.strip()]
    if commas:
        out: list[str] = []
        for part in parts:
            pieces = _split_outside_parens(part, ",")
            if len(pieces) >= 3 and re.match(r"(?:and|or)\s", pieces[-1], _I):
                pieces[-1] = pieces[-1].split(None, 1)[1]  # "a, b, and c": a list, Oxford comma
            short = all(len((clean_topic(p) or p).split()) <= 8 for p in pieces)
            if len(pieces) > 1 and short and not any(_JOINER.match(p.strip()) for p in pieces[1:]):
                out.extend(pieces)
            else:
                out.append(part)
        parts = out
    return [t for p in parts if (t := clean_topic(p))]


def _split_outside_parens(text: str, sep: str) -> list[str]:
    out, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += (ch in "([") - (ch in ")]")
        if ch == sep and depth <= 0:
            out.append(text[start:i])
            start = i + 1
    out.append(text[start:])
    return [p.strip() for p in out if p.strip()]


def _topic_cue(text: str) -> bool:
    m = _LEAD_IN.match(text)
    return bool(m and m.group(0).strip())
