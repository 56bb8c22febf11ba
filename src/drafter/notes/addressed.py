"""Detector: whom the notes say to write to ("write to Dr. Cho", "email Noor", "nudging Tom
again"), each with its line; a question that weighs a name ("write to Talia? or ...") is no
answer. The words still have to name a known person: contacts.py checks them.
"""

from __future__ import annotations

import re

from drafter.notes.people import find_people
from drafter.notes.segment import _without_instructions

_ADDRESS = re.compile(
    r"(?<![\w])(?:write|writing|email|emailing|e-mail|message|messaging|nudge|nudging|reply|"
    r"replying|respond|responding|tell|telling|address|addressed|follow(?:ing)?\s+up|"
    r"going\s+back|go\s+back|write\s+back|get\s+back|"
    r"send|sending|check\s+in|checking\s+in|thank|thanking|ping|pinging|"
    # the person settles it: "going with Dariusz as he's the one who said the 30th"
    r"(?:I(?:'ll|\s+will|'m)\s+)?go(?:ing)?\s+with)"
    r"(?:\s+(?:it|this|one|that|them|a\s+note|the\s+\w+|back|again|directly))*"
    r"\s+(?:(?:to|with)\s+)?(?P<who>(?:(?:dr|mr|mrs|ms|mx|prof)\.?\s+)?[^\W\d_][\w'’-]*"
    r"(?:\s+[^\W\d_][\w'’-]*)?)", re.I)


def _pronoun_target(line: str, at: int) -> str | None:
    """The person 'her'/'him' points back to: the one person named earlier in the same
    sentence ("Sinead Walsh said she'd let me know, so I should write to her")."""
    sentence = re.split(r"(?<=[.!?])\s+", line[:at])[-1]
    named = {p.name for p in find_people(sentence)}
    return named.pop() if len(named) == 1 else None


def addressed(text: str) -> list[tuple[int, str]]:
    """(line, words) where the notes say whom to write to: "write to Dr. Cho", "email Noor",
    "nudging Tom again", "tell Femi directly". The words still have to name a known person."""
    out = []
    for no, raw in enumerate(text.splitlines(), 1):
        line = _without_instructions(raw)
        for m in _ADDRESS.finditer(line):
            # "Should I write to Talia directly? or ...", "follow up to Ms. Tina now? or wait?":
            # a question, not a decision
            after = line[m.end():]
            if re.match(r"[^.!?\n]*\?+\s*or\b", after, re.I) or (re.match(
                    r"[^.!?\n]*\?", after) and re.search(
                    r"(?:^|[.!?]\s+)(?:should|shall|do|can|would|could)\s+I\b[^.!?]*$",
                    line[:m.start()], re.I)):
                continue
            who = m["who"]
            if who.split()[0].casefold() in ("her", "him"):
                who = _pronoun_target(line, m.start()) or who
            out.append((no, who))
    return out
