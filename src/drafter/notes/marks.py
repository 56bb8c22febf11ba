"""Last step: names keep the combining accents the notes wrote.

Python's `\\w` does not match a combining mark, so every name pattern stops before one:
"Adébáyọ̀" (a dot below, then a combining grave on the o) was read as "Adébáyọ", and an email
greeting it misspells the person's name. A name's word the notes write with combining marks
after it gets them back, in every field that holds the name, so the names still match.
"""

from __future__ import annotations

import re

from drafter.context import InterviewContext
from drafter.notes.segment import bounded

_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def _marked_words(source: str) -> dict[str, str]:
    """Each word of the notes that has combining marks: as read (without them) -> as written."""
    out: dict[str, str] = {}
    for m in re.finditer(r"[^\W\d_](?:[\w'’-]|" + _MARKS.pattern + r")*", source):
        word = m.group()
        read = _READ.match(word)
        if _MARKS.search(word) and read is not None:
            out.setdefault(read.group(), word)  # the reader stopped at the first mark
    return out


_READ = re.compile(r"[\w'’-]*")


def with_marks(ctx: InterviewContext) -> InterviewContext:
    """The context with every person's name written with the notes' combining marks."""
    words = _marked_words(bounded(ctx.source))
    if not words:
        return ctx

    def fix(name: str | None) -> str | None:
        if not name:
            return name
        return " ".join(words.get(w, w) for w in name.split(" "))

    people = {f: [p.model_copy(update={"name": fix(p.name)}) for p in getattr(ctx, f)]
              for f in ("interviewers", "others")}
    update: dict[str, object] = {**people}
    for f in ("recruiter", "candidate", "correspondent", "thread_owner", "addressee", "thanked",
              "rejection_from"):
        update[f] = fix(getattr(ctx, f))
    update["uncertain"] = [fix(n) for n in ctx.uncertain]
    update["sent"] = [s.model_copy(update={"to": fix(s.to)}) for s in ctx.sent]
    if ctx.recruiter_person is not None:
        update["recruiter_person"] = ctx.recruiter_person.model_copy(
            update={"name": fix(ctx.recruiter_person.name)})
    return ctx.model_copy(update=update)
