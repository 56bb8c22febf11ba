"""Detector: notes that ask whom to write to ("who do I even send it to?", "not sure who to
chase, grant or hope??", "second nudge to who??"), or where an earlier message went. A name
such a question weighs is one of the choices, not the notes' answer: the recipient rule asks.
"""

from __future__ import annotations

import re

# the notes asking who to write to, or where an earlier message went
_WHO_QUESTION = re.compile(
    r"\b(?:who|whom)\s+(?:do|should|would|shall|to|can)\b[^?\n]{0,40}?\b(?:send|write|email|"
    r"e-mail|reply|respond|address|nudge|contact|follow\s+up)\b[^\n.]{0,40}(?:\?|$)"
    r"|\b(?:should|do|shall|can)\s+I\s+(?:\w+\s+){0,2}(?:write|email|e-mail|send|reply|nudge|"
    r"address|contact)\b[^?\n]{0,60}\?[^\n]{0,60}\bor\b"
    r"|\bdid\s+(?:it|that|my\s+\w+)\s+go\s+to\b[^?\n]{0,40}\?"
    # "second nudge to who??", "no idea which of them actually decides"
    r"|\b(?:to|for)\s+(?:who|whom|which\s+(?:of\s+them|one))\s*\?"
    # "honestly no idea who owns this now"
    r"|\b(?:no\s+idea|not\s+sure|don['’]?t\s+know|idk|unsure)\s+who\s+(?:owns|has|runs|"
    r"is\s+(?:handling|running|in\s+charge\s+of))\s+(?:this|it|the\s+(?:thread|process|search))\b"
    r"|\b(?:no\s+idea|not\s+sure|don['’]?t\s+know|idk|unsure)\s+which\s+(?:of\s+them|one)\b"
    # "I dont know to which one I send thank you", as a second language may put it
    r"|\b(?:no\s+idea|not\s+sure|don['’]?t\s+know|idk|unsure)\s+to\s+(?:which|whom|who)\b"
    r"[^?\n.]{0,30}?\b(?:send|write|email|e-mail|address|thank)"
    # "not sure who to chase, grant or hope??", "not sure whether to message Marco or Iris"
    r"|\b(?:not\s+sure|unsure|don['’]?t\s+know|idk|no\s+idea|can['’]?t\s+decide)\s+"
    r"(?:who|whom|whether|if)\b(?:\s+\w+){0,3}?\s+(?:to\s+)?(?:send|write|email|e-mail|reply|"
    r"respond|address|nudge|contact|chase|message|text|ping|thank|follow\s+up)\b",
    re.I | re.M)


def asks_whom(source: str) -> bool:
    """Whether the notes ask, anywhere, whom to write to."""
    return _WHO_QUESTION.search(source) is not None


def asked_about(source: str, name: str) -> bool:
    """Whether the notes' question about whom to write to names this person on its line."""
    words = [w for w in name.split() if len(w) > 2]
    for m in _WHO_QUESTION.finditer(source):
        start = source.rfind("\n", 0, m.start()) + 1
        end = source.find("\n", m.end())
        line = source[start:end if end >= 0 else len(source)]
        if any(re.search(rf"\b{re.escape(w)}\b", line) for w in words):
            return True
    return False
