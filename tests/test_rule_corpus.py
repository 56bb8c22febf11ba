"""The rubric against whole emails: a precision corpus that must pass clean, guide-style templates
that must be flagged as placeholders and nothing else, and bad emails with their exact rule ids.

File names start with the stage: `thank-you--designer-brief.txt`.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from drafter.report import Report
from drafter.rubric import Rubric, check, infer_stage, load_rubric, stage_names

CORPUS = Path(__file__).resolve().parent / "corpus"
STAGES = list(stage_names())  # from the stage data, so a new stage is tested too


@cache
def rubric(stage: str) -> Rubric:
    return load_rubric(stage)


def _files(folder: str) -> list[Path]:
    return sorted((CORPUS / folder).glob("*.txt"))


def _stage(path: Path) -> str:
    return path.name.split("--")[0]


def review(path: Path, stage: str | None = None) -> Report:
    return check(path.read_text(encoding="utf-8"), rubric(stage or _stage(path)))


def _described(report: Report) -> list[str]:
    return [f"{f.line}:{f.column} {f.severity} {f.rule} {f.match!r}" for f in report.findings]


# ----------------------------------------------------------------------------------- clean

def test_the_clean_corpus_is_big_and_varied() -> None:
    files = _files("clean")
    assert len(files) >= 15
    per_stage = Counter(_stage(p) for p in files)
    assert set(per_stage) >= set(STAGES)
    assert min(per_stage[s] for s in STAGES) >= 3


@pytest.mark.parametrize("path", _files("clean"), ids=lambda p: p.name)
def test_a_clean_email_comes_back_clean(path: Path) -> None:
    report = review(path)
    assert report.passed, _described(report)
    assert report.findings == [], _described(report)
    assert report.word_limit is not None and report.word_count <= report.word_limit


@pytest.mark.parametrize("path", _files("clean"), ids=lambda p: p.name)
def test_the_stage_of_a_clean_email_is_inferred(path: Path) -> None:
    """What `drafter review` without --stage uses: the stage's cue phrases, weighed by length.
    The *--held-out.txt files were written after the cues to see them generalise: 4 of 6 were
    inferred right; the wordings of the two misses were then added as cues. The *--rt-*.txt
    files come from a red-team pass (82 emails written to break the rubric: 49 came back clean
    and 68 inferred right at first); the rules and cues were fixed against them, so they are
    regressions now, not a measure. The *--rt2-*.txt files are a second pass written after
    those fixes (40 emails: 36 came back clean and 37 inferred right at first; then fixed)."""
    assert infer_stage(path.read_text(encoding="utf-8")) == _stage(path)


# ------------------------------------------------------------------------------- templates

def test_there_is_a_template_for_every_stage() -> None:
    assert {_stage(p) for p in _files("templates")} == set(STAGES)


@pytest.mark.parametrize("path", _files("templates"), ids=lambda p: p.name)
def test_a_template_is_flagged_for_its_slots_and_nothing_else(path: Path) -> None:
    report = review(path)
    assert not report.passed
    placeholders = [f for f in report.findings if f.category == "placeholder"]
    assert len(placeholders) >= 3, _described(report)
    assert {f.category for f in report.errors} == {"placeholder"}, _described(report)
    assert all(f.category == "placeholder" for f in report.findings), _described(report)
    # every bracketed or braced slot is reported where it stands
    text = path.read_text(encoding="utf-8")
    for f in placeholders:
        assert text[f.start:f.end] == f.match


# ------------------------------------------------------------------------------------- bad

_EXPECTED: dict[str, dict[str, object]] = tomllib.loads(
    (CORPUS / "bad" / "expected.toml").read_text(encoding="utf-8"))


def test_every_bad_email_has_an_expectation() -> None:
    assert {p.name for p in _files("bad")} == set(_EXPECTED)


@pytest.mark.parametrize("name", sorted(_EXPECTED))
def test_a_bad_email_raises_exactly_its_rules(name: str) -> None:
    expected = _EXPECTED[name]
    stage = str(expected["stage"])
    report = review(CORPUS / "bad" / name, stage)
    assert {f.rule for f in report.findings} == set(expected["rules"]), _described(report)  # type: ignore[arg-type]
