"""Whether a word is the head of a job title ("Translator", "Technician", "Surveyor").

One vocabulary for every reader that asks: vocab.toml's role_heads and title words, the heads
data/role.toml adds, and, where only a job can stand (a header's part, "the X role"), any agent
noun ("radiographer", "agronomist"). A plural is a firm's name ("Builders"), never a head.
"""

from __future__ import annotations

import re
from functools import cache

from drafter.notes.lexicon import data_toml, plain
from drafter.notes.vocab import vocab


@cache
def role_data() -> dict[str, list[str]]:
    return data_toml("role.toml")["role"]  # type: ignore[no-any-return]


@cache
def heads() -> frozenset[str]:
    v, data = vocab(), role_data()
    # "peer" is an interviewer's word, no job's head
    return (v.role_heads | (v.title_words - v.title_modifiers) | frozenset(data["heads"])) - (
        frozenset(data["not_heads"]))


# an agent noun ("surveyor", "radiographer", "agronomist"): a job's head where only a job can be
_AGENT = re.compile(r"[^\W\d_]{3,}(?:er|or|ist|ian|ant|ent|eer)")  # one: "Builders" is a firm


def is_head(word: str, strong: bool) -> bool:
    """Whether `word` heads a job title; `strong` where the shape around it says only a job
    can stand there, so any agent noun counts."""
    w = plain(word.strip(".,;:'’\"()"))
    if w in heads():
        return True
    return strong and bool(_AGENT.fullmatch(w)) and w not in role_data()["not_heads"]


def ends_in_job(text: str) -> bool:
    """"Senior Translator", "Field Service Technician": a title whose last word is a job's head
    (from the known heads only: "Hollis Miller" ends in an agent noun too)."""
    words = text.split()
    return 0 < len(words) <= 6 and is_head(words[-1], strong=False)


def firm_plural(text: str) -> bool:
    """"Greenleaf Grocers", "Halden Builders": a name ending in the plural of a job's noun is a
    firm's, though it is shaped like a person's, unless a known first name opens it ("Bernie
    Sanders")."""
    from drafter.notes.people_words import first_names
    from drafter.wordclass import classes

    words = text.split()
    last = plain(words[-1].strip(".,")) if len(words) > 1 else ""
    if not (last.endswith("s") and not last.endswith("ss")) or plain(words[0]) in first_names():
        return False
    one = last[:-1]
    return is_head(one, strong=True) and "noun" in classes(one) and "noun" in classes(last)
