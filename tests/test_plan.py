"""`drafter plan`: the plan built from an InterviewContext; text, JSON and ics output; the CLI."""

from __future__ import annotations

import datetime as dt
import json
import sys
import types
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter import schedule, send_check
from drafter.context import (
    CompetingOffer,
    DateMention,
    InterviewContext,
    Interviewer,
    SentMessage,
)
from drafter.ics import plan_ics, write_ics
from drafter.plan import Plan, build_plan, plan_json, plan_text

D = dt.date
PRIYA, SAM = "Priya Natarajan", "Sam Ortiz"


def larkspur(**kw) -> InterviewContext:
    base = dict(
        company="Larkspur Analytics", role="Senior Data Engineer",
        interview_date=D(2026, 11, 18),
        interviewers=[Interviewer(name=PRIYA), Interviewer(name=SAM)],
        decision_date=D(2026, 11, 27), decision_text="by the end of next week",
        dates=[
            DateMention(text="Wed Nov 18", role="interview", value=D(2026, 11, 18),
                        how="'Wed Nov 18' read in the year of --today (2026)"),
            DateMention(text="by the end of next week", role="decision", value=D(2026, 11, 27),
                        how="'end of next week' read as the Friday of the week after the "
                            "interview"),
        ],
    )
    base.update(kw)
    return InterviewContext(**base)


def stages(plan: Plan) -> list[tuple[str, str | None, D]]:
    return [(i.stage, i.to, i.date) for i in plan.send]


# ---------------------------------------------------------------------------- building


def test_interview_day_plan() -> None:
    plan = build_plan(larkspur(), D(2026, 11, 18))
    assert stages(plan) == [
        ("thank-you", PRIYA, D(2026, 11, 18)),
        ("thank-you", SAM, D(2026, 11, 18)),
        ("missed-deadline", None, D(2026, 11, 30)),   # Fri Nov 27 -> Mon Nov 30
    ]
    assert [i.time for i in plan.send] == ["17:00", "17:00", "10:00"]
    assert [(h.stage, h.not_before, h.best_day) for h in plan.not_yet] == [
        ("second-nudge", D(2026, 12, 7), D(2026, 12, 8)),
        ("close-the-loop", D(2026, 12, 15), D(2026, 12, 15))]
    assert "stop" in plan.not_yet[-1].why
    assert plan.warnings == [] and plan.done is None


def test_thank_you_already_sent_to_one_interviewer() -> None:
    c = larkspur(sent=[SentMessage(stage="thank-you", on=D(2026, 11, 18), to="Priya")])
    plan = build_plan(c, D(2026, 11, 19))
    assert stages(plan)[0] == ("thank-you", SAM, D(2026, 11, 19))
    assert plan.send[0].time == "10:00" and not plan.send[0].overdue


def test_late_and_too_late_thank_you() -> None:
    late = build_plan(larkspur(), D(2026, 11, 20))
    assert late.send[0].overdue and late.send[0].date == D(2026, 11, 20)
    assert any("send it today anyway" in c for c in late.send[0].caveats)
    too_late = build_plan(larkspur(), D(2026, 11, 27))
    assert all(i.stage != "thank-you" for i in too_late.send)
    assert any(h.stage == "thank-you" and "too late" in h.why for h in too_late.not_yet)


def test_notes_with_no_dates_at_all() -> None:
    c = InterviewContext(company="Larkspur Analytics", interviewers=[Interviewer(name=PRIYA)])
    plan = build_plan(c, D(2026, 11, 18))
    assert plan.send == []
    assert any("no dates drafter could read" in w for w in plan.warnings)
    held = {h.stage: h for h in plan.not_yet}
    assert "cannot be dated" in held["thank-you"].why
    assert "cannot be dated" in held["missed-deadline"].why
    assert held["second-nudge"].not_before is None
    text = plan_text(plan)
    assert "nothing to send now" in text and "the notes contain no dates" in text


