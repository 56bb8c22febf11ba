"""The rubric engine: layering a person's own rubric file on the built-in data, and naming what is
wrong with a rubric file that cannot be used (in the API, and as one line on stderr via the CLI).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from drafter.errors import UsageError
from drafter.report import CATEGORIES, SEVERITY_ORDER
from drafter.rubric import check, infer_stage, load_rubric, stage_names
from drafter.rubric.engine import RubricError
from drafter.rubric.registry import CHECKS

STAGES = list(stage_names())  # from the stage data, so a new stage is tested too

EMAIL = """Subject: Thank you – Data Engineer interview

Dear Priya,

Thank you for taking the time to speak with me today about the Data Engineer role. I enjoyed our
conversation about the streaming migration and the cost of replaying a week of events, and the
synergy between our teams was clear.

I look forward to hearing about next steps.

Best regards,
Jordan Rivera
"""


@pytest.fixture
def rubric_file(tmp_path: Path) -> Callable[[str], Path]:
    def write(text: str) -> Path:
        path = tmp_path / "mine.toml"
        path.write_text(text, encoding="utf-8")
        return path

    return write


def rules_of(text: str, stage: str = "thank-you", extra: Path | None = None) -> set[str]:
    return {f.rule for f in check(text, load_rubric(stage, extra)).findings}


# ------------------------------------------------------------------------------ built-ins

def test_the_five_stages_come_first_in_order() -> None:
    assert stage_names()[:5] == ["thank-you", "missed-deadline", "second-nudge",
                                 "competing-offer", "rejection-reply"]


@pytest.mark.parametrize("stage", stage_names())
def test_every_built_in_rule_is_well_formed(stage: str) -> None:
    rubric = load_rubric(stage)
    ids = [r.id for r in rubric.rules]
    assert len(ids) == len(set(ids))
    for rule in rubric.rules:
        assert rule.check in CHECKS
        assert rule.category in CATEGORIES
        assert rule.severity in SEVERITY_ORDER
        assert rule.message
        assert rule.enabled
        if rule.category == "readability":
            assert rule.severity != "error"


def test_every_category_has_a_rule() -> None:
    assert {r.category for r in load_rubric("thank-you").rules} == set(CATEGORIES)


def test_the_sample_email_is_clean() -> None:
    assert rules_of(EMAIL) == set()


# ------------------------------------------------------------------------------ overrides

def test_a_user_file_changes_a_severity(rubric_file: Callable[[str], Path]) -> None:
    text = EMAIL.replace("I look forward", "I'm gonna look forward")
    report = check(text, load_rubric("thank-you"))
    assert [f.severity for f in report.findings if f.rule == "casual.slang"] == ["error"]
    mine = rubric_file('[rules."casual.slang"]\nseverity = "info"\n')
    report = check(text, load_rubric("thank-you", mine))
    assert [f.severity for f in report.findings if f.rule == "casual.slang"] == ["info"]
    assert report.passed


def test_a_user_file_switches_a_rule_off(rubric_file: Callable[[str], Path]) -> None:
    text = EMAIL.replace("I look forward", "Thanks :) I look forward")
    assert "emoji.any" in rules_of(text)
    mine = rubric_file('[rules."emoji.any"]\nenabled = false\n')
    assert "emoji.any" not in rules_of(text, extra=mine)
    rule = load_rubric("thank-you", mine).rule("emoji.any")
    assert rule.enabled is False


def test_a_user_file_overrides_the_word_limit(rubric_file: Callable[[str], Path]) -> None:
    mine = rubric_file('[rules."length.body"]\nlimit = 40\n')
    rubric = load_rubric("thank-you", mine)
    assert rubric.word_limit == 40
    report = check(EMAIL, rubric)
    finding = next(f for f in report.findings if f.rule == "length.body")
    assert "the thank-you limit is 40" in finding.message
    # the stage's own minimum survives an override of another key
    assert rubric.rule("length.body").settings.min == 40  # type: ignore[attr-defined]


def test_a_stage_file_overrides_the_default() -> None:
    assert load_rubric("thank-you").word_limit == 200
    assert load_rubric("rejection-reply").word_limit == 120


def test_a_user_file_extends_a_phrase_list(rubric_file: Callable[[str], Path]) -> None:
    assert "generic.boilerplate" not in rules_of(EMAIL)
    mine = rubric_file('[rules."generic.boilerplate".extend]\nphrases = ["synergy"]\n')
    report = check(EMAIL, load_rubric("thank-you", mine))
    assert [f.match for f in report.findings if f.rule == "generic.boilerplate"] == ["synergy"]
    # the built-in phrases are still there
    assert "generic.boilerplate" in rules_of("I am a team player.", extra=mine)


def test_a_user_file_extends_the_accepted_words(rubric_file: Callable[[str], Path]) -> None:
    text = EMAIL.replace("streaming migration", "zorbling migration")
    assert "spelling.unknown-word" in rules_of(text)
    mine = rubric_file('[rules."spelling.unknown-word".extend]\naccept = ["zorbling"]\n')
    assert "spelling.unknown-word" not in rules_of(text, extra=mine)


def test_a_user_file_extends_a_list_the_rule_leaves_empty(
        rubric_file: Callable[[str], Path]) -> None:
    # the shipped rule leaves its patterns at the default, an empty list
    assert load_rubric("thank-you").rule("casual.slang").settings.patterns == []
    mine = rubric_file('[rules."casual.slang".extend]\npatterns = ["\\\\bsynerg\\\\w+"]\n')
    assert "casual.slang" in rules_of(EMAIL, extra=mine)
    assert "casual.slang" not in rules_of(EMAIL)


def test_a_user_file_adds_a_rule(rubric_file: Callable[[str], Path]) -> None:
    mine = rubric_file(
        '[rules."house.no-synergy"]\ncheck = "phrases"\ncategory = "generic"\n'
        'severity = "error"\nmessage = "We do not say synergy"\nphrases = ["synergy"]\n'
        'suggestion = "say what the teams would do together"\n')
    report = check(EMAIL, load_rubric("thank-you", mine))
    finding = next(f for f in report.findings if f.rule == "house.no-synergy")
    assert (finding.category, finding.severity, finding.match) == ("generic", "error", "synergy")
    assert finding.message == "We do not say synergy"
    assert finding.suggestion == "say what the teams would do together"
    assert not report.passed


def test_rules_lists_the_user_file(run_cli, rubric_file: Callable[[str], Path]) -> None:
    mine = rubric_file('[rules."emoji.any"]\nenabled = false\n[rules."length.body"]\nlimit = 99\n')
    r = run_cli("rules", "--rubric", str(mine))
    assert r.code == 0
    assert any(line.startswith("emoji.any") and " off " in line for line in r.out.splitlines())
    assert "body limit 99 words" in r.out


def test_review_uses_the_user_file(run_cli, rubric_file: Callable[[str], Path],
                                   tmp_path: Path) -> None:
    email = tmp_path / "email.txt"
    email.write_text(EMAIL.replace("I look forward", "Thx, I look forward"), encoding="utf-8")
    assert run_cli("review", "--stage", "thank-you", str(email)).code == 1
    mine = rubric_file('[rules."casual.slang"]\nenabled = false\n')
    r = run_cli("review", "--stage", "thank-you", "--rubric", str(mine), str(email))
    assert r.code == 0, r.out


# --------------------------------------------------------------------------------- errors

BAD_RUBRICS = [
    pytest.param('[rules."tone.nonexistent"]\nseverity = "warning"\n',
                 ["unknown rule", "tone.nonexistent"], id="unknown-rule-id"),
    pytest.param('[rules."length.body"]\nlimt = 100\n', ["unknown key", "limt", "length.body"],
                 id="unknown-key"),
    pytest.param('[rules."tone.accusatory".extend]\npatterns = ["(unclosed"]\n',
                 ["invalid regular expression", "(unclosed", "tone.accusatory"], id="bad-regex"),
    pytest.param('[rules."casual.slang"]\nexceptions = ["[a-"]\n',
                 ["invalid regular expression", "[a-", "casual.slang"], id="bad-exception-regex"),
    pytest.param('[rules."tone.accusatory"]\ncategory = "tone"\n',
                 ["unknown category", "'tone'", "tone.accusatory"], id="unknown-category"),
    pytest.param('[rules."readability.grade"]\nseverity = "error"\n',
                 ["readability.grade", "warning or info"], id="readability-as-error"),
    pytest.param('[rules."length.body"\nlimit = 5\n', ["not valid TOML", "line 1"],
                 id="malformed-toml"),
    pytest.param('[rules."length.body"]\nseverity = "fatal"\n', ["severity", "fatal"],
                 id="unknown-severity"),
    pytest.param('[rules."x.y"]\ncheck = "nope"\ncategory = "casual"\nseverity = "warning"\n'
                 'message = "m"\n', ["unknown check", "nope"], id="unknown-check"),
    pytest.param('[rules."length.body".extend]\nlimit = [1]\n',
                 ["length.body", "limit", "only list settings"], id="extend-a-number"),
    pytest.param('[rulez."length.body"]\nlimit = 5\n', ["unknown table", "rulez"],
                 id="unknown-table"),
    pytest.param('[rules."length.body"]\nlimit = "many"\n', ["integer", "limit"],
                 id="wrong-type"),
    pytest.param('[rules."casual.slang"]\nscope = "footer"\n', ["scope", "casual.slang"],
                 id="unknown-scope"),
    pytest.param('[stage]\ncolour = "blue"\n', ["unknown key", "colour"], id="unknown-stage-key"),
    pytest.param('[rules."x.count"]\ncheck = "count"\ncategory = "casual"\nseverity = "info"\n'
                 'message = "m"\npattern = "(?P<x"\n',
                 ["invalid regular expression", "(?P<x", "x.count"], id="bad-count-regex"),
]


@pytest.mark.parametrize(("text", "named"), BAD_RUBRICS)
def test_a_bad_rubric_file_is_named_in_the_error(text: str, named: list[str],
                                                 rubric_file: Callable[[str], Path]) -> None:
    path = rubric_file(text)
    with pytest.raises(RubricError) as info:
        load_rubric("thank-you", path)
    message = str(info.value)
    assert str(path) in message
    for thing in named:
        assert thing in message, message
    assert "\n" not in message
    assert isinstance(info.value, UsageError)


@pytest.mark.parametrize(("text", "named"), BAD_RUBRICS)
def test_a_bad_rubric_file_exits_2_with_one_line(text: str, named: list[str], run_cli,
                                                 rubric_file: Callable[[str], Path],
                                                 tmp_path: Path) -> None:
    path = rubric_file(text)
    email = tmp_path / "email.txt"
    email.write_text(EMAIL, encoding="utf-8")
    r = run_cli("review", "--stage", "thank-you", "--rubric", str(path), str(email))
    assert r.code == 2
    assert r.out == ""
    lines = r.err.splitlines()
    assert len(lines) == 1, r.err
    assert lines[0].startswith("drafter: error: ")
    assert named[0] in lines[0] and "Traceback" not in r.err


def test_a_runaway_pattern_stops_with_one_line(run_cli, rubric_file: Callable[[str], Path],
                                               tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """(a|aa)+$ backtracks exponentially: the person's own rule is named, nothing hangs."""
    from drafter.rubric.checks import phrases
    monkeypatch.setattr(phrases, "PATTERN_TIMEOUT_S", 0.2)
    path = rubric_file('[rules."house.runaway"]\ncheck = "phrases"\ncategory = "casual"\n'
                       'severity = "warning"\nmessage = "m"\npatterns = ["(a|aa)+$"]\n')
    email = tmp_path / "email.txt"
    email.write_text(EMAIL.replace("Best regards", "a" * 60 + "b\n\nBest regards"),
                     encoding="utf-8")
    r = run_cli("review", "--stage", "thank-you", "--rubric", str(path), str(email))
    assert r.code == 2, r.out
    assert r.err.count("\n") == 1
    assert "house.runaway" in r.err and "simplify it" in r.err


