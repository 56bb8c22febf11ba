"""Fixtures and hooks for the reliability suite (the tools themselves are in support.py)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .support import COUNTS, ISOLATE


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not COUNTS.examples and not COUNTS.cli_runs:
        return  # no reliability test ran
    terminalreporter.write_line(COUNTS.line())
    if target := os.environ.get("DRAFTER_RELIABILITY_COUNTS"):
        Path(target).write_text(json.dumps(COUNTS.as_dict(), indent=2) + "\n", encoding="utf-8")


@pytest.fixture(autouse=True, scope="module")
def _isolated_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """No model, key, config file or grammar server from the machine running the tests.

    Module-scoped (hypothesis refuses function-scoped fixtures under @given) and undone at the
    end of each module, so nothing leaks into the rest of the test suite.
    """
    home = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as mp:
        for name in ISOLATE:
            mp.delenv(name, raising=False)
        mp.setenv("DRAFTER_CONFIG", str(home / "no-config.toml"))
        mp.setenv("XDG_CONFIG_HOME", str(home))
        yield


