"""Spelling and grammar: pyspellchecker's dictionary offline, LanguageTool when one is available.

Precision comes first: capitalised words (names, companies, products), acronyms, words with
digits, addresses and any word the person's notes use are never misspellings; British spellings,
compounds ("runbook") and affixed forms ("refactoring") of known words are accepted.
LanguageTool is used only when it is already there (`LTP_JAR_DIR_PATH` pointing at an unpacked
LanguageTool, or a server URL): drafter never lets language-tool-python download anything.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

_TOKEN = re.compile(
    r"(?<![\w@/.\-])[A-Za-z\u00C0-\u024F]+(?:['’\-][A-Za-z\u00C0-\u024F]+)*(?![\w@/])")
# anchored at a whitespace boundary: unanchored, \S+ retries from every index of a long token
# and the search turns quadratic (one 25 000-letter token took seconds)
# an address, a link, or a bare domain ("islawright.design/fernhill", "jo.dev"): no words
_URLISH = re.compile(r"(?<!\S)\S+@\S+|\bhttps?://\S+|\bwww\.\S+"
                     r"|(?<!\S)[\w-]+(?:\.[\w-]+)+/\S*"
                     r"|(?<!\S)\S+\.(?:com|org|net|io|dev|ai|co|uk|me|info|app|design|studio|art|"
                     r"page|site|xyz|tech|edu|gov)\b", re.I)
_UK_US = [  # British ending -> American ending, tried when a word is not in the dictionary
    ("isation", "ization"), ("isations", "izations"), ("ise", "ize"), ("ised", "ized"),
    ("ises", "izes"), ("ising", "izing"), ("yse", "yze"), ("ysed", "yzed"), ("ysing", "yzing"),
    ("our", "or"), ("ours", "ors"), ("oured", "ored"), ("ouring", "oring"), ("tre", "ter"),
    ("tres", "ters"), ("ogue", "og"), ("ence", "ense"), ("lled", "led"), ("lling", "ling"),
    ("mme", "m"), ("mmes", "ms"), ("ae", "e"),
]
_SUFFIXES = ["'s", "s", "es", "ed", "d", "ing", "er", "ers", "ly", "ment", "ments", "ness",
             "able", "ability", "ful", "less", "ize", "ized", "ization", "ise", "ised"]
_PREFIXES = ["re", "un", "pre", "co", "de", "non", "sub", "over", "under", "up", "out", "multi",
             "micro", "cross", "inter", "self", "mis", "post", "auto", "hyper", "meta", "mini",
             "semi", "super", "anti", "dis", "in", "on", "off", "mid", "bi", "tri", "nano", "tele",
             "socio", "neuro", "bio", "geo", "eco", "electro", "photo", "thermo", "hydro",
             "psycho", "cyber", "omni", "poly", "mono", "pseudo", "quasi", "ultra", "extra",
             "intra", "trans", "counter", "proto", "macro", "agri", "agro", "aero", "immuno",
             "cardio", "radio", "infra", "supra", "peri"]
# a name's lower-case particle before its capitalised part: "Ms. Van der Berg", "de la Cruz"
_PARTICLES = {"van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le",
              "dos", "das", "do", "ter", "ten", "bin", "binti", "ibn", "al", "el", "y"}
#: a British variant ("haematology") derived by a regular rule needs its American form to be
#: a word people use, but not a very common one: technical words are rare in any spelling
_VARIANT_MIN = 10


@dataclass(frozen=True)
class Issue:
    start: int
    end: int
    word: str
    message: str
    suggestion: str | None
    kind: str  # "spelling" or "grammar"


@cache
def _speller() -> Any:
    """pyspellchecker's English dictionary. Its own loader (gunzip, JSON, lower-casing every
    key, totals) takes ~130 ms of a cold `drafter review`; its finished counts are kept in the
    user's cache as a drafter.spelltable.WordTable, which loads in a few milliseconds."""
    import spellchecker
    from spellchecker import SpellChecker

    from drafter.spelltable import WordTable

    source = Path(spellchecker.__file__).parent / "resources" / "en.json.gz"
    try:
        st = source.stat()
        key = f"pyspellchecker {getattr(spellchecker, '__version__', '?')} {st.st_size} " \
              f"{st.st_mtime_ns} table"
    except OSError:
        return SpellChecker(distance=1)
    from drafter import usercache

    cached = usercache.load("spelling-en", key)
    if isinstance(cached, tuple) and len(cached) == 5:
        table, total, unique, letters, longest = cached
        words = WordTable.load(table)
        if words is not None:
            speller = SpellChecker(language=None, distance=1)
            frequency = speller.word_frequency
            frequency._dictionary = words  # read-only lookups: in, [word]
            frequency._total_words, frequency._unique_words = total, unique
            frequency._letters, frequency._longest_word_length = set(letters), longest
            return speller
    speller = SpellChecker(distance=1)
    frequency = speller.word_frequency
    usercache.store("spelling-en", key, (WordTable.build(frequency._dictionary).dump(),
                                         frequency._total_words, frequency._unique_words,
                                         "".join(frequency._letters),
                                         frequency._longest_word_length))
    return speller


