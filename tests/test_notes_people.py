"""notes.people and notes.resolve: people by evidence, the notes' addressee, the recipient rule,
the fact flags, and the question asked at a terminal (through a real pseudo-terminal)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest

from drafter.notes import parse_notes
from drafter.notes.company_checks import company_doubt
from drafter.notes.own_name import signature
from drafter.notes.people import find_people
from drafter.notes.resolve import role_doubt
from drafter.recipient import recipient_for

TODAY = dt.date(2026, 11, 20)

# (a line of notes, the people it names as (name, honorific, kind))
PEOPLE = [
    ("met with aoife gallagher MSN, RN - she's the nurse manager",
     [("Aoife Gallagher", None, "interviewer")]),
    ("* Hope Nakamura - staff eng. system design round: rate limiter",
     [("Hope Nakamura", None, "interviewer")]),
    ("Interviewed Thu 11/19 - Dr. Hyun-woo Cho (Director of Advising)",
     [("Hyun-woo Cho", "Dr", "interviewer")]),
    ("HR contact: Joanne Petrakis (HR Generalist)", [("Joanne Petrakis", None, "recruiter")]),
    ("Referred by my old classmate Joy Adeyemi", [("Joy Adeyemi", None, "other")]),
    ("panel with Alejandro de la Cruz and Siobhán Ní Chonaill",
     [("Alejandro de la Cruz", None, "interviewer"),
      ("Siobhán Ní Chonaill", None, "interviewer")]),
    ("Will (PM) - asked what I'd build first", [("Will", None, "interviewer")]),
    # words, not people
    ("the grant reporting cycle and the on-call rotation", []),
    ("Grant Reporting is due in May; Core Lab moves in June", []),
    ("we talked about a long-lived SPA and how to mentor mid-level engineers", []),
    ("Austin Dental Group, Thu Oct 8", []),
    ("grace period on the lease, mark the date", []),
]


@pytest.mark.parametrize(("line", "want"), PEOPLE)
def test_people_by_evidence(line: str, want: list[tuple[str, str | None, str]]) -> None:
    assert [(p.name, p.honorific, p.kind) for p in find_people(line)] == want


@pytest.mark.parametrize(("notes", "want"), [
    ("interview notes\n- ben torres", "Ben Torres"),
    ("notes\nKofi A.", "Kofi A."),
    ("notes\n~ Esperanza Villanueva-Ruiz", "Esperanza Villanueva-Ruiz"),
    ("Recruiter contact:\nCourtney Blake", None),   # a name under a heading
    ("notes\nthanks again", None),
    ("notes\nparking was awful", None),
])
def test_signature_at_the_end(notes: str, want: str | None) -> None:
    assert signature(notes) == want


@pytest.mark.parametrize(("company", "notes", "doubt"), [
    ("So", "So they said Friday", True),
    ("St. Luke's", "my current manager at St. Luke's doesn't know", True),  # my job, not theirs
    ("Fernhill Health", "He asked about my SwiftUI migration at Fernhill Health", True),
    ("Nimbus", "Had my final Staff SRE interview at Nimbus today", False),
    ("Lab Technologist", "Lab Technologist (Microbiology) — Kelso Diagnostics", True),
    ("St. Luke's", "currently at St. Luke's, interviewing at Mercy", True),
    ("Hays", "came via Hays for the Okonjo role", True),
    ("Target", "Interview at Target for Store Lead", False),
    ("Larkspur Analytics", "Interview at Larkspur Analytics", False),
    # a form of address and a name is a person; a shop so named is met *at*
    ("Mr Ellis", "met the head, Mr Ellis", True),
    ("Dr. Martens", "interview at Dr. Martens, store manager role", False),
])
def test_company_doubts(company: str, notes: str, doubt: bool) -> None:
    assert (company_doubt(company, notes.splitlines()) is not None) == doubt


@pytest.mark.parametrize(("role", "doubt"), [
    ("Staff Nurse", False), ("Senior Backend Engineer (Payments)", False),
    ("they want someone who can own the ledger", True),
    ("the job I applied for last spring after my course ended in March", True),
])
def test_role_doubts(role: str, doubt: bool) -> None:
    assert (role_doubt(role) is not None) == doubt


def test_every_kept_fact_has_evidence_that_occurs_in_the_notes() -> None:
    examples = Path(__file__).resolve().parent.parent / "examples" / "notes"
    for path in sorted(examples.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        ctx = parse_notes(text, today=TODAY)
        lines = text.splitlines()
        for key, ev in ctx.evidence.items():
            assert ev.source == "notes" and ev.line is not None, (path.name, key)
            assert lines[ev.line - 1].strip() == ev.text, (path.name, key)
        for key in ("company", "role", "candidate"):
            if getattr(ctx, key):
                assert key in ctx.evidence, (path.name, key)


# (notes, stage, whom the rule writes to, or None: ask)
RECIPIENTS = [
    ("Interview with Dr. Hyun-woo Cho (Director) and Mi-rae Kang (Senior Advisor) at Lakeshore\n"
     "write to Dr. Cho\n- Esperanza Ruiz", "missed-deadline", "Hyun-woo Cho"),
    ("Interview with Gareth Price (ops manager) and Lowri Evans (HR).\n"
     "followed up 9/28, nothing back.\n- Becca", "close-the-loop", None),
    ("Interview with Femi Okonjo (partner) and Lauren Hayes (tax manager).\n"
     "Offer from Northwind, answer by Dec 14. Fine to tell Femi directly.\n- Ola",
     "competing-offer", "Femi Okonjo"),
    ("Interview with Priya Shah (Engineering Manager)\nme: Jordan Rivera", "second-nudge",
     "Priya Shah"),
    ("Interview with Priya Shah and Sam Ortiz\nme: Jordan Rivera", "missed-deadline", None),
]


@pytest.mark.parametrize(("notes", "stage", "want"), RECIPIENTS)
def test_recipient_rule(notes: str, stage: str, want: str | None) -> None:
    person = recipient_for(parse_notes(notes, today=TODAY), stage).person
    assert (person.name if person else None) == want


NOTES = ("Interview Nov 18 at Larkspur Analytics for Senior Data Engineer.\n"
         "Talked with Priya Shah and Sam Ortiz.\n- Priya: streaming ETL\n- Sam: on-call\n"
         "me: Jordan Rivera\n")


def test_a_missing_recipient_is_asked_at_a_terminal(tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    notes = tmp_path / "notes.txt"
    notes.write_text(NOTES, encoding="utf-8")
    child = pexpect.spawn(sys.executable, ["-m", "drafter", "draft", "--stage",
                                           "missed-deadline", str(notes), "--today",
                                           "2026-12-10"], encoding="utf-8", timeout=60)
    child.expect(r"1\) Priya Shah")
    child.expect(r"2\) Sam Ortiz")
    child.expect(r"Who is this email to\?")
    child.sendline("2")
    child.expect("Dear Sam,")
    child.expect("Read from your notes")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_piped_never_waits_and_names_the_flag(run_cli, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text(NOTES, encoding="utf-8")
    r = run_cli("draft", "--stage", "missed-deadline", str(notes), "--today", "2026-12-10")
    assert r.code == 2 and r.out == "" and "--to" in r.err and len(r.err.splitlines()) == 1
    r = run_cli("draft", "--stage", "missed-deadline", str(notes), "--today", "2026-12-10",
                "--to", "sam")
    assert r.code == 0 and "Dear Sam," in r.out
    assert "Read from your notes" in r.err and "Sam Ortiz" in r.err


def test_flags_set_facts_with_flag_evidence(run_cli, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text(NOTES, encoding="utf-8")
    r = run_cli("draft", str(notes), "--to", "Priya", "--company", "Larkspur Data",
                "--role", "Data Engineer", "--sign-as", "J. Rivera", "--topic",
                "the move to streaming", "--format", "json", "--today", "2026-11-18")
    assert r.code == 0, r.err
    data = json.loads(r.out)
    ctx = data["context"]
    assert ctx["company"] == "Larkspur Data" and ctx["role"] == "Data Engineer"
    assert ctx["evidence"]["company"]["source"] == "flag"
    assert ctx["evidence"]["topics"]["source"] == "flag"
    assert "Larkspur Data" in data["email"]["text"] and "J. Rivera" in data["email"]["text"]
    r = run_cli("draft", str(notes), "--decision-date", "not-a-date")
    assert r.code == 2 and len(r.err.splitlines()) == 1


def test_the_resolver_steps_run_without_the_safety_net() -> None:
    """parse_notes keeps the reader's facts if a later step raises; no step may rely on that."""
    from drafter.notes import read_notes, resolve
    from drafter.notes.offers import settle_offer
    from drafter.notes.when import settle_dates

    root = Path(__file__).resolve().parent
    paths = [*sorted((root.parent / "examples" / "notes").glob("*.txt")),
             *sorted((root / "reliability" / "injection").glob("*.txt")),
             *sorted((root / "data").glob("*.txt"))]
    assert len(paths) >= 15
    for path in paths:
        ctx = read_notes(path.read_text(encoding="utf-8"), TODAY)
        out = resolve(settle_offer(settle_dates(ctx, TODAY), TODAY))
        assert out == parse_notes(path.read_text(encoding="utf-8"), today=TODAY), path.name


