"""The one module that talks to language models: litellm, imported lazily, behind a small API.

    complete(messages, model=..., ...)        -> Completion      (blocking)
    await acomplete(messages, model=..., ...) -> Completion      (for batch, run concurrently)
    model_from_env(cli_model, cli_api_base)   -> ModelSettings   (--model > DRAFTER_MODEL > config)

Every failure leaves as one `ModelError` line that names the model and the cause. Keys come only
from the environment (litellm reads OPENAI_API_KEY, ANTHROPIC_API_KEY, ... itself); no message
built here ever contains a key.

Retries are done here, not by litellm. In litellm 1.106.2 `num_retries` (a) overrides
`max_retries`, so the OpenAI SDK retries underneath as well; (b) on the sync path needs
`tenacity`, which litellm does not install: without it every retryable error becomes a bare
`Exception("tenacity import failed ...")`; (c) on the async path swallows the retry's own error
and re-raises the first one; (d) retries 400/401 as well and, for sync calls, without any wait.
So each call goes out with `num_retries=0, max_retries=0` (exactly one HTTP request) and this
module retries timeouts, 408/409/429, 5xx and connection errors with exponential backoff,
honouring Retry-After.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import os
import random
import re
import socket
import time
from collections.abc import Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any, NamedTuple

from drafter.errors import ModelError

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

# the usual key variable per provider, for "the key in X was rejected" (missing keys come from
# litellm.validate_environment, which knows every provider)
_KEY_VARS = {
    "openai": "OPENAI_API_KEY",
    "anthropic": "ANTHROPIC_API_KEY",
    "gemini": "GEMINI_API_KEY",
    "groq": "GROQ_API_KEY",
    "mistral": "MISTRAL_API_KEY",
    "openrouter": "OPENROUTER_API_KEY",
    "deepseek": "DEEPSEEK_API_KEY",
    "together_ai": "TOGETHERAI_API_KEY",
    "azure": "AZURE_API_KEY",
}

_MISSING_KEY = re.compile(
    r"missing credentials|missing [\w ]{0,30}api[ _]key|api[ _]key[\w ]{0,30}(?:not set|missing|"
    r"required)|no api[ _]key", re.IGNORECASE)
# packages whose exceptions only wrap the real cause
_WRAPPERS = {"litellm", "openai", "httpx", "httpcore", "aiohttp", "anthropic"}
_KEYLIKE = re.compile(r"\b(?:sk|pk|rk|key)-[A-Za-z0-9_\-*.]{6,}")
# litellm 1.106's words for a 2xx reply it could not read (an HTML page, plain text); it reports
# that, and a body that is not valid JSON, as HTTP 500 although the server sent no such status
_UNREADABLE = re.compile(r"invalid response from LLM endpoint", re.IGNORECASE)
_HTML = re.compile(r"<(?:!doctype\s+html|html)\b", re.IGNORECASE)
_TITLE = re.compile(r"<title>\s*([^<]{1,80}?)\s*</title>", re.IGNORECASE)

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


def _provider(litellm: ModuleType, model: str, api_base: str | None) -> str:
    try:
        return str(litellm.get_llm_provider(model=model, api_base=api_base)[1])
    except Exception:
        raise ModelError(
            f"model {model}: litellm cannot tell which provider serves it; write it as "
            "provider/name, e.g. openai/gpt-4o-mini, anthropic/claude-3-5-haiku-latest or "
            "ollama_chat/llama3.2") from None


def _request(litellm: ModuleType, messages: list[dict[str, Any]], *, model: str,
             api_base: str | None, temperature: float, max_tokens: int, timeout: float,
             json_mode: bool) -> dict[str, Any]:
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
    if json_mode:
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
) -> Completion:
    """Ask `model` for one reply to `messages`; raise ModelError (one line) when it fails."""
    litellm = _litellm()
    kwargs = _request(litellm, messages, model=model, api_base=api_base,
                      temperature=temperature, max_tokens=max_tokens, timeout=timeout,
                      json_mode=json_mode)
    started = time.perf_counter()
    attempt = 0
    while True:
        try:
            response = litellm.completion(**kwargs)
        except Exception as exc:
            _sleep(_after_failure(litellm, exc, model, api_base, timeout, attempt, retries))
            attempt += 1
            continue
        return _completion(litellm, response, model, time.perf_counter() - started)


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
) -> Completion:
    """`complete` for asyncio: the same arguments, retries and errors."""
    litellm = _litellm()
    kwargs = _request(litellm, messages, model=model, api_base=api_base,
                      temperature=temperature, max_tokens=max_tokens, timeout=timeout,
                      json_mode=json_mode)
    started = time.perf_counter()
    attempt = 0
    while True:
        try:
            response = await litellm.acompletion(**kwargs)
        except Exception as exc:
            await _asleep(_after_failure(litellm, exc, model, api_base, timeout, attempt,
                                         retries))
            attempt += 1
            continue
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

def _after_failure(litellm: ModuleType, exc: BaseException, model: str, api_base: str | None,
                   timeout: float, attempt: int, retries: int) -> float:
    """Seconds to wait before the next attempt, or raise the ModelError that ends the call."""
    kind, status = _classify(litellm, exc)
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


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    cur: BaseException | None = exc
    while cur is not None and all(cur is not s for s in seen):
        seen.append(cur)
        cur = cur.__cause__ or cur.__context__
    return seen


_ANTHROPIC_TYPE = re.compile(r'"error":\s*\{\s*"type":\s*"(\w+_error)"')
_ANTHROPIC_STATUS = {"overloaded_error": 529, "rate_limit_error": 429, "api_error": 500,
                     "invalid_request_error": 400, "authentication_error": 401,
                     "permission_error": 403, "not_found_error": 404,
                     "request_too_large": 413}


def _classify(litellm: ModuleType, exc: BaseException) -> tuple[str, int | None]:
    import httpx
    import openai  # litellm's exceptions subclass the OpenAI SDK's

    status = getattr(exc, "status_code", None)
    status = status if isinstance(status, int) else None
    # litellm reports an Anthropic error it has no class for as HTTP 500; the error body's
    # type says what it was ({"type": "error", "error": {"type": "overloaded_error", ...}})
    if (m := _ANTHROPIC_TYPE.search(str(exc))) and status in (None, 500):
        status = _ANTHROPIC_STATUS.get(m.group(1), status)
    if isinstance(exc, openai.APITimeoutError):
        return "timeout", status
    if isinstance(exc, openai.RateLimitError) or status == 429:
        return "rate_limit", 429
    if isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError) or status in (
            401, 403):
        return "auth", status
    # a missing key is caught before any request, and litellm reports it as HTTP 500 (openai)
    # or as a connection error (gemini): recognise it by its words, never retry it
    if _MISSING_KEY.search(" ".join(str(link) for link in _chain(exc))):
        return "auth", None
    if isinstance(exc, litellm.ContextWindowExceededError):
        return "context", status
    # litellm reports a refused connection or a failed DNS lookup as HTTP 500 "Connection
    # error."; the cause chain holds the SDK's APIConnectionError and the transport's error
    chain = _chain(exc)
    if any(isinstance(link, httpx.TimeoutException | TimeoutError) for link in chain):
        return "timeout", status
    # the server was reached, then the connection broke off (server killed mid-reply, or it
    # hung up without replying): retried like any connection error, but not "unreachable"
    if any(isinstance(link, httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError
                      | ConnectionResetError | BrokenPipeError) for link in chain) and not any(
            isinstance(link, httpx.ConnectError | ConnectionRefusedError | socket.gaierror)
            for link in chain):
        return "dropped", None
    if any(isinstance(link, httpx.TransportError | ConnectionError | socket.gaierror)
           for link in chain):
        return "connection", None
    if isinstance(chain[-1], openai.APIConnectionError):  # no cause recorded: trust the SDK
        return "connection", None
    if any(isinstance(link, openai.APIConnectionError) for link in chain):
        # the client failed for a reason other than the network (a test's cassette with no
        # matching recording, a bug): report the cause itself, and do not retry it
        return "other", None
    # a reply came back but could not be read (cut short, not JSON): litellm calls it HTTP 500,
    # though no HTTP error status was received. Retried as a server fault; named as what it is
    # (litellm's exceptions subclass the SDK's APIStatusError: only the SDK's own, or httpx's,
    # show that an HTTP error status really arrived)
    if not any(isinstance(link, httpx.HTTPStatusError) or (
            isinstance(link, openai.APIStatusError) and type(link).__module__.startswith("openai"))
               for link in chain) and (any(isinstance(link, json.JSONDecodeError) for link in chain)
                                       or _UNREADABLE.search(str(exc))):
        return "unreadable", None
    if isinstance(exc, openai.NotFoundError) or status == 404:
        return "not_found", 404
    if status is not None and (status >= 500 or status in (408, 409)):
        return "server", status
    if status is not None and 400 <= status < 500:
        return "rejected", status
    return "other", status


def _root(exc: BaseException) -> BaseException:
    """The first cause that is not one of litellm's or the SDK's wrappers."""
    for link in reversed(_chain(exc)):
        if isinstance(link, OSError) or type(link).__module__.split(".")[0] not in _WRAPPERS:
            return link
    return exc


def _detail(exc: BaseException) -> str:
    """The cause in a few words: litellm's class-name prefixes off, first line, keys masked."""
    root = _root(exc)
    text = str(root) if root is not exc else str(getattr(exc, "message", None) or exc)
    for _ in range(4):
        text = re.sub(r"^\s*(?:litellm\.\w+:|\w+(?:Error|Exception)\s*[:-])\s*", "", text)
    body = text.strip()
    if body.startswith("{"):
        try:
            parsed = json.loads(body)
            body = str(parsed.get("error", {}).get("message") or parsed.get("error") or body)
        except (ValueError, AttributeError):
            pass
    line = next((ln.strip() for ln in body.splitlines() if ln.strip()), "no details")
    line = _KEYLIKE.sub("sk-***", line)
    return line if len(line) <= 200 else line[:197] + "..."


