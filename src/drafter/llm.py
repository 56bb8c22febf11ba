"""The one module that talks to language models: litellm, imported lazily, behind a small API.

    complete(messages, model=..., ...)        -> Completion      (blocking)
    await acomplete(messages, model=..., ...) -> Completion      (for batch, run concurrently)
    model_from_env(cli_model, cli_api_base)   -> ModelSettings   (--model > DRAFTER_MODEL > config)

Every failure leaves as one `ModelError` line that names the model and the cause. Keys come only
from the environment (litellm reads OPENAI_API_KEY, ANTHROPIC_API_KEY, ... itself); no message
built here ever contains a key.

Retries are done here (tenacity's loop, this module's policy), not by litellm. In litellm
1.106.2 `num_retries` (a) overrides `max_retries`, so the OpenAI SDK retries underneath as
well; (b) on the sync path needs `tenacity` (drafter installs it; litellm does not), and
without it every retryable error becomes a bare
`Exception("tenacity import failed ...")`; (c) on the async path swallows the retry's own error
and re-raises the first one; (d) retries 400/401 as well and, for sync calls, without any wait.
So each call goes out with `num_retries=0, max_retries=0` (exactly one HTTP request) and this
module retries timeouts, 408/409/429, 5xx and connection errors with exponential backoff,
honouring Retry-After. One async implementation serves both calls: `complete` runs it with a
blocking request and blocking waits, stepped to its end without an event loop.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import random
import time
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any, NamedTuple

from drafter import llm_schema
from drafter.errors import ModelError
from drafter.llm_failures import (
    _auth_message,
    _classify,
    _detail,
    _one_line,
    _provider,
    _retry_after,
    _root,
    _transport_detail,
    _unreadable_message,
)

# Set before litellm is first imported (setdefault: a person's own setting wins). Each was
# checked in litellm 1.106.2's source and by importing it with sockets blocked:
LITELLM_ENV: dict[str, str] = {
    # litellm/__init__ fetches model_prices_and_context_window.json from GitHub (then retries in a
    # background thread) unless this is "true": use the price map bundled in the wheel.
    "LITELLM_LOCAL_MODEL_COST_MAP": "True",
    # anthropic_beta_headers_manager: bundled beta-header config instead of a GitHub fetch.
    "LITELLM_LOCAL_ANTHROPIC_BETA_HEADERS": "True",
    # huggingface_hub: never download tokenizers (litellm's token counter fetches some).
    "HF_HUB_OFFLINE": "1",
    # litellm/__init__ runs dotenv.load_dotenv() when LITELLM_MODE is DEV (its default), which
    # loads a .env found above litellm's install dir or (REPL, -c, debugger) the cwd.
    "LITELLM_MODE": "PRODUCTION",
    # litellm logs warnings to stderr, such as "LoggingWorker: event loop changed ..." when calls
    # come from a later asyncio.run() (batch's rework round, drafter run twice in one process):
    # drafter reports failures itself, in one line
    "LITELLM_LOG": "ERROR",
}

#: Sent as the key to an OpenAI-compatible local server (llama.cpp, vLLM, LM Studio) when
#: OPENAI_API_KEY is unset: the OpenAI SDK refuses to build a client without one.
DUMMY_API_KEY = "sk-no-key-required"

BACKOFF_FIRST_S = 1.0  # first wait; doubles per retry
BACKOFF_MAX_S = 8.0
RETRY_AFTER_MAX_S = 60.0  # a Retry-After longer than this: give up now and say so

# test seams: replaced in tests so backoff costs no time
_sleep = time.sleep
_asleep = asyncio.sleep


@dataclass(frozen=True)
class Completion:
    """One model reply. `latency_s` is wall-clock for the call, retries included."""

    text: str
    model: str
    prompt_tokens: int
    completion_tokens: int
    cost: float | None  # USD, when litellm's bundled price map knows the model
    latency_s: float


class ModelSettings(NamedTuple):
    model: str | None  # None: no model configured (drafter uses its offline composer)
    api_base: str | None


def model_from_env(
    cli_model: str | None = None,
    cli_api_base: str | None = None,
    *,
    config_model: str | None = None,
    config_api_base: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> ModelSettings:
    """Which model and endpoint to use: `--model` beats DRAFTER_MODEL beats the config file;
    `--api-base` beats DRAFTER_API_BASE beats the config file.

    An api_base from the environment or config only applies to the model it was set up with:
    it is skipped when that same layer names a different model than the one chosen (so
    `--model gpt-4o-mini` does not get sent to a local server configured for another model).
    Empty values count as unset.
    """
    env = os.environ if environ is None else environ
    env_model = env.get("DRAFTER_MODEL") or None
    env_base = env.get("DRAFTER_API_BASE") or None
    model = cli_model or env_model or config_model or None
    api_base = cli_api_base or None
    for layer_model, layer_base in ((env_model, env_base), (config_model or None,
                                                            config_api_base or None)):
        if api_base is None and layer_base and layer_model in (None, model):
            api_base = layer_base
    return ModelSettings(model, api_base)


def _set_litellm_env() -> None:
    for name, value in LITELLM_ENV.items():
        os.environ.setdefault(name, value)


# at import too, so that litellm stays offline even when something imports it after this
# module and before the first call
_set_litellm_env()


def _litellm() -> ModuleType:
    _set_litellm_env()
    import litellm

    litellm.suppress_debug_info = True  # no "Give Feedback / Get Help" banner on errors
    litellm.disable_hf_tokenizer_download = True  # count tokens with the bundled tiktoken
    if os.environ.get("LITELLM_LOG") == LITELLM_ENV["LITELLM_LOG"]:
        # also when litellm was imported before this module set LITELLM_LOG
        for name in ("LiteLLM", "LiteLLM Router", "LiteLLM Proxy"):
            logger = logging.getLogger(name)
            logger.setLevel(max(logger.level, logging.ERROR))
    return litellm


def _request(litellm: ModuleType, messages: list[dict[str, Any]], *, model: str,
             api_base: str | None, temperature: float, max_tokens: int, timeout: float,
             json_mode: bool, schema: dict[str, Any] | None = None,
             form: llm_schema.Form = "json_schema") -> dict[str, Any]:
    provider = _provider(litellm, model, api_base)
    kwargs: dict[str, Any] = {
        "model": model,
        "messages": messages,
        "temperature": temperature,
        "max_tokens": max_tokens,
        "timeout": timeout,
        # one HTTP request per call: the retry loop below owns retries (see module docstring)
        "num_retries": 0,
        "max_retries": 0,
    }
    if api_base:
        kwargs["api_base"] = api_base
        if provider == "openai" and not os.environ.get("OPENAI_API_KEY"):
            kwargs["api_key"] = DUMMY_API_KEY
    if schema is not None:
        kwargs["response_format"] = llm_schema.response_format(form, schema)
    elif json_mode:
        kwargs["response_format"] = {"type": "json_object"}
    return kwargs


def complete(
    messages: list[dict[str, Any]],
    *,
    model: str,
    api_base: str | None = None,
    temperature: float = 0.2,
    max_tokens: int = 600,
    timeout: float = 60,
    retries: int = 2,
    json_mode: bool = False,
    schema: dict[str, Any] | None = None,
) -> Completion:
    """Ask `model` for one reply to `messages`; raise ModelError (one line) when it fails.

    With `schema` (a JSON schema), the reply is asked for as structured output in the form the
    server takes (see drafter.llm_schema)."""
    litellm = _litellm()

    async def send(**kwargs: Any) -> Any:
        return litellm.completion(**kwargs)

    async def sleep(seconds: float) -> None:
        _sleep(float(seconds))

    return _blocking(_call(litellm, messages, send, sleep, model=model, api_base=api_base,
                           temperature=temperature, max_tokens=max_tokens, timeout=timeout,
                           retries=retries, json_mode=json_mode, schema=schema))


async def acomplete(
    messages: list[dict[str, Any]],
    *,
    model: str,
    api_base: str | None = None,
    temperature: float = 0.2,
    max_tokens: int = 600,
    timeout: float = 60,
    retries: int = 2,
    json_mode: bool = False,
    schema: dict[str, Any] | None = None,
) -> Completion:
    """`complete` for asyncio: the same arguments, retries and errors."""
    litellm = _litellm()

    async def send(**kwargs: Any) -> Any:
        return await litellm.acompletion(**kwargs)

    async def sleep(seconds: float) -> None:
        await _asleep(float(seconds))

    return await _call(litellm, messages, send, sleep, model=model, api_base=api_base,
                       temperature=temperature, max_tokens=max_tokens, timeout=timeout,
                       retries=retries, json_mode=json_mode, schema=schema)


def _blocking(call: Coroutine[Any, Any, Completion]) -> Completion:
    """Run `_call` for `complete`: its request and its waits block and never suspend, so the
    coroutine finishes on its first step, with no event loop (complete() also works inside
    code that has one running)."""
    try:
        call.send(None)
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]
    call.close()
    raise RuntimeError("a blocking model call suspended")  # a bug here, never the server's


async def _call(litellm: ModuleType, messages: list[dict[str, Any]],
                send: Callable[..., Awaitable[Any]], sleep: Callable[[float], Awaitable[None]],
                *, model: str, api_base: str | None, temperature: float, max_tokens: int,
                timeout: float, retries: int, json_mode: bool,
                schema: dict[str, Any] | None) -> Completion:
    """The one implementation of a call: `send` makes one HTTP request, tenacity runs the
    attempts, and _after_failure decides each wait (exponential backoff, Retry-After) or ends
    the call with its ModelError."""
    import tenacity

    form = llm_schema.form_for(model, api_base)
    kwargs = _request(litellm, messages, model=model, api_base=api_base,
                      temperature=temperature, max_tokens=max_tokens, timeout=timeout,
                      json_mode=json_mode, schema=schema, form=form)

    async def attempt() -> Any:
        nonlocal form
        while True:
            try:
                return await send(**kwargs)
            except Exception as exc:
                if schema is not None and (lower := llm_schema.step_down(form, exc)):
                    form = lower  # the server refused this way of asking for JSON: not a retry
                    kwargs["response_format"] = llm_schema.response_format(form, schema)
                    continue
                raise

    def wait(state: tenacity.RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        assert exc is not None  # retry= lets only a failed attempt through
        return _after_failure(litellm, exc, model, api_base, timeout, state.attempt_number - 1,
                              retries)

    started = time.perf_counter()
    policy = tenacity.AsyncRetrying(retry=tenacity.retry_if_exception_type(Exception),
                                    wait=wait, stop=tenacity.stop_never, sleep=sleep,
                                    reraise=True)
    response = await policy(attempt)
    if schema is not None:
        llm_schema.remember(model, api_base, form)
    return _completion(litellm, response, model, time.perf_counter() - started)


def _completion(litellm: ModuleType, response: Any, model: str, latency: float) -> Completion:
    choices = getattr(response, "choices", None) or []
    message = getattr(choices[0], "message", None) if choices else None
    text = (getattr(message, "content", None) or "").strip()
    if not text:
        # OpenAI's field for a declined request (litellm 1.106 keeps it among the
        # provider-specific fields)
        extra = getattr(message, "provider_specific_fields", None) or {}
        refusal = getattr(message, "refusal", None) or (
            extra.get("refusal") if isinstance(extra, dict) else None)
        if isinstance(refusal, str) and refusal.strip():
            raise ModelError(f"model {model} declined to answer: {_one_line(refusal)}")
        raise ModelError(f"model {model} returned an empty reply")
    usage = getattr(response, "usage", None)
    try:
        cost: float | None = float(litellm.completion_cost(completion_response=response))
    except Exception:  # litellm raises for models its price map does not know
        cost = None
    return Completion(
        text=text,
        model=model,
        prompt_tokens=int(getattr(usage, "prompt_tokens", 0) or 0),
        completion_tokens=int(getattr(usage, "completion_tokens", 0) or 0),
        cost=cost,
        latency_s=round(latency, 3),
    )


# --- failures ------------------------------------------------------------------------------

# failures after which the service itself is unusable for now (ModelError.unusable); a
# request-specific one (too long for the context, a rejected parameter) leaves it usable
_UNUSABLE = frozenset({"timeout", "rate_limit", "connection", "dropped", "server", "unreadable",
                       "auth", "not_found"})


def _after_failure(litellm: ModuleType, exc: BaseException, model: str, api_base: str | None,
                   timeout: float, attempt: int, retries: int) -> float:
    """Seconds to wait before the next attempt, or raise the ModelError that ends the call."""
    kind, status = _classify(litellm, exc)
    try:
        return _wait_or_fail(litellm, exc, kind, status, model, api_base, timeout, attempt,
                             retries)
    except ModelError as err:
        err.unusable = kind in _UNUSABLE
        raise


def _wait_or_fail(litellm: ModuleType, exc: BaseException, kind: str, status: int | None,
                  model: str, api_base: str | None, timeout: float, attempt: int,
                  retries: int) -> float:
    detail = _detail(exc)
    if kind in ("timeout", "rate_limit", "connection", "dropped", "server", "unreadable"):
        wait = _retry_after(exc) if kind == "rate_limit" else None
        if wait is not None and wait > RETRY_AFTER_MAX_S:
            raise ModelError(f"model {model} is rate limited (HTTP 429) and asks to wait "
                             f"{wait:.0f} s; try again later") from None
        if attempt < retries:
            backoff = min(BACKOFF_MAX_S, BACKOFF_FIRST_S * 2 ** attempt)
            return max(wait or 0.0, backoff) + random.uniform(0, backoff / 4)
        done = _retries(attempt)
        if kind == "timeout":
            raise ModelError(f"model {model} timed out after {timeout:g} s ({done})") from None
        if kind == "rate_limit":
            raise ModelError(f"model {model} is rate limited (HTTP 429, {done}); "
                             "try again later") from None
        where = f" at {api_base}" if api_base else ""
        if kind == "connection":
            hint = "; is the server running?" if api_base or model.startswith("ollama") else ""
            raise ModelError(f"model {model} could not be reached{where} ({done}): "
                             f"{detail}{hint}") from None
        if kind == "dropped":
            raise ModelError(f"model {model}: the server{where} closed the connection before "
                             f"the reply was complete ({done}): {_transport_detail(exc)}"
                             ) from None
        if kind == "unreadable":
            raise ModelError(_unreadable_message(exc, model, where, done)) from None
        raise ModelError(f"model {model} failed with HTTP {status} ({done}): {detail}") from None
    if kind == "auth":
        raise ModelError(_auth_message(litellm, model, api_base, status)) from None
    if kind == "context":
        raise ModelError(f"model {model} rejected the request: the prompt does not fit its "
                         f"context window (HTTP {status}): {detail}") from None
    if kind == "not_found":
        raise ModelError(f"model {model} was not found (HTTP 404): {detail}") from None
    if kind == "rejected":
        raise ModelError(f"model {model} rejected the request (HTTP {status}): {detail}") from None
    raise ModelError(f"model {model} failed: {type(_root(exc)).__name__}: {detail}") from None


def _retries(n: int) -> str:
    return "no retries" if n == 0 else "1 retry" if n == 1 else f"{n} retries"


def json_in(reply: str) -> Any:
    """The JSON object in a model's reply (models wrap it in prose or fences); ValueError when
    there is none."""
    start, end = reply.find("{"), reply.rfind("}")
    if start < 0 or end <= start:
        raise ValueError("no JSON object in the reply")
    # strict=False: a raw line break inside a string is what small models write most often
    return json.loads(reply[start:end + 1], strict=False)
