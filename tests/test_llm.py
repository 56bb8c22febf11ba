"""drafter.llm: replayed real exchanges with the local SmolLM2 server, retries against a fake
litellm (no network), and the import-time guarantees (offline litellm, fast --help)."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from llm_support import (
    LOCAL_API_BASE,
    LOCAL_MODEL,
    ROOT,
    exchanges,
    last_request_body,
    live,
    record_mode,
    use_cassette,
)

from drafter import llm
from drafter.errors import ModelError

THANK_YOU = [
    {"role": "system", "content": "You write short, polite follow-up emails after job "
                                  "interviews. Plain text, no placeholders."},
    {"role": "user", "content": "Write a thank-you email to Priya Natarajan after my interview "
                                "for the Site Reliability Engineer role at Fernwood. We talked "
                                "about how her team runs incident reviews. Sign it Jordan "
                                "Rivera. At most 120 words."},
]
JSON_ASK = [
    {"role": "system", "content": "Reply with one JSON object and nothing else."},
    {"role": "user", "content": "Give a subject line for a thank-you email after an interview "
                                "with Priya about incident reviews, as {\"subject\": \"...\"}."},
]


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Backoff waits, recorded instead of slept (sync and async)."""
    waited: list[float] = []

    async def asleep(seconds: float) -> None:
        waited.append(seconds)

    monkeypatch.setattr(llm, "_sleep", waited.append)
    monkeypatch.setattr(llm, "_asleep", asleep)
    return waited


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """Fail any real connection: replayed tests must be served by the cassette alone."""
    import socket

    attempts: list[Any] = []
    if record_mode() != "none":  # recording: the requests must reach the server
        yield attempts
        return

    def refuse(self: socket.socket, address: Any) -> None:
        attempts.append(address)
        raise OSError(f"test tried to connect to {address}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    yield attempts
    assert attempts == []


# --- replayed from cassettes/ (recorded from the real llama.cpp server) --------------------

def test_plain_completion(no_network: list[Any], monkeypatch: pytest.MonkeyPatch) -> None:
    clock = iter([100.0, 101.25])  # the call's start and end: latency is their difference
    monkeypatch.setattr(llm, "time", SimpleNamespace(perf_counter=lambda: next(clock)))
    with use_cassette("llm_plain.yaml") as cassette:
        got = llm.complete(THANK_YOU, model=LOCAL_MODEL, api_base=LOCAL_API_BASE)
    assert exchanges(cassette) == 1
    assert got.model == LOCAL_MODEL
    assert got.text and got.text == got.text.strip()
    assert got.prompt_tokens > 20 and got.completion_tokens > 0
    assert got.cost is None  # a local model: not in litellm's price map
    assert got.latency_s == 1.25
    sent = last_request_body(cassette)
    assert sent["model"] == "smollm2"  # the provider prefix is litellm's, not the server's
    assert sent["temperature"] == 0.2 and sent["max_tokens"] == 600
    assert "response_format" not in sent


def test_plain_completion_async(no_network: list[Any]) -> None:
    with use_cassette("llm_plain_async.yaml") as cassette:
        got = asyncio.run(llm.acomplete(THANK_YOU, model=LOCAL_MODEL, api_base=LOCAL_API_BASE,
                                        temperature=0.7, max_tokens=300))
    assert exchanges(cassette) == 1
    assert got.text and got.completion_tokens > 0
    sent = last_request_body(cassette)
    assert sent["temperature"] == 0.7 and sent["max_tokens"] == 300


def test_json_mode(no_network: list[Any]) -> None:
    with use_cassette("llm_json_mode.yaml") as cassette:
        got = llm.complete(JSON_ASK, model=LOCAL_MODEL, api_base=LOCAL_API_BASE,
                           json_mode=True, max_tokens=200)
    assert last_request_body(cassette)["response_format"] == {"type": "json_object"}
    # llama.cpp constrains the reply with a JSON grammar: it parses, whatever the model says
    assert isinstance(json.loads(got.text), dict)


def test_prompt_over_context_window_is_not_retried(no_network: list[Any],
                                                     sleeps: list[float]) -> None:
    too_long = [{"role": "user", "content": "word " * 5000}]
    with use_cassette("llm_error_context_window.yaml") as cassette, \
            pytest.raises(ModelError) as caught:
        llm.complete(too_long, model=LOCAL_MODEL, api_base=LOCAL_API_BASE)
    assert exchanges(cassette) == 1 and sleeps == []
    message = str(caught.value)
    assert message.startswith("model openai/smollm2 rejected the request: the prompt does not "
                              "fit its context window (HTTP 400): This model's maximum context "
                              "length is 4096 tokens.")
    assert "\n" not in message
    assert caught.value.exit_code == 1


def test_server_error_is_retried_then_reported(no_network: list[Any],
                                               sleeps: list[float]) -> None:
    # llama-cpp-python's chat template cannot take OpenAI content parts: HTTP 500 every time
    parts = [{"role": "user", "content": [{"type": "text", "text": "Say hello."}]}]
    with use_cassette("llm_error_http500.yaml") as cassette, pytest.raises(ModelError) as caught:
        llm.complete(parts, model=LOCAL_MODEL, api_base=LOCAL_API_BASE, retries=2)
    assert exchanges(cassette) == 3  # first try + 2 retries, each a real recorded 500
    assert str(caught.value) == ('model openai/smollm2 failed with HTTP 500 (2 retries): can only '
                                 'concatenate str (not "list") to str')
    assert len(sleeps) == 2 and 1 <= sleeps[0] <= 1.25 and 2 <= sleeps[1] <= 2.5


def test_a_request_without_a_recording_is_reported_not_retried(no_network: list[Any],
                                                                sleeps: list[float]) -> None:
    if record_mode() != "none":
        pytest.skip("only meaningful when replaying")
    other = [{"role": "user", "content": "A prompt that no cassette holds."}]
    with use_cassette("llm_plain.yaml"), pytest.raises(ModelError) as caught:
        llm.complete(other, model=LOCAL_MODEL, api_base=LOCAL_API_BASE)
    assert str(caught.value).startswith(
        "model openai/smollm2 failed: CannotOverwriteExistingCassetteException: Can't play back "
        "this request")
    assert sleeps == []


@live
def test_live_server_answers() -> None:
    got = llm.complete(THANK_YOU, model=LOCAL_MODEL, api_base=LOCAL_API_BASE, max_tokens=60)
    assert got.text and got.completion_tokens > 0


# --- retries and error messages against a fake litellm (no network) -----------------------

class FakeLitellm:
    """Stands in for litellm.completion / acompletion: plays a script of outcomes."""

    def __init__(self, *outcomes: BaseException | str) -> None:
        self.outcomes = list(outcomes)
        self.calls: list[dict[str, Any]] = []

    def _next(self, kwargs: dict[str, Any]) -> Any:
        import litellm

        self.calls.append(kwargs)
        outcome = self.outcomes.pop(0)
        if isinstance(outcome, BaseException):
            raise outcome
        return litellm.ModelResponse(
            model="fake",
            choices=[{"index": 0, "finish_reason": "stop",
                      "message": {"role": "assistant", "content": outcome}}],
            usage={"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18})

    def completion(self, **kwargs: Any) -> Any:
        return self._next(kwargs)

    async def acompletion(self, **kwargs: Any) -> Any:
        return self._next(kwargs)


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Callable[..., FakeLitellm]:
    import litellm

    def install(*outcomes: BaseException | str) -> FakeLitellm:
        f = FakeLitellm(*outcomes)
        monkeypatch.setattr(litellm, "completion", f.completion)
        monkeypatch.setattr(litellm, "acompletion", f.acompletion)
        return f

    return install


def _errors() -> Any:
    import litellm

    return litellm


def _timeout(model: str = "llama3.2") -> BaseException:
    return _errors().Timeout(message="Request timed out.", model=model,
                             llm_provider="ollama_chat")


def _http500() -> BaseException:
    return _errors().InternalServerError(message="OpenAIException - boom", llm_provider="openai",
                                         model="gpt-4o-mini")


def _rate_limited(retry_after: str) -> BaseException:
    response = httpx.Response(429, headers={"retry-after": retry_after},
                              request=httpx.Request("POST", "https://api.openai.com/v1/x"))
    return _errors().RateLimitError(message="Rate limit reached", llm_provider="openai",
                                    model="gpt-4o-mini", response=response)


MSGS = [{"role": "user", "content": "hi"}]


def test_timeouts_retry_with_backoff_then_one_line(fake: Callable[..., FakeLitellm],
                                                   sleeps: list[float]) -> None:
    f = fake(_timeout(), _timeout(), _timeout())
    with pytest.raises(ModelError) as caught:
        llm.complete(MSGS, model="ollama_chat/llama3.2")
    assert str(caught.value) == "model ollama_chat/llama3.2 timed out after 60 s (2 retries)"
    assert len(f.calls) == 3
    assert 1 <= sleeps[0] <= 1.25 and 2 <= sleeps[1] <= 2.5


def test_backoff_is_capped(fake: Callable[..., FakeLitellm], sleeps: list[float]) -> None:
    fake(*[_http500()] * 7)
    with pytest.raises(ModelError, match=r"failed with HTTP 500 \(6 retries\): boom$"):
        llm.complete(MSGS, model="gpt-4o-mini", retries=6)
    for n, waited in enumerate(sleeps):
        backoff = min(8, 2 ** n)  # 1, 2, 4, 8, 8, 8 plus up to a quarter of jitter
        assert backoff <= waited <= backoff * 1.25


def test_transient_failures_then_success(fake: Callable[..., FakeLitellm],
                                         sleeps: list[float]) -> None:
    f = fake(_http500(), _timeout(), "  Dear Priya,\n\nThank you.  ")
    got = llm.complete(MSGS, model="gpt-4o-mini")
    assert got.text == "Dear Priya,\n\nThank you."
    assert (got.prompt_tokens, got.completion_tokens) == (11, 7)
    assert len(f.calls) == 3 and len(sleeps) == 2


def test_async_retries_the_same_way(fake: Callable[..., FakeLitellm],
                                    sleeps: list[float]) -> None:
    f = fake(_timeout(), "Thanks!")
    got = asyncio.run(llm.acomplete(MSGS, model="ollama_chat/llama3.2", timeout=5))
    assert got.text == "Thanks!" and len(f.calls) == 2 and len(sleeps) == 1
    f = fake(_timeout(), _timeout())
    with pytest.raises(ModelError, match=r"^model ollama_chat/llama3.2 timed out after 5 s "
                                         r"\(1 retry\)$"):
        asyncio.run(llm.acomplete(MSGS, model="ollama_chat/llama3.2", timeout=5, retries=1))


def test_no_retries_when_retries_is_zero(fake: Callable[..., FakeLitellm],
                                         sleeps: list[float]) -> None:
    f = fake(_timeout())
    with pytest.raises(ModelError, match=r"timed out after 60 s \(no retries\)"):
        llm.complete(MSGS, model="ollama_chat/llama3.2", retries=0)
    assert len(f.calls) == 1 and sleeps == []


def test_rate_limit_honours_retry_after(fake: Callable[..., FakeLitellm],
                                        sleeps: list[float]) -> None:
    f = fake(_rate_limited("5"), "ok")
    llm.complete(MSGS, model="gpt-4o-mini")
    assert len(f.calls) == 2 and 5 <= sleeps[0] <= 5.25
    fake(_rate_limited("3"), _rate_limited("3"), _rate_limited("3"))
    with pytest.raises(ModelError, match=r"^model gpt-4o-mini is rate limited \(HTTP 429, "
                                         r"2 retries\); try again later$"):
        llm.complete(MSGS, model="gpt-4o-mini")


def test_rate_limit_with_a_long_retry_after_gives_up_at_once(fake: Callable[..., FakeLitellm],
                                                            sleeps: list[float]) -> None:
    f = fake(_rate_limited("120"))
    with pytest.raises(ModelError, match=r"rate limited \(HTTP 429\) and asks to wait 120 s"):
        llm.complete(MSGS, model="gpt-4o-mini")
    assert len(f.calls) == 1 and sleeps == []


def test_auth_error_names_the_variable_and_never_the_key(
        fake: Callable[..., FakeLitellm], sleeps: list[float],
        monkeypatch: pytest.MonkeyPatch) -> None:
    secret = "sk-proj-abcdefghijklmnop1234567890"
    monkeypatch.setenv("OPENAI_API_KEY", secret)
    f = fake(_errors().AuthenticationError(
        message=f"Incorrect API key provided: {secret}", llm_provider="openai",
        model="gpt-4o-mini"))
    with pytest.raises(ModelError) as caught:
        llm.complete(MSGS, model="gpt-4o-mini")
    assert str(caught.value) == ("model gpt-4o-mini: the key in OPENAI_API_KEY was rejected "
                                 "(HTTP 401); check that it is valid")
    assert len(f.calls) == 1 and sleeps == []


def test_missing_key_is_named(monkeypatch: pytest.MonkeyPatch, sleeps: list[float]) -> None:
    # real litellm, no fake: both fail before any request is sent
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    with pytest.raises(ModelError, match=r"^model gpt-4o-mini needs OPENAI_API_KEY, which is "
                                         r"not set$"):
        llm.complete(MSGS, model="gpt-4o-mini")
    with pytest.raises(ModelError, match=r"^model anthropic/claude-3-5-haiku-latest needs "
                                         r"ANTHROPIC_API_KEY, which is not set$"):
        llm.complete(MSGS, model="anthropic/claude-3-5-haiku-latest")
    assert sleeps == []


def test_bad_request_is_not_retried(fake: Callable[..., FakeLitellm],
                                    sleeps: list[float]) -> None:
    f = fake(_errors().BadRequestError(message="OpenAIException - Unsupported value: "
                                               "'temperature'", model="o1", llm_provider="openai"))
    with pytest.raises(ModelError, match=r"^model o1 rejected the request \(HTTP 400\): "
                                         r"Unsupported value: 'temperature'$"):
        llm.complete(MSGS, model="o1")
    assert len(f.calls) == 1 and sleeps == []


def test_empty_reply(fake: Callable[..., FakeLitellm], sleeps: list[float]) -> None:
    f = fake("   \n ")
    with pytest.raises(ModelError, match=r"^model openai/smollm2 returned an empty reply$"):
        llm.complete(MSGS, model=LOCAL_MODEL, api_base=LOCAL_API_BASE)
    assert len(f.calls) == 1


def test_unreachable_server_is_retried_and_named(sleeps: list[float]) -> None:
    # a real connection to a port nothing listens on (loopback only)
    with pytest.raises(ModelError) as caught:
        llm.complete(MSGS, model=LOCAL_MODEL, api_base="http://127.0.0.1:9/v1", retries=1)
    assert str(caught.value) == ("model openai/smollm2 could not be reached at "
                                 "http://127.0.0.1:9/v1 (1 retry): [Errno 111] Connection "
                                 "refused; is the server running?")
    assert len(sleeps) == 1


def test_unknown_provider_fails_before_any_call(fake: Callable[..., FakeLitellm]) -> None:
    f = fake()
    with pytest.raises(ModelError, match=r"^model gpt5-turbo-ultra: litellm cannot tell which "
                                         r"provider serves it; write it as provider/name"):
        llm.complete(MSGS, model="gpt5-turbo-ultra")
    assert f.calls == []


def test_request_arguments(fake: Callable[..., FakeLitellm],
                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    f = fake("a", "b", "c", "d")
    llm.complete(MSGS, model=LOCAL_MODEL, api_base=LOCAL_API_BASE, json_mode=True,
                 temperature=0.5, max_tokens=50, timeout=9)
    sent = f.calls[0]
    assert sent["api_key"] == llm.DUMMY_API_KEY and sent["api_base"] == LOCAL_API_BASE
    assert sent["response_format"] == {"type": "json_object"}
    assert (sent["temperature"], sent["max_tokens"], sent["timeout"]) == (0.5, 50, 9)
    # litellm's own retries stay off: the SDK's (max_retries) and its wrapper's (num_retries)
    assert sent["num_retries"] == 0 and sent["max_retries"] == 0
    llm.complete(MSGS, model="ollama_chat/llama3.2", api_base="http://127.0.0.1:11434")
    assert "api_key" not in f.calls[1] and "response_format" not in f.calls[1]
    llm.complete(MSGS, model="gpt-4o-mini")
    assert "api_key" not in f.calls[2] and "api_base" not in f.calls[2]
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-a-real-key")
    llm.complete(MSGS, model=LOCAL_MODEL, api_base=LOCAL_API_BASE)
    assert "api_key" not in f.calls[3]  # litellm takes the real one from the environment


def test_detail_masks_keys() -> None:
    exc = RuntimeError("litellm.APIError: APIError: OpenAIException - bad key sk-ant-api03-"
                       "AAAAAAAAAAAAAAAA and more\nsecond line")
    assert llm._detail(exc) == "bad key sk-*** and more"


# --- model_from_env ----------------------------------------------------------------------

@pytest.mark.parametrize(("cli", "env", "config", "expected"), [
    ((None, None), {}, (None, None), (None, None)),
    ((None, None), {"DRAFTER_MODEL": "gpt-4o-mini"}, (None, None), ("gpt-4o-mini", None)),
    (("openai/smollm2", None), {"DRAFTER_MODEL": "gpt-4o-mini"}, (None, None),
     ("openai/smollm2", None)),
    ((None, "http://cli/v1"), {"DRAFTER_MODEL": "openai/x", "DRAFTER_API_BASE": "http://env/v1"},
     (None, None), ("openai/x", "http://cli/v1")),
    ((None, None), {"DRAFTER_MODEL": "openai/x", "DRAFTER_API_BASE": "http://env/v1"},
     (None, None), ("openai/x", "http://env/v1")),
    # the env's api_base belongs to the env's model, not to a different one from the CLI
    (("gpt-4o-mini", None), {"DRAFTER_MODEL": "openai/x", "DRAFTER_API_BASE": "http://env/v1"},
     (None, None), ("gpt-4o-mini", None)),
    # an api_base alone (no model beside it) applies to whichever model is chosen
    (("openai/x", None), {"DRAFTER_API_BASE": "http://env/v1"}, (None, None),
     ("openai/x", "http://env/v1")),
    ((None, None), {"DRAFTER_MODEL": ""}, ("openai/y", "http://cfg/v1"),
     ("openai/y", "http://cfg/v1")),
    ((None, None), {"DRAFTER_MODEL": "openai/z"}, ("openai/y", "http://cfg/v1"),
     ("openai/z", None)),
])
def test_model_from_env(cli: tuple[str | None, str | None], env: dict[str, str],
                        config: tuple[str | None, str | None],
                        expected: tuple[str | None, str | None]) -> None:
    got = llm.model_from_env(*cli, config_model=config[0], config_api_base=config[1],
                             environ=env)
    assert got == expected and (got.model, got.api_base) == expected


def test_model_from_env_reads_os_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAFTER_MODEL", "ollama_chat/llama3.2")
    monkeypatch.setenv("DRAFTER_API_BASE", "http://127.0.0.1:11434")
    assert llm.model_from_env() == ("ollama_chat/llama3.2", "http://127.0.0.1:11434")
    assert llm.model_from_env("gpt-4o-mini").model == "gpt-4o-mini"


# --- import-time guarantees (fresh interpreters) ------------------------------------------

_BLOCK_SOCKETS = """
import socket
attempts = []
def _refuse(*args, **kwargs):
    attempts.append(args[1:] or args)
    raise OSError("network blocked by the test")
socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse
socket.getaddrinfo = _refuse
"""


def _clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in llm.LITELLM_ENV and not k.endswith("_API_KEY")}
    env["PYTHONPATH"] = str(ROOT / "src")
    return env


def test_litellm_imports_offline_without_reading_dotenv(tmp_path: Path) -> None:
    # `python -c` makes python-dotenv look in the cwd: a .env there must not be loaded
    (tmp_path / ".env").write_text("OPENAI_API_KEY=sk-from-a-dotenv-file-0123456789\n")
    code = _BLOCK_SOCKETS + textwrap.dedent("""
        import json, os
        import drafter.llm as llm
        set_at_import = {k: os.environ.get(k) for k in llm.LITELLM_ENV}
        litellm = llm._litellm()
        from litellm.litellm_core_utils.get_model_cost_map import _cost_map_source_info
        print(json.dumps({"env": set_at_import, "attempts": attempts,
                          "cost_map": _cost_map_source_info.source,
                          "suppress": litellm.suppress_debug_info,
                          "dotenv_key": os.environ.get("OPENAI_API_KEY")}))
    """)
    run = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=_clean_env(),
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    got = json.loads(run.stdout.strip().splitlines()[-1])
    assert got["env"] == llm.LITELLM_ENV
    assert got["attempts"] == []  # no DNS lookup, no connection while importing litellm
    assert got["cost_map"] == "local"
    assert got["suppress"] is True
    assert got["dotenv_key"] is None
    assert "LiteLLM" not in run.stderr  # no fetch warnings


def test_env_settings_are_defaults_a_person_can_override() -> None:
    env = _clean_env() | {"LITELLM_MODE": "DEV"}
    run = subprocess.run([sys.executable, "-c", "import os, drafter.llm; "
                          "print(os.environ['LITELLM_MODE'], os.environ['HF_HUB_OFFLINE'])"],
                         env=env, capture_output=True, text=True, timeout=60)
    assert run.stdout.split() == ["DEV", "1"], run.stderr


def test_help_imports_no_model_sdk() -> None:
    run = subprocess.run([sys.executable, "-X", "importtime", "-m", "drafter", "--help"],
                         env=_clean_env(), capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    modules = {line.rsplit("|", 1)[-1].strip() for line in run.stderr.splitlines()
               if line.startswith("import time:")}
    assert "drafter.cli" in modules
    heavy = sorted(m for m in modules
                   if m.split(".")[0] in {"litellm", "openai", "anthropic", "httpx", "aiohttp"})
    assert heavy == []