def json_in(reply: str) -> Any:
    """The JSON object in a model's reply (models wrap it in prose or fences); ValueError when
    there is none."""
    start, end = reply.find("{"), reply.rfind("}")
    if start < 0 or end <= start:
        raise ValueError("no JSON object in the reply")
    return json.loads(reply[start:end + 1])


def _one_line(text: str, limit: int = 200) -> str:
    line = " ".join(text.split())
    line = _KEYLIKE.sub("sk-***", line)
    return line if len(line) <= limit else line[:limit - 3] + "..."


def _transport_detail(exc: BaseException) -> str:
    """What the transport said about a broken connection: the deepest link with any words
    (litellm and the SDK only say "Connection error.")."""
    for link in reversed(_chain(exc)):
        text = re.sub(r"^\s*\d{3}, message:", "", str(link))  # aiohttp's HttpProcessingError
        if text.strip():
            return _one_line(text)
    return "no details"


def _unreadable_message(exc: BaseException, model: str, where: str, done: str) -> str:
    text = " ".join(str(link) for link in _chain(exc))
    if _HTML.search(text):
        title = _TITLE.search(text)
        page = f" ({title.group(1)!r})" if title else ""
        return (f"model {model}: the server{where} answered with an HTML page{page}, not the "
                f"chat API's JSON ({done}); check that the API base URL is the model server's "
                "/v1 endpoint")
    return f"model {model} sent a reply that is not valid JSON ({done}): {_detail(exc)}"


