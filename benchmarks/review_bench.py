"""Review throughput and cold-start time, beside proselint on the same files, in one run.

Absolute times depend on the machine; the ratios measured side by side are what to compare.

    python benchmarks/review_bench.py [--rounds N] [--cold K] [--phases] [--user-cache]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus() -> list[Path]:
    files = sorted((ROOT / "examples" / "drafts").glob("*.txt"))
    files += sorted((ROOT / "tests" / "corpus").rglob("*.txt"))
    if not files:
        sys.exit("no drafts found under examples/drafts or tests/corpus")
    return files


def variants(texts: list[str], rounds: int) -> list[list[str]]:
    """Each round's texts differ (a changed last line): proselint memoizes results by text,
    and drafter caches word lookups, so repeating identical texts would measure the caches."""
    return [[f"{t.rstrip()}\nRef {r}-{i}\n" for i, t in enumerate(texts)] for r in range(rounds)]


def drafter_rate(texts: list[str], rounds: int) -> float:
    from drafter.rubric import check, infer_stage, load_rubric

    rubrics = [load_rubric(infer_stage(t)) for t in texts]
    for t, rubric in zip(texts, rubrics, strict=True):  # warm-up: dictionary, regexes, imports
        check(t, rubric)
    batches = variants(texts, rounds)
    start = time.perf_counter()
    for batch in batches:
        for t, rubric in zip(batch, rubrics, strict=True):
            check(t, rubric)
    return rounds * len(texts) / (time.perf_counter() - start)


def proselint_rate(texts: list[str], rounds: int) -> float:
    from proselint.checks import __register__
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    # as proselint's own CLI does: without this the registry is empty and lint() does nothing
    CheckRegistry().register_many(__register__)
    if not CheckRegistry().checks:
        sys.exit("proselint registered no checks; the comparison would be meaningless")

    for t in texts:
        LintFile("<bench>", t).lint()
    batches = variants(texts, rounds)
    start = time.perf_counter()
    for batch in batches:
        for t in batch:
            LintFile("<bench>", t).lint()
    return rounds * len(texts) / (time.perf_counter() - start)


def cold(cmd: list[str], runs: int, env: dict[str, str] | None = None) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
                       env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


_PHASES = """
import sys, time
t = [time.perf_counter()]
import drafter.cli, drafter.cli_args; t.append(time.perf_counter())
import drafter.report; t.append(time.perf_counter())
from drafter.rubric import check, infer_stage, load_rubric; t.append(time.perf_counter())
import drafter.render
text = open(sys.argv[1], encoding="utf-8").read()
stage = infer_stage(text); t.append(time.perf_counter())
rubric = load_rubric(stage); t.append(time.perf_counter())
report = check(text, rubric); t.append(time.perf_counter())
import json; json.dumps(drafter.render.report_json(report, "x")); t.append(time.perf_counter())
print(" ".join(f"{(b - a) * 1000:.1f}" for a, b in zip(t, t[1:])))
"""
_PHASE_NAMES = ["import cli and argparse", "import the report",
                "import the rubric engine and checks", "infer the stage",
                "load the rubric", "run the checks", "render json"]


def cold_phases(sample: str, runs: int, env: dict[str, str] | None = None) -> list[float]:
    """A cold review's time by phase (median of `runs` fresh processes), timed in-process."""
    rows = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _PHASES, sample], capture_output=True,
                             text=True, check=True, env=env)
        rows.append([float(x) for x in out.stdout.split()])
    return [statistics.median(col) for col in zip(*rows, strict=True)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="passes over the corpus")
    parser.add_argument("--cold", type=int, default=5, help="cold command runs (median)")
    parser.add_argument("--phases", action="store_true",
                        help="also time a cold review's phases in a fresh process")
    parser.add_argument("--user-cache", action="store_true",
                        help="time the cold commands with this user's drafter cache, not a "
                             "fresh one built by one review")
    args = parser.parse_args()
    files = corpus()
    texts = [f.read_text(encoding="utf-8") for f in files]
    sample = str(files[0])

    d_rate = drafter_rate(texts, args.rounds)
    p_rate = proselint_rate(texts, args.rounds)
    review = [sys.executable, "-m", "drafter", "review", sample]
    with tempfile.TemporaryDirectory() as folder:
        # by default a cache as an install has it after its first review: the shared one on a
        # machine that runs the test suite holds every pattern the tests ever compiled (the
        # regex code grew to 13 MB, ~40 ms to read)
        env = None if args.user_cache else {**os.environ, "DRAFTER_CACHE_DIR": folder}
        subprocess.run(review, stdout=subprocess.DEVNULL, check=False, env=env)
        d_cold = cold(review, args.cold, env)
        p_cold = cold([sys.executable, "-m", "proselint", "check", sample], args.cold)
        help_cold = cold([sys.executable, "-m", "drafter", "--help"], args.cold, env)
        phases = cold_phases(sample, args.cold, env) if args.phases else []

    print(f"corpus: {len(texts)} drafts, {args.rounds} rounds in one process")
    print(f"drafter review   {d_rate:8.1f} drafts/s   cold command {d_cold * 1000:6.0f} ms")
    print(f"proselint        {p_rate:8.1f} drafts/s   cold command {p_cold * 1000:6.0f} ms")
    print(f"drafter --help                         cold command {help_cold * 1000:6.0f} ms")
    print(f"ratio drafter/proselint: throughput {d_rate / p_rate:.2f}x, "
          f"cold wall time {d_cold / p_cold:.2f}x")
    if args.phases:
        print(f"cold review by phase (ms, median of {args.cold}): " + ", ".join(
            f"{name} {ms:.0f}" for name, ms in zip(_PHASE_NAMES, phases, strict=True)))


if __name__ == "__main__":
    main()
