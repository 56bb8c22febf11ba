"""The second set of tone shapes (rubrics/tone-shapes.toml) and the wording and structure rules
widened for issue 15, proved both ways: varied wordings each shape must flag, and ordinary
sentences (several industries, voices, British and Indian English) that must leave the whole
email clean. The rows are our own paraphrases of each kind of problem, not the blind set's."""

from __future__ import annotations

import dataclasses
import tomllib

import pytest
from test_rules import Case, in_email, review, rubric

from drafter.report import Finding
from drafter.resources import rubrics_dir
from drafter.rubric import check

# ------------------------------------------------------------ "I haven't heard back", split

# moved from tests/test_rules.py (tone.accusatory held these patterns before): still errors
UNHEARD_FLAG = [
    "I haven't heard back from you.",
    "I have not heard anything since our interview.",
    "I have yet to hear from you.",
    "I have yet to hear anything.",
    "I'm yet to hear back.",
    "I am yet to hear from anyone.",
    "We have yet to receive an answer.",
    "I have not received a response.",
    "I did not receive any reply.",
    "I haven't had a reply.",
    "I haven't gotten a response yet.",
    "I haven't received any update from your team.",
    "I didn't hear back after my last email.",
    "It's been two weeks and I haven't heard anything.",
    "I'm surprised I haven't heard back.",
    "I haven’t   heard back from you.",  # either apostrophe, any spacing
    # a check-in with reproach beside it stays an error
    "It's been three weeks and I haven't heard back, so I'm following up.",
    "I'm following up again since I haven't heard back from anyone.",
    "I'm writing because I haven't heard anything at all since the final round.",
    "As I haven't had any news despite two emails, I thought I'd check in.",
    "I wanted to check in, as I haven't heard back from your team.",
    "Unfortunately I haven't heard back, so I'm writing to ask for an update.",
]

# a plain reason for the check-in: shown as info, never an error or a warning
UNHEARD_MILD = [
    "I wanted to check in since I haven't heard back yet.",
    "I hadn't heard anything yet, so I thought I'd touch base.",
    "As I have not yet heard either way, I thought I would follow up.",
    "I'm writing to ask about the timeline, as I haven't heard back yet.",
    "I haven't heard back yet and wanted to reach out to see how things are progressing.",
    "Since I have yet to hear either way, I'm just checking in.",
    "You'd hoped to decide by Friday and I hadn't heard anything, so I thought I'd ask for an "
    "update.",
]

# ------------------------------------------------------------------------------ the tests

FLAGS: dict[str, tuple[str, list[str]]] = {"accusatory": ("missed-deadline", UNHEARD_FLAG)}
LEAVES: dict[str, list[str]] = {"missed-deadline": [
    "I haven't heard of that library before, so I read the docs.",
    "I didn't get back to you sooner, apologies."]}
_BY_RULE = {"tone.unheard": UNHEARD_FLAG[:16]}


def _loud(findings: list[Finding]) -> list[tuple[str, str]]:
    # the carrier email may already hold words of the sentence: a repeat is the harness's doing
    return [(f.rule, f.match) for f in findings if f.rule != "generic.repeated-phrase"]


def alone(case: Case, rule_id: str) -> list[Finding]:
    full = rubric(case.stage)
    only = dataclasses.replace(full, rules=tuple(r for r in full.rules if r.id == rule_id))
    return check(case.text, only, case.context).findings


@pytest.mark.parametrize(("category", "stage", "sentence"), [
    pytest.param(c, st, s, id=f"{c}:{s[:50]!r}") for c, (st, rows) in FLAGS.items() for s in rows])
def test_flags_as_an_error(category: str, stage: str, sentence: str) -> None:
    for case in (Case(sentence, stage), in_email(sentence, stage)):
        assert any(f.category == category and f.severity == "error"
                   for f in review(case).findings), sentence


@pytest.mark.parametrize(("rule", "sentence"), [
    pytest.param(r, s, id=f"{r}:{s[:50]!r}") for r, rows in _BY_RULE.items() for s in rows])
def test_the_shape_rule_itself_flags(rule: str, sentence: str) -> None:
    assert alone(Case(sentence, "missed-deadline"), rule), sentence


@pytest.mark.parametrize(("stage", "sentence"), [
    pytest.param(st, s, id=f"{st}:{s[:50]!r}") for st, rows in LEAVES.items() for s in rows])
def test_leaves_the_whole_email_clean(stage: str, sentence: str) -> None:
    assert _loud(review(in_email(sentence, stage)).findings) == []


@pytest.mark.parametrize("stage", ["missed-deadline", "second-nudge"])
@pytest.mark.parametrize("sentence", UNHEARD_MILD)
def test_a_plain_reason_to_check_in_is_info_only(sentence: str, stage: str) -> None:
    findings = review(in_email(sentence, stage)).findings
    assert [f.rule for f in findings if f.rule != "generic.repeated-phrase"] == [
        "tone.unheard-mild"], _loud(findings)
    assert findings[0].severity == "info" or any(
        f.rule == "tone.unheard-mild" and f.severity == "info" and f.suggestion for f in findings)
    assert review(in_email(sentence, stage)).passed


def test_the_two_unheard_rules_share_their_cues() -> None:
    """Two rules split one shape by severity: their cue lists must not drift apart."""
    rules = tomllib.loads((rubrics_dir() / "tone-shapes.toml").read_text("utf-8"))["rules"]
    assert rules["tone.unheard"]["cues"] == rules["tone.unheard-mild"]["cues"]
    assert rules["tone.unheard"]["exceptions"] == rules["tone.unheard-mild"]["exceptions"]


def test_an_info_finding_never_hides_an_error() -> None:
    text = in_email("I wanted to check in, as I haven't heard back yet and it has been weeks.",
                    "missed-deadline")
    assert any(f.severity == "error" and f.category == "accusatory"
               for f in review(text).findings)


@pytest.mark.parametrize(("require", "error"), [
    ('[["!a"]]', "must name a group that occurs"),
    ('[["a", "!b"]]', "cue group '!b', which is not in cues"),
])
def test_a_rule_of_only_negated_groups_is_refused(tmp_path, require: str, error: str) -> None:
    from drafter.rubric import load_rubric
    from drafter.rubric.engine import RubricError

    path = tmp_path / "mine.toml"
    path.write_text('[rules."my.rule"]\ncheck = "clauses"\ncategory = "casual"\n'
                    f'severity = "warning"\nmessage = "m"\nrequire = {require}\n'
                    '[rules."my.rule".cues]\na = ["x"]\n', encoding="utf-8")
    with pytest.raises(RubricError, match=error):
        load_rubric("thank-you", path)


def test_a_negated_group_rules_a_sentence_out(tmp_path) -> None:
    from drafter.rubric import load_rubric

    path = tmp_path / "mine.toml"
    path.write_text('[rules."my.rule"]\ncheck = "clauses"\ncategory = "casual"\n'
                    'severity = "warning"\nmessage = "m"\nrequire = [["what", "!when"]]\n'
                    '[rules."my.rule".cues]\nwhat = ["party"]\nwhen = ["weekend"]\n',
                    encoding="utf-8")
    mine = load_rubric("thank-you", path)
    for text, flagged in [("The party was fun.", True), ("The weekend party was fun.", False),
                          ("The party was fun. The weekend was long.", True)]:
        assert bool([f for f in check(text, mine).findings if f.rule == "my.rule"]) == flagged
