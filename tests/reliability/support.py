"""Tools for the reliability suite: an isolated environment, a hard time limit, an
in-process CLI runner that records tracebacks, and counters for the final report.

The counters are printed at the end of the run ("reliability: ...") and, when
DRAFTER_RELIABILITY_COUNTS names a file, written there as JSON for the lead's report.
"""

from __future__ import annotations

import contextlib
import io
import signal
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drafter.cli import main

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
EXAMPLES = ROOT / "examples"
INJECTION = HERE / "injection"

#: the environment variables that would make drafter use a model, a config file or a grammar
#: server; every reliability test starts without them
ISOLATE = ("DRAFTER_MODEL", "DRAFTER_API_BASE", "DRAFTER_LANGUAGETOOL", "LTP_JAR_DIR_PATH",
            "OPENAI_API_KEY", "ANTHROPIC_API_KEY")


@dataclass
class Counts:
    """What the suite exercised, for the report: examples per property, files, notes."""

    examples: Counter[str] = field(default_factory=Counter)  # hypothesis, per property
    cases: Counter[str] = field(default_factory=Counter)  # fixed (parametrized) inputs
    hostile_files: int = 0
    cli_runs: int = 0
    injection_notes: int = 0
    files_checked: int = 0
    files_lost: int = 0
    tracebacks: int = 0
    secret_scans: int = 0
    started: float = field(default_factory=time.perf_counter)

    def example(self, prop: str) -> None:
        self.examples[prop] += 1

    def case(self, what: str) -> None:
        self.cases[what] += 1

    def as_dict(self) -> dict[str, Any]:
        return {
            "hypothesis_examples": sum(self.examples.values()),
            "properties": len(self.examples),
            "per_property": dict(sorted(self.examples.items())),
            "fixed_cases": sum(self.cases.values()),
            "per_case_kind": dict(sorted(self.cases.items())),
            "hostile_files": self.hostile_files,
            "cli_runs": self.cli_runs,
            "injection_notes": self.injection_notes,
            "files_checked": self.files_checked,
            "files_lost": self.files_lost,
            "tracebacks": self.tracebacks,
            "secret_scans": self.secret_scans,
            "seconds": round(time.perf_counter() - self.started, 1),
        }

    def line(self) -> str:
        d = self.as_dict()
        return (f"reliability: {d['hypothesis_examples']} hypothesis examples across "
                f"{d['properties']} properties (+{d['fixed_cases']} fixed cases), "
                f"{d['hostile_files']} hostile files, "
                f"{d['cli_runs']} CLI runs, {d['injection_notes']} injection notes, "
                f"{d['secret_scans']} outputs scanned for keys, {d['tracebacks']} tracebacks, "
                f"{d['files_lost']} of {d['files_checked']} files lost")


COUNTS = Counts()


class Hang(BaseException):
    """Raised by `hard_limit` when the code under test runs past its time (a BaseException,
    so that an `except Exception` in the code under test cannot swallow it)."""


@contextlib.contextmanager
def hard_limit(seconds: float, what: str = "call") -> Iterator[None]:
    """Interrupt the code under test after `seconds` of its own CPU time (SIGPROF; the re
    module checks for signals, so a runaway regex is interrupted too), or after six times as
    long by the wall clock (SIGALRM: a wait that burns no CPU). CPU time, because other jobs
    on a busy machine slow the wall clock, not the work: a fresh-clone CI at load ~37 failed
    wall-time limits the same parse meets alone in a quarter of the time. Hypothesis' own
    deadline only measures an example after it returns; this turns a hang into a failure."""

    def _alarm(signum: int, frame: Any) -> None:
        raise Hang(f"{what} still running after {seconds} s")

    previous = {sig: signal.signal(sig, _alarm) for sig in (signal.SIGPROF, signal.SIGALRM)}
    signal.setitimer(signal.ITIMER_PROF, seconds)
    signal.setitimer(signal.ITIMER_REAL, seconds * 6)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.setitimer(signal.ITIMER_REAL, 0)
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@dataclass
class Run:
    code: int
    out: str
    err: str
    seconds: float


class _Stdin(io.TextIOWrapper):
    """A text stdin backed by bytes, like a pipe (not a terminal)."""

    def isatty(self) -> bool:
        return False


def cli(argv: Sequence[str], stdin: bytes | None = None, limit: float = 20.0) -> Run:
    """Run `drafter ARGV` in this process as a person would, capturing stdout and stderr.

    Any exception other than SystemExit leaving main() is a traceback the person would see:
    it is counted and re-raised.
    """
    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    if stdin is not None:
        sys.stdin = _Stdin(io.BytesIO(stdin), encoding="utf-8")
    COUNTS.cli_runs += 1
    start = time.perf_counter()
    try:
        with (contextlib.redirect_stdout(out), contextlib.redirect_stderr(err),
              hard_limit(limit, f"drafter {' '.join(argv[:1])}")):
            try:
                code = main(list(argv))
            except SystemExit as exc:  # argparse
                code = exc.code if isinstance(exc.code, int) else 2
            except Exception:
                COUNTS.tracebacks += 1
                raise
    finally:
        sys.stdin = old_stdin
    return Run(code, out.getvalue(), err.getvalue(), time.perf_counter() - start)


def assert_clean_exit(run: Run, allowed: Sequence[int] = (0, 1, 2)) -> None:
    """The CLI contract: a known exit code, never a traceback, and exit 2 is one line."""
    assert run.code in allowed, (run.code, run.err[-2000:])
    if "Traceback" in run.err or "Traceback" in run.out:
        COUNTS.tracebacks += 1
        raise AssertionError(f"traceback in output:\n{run.err[-2000:]}")
    if run.code == 2:
        lines = run.err.splitlines()
        assert len(lines) == 1 and lines[0].startswith("drafter"), run.err[-2000:]