def test_unreadable_date_is_reported_not_guessed() -> None:
    c = larkspur(decision_date=None, decision_text=None, dates=[
        DateMention(text="Wed Nov 18", role="interview", value=D(2026, 11, 18), how="explicit"),
        DateMention(text="once the board has met", role="decision", how="no date in it"),
    ])
    plan = build_plan(c, D(2026, 11, 18))
    check_in = next(i for i in plan.send if i.stage == "missed-deadline")
    assert check_in.date == D(2026, 11, 25)   # the 7-day rule, said out loud
    assert any("once the board has met" in c for c in check_in.caveats)
    assert any("once the board has met" in w for w in plan.warnings)
    row = next(d for d in plan.dates if d.text == "once the board has met")
    assert not row.readable and row.value is None and row.how == "no date in it"


def test_dates_section_shows_how_each_date_was_read() -> None:
    c = larkspur(sent=[SentMessage(stage="thank-you", on=D(2026, 11, 18))])
    plan = build_plan(c, D(2026, 11, 19))
    hows = {d.text: d.how for d in plan.dates}
    assert hows["by the end of next week"].startswith("'end of next week' read as")
    # a date the parser set without a mention is still listed (the plan uses it)
    assert any(d.role == "sent" and d.value == D(2026, 11, 18) for d in plan.dates)


def test_second_nudge_then_close_the_loop_then_stop() -> None:
    check_in = SentMessage(stage="missed-deadline", on=D(2026, 11, 30), to=PRIYA)
    thanks = SentMessage(stage="thank-you", on=D(2026, 11, 18))
    plan = build_plan(larkspur(sent=[thanks, check_in]), D(2026, 12, 2))
    assert stages(plan) == [("second-nudge", PRIYA, D(2026, 12, 8))]
    nudge = SentMessage(stage="second-nudge", on=D(2026, 12, 8), to=PRIYA)
    plan = build_plan(larkspur(sent=[thanks, check_in, nudge]), D(2026, 12, 9))
    assert stages(plan) == [("close-the-loop", PRIYA, D(2026, 12, 15))]
    closed = SentMessage(stage="close-the-loop", on=D(2026, 12, 15), to=PRIYA)
    plan = build_plan(larkspur(sent=[thanks, check_in, nudge, closed]), D(2026, 12, 20))
    assert plan.send == [] and plan.done is not None and "stop here" in plan.done


def test_competing_offer_monday_deadline_and_spacing() -> None:
    c = larkspur(sent=[SentMessage(stage="thank-you", on=D(2026, 11, 18))],
                 decision_date=D(2026, 12, 4), decision_text="early December",
                 competing_offer=CompetingOffer(company="Northwind", answer_by=D(2026, 12, 7)))
    plan = build_plan(c, D(2026, 12, 2))
    offer = plan.send[0]
    assert (offer.stage, offer.date, offer.time) == ("competing-offer", D(2026, 12, 2), None)
    assert offer.ask_by == D(2026, 12, 4)   # Mon deadline -> ask by Fri
    # the check-in (Mon Dec 7 by the decision rule) is spaced 5 days after the offer note
    check_in = next(i for i in plan.send if i.stage == "missed-deadline")
    assert check_in.date == D(2026, 12, 7)
    assert "Wed now" in plan_text(plan)


def test_competing_offer_with_passed_deadline_is_held() -> None:
    c = larkspur(competing_offer=CompetingOffer(company="Northwind", answer_by=D(2026, 11, 20)))
    plan = build_plan(c, D(2026, 11, 23))
    assert all(i.stage != "competing-offer" for i in plan.send)
    assert any(h.stage == "competing-offer" and "has passed" in h.why for h in plan.not_yet)


def test_rejection_plan() -> None:
    c = larkspur(rejected=True, rejection_date=D(2026, 12, 4))   # Friday
    plan = build_plan(c, D(2026, 12, 5))
    assert stages(plan) == [("rejection-reply", None, D(2026, 12, 7))]
    assert "whoever sent the rejection" in plan_text(plan)
    assert plan.done and "no more follow-ups" in plan.done
    replied = c.model_copy(update={"sent": [SentMessage(stage="rejection-reply",
                                                        on=D(2026, 12, 7))]})
    plan = build_plan(replied, D(2026, 12, 8))
    assert plan.send == [] and "replied to the rejection" in (plan.done or "")


