"""No cassette may carry a credential: no auth header, no key-like string (sk-..., sk-ant-...)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from llm_support import CASSETTES, FILTER_HEADERS

# what a key looks like: OpenAI (sk-, sk-proj-), Anthropic (sk-ant-), bearer tokens, and the
# usual key fields; the dummy key drafter sends to local servers is not a secret
_KEYLIKE = re.compile(r"sk-(?!no-key-required\b)[A-Za-z0-9_\-]{8,}|"
                      r"Bearer\s+(?!sk-no-key-required\b)\S{8,}|"
                      r"\b(?:api[_-]?key|x-api-key|access_token)\b['\"]?\s*[:=]\s*['\"]?[^\s'\",}]{8,}",
                      re.IGNORECASE)
_SECRET_HEADERS = {*FILTER_HEADERS, "set-cookie", "proxy-authorization", "x-goog-api-key"}

FILES = sorted(p for p in CASSETTES.rglob("*") if p.is_file())


def test_there_are_cassettes() -> None:
    assert any(p.suffix == ".yaml" for p in FILES)


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(CASSETTES)))
def test_no_key_like_strings(path: Path) -> None:
    text = path.read_text(encoding="utf-8", errors="replace")
    found = [m.group(0)[:12] + "..." for m in _KEYLIKE.finditer(text)]
    assert not found, f"{path.name} holds something that looks like a key: {found}"


@pytest.mark.parametrize("path", [p for p in FILES if p.suffix in (".yaml", ".yml")],
                         ids=lambda p: str(p.relative_to(CASSETTES)))
def test_no_secret_headers(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    for number, interaction in enumerate(data.get("interactions") or []):
        for side in ("request", "response"):
            headers = (interaction.get(side) or {}).get("headers") or {}
            bad = sorted(h for h in headers if h.lower() in _SECRET_HEADERS)
            assert not bad, f"{path.name} interaction {number} {side} has header(s) {bad}"
        uri = (interaction.get("request") or {}).get("uri", "")
        assert not re.search(r"[?&](?:key|api_key|access_token)=", uri), f"{path.name}: {uri}"


def test_the_check_catches_keys() -> None:
    assert _KEYLIKE.search("authorization: Bearer sk-proj-abcdefghijklmnop")
    assert _KEYLIKE.search('{"api_key": "abcd1234efgh5678"}')
    assert _KEYLIKE.search("x-api-key: sk-ant-api03-AAAAAAAAAAAA")
    assert not _KEYLIKE.search("authorization: Bearer sk-no-key-required")
    assert not _KEYLIKE.search("the task-force met")
