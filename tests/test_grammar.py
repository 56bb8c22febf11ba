"""The broken-sentence rules and the repeated-phrase rule, beyond their flag/leave tables
(tests/grammar_cases.py, run by test_rules.py): where findings point, what they quote, what
they leave out, and that the word table needs no download and no numpy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from drafter import wordclass
from drafter.report import Report
from drafter.rubric import check, load_rubric
from drafter.rubric.engine import RubricError

SRC = Path(__file__).resolve().parent.parent / "src"


def review(text: str, stage: str = "thank-you") -> Report:
    return check(text, load_rubric(stage))


def email(body: str, signature: str = "Jordan Rivera") -> str:
    return (f"Subject: Thank you for today\n\nDear Priya,\n\n{body}\n\nBest regards,\n"
            f"{signature}\n")


def found(report: Report, prefix: str) -> list[tuple[str, str]]:
    return [(f.rule, f.match) for f in report.findings if f.rule.startswith(prefix)]


# the offline composer's drafts that issue 10 quotes, as whole emails
COMPOSED = [
    ("I found our conversation about what I'd do if a post-op patient's obs started slipping "
     "at 3am and the especially valuable, and the you've 4 new grads starting in Jan and want "
     "experienced people to precept them gave me a clearer picture of the work.",
     ["the especially", "the you've"]),
    ("Thank you for our conversation about the forklift cert, along with the lots of agency "
     "staff.", ["the lots"]),
    ("I am keen to join the team, particularly after our conversation about an hour.",
     ["our conversation about an hour"]),
]


@pytest.mark.parametrize(("body", "matches"), COMPOSED)
def test_composed_fragments_are_errors_that_fail_the_review(body: str,
                                                            matches: list[str]) -> None:
    report = review(email(body))
    assert [m for _, m in found(report, "grammar.")] == matches
    assert not report.passed
    assert all(f.severity == "error" and f.category == "spelling"
               for f in report.findings if f.rule.startswith("grammar."))


def test_review_cli_exits_1_on_a_fragment(run_cli, tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(email(COMPOSED[1][0]), encoding="utf-8")
    r = run_cli("review", "--stage", "thank-you", str(draft))
    assert r.code == 1
    assert "grammar.fragment" in r.out and "'the lots'" in r.out


def test_a_doubled_word_is_reported_once() -> None:
    report = review(email("Thank you for the the tour of the lab and the wards."))
    assert found(report, "grammar.") == [("grammar.doubled-word", "the the")]


def test_findings_point_at_the_text() -> None:
    text = email("I enjoyed the tour (especially the simulation suite.")
    report = review(text)
    (finding,) = [f for f in report.findings if f.rule == "grammar.unbalanced"]
    assert text[finding.start:finding.end] == "(" == finding.match
    assert (finding.line, finding.column) == (5, 20)


def test_verbless_leaves_subject_greeting_and_sign_off_alone() -> None:
    text = ("Subject: Follow-up on the Data Engineer interview with the platform team\n\n"
            "Dear Ms. Priya Shah of the Larkspur Analytics platform team,\n\n"
            "Thank you for walking me through the migration plan today. I enjoyed it.\n\n"
            "With warm regards and best wishes to you and the whole platform team,\n"
            "Jordan Rivera, Senior Data Engineer at Example Corp in London\n")
    assert found(review(text), "grammar.") == []


def test_repeated_phrase_quotes_the_second_occurrence() -> None:
    body = ("I would be glad to walk you through the migration. If useful, I would be glad to "
            "share the runbook too.")
    text = email(body)
    report = review(text)
    (finding,) = [f for f in report.findings if f.rule == "generic.repeated-phrase"]
    assert finding.severity == "warning" and finding.category == "generic"
    assert finding.match == "I would be glad to"
    assert finding.start == text.rindex("I would be glad to")
    assert '"I would be glad to"' in finding.message


def test_repeated_phrase_ignores_greeting_sign_off_and_signature() -> None:
    text = ("Dear Priya at Larkspur Analytics,\n\nThank you for the chat with the data platform "
            "team at Larkspur Analytics about the streaming migration and the replay costs.\n\n"
            "Best regards,\nJordan Rivera\nData platform team at Larkspur Analytics\n")
    assert found(review(text), "generic.repeated-phrase") == []


def test_the_word_table_answers_without_numpy() -> None:
    code = ("import sys; from drafter import wordclass as w; "
            "assert w.classes('especially') == {'adv'}; "
            "assert {'noun', 'verb'} <= w.classes('reports'); "
            "assert w.classes('the') == frozenset(); "
            "assert 'numpy' not in sys.modules and 'lemminflect' not in sys.modules")
    env_path = str(SRC) + ":" + ":".join(p for p in sys.path if p)
    subprocess.run([sys.executable, "-c", code], check=True, env={"PYTHONPATH": env_path})


@pytest.mark.parametrize(("word", "kinds"), [
    ("especially", {"adv"}), ("valuable", {"adj", "noun"}), ("enjoyed", {"verb"}),
    ("Well", {"adj", "adv", "noun", "verb"}), ("you’d", set()), ("zzzz", set()),
])
def test_word_classes(word: str, kinds: set[str]) -> None:
    assert set(wordclass.classes(word)) >= kinds
    if not kinds:
        assert wordclass.classes(word) == frozenset()


def test_grammar_settings_reject_unknown_keys(tmp_path: Path) -> None:
    mine = tmp_path / "mine.toml"
    mine.write_text('[rules."grammar.fragment"]\nprepositons = ["about"]\n', encoding="utf-8")
    with pytest.raises(RubricError, match="unknown key 'prepositons'"):
        load_rubric("thank-you", mine)


def test_a_person_can_extend_or_switch_off_a_grammar_rule(tmp_path: Path) -> None:
    mine = tmp_path / "mine.toml"
    mine.write_text('[rules."grammar.doubled-word".extend]\nallow = ["the"]\n'
                    '[rules."grammar.unbalanced"]\nenabled = false\n', encoding="utf-8")
    text = email("Thank you for the the tour (and the coffee.")
    report = check(text, load_rubric("thank-you", mine))
    assert found(report, "grammar.") == []


def test_a_missing_word_table_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from drafter.errors import DrafterError

    monkeypatch.setattr(wordclass, "_table_path", lambda: None)
    wordclass._table.cache_clear()
    wordclass.classes.cache_clear()
    try:
        with pytest.raises(DrafterError, match="lemminflect"):
            wordclass.classes("especially")
    finally:
        monkeypatch.undo()
        wordclass._table.cache_clear()
        wordclass.classes.cache_clear()
    assert wordclass.classes("especially") == {"adv"}
