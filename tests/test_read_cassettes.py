"""The model's structured read of the notes against the real local server (SmolLM2-135M behind
llama-cpp-python), recorded by `scripts/record_cassettes.sh tests/test_read_cassettes.py`.

Recorded: OpenAI's `json_schema` form refused by that server (HTTP 500) and the request sent
again in its own `json_object` + schema form; a reply cut off at the token limit, which fails
validation, is re-asked once with the error, then dropped. Then a recorded reply with an
invented person and company put into it: neither reaches the draft.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from llm_support import (
    CASSETTES,
    LOCAL_API_BASE,
    LOCAL_MODEL,
    exchanges,
    make_vcr,
    use_cassette,
)

from drafter import llm, llm_schema, model_read
from drafter.chain import run_chain
from drafter.drafting import Options
from drafter.notes import parse_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = (ROOT / "examples" / "notes" / "larkspur.txt").read_text()
TODAY = dt.date(2026, 11, 18)


def _call(trace: list[str]) -> model_read.Call:
    async def call(messages: list[dict[str, str]], step: str, schema: dict[str, Any]) -> str:
        trace.append(step)
        done = await llm.acomplete(messages, model=LOCAL_MODEL, api_base=LOCAL_API_BASE,
                                   schema=schema, max_tokens=model_read.MAX_TOKENS,
                                   timeout=900)
        return done.text
    return call


def test_the_read_is_structured_output_in_the_form_the_server_takes() -> None:
    steps: list[str] = []
    with use_cassette("read_structured.yaml") as cassette:
        read, status = asyncio.run(model_read.read_notes(NOTES, "thank-you", TODAY,
                                                         _call(steps)))
    bodies = [json.loads(r.body) for r in cassette.requests]
    # one refused request, then the read (asked again once if the first reply did not validate)
    assert exchanges(cassette) == 1 + len(steps) and steps in (["read"],
                                                                ["read", "read (re-asked)"])
    # OpenAI's form first; llama-cpp-python's server refuses it, so its own form follows
    assert bodies[0]["response_format"]["type"] == "json_schema"
    assert bodies[1]["response_format"] == {"type": "json_object",
                                            "schema": model_read.schema()}
    assert llm_schema.form_for(LOCAL_MODEL, LOCAL_API_BASE) == "json_object+schema"
    assert status == ("valid" if len(steps) == 1 else "valid when re-asked")
    assert isinstance(read, model_read.ModelRead)


def test_a_reply_cut_off_is_reasked_once_then_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(model_read, "MAX_TOKENS", 12)  # the JSON cannot close in 12 tokens
    steps: list[str] = []
    llm_schema.remember(LOCAL_MODEL, LOCAL_API_BASE, "json_object+schema")
    with use_cassette("read_cut_short.yaml") as cassette:
        read, status = asyncio.run(model_read.read_notes(NOTES, "thank-you", TODAY,
                                                         _call(steps)))
    assert exchanges(cassette) == 2 and steps == ["read", "read (re-asked)"]
    second = json.loads(cassette.requests[1].body)["messages"][0]["content"]
    assert "Your previous answer could not be used: no JSON object in the reply" in second
    assert read is None and status.startswith("invalid twice")


def _recorded_read(cassette: str) -> str:
    """The read SmolLM2 gave in `cassette`, as it came back (the model does not give the same
    reply twice, so the chain's own recording is the one its drafts follow from)."""
    data = yaml.safe_load((CASSETTES / cassette).read_text())
    replies = [json.loads(i["response"]["body"]["string"])["choices"][0]["message"]["content"]
               for i in data["interactions"] if i["response"]["status"]["code"] == 200
               and "response_format" in json.loads(i["request"]["body"])]
    return str(next(r for r in reversed(replies) if _valid(r)))


def _valid(reply: str) -> bool:
    try:
        model_read.parse_reply(reply)
    except ValueError:
        return False
    return True


def test_an_invented_name_in_a_recorded_reply_never_reaches_the_draft(
        monkeypatch: pytest.MonkeyPatch) -> None:
    got = json.loads(_recorded_read("chain_larkspur_thank_you.yaml"))
    got["company"] = "Globex Corporation"
    got["write_to"] = "Ravi Patel"
    got["people"] = [*got.get("people", []),
                     {"name": "Ravi Patel", "title": "CTO", "part": "interviewer",
                      "topics": ["quantum blockchain synergy"]}]
    real = llm.acomplete
    asked: list[list[dict[str, Any]]] = []

    async def with_injected_read(messages: list[dict[str, Any]], **kw: Any) -> llm.Completion:
        if kw.get("schema") is not None:  # the read: the recorded reply, tampered with
            return llm.Completion(json.dumps(got), kw["model"], 0, 0, None, 0.0)
        asked.append(messages)
        return await real(messages, **kw)  # the drafts: replayed from the chain's recording

    monkeypatch.setattr(llm, "acomplete", with_injected_read)
    ctx = parse_notes(NOTES, today=TODAY)
    opts = Options(stage="thank-you", model=LOCAL_MODEL, api_base=LOCAL_API_BASE, today=TODAY,
                   timeout=900)
    # replay only, also while recording: this test must not rewrite the chain's recording
    with make_vcr("none").use_cassette("chain_larkspur_thank_you.yaml"):
        result = run_chain(ctx, opts)
    decisions = {d["field"]: d for d in result.trace["read"]["decisions"]}
    assert decisions["company"]["chosen"] == "deterministic"
    assert decisions["person:Ravi Patel"]["chosen"] == "neither"
    assert "recipient" not in result.trace["read"]  # no one the notes lack is written to
    prompts = json.dumps(asked)
    assert "Ravi" not in prompts and "Globex" not in prompts and "quantum" not in prompts
    assert "Ravi" not in result.email.text and "Globex" not in result.email.text
    assert result.email.to_name == "Priya Shah"
