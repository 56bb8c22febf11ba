"""Hostile and odd input to the library: the parser, every stage's rubric and the offline
composer end in a result or a DrafterError, never another exception and never a hang."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter.context import InterviewContext
from drafter.drafting import DraftResult, Options, offline_draft
from drafter.errors import DrafterError, UsageError
from drafter.inputs import MAX_BYTES, decode
from drafter.notes import parse_notes
from drafter.report import Report
from drafter.rubric import check, load_rubric, stage_names

from .strategies import SEEDS, TODAY, any_text, hostile_bytes
from .support import COUNTS, Hang, hard_limit

STAGES = stage_names()
RUBRICS = {stage: load_rubric(stage) for stage in STAGES}
CONTEXTS = [parse_notes(s, today=TODAY) for s in SEEDS]

PER_EXAMPLE = settings(
    max_examples=100, deadline=dt.timedelta(seconds=3),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
LIMIT_S = 10.0  # hard stop: a hang fails the example instead of stalling the suite

def _cpu() -> float:
    """This process's CPU seconds: a bound on the work done, which other processes on a busy
    machine do not move (wall time does: a loaded CI machine failed a 5 s wall bound)."""
    return time.process_time()



def survive(prop: str, fn: Callable[[], Any], fixed: bool = False) -> Any:
    """Run fn under the hard limit: return its result, or None for a DrafterError; anything
    else is a traceback the person would see (counted, then re-raised)."""
    if fixed:
        COUNTS.case(prop)
    else:
        COUNTS.example(prop)
    try:
        with hard_limit(LIMIT_S, prop):
            return fn()
    except DrafterError as exc:
        assert str(exc).strip() and "\n" not in str(exc), repr(exc)
        return None
    except Exception:
        COUNTS.tracebacks += 1
        raise


@PER_EXAMPLE
@given(hostile_bytes())
def test_decode_gives_clean_text_or_one_usage_error(data: bytes) -> None:
    text = survive("inputs.decode", lambda: decode(data, "notes.txt"))
    if text is not None:
        assert "\x00" not in text and "\r" not in text and text.strip()
        assert not any("\ud800" <= c <= "\udfff" for c in text)  # no lone surrogates get in


@PER_EXAMPLE
@given(any_text)
def test_parse_notes_always_returns_a_context(text: str) -> None:
    ctx = survive("notes.parse_notes", lambda: parse_notes(text, today=TODAY))
    assert isinstance(ctx, InterviewContext)
    # a round trip through JSON works: the json output and batch summaries depend on it
    InterviewContext.model_validate_json(ctx.model_dump_json())


@PER_EXAMPLE
@given(any_text, st.sampled_from(STAGES), st.sampled_from([None, *CONTEXTS]))
def test_rubric_check_always_returns_a_report(text: str, stage: str,
                                              ctx: InterviewContext | None) -> None:
    report = survive("rubric.check", lambda: check(text, RUBRICS[stage], ctx, today=TODAY))
    assert isinstance(report, Report)
    assert 0 <= report.score <= 100
    for f in report.findings:
        assert f.line >= 1 and f.column >= 1 and 0 <= f.start <= f.end <= len(text)


@PER_EXAMPLE
@given(hostile_bytes(), st.sampled_from(STAGES))
def test_bytes_to_review_report(data: bytes, stage: str) -> None:
    """The path `drafter review FILE` takes, minus the CLI: bytes -> decode -> rubric."""
    text = survive("decode+rubric.check", lambda: check(decode(data, "email.txt"),
                                                        RUBRICS[stage], today=TODAY))
    assert text is None or isinstance(text, Report)


@PER_EXAMPLE
@given(any_text, st.sampled_from(STAGES), st.sampled_from([None, 0, 1, 2]))
def test_offline_composer_drafts_or_asks(text: str, stage: str, variant: int | None) -> None:
    def run() -> DraftResult:
        ctx = parse_notes(text, today=TODAY)
        return offline_draft(ctx, Options(stage=stage, today=TODAY, variant=variant))

    result = survive("drafting.offline_draft", run)
    if result is not None:
        assert result.email.text.strip()
        assert "\x00" not in result.email.text


@pytest.mark.parametrize("stage", STAGES)
def test_offline_composer_on_every_seed_and_stage(stage: str) -> None:
    """Every real notes file, every stage: a draft or one line saying what to add."""
    for ctx in CONTEXTS:
        survive("drafting.offline_draft(seeds)",
                lambda ctx=ctx: offline_draft(ctx, Options(stage=stage, today=TODAY)), fixed=True)


# -- huge input ----------------------------------------------------------------------------------

def _huge() -> dict[str, str]:
    seed = SEEDS[0]
    return {
        "5 MB of notes": (seed * (5_000_000 // len(seed) + 1))[:5_000_000],
        "5 MB single line of words": ("Kafka replay costs " * 300_000)[:5_000_000],
        "5 MB of newlines": "\n" * 5_000_000,
        "5 MB of bullets": "- x\n" * 1_250_000,
        "5 MB of control chars": "\x01\x1b\x7f" * 1_666_666,
        "5 MB of RTL marks and joiners": "\u202e\u200d" * 2_500_000,
        "5 MB of emoji": "🎉" * 5_000_000,
        "5 MB of open parens": "(" * 5_000_000,
        "5 MB of colons": "a:" * 2_500_000,
    }


HUGE = _huge()


@pytest.mark.parametrize("name", list(HUGE))
def test_parse_notes_on_huge_input_is_bounded(name: str) -> None:
    text = HUGE[name]
    COUNTS.hostile_files += 1
    start = _cpu()
    ctx = survive("notes.parse_notes(huge)", lambda: parse_notes(text, today=TODAY),
                  fixed=True)
    assert isinstance(ctx, InterviewContext)
    assert _cpu() - start < 5


@pytest.mark.parametrize("name", list(HUGE))
def test_huge_text_is_refused_before_any_work(name: str) -> None:
    """What the CLI does with a 5 MB text: one UsageError naming the size, at once."""
    data = HUGE[name].encode("utf-8")
    assert len(data) > MAX_BYTES
    COUNTS.hostile_files += 1
    start = _cpu()
    with pytest.raises(UsageError, match=r"MB; drafter reads texts up to"):
        decode(data, "big.txt")
    assert _cpu() - start < 1


@pytest.mark.parametrize("stage", STAGES)
def test_rubric_on_a_long_email_is_bounded(stage: str) -> None:
    """A pasted email thread of ~20 KB (far over any limit) is checked in bounded time."""
    body = "\n\n".join(s for s in SEEDS)
    text = (body * (20_000 // len(body) + 1))[:20_000]
    COUNTS.hostile_files += 1
    start = _cpu()
    report = survive("rubric.check(long)", lambda: check(text, RUBRICS[stage], today=TODAY),
                    fixed=True)
    assert isinstance(report, Report) and not report.passed
    assert _cpu() - start < 10


def _timed_check(text: str, limit: float) -> float:
    """Seconds rubric.check takes on text, or infinity when the hard limit stops it (the
    spelling loop is Python code, so SIGALRM interrupts it)."""
    rubric = RUBRICS["thank-you"]
    start = _cpu()
    try:
        with hard_limit(limit, "rubric.check"):
            check(text, rubric)
    except Hang:
        return float("inf")
    return _cpu() - start


def test_rubric_on_one_long_token_is_bounded() -> None:
    """One 25 000-letter token: found when is_known analysed any length and proofread's URL
    pattern retried from every index of the token (both quadratic)."""
    COUNTS.hostile_files += 1

    def best(n: int) -> float:  # best of three: the ratio, not one machine's speed, is the test
        return min(_timed_check("Subject: x\n\nDear Priya,\n\n" + "a" * n, limit=5)
                   for _ in range(3))

    small, large = best(5_000), best(25_000)
    assert large < 5, f"rubric.check took {large:.1f} s on a 25 000-letter token"
    # 5x the text: linear work takes ~5x as long, quadratic work ~25x
    assert large / small < 12, f"5x the token took {large / small:.1f}x as long: not linear"


def test_rubric_on_many_unknown_words_is_bounded() -> None:
    """8 000 unknown words (~45 KB): found before proofread capped and cached suggestions
    (~2 ms each, every occurrence: a 1 MB file took ~4 minutes in `drafter review`)."""
    COUNTS.hostile_files += 1

    def timed(n: int) -> float:
        words = " ".join("".join(chr(97 + (i * 7 + j * 3) % 26) for j in range(3 + i % 6))
                         for i in range(n))
        return _timed_check("Subject: x\n\nDear Priya,\n\n" + words, limit=20)

    small, large = timed(1_600), timed(8_000)
    assert large < 10, f"rubric.check took {large:.1f} s on 8 000 unknown words"
    assert large / small < 12, f"5x the words took {large / small:.1f}x as long: not linear"
