"""Learned: a sentence the tone model (rubric/tone_model.py) scores as one label's problem.

The rule names the model file (in rubrics/), the label and the probability above which a
sentence is flagged; the threshold is set from the model's leave-one-set-out scores
(benchmarks/tone_cv.py) so that good emails come back clean. A stage may give `exceptions`:
sentences that are its purpose, not a fault (a close-the-loop note says it is the last one).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafter.report import Finding
from drafter.resources import rubrics_dir
from drafter.rubric.registry import Draft, Rule, Settings, register
from drafter.rubric.tone_model import load, sentences


class LearnedSettings(Settings):
    model: str = "tone-model.json"
    label: str = ""
    threshold: float = 0.9
    exceptions: list[str] = []  # a sentence any of these finds is never flagged


@register("learned", LearnedSettings)
def check_learned(draft: Draft, rule: Rule) -> Iterator[Finding]:
    """Flags each body sentence the model scores above the rule's threshold for its label."""
    settings: LearnedSettings = rule.settings  # type: ignore[assignment]
    model = load(rubrics_dir() / settings.model)
    body = draft.message.body
    text = draft.message.body_text
    unless = [re.compile(p, re.I) for p in settings.exceptions]
    for start, end in sentences(text):
        if any(p.search(text[start:end]) for p in unless):
            continue
        if model.probability(settings.label, text[start:end]) > settings.threshold:
            yield draft.finding(rule, body.start + start, body.start + end)
