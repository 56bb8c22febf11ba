"""Anthropic-shaped errors on the Messages API path, through the fault proxy: a 529
`overloaded_error` is retried like a 503, a 429 `rate_limit_error` waits its `retry-after`, a 400
`invalid_request_error` is reported at once. The replies that get through are the real one
recorded from the Anthropic-format endpoint (cassettes/anthropic_plain.yaml)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from llm_support import CASSETTES

from drafter import llm
from drafter.errors import ModelError

from .faultproxy import FaultProxy, Replay, always, first, status

MODEL = "anthropic/smollm2"
ASK = [{"role": "system", "content": "You write short, polite follow-up emails. Plain text."},
       {"role": "user", "content": "Write two sentences thanking Priya. Sign it Jordan."}]


@pytest.fixture(autouse=True)
def dummy_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", "dummy-not-a-key")


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    waited: list[float] = []
    monkeypatch.setattr(llm, "_sleep", waited.append)
    yield waited


def _call(proxy: FaultProxy, retries: int = 2) -> llm.Completion:
    return llm.complete(ASK, model=MODEL, api_base=f"http://127.0.0.1:{proxy.port}",
                        max_tokens=80, timeout=10, retries=retries)


def test_overloaded_529_is_retried_then_the_reply_arrives(sleeps: list[float]) -> None:
    with FaultProxy(Replay(CASSETTES / "anthropic_plain.yaml"), first(1, status(529))) as proxy:
        got = _call(proxy)
    assert got.text and len(proxy.seen) == 2 and len(sleeps) == 1
    assert all(s.path == "/v1/messages" for s in proxy.seen)


def test_overloaded_529_every_time_names_the_model_and_the_status(sleeps: list[float]) -> None:
    with FaultProxy(Replay(CASSETTES / "anthropic_plain.yaml"), always(status(529))) as proxy, \
            pytest.raises(ModelError) as caught:
        _call(proxy)
    assert len(proxy.seen) == 3 and len(sleeps) == 2
    message = str(caught.value)
    assert message.startswith(f"model {MODEL} ") and "529" in message and "\n" not in message


def test_rate_limit_429_waits_as_long_as_retry_after_says(sleeps: list[float]) -> None:
    plan = first(1, status(429, retry_after="3"))
    with FaultProxy(Replay(CASSETTES / "anthropic_plain.yaml"), plan) as proxy:
        got = _call(proxy)
    assert got.text and len(sleeps) == 1 and sleeps[0] >= 3


def test_invalid_request_400_is_not_retried(sleeps: list[float]) -> None:
    with FaultProxy(Replay(CASSETTES / "anthropic_plain.yaml"), always(status(400))) as proxy, \
            pytest.raises(ModelError) as caught:
        _call(proxy)
    assert len(proxy.seen) == 1 and sleeps == []
    assert str(caught.value).startswith(f"model {MODEL} rejected the request (HTTP 400)")
