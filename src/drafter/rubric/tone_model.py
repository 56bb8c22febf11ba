"""A learned tone model: per-category logistic regression over a sentence's word n-grams.

The phrase and clause rules catch the wordings someone wrote down; a person writes the same
reproach, plea or ultimatum in words no list holds. This model was fitted on the labelled blind
sets in benchmarks/blind/ (coach-labelled emails with the span of each problem) by
benchmarks/train_tone.py, and ships as data (rubrics/tone-model.json): scoring is a sum of
weights, deterministic and offline. Features and sentences are cut here, for the trainer and
the check alike, so the two can never differ.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

# a sentence: up to its end mark, or a line's end (a list item, a sign-off)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
# a word, or a number as one token ("the 2nd", "48 hours": the figure itself says nothing)
_WORD = re.compile(r"[a-z']+|\d+(?:st|nd|rd|th|s)?")
MIN_WORDS = 3


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of three words or more, its leading space left out."""
    for m in _SENTENCE.finditer(text):
        if len(m.group().split()) >= MIN_WORDS:
            lead = len(m.group()) - len(m.group().lstrip())
            yield m.start() + lead, m.end()


@lru_cache(maxsize=256)  # each of the three learned rules scores the same sentences
def features(sentence: str) -> frozenset[str]:
    """The sentence's words, word pairs and word triples, in lower case, one apostrophe."""
    words = ["0" if w[0].isdigit() else w
             for w in _WORD.findall(sentence.lower().replace("’", "'").replace("‘", "'"))]
    return frozenset(set(words) | {f"{a} {b}" for a, b in itertools.pairwise(words)}
                     | {f"{a} {b} {c}" for a, b, c in zip(words, words[1:], words[2:],
                                                         strict=False)})


@dataclass(frozen=True)
class Model:
    """One weight table and bias per label (ultimatum, desperate, accusatory)."""

    labels: dict[str, tuple[float, dict[str, float]]]
    meta: dict[str, object]

    def probability(self, label: str, sentence: str) -> float:
        bias, weights = self.labels[label]
        z = bias + sum(weights.get(f, 0.0) for f in features(sentence))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> str:
        return json.dumps({"meta": self.meta, "labels": {
            k: {"bias": b, "weights": dict(sorted(w.items()))} for k, (b, w) in
            self.labels.items()}}, ensure_ascii=False, indent=0, sort_keys=False)


def from_json(text: str) -> Model:
    data = json.loads(text)
    return Model(labels={k: (float(v["bias"]), {f: float(x) for f, x in v["weights"].items()})
                         for k, v in data["labels"].items()}, meta=data.get("meta", {}))


@cache
def load(path: Path) -> Model:
    """The model file, read once per process."""
    return from_json(path.read_text(encoding="utf-8"))
