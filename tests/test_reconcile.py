"""Reconciling the model's read with the deterministic one: one table, one row per decision.

Each row: the notes, the model's read (JSON, as a model would return it), the field, the value
the reconciled context holds, and who it came from.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from drafter.model_read import ModelRead, parse_reply
from drafter.notes import parse_notes
from drafter.reconcile import grounded, grounded_topic, recipient_conflict, reconcile

TODAY = dt.date(2026, 11, 18)

LABELLED = ("Company: Larkspur Analytics\nRole: Data Engineer\n"
            "Met Priya Shah today, we talked about streaming ETL.\nme: Jordan Rivera\n")
JOTTED = ("met priya shah from larkspur analytics in leeds today about the data engineer job. "
          "she asked about streaming etl. they decide by friday\n")
VAGUE = ("met priya shah from larkspur analytics today. she asked about streaming etl. data "
         "engineer team is 6 people.\n")
TRADES = ("Interview at Hallett Electrical with Bill Torres today. Showed me the panel upgrade "
          "job. Said he'd call by Dec 4.\nme: Sam Okafor\n")


def _get(ctx: Any, field: str) -> Any:
    if field == "people":
        return [p.name for p in ctx.interviewers]
    if field == "others":
        return [p.name for p in ctx.others]
    if field == "topics:Priya Shah":
        return ctx.interviewer("Priya Shah").topics
    return getattr(ctx, field)


CASES = [
    # (id, notes, model read, field, expected value, chosen)
    ("agree", LABELLED, {"company": "Larkspur Analytics"}, "company", "Larkspur Analytics",
     "both"),
    ("ungrounded company dropped", LABELLED, {"company": "XYZ Corporation"}, "company",
     "Larkspur Analytics", "deterministic"),
    ("labelled value stands", LABELLED + "Priya came from Northwind Labs last year.\n",
     {"company": "Northwind Labs"}, "company", "Larkspur Analytics", "deterministic"),
    ("a shorter form agrees", "Interview today for Senior Data Engineer at Larkspur Analytics."
     "\nMet Priya Shah, we talked about streaming ETL.\n", {"role": "Data Engineer"}, "role",
     "Senior Data Engineer", "both"),
    ("an unlabelled guess loses", "Interview today for Senior Data Engineer at Larkspur "
     "Analytics.\nMet Priya Shah (Northwind Labs), we talked about streaming ETL.\n",
     {"company": "Northwind Labs"}, "company", "Northwind Labs", "model"),
    ("model fills a gap", JOTTED, {"company": "larkspur analytics"}, "company",
     "larkspur analytics", "model"),
    ("a town is no company", JOTTED, {"company": "leeds"}, "company", None, "neither"),
    ("role filled", VAGUE, {"role": "data engineer"}, "role", "data engineer", "model"),
    ("invented role dropped", VAGUE, {"role": "Sales Manager"}, "role", None, "neither"),
    ("an interviewer is not the candidate", LABELLED, {"candidate": "Priya Shah"},
     "candidate", "Jordan Rivera", "deterministic"),
    ("candidate filled", JOTTED + "me: Jordan Rivera\n", {"candidate": "Jordan Rivera"},
     "candidate", "Jordan Rivera", "both"),
    ("your name is never the model's to change", LABELLED.replace("me: Jordan Rivera", "- Jordan"
     ) + "LV Distribution rang too.\n", {"candidate": "LV Distribution"}, "candidate", None,
     "neither"),
    ("the recruiter is not the candidate", "Met Priya Shah today about streaming ETL. "
     "Recruiter: Marcus Bell set it up.\n", {"candidate": "Marcus Bell"}, "candidate", None,
     "neither"),
    ("invented person dropped", LABELLED,
     {"people": [{"name": "Ravi Patel", "topics": ["streaming ETL"]}]}, "people",
     ["Priya Shah"], "neither"),
    ("both found them", LABELLED + "Dana Whitfield joined for the last 20 min, "
     "asked about data contracts.\n",
     {"people": [{"name": "Dana Whitfield", "part": "interviewer",
                  "topics": ["data contracts"]}]}, "people", ["Priya Shah", "Dana Whitfield"],
     "both"),
    # beside the reader's interviewers, one only the model saw is someone the notes name
    ("a person the reader missed", "met priya shah from larkspur today, data engineer job. "
     "she asked about streaming etl. also mo farah sat in, asked about dbt models\n",
     {"people": [{"name": "mo farah", "part": "interviewer", "topics": ["dbt models"]}]},
     "others", ["Mo Farah"], "model"),
    ("the only interviewer", "chat at larkspur today re streaming etl, mo farah ran it\n",
     {"people": [{"name": "mo farah", "part": "interviewer", "topics": ["streaming etl"]}]},
     "people", ["Mo Farah"], "model"),
    ("an address is no name", LABELLED + "From: noreply-recruitment@larkspur.io\n",
     {"people": [{"name": "noreply-recruitment@larkspur.io", "part": "hr"}]}, "people",
     ["Priya Shah"], "neither"),
    ("an empty name says nothing", LABELLED, {"people": [{"name": ""}]}, "people",
     ["Priya Shah"], None),
    ("date filled from the notes' words", TRADES, {"dates": {"decision": "Dec 4"}},
     "decision_date", dt.date(2026, 12, 4), "model"),
    ("a date the notes lack is dropped", TRADES, {"dates": {"decision": "Dec 11"}},
     "decision_date", None, "neither"),
    ("a disputed date keeps the reader's", JOTTED + "or maybe Nov 30\n",
     {"dates": {"decision": "Nov 30"}}, "decision_date", dt.date(2026, 11, 20),
     "deterministic"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_reconcile(case: tuple[Any, ...]) -> None:
    _, notes, read, field, expected, chosen = case
    ctx = parse_notes(notes, today=TODAY)
    merged, decisions = reconcile(ctx, ModelRead.model_validate(read), TODAY)
    assert _get(merged, field) == expected
    key = {"people": "person:", "others": "person:", "decision_date": "decision"}.get(field,
                                                                                    field)
    said = [d for d in decisions if d.field.startswith(key)]
    assert (said[-1].chosen if said else None) == chosen, decisions


def test_topics_the_model_invents_are_dropped() -> None:
    notes = "Met Priya Shah about streaming ETL and replay costs.\n"
    assert grounded_topic("streaming ETL", notes)
    assert grounded_topic("replay costs", notes)
    assert not grounded_topic("quantum blockchain synergy", notes)
    assert not grounded_topic("", notes)
    assert grounded("Priya  Shah", notes) and not grounded("Priya Patel", notes)


RECIPIENTS = [
    # (notes, the model's write_to, (settled by the model, disputed pair))
    ("Panel at Larkspur for Data Engineer.\nPriya Shah: streaming ETL\nMarcus Bell: on-call\n"
     "me: Jordan Rivera\n", "Marcus Bell", ("Marcus Bell", ())),
    ("Panel at Larkspur for Data Engineer.\nPriya Shah: streaming ETL\nMarcus Bell: on-call\n"
     "me: Jordan Rivera\n", "Dana Whitfield", (None, ())),
    (LABELLED, "Priya", (None, ())),  # agrees with the reader
    (LABELLED + "Marcus Bell (recruiter) set it up.\n", "Marcus Bell",
     (None, ("Priya Shah", "Marcus Bell"))),
    (LABELLED, None, (None, ())),
]


@pytest.mark.parametrize("notes,write_to,expected", RECIPIENTS)
def test_recipient(notes: str, write_to: str | None, expected: tuple[Any, ...]) -> None:
    ctx = parse_notes(notes, today=TODAY)
    read = ModelRead(write_to=write_to)
    assert recipient_conflict(ctx, read, "thank-you") == expected


@pytest.mark.parametrize("reply,error", [
    ('{"company": "Larkspur"}', None),
    ('Here you go: {"company": null, "people": []} hope it helps', None),
    ('{"company": "Larkspur", "ceo": "Ann"}', "ceo: Extra inputs are not permitted"),
    ('{"people": [{"title": "VP"}]}', None),  # a slot with no name names no one
    ('{"people": [{"name": "Priya", "age": 40}]}', "people.0.age: Extra inputs"),
    ("I could not find anything.", "no JSON object in the reply"),
    ('{"company": "Lark', "no JSON object in the reply"),  # cut off at the token limit
    ('{"company": "Larkspur", "role": "Data\nEngineer"}', None),  # a raw line break in a string
    ('{"company": "", "people": [{"name": "", "title": ""}, {"name": "Priya"}]}', None),
    ('{"people": [{"name": "P"}]}', "people.0.name: String should have at least 2"),
    ('{"people": [' + ", ".join(['{"name": "Al Bo"}'] * 7) + ']}',
     "people: List should have at most 6 items"),
])
def test_parse_reply(reply: str, error: str | None) -> None:
    if error is None:
        read = parse_reply(reply)
        assert read.company is None or read.company == "Larkspur"  # "" is "not said"
        assert all(p.name for p in read.people)
    else:
        with pytest.raises(ValueError, match=error):
            parse_reply(reply)
