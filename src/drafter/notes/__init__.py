"""Reading pasted interview notes: segment → detect → resolve, into an InterviewContext.

`read` proposes facts line by line; `resolve` decides once, with every fact in view, what the
notes support (each kept fact with its evidence) and sets the rest aside as doubts.
"""

from __future__ import annotations

import datetime as dt

from drafter.context import InterviewContext
from drafter.notes.marks import with_marks
from drafter.notes.offers import settle_offer
from drafter.notes.read import _parse, key_value, read_notes
from drafter.notes.resolve import resolve
from drafter.notes.role_mentions import settle_role
from drafter.notes.when import settle_dates

__all__ = ["UNCHECKED", "_parse", "key_value", "parse_notes", "read_notes", "resolve"]

#: the doubt a result carries when the resolver failed and the reader's facts stand unchecked
UNCHECKED = "the notes could not be checked fully"


def parse_notes(text: str, today: dt.date | None = None) -> InterviewContext:
    """Read pasted interview notes into an InterviewContext; never raises.

    `today` is the day drafter runs (default: the system date); it anchors "today" in the notes
    when they do not say which day that was, and years for dates written without one.
    """
    ctx = read_notes(text, today)
    try:
        day = today or dt.date.today()
        return with_marks(resolve(settle_role(settle_offer(settle_dates(ctx, day), day))))
    except Exception as exc:  # the contract is "never raises": keep the reader's facts,
        # unchecked, and say so (a test asserts no blind notes ever land here)
        return ctx.model_copy(update={"doubts": [
            *ctx.doubts, f"{UNCHECKED}: {type(exc).__name__}"]})
