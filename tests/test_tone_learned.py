"""The learned tone rules (rubrics/tone-learned.toml, the model in rubrics/tone-model.json).

The flag rows are sentences written for this test, in none of the sets the model was fitted on:
each is caught by its label's rule on its own. The leave rows are ordinary and near-the-line
sentences that must leave a whole email clean. The shipped model must be the fit of the blind
sets as they stand (a set added without refitting fails here), and a fit is deterministic.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from test_rules import in_email, review
from tone_support import alone, loud

from drafter.resources import rubrics_dir
from drafter.rubric import load_rubric
from drafter.rubric.tone_model import from_json, load, sentences

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import train_tone

FLAG: dict[str, tuple[str, list[str]]] = {
    "accusatory.learned": ("missed-deadline", [
        "It would have been nice to get the courtesy of an answer after three interviews.",
        "It's a bit rich to be told the decision is final when nobody explained the criteria.",
        "Three weeks of silence is not how you treat people who gave up a day's pay to attend.",
        "Maybe someone on your team could actually read the emails candidates send.",
    ]),
    "desperate.learned": ("rejection-reply", [
        "Please, I am begging you to give me one more chance.",
        "I really, really need this job, my family is counting on me.",
        "Is there any way at all the panel could reconsider?",
        "I'm so sorry for wasting your time, I know I let you down in there.",
        "I'd take any position at all, even a lower salary, just to get in.",
    ]),
    "ultimatum.learned": ("competing-offer", [
        "If I don't hear from you by Friday, I'll take the other offer.",
        "I need your answer by Monday or I'm withdrawing.",
        "I'll be accepting elsewhere unless I get a firm yes this week.",
    ]),
}

LEAVE: dict[str, list[str]] = {
    "missed-deadline": [
        "I understand these decisions take time, and I'm happy to wait.",
        "No rush at all; I just wanted to check in on the timeline.",
        "Could you tell me whether the decision date is still the end of the month?",
        "When we met on the 2nd, you said the team expected to make a decision by last Friday.",
    ],
    "competing-offer": [
        "I wanted to let you know I've received another offer, with an answer due by Friday "
        "the 12th.",
        "I'm having a small operation on the 20th, so a call before then would be easiest.",
    ],
    "rejection-reply": [
        "I was disappointed by the news, but I appreciate you letting me know.",
        "Would you be able to share any feedback on my interview?",
    ],
    "close-the-loop": [
        "I'm sorry to withdraw at this stage; I have accepted a role closer to home.",
    ],
    "thank-you": [
        "I remain very interested in the role and in the team's work on flood defences.",
        "Thank you for taking the time to meet with me on Tuesday.",
    ],
}


@pytest.mark.parametrize(("rule", "stage", "sentence"), [
    pytest.param(r, st, s, id=f"{r}:{s[:50]!r}") for r, (st, rows) in FLAG.items() for s in rows])
def test_the_rule_flags_on_its_own(rule: str, stage: str, sentence: str) -> None:
    found = alone(in_email(sentence, stage), rule)
    assert found, sentence
    # the finding is the whole sentence, as written in the email
    assert found[0].match == sentence and found[0].severity == "warning"


@pytest.mark.parametrize(("stage", "sentence"), [
    pytest.param(st, s, id=f"{st}:{s[:50]!r}") for st, rows in LEAVE.items() for s in rows])
def test_leaves_the_whole_email_clean(stage: str, sentence: str) -> None:
    assert loud(review(in_email(sentence, stage)).findings) == []


def test_every_stage_loads_the_learned_rules() -> None:
    for stage in ("thank-you", "missed-deadline", "second-nudge", "competing-offer",
                  "rejection-reply", "close-the-loop"):
        ids = {r.id for r in load_rubric(stage).rules if r.check == "learned"}
        assert ids == set(FLAG), stage


def test_the_shipped_model_is_the_fit_of_the_blind_sets_as_they_are() -> None:
    assert train_tone.main(["--check"]) == 0, "run python benchmarks/train_tone.py"


def test_a_fit_is_deterministic_and_round_trips() -> None:
    emails = train_tone.read(train_tone.blind_sets()[0])
    data = train_tone.examples(emails)
    one, two = train_tone.fit(data), train_tone.fit(data)
    assert one == two
    assert from_json(one.to_json()) == one
    # a problem sentence of the set scores above a good one for its own label
    bad = next(e for e in emails if e["label"] == "bad" and e["problems"][0]["category"]
               in train_tone.LABELS)
    label, span = bad["problems"][0]["category"], bad["problems"][0]["span"]
    good = next(e for e in emails if e["label"] == "good")["text"]
    worst_good = max(one.probability(label, good[a:b]) for a, b in sentences(good))
    assert one.probability(label, span) > worst_good


def test_sentences_are_cut_at_end_marks_and_lines_and_need_three_words() -> None:
    text = "Hi Ana,\n\nThanks again for today. I enjoyed our talk!\nAll the best,\nTom"
    assert [text[a:b] for a, b in sentences(text)] == [
        "Thanks again for today.", "I enjoyed our talk!", "All the best,"]


def test_the_model_file_loads_once() -> None:
    path = rubrics_dir() / "tone-model.json"
    assert load(path) is load(path)
    assert set(load(path).labels) == set(train_tone.LABELS)
