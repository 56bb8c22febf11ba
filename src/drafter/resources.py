"""Where the data folders (`prompts/`, `rubrics/`) live: inside the installed package, or at the
top of a source checkout (an editable install maps no data into the package)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PKG = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    for candidate in (_PKG / name, _PKG.parent.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"drafter's {name}/ folder is missing from this installation")


def rubrics_dir() -> Path:
    return data_dir("rubrics")


def prompts_dir() -> Path:
    return data_dir("prompts")
