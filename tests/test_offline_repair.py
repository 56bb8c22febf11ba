"""The offline draft leaves out a topic the rubric found a broken sentence in."""

from __future__ import annotations

import datetime as dt

from drafter.compose import compose
from drafter.config import Config
from drafter.drafting import Options, _broken_topics
from drafter.notes import parse_notes
from drafter.report import Finding, Report

NOTES = ("Interview Nov 18 at Larkspur Analytics for the Data Engineer role with Priya Shah "
         "(engineering manager).\n- Priya: the streaming migration\n- Priya: on-call rotation\n"
         "me: Jordan Rivera\n")


def test_a_topic_in_a_sentence_a_grammar_rule_failed_is_named() -> None:
    ctx = parse_notes(NOTES, today=dt.date(2026, 11, 18))
    opts = Options(stage="thank-you", today=dt.date(2026, 11, 18), config=Config())
    email = compose(ctx, "thank-you", config=Config())
    text = email.text
    at = text.index("streaming migration")
    bad = Finding(rule="grammar.fragment", category="spelling", severity="error", message="m",
                  start=at, end=at + 9, match=text[at:at + 9])
    report = Report(stage="thank-you", findings=[bad])
    broken = _broken_topics(email, report, ctx, opts)
    assert len(broken) == 1 and "streaming migration" in next(iter(broken))
    # and a failure that is not grammar names nothing
    other = bad.model_copy(update={"rule": "tone.desperate", "category": "desperate"})
    assert _broken_topics(email, Report(stage="thank-you", findings=[other]), ctx, opts) == \
        frozenset()
    # the second draft, without that topic, no longer holds it
    again = compose(ctx, "thank-you", config=Config(),
                    without=_broken_topics(email, report, ctx, opts))
    assert "streaming migration" not in again.text and "on-call" in again.text


def test_a_topic_that_runs_across_a_full_stop_is_named_by_its_broken_tail() -> None:
    # "the rates of reaction. went ok" - the rubric flags "went", in the second sentence
    notes = ("Interview Jan 22 at Castlebrook Academy for Teacher of Chemistry with Ruth Adeyemi "
             "(head of science).\n- Ruth: the rates of reaction. went ok\n- Ruth: asked about "
             "tracking practicals\nme: Sam Ortiz\n")
    ctx = parse_notes(notes, today=dt.date(2026, 1, 22))
    opts = Options(stage="thank-you", today=dt.date(2026, 1, 22), config=Config())
    email = compose(ctx, "thank-you", config=Config())
    text = email.text
    at = text.index("went ok")
    bad = Finding(rule="grammar.sentence-case", category="spelling", severity="error",
                  message="m", start=at, end=at + 4, match="went")
    broken = _broken_topics(email, Report(stage="thank-you", findings=[bad]), ctx, opts)
    assert any("went ok" in b for b in broken)


def test_a_topic_that_names_someone_else_is_never_used() -> None:
    notes = ("Interview Jan 22 at Castlebrook Academy for Teacher of Chemistry with Ruth Adeyemi "
             "(head of science) and Tom Lowndes (deputy head).\n- Ruth: Lowndes mostly "
             "safeguarding qs\n- Ruth: tracking the practical endorsement\nme: Sam Ortiz\n")
    ctx = parse_notes(notes, today=dt.date(2026, 1, 22))
    email = compose(ctx, "thank-you", "Ruth Adeyemi", config=Config())
    assert "Lowndes" not in email.text.split("\n\n", 2)[-1]
    assert "practical endorsement" in email.text
