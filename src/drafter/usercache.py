"""A per-user cache for data that is slow to build and quick to load (the spelling dictionary).

Entries are `marshal` files: no code runs when one loads, but a crafted file could still crash
the interpreter, so an entry is read only from a folder and file that this user owns and that
no one else may write. Each entry's name carries a hash of everything it was built from
(versions, source file sizes and times), so a stale entry is never read, only left behind.
Any failure (read-only home, foreign owner, a corrupt file) means: build it the slow way.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
from pathlib import Path
from typing import Any

from drafter import __version__

#: set to a folder to move the cache, or to an empty string to switch it off
ENV = "DRAFTER_CACHE_DIR"


def cache_dir() -> Path | None:
    if ENV in os.environ:
        return Path(os.environ[ENV]) if os.environ[ENV] else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "drafter"


def _private(path: Path) -> bool:
    """Owned by this user and writable by no one else (always true where there are no uids)."""
    if not hasattr(os, "getuid"):
        return True
    st = path.stat()
    return st.st_uid == os.getuid() and not st.st_mode & 0o022


def _entry(name: str, key: str) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    # marshal's format changes between Python versions: the version is part of every key
    full = f"{key}|{__version__}|{sys.version}|{marshal.version}"
    return folder / f"{name}-{hashlib.sha256(full.encode()).hexdigest()[:20]}.marshal"


def load(name: str, key: str) -> Any | None:
    path = _entry(name, key)
    try:
        if path is None or not (_private(path.parent) and _private(path)):
            return None
        return marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None


def store(name: str, key: str, value: Any) -> None:
    path = _entry(name, key)
    if path is None:
        return
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _private(path.parent):
            return
        import tempfile  # only when writing: a cold review reads

        # written whole under a temporary name, then renamed: a reader never sees half a file
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(marshal.dumps(value))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except (OSError, ValueError):
        pass