@pytest.mark.parametrize(("name", "honorific", "greeting"), [
    ("Priya Shah", None, "Priya"), ("Hyun-woo Cho", "Dr", "Dr. Cho"),
    ("Kenji Sato", "Prof", "Professor Sato"), ("Pieter van der Berg", "Mr", "Mr. van der Berg"),
    ("Zhang Wei", None, "Wei"), ("Park Ji-hoon", None, "Ji-hoon"),
    ("Tran Minh Duc", None, "Tran Minh Duc"), ("Nguyen Thi Lan", "Dr", "Dr. Nguyen"),
    ("NAKAMURA Haruto", None, "Haruto"), ("Dr. Patel", None, "Dr. Patel"),
])
def test_greeting_forms(name: str, honorific: str | None, greeting: str) -> None:
    from drafter.context import Interviewer

    assert Interviewer(name=name, honorific=honorific).first_name == greeting


# (notes, stage, whom the rule writes to): the thread owner from what the notes show
THREADS = [
    ("Interview 2 Sept with Fr. Michael Okafor and counselor Lupe Tuilagi\n"
     "Check-in #1: 22 Sept → Fr. Okafor\n- Sam", "close-the-loop", "Michael Okafor"),
    ("final loop w/ head of design Björn Halvorsen + pm Ayesha Siddiqui.\n"
     "björn's the one who's been emailing me\n- Ren", "missed-deadline", "Björn Halvorsen"),
    ("Interview Wed 16 Sep with Dominika Nowak (Senior Buyer) for Assistant Buyer. She said "
     "they'd have an answer by end of next week. Also met planner Eoin Gallagher.\n- Kim",
     "missed-deadline", "Dominika Nowak"),
]