def _retry_after(exc: BaseException) -> float | None:
    """Seconds from Retry-After / retry-after-ms, where litellm keeps the response headers."""
    headers: Any = getattr(exc, "litellm_response_headers", None)
    if not headers:
        headers = getattr(getattr(exc, "response", None), "headers", None)
    if not headers:
        return None
    try:
        if (ms := headers.get("retry-after-ms")) is not None:
            return max(0.0, float(ms) / 1000)
        value = headers.get("retry-after")
        if value is None:
            return None
        try:
            return max(0.0, float(value))
        except ValueError:
            when = email.utils.parsedate_to_datetime(value)
            return max(0.0, when.timestamp() - time.time())
    except (TypeError, ValueError, AttributeError):
        return None


def _auth_message(litellm: ModuleType, model: str, api_base: str | None,
                  status: int | None) -> str:
    try:
        provider = _provider(litellm, model, api_base)
    except ModelError:
        provider = ""
    try:
        missing = list(litellm.validate_environment(model=model, api_base=api_base)
                       .get("missing_keys") or [])
    except Exception:
        missing = []
    missing = [m for m in missing if m.endswith("_KEY") or m.endswith("_TOKEN")]
    if missing:
        return f"model {model} needs {' or '.join(missing)}, which is not set"
    var = _KEY_VARS.get(provider, f"{provider.upper()}_API_KEY" if provider else "the API key")
    code = f"HTTP {status}" if status else "authentication failed"
    return f"model {model}: the key in {var} was rejected ({code}); check that it is valid"
