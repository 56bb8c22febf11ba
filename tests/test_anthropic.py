"""The Anthropic path: drafter.llm speaking the Messages API, replayed from exchanges recorded
through a real Anthropic-format endpoint (litellm's proxy serving POST /v1/messages in front of
the local SmolLM2 server; scripts/serve_anthropic.sh). Keys are dummies and are filtered."""

from __future__ import annotations

import os
from typing import Any

import pytest
from llm_support import LIVE, exchanges, last_request_body, live, record_mode, use_cassette

from drafter import llm
from drafter.errors import ModelError

MODEL = "anthropic/smollm2"
API_BASE = os.environ.get("DRAFTER_ANTHROPIC_BASE", "http://127.0.0.1:4000")

ASK = [
    {"role": "system", "content": "You write short, polite follow-up emails. Plain text."},
    {"role": "user", "content": "Write two sentences thanking Priya for the interview about "
                                "incident reviews. Sign it Jordan."},
]


@pytest.fixture(autouse=True)
def dummy_key(monkeypatch: pytest.MonkeyPatch) -> None:
    # litellm wants a key for anthropic/ models; the proxy on loopback takes any, and the
    # header is filtered from the cassette
    monkeypatch.setenv("ANTHROPIC_API_KEY", "dummy-not-a-key")


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Replaying, any real connection fails the test: the cassette alone must serve it."""
    if record_mode() != "none" or LIVE:  # recording, or the live check: requests go through
        return
    import socket

    def refuse(self: socket.socket, address: Any) -> None:
        raise OSError(f"test tried to connect to {address}")

    monkeypatch.setattr(socket.socket, "connect", refuse)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    waited: list[float] = []
    monkeypatch.setattr(llm, "_sleep", waited.append)
    return waited


def test_a_messages_request_and_its_reply() -> None:
    with use_cassette("anthropic_plain.yaml") as cassette:
        got = llm.complete(ASK, model=MODEL, api_base=API_BASE, max_tokens=80, timeout=600)
    assert exchanges(cassette) == 1
    request = cassette.requests[-1]
    assert request.path == "/v1/messages"  # the Messages API, not chat completions
    sent = last_request_body(cassette)
    # Anthropic's request shape: the system prompt out of the messages, max_tokens required
    assert sent["max_tokens"] == 80 and sent["model"] == "smollm2"
    system = sent["system"]
    texts = [system] if isinstance(system, str) else [b["text"] for b in system]
    assert "follow-up emails" in " ".join(texts)
    assert [m["role"] for m in sent["messages"]] == ["user"]
    # the reply parsed from Anthropic's message format, with its usage
    assert got.text and got.text == got.text.strip()
    assert got.prompt_tokens > 10 and got.completion_tokens > 0
    # no key in what was recorded
    assert not {h.lower() for h in request.headers} & {"x-api-key", "authorization"}


def test_an_invalid_request_is_reported_with_the_model_and_not_retried(
        sleeps: list[float]) -> None:
    # a model the endpoint does not serve: Anthropic's invalid_request_error, HTTP 400
    wrong = "anthropic/no-such-model"
    with use_cassette("anthropic_error_400.yaml") as cassette, \
            pytest.raises(ModelError) as caught:
        llm.complete(ASK, model=wrong, api_base=API_BASE, max_tokens=20, timeout=600,
                     retries=2)
    assert exchanges(cassette) == 1 and sleeps == []  # a 400 is not retried
    message = str(caught.value)
    assert message.startswith(f"model {wrong} ") and "\n" not in message
    assert "Invalid model name" in message


def test_a_draft_through_the_chain_on_the_messages_api(run_cli) -> None:  # type: ignore[no-untyped-def]
    import json as _json
    from pathlib import Path

    notes = Path(__file__).resolve().parent.parent / "examples" / "notes" / "larkspur.txt"
    with use_cassette("anthropic_chain_larkspur.yaml") as cassette:
        r = run_cli("draft", str(notes), "--model", MODEL, "--api-base", API_BASE,
                    "--timeout", "900", "--format", "json", "--today", "2026-11-18")
    data = _json.loads(r.out)
    assert data["engine"] == "llm" and data["model"] == MODEL
    assert all(req.path == "/v1/messages" for req in cassette.requests)
    # the read of the notes went as Anthropic's forced tool call carrying drafter's schema
    from drafter.model_read import schema

    reads = [_json.loads(req.body) for req in cassette.requests if b'"tools"' in req.body]
    want = schema()["properties"]
    assert reads and all(set(b["tools"][0]["input_schema"]["properties"]) == set(want)
                         and b["tools"][0]["input_schema"]["properties"]["company"]
                         == want["company"] and b["tool_choice"]["type"] == "tool"
                         for b in reads)
    assert not data["trace"]["read"]["status"].startswith("failed"), data["trace"]["read"]
    attempts = data["trace"]["attempts"]
    assert 1 <= len(attempts) <= 3 and data["report"]["score"] == max(a["score"] for a in attempts)
    if len(attempts) > 1:  # a revise round went back through the Messages API, findings quoted
        revise = _json.loads(cassette.requests[-1].body)["messages"][-1]["content"]
        revise_text = revise if isinstance(revise, str) else " ".join(
            b.get("text", "") for b in revise)
        assert "Problems found" in revise_text
    assert r.code == (0 if data["passed"] else 1)
    assert data["email"]["signature"].startswith("Jordan Rivera")


@live
def test_live_endpoint_speaks_the_messages_api() -> None:
    # the anthropic SDK itself checks the endpoint before anything is recorded through it
    import anthropic

    client = anthropic.Anthropic(base_url=API_BASE, api_key="dummy-not-a-key", timeout=600)
    reply = client.messages.create(model="smollm2", max_tokens=30,
                                   system="Be brief.",
                                   messages=[{"role": "user", "content": "Say hello."}])
    assert reply.type == "message" and reply.role == "assistant"
    assert reply.content and reply.content[0].type == "text" and reply.content[0].text
    assert reply.usage.output_tokens > 0
    got = llm.complete(ASK, model=MODEL, api_base=API_BASE, max_tokens=40, timeout=600)
    assert got.text and got.completion_tokens > 0
