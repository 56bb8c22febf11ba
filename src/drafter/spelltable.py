"""pyspellchecker's word counts in a form that loads in a few milliseconds.

Its dictionary is a Counter of ~160 000 words: building it from the package's gzipped JSON took
~130 ms of a cold `drafter review`, and even from a marshal file ~40 ms, nearly all of it
making one string object per word. A review looks up a few hundred words. Here the words are
one sorted string with an array of where each starts, and their counts another array: loading
is three memory copies, and a lookup is a binary search (a few microseconds).
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterator, Mapping
from typing import Any


class _Keys:
    """The i-th word of the table, for bisect."""

    def __init__(self, words: str, starts: array) -> None:
        self.words, self.starts = words, starts

    def __len__(self) -> int:
        return len(self.starts) - 1

    def __getitem__(self, i: int) -> str:
        return self.words[self.starts[i]:self.starts[i + 1] - 1]


class WordTable(Mapping[str, int]):
    """A read-only Counter: `word in table`, `table[word]` (0 when absent), in sorted order."""

    def __init__(self, words: str, starts: array, counts: array) -> None:
        self._keys = _Keys(words, starts)
        self._counts = counts

    @classmethod
    def build(cls, counter: Mapping[str, int]) -> WordTable:
        ordered = sorted(counter)
        starts = array("q", [0])
        for w in ordered:
            starts.append(starts[-1] + len(w) + 1)
        return cls("".join(w + "\n" for w in ordered), starts,
                   array("q", (counter[w] for w in ordered)))

    def dump(self) -> tuple[str, bytes, bytes]:
        return self._keys.words, self._keys.starts.tobytes(), self._counts.tobytes()

    @classmethod
    def load(cls, data: Any) -> WordTable | None:
        if not (isinstance(data, tuple) and len(data) == 3):
            return None
        words, starts_raw, counts_raw = data
        starts, counts = array("q"), array("q")
        try:
            starts.frombytes(starts_raw)
            counts.frombytes(counts_raw)
        except (TypeError, ValueError):
            return None
        if not isinstance(words, str) or len(starts) != len(counts) + 1 or not starts \
                or starts[-1] != len(words):
            return None
        return cls(words, starts, counts)

    def _index(self, word: object) -> int:
        if not isinstance(word, str) or "\n" in word:
            return -1
        i = bisect.bisect_left(self._keys, word)
        return i if i < len(self._keys) and self._keys[i] == word else -1

    def __contains__(self, word: object) -> bool:
        return self._index(word) >= 0

    def __getitem__(self, word: str) -> int:
        i = self._index(word)
        return self._counts[i] if i >= 0 else 0

    def __iter__(self) -> Iterator[str]:
        return (self._keys[i] for i in range(len(self._keys)))

    def __len__(self) -> int:
        return len(self._keys)