def test_year_boundary_plan() -> None:
    c = larkspur(interview_date=D(2027, 12, 20), decision_date=D(2027, 12, 31), dates=[],
                 decision_text=None, sent=[SentMessage(stage="thank-you", on=D(2027, 12, 20))])
    plan = build_plan(c, D(2027, 12, 30))
    assert stages(plan) == [("missed-deadline", None, D(2028, 1, 3))]
    assert plan.not_yet[0].not_before == D(2028, 1, 10)


def test_stale_notes_are_flagged() -> None:
    c = larkspur(sent=[SentMessage(stage="thank-you", on=D(2026, 11, 18))])
    assert not any("--today" in w for w in build_plan(c, D(2026, 12, 30)).warnings)
    warning = next(w for w in build_plan(c, D(2027, 3, 1)).warnings if "--today" in w)
    assert "newest date in the notes (Fri Nov 27, 2026) is 94 days before today" in warning


def test_sent_in_the_future_is_flagged() -> None:
    c = larkspur(sent=[SentMessage(stage="thank-you", on=D(2026, 11, 25))])
    assert any("after today" in w for w in build_plan(c, D(2026, 11, 19)).warnings)


@pytest.mark.parametrize("today", [D(2026, 11, 17), D(2026, 11, 18), D(2026, 11, 26),
                                   D(2026, 12, 2), D(2026, 12, 31)])
def test_plan_and_timing_check_agree(today: D) -> None:
    """The rubric's timing check accepts each planned date and names it when sent too early."""
    c = larkspur(sent=[SentMessage(stage="thank-you", on=D(2026, 11, 18), to=SAM)])
    for item in build_plan(c, today).send:
        verdict = send_check.check_send_date(item.stage, c, item.date, to=item.to)
        assert verdict is None or (item.stage == "thank-you" and item.overdue)
        if item.date == item.earliest and item.date > today:
            day_before = item.date - dt.timedelta(days=1)
            v = send_check.check_send_date(item.stage, c, day_before, to=item.to)
            assert v is not None and schedule.fmt_date(item.date) in (v.suggestion or "")


_days = st.dates(D(2026, 1, 1), D(2028, 12, 31))
_maybe = st.none() | _days


@settings(max_examples=150, deadline=None)
@given(interview=_maybe, decision=_maybe, today=_days, check_in=_maybe, nudge=_maybe,
       answer_by=_maybe, rejected=st.booleans())
def test_any_plan_is_consistent(interview, decision, today, check_in, nudge, answer_by,
                                rejected) -> None:
    sent = [SentMessage(stage=s, on=d, to=PRIYA)
            for s, d in (("missed-deadline", check_in), ("second-nudge", nudge)) if d]
    offer = CompetingOffer(company="Northwind", answer_by=answer_by) if answer_by else None
    c = larkspur(interview_date=interview, decision_date=decision, dates=[], sent=sent,
                 competing_offer=offer, rejected=rejected)
    plan = build_plan(c, today)
    for item in plan.send:
        assert item.date >= today
        assert item.latest is None or item.date <= item.latest or item.overdue
        verdict = send_check.check_send_date(item.stage, c, item.date, to=item.to)
        assert verdict is None or (item.stage == "thank-you" and item.overdue), verdict
    plan_text(plan)
    json.dumps(plan_json(plan))


# ---------------------------------------------------------------------------- output

JSON_KEYS = {"schema", "today", "company", "role", "send", "not_yet", "dates", "warnings", "done"}
ITEM_KEYS = {"stage", "what", "to", "date", "weekday", "time", "why", "earliest", "latest",
             "ask_by", "overdue", "caveats"}


def test_json_is_versioned_and_stable() -> None:
    data = plan_json(build_plan(larkspur(), D(2026, 11, 18)))
    assert set(data) == JSON_KEYS and data["schema"] == 1
    assert set(data["send"][0]) == ITEM_KEYS
    assert set(data["not_yet"][0]) == {"stage", "what", "to", "not_before", "best_day", "why"}
    assert set(data["dates"][0]) == {"text", "role", "value", "how", "readable"}
    assert data["send"][2]["date"] == "2026-11-30" and data["send"][2]["weekday"] == "Mon"
    json.dumps(data)


