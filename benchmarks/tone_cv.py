"""How the tone model does on emails it was not fitted on: leave one blind set out, fit on the
rest, score the one left out, for every set in turn.

    python benchmarks/tone_cv.py [--threshold 0.9] [SET.jsonl ...]

With no sets named, every benchmarks/blind/emails-*.jsonl takes its turn; a set named that is not
among them (a fresh one) is scored by a model fitted on all of them. A good email is flagged
when any sentence scores above the threshold for any label; a bad email's problem is caught
when a sentence scores above it for that problem's own category.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from train_tone import LABELS, blind_sets, examples, fit, hard_negatives, read

from drafter.rubric.tone_model import Model, sentences


def score(model: Model, emails: list[dict], threshold: float) -> tuple[int, int, Counter[str],
                                                                        Counter[str]]:
    good = flagged = 0
    caught: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for email in emails:
        text = email["text"]
        hits = {label for label in LABELS for start, end in sentences(text)
                if model.probability(label, text[start:end]) > threshold}
        if email["label"] == "good":
            good += 1
            flagged += bool(hits)
            continue
        for cat in {p["category"] for p in email["problems"]} & set(LABELS):
            total[cat] += 1
            caught[cat] += cat in hits
    return good, flagged, caught, total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--threshold", type=float, default=0.9)
    args = parser.parse_args(argv)
    known = blind_sets()
    data = {p: read(p) for p in known}
    turns = args.sets or known
    sums = [0, 0, Counter(), Counter()]
    fine = hard_negatives()
    for path in turns:
        rest = [e for p, es in data.items() if p.resolve() != path.resolve() for e in es]
        model = fit(examples(rest) + fine)
        good, flagged, caught, total = score(model, read(path), args.threshold)
        print(f"{path.stem}: good flagged {flagged}/{good}; tone caught "
              f"{sum(caught.values())}/{sum(total.values())}", flush=True)
        for i, v in enumerate((good, flagged, caught, total)):
            sums[i] += v  # type: ignore[operator]
    good, flagged, caught, total = sums
    per = ", ".join(f"{c} {caught[c]}/{total[c]}" for c in LABELS)
    print(f"all: good flagged {flagged}/{good}; tone caught {sum(caught.values())}/"
          f"{sum(total.values())} ({per})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