@pytest.mark.parametrize(("notes", "stage", "want"), THREADS)
def test_thread_owner(notes: str, stage: str, want: str) -> None:
    person = recipient_for(parse_notes(notes, today=TODAY), stage).person
    assert person is not None and person.name == want


# fixes found on blind set D (each a shape, not a case)
SHAPES = [
    # a name followed by '?' is a guess
    ("interviewed 16th w/ a team leader, didn't catch her name (Ann? Anne-Marie?)",
     lambda ctx: not any("Ann" in p.name for p in [*ctx.interviewers, *ctx.others])),
    # lowercase honorific and name: the form of address is kept
    ("- interview 3rd sept w/ headteacher mrs joanna pike + senco mr dev patel\n- Sam",
     lambda ctx: any(p.honorific == "Mrs" for p in [*ctx.interviewers, *ctx.others])),
    # '<name> from <org>' in lowercase notes is a person; they sent the rejection on that line
    ("dawn from ridgeway vets called at lunch — they went with an internal candidate. "
     "I interviewed with her + dr. haruto ito.\n- Sam",
     lambda ctx: ctx.rejection_from == "Dawn"),
    # 'it's nov 4 and nothing' is today, not their decision date
    ("interviewed oct 20 with Dr. Grace Price. she said they'd decide in 2 weeks. "
     "it's nov 4 and nothing.\n- Sam",
     lambda ctx: ctx.decision_date == dt.date(2026, 11, 3)),  # Oct 20 + 2 weeks
]


@pytest.mark.parametrize(("notes", "holds"), SHAPES)
def test_shapes_from_blind_set_d(notes: str, holds) -> None:  # type: ignore[no-untyped-def]
    assert holds(parse_notes(notes, today=TODAY))


