"""Writing, round 9: a thank-you's topic is something the two discussed, never the job's own name,
a company's name or how long someone has worked in their trade; its frames read with a plural
topic as with a singular one."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.compose import gather
from drafter.config import Config
from drafter.drafting import Options, make_draft
from drafter.notes import parse_notes

TODAY = dt.date(2025, 7, 16)
CONFIG = Config(name="Alex Morgan")


@pytest.mark.parametrize(("notes", "never", "want"), [
    # the job's name in the topic lines
    ("QA Technician interview @ Solvang Foods w/ Mi-rae Cho (QA manager)\n"
     "talked: QA Technician, HACCP audits, metal detection checks\n",
     "QA Technician", "HACCP audits"),
    # a company's name, capitals throughout, read as a topic
    ("interview w/ Tomasz Brenner (ops mgr) for warehouse lead\n"
     "talked: Kestrel Freight Ltd, pick rates, night shift handover\n",
     "Kestrel Freight", "pick rates"),
    # how long the interviewer has worked in the trade: about them, no topic
    ("intvw today - apprentice plumber @ Rua Plumbing Ltd\nspoke w/ Manaia Cole (director)\n"
     "manaia - plumber since 98, commercial fit-outs\n", "since 98", "commercial fit-outs"),
])
def test_a_topic_is_never_the_job_a_company_or_a_tenure(notes: str, never: str,
                                                       want: str) -> None:
    ctx = parse_notes(notes, today=TODAY)
    phrases = [t.phrase for t in gather(ctx, "thank-you", None, CONFIG, today=TODAY).topics]
    assert not any(never.casefold() in p.casefold() for p in phrases), phrases
    assert any(want.casefold() in p.casefold() for p in phrases), phrases


_PLURAL = ("Interview with Dr. Amara Osei (Head of Pharmacy), Lister Hospital, 14/7\n"
           "talked: dispensing error rates, the new robot\n")


@pytest.mark.parametrize("variant", range(6))
def test_no_frame_needs_a_singular_topic(variant: int) -> None:
    ctx = parse_notes(_PLURAL, today=TODAY)
    opts = Options(stage="thank-you", today=TODAY, config=CONFIG, variant=variant)
    body = make_draft(ctx, opts).email.body
    assert "dispensing error rates" in body
    # "What I keep coming back to is the dispensing error rates", "The part ... was ... rates"
    assert not any(f"{v} the dispensing error rates" in body or f"{v} dispensing error rates"
                   in body for v in (" is", " was")), body


@pytest.mark.parametrize(("notes", "to", "want", "never"), [
    # "name = title, topics": the line is keyed to them, as with a colon or a dash
    ("Interview: Facilities Technician — Harrow Vale Schools\nAttendees: Dominic Ferreira-Lowe; "
     "Yuki Sato\n---\ndominic = head of estates, boiler replacement, legionella checks\n"
     "yuki = business manager, asked about budgets\nthank dominic (hiring mgr)\n",
     None, "boiler replacement", "budgets"),
    # the candidate's own question, with an aside about them after a dash: the topic stays,
    # and is not "your question"
    ("Panel for Payroll Officer at Kinross Mutual: Ewan Mackie (Payroll Manager) and Sadia Noor "
     "(HR).\nI asked about the move to the new payroll system - Ewan seemed keen to talk about "
     "it.\nthank Ewan\n", "Ewan", "new payroll system", "your question"),
])
def test_what_the_line_says_they_discussed(notes: str, to: str | None, want: str,
                                           never: str) -> None:
    ctx = parse_notes(notes, today=TODAY)
    opts = Options(stage="thank-you", today=TODAY, config=CONFIG, interviewer=to)
    body = make_draft(ctx, opts).email.body
    assert want in body and never not in body, body