def test_text_reads_at_a_glance() -> None:
    text = plan_text(build_plan(larkspur(), D(2026, 11, 18)))
    lines = text.splitlines()
    assert lines[0] == ("Plan for Larkspur Analytics · Senior Data Engineer "
                        "(today: Wed Nov 18, 2026)")
    assert "Send" in lines and "Not yet" in lines and "How the dates were read" in lines
    row = next(line for line in lines if line.strip().startswith("2026-11-30"))
    assert "Mon 10:00" in row and "check-in" in row and "your main contact" in row
    assert ("second nudge to your main contact: not before Mon Dec 7, 2026 "
            "(best Tue Dec 8, 2026)") in text
    assert '"Wed Nov 18" (interview) → Wed Nov 18, 2026' in text


# ---------------------------------------------------------------------------- ics


def test_ics_has_one_reminder_per_message(tmp_path: Path) -> None:
    from icalendar import Calendar

    plan = build_plan(larkspur(), D(2026, 11, 18))
    stamp = dt.datetime(2026, 11, 18, 9, 0, tzinfo=dt.UTC)
    data = plan_ics(plan, stamp)
    assert data == plan_ics(plan, stamp)   # deterministic for a given stamp
    cal = Calendar.from_ical(data)
    events = list(cal.walk("VEVENT"))
    assert len(events) == 3 + 2   # 3 to send, 2 projected follow-ups
    first = events[0]
    assert str(first["summary"]).startswith("Send thank-you note to Priya Natarajan")
    assert first.decoded("dtstart") == dt.datetime(2026, 11, 18, 17, 0)
    assert len(list(first.walk("VALARM"))) == 1
    uids = {str(e["uid"]) for e in events}
    assert len(uids) == len(events)
    projected = events[3]
    assert projected.decoded("dtstart") == D(2026, 12, 8)   # Tue, inside the 7-10 day window
    assert str(projected["summary"]).startswith("If no reply: second nudge")


def test_ics_competing_offer_now_is_all_day() -> None:
    from icalendar import Calendar

    c = larkspur(competing_offer=CompetingOffer(company="Northwind", answer_by=D(2026, 12, 7)))
    cal = Calendar.from_ical(plan_ics(build_plan(c, D(2026, 12, 2))))
    offer = next(e for e in cal.walk("VEVENT") if "competing-offer" in str(e["summary"]))
    assert offer.decoded("dtstart") == D(2026, 12, 2)
    assert "Fri Dec 4, 2026" in str(offer["description"])


def test_write_ics_atomic_and_refuses_overwrite(tmp_path: Path) -> None:
    from drafter.errors import UsageError

    target = tmp_path / "plan.ics"
    write_ics(target, b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    assert target.read_bytes() == b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"   # CRLF kept
    with pytest.raises(UsageError, match="already exists"):
        write_ics(target, b"new")
    write_ics(target, b"new", force=True)
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.ics"]   # no temp file left
    with pytest.raises(UsageError, match="is a folder"):
        write_ics(tmp_path, b"x", force=True)


# ---------------------------------------------------------------------------- CLI


@pytest.fixture
def fake_notes(monkeypatch: pytest.MonkeyPatch):
    """A stand-in parser, so the CLI is tested on a known context whatever notes.py does."""
    seen: dict[str, object] = {}

    def parse_notes(text: str, today: D | None = None) -> InterviewContext:
        seen["today"] = today
        return larkspur(source=text)

    module = types.ModuleType("drafter.notes")
    module.parse_notes = parse_notes  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "drafter.notes", module)
    return seen


