"""drafter.dates: every date form people write, how it is read, and what is left unset."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.dates import Clock, find_dates, fmt_date, resolve_date, scan_dates

D = dt.date
INTERVIEW = D(2025, 11, 18)  # a Tuesday
TODAY = D(2025, 11, 19)


def read(text: str, anchor: dt.date | None = INTERVIEW, **kw: object) -> dt.date | None:
    mention = resolve_date(text, anchor, today=kw.pop("today", TODAY), **kw)  # type: ignore[arg-type]
    assert mention is not None, f"no date found in {text!r}"
    return mention.value


@pytest.mark.parametrize(("text", "expected"), [
    # calendar forms; no year: the year nearest the interview
    ("Nov 18", D(2025, 11, 18)),
    ("November 18th", D(2025, 11, 18)),
    ("Nov. 18, 2024", D(2024, 11, 18)),
    ("Tue Nov 18", D(2025, 11, 18)),
    ("Tuesday, November 18", D(2025, 11, 18)),
    ("18 November", D(2025, 11, 18)),
    ("the 18th of November", D(2025, 11, 18)),
    ("3 Mar 2026", D(2026, 3, 3)),
    ("2026-11-18", D(2026, 11, 18)),
    ("2026/11/18", D(2026, 11, 18)),
    ("11/18", D(2025, 11, 18)),
    ("11/18/25", D(2025, 11, 18)),
    ("11/18/2024", D(2024, 11, 18)),
    ("3/6", D(2026, 3, 6)),  # US month/day: March 6, nearer after than before Nov 2025
    ("12/1", D(2025, 12, 1)),
    # relative to the interview
    ("today", INTERVIEW),
    ("yesterday", D(2025, 11, 17)),
    ("tomorrow", D(2025, 11, 19)),
    ("next Friday", D(2025, 11, 28)),  # the Friday of the week after
    ("by next Fri", D(2025, 11, 28)),
    ("by Friday", D(2025, 11, 21)),
    ("on Monday", D(2025, 11, 24)),
    ("this Friday", D(2025, 11, 21)),
    ("this Tuesday", D(2025, 11, 18)),
    ("end of next week", D(2025, 11, 28)),
    ("end of the week", D(2025, 11, 21)),
    ("EOW", D(2025, 11, 21)),
    ("next week", D(2025, 11, 28)),
    ("end of the month", D(2025, 11, 30)),
    ("end of December", D(2025, 12, 31)),
    ("in ~2 weeks", D(2025, 12, 2)),
    ("in 2 weeks", D(2025, 12, 2)),
    ("within two weeks", D(2025, 12, 2)),
    ("in about a week", D(2025, 11, 25)),
    ("a week", D(2025, 11, 25)),
    ("~10 days", D(2025, 11, 28)),
    ("in a couple of weeks", D(2025, 12, 2)),
    ("in 2-3 weeks", D(2025, 12, 9)),  # the later end of a range
    ("in a week or two", D(2025, 12, 2)),
    ("within 5 business days", D(2025, 11, 25)),
    ("in a month", D(2025, 12, 18)),
    ("within 48 hours", D(2025, 11, 20)),
    ("by the 28th", D(2025, 11, 28)),
    ("on the 3rd", D(2025, 12, 3)),
])
def test_reads_each_form(text: str, expected: dt.date) -> None:
    assert read(text) == expected


def test_how_explains_the_reading() -> None:
    mention = resolve_date("in ~2 weeks", INTERVIEW, today=TODAY)
    assert mention is not None
    assert mention.how == ("'in ~2 weeks' read as 14 days after the interview (Tue Nov 18, 2025)"
                           " = Tue Dec 2, 2025")
    mention = resolve_date("next Friday", D(2025, 3, 6), today=TODAY)
    assert mention is not None
    assert "Friday of the week after the interview (Thu Mar 6, 2025)" in mention.how
    assert mention.how.endswith("= Fri Mar 14, 2025")


def test_how_names_the_missing_year_and_the_us_order() -> None:
    mention = resolve_date("3/6", INTERVIEW, today=TODAY)
    assert mention is not None
    assert "month/day" in mention.how and "no year written" in mention.how
    assert "Fri Mar 6, 2026" in mention.how


def test_day_month_when_the_first_number_cannot_be_a_month() -> None:
    mention = resolve_date("18/11", INTERVIEW, today=TODAY)
    assert mention is not None and mention.value == D(2025, 11, 18)
    assert "day/month" in mention.how


def test_weekday_picks_the_year() -> None:
    # Thursday 3/6 is 2025 (in 2026 it is a Friday), read from late 2026
    assert read("Thursday 3/6", None, today=D(2026, 11, 22)) == D(2025, 3, 6)
    assert read("Tue Nov 18", None, today=D(2026, 11, 22)) == D(2025, 11, 18)
    assert read("Nov 18", None, today=D(2026, 11, 22)) == D(2026, 11, 18)


def test_weekday_that_matches_no_nearby_year_is_flagged_not_hidden() -> None:
    mention = resolve_date("Mon 2025-11-18", None, today=TODAY)
    assert mention is not None and mention.value == D(2025, 11, 18)
    assert "not a Monday" in mention.how


@pytest.mark.parametrize(("anchor", "text", "expected"), [
    (D(2025, 12, 16), "Jan 5", D(2026, 1, 5)),  # a December interview, a January decision
    (D(2025, 12, 30), "1/2", D(2026, 1, 2)),
    (D(2026, 1, 3), "Dec 29", D(2025, 12, 29)),  # a sent date just before New Year
    (D(2025, 12, 29), "next Friday", D(2026, 1, 9)),
    (D(2025, 12, 22), "in 2 weeks", D(2026, 1, 5)),
    (D(2025, 12, 20), "by the 5th", D(2026, 1, 5)),
    (D(2025, 12, 10), "end of next month", D(2026, 1, 31)),
    (D(2023, 12, 1), "Feb 29", D(2024, 2, 29)),
])
def test_year_boundaries(anchor: dt.date, text: str, expected: dt.date) -> None:
    assert read(text, anchor) == expected


@pytest.mark.parametrize("text", [
    "soon", "decision soon", "in a few weeks", "mid-December", "early next week",
    "by December", "in March", "next month", "after the holidays", "Feb 30", "Nov 31", "2/30",
    "by the 31st",  # November has no 31st
    "2025-02-30",
])
def test_unreadable_phrases_are_kept_with_no_value(text: str) -> None:
    mention = resolve_date(text, INTERVIEW, today=TODAY)
    assert mention is not None, "an unreadable date phrase must still be recorded"
    assert mention.value is None
    assert "left unset" in mention.how and mention.text in mention.how


@pytest.mark.parametrize("text", [
    "on-call 24/7", "cut pages 40%", "at 3:30", "the 2nd round", "on the 3rd floor",
    "we may 5x the team", "v1/2 of the API", "Q2 roadmap", "a 50/50 split", "",
    "call me maybe", "the Fridays are quiet", "in march we shipped",
])
def test_not_dates(text: str) -> None:
    assert find_dates(text, INTERVIEW, today=TODAY) == []


def test_find_dates_in_order_with_merged_today() -> None:
    found = find_dates("Interview today (Nov 18); she said decision in ~2 weeks, maybe Dec 5",
                       today=TODAY)
    assert [m.text for m in found] == ["today (Nov 18)", "in ~2 weeks", "Dec 5"]
    assert found[0].value == D(2025, 11, 18)


def test_today_with_a_written_date_records_the_writing_day() -> None:
    found = scan_dates("Interview today (Nov 18) at Larkspur", Clock(today=TODAY))
    assert len(found) == 1 and found[0].deictic_offset == 0
    found = scan_dates("Nov 17 (yesterday) was the call", Clock(today=TODAY))
    assert found[0].mention.value == D(2025, 11, 17) and found[0].deictic_offset == -1


def test_deictic_words_count_from_the_writing_day() -> None:
    clock = Clock(today=D(2025, 12, 1), anchor=INTERVIEW, written=D(2025, 11, 30))
    assert scan_dates("got the rejection today", clock)[0].mention.value == D(2025, 11, 30)
    assert scan_dates("in 2 weeks", clock)[0].mention.value == D(2025, 12, 2)  # from interview
    assert "today" in scan_dates("today", Clock(today=TODAY))[0].mention.how


def test_an_open_deadline_takes_the_year_nearest_the_writing_day() -> None:
    """nearest_now (an offer's answer date): a year-less date lands nearest the day the notes
    speak from, not an interview a year back; relative phrases still count from the interview."""
    clock = Clock(today=D(2026, 11, 19), anchor=D(2025, 11, 13), written=D(2026, 11, 19))
    assert scan_dates("answer by Dec 1", clock)[0].mention.value == D(2025, 12, 1)
    now = Clock(today=clock.today, anchor=clock.anchor, written=clock.written, nearest_now=True)
    found = scan_dates("answer by Dec 1", now)[0].mention
    assert found.value == D(2026, 12, 1) and "nearest today" in found.how
    assert scan_dates("in 2 weeks", now)[0].mention.value == D(2025, 11, 27)


def test_past_tense_reads_weekdays_backwards() -> None:
    clock = Clock(today=D(2025, 12, 5), anchor=INTERVIEW, written=D(2025, 12, 5))  # a Friday
    assert scan_dates("followed up Monday", clock, tense="past")[0].mention.value == D(2025, 12, 1)
    assert scan_dates("followed up Monday", clock)[0].mention.value == D(2025, 11, 24)
    assert scan_dates("sent it last Friday", clock)[0].mention.value == D(2025, 11, 28)
    assert scan_dates("3 days ago", clock)[0].mention.value == D(2025, 12, 2)
    assert scan_dates("on the 28th", clock, tense="past")[0].mention.value == D(2025, 11, 28)


def test_without_an_anchor_relative_phrases_count_from_today() -> None:
    mention = resolve_date("in 2 weeks", None, today=TODAY)
    assert mention is not None and mention.value == D(2025, 12, 3)
    assert "today (Wed Nov 19, 2025)" in mention.how


def test_bare_durations_only_when_asked() -> None:
    assert find_dates("on-call once a week", INTERVIEW, today=TODAY) == []
    assert read("a week") == D(2025, 11, 25)


def test_lowercase_months_and_abbreviations() -> None:
    assert read("nov 20") == D(2025, 11, 20)
    assert read("dec. 1st") == D(2025, 12, 1)
    assert read("Sept 3") == D(2025, 9, 3)
    assert read("May 5") == D(2026, 5, 5)


def test_fmt_date() -> None:
    assert fmt_date(D(2025, 12, 2)) == "Tue Dec 2, 2025"


def test_resolve_date_none_without_a_date() -> None:
    assert resolve_date("no dates here", INTERVIEW, today=TODAY) is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_scan_never_raises_and_spans_are_sane(text: str) -> None:
    for found in scan_dates(text, Clock(today=TODAY, anchor=INTERVIEW)):
        assert 0 <= found.start < found.end <= len(text)
        assert (found.mention.value is None) == (found.kind in ("vague", "invalid"))
        assert found.mention.how


_DATEY = st.sampled_from(["Nov", "18", "3/6", "/", "by", "the", "31st", "next", "Friday", "in",
                          "~2", "weeks", "today", "(", ")", "Feb", "29", "2026-13-45", "end",
                          "of", "month", "ago", "a", "couple", "-", "12/31/99", "Thu", ","])


@settings(max_examples=300, deadline=None)
@given(st.lists(_DATEY, max_size=40), st.dates(D(1990, 1, 1), D(2090, 12, 31)))
def test_date_soup_never_raises(words: list[str], anchor: dt.date) -> None:
    for found in scan_dates(" ".join(words), Clock(today=anchor, anchor=anchor, written=anchor)):
        assert found.mention.how


@pytest.mark.parametrize(("text", "expected"), [
    ("same day", INTERVIEW), ("that evening", INTERVIEW), ("the next day", D(2025, 11, 19)),
    ("the day after the interview", D(2025, 11, 19)),
])
def test_days_counted_from_the_interview(text: str, expected: dt.date) -> None:
    assert read(text) == expected


def test_holidays_are_vague() -> None:
    mention = resolve_date("before Christmas", INTERVIEW, today=TODAY)
    assert mention is not None and mention.value is None


@pytest.mark.parametrize(("text", "day"), [
    ("Date: 2026.11.25", dt.date(2026, 11, 25)),
    ("Interview date - 26-Nov-2026", dt.date(2026, 11, 26)),
    ("24.11.2026", dt.date(2026, 11, 24)),
    ("Feedback promised by 4.12", dt.date(2026, 12, 4)),
])
def test_dotted_and_dashed_dates(text: str, day: dt.date) -> None:
    found = scan_dates(text, Clock(dt.date(2026, 11, 30)), tense="past")
    assert [f.mention.value for f in found] == [day]


@pytest.mark.parametrize("text", ["Python 3.11.7 and version 4.12", "it costs 4.12 euro",
                                  "v2.4.12", "a 4.5 rating"])
def test_numbers_with_dots_are_not_dates(text: str) -> None:
    assert scan_dates(text, Clock(dt.date(2026, 11, 30)), tense="past") == []


def test_notes_that_write_day_first_read_an_ambiguous_date_day_first() -> None:
    from drafter.dates import day_first
    assert day_first("Interview 24/11/2026. They'd revert by 08/12/2026.")
    assert not day_first("Interview 11/24/2026. Decision by 12/08.")
    assert not day_first("Decision by 12/08.")  # nothing to go by: US order, as before
    clock = Clock(dt.date(2026, 11, 30), day_first=True)
    assert [f.mention.value for f in scan_dates("by 08/12/2026", clock)] == [dt.date(2026, 12, 8)]


# a weekday with a day of the month: the day decides, the weekday picks the month; words that
# disagree give no date rather than one that contradicts them
@pytest.mark.parametrize(("text", "want"), [
    ("we'll decide by thurs the 5th", D(2026, 11, 5)),
    ("by fri the 30th", D(2026, 10, 30)),
    ("by Friday, the 30th", D(2026, 10, 30)),
    ("on Tuesday the 8th", D(2026, 12, 8)),  # Nov 8 is a Sunday: the next month that fits
    ("by Tue the 14th", None),  # no Tuesday the 14th in the next three months
    ("Monday 12th", None),
])
def test_a_weekday_and_a_day_of_the_month(text: str, want: dt.date | None) -> None:
    found = find_dates(text, D(2026, 10, 28), today=D(2026, 11, 10))
    assert len(found) == 1 and found[0].value == want


@pytest.mark.parametrize(("text", "expected"), [
    # the end of the day written, not of the interview's day
    ("let us know your decision by end of day Monday, November 24", D(2025, 11, 24)),
    ("by EOD Friday 21 Nov", D(2025, 11, 21)),
    ("by end of day, Nov 24", D(2025, 11, 24)),
    ("by close of business on Nov 24", D(2025, 11, 24)),
    ("by end of day on Nov 24", D(2025, 11, 24)),
])
def test_the_end_of_a_written_day(text: str, expected: dt.date) -> None:
    found = scan_dates(text, Clock(today=TODAY, anchor=INTERVIEW))
    assert [f.mention.value for f in found] == [expected]
    assert found[0].deictic_offset is None  # says nothing of the day the notes were written


@pytest.mark.parametrize(("text", "expected"), [
    # the end of the day named, not of today: one mention, the named day's date
    ("must reply by end of day Thursday", "Thursday"),
    ("need an answer by EOD Friday", "Friday"),
    ("by COB on Thursday", "Thursday"),
    ("by end of day tomorrow", "tomorrow"),
    # nothing named: today's end stays today's
    ("please reply by end of day", None),
])
def test_the_end_of_a_named_day(text: str, expected: str | None) -> None:
    clock = Clock(today=TODAY, anchor=INTERVIEW)
    found = scan_dates(text, clock)
    day_end = scan_dates("by end of day", clock)[0].mention.value
    assert len(found) == 1
    if expected is None:
        assert found[0].mention.value == day_end
    else:
        alone = scan_dates(expected, clock)[0].mention.value
        assert found[0].mention.value == alone != day_end
