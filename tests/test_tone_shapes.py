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

# -------------------------------------------------------------------- accusatory shapes

PROCESS_FLAG = [
    "I was taken aback that the interview began half an hour late without any explanation.",
    "I was disappointed to get the decision in a one-line email after four rounds.",
    "It would have been helpful to be told in advance that the role had changed.",
    "I was a bit put out that nobody let me know the panel had been cancelled.",
    "A call would have been the least I could expect after three interviews.",
    "It was frustrating that no one followed up after the second stage.",
    "I'd have appreciated some notice before the date was moved.",
    "I was surprised to get an automated rejection after a full day on site.",
    "It would have been courteous to mention the change beforehand.",
    "I was disappointed that I wasn't told about the salary band until the final round.",
    "It felt a shame that I was kept waiting in reception with no update.",
]

PROCESS_LEAVE = [
    "I was surprised to learn how small the platform team is.",
    "I was surprised by how much respect the kitchen team showed the junior cooks.",
    "It would have been nice to meet the wider team, but I understand schedules were tight.",
    "I was disappointed by the news, but I understand the decision.",
    "The panel ran twenty minutes late because of the fire drill, which was no trouble at all.",
    "I took a day off to prepare, and it was worth it.",
    "I'd appreciate a call if that's easier for you.",
    "I was surprised to know the interview moved to Monday; thank you for informing me in "
    "advance.",
    "I would have liked more time on the design question, so here are my thoughts.",
    "I was impressed that no one on the panel used jargon.",
    "It would have been great to work with you, and I hope our paths cross.",
    "It would have been good to know more about the on-call rota, so I've read the handbook.",
    "I would have thought the answer was a queue, but you showed me why a log fits better.",
    "Our chat about transparency in pricing stayed with me.",
]

INSINUATION_FLAG = [
    "It feels as though the role had already been filled before I applied.",
    "I get the impression the panel had made up their minds before the final round.",
    "I suspect there was an internal candidate in mind all along.",
    "The interview felt like a box-ticking exercise.",
    "I can't help thinking I was never really in the running.",
    "It seems the outcome was predetermined.",
    "Honestly, the whole thing felt like a foregone conclusion.",
]

INSINUATION_LEAVE = [
    "I think the team has already made great progress on the migration.",
    "I felt the role was a great fit for what I've been doing.",
    "I believe the decision was a difficult one, and I respect it.",
    "I understand the role has now been filled; congratulations to the new hire.",
    "I had a feeling the caching question would come up, so I had prepared.",
    "I suspect the latency issue was already fixed before I ran the benchmark.",
    "The ward had already been short-staffed for a month when I joined.",
]

POLITE_REPROACH_FLAG = [
    "I'd hoped for better communication, to be honest.",
    "I expected more transparency from a company that champions it.",
    "You had promised an answer by the end of March.",
    "The feedback you promised never arrived.",
    "You said the 3rd; it is already the 17th.",
    "Perhaps it was a simple mix-up, but I was never sent the case study.",
    "I did clear my whole week for the interview, so the silence stings.",
    "Nobody even had the courtesy to confirm my slot.",
    "I have not had even a brief acknowledgement.",
]

POLITE_REPROACH_LEAVE = [
    "Thank you for the courtesy of such a quick reply.",
    "I expected the panel to ask about scaling, and they did.",
    "You kindly offered to share the slides, and I would love a copy.",
    "As you kindly suggested, I have attached my portfolio.",
    "It's now the third year I have led the night shift.",
    "Even a short call would be lovely if your diary allows.",
    "The new tool gives the board oversight of every release.",
    "I'm sure the team is busy with the quarter-end close.",
    "I did book the 10am slot, as you suggested.",
    "I expected better results from the first model, so I tuned the features.",
]

# ---------------------------------------------------- widened ultimatum and desperate rules

ULTIMATUM_FLAG = [
    "Failing that, I'll take it that you've gone with someone else.",
    "I will treat no reply by Thursday as your answer.",
    "I'll read your silence after Friday as a no.",
    "If that isn't workable for you, I will conclude the team is not interested.",
    "So I'll need to hear back from your team before Wednesday.",
    "I'll be pursuing the other companies I'm interviewing with if there's no word.",
]

ULTIMATUM_LEAVE = [
    "If that's not possible, I completely understand.",
    "If you can't share a date yet, a rough idea would help.",
    "I'd love to hear back from you whenever the team has news.",
    "I'm hoping to hear back before I travel on the 20th.",
    "I was glad to hear back from the team so quickly last time.",
    "We talked about the other teams I'd be working with.",
    "I'll take no news as good news for now.",
]

DESPERATE_FLAG = [
    "I tend to go to pieces in interviews, so please forgive me.",
    "Please don't hold my nerves against me.",
    "My husband has been relying on me getting this role.",
    "I'd happily take any job you have, honestly.",
    "Please, just one chance to prove I can do it.",
    "Kindly consider my candidacy again.",
    "After eight months of searching I've started to doubt whether I'm good enough for any team.",
    "I have not got a single callback since March.",
]

DESPERATE_LEAVE = [
    "The deal fell apart when the supplier left, and I rebuilt it.",
    "I'm happy to take on any task the team needs in the first month.",
    "Please consider my application for future openings.",
    "I wondered whether I had explained the rollback clearly, so here is a diagram.",
    "Our team has been relying on Kafka for years.",
    "I would be glad to accept any feedback you have.",
    "I humbly request you to share any feedback you may have.",
    "Kindly let me know if you need any further documents.",
]

# ------------------------------------------------------------------------------ the tests

FLAGS: dict[str, tuple[str, list[str]]] = {
    "accusatory": ("missed-deadline",
                   UNHEARD_FLAG + PROCESS_FLAG + INSINUATION_FLAG + POLITE_REPROACH_FLAG),
    "ultimatum": ("missed-deadline", ULTIMATUM_FLAG),
    "desperate": ("rejection-reply", DESPERATE_FLAG),
}
LEAVES: dict[str, list[str]] = {
    "missed-deadline": PROCESS_LEAVE + POLITE_REPROACH_LEAVE + ULTIMATUM_LEAVE,
    "rejection-reply": PROCESS_LEAVE[:8] + INSINUATION_LEAVE + DESPERATE_LEAVE,
    "thank-you": PROCESS_LEAVE[8:] + INSINUATION_LEAVE[:2] + DESPERATE_LEAVE[:5],
    "competing-offer": ULTIMATUM_LEAVE[:4],
}
_BY_RULE = {"tone.unheard": UNHEARD_FLAG[:16], "tone.process": PROCESS_FLAG,
            "tone.insinuation": INSINUATION_FLAG, "tone.polite-reproach": POLITE_REPROACH_FLAG}


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