def test_cli_plan_text_json_and_ics(run_cli, fake_notes, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Interview with Priya Natarajan, Wed Nov 18\n")
    r = run_cli("plan", str(notes), "--today", "2026-11-18")
    assert r.code == 0, r.err
    assert "Mon 10:00" in r.out and fake_notes["today"] == D(2026, 11, 18)
    r = run_cli("plan", str(notes), "--today", "2026-11-18", "--json")
    assert r.code == 0 and json.loads(r.out)["schema"] == 1
    ics = tmp_path / "plan.ics"
    r = run_cli("plan", str(notes), "--today", "2026-11-18", "--ics", str(ics))
    assert r.code == 0 and ics.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert "calendar reminders written" in r.err
    r = run_cli("plan", str(notes), "--today", "2026-11-18", "--ics", str(ics))
    assert r.code == 2 and "already exists" in r.err and len(r.err.splitlines()) == 1
    r = run_cli("plan", str(notes), "--today", "2026-11-18", "--ics", str(ics), "--force")
    assert r.code == 0


def test_cli_plan_missing_file(run_cli, fake_notes, tmp_path: Path) -> None:
    r = run_cli("plan", str(tmp_path / "missing.txt"), "--today", "2026-11-18")
    assert r.code == 2 and "no such file" in r.err and len(r.err.strip().splitlines()) == 1


def test_cli_plan_bad_date(run_cli, tmp_path: Path) -> None:
    r = run_cli("plan", str(tmp_path / "notes.txt"), "--today", "18/11/2026")
    assert r.code == 2 and "is not a date" in r.err and len(r.err.strip().splitlines()) == 1


# ---------------------------------------------------------------------------- example notes

EXAMPLE_NOTES = sorted((Path(__file__).resolve().parent.parent / "examples" / "notes")
                       .glob("*.txt"))


@pytest.mark.parametrize("notes", EXAMPLE_NOTES, ids=lambda p: p.name)
def test_plan_runs_on_each_example(run_cli, notes: Path, tmp_path: Path) -> None:
    pytest.importorskip("drafter.notes")
    r = run_cli("plan", str(notes), "--today", "2026-11-20")
    assert r.code == 0, r.err
    assert "Send" in r.out and "How the dates were read" in r.out
    r = run_cli("plan", str(notes), "--today", "2026-11-20", "--json",
                "--ics", str(tmp_path / "plan.ics"))
    assert r.code == 0, r.err
    data = json.loads(r.out)
    assert data["schema"] == 1
    for item in data["send"]:
        assert item["date"] >= "2026-11-20" and item["why"]
    for d in data["dates"]:
        assert d["how"] and d["readable"] == (d["value"] is not None)
    assert (tmp_path / "plan.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_the_rejection_reply_goes_to_whoever_sent_it() -> None:
    ctx = larkspur(rejected=True, rejection_date=D(2026, 11, 30), recruiter="Nadia",
                   rejection_from="Nadia")
    plan = build_plan(ctx, D(2026, 11, 30))
    assert stages(plan) == [("rejection-reply", "Nadia", D(2026, 11, 30))]
    unnamed = build_plan(larkspur(rejected=True, rejection_date=D(2026, 11, 30)), D(2026, 11, 30))
    assert "whoever sent the rejection" in plan_text(unnamed)


def test_a_second_nudge_before_the_check_in_is_due_is_too_early() -> None:
    """The notes record no check-in, and one would still be too early today (the decision date,
    Nov 27, has not passed): a second nudge or a closing note now is too early as well."""
    c = larkspur(interviewers=[Interviewer(name=PRIYA)])
    for stage in ("second-nudge", "close-the-loop"):
        verdict = send_check.check_send_date(stage, c, D(2026, 11, 20))
        assert verdict is not None and verdict.earliest == D(2026, 11, 30), stage
        assert "the notes record no check-in" in verdict.message
        assert "the check-in comes first" in verdict.message
        assert verdict.suggestion and "send the check-in first" in verdict.suggestion
    # once a check-in would be on time, a nudge without one recorded is not judged: the person
    # may have sent it without noting it, and drafter does not guess
    assert send_check.check_send_date("second-nudge", c, D(2026, 12, 1)) is None
    # a check-in recorded without a date: nothing to measure from, nothing said
    sent = larkspur(interviewers=[Interviewer(name=PRIYA)],
                    sent=[SentMessage(stage="missed-deadline", on=None, to=PRIYA)])
    assert send_check.check_send_date("second-nudge", sent, D(2026, 11, 20)) is None
