"""How a failed model call is read: what kind of failure it was (timeout, rate limit, a refused
connection, a reply that could not be read, an Anthropic error litellm has no class for), and
its cause in one line with any key masked. Pure functions of the exception: drafter.llm decides
what to do with the answer (retry, or the one-line ModelError)."""

from __future__ import annotations

import email.utils
import json
import re
import socket
import time
from types import ModuleType
from typing import Any

from drafter.errors import ModelError

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


def _provider(litellm: ModuleType, model: str, api_base: str | None) -> str:
    try:
        return str(litellm.get_llm_provider(model=model, api_base=api_base)[1])
    except Exception:
        raise ModelError(
            f"model {model}: litellm cannot tell which provider serves it; write it as "
            "provider/name, e.g. openai/gpt-4o-mini, anthropic/claude-3-5-haiku-latest or "
            "ollama_chat/llama3.2") from None


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
