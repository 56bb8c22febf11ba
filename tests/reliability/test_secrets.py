"""Secrets and privacy: API keys never reach any output, and the offline CLI never touches the
network (notes are sent nowhere; litellm is not even imported)."""

from __future__ import annotations

import contextlib
import io
import ipaddress
import json
import logging
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from email import message_from_bytes
from pathlib import Path
from typing import Any

import pytest

from drafter import llm

from .support import COUNTS, EXAMPLES, Run, assert_clean_exit, cli

KEYS = {"OPENAI_API_KEY": "sk-test-DRAFTERFAKEKEY123",
        "ANTHROPIC_API_KEY": "sk-ant-DRAFTERFAKEKEY456"}
NEEDLES = [*KEYS.values(), "DRAFTERFAKEKEY"]
TODAY = "2026-11-19"
NOTES = str(EXAMPLES / "notes" / "larkspur.txt")
PANEL = str(EXAMPLES / "notes" / "panel-3.txt")
EMAIL = str(EXAMPLES / "drafts" / "thank-you.txt")
UNREACHABLE = "http://127.0.0.1:9/v1"  # the discard port: nothing listens, connection refused
#: modules that could send the notes anywhere; none may load without a model configured
NETWORK_MODULES = {"litellm", "openai", "anthropic", "httpx", "httpcore", "aiohttp", "requests",
                   "urllib3", "language_tool_python", "huggingface_hub", "tiktoken"}


@pytest.fixture
def fake_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in KEYS.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("DRAFTER_MODEL", raising=False)
    monkeypatch.delenv("DRAFTER_API_BASE", raising=False)


@pytest.fixture
def no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """The model layer's retry waits (its test seams) cost no time here."""
    monkeypatch.setattr(llm, "_sleep", lambda s: None)

    async def _no_wait(s: float) -> None:
        return None

    monkeypatch.setattr(llm, "_asleep", _no_wait)


