"""Fit the recipient model (src/drafter/data/recipient-model.json) on the keyed notes sets.

    python benchmarks/train_recipient.py           # fit on benchmarks/blind/notes-*.jsonl, write
    python benchmarks/train_recipient.py --check   # exit 1 if the sets changed since the fit
    python benchmarks/train_recipient.py --cv      # leave-one-set-out: rules alone vs with it

Each set was written with its answer key by a helper who never read drafter's code; the key
names whom the email goes to. Every person the reader finds in a case's notes is an example:
the key's recipient is a positive, everyone else (and everyone, where the key says drafter
must ask) a negative. One logistic regression (drafter/recipient_model.py), fitted by plain
stochastic gradient descent with a fixed seed. The reader's output feeds the features, so a
change to the reader drifts the fit a little; refit when a set is added.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import math
import random
import re
import sys
from collections import Counter, defaultdict
from multiprocessing import Pool
from pathlib import Path

from drafter.notes import parse_notes
from drafter.recipient_model import MODEL, Model, candidates, features, from_json

BLIND = Path(__file__).resolve().parent / "blind"
# epochs, first step size, L2 weight, the fewest candidates a feature must occur for, the
# smallest weight kept in the file
EPOCHS, STEP, L2, MIN_COUNT, KEEP = 12, 0.1, 1e-4, 2, 0.01
VERSION = 2  # bump when recipient_model.features changes what it returns

Row = tuple[frozenset[str], int, str]


def _norm(text: str | None) -> list[str]:
    return re.sub(r"[^\w&' ]+", " ", (text or "").casefold()).split()


def same(name: str | None, want: str | None) -> bool:
    """A candidate is the key's recipient: one name holds the other, or they share a word of
    three letters or more (the key writes "Nguyen Thi Thu Ha", the reader "NGUYEN Thi")."""
    a, b = _norm(name), _norm(want)
    if not a or not b:
        return False
    if set(a) <= set(b) or set(b) <= set(a):
        return True
    return bool({w for w in a if len(w) > 2} & {w for w in b if len(w) > 2})


def _case(job: tuple[str, dict]) -> tuple[str, dict, list[Row]]:
    from drafter.recipient import _last_follow_up_to, recipient_for

    name, case = job
    ctx = parse_notes(case["notes"], today=dt.date.fromisoformat(case["today"]))
    found = candidates(ctx, _last_follow_up_to(ctx))
    chosen = recipient_for(ctx, case["stage"], model=False).person
    key = case["key"]
    rows = [(features(ctx, case["stage"], c, len(found), chosen.name if chosen else None),
             int(not key.get("must_ask") and same(c.person.name, key.get("recipient"))),
             c.person.name) for c in found]
    return name, case, rows


def blind_sets() -> list[Path]:
    return sorted(BLIND.glob("notes-*.jsonl"))


def read_all(paths: list[Path]) -> list[tuple[str, dict, list[Row]]]:
    jobs = [(p.stem, json.loads(line)) for p in paths
            for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    jobs = [j for j in jobs if not j[1].get("to")]  # --to given: nothing to choose
    with Pool(2) as pool:
        return pool.map(_case, jobs, chunksize=8)


def fit(data: list[tuple[str, dict, list[Row]]], meta: dict[str, object] | None = None) -> Model:
    rows = [(fs, y) for _, _, rs in data for fs, y, _ in rs]
    count = Counter(f for fs, _ in rows for f in fs)
    kept = [(frozenset(f for f in fs if count[f] >= MIN_COUNT), y) for fs, y in rows]
    weights: dict[str, float] = defaultdict(float)
    bias = 0.0
    rnd = random.Random(1)
    for epoch in range(EPOCHS):
        rnd.shuffle(kept)
        rate = STEP / (1 + epoch)
        for fs, y in kept:
            z = bias + sum(weights[f] for f in fs)
            grad = 1 / (1 + math.exp(-max(-30.0, min(30.0, z)))) - y
            bias -= rate * grad
            for f in fs:
                weights[f] -= rate * (grad + L2 * weights[f])
    return Model({f: round(w, 4) for f, w in weights.items() if abs(w) >= KEEP}, bias,
                 meta or {})


def fingerprint(paths: list[Path]) -> dict[str, str]:
    digest = hashlib.sha256(str(VERSION).encode())
    for p in paths:
        digest.update(p.name.encode() + p.read_bytes())
    return {"sets": ",".join(p.stem for p in paths), "sha256": digest.hexdigest()}


def cross_validate(data: list[tuple[str, dict, list[Row]]]) -> Counter[str]:
    """Each set scored by a model fitted without it: rules alone against rules with it."""
    from drafter.recipient import recipient_for

    out: Counter[str] = Counter()
    for held in sorted({name for name, _, _ in data}):
        model = fit([d for d in data if d[0] != held])
        for _, case, _ in (d for d in data if d[0] == held):
            ctx = parse_notes(case["notes"], today=dt.date.fromisoformat(case["today"]))
            key = case["key"]
            for how, second in (("rules", False), ("with model", model)):
                person = recipient_for(ctx, case["stage"], model=second).person
                verdict = ("none" if person is None else "right" if not key.get("must_ask")
                           and same(person.name, key.get("recipient")) else "wrong")
                out[f"{how}: {verdict}{' (key: ask)' if key.get('must_ask') else ''}"] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if the sets changed")
    parser.add_argument("--cv", action="store_true", help="leave-one-set-out figures")
    args = parser.parse_args(argv)
    paths = blind_sets()
    want = fingerprint(paths)
    if args.check:
        have = from_json(MODEL.read_text(encoding="utf-8")).meta.get("fit")
        if have != want:
            print(f"{MODEL.name} was fitted on other sets; run benchmarks/train_recipient.py",
                  file=sys.stderr)
            return 1
        return 0
    data = read_all(paths)
    if args.cv:
        for label, n in sorted(cross_validate(data).items()):
            print(f"{label:32} {n}")
        return 0
    meta = {"fit": want, "cases": len(data), "candidates": sum(len(r) for _, _, r in data)}
    MODEL.parent.mkdir(exist_ok=True)
    MODEL.write_text(fit(data, meta).to_json(), encoding="utf-8")
    print(f"wrote {MODEL} ({meta['cases']} cases, {meta['candidates']} candidates)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
