"""People the notes name who were not at this interview: those met only in a later round ("round
2 would be with him") and those who did not show ("Brianna didn't show"): no one to thank.
"""

from __future__ import annotations

import re

from drafter.context import InterviewContext, Interviewer
from drafter.notes.segment import bounded, sentence_at

_ABSENT = (r"\s+(?:(?:didn['’]?t|did\s+not|never)\s+(?:show|turn\s+up|join|make\s+it)\b|"
           r"(?:was\s+(?:a\s+)?)?no[- ]show\b|no[- ]showed\b|"
           r"(?:couldn['’]?t|could\s+not|wasn['’]?t\s+able\s+to)\s+(?:make\s+it|join|attend)\b)")


def _absent(text: str, person: Interviewer) -> bool:
    """"Brianna didn't show", "Sam was a no-show", "Dr Obi couldn't make it": on the invite,
    not at the interview, so no interviewer of theirs to thank (--to may still name them)."""
    words = person.name.split()
    forms = {person.name, words[0]} if len(words) > 1 else {person.name}
    return any(re.search(rf"(?<![\w-]){re.escape(f)}{_ABSENT}", text, re.I) for f in forms)


_LATER = re.compile(r"\b(?:round\s*(?:2|3|two|three)\b|(?:2nd|3rd)\s+round|"
                    r"next\s+(?:round|step|stage|interview)s?|"
                    r"second\s+round|next\s*[:\-–—])[^.;\n]{0,50}?(?:\bwith\b|\bw/|\bmeet)|"
                    # "may do a 2nd convo w/ me", "will want a second chat with me"
                    r"\b(?:2nd|second|another|follow-?up|further)\s+(?:convo|conversation|chat|"
                    r"call|meeting|interview)\s+(?:with|w/)\s+me\b|"
                    r"\b(?:would|will|['’]ll)\s+be\s+(?:with|w/)\b|\bwill\s+meet\b|"
                    r"\b(?:to|will)\s+(?:meet|interview\s+with)\b[^.;\n]{0,30}\bnext\b", re.I)


# "2nd round was a video call Weds 15 Oct with Dr Bakare": a round that took place is this one
_PAST = re.compile(r"\b(?:was|were|went|had|did|yesterday|today|this\s+(?:morning|afternoon))\b",
                   re.I)


def _first_sentence(text: str, name: str) -> str:
    """Where the notes first name the person: the sentence, not the whole line ("Interviewed
    with Ana today. Next step is a meeting with her boss" keeps Ana at this interview)."""
    m = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.I)
    return sentence_at(text, m.start()) if m else ""


def for_later_round(source: str, name: str) -> bool:
    """Whether the notes first name the person for a round still to come ("next step = 60
    min with the hiring manager, Oskar Lindqvist")."""
    return any(not _PAST.search(m[0]) for m in _LATER.finditer(
        _first_sentence(bounded(source), name)))


def later_rounds(ctx: InterviewContext) -> InterviewContext:
    """People the notes meet only in a later round are no one to thank for this interview."""
    later = [p for p in ctx.interviewers if for_later_round(ctx.source, p.name)]
    if not later:
        return ctx
    names = {p.name for p in later}
    return ctx.model_copy(update={
        "interviewers": [p for p in ctx.interviewers if p.name not in names],
        "others": [*ctx.others, *later],
        "doubts": [*ctx.doubts, *(f"{n}: named for a later round, not this interview"
                                 for n in sorted(names))]})
