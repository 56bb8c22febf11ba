"""Wall time of a batch of 8 thank-you notes against a model server: concurrency 1 vs N.

Both runs happen in this one process against the same server, one after the other, so the
ratio compares like with like. Start the local server first (scripts/serve_model.sh).

    python benchmarks/batch_bench.py [--model openai/smollm2] [--api-base URL] [-n 4]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from drafter.batch import Batch
from drafter.context import InterviewContext, Interviewer
from drafter.drafting import Options

PEOPLE = [
    ("Priya Shah", "moving the nightly batch ETL to streaming with Kafka and Flink"),
    ("Marcus Bell", "the onboarding redesign and research with tiny samples"),
    ("Elena Rossi", "the medication reminders roadmap"),
    ("Sam Ortiz", "how the fleet telemetry pipeline falls over during firmware rollouts"),
    ("Naomi Feld", "rate limiting for 40k robots phoning home"),
    ("Kofi Mensah", "blameless postmortems every Thursday"),
    ("Dana Lee", "the small-business lending app and its churn problem"),
    ("Omar Haddad", "compliance-heavy design flows"),
]


def context() -> InterviewContext:
    people = [Interviewer(name=n, topics=[t]) for n, t in PEOPLE]
    source = "\n".join(f"{n}: {t}" for n, t in PEOPLE)
    return InterviewContext(company="Larkspur Analytics", role="Senior Data Engineer",
                            candidate="Jordan Rivera", interviewers=people, source=source)


def run(concurrency: int, opts: Options) -> tuple[float, int, int, int]:
    """Wall time, drafts made, model calls and completion tokens of one batch."""
    with tempfile.TemporaryDirectory() as tmp:
        batch = Batch(context(), opts, Path(tmp), concurrency=concurrency, force=True)
        start = time.perf_counter()
        result = batch.run()
        elapsed = time.perf_counter() - start
    made = sum(e.status == "written" for e in result.entries)
    totals = [r.trace.get("totals", {}) for r in batch.results.values()]
    calls = sum(t.get("calls", 0) for t in totals)
    tokens = sum(t.get("completion_tokens", 0) for t in totals)
    return elapsed, made, calls, tokens


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="openai/smollm2")
    parser.add_argument("--api-base", default="http://127.0.0.1:8765/v1")
    parser.add_argument("-n", "--concurrency", type=int, default=4)
    parser.add_argument("--timeout", type=float, default=900)
    args = parser.parse_args()
    # one call per draft, so the figure measures the calls and not the revise loop's luck
    opts = Options(model=args.model, api_base=args.api_base, timeout=args.timeout,
                   max_revisions=0)
    serial = run(1, opts)
    parallel = run(args.concurrency, opts)
    print(f"batch of {len(PEOPLE)} against {args.model} at {args.api_base}")
    for n, (wall, made, calls, tokens) in ((1, serial), (args.concurrency, parallel)):
        print(f"concurrency {n}: {wall:7.1f} s ({made} drafts made, {calls} model calls, "
              f"{tokens} completion tokens, {tokens / wall:.1f} tokens/s)")
    # sampled drafts differ in length from run to run, so tokens per second is the fair figure
    print(f"speed-up (serial / concurrent wall time): {serial[0] / parallel[0]:.2f}x; "
          f"in completion tokens per second: "
          f"{(parallel[3] / parallel[0]) / (serial[3] / serial[0]):.2f}x")

if __name__ == "__main__":
    main()
