"""The phrase automaton (drafter.rubric.checks.literal) finds exactly what each rule's regex
alternation finds: same starts, same ends, on drafts and on texts built to probe the edges."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.rubric import load_rubric, stage_names
from drafter.rubric.checks import literal
from drafter.rubric.checks.phrases import _combined, _finditer, _literal_plan, _spans
from drafter.rubric.registry import Rule

ROOT = Path(__file__).resolve().parent.parent


def _phrase_rules() -> list[Rule]:
    rules: dict[str, Rule] = {}
    for stage in stage_names():
        for rule in load_rubric(stage).rules:
            if rule.check == "phrases" and rule.settings.phrases:  # type: ignore[attr-defined]
                rules.setdefault(f"{stage}:{rule.id}", rule)
    return list(rules.values())


RULES = _phrase_rules()


def _plan(rule: Rule) -> tuple[object, ...] | None:
    s = rule.settings
    return _literal_plan(tuple(s.phrases), tuple(s.patterns), s.case_sensitive)  # type: ignore


def _by_regex(rule: Rule, text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _finditer(_combined(rule.settings), text, rule, lo, hi)
            if m.end() > m.start()]


def _agree(text: str) -> None:
    for rule in RULES:
        for lo, hi in ((0, len(text)), (3, max(3, len(text) - 5))):
            got = _spans(text, rule, lo, hi, _plan(rule))
            assert got == _by_regex(rule, text, lo, hi), (rule.id, text[:80])


def test_most_phrase_rules_use_the_automaton() -> None:
    assert sum(_plan(r) is not None for r in RULES) >= len(RULES) - 1
    assert len(literal.shipped_phrases()) > 200


def test_same_matches_on_the_corpus() -> None:
    files = sorted((ROOT / "examples" / "drafts").glob("*.txt"))
    files += sorted((ROOT / "tests" / "corpus").rglob("*.txt"))
    for f in files:
        text = f.read_text(encoding="utf-8")
        _agree(text)
        _agree(text.upper())


def _phrase_words() -> list[str]:
    words = set()
    for rule in RULES:
        for p in rule.settings.phrases:  # type: ignore[attr-defined]
            words.update(p.split())
    return sorted(words)[:400]


@pytest.mark.parametrize("text", [
    "I haven't  heard\n\nback from you.  Hey   u there? thx!!",
    "I haven’t heard back, I haven‘t heard back, I haven`t heard back",
    "xhey hey_ _hey 'hey ’hey hey' Hey\u00a0there lol. LOL",
    "Dear  Hiring\n Manager, To whom it may concern: [Company Name] {position}",
    "İstanbul hey ſlang Kelvin K lol",  # letters re folds specially: the regex runs
    "", "   ", "hey",
])
def test_same_matches_on_edges(text: str) -> None:
    _agree(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_phrase_words()),
                          st.sampled_from([" ", "  ", "\n", "\n\n", "\t", ", ", ". ", "'", "’",
                                           "‘", "`", "_", "x", "!", "?", ":)", "-"])),
                max_size=25))
def test_same_matches_on_any_mix(parts: list[str]) -> None:
    text = "".join(parts)
    _agree(text)
    _agree(text.title())


def test_stage_cues_from_the_automaton_are_the_cue_patterns_matches() -> None:
    from drafter.rubric.engine import _cue_patterns, _cues_in, _normal

    files = sorted((ROOT / "examples" / "drafts").glob("*.txt"))
    files += sorted((ROOT / "tests" / "corpus").rglob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    texts += ["following up following up on following up", "an offer can offer_ an offer1",
              "checking in again checking in", ""]
    for text in texts:
        normal = _normal(text)
        expected = [(m.start(), m.end(), slug, weight) for slug, pattern, weight
                    in _cue_patterns() for m in pattern.finditer(normal)]
        assert _cues_in(normal) == expected
