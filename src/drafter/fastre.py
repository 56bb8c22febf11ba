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
import functools
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
    flags = int(flags)
    key = f"{flags}:{pattern}"
    if (cached := _cached(key, pattern)) is not None:
        return cached
    # as re._compiler.compile does, keeping the pieces it hands the engine
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return _remember(key, pattern, (flags | parsed.state.flags, code, parsed.state.groups - 1,
                                    groupindex, tuple(indexgroup)))


def _cached(key: str, pattern: str) -> re.Pattern[str] | None:
    """The pattern from the cache's entry under `key`, or None (none, or one the engine
    refuses: then it is compiled afresh)."""
    entry = _entries().get(key)
    if entry is not None:
        try:
            return _sre.compile(pattern, *entry)  # type: ignore[no-any-return]
        except (RuntimeError, TypeError, ValueError, OverflowError):
            pass
    return None


def _remember(key: str, pattern: str, entry: tuple[Any, ...]) -> re.Pattern[str]:
    """The pattern from the pieces the engine takes, kept for the cache written at exit."""
    global _added
    compiled = _sre.compile(pattern, *entry)
    if not _added:
        atexit.register(_save)
    _entries()[key] = entry
    _added = True
    return compiled  # type: ignore[no-any-return]


# -- case folded ahead of time -----------------------------------------------------------------
# Under IGNORECASE the engine folds case at every comparison and cannot take its quick first-
# character tests: the rubric's case-insensitive alternations scan 1.5-3x slower than the same
# pattern with its letters lower-cased, run on the lower-cased text. The two agree wherever
# lower-casing is one letter for one and the engine's extra equivalences (ſ~s, ı~i, σ~ς, the
# Kelvin sign...) do not come in: a pattern that names such a letter is not folded, and a text
# that holds one is run with the IGNORECASE pattern (FoldedPattern.for_text).

class Unfoldable(Exception):
    """A pattern whose case-insensitive meaning lower-casing would not keep."""


def _extra_cases() -> dict[int, tuple[int, ...]]:
    from re import _casefix  # type: ignore[attr-defined]

    return _casefix._EXTRA_CASES  # type: ignore[no-any-return]


def _fold_char(code: int) -> int:
    lower = _sre.unicode_tolower(code)
    if code >= 128 and lower in _extra_cases():
        raise Unfoldable(chr(code))
    return lower  # type: ignore[no-any-return]


def _fold_set(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    from re import _constants as c  # type: ignore[attr-defined]

    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op is c.LITERAL:
            out.append((op, _fold_char(av)))
        elif op is c.RANGE:
            lo, hi = av
            if hi - lo > 5000:
                raise Unfoldable("a wide range")
            out.append((op, av))  # the range itself, then the lower case of its capitals
            out += [(c.LITERAL, f) for f in map(_fold_char, range(lo, hi + 1)) if
                    not lo <= f <= hi]
        elif op in (c.NEGATE, c.CATEGORY):
            out.append((op, av))
        else:
            raise Unfoldable(str(op))
    return out


def _fold(sub: Any) -> Any:
    from re import _constants as c  # type: ignore[attr-defined]

    data = []
    for op, av in sub.data:
        if op in (c.LITERAL, c.NOT_LITERAL):
            av = _fold_char(av)
        elif op is c.IN:
            av = _fold_set(av)
        elif op is c.SUBPATTERN:
            group, add, remove, inner = av
            if (add | remove) & c.SRE_FLAG_IGNORECASE:
                raise Unfoldable("an inline (?i) or (?-i)")
            av = (group, add, remove, _fold(inner))
        elif op is c.BRANCH:
            av = (av[0], [_fold(p) for p in av[1]])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            av = (av[0], av[1], _fold(av[2]))
        elif op in (c.ASSERT, c.ASSERT_NOT):
            av = (av[0], _fold(av[1]))
        elif op is c.ATOMIC_GROUP:
            av = _fold(av)
        elif op is c.GROUPREF_EXISTS:
            av = (av[0], _fold(av[1]), _fold(av[2]) if av[2] else av[2])
        elif op not in (c.AT, c.ANY, c.GROUPREF, c.CATEGORY):
            raise Unfoldable(str(op))
        data.append((op, av))
    sub.data = data
    return sub


def _compile_folded(pattern: str) -> re.Pattern[str]:
    """`pattern` under IGNORECASE as a case-sensitive pattern for lower-cased text."""
    key = f"fold:{pattern}"
    if (cached := _cached(key, pattern)) is not None:
        return cached
    parsed = _parser.parse(pattern, 0)
    if parsed.state.flags & re.IGNORECASE or parsed.state.groupdict:
        raise Unfoldable("inline flags or named groups")
    _fold(parsed)
    code = [int(op) for op in _compiler._code(parsed, 0)]
    return _remember(key, pattern, (parsed.state.flags, code, parsed.state.groups - 1, {},
                                    (None,) * parsed.state.groups))


_ASCII = frozenset(map(chr, range(128)))


@functools.lru_cache(maxsize=8)
def lowered(text: str) -> str | None:
    """The text lower-cased letter for letter, or None when some letter would not keep the
    engine's case-insensitive meaning (see above)."""
    for ch in set(text) - _ASCII:
        low = ch.lower()
        if len(low) != 1 or _sre.unicode_tolower(ord(ch)) != ord(low) \
                or ord(low) in _extra_cases():
            return None
    return text.lower()


class FoldedPattern:
    """A case-insensitive pattern, run as its case-folded twin on lower-cased text. Matches
    index the text as given; their group() is lower case: slice the text for its words."""

    def __init__(self, pattern: str, folded: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.folded = folded

    def for_text(self, text: str) -> tuple[re.Pattern[str], str]:
        low = lowered(text)
        if low is None:
            return compile(self.pattern, re.IGNORECASE), text
        return self.folded, low


def compile_case_insensitive(pattern: str) -> re.Pattern[str] | FoldedPattern:
    try:
        return FoldedPattern(pattern, _compile_folded(pattern))
    except Unfoldable:
        return compile(pattern, re.IGNORECASE)
