"""Rubric data, read in one place: every TOML file in `rubrics/` and a person's own file.

The shipped files are parsed once per run. Between runs they are kept parsed in the user cache
(`drafter.usercache`), keyed by a hash of the files' bytes: tomllib, a pure-Python parser, took
~35 ms of a cold `drafter review` for ~180 kB of rules. An edited file changes the key, so a
stale entry is never read.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path
from typing import Any

from drafter.errors import UsageError
from drafter.resources import rubrics_dir


class RubricError(UsageError):
    """A rubric file that cannot be used; the message names the file and the key."""


def _parse(path: Path, raw: bytes) -> dict[str, Any]:
    import tomllib  # ~5 ms to import: only when a file is parsed, not read from the cache

    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise RubricError(f"rubric file {path} is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise RubricError(f"rubric file {path} is not valid TOML: {exc}") from None


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise RubricError(f"rubric file not found: {path}") from None
    except OSError as exc:
        raise RubricError(f"cannot read rubric file {path}: {exc.strerror}") from None


@cache
def _shipped_bytes() -> tuple[dict[str, bytes], str]:
    """Every file in `rubrics/` as bytes, and a hash of them all."""
    paths = sorted(rubrics_dir().glob("*.toml"))
    raw = {p.name: _read_bytes(p) for p in paths}
    digest = hashlib.sha256()
    for name, data in raw.items():
        digest.update(f"{name}\0{len(data)}\0".encode())
        digest.update(data)
    return raw, digest.hexdigest()


def shipped_digest() -> str:
    """A hash of every shipped rubric file's name and bytes: what a cache of them is keyed by."""
    return _shipped_bytes()[1]


@cache
def shipped() -> dict[str, dict[str, Any]]:
    """Every file in `rubrics/`, parsed: file name -> its tables. Callers must not change it."""
    from drafter import usercache

    raw, digest = _shipped_bytes()
    key = f"rubric files {digest}"
    cached = usercache.load("rubric-data", key)
    if isinstance(cached, dict) and set(cached) == set(raw):
        return cached
    parsed = {name: _parse(rubrics_dir() / name, data) for name, data in raw.items()}
    usercache.store("rubric-data", key, parsed)  # a value marshal cannot hold: not stored
    return parsed


def read_toml(path: Path) -> dict[str, Any]:
    """A rubric file's tables: a shipped one from the parsed set, any other read now."""
    if path.parent == rubrics_dir():
        data = shipped().get(path.name)
        if data is not None:
            return data
    return _parse(path, _read_bytes(path))


def shipped_file(name: str) -> dict[str, Any]:
    """One shipped data file (`timing.toml`, `batch.toml`, a stage) by name."""
    return read_toml(rubrics_dir() / name)
