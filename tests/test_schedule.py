"""The timing rules (rubrics/timing.toml) as drafter.schedule applies them, one rule at a time,
and the rubric's timing check that shares them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafter import schedule, timing_rules
from drafter.context import (
    CompetingOffer,
    DateMention,
    InterviewContext,
    Interviewer,
    SentMessage,
)
from drafter.errors import UsageError
from drafter.rubric import check, load_rubric
from drafter.schedule import Blocked, Undated, Window, pick_day, window_for
from drafter.send_check import check_send_date

D = dt.date
PRIYA = "Priya Natarajan"


def ctx(**kw) -> InterviewContext:
    kw.setdefault("interviewers", [Interviewer(name="Priya Natarajan")])
    return InterviewContext(**kw)


def window(stage: str, c: InterviewContext, today: D, to: str | None = None) -> Window:
    w = window_for(stage, c, today, to)
    assert isinstance(w, Window), w
    return w


def sent(stage: str, on: D | None, to: str | None = "Priya Natarajan") -> SentMessage:
    return SentMessage(stage=stage, on=on, to=to)


# ---------------------------------------------------------------------------- calendar helpers


@pytest.mark.parametrize(("day", "expected"), [
    (D(2026, 11, 20), D(2026, 11, 20)),   # Fri stays
    (D(2026, 11, 21), D(2026, 11, 23)),   # Sat -> Mon
    (D(2026, 11, 22), D(2026, 11, 23)),   # Sun -> Mon
    (D(2027, 1, 2), D(2027, 1, 4)),       # Sat Jan 2 -> Mon Jan 4
])
def test_next_business_day(day: D, expected: D) -> None:
    assert schedule.next_business_day(day) == expected


def test_add_business_days_skips_weekends_both_ways() -> None:
    assert schedule.add_business_days(D(2026, 11, 20), 1) == D(2026, 11, 23)   # Fri -> Mon
    assert schedule.add_business_days(D(2026, 11, 21), 1) == D(2026, 11, 23)   # Sat -> Mon
    assert schedule.add_business_days(D(2026, 12, 7), -1) == D(2026, 12, 4)    # Mon -> Fri
    assert schedule.add_business_days(D(2027, 12, 31), 1) == D(2028, 1, 3)     # Fri -> Mon


def test_fmt_date_names_the_weekday() -> None:
    assert schedule.fmt_date(D(2026, 11, 30)) == "Mon Nov 30, 2026"


# ---------------------------------------------------------------------------- thank-you


def test_thank_you_window_is_interview_day_or_next() -> None:
    c = ctx(interview_date=D(2026, 11, 20))  # a Friday: the next day is Saturday, still fine
    w = window("thank-you", c, D(2026, 11, 20), "Priya Natarajan")
    assert (w.earliest, w.latest) == (D(2026, 11, 20), D(2026, 11, 21))
    assert pick_day(w, D(2026, 11, 21)) == D(2026, 11, 21)
    assert schedule.send_time(w, D(2026, 11, 20), D(2026, 11, 20)) == "17:00"
    assert schedule.send_time(w, D(2026, 11, 21), D(2026, 11, 21)) == "10:00"


def test_thank_you_check_before_during_after() -> None:
    c = ctx(interview_date=D(2026, 11, 18))
    early = check_send_date("thank-you", c, D(2026, 11, 17))
    assert early is not None and early.earliest == D(2026, 11, 18)
    assert "Wed Nov 18, 2026" in early.message
    assert check_send_date("thank-you", c, D(2026, 11, 18)) is None
    assert check_send_date("thank-you", c, D(2026, 11, 19)) is None
    late = check_send_date("thank-you", c, D(2026, 11, 20))
    assert late is not None and "send it today anyway" in late.message


def test_thank_you_without_interview_date_is_undated_not_guessed() -> None:
    c = ctx(dates=[DateMention(text="the Tuesday after next", role="interview")])
    w = window_for("thank-you", c, D(2026, 11, 20), "Priya Natarajan")
    assert isinstance(w, Undated) and "the Tuesday after next" in w.why
    assert check_send_date("thank-you", c, D(2026, 11, 20)) is None


# ---------------------------------------------------------------------------- missed-deadline


@pytest.mark.parametrize(("decision", "expected"), [
    (D(2026, 11, 25), D(2026, 11, 26)),   # Wed -> Thu
    (D(2026, 11, 27), D(2026, 11, 30)),   # Fri -> Mon (weekend skipped)
    (D(2026, 11, 28), D(2026, 11, 30)),   # Sat -> Mon
    (D(2026, 10, 30), D(2026, 11, 2)),    # Fri Oct 30 -> Mon Nov 2 (month boundary)
    (D(2026, 12, 31), D(2027, 1, 1)),     # Thu Dec 31 -> Fri Jan 1 (year boundary)
    (D(2027, 12, 31), D(2028, 1, 3)),     # Fri Dec 31 -> Mon Jan 3 (year and weekend)
])
def test_missed_deadline_is_first_business_day_after_decision(decision: D, expected: D) -> None:
    c = ctx(interview_date=decision - dt.timedelta(days=10), decision_date=decision)
    w = window("missed-deadline", c, decision)
    assert w.earliest == expected and w.latest is None
    # one fixed day: never moved to a "better" weekday
    assert pick_day(w, decision) == expected


@pytest.mark.parametrize(("interview", "expected"), [
    (D(2026, 11, 17), D(2026, 11, 24)),   # Tue + 7 = Tue
    (D(2026, 11, 22), D(2026, 11, 30)),   # Sun + 7 = Sun -> Mon
    (D(2026, 12, 24), D(2026, 12, 31)),   # Thu + 7 = Thu Dec 31
    (D(2026, 12, 26), D(2027, 1, 4)),     # Sat + 7 = Sat Jan 2 -> Mon Jan 4
])
def test_missed_deadline_without_date_is_a_week_after_interview(interview: D, expected: D) -> None:
    w = window("missed-deadline", ctx(interview_date=interview), interview)
    assert w.earliest == expected
    assert "no decision date was given" in w.why and not w.caveats


def test_missed_deadline_with_unreadable_decision_says_so() -> None:
    c = ctx(interview_date=D(2026, 11, 17),
            dates=[DateMention(text="after the board meets", role="decision")])
    w = window("missed-deadline", c, D(2026, 11, 17))
    assert w.earliest == D(2026, 11, 24)
    assert any("after the board meets" in note for note in w.caveats)


def test_missed_deadline_without_any_date_is_undated() -> None:
    assert isinstance(window_for("missed-deadline", ctx(), D(2026, 11, 17)), Undated)


def test_check_in_too_early_names_the_right_date() -> None:
    c = ctx(interview_date=D(2026, 11, 18), decision_date=D(2026, 11, 27))
    v = check_send_date("missed-deadline", c, D(2026, 11, 27))
    assert v is not None and v.earliest == D(2026, 11, 30)
    assert "Mon Nov 30, 2026" in v.message
    assert v.suggestion == "send on Mon Nov 30, 2026 at 10:00"
    assert check_send_date("missed-deadline", c, D(2026, 11, 30)) is None


# ---------------------------------------------------------------------------- second nudge


@pytest.mark.parametrize(("check_in", "today", "expected"), [
    (D(2026, 11, 30), D(2026, 12, 1), D(2026, 12, 8)),    # Mon + 7 = Mon: Tue preferred
    (D(2026, 11, 30), D(2026, 12, 9), D(2026, 12, 9)),    # inside the window: today
    (D(2026, 12, 11), D(2026, 12, 12), D(2026, 12, 18)),  # Fri + 7 = Fri; Fri..Mon has no Tue-Thu
    (D(2026, 12, 23), D(2026, 12, 23), D(2026, 12, 30)),  # Wed Dec 23 -> Wed Dec 30
    (D(2026, 12, 26), D(2026, 12, 28), D(2027, 1, 5)),    # Sat + 7 = Sat -> Mon; Tue Jan 5
])
def test_second_nudge_week_after_check_in(check_in: D, today: D, expected: D) -> None:
    c = ctx(interview_date=D(2026, 11, 1), sent=[sent("missed-deadline", check_in)])
    w = window("second-nudge", c, today)
    assert w.earliest == schedule.next_business_day(check_in + dt.timedelta(days=7))
    assert w.latest == max(schedule.previous_business_day(check_in + dt.timedelta(days=10)),
                           w.earliest)
    assert pick_day(w, today) == expected


def test_second_nudge_needs_a_dated_check_in() -> None:
    c = ctx(interview_date=D(2026, 11, 1))
    assert isinstance(window_for("second-nudge", c, D(2026, 12, 1)), Undated)
    c = ctx(interview_date=D(2026, 11, 1), sent=[sent("missed-deadline", None)])
    w = window_for("second-nudge", c, D(2026, 12, 1))
    assert isinstance(w, Undated) and "do not say when" in w.why


def test_sent_stage_aliases() -> None:
    c = ctx(sent=[SentMessage(stage="Check-in", on=D(2026, 11, 30))])
    assert window("second-nudge", c, D(2026, 12, 1)).earliest == D(2026, 12, 7)


@given(st.dates(D(2020, 1, 1), D(2035, 12, 31)), st.integers(0, 20))
def test_pick_day_never_past_the_window(check_in: D, offset: int) -> None:
    c = ctx(sent=[sent("missed-deadline", check_in)])
    today = check_in + dt.timedelta(days=offset)
    w = window("second-nudge", c, today)
    day = pick_day(w, today)
    assert schedule.is_business_day(day) and day >= max(today, w.earliest)
    assert w.latest is not None and schedule.is_business_day(w.latest)
    if today <= w.latest:
        assert day <= w.latest


# ---------------------------------------------------------------------------- close the loop


def test_close_the_loop_after_second_nudge_then_stop() -> None:
    c = ctx(sent=[sent("missed-deadline", D(2026, 11, 30)), sent("second-nudge", D(2026, 12, 8))])
    w = window("close-the-loop", c, D(2026, 12, 9))
    assert (w.earliest, w.latest) == (D(2026, 12, 15), D(2026, 12, 18))
    assert pick_day(w, D(2026, 12, 9)) == D(2026, 12, 15)   # Tue
    closed = c.model_copy(update={"sent": [*c.sent, sent("close-the-loop", D(2026, 12, 15))]})
    for stage in schedule.CHAIN:
        assert isinstance(window_for(stage, closed, D(2027, 1, 10)), Blocked)
    v = check_send_date("second-nudge", closed, D(2027, 1, 10))
    assert v is not None and "stop here" in v.message


# ---------------------------------------------------------------------------- spacing


def test_five_day_spacing_to_the_same_person() -> None:
    # thank-you Mon; they said they'd decide Mon: a check-in Tue would be one day later
    c = ctx(interview_date=D(2026, 11, 23), decision_date=D(2026, 11, 23),
            sent=[sent("thank-you", D(2026, 11, 23))])
    w = window("missed-deadline", c, D(2026, 11, 24))
    assert w.earliest == D(2026, 11, 30)   # Sat Nov 28 -> Mon Nov 30
    assert "5 days after your last message" in w.why
    v = check_send_date("missed-deadline", c, D(2026, 11, 26))
    assert v is not None and "Mon Nov 30, 2026" in v.message


def test_spacing_is_per_person() -> None:
    c = ctx(interview_date=D(2026, 11, 23), decision_date=D(2026, 11, 23),
            interviewers=[Interviewer(name="Priya Natarajan"), Interviewer(name="Sam Ortiz")],
            sent=[sent("thank-you", D(2026, 11, 23), to="Sam Ortiz")])
    assert window("missed-deadline", c, D(2026, 11, 24), PRIYA).earliest == D(2026, 11, 24)
    # an unaddressed message might have gone to anyone: it counts
    c = c.model_copy(update={"sent": [sent("thank-you", D(2026, 11, 23), to=None)]})
    assert window("missed-deadline", c, D(2026, 11, 24), PRIYA).earliest == D(2026, 11, 30)
    # and a follow-up to an unknown main contact is spaced from every message
    c = c.model_copy(update={"sent": [sent("thank-you", D(2026, 11, 23), to="Sam Ortiz")]})
    assert window("missed-deadline", c, D(2026, 11, 24)).earliest == D(2026, 11, 30)


def test_main_contact_is_never_a_guess_among_several() -> None:
    assert schedule.main_contact(ctx()) == PRIYA   # the only interviewer
    two = ctx(interviewers=[Interviewer(name=PRIYA), Interviewer(name="Sam Ortiz")])
    assert schedule.main_contact(two) is None
    recruiter = two.model_copy(update={"sent": [sent("missed-deadline", D(2026, 11, 30),
                                                     to="Alex Kim")]})
    assert schedule.main_contact(recruiter) == "Alex Kim"
    unnamed = two.model_copy(update={"sent": [sent("missed-deadline", D(2026, 11, 30), None)]})
    assert schedule.main_contact(unnamed) is None


def test_spacing_matches_first_names() -> None:
    assert schedule.same_person("Priya", "Priya Natarajan")
    assert not schedule.same_person("Priya", "Sam Ortiz")
    assert schedule.same_person(None, "Sam Ortiz")


def test_competing_offer_is_exempt_from_spacing() -> None:
    c = ctx(interview_date=D(2026, 11, 18),
            competing_offer=CompetingOffer(company="Northwind", answer_by=D(2026, 12, 7)),
            sent=[sent("missed-deadline", D(2026, 12, 1))])
    w = window("competing-offer", c, D(2026, 12, 2))
    assert w.earliest == D(2026, 12, 2)
    assert check_send_date("competing-offer", c, D(2026, 12, 2)) is None
    assert check_send_date("second-nudge", c, D(2026, 12, 2)) is not None


# ---------------------------------------------------------------------------- competing offer


def test_competing_offer_deadline_on_monday_asks_by_friday() -> None:
    c = ctx(competing_offer=CompetingOffer(company="Northwind", answer_by=D(2026, 12, 7)))
    w = window("competing-offer", c, D(2026, 12, 2))
    assert D(2026, 12, 7).weekday() == 0
    assert w.ask_by == D(2026, 12, 4) and "Fri Dec 4, 2026" in w.why
    assert pick_day(w, D(2026, 12, 2)) == D(2026, 12, 2)   # now
    assert schedule.send_time(w, D(2026, 12, 2), D(2026, 12, 2)) is None


def test_competing_offer_close_to_deadline_and_past_it() -> None:
    c = ctx(competing_offer=CompetingOffer(answer_by=D(2026, 12, 7)))
    w = window("competing-offer", c, D(2026, 12, 6))        # Sunday: Friday has gone
    assert w.ask_by is None and "little time" in w.why
    passed = window_for("competing-offer", c, D(2026, 12, 8))
    assert isinstance(passed, Blocked)
    v = check_send_date("competing-offer", c, D(2026, 12, 8))
    assert v is not None and "Mon Dec 7, 2026" in v.message


def test_competing_offer_without_date_is_undated() -> None:
    c = ctx(competing_offer=CompetingOffer(company="Northwind", answer_by_text="soon-ish"))
    w = window_for("competing-offer", c, D(2026, 12, 2))
    assert isinstance(w, Undated) and "soon-ish" in w.why


def test_ask_by_follows_the_rule() -> None:
    assert schedule.ask_by(D(2026, 12, 9)) == D(2026, 12, 8)
    assert schedule.ask_by(D(2028, 1, 3)) == D(2027, 12, 31)   # Mon Jan 3 -> Fri Dec 31


# ---------------------------------------------------------------------------- rejection


def test_rejection_reply_within_one_business_day() -> None:
    c = ctx(rejected=True, rejection_date=D(2026, 12, 4))        # Friday
    w = window("rejection-reply", c, D(2026, 12, 5))
    assert (w.earliest, w.latest) == (D(2026, 12, 4), D(2026, 12, 7))
    assert pick_day(w, D(2026, 12, 5)) == D(2026, 12, 7)         # Sat -> Mon, still in time
    assert pick_day(w, D(2026, 12, 4)) == D(2026, 12, 4)


def test_rejection_without_date_counts_from_today() -> None:
    w = window("rejection-reply", ctx(rejected=True), D(2026, 12, 2))
    assert w.earliest == D(2026, 12, 2) and w.caveats


def test_rejection_blocks_follow_ups() -> None:
    c = ctx(interview_date=D(2026, 11, 18), decision_date=D(2026, 11, 20), rejected=True,
            rejection_date=D(2026, 11, 24))
    v = check_send_date("missed-deadline", c, D(2026, 11, 25))
    assert v is not None and "rejection" in v.message


# ---------------------------------------------------------------------------- the rules file


def test_rules_file_loads_and_names_stages() -> None:
    r = schedule.timing_rules()
    assert r.spacing.min_days_between_messages == 5
    assert "competing-offer" in r.spacing.exempt_stages
    assert timing_rules.rules()["missed-deadline"]["business_days_after_decision"] == 1


@pytest.mark.parametrize(("data", "fragment"), [
    ({"spacing": {"min_dayz": 3}}, "unknown key (spacing.min_dayz)"),
    ({"send-time": {"default": "25:00"}}, "'25:00' is not a time"),
    ({"second-nudge": {"days_after_check_in": 9, "latest_days_after_check_in": 8}},
     "comes before the earliest"),
    ({"send-time": {"preferred_weekdays": ["Tuesday"]}}, "'Tuesday' is not one of"),
])
def test_bad_rules_are_one_line_errors(data: dict, fragment: str) -> None:
    with pytest.raises(UsageError, match=None) as exc:
        timing_rules.parse_rules(data)
    assert fragment in str(exc.value) and "\n" not in str(exc.value)


def test_tuned_rules_change_the_dates(monkeypatch: pytest.MonkeyPatch) -> None:
    tuned = timing_rules.parse_rules({"second-nudge": {"days_after_check_in": 10,
                                                   "latest_days_after_check_in": 14}})
    monkeypatch.setattr(schedule, "timing_rules", lambda: tuned)
    c = ctx(sent=[sent("missed-deadline", D(2026, 11, 30))])
    assert window("second-nudge", c, D(2026, 12, 1)).earliest == D(2026, 12, 10)


# ---------------------------------------------------------------------------- through the rubric

CHECK_IN = """Subject: Checking in – Senior Data Engineer

