"""Detector: the person a pasted message comes from, when it has no From: line or sign-off.

- a messaging app's card above the message: "Mei Ling Chua · 1st" over their headline
  ("Talent Acquisition, APAC | Bastion Security");
- a caller naming themselves at the start of a quoted voicemail or text: "Hi, this is Dr.
  Price from Riverbend Family Dental", "Hey Dev, it's Niamh at Murphy and Daughters", "Sunita
  here from Greenleaf Pharmacy".

Each needs the evidence beside the name (a job-title headline; "from|at <Company>"), never
capital letters alone.
"""

from __future__ import annotations

import re

from drafter.notes.people import Person, is_first_name
from drafter.notes.people_shape import TOKEN, as_title, kind_of, name_at, shaped

# a messaging app's card above a message: "Mei Ling Chua · 1st", then their headline
_CARD = re.compile(r"^[ \t]*(?P<n>[^\W\d_][^\n·•]{2,60}?)[ \t]*[·•][ \t]*(?:1st|2nd|3rd)\b")
# a caller naming themselves in a quoted voicemail or text: "this is Femi Ogunleye from Linden"
_INTRO = re.compile(r"[\"“][^\"”]{0,40}?\b(?:this\s+is|it['’]?s)[ \t]+(?P<rest>[^\n\"”]{2,80})",
                    re.I)
# ... or "NAME here from COMPANY": "Hi Mateo, Sunita here from Greenleaf Pharmacy"
_HERE = re.compile(r"[\"“][^\"”]{0,40}?(?<![\w'’-])(?P<rest>(?-i:[A-Z])[\w'’.-]*"
                   r"(?:[ \t]+(?-i:[A-Z])[\w'’.-]*){0,2})[ \t]+here[ \t]*,?"
                   r"(?=[ \t]+(?:from|at|with)[ \t]+[A-Z])", re.I)


def carded(lines: list[str]) -> list[Person]:
    """The person whose card heads a message ("Name · 2nd" over "Senior Recruiter at X", or
    over where they work)."""
    out: list[Person] = []
    for no, line in enumerate(lines):
        if not (m := _CARD.match(line)) or no + 1 >= len(lines):
            continue
        toks = list(TOKEN.finditer(m["n"]))
        i, j, words, honorific = name_at(m["n"], toks, 0)
        headline = re.split(r"\s+(?:at|@)\s+|[|,]", lines[no + 1])[0]
        title = as_title(headline)
        # the degree marks a person's card whatever the headline under it says ("Lattice
        # Recruitment | Financial Services" is where they work, no title)
        if words and j == len(toks) and shaped(words, honorific, confirmed=True, strong=False,
                                               led=True):
            kind = kind_of(headline, 0, 0, title, "interviewer") if title else (
                "recruiter" if re.search(r"recruit|talent|staffing", headline, re.I) else "unknown")
            out.append(Person(" ".join(words), no + 1, m.start("n") + toks[i].start(),
                              m.start("n") + toks[j - 1].end(), honorific, kind, title))
    return out


def introduced(lines: list[str]) -> list[Person]:
    """Who left a quoted voicemail or text: "this is NAME from|at COMPANY" or "NAME here from
    COMPANY" at its start."""
    out: list[Person] = []
    for no, line in enumerate(lines, 1):
        if m := _HERE.search(line):
            rest = m["rest"] + line[m.end():]  # the name, then "here from ..."
        elif m := _INTRO.search(line):
            rest = m["rest"]
        else:
            continue
        toks = list(TOKEN.finditer(rest))
        i, j, words, honorific = name_at(rest, toks, 0)
        after = rest[toks[j - 1].end():] if words else ""
        if not words or i > (1 if honorific else 0) or words[0][:1].islower() or not re.match(
                r"[ \t]*,?[ \t]*(?:from|at|with|over\s+at)[ \t]+[A-Z]", after):
            continue
        if len(words) == 1 and not honorific and not is_first_name(words[0]):
            continue
        base = m.start("rest")
        out.append(Person(" ".join(words), no, base + toks[i].start(), base + toks[j - 1].end(),
                          honorific, "interviewer", None))
    return out
