"""Writing files so that a crash or Ctrl-C never leaves half a file, and nothing is clobbered."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from drafter.errors import UsageError


def write_atomic(path: Path, text: str, *, force: bool = False, newline: str | None = None) -> None:
    """Write `text` to a temp file beside `path`, fsync it, then rename it into place.

    A failure (a folder in the way, no space, no permission) leaves any old file as it was, no
    temp file behind, and is raised as one UsageError line naming the path.
    """
    if path.is_dir():
        raise UsageError(f"{path} is a folder; give a file name")
    if path.exists() and not force:
        raise UsageError(f"{path} already exists; use --force to overwrite it")
    try:
        text.encode("utf-8")  # checked before any file exists: a lone surrogate writes nothing
    except UnicodeEncodeError as exc:
        raise UsageError(f"cannot write {path}: the text holds an invalid character "
                         f"({exc.object[exc.start:exc.end]!a})") from None
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        if tmp is not None:  # anything went wrong, Ctrl-C included
            Path(tmp).unlink(missing_ok=True)