Dear Priya,

I hope your week is going well. When we spoke on November 18 you mentioned hoping to decide by
the end of next week, and I wanted to check whether there is any update on the timeline. I
remain very interested in the Senior Data Engineer role and the streaming migration, and I am
happy to send anything else that would help.

Best regards,
Jordan Rivera
"""


def _timing(report) -> list:
    return [f for f in report.findings if f.category == "timing"]


def test_rubric_warns_when_check_in_is_too_early() -> None:
    c = ctx(company="Larkspur Analytics", role="Senior Data Engineer",
            interview_date=D(2026, 11, 18), decision_date=D(2026, 11, 27), source="notes")
    report = check(CHECK_IN, load_rubric("missed-deadline"), c, today=D(2026, 11, 27))
    found = _timing(report)
    assert len(found) == 1
    f = found[0]
    assert (f.rule, f.severity) == ("timing.send-date", "warning")
    assert "Mon Nov 30, 2026" in f.message and f.suggestion == "send on Mon Nov 30, 2026 at 10:00"
    assert f.line == 1   # anchored on the subject line
    on_time = check(CHECK_IN, load_rubric("missed-deadline"), c, today=D(2026, 11, 30))
    assert _timing(on_time) == []


def test_rubric_timing_needs_notes() -> None:
    assert _timing(check(CHECK_IN, load_rubric("missed-deadline"), None,
                         today=D(2026, 11, 1))) == []


def test_rubric_second_nudge_too_early_names_plan_day() -> None:
    c = ctx(interview_date=D(2026, 11, 18), sent=[sent("missed-deadline", D(2026, 11, 30))],
            source="notes")
    report = check(CHECK_IN, load_rubric("second-nudge"), c, today=D(2026, 12, 3))
    (f,) = _timing(report)
    assert "wait until Mon Dec 7, 2026" in f.message
    assert f.suggestion == "send on Tue Dec 8, 2026 at 10:00"   # Tue-Thu preferred in the window


def test_the_draft_itself_recorded_as_sent_is_not_an_earlier_message() -> None:
    c = ctx(interview_date=D(2026, 11, 18), decision_date=D(2026, 11, 27),
            sent=[sent("thank-you", D(2026, 11, 18)), sent("missed-deadline", D(2026, 11, 30))])
    assert check_send_date("missed-deadline", c, D(2026, 11, 30)) is None
    closed = ctx(sent=[sent("missed-deadline", D(2026, 11, 30)),
                       sent("second-nudge", D(2026, 12, 8)),
                       sent("close-the-loop", D(2026, 12, 15))])
    assert check_send_date("close-the-loop", closed, D(2026, 12, 15)) is None
    assert check_send_date("second-nudge", closed, D(2026, 12, 16)) is not None


NOTES = """Interview today (Nov 18) for Senior Data Engineer at Larkspur Analytics, video call.
Talked with Priya Natarajan, Engineering Manager.
- moving their nightly batch ETL to streaming (Kafka + Flink)
she said decision in ~2 weeks
me: Jordan Rivera
"""


def test_review_cli_timing_warning_from_notes(run_cli, tmp_path) -> None:
    pytest.importorskip("drafter.notes")
    notes, email = tmp_path / "notes.txt", tmp_path / "email.txt"
    notes.write_text(NOTES)
    email.write_text(CHECK_IN)
    r = run_cli("review", "--stage", "missed-deadline", "--notes", str(notes),
                "--today", "2026-11-25", str(email))
    assert r.code == 0, r.out   # a warning, not an error
    line = next(x for x in r.out.splitlines() if "timing.send-date" in x)
    # decided "in ~2 weeks" from Wed Nov 18 = Wed Dec 2; check in the next business day
    assert "wait until Thu Dec 3, 2026" in line and "send on Thu Dec 3, 2026 at 10:00" in line
    r = run_cli("review", "--stage", "missed-deadline", "--notes", str(notes),
                "--today", "2026-12-03", str(email))
    assert "timing" not in r.out
