"""Cassette conventions for every test that talks to a model (import from here, don't copy).

    from llm_support import LOCAL_API_BASE, LOCAL_MODEL, live, use_cassette

    def test_something():
        with use_cassette("chain_thank_you.yaml"):
            ...  # drafter.llm calls here replay from cassettes/chain_thank_you.yaml

- Normal runs replay only (record_mode "none"): a request with no recorded match fails the test
  (vcr's CannotOverwriteExistingCassetteException, which drafter.llm reports as a ModelError);
  nothing reaches the network.
- Re-record against the real local server: `scripts/record_cassettes.sh [pytest args]`, which
  starts the server and runs pytest with DRAFTER_RECORD=all (or set DRAFTER_RECORD=once to
  record only cassettes that do not exist yet).
- Requests match on method, scheme, host, port, path and the JSON body, so a prompt change
  shows up as a missing recording rather than as a stale reply.
- Keys never reach a cassette: auth headers are dropped, key fields are removed from request
  bodies and query strings, cookies are dropped from responses; tests/test_cassettes_clean.py
  checks the files.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import pytest
import vcr
from vcr.cassette import Cassette

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "cassettes"

#: the model scripts/serve_model.sh serves (SmolLM2-135M-Instruct through llama.cpp)
LOCAL_MODEL = "openai/smollm2"
LOCAL_API_BASE = os.environ.get("DRAFTER_TEST_API_BASE", "http://127.0.0.1:8765/v1")

FILTER_HEADERS = ["authorization", "x-api-key", "api-key", "openai-organization", "cookie",
                  "anthropic-version"]
_RESPONSE_HEADERS_DROPPED = {"set-cookie", "openai-organization", "openai-project"}
_KEY_FIELDS = {"api_key", "apikey", "api-key", "key", "access_token", "token", "secret"}

LIVE = os.environ.get("DRAFTER_LIVE") == "1"

F = TypeVar("F", bound=Callable[..., Any])


def live(fn: F) -> F:
    """Mark a test that needs the running model server; it is skipped unless DRAFTER_LIVE=1."""
    marked = pytest.mark.live(fn)
    return pytest.mark.skipif(
        not LIVE, reason="needs the local model server: DRAFTER_LIVE=1 (scripts/serve_model.sh)"
    )(marked)


def record_mode() -> str:
    return os.environ.get("DRAFTER_RECORD", "none")


def scrub_request(request: Any) -> Any:
    """before_record_request: drop key-like fields from the query string and a JSON body."""
    parts = urlsplit(request.uri)
    if parts.query:
        query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                 if k.lower() not in _KEY_FIELDS]
        request.uri = urlunsplit(parts._replace(query=urlencode(query)))
    body = request.body
    if body:
        try:
            data = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            data = None
        if isinstance(data, dict) and _KEY_FIELDS & {k.lower() for k in data}:
            clean = {k: v for k, v in data.items() if k.lower() not in _KEY_FIELDS}
            request.body = json.dumps(clean).encode()
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """before_record_response: drop cookies and account ids the provider sends back."""
    headers = response.get("headers") or {}
    for name in list(headers):
        if name.lower() in _RESPONSE_HEADERS_DROPPED:
            del headers[name]
    return response


def make_vcr(mode: str | None = None) -> vcr.VCR:
    mode = mode or record_mode()
    return vcr.VCR(
        cassette_library_dir=str(CASSETTES),
        record_mode=mode,
        match_on=("method", "scheme", "host", "port", "path", "body"),
        filter_headers=FILTER_HEADERS,
        before_record_request=scrub_request,
        before_record_response=scrub_response,
        decode_compressed_response=True,
        # re-recording replaces a cassette's content instead of keeping stale exchanges that
        # no test makes any more (only in "all": in other modes it would rewrite cassettes)
        drop_unused_requests=mode == "all",
    )


def use_cassette(name: str, **kwargs: Any) -> Cassette:
    """`with use_cassette("x.yaml") as cassette:` with the project's conventions."""
    return make_vcr().use_cassette(name, **kwargs)


def exchanges(cassette: Cassette) -> int:
    """HTTP exchanges that went through `cassette` in this test: played back, or recorded now."""
    recorded_now = len(cassette.data) - getattr(cassette, "_loaded_count", 0)
    return cassette.play_count + max(0, recorded_now)


def last_request_body(cassette: Cassette) -> dict[str, Any]:
    """The JSON body of the latest request in `cassette` (what drafter sent)."""
    return json.loads(cassette.requests[-1].body)