def test_a_panel_thank_you_is_never_sent_to_a_guessed_panellist() -> None:
    notes = ("Panel interview today, Community Lead @ Thornbury Housing\n"
             "- Abdullahi Warsame (board chair): tenant scrutiny panel\n"
             "- Rosa Delgado (Ops Manager): partnership with the food bank\n- Sam")
    choice = recipient_for(parse_notes(notes, today=TODAY), "thank-you")
    assert choice.person is None and len(choice.candidates) == 2


# fixes found on blind set E (shapes)
SHAPES_E = [
    # a panel line names a person whose first name no list has
    ("Panel:\n* Denise Fairweather, Executive Director — capital campaign\n"
     "* Kwame Asante, Board Treasurer — donor database\n- Sam",
     lambda ctx: any(p.name == "Kwame Asante" for p in ctx.interviewers)),
    # 'so I should write to her' points back to the one person named in that sentence
    ("Interviewed with Olusegun Adeyemi (CFO) on Oct 2. Sinead Walsh (in-house recruiter) said "
     "she'd let me know either way, so I should write to her.\n- Tomás",
     lambda ctx: ctx.addressee == "Sinead Walsh"),
    # a pasted email's Date: line is not the interview day; a notes 'Date:' key is
    ("From: Ibrahim Al-Sayed <ia@corvan.com>\nDate: Tue, Nov 24, 2026 at 4:12 PM\n"
     "Subject: Re: next steps\n\nThanks for coming out on Monday.\n- Kat",
     # (no day is named but 'Monday', which only the pasted email's own date would anchor)
     lambda ctx: ctx.interview_date in (None, dt.date(2026, 11, 23))),
    ("Company: Tidewater Robotics\nDate: Tue Dec 9, 2025\nWith Sam Ortiz (VP Eng): telemetry",
     lambda ctx: ctx.interview_date == dt.date(2025, 12, 9)),
    # the sender of a pasted email is not the candidate
    ("> From: Yusuf Demir\n> Subject: RE: Dispatcher interview\n> Hi Chloe — thanks for coming "
     "in.\n> Yusuf Demir | Talent Partner\n",
     lambda ctx: ctx.candidate != "Yusuf Demir"),
]


@pytest.mark.parametrize(("notes", "holds"), SHAPES_E)
def test_shapes_from_blind_set_e(notes: str, holds) -> None:  # type: ignore[no-untyped-def]
    assert holds(parse_notes(notes, today=TODAY))


def test_goes_by_role_and_company_shapes_from_blind_set_f() -> None:
    ctx = parse_notes("Zhang Wei (goes by 'David') — Engineering Manager, Lumen Harbor Robotics\n"
                      "Interview 23 Oct (job: Embedded Firmware Engineer)\n- RTOS scheduling on "
                      "their AGV controllers\nI'm Lin Mei.", today=TODAY)
    assert [p.first_name for p in ctx.interviewers] == ["David"]
    assert ctx.role != "Engineering Manager"
    ctx = parse_notes("Timeline — Account Executive @ Quillfeather (SaaS)\n"
                      "Sep 15: recruiter screen w/ Jordan Achebe\n- Sam", today=TODAY)
    assert ctx.company != "Jordan Achebe" and ctx.role != "recruiter"
    from drafter.context import Interviewer

    assert Interviewer(name="María José Castillo Herrera").first_name == "María José"


@pytest.mark.parametrize(("line", "company"), [
    # a team after a job title, with the employer after it, is no company...
    ("Second round – Program Director, Youth Services – Cedar Street Community Trust", None),
    # ...but 'Role, Company' alone is the usual header
    ("Nov 16, 2026 — Staff Product Manager, Quillmark (hybrid, SF)", "Quillmark"),
])
def test_a_team_after_a_title_is_no_company(line: str, company: str | None) -> None:
    got = parse_notes(line + "\nRosa Delgado — VP Product — roadmap\n- Sam", today=TODAY).company
    assert got == company or (company is None and got != "Youth Services")


def test_an_unclear_given_name_is_greeted_in_full() -> None:
    ctx = parse_notes("Interview Tue with Tanaka Hiroshi (QA Manager) at Delphon Automotive.\n"
                      "- 8D reports and supplier audits\n- Sam", today=TODAY)
    assert [p.first_name for p in ctx.interviewers] == ["Tanaka Hiroshi"]
