"""The readers of phrases that count to the end of a span: "end of next week", "EOW", "EOM",
"this week" (date_patterns' P_END_OF, P_END_ABBR and P_WEEK). A week ends on its Friday, a month
on its last day; the count starts from the clock's base (the interview, else today)."""

from __future__ import annotations

import datetime as dt
import re

from drafter.date_types import (
    Clock,
    Found,
    Tense,
    _add_months,
    _found,
    _monday,
    _month_length,
    add_business_days,
    fmt_date,
)


def _week_end(base: dt.date, weeks_ahead: int) -> dt.date:
    """The Friday of the week `weeks_ahead` after base's week (this week's if it is still ahead)."""
    friday = _monday(base) + dt.timedelta(days=4 + 7 * weeks_ahead)
    return friday if friday >= base else friday + dt.timedelta(days=7)


def _read_end_of(m: re.Match[str], clock: Clock, tense: Tense) -> Found | None:
    which = " ".join((m["which"] or "this").casefold().split())
    ahead = 1 if which in ("next", "the following") else 0
    unit = " ".join(m["unit"].casefold().split())
    base, label = clock.base
    if unit == "week":
        value = _week_end(base, ahead)
        how = f"the Friday of {'the week after' if ahead else 'the week of'} {label}"
    elif unit == "month":
        first = _add_months(base.replace(day=1), ahead)
        value = first.replace(day=_month_length(first.year, first.month))
        how = f"the last day of {'the month after' if ahead else 'the month of'} {label}"
    elif unit == "year":
        value = dt.date(base.year + ahead, 12, 31)
        how = f"the last day of {'the year after' if ahead else 'the year of'} {label}"
    else:  # day / business day
        value = add_business_days(base, ahead) if ahead else base
        how = f"the end of {'the day after' if ahead else 'the day of'} {label}"
    return _found(m, "relative", value, f"'{m.group(0).strip()}' read as {how} = {fmt_date(value)}")


def _read_end_abbr(m: re.Match[str], clock: Clock, tense: Tense) -> Found | None:
    abbr = m["abbr"].casefold()
    base, label = clock.base
    if abbr == "eow":
        value, how = _week_end(base, 0), f"the Friday of the week of {label}"
    elif abbr == "eom":
        value = base.replace(day=_month_length(base.year, base.month))
        how = f"the last day of the month of {label}"
    else:
        value, how = base, f"the end of the day of {label}"
    return _found(m, "relative", value, f"'{m.group(0).strip()}' read as {how} = {fmt_date(value)}")


def _read_week(m: re.Match[str], clock: Clock, tense: Tense) -> Found | None:
    ahead = 1 if m["which"].casefold() == "next" else 0
    base, label = clock.base
    value = _week_end(base, ahead)
    span = "the week after" if ahead else "the week of"
    how = f"'{m.group(0).strip()}' read as the end (Friday) of {span} {label} = {fmt_date(value)}"
    return _found(m, "relative", value, how)