def in_dictionary(word: str) -> bool:
    """The plain dictionary lookup, without the variants and compounds is_known accepts."""
    return word.casefold().replace("’", "'") in _speller()


# British spellings inside a word ("favourite", "organisational", "sceptical"), tried when the
# word is not known as written: each spot is replaced by its American form and the result looked up
_UK_US_INNER = [(re.compile(uk), us) for uk, us in [
    (r"our(?=$|s$|ed|ing|ite|abl|ful|hood|ly|less|ist|ism|at|er|al|y$)", "or"),
    (r"is(?=a|e|i)", "iz"), (r"ys(?=e|i)", "yz"), (r"(?<=[bcgt])re(?=$|s$|d$)", "er"),
    (r"ogue", "og"),
    (r"ae", "e"), (r"oe", "e"), (r"ll(?=ed|ing|er|ery)", "l"), (r"ence(?=$|s$|d$)", "ense"),
    (r"^sce", "ske"), (r"ould", "old"), (r"mme", "m"), (r"eing$", "ing"), (r"ery$", "ry"),
    (r"^pyj", "paj"), (r"ium$", "um"), (r"^kerb", "curb"), (r"ught", "ft"), (r"ement", "ment"),
    (r"oeuvre", "euver"),
]]
# a British variant or a compound's part must be a word people actually use, not one of the
# rare misspellings the frequency list also holds ("excelant")
_COMMON = 100


# No English word is longer; analysing a longer token (compound splits at every index) would
# cost time that grows with its square for nothing.
MAX_WORD = 45
# Suggestions cost ~2 ms each; past this many unknown words a text is not prose worth fixing.
MAX_SUGGESTIONS = 30


@cache
def is_known(word: str) -> bool:
    """A word is known if the dictionary has it or a regular variant of a word it has."""
    w = word.casefold().replace("’", "'")
    if len(w) > MAX_WORD:
        return False
    if len(w) <= 2 or w in _speller():
        return True
    if "'" in w:
        stem, _, tail = w.partition("'")
        return tail in {"s", "t", "re", "ve", "ll", "d", "m"} and (
            stem in _speller() or is_known(stem))
    # a listed variant must be common; an unlisted one must follow from a word by the rules
    return _known(w) or any(_common(v, _VARIANT_MIN) if v in _speller()
                            else _known(v, compounds=False) for v in _american(w))


def _american(w: str) -> set[str]:
    """American spellings a British word may stand for: one or all of its British spots."""
    out = set()
    every = w
    for uk, us in _UK_US_INNER:
        out.update(w[: m.start()] + us + w[m.end():] for m in uk.finditer(w))
        every = uk.sub(us, every)
    out.add(every)
    out.discard(w)
    return out


def _known(w: str, compounds: bool = True) -> bool:
    sp = _speller()
    if w in sp:
        return True
    for uk, us in _UK_US:
        if w.endswith(uk) and w[: -len(uk)] + us in sp:
            return True
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            base = w[: -len(suffix)]
            if base in sp or base + "e" in sp or (base[-1:] == base[-2:-1] and base[:-1] in sp):
                return True
            if suffix in {"es", "ed", "er", "ers"} and base.endswith("i") and base[:-1] + "y" in sp:
                return True
    for prefix in _PREFIXES:
        if w.startswith(prefix) and len(w) - len(prefix) >= 4:
            rest = w[len(prefix):]
            if _known_plain(rest) or any(_known_plain(v) for v in _american(rest)):
                return True
    # compounds of common words: "codebase", "runbook", "wireframes"
    return compounds and any(_known_plain(w[:i], _COMMON) and _known_plain(w[i:], _COMMON)
                             for i in range(3, len(w) - 2))


def _common(w: str, min_count: int = _COMMON) -> bool:
    sp = _speller()
    return w in sp and sp.word_frequency[w] >= min_count


def is_common(word: str, min_count: int) -> bool:
    """The dictionary holds the word at least this often (rare words are often names)."""
    return _common(word.casefold(), min_count)


