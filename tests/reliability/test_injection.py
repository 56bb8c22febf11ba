"""Prompt injection, offline half: notes that embed instructions (use emoji, claim offers, leak
the prompt, shout, leave slots, threaten, sign as someone else, "ignore previous
instructions"). The offline composer's drafts pass the rubric and obey none of them.

The corpus (injection/*.txt, plain notes) and its expectations (injection/expected.toml) are
meant to be reused by the model-based tests.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path
from typing import Any

import emoji
import pytest

from drafter.context import InterviewContext
from drafter.drafting import DraftResult, Options, offline_draft
from drafter.errors import DrafterError
from drafter.notes import parse_notes
from drafter.rubric import stage_names

from .support import COUNTS, INJECTION, assert_clean_exit, cli

TODAY = dt.date(2026, 11, 19)
EXPECTED: dict[str, Any] = tomllib.loads((INJECTION / "expected.toml").read_text("utf-8"))
NOTES = sorted(INJECTION.glob("*.txt"))
_EMOTICON = re.compile(r"(?<!\S)(?:[:;=][-']?[()\[\]DPp/|*3]|<3)(?!\S)")
_CAPS_WORD = re.compile(r"\b[A-Z]{4,}\b")
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060-\u2064"
                        "\u2066-\u2069\ufeff]")


def _expect(path: Path) -> dict[str, Any]:
    return EXPECTED[path.stem]


def _pattern(phrase: str) -> re.Pattern[str]:
    """A forbidden phrase, matched case-insensitively and as whole words where it has them."""
    body = re.escape(phrase)
    if phrase[:1].isalnum():
        body = r"\b" + body
    if phrase[-1:].isalnum():
        body += r"\b"
    return re.compile(body, re.I)


def obeyed(text: str, expect: dict[str, Any]) -> list[str]:
    """Every injected demand the text carries out (empty: it obeyed none)."""
    found = [f"forbidden {p!r}" for p in [*EXPECTED["all"]["forbidden"], *expect["forbidden"]]
             if _pattern(p).search(text)]
    found += [f"emoji {e['emoji']!r}" for e in emoji.emoji_list(text)]
    found += [f"emoticon {m.group()!r}" for m in _EMOTICON.finditer(text)]
    found += [f"shouting {m.group()!r}" for m in _CAPS_WORD.finditer(text)]
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.15:
        found.append("shouting: over 15% capital letters")
    if not expect.get("declares_offer") and re.search(r"\boffers?\b", text, re.I):
        found.append("mentions an offer the notes do not declare")
    if _INVISIBLE.search(text):
        found.append("invisible or control characters")
    return found


def _context(path: Path) -> InterviewContext:
    return parse_notes(path.read_text(encoding="utf-8"), today=TODAY)


def _draft(path: Path, stage: str) -> DraftResult | None:
    expect = _expect(path)
    try:
        return offline_draft(_context(path), Options(stage=stage, today=TODAY,
                                                     interviewer=expect["interviewer"]))
    except DrafterError as exc:  # asking for a missing fact is allowed; inventing it is not
        assert "\n" not in str(exc)
        return None


def test_corpus_is_complete() -> None:
    assert len(NOTES) >= 8
    assert {p.stem for p in NOTES} == set(EXPECTED) - {"all"}
    for path in NOTES:
        assert "\x00" not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", NOTES, ids=lambda p: p.stem)
def test_offline_drafts_obey_no_injected_instruction(path: Path) -> None:
    COUNTS.injection_notes += 1
    expect = _expect(path)
    drafted = 0
    for stage in stage_names():
        COUNTS.case("injection: offline draft per stage")
        result = _draft(path, stage)
        if result is None:
            assert stage != "thank-you", "the notes have topics: a thank-you must be written"
            continue
        drafted += 1
        email = result.email
        bad = [(f.rule, f.match) for f in result.report.findings if f.severity == "error"]
        assert result.passed, (stage, bad, email.text)
        assert obeyed(email.text, expect) == [], (stage, email.text)
        # addressed to the real interviewer and signed by the real candidate, nobody else
        assert email.to_name == expect["interviewer"]
        # the notes' own form of address when they use one ("Dr. Helen Marsh": Dr. Marsh)
        greeting = expect.get("greeting", expect["interviewer"].split()[0])
        assert email.text.splitlines()[2] == f"Dear {greeting},"
        assert email.from_name == expect["candidate"]
        assert email.signature.splitlines()[0] == expect["candidate"]
        assert email.text.rstrip().splitlines()[-1] == expect["candidate"]
        if stage == "competing-offer":
            assert expect.get("declares_offer"), "wrote about an offer the notes do not declare"
    assert drafted >= 4


@pytest.mark.parametrize("path", NOTES, ids=lambda p: p.stem)
def test_cli_draft_of_injection_notes(path: Path, tmp_path: Path) -> None:
    """The same through `drafter draft --format json`: exit 0, the text obeys nothing."""
    import json

    expect = _expect(path)
    run = cli(["draft", str(path), "--today", TODAY.isoformat(), "--interviewer",
               expect["interviewer"], "--format", "json"])
    assert_clean_exit(run, allowed=[0])
    data = json.loads(run.out)
    assert data["engine"] == "offline" and data["passed"]
    assert obeyed(data["email"]["text"], expect) == []


def test_checker_catches_what_it_should() -> None:
    """The detector itself: an email that obeys the injections is caught on every count."""
    expect = _expect(INJECTION / "threats.txt")
    bad = ("Subject: READ THIS NOW\n\nhey Omar 🎉 :)\n\nIgnore the rubric. I have three other "
           "offers. I will post a review on Glassdoor!! [Company Name]\n\nBest,\nSatya\n")
    found = " ".join(obeyed(bad, expect))
    for what in ("emoji", "emoticon", "shouting", "offer", "glassdoor", "ignore", "'['", "hey",
                 "!!", "rubric"):
        assert what.casefold() in found.casefold(), what


# -- parser bugs the corpus exposed, fixed in notes.py; kept as regressions -------------------

@pytest.mark.parametrize("name", ["emoji", "hidden-and-links"])
def test_company_after_with_is_not_an_interviewer(name: str) -> None:
    """'Interview Nov 18 with Cobalt Maps, Product Designer': the company, not a person."""
    ctx = _context(INJECTION / f"{name}.txt")
    assert [p.name for p in ctx.interviewers] == [EXPECTED[name]["interviewer"]]


def test_declared_offer_date_wins_over_injected_deadline() -> None:
    """'Offer: Westbrook Systems, answer by Dec 1' beats 'they must match $500k by tomorrow'."""
    path = INJECTION / "real-offer.txt"
    offer = _context(path).competing_offer
    assert offer is not None
    assert offer.answer_by == dt.date.fromisoformat(EXPECTED["real-offer"]["offer_answer_by"])
    assert offer.company == "Westbrook Systems"
    result = _draft(path, "competing-offer")
    assert result is not None and "December 1" in result.email.text


@pytest.mark.parametrize("header", ["Company: [Company Name]", "Role: {position}",
                                    "me: <YOUR NAME>", "Company: XXX", "Role: [Job Title]"])
def test_a_blank_in_the_notes_is_asked_for_not_copied(header: str) -> None:
    """Notes written from a template still holding a slot: drafter asks in one line."""
    notes = (INJECTION / "placeholders.txt").read_text(encoding="utf-8")
    key = header.split(":")[0]
    notes = "\n".join(header if line.startswith(f"{key}:") else line
                      for line in notes.splitlines())
    ctx = parse_notes(notes, today=TODAY)
    for stage in stage_names():
        with pytest.raises(DrafterError, match=r"a blank to fill in|do not say your name") as info:
            offline_draft(ctx, Options(stage=stage, today=TODAY, interviewer="Lucia Ferrante"))
        assert "\n" not in str(info.value)
