"""What makes a cold `drafter review` fast must not change what it finds: the cached regex
code and spelling table, the set lookup of known misspellings, and the modules it imports."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter import fastre, usercache
from drafter.rubric import load_rubric
from drafter.rubric.checks import spelling
from drafter.rubric.checks.phrases import _shipped_patterns, phrase_regex

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "drafts" / "thank-you.txt"


@pytest.fixture
def cache_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(usercache.ENV, str(folder))
    monkeypatch.setattr(fastre, "_table", None)
    monkeypatch.setattr(fastre, "_added", False)
    return folder


def test_cached_regex_code_is_the_code_re_compiles(cache_in: Path) -> None:
    patterns = [*sorted(_shipped_patterns())[:150], phrase_regex("can't wait"), r"(?P<n>a)\1"]
    for flags in (0, re.IGNORECASE):
        for p in patterns:
            assert fastre.compile(p, flags) == re.compile(p, flags)  # equal code, flags, text
    fastre._save()
    assert list(cache_in.glob("regex-code-*.marshal"))
    fastre._table, fastre._added = None, False  # a new run: everything from the file
    for p in patterns:
        assert fastre.compile(p, re.I) == re.compile(p, re.I)
    assert not fastre._added
    assert fastre.compile(r"(?P<word>\w+)", 0).match("hi").group("word") == "hi"


def test_a_refused_or_broken_cache_entry_is_compiled_afresh(cache_in: Path) -> None:
    fastre._entries()["0:ab+"] = (0, [1, 2, 3], 0, {}, (None,))  # code the engine rejects
    assert fastre.compile("ab+").fullmatch("abbb")
    with pytest.raises(re.error):
        fastre.compile("a(b")


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="ownership checks need POSIX uids")
def test_the_cache_is_read_only_from_private_files(cache_in: Path) -> None:
    usercache.store("demo", "k", {"a": 1})
    (entry,) = cache_in.glob("demo-*.marshal")
    assert cache_in.stat().st_mode & 0o777 == 0o700
    assert usercache.load("demo", "k") == {"a": 1}
    assert usercache.load("demo", "other key") is None
    entry.chmod(0o666)  # anyone could have written it: never read
    assert usercache.load("demo", "k") is None
    entry.chmod(0o600)
    cache_in.chmod(0o777)
    assert usercache.load("demo", "k") is None
    cache_in.chmod(0o700)
    entry.write_bytes(b"\x00garbage")
    assert usercache.load("demo", "k") is None


def test_cache_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(usercache.ENV, "")
    usercache.store("demo", "k", 1)
    assert usercache.load("demo", "k") is None


def test_spelling_table_from_the_cache_is_pyspellchecker_own(cache_in: Path) -> None:
    from spellchecker import SpellChecker

    from drafter import proofread

    proofread._speller.cache_clear()
    try:
        proofread._speller()  # builds and stores
        proofread._speller.cache_clear()
        cached = proofread._speller()  # loads
        own = SpellChecker(distance=1)
        assert cached.word_frequency.dictionary == own.word_frequency.dictionary
        for attr in ("total_words", "unique_words", "letters", "longest_word_length"):
            assert getattr(cached.word_frequency, attr) == getattr(own.word_frequency, attr)
        assert cached.correction("recieve") == own.correction("recieve") == "receive"
    finally:
        proofread._speller.cache_clear()


@pytest.mark.parametrize("text", [
    "I recieve it. Recieve! x_recieve recieve_ 'recieve' don'trecieve recieved",
    "Definately 9definately definately9 ſeperate KKeperate teh\nTeh seperate.",
    "recIeve, RECIEVE, recieve’s, ‘recieve’ rec-ieve",
])
def test_known_misspellings_by_lookup_match_the_alternation(text: str) -> None:
    words = tuple(load_rubric("thank-you").rule("spelling.misspelling").settings.words)
    words += ("ſeperate", "keperate")  # a non-ASCII entry and a word the Kelvin sign folds to
    for scope in ((0, len(text)), (3, len(text) - 4)):
        regex = re.compile("|".join(phrase_regex(w) for w in words), re.I)
        expected = [(m.start(), m.end()) for m in regex.finditer(text, *scope)]
        found = [(m.start(), m.end()) for m in spelling._misspellings_in(words, text, *scope)]
        assert found == expected
        base = words[:-2]
        expected = [(m.start(), m.end()) for m in spelling._misspelling_regex(base).finditer(
            text, *scope)]
        assert [(m.start(), m.end())
                for m in spelling._misspellings_in(base, text, *scope)] == expected


def _modules_after(*argv: str, cache: Path | None = None) -> set[str]:
    code = ("import sys, runpy\n"
            f"sys.argv = ['drafter', *{list(argv)!r}]\n"
            "try:\n    runpy.run_module('drafter', run_name='__main__')\n"
            "except SystemExit:\n    pass\n"
            "print('\\n' + __import__('json').dumps(sorted(sys.modules)))")
    env = {**os.environ, "NO_COLOR": "1"}
    if cache is not None:
        env[usercache.ENV] = str(cache)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=False, env=env)
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


_NEVER = {"litellm", "openai", "anthropic", "httpx", "jinja2", "language_tool_python",
          "icalendar", "slugify", "tqdm", "gender_guesser", "lemminflect",
          "regex",  # the time-limited engine: only for a person's own patterns
          "textstat"}  # its two grade formulas are written out in checks/readability.py


def test_review_imports_only_what_it_uses(tmp_path: Path) -> None:
    # the first review after an install validates the shipped rubric (pydantic) and parses
    # its files (tomllib), then caches both
    first = _modules_after("review", str(SAMPLE), cache=tmp_path)
    assert not {m.split(".")[0] for m in first} & _NEVER
    loaded = _modules_after("review", str(SAMPLE), cache=tmp_path)
    top = {m.split(".")[0] for m in loaded}
    assert not top & _NEVER
    # every later one: the rubric engine, the phrase automaton and the spelling table, nothing
    # else outside the standard library; no pydantic (the report is plain dataclasses, the
    # rubric's validated settings come from the cache), nor what its plugin loader brought
    # (importlib.metadata, email.*), nor the TOML parser
    outside = {t for t in top - set(sys.stdlib_module_names) if not t.startswith("_")}
    assert outside <= {"drafter", "ahocorasick", "spellchecker", "emoji"}  # not __main__ etc.
    assert not top & {"pydantic", "pydantic_core", "typing_extensions", "annotated_types",
                      "email", "tomllib"}
    assert "importlib.metadata" not in loaded
    assert "drafter.context" not in loaded  # the notes model: only with --notes
    assert "drafter.drafting" not in loaded and "drafter.llm" not in loaded
    assert not SAMPLE.read_text(encoding="utf-8").isascii() or "emoji" not in top


def test_cached_shipped_rules_are_the_validated_rules(cache_in: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from drafter.rubric import engine, stage_names

    try:
        for stage in stage_names():
            engine._shipped_rules.cache_clear()
            built = load_rubric(stage)  # validated now (pydantic), then stored
            assert built == engine._load(stage, None)
            engine._shipped_rules.cache_clear()
            with monkeypatch.context() as m:
                m.setattr(engine, "_load", None)  # read back, never validated again
                cached = load_rubric(stage)
            assert cached == built
            assert [type(r.settings) for r in cached.rules] == [
                engine.CHECKS[r.check].settings for r in cached.rules]
    finally:
        engine._shipped_rules.cache_clear()


def test_help_never_imports_litellm() -> None:
    loaded = _modules_after("--help")
    assert not {m.split(".")[0] for m in loaded} & {"litellm", "openai", "pydantic", "emoji"}


_TRICKY = ["İstanbul", "ſeperate", "KELVIN K", "Straße", "ΣΟΦΊΑ σοφίας", "ǅungla", "ÉTÉ été",
           "DON’T", "Don`t", "I'M SURE", "µ MICRO", "ﬁne", "ı dotless"]


def _rubric_sources() -> list[str]:
    from drafter.rubric.checks.clauses import _group_source
    from drafter.rubric.checks.phrases import _combined

    sources = set(_shipped_patterns())
    for rule in load_rubric("thank-you").rules:
        s = rule.settings
        if rule.check == "phrases":
            combined = _combined(s)  # type: ignore[arg-type]
            if combined is not None:
                sources.add(combined.pattern)
        if rule.check == "clauses":
            sources.update(_group_source(tuple(c)) for c in s.cues.values())  # type: ignore
    sources.update([r"[A-Z]{2,}", r"[^a-z\s]+", r"(\w+) \1", r"\bstra(?:ss|ß)e\b", r"[à-ÿ]+"])
    return sorted(sources)


def test_case_folded_patterns_find_what_ignorecase_finds() -> None:
    texts = [f.read_text(encoding="utf-8") for f in sorted(
        (ROOT / "tests" / "corpus").rglob("*.txt"))][:60]
    texts += [" ".join(_TRICKY)] + [t.upper() for t in texts[:20]]
    texts += [f"{t} {w}" for t in texts[:5] for w in _TRICKY]
    folded = 0
    for source in _rubric_sources():
        try:
            reference = re.compile(source, re.IGNORECASE)
        except re.error:
            continue  # a pattern only the regex module reads
        pattern = fastre.compile_case_insensitive(source)
        folded += isinstance(pattern, fastre.FoldedPattern)
        for text in texts:
            for scope in ((0, len(text)), (5, max(5, len(text) - 7))):
                if isinstance(pattern, fastre.FoldedPattern):
                    compiled, subject = pattern.for_text(text)
                else:
                    compiled, subject = pattern, text
                got = [m.span() for m in compiled.finditer(subject, *scope)]
                assert got == [m.span() for m in reference.finditer(text, *scope)], source
    assert folded > 100  # the rubric's own patterns do fold


def test_unfoldable_patterns_and_texts_keep_ignorecase() -> None:
    for source in (r"(?-i:[A-Z]+)", "ſ", r"(?i)abc", r"(?P<n>x)"):
        assert not isinstance(fastre.compile_case_insensitive(source), fastre.FoldedPattern)
    for text in ("İ", "ſ", "Σ", "ı"):  # two letters lower-cased, or an extra equivalence
        assert fastre.lowered(text) is None, text
    assert fastre.lowered("K ẞ") == "k ß"  # plain lower case is what IGNORECASE does here
    assert fastre.lowered("Élan ÉTÉ “quoted” don’t") == "élan été “quoted” don’t"


_ALPHABET = "aAiIsSkKzZ éÉ’'`-\n.ſıİKẞßσΣς_1"


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet=_ALPHABET, max_size=40),
       source=st.sampled_from([r"(?<![\w'’])(?:kiss|is|a['’‘`]s)(?![\w])", r"[a-z]+\s+[A-Z]",
                               r"[^ais]+", r"(\w)\1", r"\bSk\w*", r"(?:i|s)+ɪ?"]))
def test_folding_agrees_with_ignorecase_on_any_text(text: str, source: str) -> None:
    pattern = fastre.compile_case_insensitive(source)
    assert isinstance(pattern, fastre.FoldedPattern)
    compiled, subject = pattern.for_text(text)
    got = [m.span() for m in compiled.finditer(subject)]
    assert got == [m.span() for m in re.compile(source, re.I).finditer(text)]


def test_the_emoji_prefilter_lets_every_emoji_through(cache_in: Path) -> None:
    from emoji import EMOJI_DATA

    from drafter.rubric.checks import emoji as emoji_check

    emoji_check._emoji_letters.cache_clear()
    try:
        for _ in range(2):  # built, then read from the cache
            assert all(emoji_check._may_hold_emoji(f"ok {e} ok") for e in EMOJI_DATA)
            assert not emoji_check._may_hold_emoji("Thanks – it’s “great” — café")
            emoji_check._emoji_letters.cache_clear()
    finally:
        emoji_check._emoji_letters.cache_clear()
