"""Deterministic repairs: what the rubric found that needs no model to fix.

Emoji are deleted, extra exclamation marks become full stops, listed slang gets its listed
replacement, and a template slot the notes can fill ("[Company Name]") is filled from the notes.
Anything else goes back to the model (or to the person).
"""

from __future__ import annotations

import re

from drafter.context import InterviewContext
from drafter.report import Finding, Report

_SLOT_FACTS = [  # words inside a slot -> which fact fills it
    (re.compile(r"company|organi[sz]ation|employer|firm", re.I), "company"),
    (re.compile(r"role|position|job|title", re.I), "role"),
    (re.compile(r"your\s+name|my\s+name|candidate", re.I), "candidate"),
    (re.compile(r"interviewer|hiring\s+manager|name", re.I), "interviewer"),
]


def _slot_value(slot: str, ctx: InterviewContext, interviewer_first: str | None) -> str | None:
    for pattern, fact in _SLOT_FACTS:
        if pattern.search(slot):
            if fact == "interviewer":
                return interviewer_first
            return getattr(ctx, fact)
    return None


def _replacement(f: Finding, ctx: InterviewContext, first: str | None) -> str | None:
    if f.category == "emoji":
        return ""
    if f.rule == "casual.exclamation":
        return "."
    if f.rule == "casual.shouting" and re.fullmatch(r"([!?])\1+", f.match):
        return f.match[0]  # "great!!" -> "great!"
    if f.category == "casual" and f.suggestion and f.suggestion.startswith('use "'):
        return f.suggestion[5:-1]
    if f.category == "placeholder":
        return _slot_value(f.match, ctx, first)
    return None


def apply_fixes(text: str, report: Report, ctx: InterviewContext,
                interviewer_first: str | None = None) -> tuple[str, list[str]]:
    """Return the repaired text and the rule ids that were fixed."""
    edits = []
    for f in report.findings:
        value = _replacement(f, ctx, interviewer_first)
        if value is not None and f.end > f.start:
            edits.append((f.start, f.end, value, f.rule))
    fixed = []
    last_start = len(text) + 1
    for start, end, value, rule in sorted(edits, reverse=True):
        if end > last_start:  # overlapping findings: the later edit already covers it
            continue
        before, after = text[:start].rstrip(" "), text[end:]
        if value == "." and before[-1:] in ("!", "?", "."):
            value = ""  # "great!!" -> "great!", not "great!."
        if value == "":
            # an emoticon often ends a sentence: "Analytics :) It was" -> "Analytics. It was"
            nxt = after.lstrip(" ")
            if (before[-1:].isalnum() or before[-1:] in ")]}>\"'") and nxt[:1].isupper():
                value = "."
            start = len(before)  # "Thanks :)" -> "Thanks", not "Thanks "
        text = text[:start] + value + text[end:]
        last_start = start
        fixed.append(rule)
    return text, sorted(set(fixed))
