"""Shared fixtures: run the CLI in-process and capture what a person would see."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from drafter.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture(autouse=True)
def _schema_forms_unknown() -> Iterator[None]:
    """Every test starts as a new process does, knowing no server's structured-output form
    (drafter.llm_schema remembers one per model): recordings and replays then agree."""
    from drafter import llm_schema

    llm_schema.forget_all()
    yield
    llm_schema.forget_all()


@dataclass
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]):
    def _run(*argv: str) -> Run:
        try:
            code = main(list(argv))
        except SystemExit as exc:  # argparse's own exits (--help, bad arguments)
            code = exc.code if isinstance(exc.code, int) else 2
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return _run
