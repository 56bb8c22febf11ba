"""Read what the person gave us (a file or stdin) or say in one line why we cannot."""

from __future__ import annotations

import sys
from pathlib import Path

from drafter.errors import UsageError

MAX_BYTES = 1_000_000  # an email or a page of notes is a few KB; 1 MB is generous


def _describe(name: str) -> str:
    return "standard input" if name == "-" else name


def decode(data: bytes, name: str, max_bytes: int = MAX_BYTES) -> str:
    what = _describe(name)
    if len(data) > max_bytes:
        raise UsageError(f"{what} is {len(data) / 1_000_000:.1f} MB; drafter reads texts up to "
                         f"{max_bytes // 1_000_000} MB (is this the right file?)")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 with its BOM (Notepad's "Unicode")
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise UsageError(f"{what} says it is UTF-16 but does not decode as it") from None
    if b"\x00" in data:
        raise UsageError(f"{what} looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{what} is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset "
                         f"{exc.start}); save it as UTF-8 and try again") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise UsageError(f"{what} is empty")
    return text


def read_text(name: str, max_bytes: int = MAX_BYTES) -> str:
    """The text of a file, or of stdin for "-", as str with \\n line ends."""
    if name == "-":
        if sys.stdin is None:  # started with stdin closed (`drafter review - <&-`)
            raise UsageError("there is no standard input to read; give a file name instead")
        stream = getattr(sys.stdin, "buffer", None)
        data = stream.read(max_bytes + 1) if stream is not None \
            else sys.stdin.read(max_bytes + 1).encode("utf-8", "surrogateescape")
        if len(data) > max_bytes:  # only this much was read: say "more than", not a size
            raise UsageError(f"standard input is more than {max_bytes // 1_000_000} MB; drafter "
                             "reads texts up to that size (is this the right paste?)")
        return decode(data, name, max_bytes)
    path = Path(name)
    try:
        if path.is_dir():
            raise UsageError(f"{name} is a folder, not a file")
        size = path.stat().st_size
        if size > max_bytes:
            raise UsageError(f"{name} is {size / 1_000_000:.1f} MB; drafter reads texts up to "
                             f"{max_bytes // 1_000_000} MB (is this the right file?)")
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise UsageError(f"no such file: {name}") from None
    except PermissionError:
        raise UsageError(f"cannot read {name}: permission denied") from None
    except OSError as exc:
        raise UsageError(f"cannot read {name}: {exc.strerror or exc}") from None
    return decode(data, name, max_bytes)