def _known_plain(w: str, min_count: int = 0) -> bool:
    sp = _speller()
    for stem in (w, *(w[: -len(s)] for s in ("s", "es", "ed", "ing", "er") if w.endswith(s))):
        if stem in sp and sp.word_frequency[stem] >= min_count:
            return True
    return False


@cache
def _suggest(word: str) -> str | None:
    if len(word) > 20:
        return None
    guess = _speller().correction(word.casefold())
    return guess if guess and guess != word.casefold() else None


def spelling_issues(text: str, accept: set[str], start: int = 0,
                    end: int | None = None, suffixes: tuple[str, ...] = ()) -> list[Issue]:
    """Unknown lower-case words in text[start:end]; `accept` holds words (casefolded) to pass,
    with their possessives and contractions ("app's"); `suffixes` pass a field's word-formation
    ("-omics": proteomics, metabolomics) after a stem of three letters or more."""
    end = len(text) if end is None else end
    skip = [(m.start(), m.end()) for m in _URLISH.finditer(text, start, end)]
    issues = []
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        if any(s <= m.start() < e for s, e in skip) or any(c.isupper() for c in word):
            continue
        parts = list(re.finditer(r"[^\-]+", word))
        for i, part_match in enumerate(parts):
            part = part_match.group()
            if _accepted(part.casefold().replace("’", "'"), accept, suffixes) or is_known(part):
                continue
            if i < len(parts) - 1 and part.casefold() in _PREFIXES:
                continue  # "mis-pick", "socio-economic": a prefix written with its hyphen
            if part.casefold() in _PARTICLES and _beside_a_name(text, m.start(), m.end()):
                continue  # "Van der Berg", "Juan Ortega y Gasset"
            s = m.start() + part_match.start()
            hint = _suggest(part) if len(issues) < MAX_SUGGESTIONS else None
            issues.append(Issue(s, s + len(part), part, f"'{part}' is not in the dictionary",
                                hint, "spelling"))
    return issues


def _accepted(word: str, accept: set[str], suffixes: tuple[str, ...]) -> bool:
    stem, apostrophe, tail = word.partition("'")
    if apostrophe and tail not in {"s", "t", "re", "ve", "ll", "d", "m", ""}:
        return word in accept
    return stem in accept or word in accept or any(
        stem.endswith(x) and len(stem) - len(x) >= 3 for x in suffixes)


def _beside_a_name(text: str, start: int, end: int) -> bool:
    """Whether the word text[start:end] stands, across a space, next to a capitalised word."""
    after = re.match(r"\s+(\S)", text[end:])
    before = re.search(r"(\S*[^\W\d_])\s+$", text[:start])
    return bool(after and after[1].isupper()) or bool(before and before[1][0].isupper())


def words_of(text: str) -> set[str]:
    """Every word of a text, casefolded: the notes' own vocabulary is never a misspelling."""
    out = set()
    for m in _TOKEN.finditer(text):
        for part in m.group().split("-"):
            out.add(part.casefold().replace("’", "'"))
    return out


# -- LanguageTool ------------------------------------------------------------------------------

def languagetool_source(url: str | None) -> str | None:
    """A description of the LanguageTool that can run here without a download, or None."""
    url = url or os.environ.get("DRAFTER_LANGUAGETOOL") or None
    if url:
        return url
    jar_dir = os.environ.get("LTP_JAR_DIR_PATH")
    if jar_dir and (Path(jar_dir) / "languagetool-server.jar").is_file() and shutil.which("java"):
        return f"local:{jar_dir}"
    return None


@cache
def _languagetool(source: str) -> Any:
    import language_tool_python  # lazy: only when LanguageTool is configured

    if source.startswith("local:"):
        return language_tool_python.LanguageTool("en-US")
    return language_tool_python.LanguageTool("en-US", remote_server=source)


def languagetool_issues(source: str, text: str) -> list[Issue]:
    tool = _languagetool(source)
    issues = []
    for match in tool.check(text):
        offset = int(getattr(match, "offset", 0))
        length = int(getattr(match, "error_length", getattr(match, "errorLength", 0)))
        issue_type = str(getattr(match, "rule_issue_type", getattr(match, "ruleIssueType", "")))
        reps = list(getattr(match, "replacements", []) or [])
        kind = "spelling" if issue_type == "misspelling" else "grammar"
        issues.append(Issue(offset, offset + length, text[offset: offset + length],
                            str(getattr(match, "message", "")), reps[0] if reps else None, kind))
    return issues
