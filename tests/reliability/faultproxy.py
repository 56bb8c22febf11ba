"""A fault-injecting HTTP proxy for an OpenAI-compatible model server, on loopback only.

    with FaultProxy(Replay(CASSETTES / "llm_plain.yaml"), first(1, status(503))) as proxy:
        ... --api-base proxy.api_base ...   # request 1 gets a 503, later ones the real reply
        proxy.seen, proxy.injected          # what arrived, which faults were sent

Upstream is either `Replay` (the real responses recorded in a vcrpy cassette, replayed for any
request: prompts change, the recorded reply envelope does not) or `Forward` (a live server such
as llama.cpp on 127.0.0.1:8765). Nothing here writes a model reply: `empty` and `refusal` edit
only the `content` of a real upstream reply, and errors without a body from the model (429, 5xx)
are synthesized as plain HTTP errors.

Fault kinds (a `Plan` picks one per request):

    pass      the upstream response unchanged
    kill      status line, headers and half the body, then the connection is closed
    hangup    the request is read, then the connection is closed with no response at all
    slow      wait `delay` seconds, then pass (a client with a shorter timeout gives up first)
    status    an HTTP error (`status`, optional headers such as Retry-After), OpenAI-style body
    truncate  a complete HTTP response whose JSON body is cut in half
    html      an HTML page instead of JSON (a wrong --api-base, a captive portal, a gateway)
    empty     the upstream reply with its message content set to ""
    refusal   the upstream reply with its message content set to a refusal sentence
    declined  the upstream reply with content null and OpenAI's `refusal` field set instead

`closed_port()` gives a loopback port with nothing listening (connection refused).
Speaks just enough HTTP/1.1 for the OpenAI SDK: keep-alive, Content-Length bodies, POST
/v1/chat/completions (or Anthropic's /v1/messages, whose errors it answers in Anthropic's
shape) and GET /v1/models. It never listens beyond 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import socket
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

from vcr.serialize import deserialize
from vcr.serializers import yamlserializer

HOST = "127.0.0.1"
REFUSAL = "I'm sorry, but I can't help with that."
HTML_PAGE = ("<!DOCTYPE html>\n<html><head><title>Welcome</title></head>\n"
             "<body><h1>It works!</h1><p>This is not an API.</p></body></html>\n")
_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "te",
               "trailer", "upgrade", "proxy-connection", "content-encoding"}
# https://docs.anthropic.com/en/api/errors: a 529 is "overloaded_error"
_ANTHROPIC_ERROR = {400: ("invalid request", "invalid_request_error"),
                    429: ("rate limit exceeded", "rate_limit_error"),
                    500: ("internal server error", "api_error"),
                    529: ("Overloaded", "overloaded_error")}
_ERROR_TEXT = {429: ("rate limit exceeded", "rate_limit_error"),
               500: ("internal server error", "internal_server_error"),
               502: ("bad gateway", "server_error"),
               503: ("the server is overloaded", "service_unavailable"),
               504: ("gateway timeout", "server_error")}


# -- what the proxy answers with ----------------------------------------------------------------

@dataclass(frozen=True)
class Fault:
    kind: str = "pass"
    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()
    delay: float = 0.0

    @property
    def label(self) -> str:
        return f"{self.kind} {self.status}" if self.kind == "status" else self.kind


PASS = Fault()


def status(code: int, **headers: str) -> Fault:
    """An HTTP error; keyword headers use _ for - (retry_after="1" -> Retry-After: 1)."""
    return Fault("status", code, tuple((k.replace("_", "-").title(), v)
                                       for k, v in headers.items()))


def slow(delay: float) -> Fault:
    return Fault("slow", delay=delay)


KILL, HANGUP, TRUNCATE, HTML = Fault("kill"), Fault("hangup"), Fault("truncate"), Fault("html")
EMPTY, REFUSE, DECLINE = Fault("empty"), Fault("refusal"), Fault("declined")


@dataclass(frozen=True)
class Seen:
    """One request as it arrived."""

    index: int  # 1-based, in arrival order
    method: str
    path: str
    body: bytes
    at: float  # time.monotonic()

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


Plan = Callable[[Seen], Fault]


def always(fault: Fault) -> Plan:
    return lambda seen: fault


def first(n: int, fault: Fault, then: Fault = PASS) -> Plan:
    """`fault` for the first n requests, `then` afterwards."""
    return lambda seen: fault if seen.index <= n else then


def when_body(text: str, fault: Fault, otherwise: Fault = PASS) -> Plan:
    """`fault` for every request whose body contains `text` (e.g. one interviewer's name)."""
    needle = text.encode()
    return lambda seen: fault if needle in seen.body else otherwise


# -- upstreams ----------------------------------------------------------------------------------

@dataclass
class Reply:
    status: int
    reason: str
    headers: list[tuple[str, str]]
    body: bytes


class Upstream(Protocol):
    def __call__(self, seen: Seen, headers: list[tuple[str, str]]) -> Reply: ...


class Replay:
    """The responses recorded in a vcrpy cassette, in turn, for whatever request arrives."""

    def __init__(self, cassette: Path, only: int | None = None) -> None:
        _, responses = deserialize(cassette.read_text(encoding="utf-8"), yamlserializer)
        if only is not None:
            responses = [responses[only]]
        if not responses:
            raise ValueError(f"{cassette} holds no responses")
        self.replies = [_reply_from_vcr(r) for r in responses]
        self.model = next((str(m) for r in self.replies if (m := _model_of(r.body))), "model")
        self._next = 0
        self._lock = threading.Lock()

    def __call__(self, seen: Seen, headers: list[tuple[str, str]]) -> Reply:
        if seen.method == "GET" and seen.path.rstrip("/").endswith("/models"):
            # no recording of /v1/models exists: list the model the recorded replies name
            body = json.dumps({"object": "list", "data": [
                {"id": self.model, "object": "model", "owned_by": "replay"}]}).encode()
            return Reply(200, "OK", [("Content-Type", "application/json")], body)
        with self._lock:
            reply = self.replies[self._next % len(self.replies)]
            self._next += 1
        return Reply(reply.status, reply.reason, list(reply.headers), reply.body)


def _reply_from_vcr(response: dict[str, Any]) -> Reply:
    body = response["body"]["string"]
    body = body.encode() if isinstance(body, str) else bytes(body)
    headers = [(name, value) for name, values in response["headers"].items()
               for value in (values if isinstance(values, list) else [values])
               if name.lower() not in _HOP_BY_HOP]
    return Reply(int(response["status"]["code"]), str(response["status"]["message"]),
                 headers, body)


def _model_of(body: bytes) -> str | None:
    try:
        data = json.loads(body)
    except ValueError:
        return None
    return data.get("model") if isinstance(data, dict) else None


class Forward:
    """A live server (e.g. llama.cpp): the request goes there, its whole response comes back."""

    def __init__(self, base_url: str, timeout: float = 900.0) -> None:
        parts = urlsplit(base_url)
        self.host, self.port = parts.hostname or HOST, parts.port or 80
        self.timeout = timeout  # the client's own path (/v1/...) is sent unchanged

    def __call__(self, seen: Seen, headers: list[tuple[str, str]]) -> Reply:
        conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        try:
            sent = {k: v for k, v in headers
                    if k.lower() not in _HOP_BY_HOP and k.lower() not in ("host",
                                                                          "accept-encoding")}
            conn.request(seen.method, seen.path, body=seen.body or None, headers=sent)
            response = conn.getresponse()
            body = response.read()
            kept = [(k, v) for k, v in response.getheaders() if k.lower() not in _HOP_BY_HOP]
            return Reply(response.status, response.reason, kept, body)
        finally:
            conn.close()


# -- the proxy ----------------------------------------------------------------------------------

def closed_port() -> int:
    """A loopback port nobody listens on (bound, then released): connecting is refused."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _with_message(body: bytes, **fields: str | None) -> bytes:
    """A real chat.completion body with fields of choices[0].message replaced (any other body,
    such as an upstream error, is left as it is)."""
    try:
        data = json.loads(body)
        data["choices"][0]["message"].update(fields)
    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
        return body
    return json.dumps(data, separators=(",", ":")).encode()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, proxy: FaultProxy) -> None:
        self.proxy = proxy
        super().__init__((HOST, 0), _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self.proxy._lock:
            self.proxy._sockets.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self.proxy._lock:
            self.proxy._sockets.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # never print a traceback: the tests read stderr, and a client that went away (after
        # a timeout, say) is expected here
        self.proxy.errors.append(repr(sys.exc_info()[1]))


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet: the tests read stderr

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def _serve(self) -> None:
        proxy = self.server.proxy
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if proxy.reads is not None and b'"response_format"' in body:
            # drafter's structured read of the notes: answered apart, outside the plan, so a
            # plan's "first request" is still the draft's
            read = Seen(len(proxy.read_seen) + 1, self.command, self.path, body,
                        time.monotonic())
            proxy.read_seen.append(read)
            self._send(proxy.reads(read, list(self.headers.items())))
            return
        seen = proxy._arrive(self.command, self.path, body)
        fault = proxy.plan(seen)
        proxy._count(fault)
        if fault.kind == "hangup":
            self._drop()
            return
        if fault.kind == "slow" and proxy._stopping.wait(fault.delay):
            self._drop()
            return
        if fault.kind == "status":
            self._status(fault, anthropic=self.path.rstrip("/").endswith("/messages"))
            return
        if fault.kind == "html":
            self._send(Reply(200, "OK", [("Content-Type", "text/html; charset=utf-8")],
                             HTML_PAGE.encode()))
            return
        reply = proxy.upstream(seen, list(self.headers.items()))
        if fault.kind == "empty":
            reply.body = _with_message(reply.body, content="")
        elif fault.kind == "refusal":
            reply.body = _with_message(reply.body, content=REFUSAL)
        elif fault.kind == "declined":
            reply.body = _with_message(reply.body, content=None, refusal=REFUSAL)
        elif fault.kind == "truncate":
            reply.body = reply.body[:len(reply.body) // 2]
        elif fault.kind == "kill":
            self._send(reply, cut=len(reply.body) // 2)
            return
        self._send(reply)

    def _status(self, fault: Fault, anthropic: bool = False) -> None:
        if anthropic:  # Anthropic's Messages API has its own error shape and types
            message, kind = _ANTHROPIC_ERROR.get(fault.status, ("error", "api_error"))
            body = json.dumps({"type": "error",
                               "error": {"type": kind, "message": message}}).encode()
            self._send(Reply(fault.status, http.client.responses.get(fault.status, "Overloaded"),
                             [("Content-Type", "application/json"), *fault.headers], body))
            return
        message, kind = _ERROR_TEXT.get(fault.status, ("error", "server_error"))
        body = json.dumps({"error": {"message": message, "type": kind, "param": None,
                                     "code": fault.status}}).encode()
        self._send(Reply(fault.status, http.client.responses.get(fault.status, "Error"),
                         [("Content-Type", "application/json"), *fault.headers], body))

    def _send(self, reply: Reply, cut: int | None = None) -> None:
        try:
            self.send_response(reply.status, reply.reason)
            for name, value in reply.headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            self.wfile.write(reply.body if cut is None else reply.body[:cut])
            self.wfile.flush()
        except OSError:  # the client gave up (timeout) and closed its end
            self.close_connection = True
            return
        if cut is not None:
            self._drop()

    def _drop(self) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)


@dataclass
class FaultProxy:
    """`with FaultProxy(upstream, plan) as proxy:` serves on 127.0.0.1:proxy.port."""

    upstream: Upstream
    plan: Plan = field(default=always(PASS))
    # when set, what answers structured-output requests (the read of the notes), unfaulted
    reads: Upstream | None = None
    read_seen: list[Seen] = field(default_factory=list)
    seen: list[Seen] = field(default_factory=list)
    injected: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()
        self._stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle --
    def start(self) -> FaultProxy:
        self._server = _Server(self)
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.05}, daemon=True,
                                        name=f"faultproxy:{self.port}")
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        with self._lock:
            open_sockets, self._sockets = list(self._sockets), set()
        for sock in open_sockets:  # keep-alive connections a client left in its pool
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- addresses --
    @property
    def port(self) -> int:
        assert self._server is not None, "start() the proxy first"
        return int(self._server.server_address[1])

    @property
    def api_base(self) -> str:
        return f"http://{HOST}:{self.port}/v1"

    # -- bookkeeping --
    def _arrive(self, method: str, path: str, body: bytes) -> Seen:
        with self._lock:
            seen = Seen(len(self.seen) + 1, method, path, body, time.monotonic())
            self.seen.append(seen)
        return seen

    def _count(self, fault: Fault) -> None:
        if fault.kind != "pass":
            with self._lock:
                self.injected[fault.label] += 1

    @property
    def completions(self) -> list[Seen]:
        return [s for s in self.seen if s.path.endswith("/chat/completions")]
