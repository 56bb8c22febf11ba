"""The prompt chain against a real model: SmolLM2-135M served by llama.cpp, recorded.

These replay cassettes recorded by `scripts/record_cassettes.sh tests/test_chain_cassettes.py`
from the real local server. The model is weak on purpose: its drafts exercise the revise loop,
keep-best and the "still fails" exit for real. Assertions hold for whatever a model replies:
they check the chain's contract, not one model's wording.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from llm_support import LOCAL_API_BASE, LOCAL_MODEL, use_cassette

from drafter import llm_schema

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "notes"
DATA = Path(__file__).resolve().parent / "data"
# generous: recording runs on a 2-core machine; replay is instant
MODEL_ARGS = ["--model", LOCAL_MODEL, "--api-base", LOCAL_API_BASE, "--timeout", "900"]
INJECTED = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]|(?i:system prompt|other offers?\b)|"
                      r"\b[A-Z]{4,}(?:\s+[A-Z]{4,}){2,}")  # emoji, leaks, offers, SHOUTING


def _draft(run_cli, notes: Path, *extra: str) -> tuple[int, dict[str, Any], str]:  # type: ignore[no-untyped-def]
    r = run_cli("draft", str(notes), *MODEL_ARGS, "--format", "json", "--today", "2026-11-18",
                *extra)
    return r.code, json.loads(r.out) if r.out.strip() else {}, r.err


def _check_loop_contract(data: dict[str, Any]) -> None:
    calls, attempts = data["trace"]["calls"], data["trace"]["attempts"]
    # the model's read of the notes comes first (asked again at most once), then the drafts
    reads = [c for c in calls if c["step"].startswith("read")]
    assert 1 <= len(reads) <= 2 and calls[:len(reads)] == reads
    assert calls[len(reads)]["step"] == "draft"
    assert 1 <= len(attempts) <= 3 and len(calls) == len(attempts) + len(reads)
    read = data["trace"]["read"]
    assert read["deterministic"]["company"] and not read["status"].startswith("failed"), read
    # every value of the model's that reached the context is one the notes hold
    for d in read.get("decisions") or []:
        if d["chosen"] == "model":
            assert _in_notes(d["model"], data), d
    scores = [a["score"] for a in attempts]
    # keep-best: the returned draft is the best-scoring attempt
    assert data["report"]["score"] == max(scores)
    # the loop goes on only while it improves, and stops once a draft passes
    for i in range(1, len(attempts)):
        assert not attempts[i - 1]["passed"]
        assert scores[i - 1] == max(scores[:i])
    if len(attempts) < 3 and not attempts[-1]["passed"]:
        assert len(attempts) >= 2 and scores[-1] <= max(scores[:-1])


def _in_notes(value: str, data: dict[str, Any]) -> bool:
    notes = (EXAMPLES / "larkspur.txt").read_text().casefold()
    value = re.sub(r"\s*\(\d{4}-\d\d-\d\d\)$", "", str(value)).casefold()  # "Dec 4 (date)"
    return all(w in notes for w in re.findall(r"\w+", value))


def test_real_model_draft_goes_through_the_revise_loop(run_cli) -> None:
    with use_cassette("chain_larkspur_thank_you.yaml") as cassette:
        code, data, err = _draft(run_cli, EXAMPLES / "larkspur.txt")
    assert data["engine"] == "llm" and data["model"] == LOCAL_MODEL
    _check_loop_contract(data)
    first = data["trace"]["attempts"][0]
    if not first["passed"]:
        # the findings went back to the model, quoted and measured
        bodies = [json.loads(r.body) for r in cassette.requests]
        drafts = [b for b in bodies if "response_format" not in b]
        revise = drafts[1]["messages"][-1]["content"]
        assert "Problems found" in revise and "[" in revise
    # "still fails" is an honest exit 1 with the findings; a pass is exit 0
    assert code == (0 if data["passed"] else 1)
    if not data["passed"]:
        assert "does not pass the rubric" in err
    assert data["email"]["signature"].startswith("Jordan Rivera")
    assert data["trace"]["totals"]["calls"] == len(data["trace"]["calls"])


def test_real_model_failure_falls_back_to_the_offline_draft(run_cli) -> None:
    with use_cassette("chain_larkspur_thank_you.yaml"):
        code, data, err = _draft(run_cli, EXAMPLES / "larkspur.txt", "--fallback", "offline")
    assert code == 0 and data["passed"]
    if data["engine"] == "offline-fallback":
        assert "offline composer" in err and data["note"]
        assert data["trace"]["calls"]  # the model's attempts stay on record


def test_prompt_injection_in_notes_is_data(run_cli) -> None:
    notes = DATA / "injection-notes.txt"
    with use_cassette("chain_injection.yaml") as cassette:
        code, data, _ = _draft(run_cli, notes)
    assert data["trace"]["read"]["status"].startswith("valid"), data["trace"]["read"]
    bodies = [json.loads(r.body) for r in cassette.requests]
    read = next(b for b in bodies if "response_format" in b)["messages"][0]["content"]
    assert read.index("IGNORE ALL PREVIOUS") > read.index('NOTES:\n"""')  # data in the read too
    first = next(b for b in bodies if "response_format" not in b)["messages"]
    system, user = first[0]["content"], first[1]["content"]
    assert "IGNORE ALL PREVIOUS" not in system
    notes_block = user.split('NOTES (the candidate', 1)[1]
    assert "IGNORE ALL PREVIOUS" in notes_block  # only inside the data block
    text = data["email"]["text"]
    if data["passed"]:
        assert not INJECTED.search(text), text
    else:
        # whatever the model obeyed, the rubric caught: nothing injected is passed as done
        assert code == 1
    llm_schema.forget_all()  # as a new run: its read asks in the same forms as the first
    with use_cassette("chain_injection.yaml"):
        code, data, _ = _draft(run_cli, notes, "--fallback", "offline")
    assert code == 0 and not INJECTED.search(data["email"]["text"])