def test_a_runaway_pattern_added_to_a_shipped_rule_stops_too(
        run_cli, rubric_file: Callable[[str], Path], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Shipped patterns run on the stdlib engine; one a person adds (here via `extend`) puts
    the whole rule back under the time limit."""
    from drafter.rubric.checks import phrases
    monkeypatch.setattr(phrases, "PATTERN_TIMEOUT_S", 0.2)
    path = rubric_file('[rules."casual.slang".extend]\npatterns = ["(a|aa)+$"]\n')
    email = tmp_path / "email.txt"
    email.write_text(EMAIL.replace("Best regards", "a" * 60 + "b\n\nBest regards"),
                     encoding="utf-8")
    r = run_cli("review", "--stage", "thank-you", "--rubric", str(path), str(email))
    assert r.code == 2 and "casual.slang" in r.err and "simplify it" in r.err


@pytest.mark.parametrize("stage", stage_names())
def test_every_shipped_rule_runs_on_the_fast_engine(stage: str) -> None:
    import re

    from drafter import fastre
    from drafter.rubric.checks import phrases
    for rule in load_rubric(stage).rules:
        settings = rule.settings
        if isinstance(settings, phrases.PhraseSettings):
            compiled = [phrases._combined(settings)] + [
                phrases._compile(e, settings.case_sensitive, phrases._trusted([e]))
                for e in settings.exceptions]
        elif isinstance(settings, phrases.CountSettings):
            compiled = [phrases._compile(settings.pattern, settings.case_sensitive,
                                         phrases._trusted([settings.pattern]))]
        else:
            continue
        # the stdlib engine, plain or case-folded ahead of time (drafter.fastre): never `regex`
        assert all(c is None or isinstance(c, re.Pattern | fastre.FoldedPattern)
                   for c in compiled), rule.id


def test_a_missing_rubric_file_is_named(run_cli, tmp_path: Path) -> None:
    email = tmp_path / "email.txt"
    email.write_text(EMAIL, encoding="utf-8")
    r = run_cli("review", "--rubric", str(tmp_path / "nope.toml"), str(email))
    assert r.code == 2
    assert r.err.count("\n") == 1 and "nope.toml" in r.err and "not found" in r.err


def test_an_unknown_stage_is_named(run_cli, tmp_path: Path) -> None:
    email = tmp_path / "email.txt"
    email.write_text(EMAIL, encoding="utf-8")
    r = run_cli("review", "--stage", "thankyou", str(email))
    assert r.code == 2
    assert r.err.count("\n") == 1 and "'thankyou'" in r.err and "thank-you" in r.err


def test_enabled_must_be_a_boolean(rubric_file: Callable[[str], Path]) -> None:
    with pytest.raises(RubricError, match="enabled"):
        load_rubric("thank-you", rubric_file('[rules."casual.slang"]\nenabled = "no"\n'))


# -------------------------------------------------------------------------- stage inference

@pytest.mark.parametrize(("text", "stage"), [
    ("Thank you for taking the time to meet me today; I enjoyed our conversation.", "thank-you"),
    ("I wanted to check in: you mentioned a decision by Friday. Is there any update?",
     "missed-deadline"),
    ("I'm following up again; I know these decisions take time and I remain very interested.",
     "second-nudge"),
    ("I received an offer from another company and need to respond by Friday; you are my "
     "first choice. Could you share your timeline?", "competing-offer"),
    ("Thank you for letting me know. I'm disappointed, but I'd value any feedback.",
     "rejection-reply"),
    ("Nothing here names a stage.", "thank-you"),
])
def test_infer_stage(text: str, stage: str) -> None:
    assert infer_stage(text) == stage


def test_an_inferred_competing_offer_does_not_excuse_a_demand() -> None:
    text = "Dear Priya,\n\nI received an offer and I need an answer by Friday.\n"
    rubric = load_rubric("competing-offer")
    assert "ultimatum.demand" not in {f.rule for f in check(text, rubric).findings}
    inferred = check(text, rubric, stage_inferred=True)
    assert "ultimatum.demand" in {f.rule for f in inferred.findings}
    assert inferred.stage_inferred
