"""Words with their offsets, sentences, and the word classes a word can take.

The open classes (noun, verb, adjective, adverb) come from lemminflect's lookup table, which
ships inside its wheel (about 80 000 English word forms, each with every class it is used in):
nothing is downloaded at run time. A word's *possible* classes are what the grammar rules need:
"work" can be a verb, so a sentence holding it is not verbless; "especially" can only be an
adverb, so "the especially," has lost its noun. Closed classes (determiners, pronouns,
prepositions) are short lists kept as rubric data.
"""

from __future__ import annotations

import gzip
import importlib.util
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from drafter.errors import DrafterError

_WORD = re.compile(
    r"[A-Za-z\u00C0-\u024F0-9]+(?:['’\-][A-Za-z\u00C0-\u024F0-9]+)*(?:(?<=s)['’](?![A-Za-z]))?")
# a sentence ends at . ! ? before a space (or the end), or at a blank line; it may wrap lines
_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?](?=[^\s.!?])|\n(?![ \t]*(?:\n|$)))+"
                       r"(?:[.!?]+(?=[\s\"”’')\]]|$)[\"”’')\]]*|(?=\n[ \t]*(?:\n|$))|$)")
# a paragraph is the text between blank lines
_PARAGRAPH = re.compile(r"(?:[^\n]|\n(?![ \t]*(?:\n|$)))+")


@dataclass(frozen=True)
class Word:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.casefold().replace("’", "'")


def words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    end = len(text) if end is None else end
    return [Word(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


def spans(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in pattern.finditer(text, start, end) if m.group().strip()]


_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Sr|Jr|vs|etc|approx|Inc|Ltd|Co|No)"
                          r"|\b[A-Za-z]\.[A-Za-z]|(?<![\w.])[A-Z])\.$")


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in spans(_SENTENCE, text, start, end):
        # "Dr. Hart", "St. Mary's", "e.g. the rota": a title's full stop ends no sentence
        if out and _ABBREVIATION.search(text[out[-1][0]:out[-1][1]].rstrip()) \
                and "\n\n" not in text[out[-1][1]:s]:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return spans(_PARAGRAPH, text, start, end)


def adjacent(text: str, left: Word, right: Word) -> bool:
    """Only spaces, or one line break of a wrapped line, stand between the two words."""
    gap = text[left.end:right.start]
    return gap.strip() == "" and gap.count("\n") <= 1 and bool(gap)


def _table_path() -> Path | None:
    # find_spec locates the package without importing it: lemminflect's __init__ loads numpy
    # for its out-of-vocabulary model, which costs ~70 ms cold and which we never use
    spec = importlib.util.find_spec("lemminflect")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / "resources" / "lemma_lu.csv.gz"
        if path.is_file():
            return path
    return None


@cache
def _table() -> str:
    path = _table_path()
    if path is None:
        raise DrafterError("lemminflect's word table is missing (the grammar rules need it): "
                           "reinstall drafter, e.g. pip install -e .")
    # "word,class,lemma" lines sorted by word: searched in place, since building a dict of its
    # 80 000 rows would cost a cold `drafter review` ~130 ms and an email looks up a few dozen
    return gzip.decompress(path.read_bytes()).decode("utf-8")


def _first_line(data: str, key: str) -> int:
    """Where the table's first line whose word is >= `key` starts (binary search)."""
    lo, hi = 0, len(data)
    while lo < hi:
        mid = (lo + hi) // 2
        start = max(lo, data.rfind("\n", lo, mid) + 1)
        end = data.find("\n", start)
        end = len(data) if end < 0 else end
        if data[start:data.find(",", start, end)] < key:
            lo = end + 1
        else:
            hi = start
    return lo


def _rows(word: str) -> list[tuple[str, str]]:
    """The table's (class, lemma) rows for `word`, as written in any case."""
    w = word.casefold().replace("’", "'")
    data = _table()
    lo = _first_line(data, w)
    prefix = w + ","
    out = []
    while data.startswith(prefix, lo):
        end = data.find("\n", lo)
        end = len(data) if end < 0 else end
        kind, _, lemma = data[lo + len(prefix):end].partition(",")
        out.append((kind, lemma))
        lo = end + 1
    return out


@cache
def classes(word: str) -> frozenset[str]:
    """Every class the word is used in: noun, verb, adj, adv, aux; empty when unknown."""
    return frozenset(kind for kind, _ in _rows(word))


@cache
def forms(lemma: str) -> frozenset[str]:
    """Every form the table gives the lemma ("withdraw" -> withdraws, withdrew, withdrawn...),
    the lemma included. Forms are found among the words sharing its first letters, so a form
    that shares none ("go" -> "went") is not found: write it out where it matters."""
    lemma = lemma.casefold()
    data = _table()
    prefix = lemma[:3] if len(lemma) > 3 else lemma[:2]
    lo = _first_line(data, prefix)
    found = {lemma}
    while data.startswith(prefix, lo):
        end = data.find("\n", lo)
        end = len(data) if end < 0 else end
        word, _, lem = data[lo:end].split(",", 2)
        if lem == lemma:
            found.add(word.casefold())
        lo = end + 1
    return frozenset(found)


@cache
def verb_lemmas(word: str) -> frozenset[str]:
    """The lemmas the table gives `word` used as a verb ("spoke" -> speak); empty if none."""
    return frozenset(lemma for kind, lemma in _rows(word) if kind == "verb")


@cache
def verb_forms(lemmas: frozenset[str]) -> dict[str, frozenset[str]]:
    """Every verb form of each lemma, irregular ones included ("speak" -> spoke, spoken), found
    in one pass over the table (unlike `forms`, which looks only among shared first letters)."""
    if not lemmas:
        return {}
    alts = "|".join(sorted(map(re.escape, lemmas), key=len, reverse=True))
    out: dict[str, set[str]] = {lemma: {lemma} for lemma in lemmas}
    for m in re.finditer(rf"^([^,\n]+),verb,({alts})$", _table(), re.M):
        out[m[2]].add(m[1])
    return {lemma: frozenset(f) for lemma, f in out.items()}
