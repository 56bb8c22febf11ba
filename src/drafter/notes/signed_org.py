"""Detector: the organisation a pasted email's sender signs with.

A signature under a sign-off runs name, job, organisation, contact lines ("Hyun-woo Park /
Transportation Manager / Bayshore Cold Chain Logistics"), or holds them on one line split by
"|" or commas ("General Manager | The Linden House Hotel", "Arturo Villanueva, Chief Plant
Operator, City of Pinecrest Public Utilities"). The organisation is on the first line after
the job that has one: its last part that reads as a name, not a job, a department, a place, an
agency, an address or a phone number. An email that makes an offer is the other employer's and
is not read. The reader takes the organisation only when nothing else names the company, and
the resolver's doubts still apply to it.
"""

from __future__ import annotations

import re

from drafter.notes.company_name import take_company
from drafter.notes.employer import is_place
from drafter.notes.lexicon import common_set
from drafter.notes.pasted import RULE, messages
from drafter.notes.segment import bounded
from drafter.notes.vocab import vocab

_PARTS = re.compile(r"\s*[|•·]\s*|\s+[-–—]\s+|\s*,\s+")
_CONTACT = re.compile(r"@|https?:|www\.|\d{3}|\b(?:tel|phone|mob|mobile|cell|fax|ext)\b", re.I)
_MAX_LINES = 5  # a signature longer than this has run into the notes
# an agency signs with these ("Apex Talent Ltd", "BrightPath Staffing"): not the employer
_AGENCY = re.compile(r"\b(?:talent|recruit\w*|staffing|search|personnel|resourcing|headhunt\w*|"
                     r"agency)\b", re.I)
# the email makes an offer: its sender is the other employer, not the one written to
_OFFER = re.compile(r"\b(?:offer\s+(?:you|of\s+employment)|(?:pleased|delighted|happy|excited)"
                    r"\s+to\s+(?:extend\s+(?:an\s+|the\s+)?|make\s+(?:an\s+|the\s+)?)?offer)",
                    re.I)


def _role_like(part: str) -> bool:
    words = [w.strip(".,()").casefold() for w in part.split()]
    return 0 < len(words) <= 8 and any(w in vocab().role_heads for w in words)


_JOINS = frozenset({"&", "and", "of", "the", "for"})
_UNITS = re.compile(r"\b(?:dept|department|division|unit|team|office|directorate|section|lab)\.?$",
                    re.I)


def _department(part: str) -> bool:
    """ "Finance & Accounting", "People Services", "Community Development Dept.": a part of
    the organisation, made of ordinary words or ending in a unit's word."""
    words = [w.strip(".,").casefold() for w in part.split()]
    return bool(_UNITS.search(part)) or all(w in common_set() for w in words if w not in _JOINS)


_LEGAL_TWO = frozenset({"ag", "sa", "nv", "bv", "as", "ab", "oy", "se", "co", "kg", "sl", "lp"})


def _place(part: str) -> bool:
    """ "Dubai", "Elk Prairie WI", "Austin, TX" (a state's code, not "Siemens AG")."""
    last = part.split()[-1]
    return is_place(part) or (len(last) == 2 and last.isupper() and (
        last.casefold() not in _LEGAL_TWO))


def _org(lines: list[list[str]], elsewhere: str = "") -> str | None:
    """The organisation after a job: on the line that names one, its last ("Associate
    Publisher, Fledgling Books | Inkwell & Thorn Publishers": the imprint, then the house),
    unless the notes name another of them outside the signature ("Subject: Spanish Teacher –
    Lincoln-Alvarez High School" over "Lincoln-Alvarez High School | Riverside Unified School
    District": the school the candidate applied to)."""
    titled = False
    for parts in lines:
        found: list[str | None] = []
        for part in parts:
            part = part.strip(" \t>.")
            if not part or _CONTACT.search(part):
                continue
            if _role_like(part):
                titled = True
                continue
            if titled and not _department(part) and not _place(part) and not (
                    _AGENCY.search(part)):
                name = take_company(part)
                # a part not read whole ("Calloway Institute for Plant Genomics") may be the
                # organisation all the same: nothing before it is taken instead
                found.append(name if name == part and len(part.split()) > 1 else None)
        if found:
            named = [f for f in found if f and f.casefold() in elsewhere.casefold()]
            return named[-1] if len(named) == 1 else found[-1]
    return None


def sender_org(text: str, offer: str | None = None) -> str | None:
    """The organisation the first pasted email someone sent the candidate is signed with;
    never `offer` (the company whose offer the notes declare)."""
    lines = bounded(text).splitlines()
    for msg in messages(text):
        if msg.direction == "sent" or msg.signed is None:
            continue  # the candidate's own email signs with their employer, if anyone's
        if _OFFER.search("\n".join(lines[msg.first:msg.last + 1])):
            continue  # an offer's sender is the other employer
        block: list[list[str]] = []
        end = min(len(lines), msg.last + _MAX_LINES)
        elsewhere = "\n".join(lines[:msg.last] + lines[end:])
        for i in range(msg.last, end):
            line = lines[i].strip().lstrip(">").strip()
            if i > msg.last and (not line or RULE.match(line)):
                break
            block.append(_PARTS.split(line))
        if (org := _org(block, elsewhere)) and not (offer and org.casefold() == offer.casefold()):
            return org
    return None
