"""Stdlib regular expressions whose compiled form is kept between runs.

`re.compile` parses a pattern and generates its matcher code in pure Python: for the rubric's
few hundred patterns (one alternation per rule) that was most of a cold `drafter review`. The
generated code is kept in the user cache (`drafter.usercache`: private folder, an entry per
Python version) and handed straight to the engine next time. The engine validates code it is
given (CPython's `_sre.compile` rejects malformed programs), and the pattern text stays the
key, so a cached entry can only ever stand for the very pattern it was built from.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # re's own engine module
import atexit
import re
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any

# pattern text and flags -> what re's compiler would pass to the engine
_table: dict[str, tuple[Any, ...]] | None = None
_added = False
#: a cache that grew past this (a person editing their own rubric often) starts over
MAX_ENTRIES = 5000


def _entries() -> dict[str, tuple[Any, ...]]:
    global _table
    if _table is None:
        from drafter import usercache

        data = usercache.load("regex-code", "stdlib re")
        _table = data if isinstance(data, dict) and len(data) < MAX_ENTRIES else {}
    return _table


def _save() -> None:
    from drafter import usercache

    if _added and _table is not None:
        usercache.store("regex-code", "stdlib re", _table)


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags), from the cache when this pattern was compiled before."""
    global _added
    flags = int(flags)
    table = _entries()
    key = f"{flags}:{pattern}"
    entry = table.get(key)
    if entry is not None:
        try:
            return _sre.compile(pattern, *entry)  # type: ignore[no-any-return]
        except (RuntimeError, TypeError, ValueError, OverflowError):
            pass  # an entry the engine refuses: compile it afresh
    # as re._compiler.compile does, keeping the pieces it hands the engine
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    entry = (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex,
             tuple(indexgroup))
    compiled = _sre.compile(pattern, *entry)
    if not _added:
        atexit.register(_save)
    table[key] = entry
    _added = True
    return compiled  # type: ignore[no-any-return]
