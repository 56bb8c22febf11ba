"""Writing files so that a crash or Ctrl-C never leaves half a file, and nothing is clobbered."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from drafter.errors import UsageError


def write_atomic(path: Path, text: str, *, force: bool = False, newline: str | None = None) -> None:
    """Write `text` to a temp file beside `path`, fsync it, then rename it into place."""
    if path.exists() and not force:
        raise UsageError(f"{path} already exists; use --force to overwrite it")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
