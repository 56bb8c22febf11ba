"""The rules every request to `drafter serve` passes before a route sees it.

- **Host**: only the loopback name and port the server was started on (127.0.0.1:PORT or
  localhost:PORT). A page elsewhere that points its own domain at 127.0.0.1 (DNS rebinding)
  sends its own Host and is refused.
- **Writes** (any method but GET and HEAD): the Origin header must be this server's own, and
  the per-run token the page carries must come back in X-Drafter-Token. A page on another
  origin can neither set that header without a CORS preflight (which nothing here answers)
  nor read the token.
- **Size**: a request body over `max_body` bytes is refused before it is read in full; each
  text field is then held to the CLI's own limit (drafter.inputs.MAX_BYTES) with its message.
- **Headers**: a Content-Security-Policy that allows only this origin (no third-party
  scripts, styles, images or connections), no caching of answers, no referrer, no framing.
  No CORS header is ever sent.
"""

from __future__ import annotations

import hmac
import json
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

TOKEN_HEADER = "x-drafter-token"
LOOPBACK_NAMES = ("127.0.0.1", "localhost")
SAFE_METHODS = frozenset({"GET", "HEAD"})
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"cache-control", b"no-store"),
]


def new_token() -> str:
    """A fresh secret for one run of the server: the page gets it, nothing else can."""
    return secrets.token_urlsafe(32)


def allowed_hosts(port: int) -> frozenset[str]:
    return frozenset(f"{name}:{port}" for name in LOOPBACK_NAMES)


class Guard:
    """ASGI middleware that applies the rules above to every HTTP request."""

    def __init__(self, app: ASGIApp, *, port: int, token: str, max_body: int) -> None:
        self.app, self.token, self.max_body = app, token, max_body
        self.port = port

    def hosts(self) -> frozenset[str]:
        return allowed_hosts(self.port)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":  # lifespan: nothing to check
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                   for k, v in scope.get("headers", [])}
        refusal = self.refusal(scope["method"], headers)
        if refusal is not None:
            status, message = refusal
            await _plain_error(send, status, message)
            return
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > self.max_body:
            await _plain_error(send, 413, _too_large(self.max_body))
            return
        await self.app(scope, self._bounded(receive), _with_headers(send))

    def refusal(self, method: str, headers: dict[str, str]) -> tuple[int, str] | None:
        """(status, reason) when the request must be refused, else None."""
        host = headers.get("host", "")
        if host not in self.hosts():
            return 403, (f"refused: this server answers only to http://127.0.0.1:{self.port} "
                         f"(the request named host '{host[:100]}')")
        if method in SAFE_METHODS:
            return None
        origin = headers.get("origin")
        if origin is None or origin.removeprefix("http://") not in self.hosts() \
                or not origin.startswith("http://"):
            return 403, "refused: a request from another web page (origin check)"
        if headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
            return 403, "refused: a request from another web page (fetch metadata)"
        given = headers.get(TOKEN_HEADER, "")
        if not hmac.compare_digest(given.encode(), self.token.encode()):
            return 403, "refused: the page's token is missing or stale; reload the page"
        return None

    def _bounded(self, receive: Receive) -> Receive:
        """The body, refused once it passes max_body (a body sent without a length)."""
        seen = 0
        limit = self.max_body

        async def bounded() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge(limit)
            return message

        return bounded


class BodyTooLarge(Exception):
    def __init__(self, limit: int) -> None:
        super().__init__(_too_large(limit))


def _too_large(limit: int) -> str:
    from drafter.inputs import MAX_BYTES

    return (f"the request is over {limit / 1_000_000:.1f} MB; drafter reads texts up to "
            f"{MAX_BYTES // 1_000_000} MB each (is this the right paste?)")


def _with_headers(send: Send) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            names = {k.lower() for k, _ in message.get("headers", [])}
            message["headers"] = [*message.get("headers", []),
                                  *((k, v) for k, v in HEADERS if k not in names)]
        await send(message)

    return wrapped


async def _plain_error(send: Send, status: int, message: str) -> None:
    body = json.dumps({"error": message}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()), *HEADERS]})
    await send({"type": "http.response.body", "body": body})