@pytest.fixture
def all_logs() -> Iterator[io.StringIO]:
    """Every log record at DEBUG, from the root logger and litellm's own (which do not
    propagate), so the test can scan what a log file would have held."""
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.setLevel(logging.DEBUG)
    loggers = [logging.getLogger(n) for n in ("", "LiteLLM", "LiteLLM Router", "LiteLLM Proxy",
                                               "httpx", "openai", "anthropic")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.addHandler(handler)
        lg.setLevel(logging.DEBUG)
    try:
        yield buffer
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.removeHandler(handler)
            lg.setLevel(level)


def scan(where: str, text: str | bytes) -> None:
    COUNTS.secret_scans += 1
    data = text.encode("utf-8", "surrogateescape") if isinstance(text, str) else text
    for needle in NEEDLES:
        assert needle.encode() not in data, f"{needle} leaked into {where}"


def scan_run(argv: list[str], run: Run) -> None:
    scan(f"stdout of {argv[0]}", run.out)
    scan(f"stderr of {argv[0]}", run.err)


def scan_tree(root: Path) -> int:
    """Every file written under root, raw and (for .eml) with its body decoded."""
    n = 0
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        raw = path.read_bytes()
        scan(str(path), raw)
        if path.suffix == ".eml":
            for part in message_from_bytes(raw).walk():
                payload = part.get_payload(decode=True)
                if isinstance(payload, bytes):
                    scan(f"{path} (decoded)", payload)
        n += 1
    return n


def _offline_commands(out: Path) -> list[list[str]]:
    return [
        ["review", EMAIL], ["review", "--json", "--notes", NOTES, EMAIL],
        ["review", "--json", "--stage", "missed-deadline", EMAIL],
        ["draft", NOTES, "--today", TODAY],
        ["draft", NOTES, "--today", TODAY, "--format", "json"],
        ["draft", NOTES, "--today", TODAY, "--format", "eml"],
        ["draft", NOTES, "--today", TODAY, "--format", "json", "--out", str(out / "d.json")],
        ["draft", NOTES, "--today", TODAY, "--format", "eml", "--out", str(out / "d.eml")],
        ["draft", NOTES, "--today", TODAY, "--out", str(out / "d.txt")],
        ["batch", PANEL, "--today", TODAY, "--out", str(out / "batch-text")],
        ["batch", PANEL, "--today", TODAY, "--out", str(out / "batch-json"), "--format", "json"],
        ["batch", PANEL, "--today", TODAY, "--out", str(out / "batch-eml"), "--format", "eml"],
        ["plan", NOTES, "--today", TODAY, "--ics", str(out / "plan.ics")],
        ["plan", NOTES, "--today", TODAY, "--json"],
        ["rules", "--json"], ["rules", "--stage", "competing-offer", "--json"],
    ]


@pytest.mark.parametrize("model", ["openai/x", "anthropic/x"])
def test_no_key_when_the_model_cannot_be_reached(model: str, fake_keys: None, no_backoff: None,
                                                 tmp_path: Path, all_logs: io.StringIO) -> None:
    """A configured model on a loopback port where nothing listens: the error line, the json
    trace of the failed calls (with --fallback offline) and the batch summary name no key."""
    base = ["--model", model, "--api-base", UNREACHABLE]
    run = cli(["draft", NOTES, "--today", TODAY, *base])
    assert_clean_exit(run, allowed=[1])
    assert run.err.count("\n") == 1 and run.err.startswith("drafter"), run.err
    assert "127.0.0.1:9" in run.err
    scan_run(["draft"], run)

    run = cli(["draft", NOTES, "--today", TODAY, *base, "--fallback", "offline",
               "--format", "json"])
    assert_clean_exit(run, allowed=[0])
    data = json.loads(run.out)
    assert data["engine"] == "offline-fallback" and data["note"]
    scan_run(["draft"], run)
    scan("the json trace", json.dumps(data["trace"]))

    out = tmp_path / "batch"
    run = cli(["batch", PANEL, "--today", TODAY, "--out", str(out), *base])
    assert_clean_exit(run, allowed=[1])
    scan_run(["batch"], run)
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert all(d["status"] == "failed" and d["error"] for d in summary["drafts"])
    scan_tree(out)
    assert all_logs.getvalue(), "no log record reached the scan: it would prove nothing"
    scan("the logs (DEBUG)", all_logs.getvalue())


def test_no_key_when_the_model_comes_from_the_environment(fake_keys: None, no_backoff: None,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAFTER_MODEL", "openai/x")
    monkeypatch.setenv("DRAFTER_API_BASE", UNREACHABLE)
    run = cli(["draft", NOTES, "--today", TODAY, "--format", "json", "--fallback", "offline"])
    assert_clean_exit(run, allowed=[0])
    scan_run(["draft"], run)


# -- the network ---------------------------------------------------------------------------------

def _loopback(host: Any) -> bool:
    if not isinstance(host, str):
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


@contextlib.contextmanager
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Block every connection and name lookup that is not to this machine; yield the list of
    attempts (each also raises, as a firewall would)."""
    attempts: list[str] = []
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
    real_create, real_getaddrinfo = socket.create_connection, socket.getaddrinfo

    def allowed(sock: socket.socket | None, address: Any) -> bool:
        if sock is not None and sock.family == getattr(socket, "AF_UNIX", None):
            return True
        return _loopback(address[0] if isinstance(address, tuple) else address)

    def connect(self: socket.socket, address: Any) -> None:
        if not allowed(self, address):
            attempts.append(f"connect {address!r}")
            raise OSError(f"blocked by the test: connect to {address!r}")
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        if not allowed(self, address):
            attempts.append(f"connect_ex {address!r}")
            raise OSError(f"blocked by the test: connect_ex to {address!r}")
        return real_connect_ex(self, address)

    def create_connection(address: Any, *args: Any, **kw: Any) -> socket.socket:
        if not allowed(None, address):
            attempts.append(f"create_connection {address!r}")
            raise OSError(f"blocked by the test: create_connection to {address!r}")
        return real_create(address, *args, **kw)

    def getaddrinfo(host: Any, *args: Any, **kw: Any) -> Any:
        if host is not None and not _loopback(host.decode() if isinstance(host, bytes)
                                              else host):
            attempts.append(f"getaddrinfo {host!r}")
            raise socket.gaierror(f"blocked by the test: name lookup of {host!r}")
        return real_getaddrinfo(host, *args, **kw)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield attempts


def test_the_block_works(monkeypatch: pytest.MonkeyPatch) -> None:
    """Control: with the block on, reaching out (TEST-NET address, a name) fails and is seen;
    loopback still works."""
    with loopback_only(monkeypatch) as attempts:
        with pytest.raises(OSError, match="blocked"):
            socket.create_connection(("192.0.2.1", 80), timeout=1)
        with pytest.raises(OSError, match="blocked"):
            socket.getaddrinfo("api.openai.com", 443)
        with socket.socket() as sock, pytest.raises(OSError, match="blocked"):
            sock.connect(("192.0.2.1", 80))
        with socket.socket() as server:
            server.bind(("127.0.0.1", 0))
            server.listen()
            socket.create_connection(server.getsockname(), timeout=1).close()
    assert len(attempts) == 3


def test_offline_cli_leaks_no_key_and_makes_no_network_call(
        fake_keys: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every command with the fake keys set and every non-loopback connection blocked: no key
    in stdout, stderr or any file written (summary.json and decoded .eml bodies included), and
    not one attempt to reach the network."""
    with loopback_only(monkeypatch) as attempts:
        for argv in _offline_commands(tmp_path):
            run = cli(argv)
            assert_clean_exit(run, allowed=[0, 1])
            scan_run(argv, run)
    assert attempts == []
    assert scan_tree(tmp_path) >= 3 + 3 * 4 + 1  # drafts, 3 batches (3 drafts + summary), ics
    json.loads((tmp_path / "batch-json" / "summary.json").read_text(encoding="utf-8"))


def test_offline_cli_never_imports_litellm(tmp_path: Path) -> None:
    """In a fresh process (this one may have imported litellm for other tests): every offline
    command, then no network-capable client library is loaded."""
    script = (
        "import json, sys\nfrom drafter.cli import main\n"
        f"for argv in {_offline_commands(tmp_path)!r}:\n"
        "    assert main(argv) in (0, 1), argv\n"
        f"watch = set({sorted(NETWORK_MODULES)!r})\n"
        "loaded = sorted(watch & {m.split('.')[0] for m in sys.modules})\n"
        "print(json.dumps(loaded), file=sys.stderr)\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("DRAFTER_")}
    env.update(KEYS, DRAFTER_CONFIG=str(tmp_path / "none.toml"))
    done = subprocess.run([sys.executable, "-c", script], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=120, check=False)
    COUNTS.cli_runs += len(_offline_commands(tmp_path))
    assert done.returncode == 0, done.stderr[-3000:]
    assert json.loads(done.stderr.strip().splitlines()[-1]) == []
    scan("a fresh process's stdout", done.stdout)
