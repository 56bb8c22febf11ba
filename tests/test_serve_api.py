"""`drafter serve`: the JSON API behind the page and the security rules in front of it.

Driven in-process through Starlette's TestClient (no socket), except where the socket is the
point (the port taken, the loopback-only bind)."""

from __future__ import annotations

import asyncio
import email
import io
import json
import os
import socket
import subprocess
import sys
import threading
import zipfile
from email import policy
from pathlib import Path

import httpx
import pytest
from serve_support import TOKEN as SERVER_TOKEN
from serve_support import RunningServer as running_server
from serve_support import slow_model
from starlette.testclient import TestClient

from drafter.inputs import MAX_BYTES
from drafter.web import api
from drafter.web.app import build_app
from drafter.web.security import TOKEN_HEADER

ROOT = Path(__file__).resolve().parent.parent
LARKSPUR = (ROOT / "examples" / "notes" / "larkspur.txt").read_text(encoding="utf-8")
PANEL = (ROOT / "examples" / "notes" / "panel-3.txt").read_text(encoding="utf-8")
PORT = 8765
TOKEN = "test-token-123"
ORIGIN = f"http://127.0.0.1:{PORT}"
GOOD = {"origin": ORIGIN, TOKEN_HEADER: TOKEN}


@pytest.fixture(autouse=True)
def _no_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the person's own config and model settings must not leak into these tests
    monkeypatch.setenv("DRAFTER_CONFIG", str(tmp_path / "none.toml"))
    monkeypatch.delenv("DRAFTER_MODEL", raising=False)
    monkeypatch.delenv("DRAFTER_API_BASE", raising=False)


@pytest.fixture
def client() -> TestClient:
    return TestClient(build_app(port=PORT, token=TOKEN), base_url=ORIGIN)


def post(client: TestClient, path: str, body: dict, headers: dict | None = None):
    return client.post(path, json=body, headers=headers if headers is not None else GOOD)


# -- the page ----------------------------------------------------------------------------------

def test_page_carries_its_token_and_only_local_assets(client: TestClient) -> None:
    res = client.get("/")
    assert res.status_code == 200
    assert f'content="{TOKEN}"' in res.text
    assert "http://" not in res.text.replace(ORIGIN, "") and "https://" not in res.text
    csp = res.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp
    assert "access-control-allow-origin" not in res.headers
    for asset in ("app.js", "draft.js", "views.js", "editor.js", "api.js", "style.css"):
        got = client.get(f"/static/{asset}")
        assert got.status_code == 200, asset
        assert "https://" not in got.text and "http://" not in got.text, asset


def test_static_files_stay_small() -> None:
    folder = ROOT / "src" / "drafter" / "web"
    for path in [*folder.glob("*.py"), *folder.glob("static/*"), *folder.glob("templates/*")]:
        assert len(path.read_text(encoding="utf-8").splitlines()) < 400, path.name


# -- security ----------------------------------------------------------------------------------

@pytest.mark.parametrize("host", ["evil.example", f"evil.example:{PORT}", "127.0.0.1:9",
                                  "", f"127.0.0.1.evil.example:{PORT}"])
def test_a_foreign_host_is_refused(client: TestClient, host: str) -> None:
    """DNS rebinding: a page whose domain now points at 127.0.0.1 sends its own Host."""
    for res in (client.get("/", headers={"host": host}),
                client.post("/api/review", json={"text": "Hi"}, headers={**GOOD, "host": host})):
        assert res.status_code == 403
        assert "refused" in res.json()["error"]
        assert TOKEN not in res.text


def test_localhost_by_name_is_served(client: TestClient) -> None:
    assert client.get("/", headers={"host": f"localhost:{PORT}"}).status_code == 200


@pytest.mark.parametrize("headers", [
    {"origin": "http://evil.example", TOKEN_HEADER: TOKEN},
    {"origin": "null", TOKEN_HEADER: TOKEN},
    {"origin": f"https://127.0.0.1:{PORT}", TOKEN_HEADER: TOKEN},
    {TOKEN_HEADER: TOKEN},  # no Origin at all
    {"origin": ORIGIN},  # no token
    {"origin": ORIGIN, TOKEN_HEADER: "guessed"},
    {**GOOD, "sec-fetch-site": "cross-site"},
])
def test_a_cross_origin_post_is_refused(client: TestClient, headers: dict) -> None:
    res = post(client, "/api/review", {"text": "Subject: Hi\n\nDear Priya,\nThanks."}, headers)
    assert res.status_code == 403
    assert res.json()["error"].startswith("refused")
    assert "access-control-allow-origin" not in res.headers


def test_no_cors_preflight_is_answered(client: TestClient) -> None:
    res = client.options("/api/review", headers={
        "origin": "http://evil.example", "access-control-request-method": "POST"})
    assert res.status_code in (403, 405)
    assert not any(h.startswith("access-control-") for h in res.headers)


def test_an_oversized_field_gets_a_clear_error(client: TestClient) -> None:
    res = post(client, "/api/review", {"text": "a" * (MAX_BYTES + 10)})
    assert res.status_code == 400
    assert res.json()["error"] == ("the email field is 1.0 MB; drafter reads texts up to 1 MB "
                                   "(is this the right file?)")
    res = post(client, "/api/draft", {"notes": LARKSPUR, "fields": {"company": "x" * 5000}})
    assert res.status_code == 400
    assert "company is 5000 characters" in res.json()["error"]


def test_an_oversized_request_is_refused_before_it_is_read(client: TestClient) -> None:
    res = client.post("/api/review", content=b"x" * (3 * MAX_BYTES + 200_000),
                      headers={**GOOD, "content-type": "application/json"})
    assert res.status_code == 413
    assert "drafter reads texts up to 1 MB each" in res.json()["error"]


def test_bad_input_is_one_line_not_a_traceback(client: TestClient) -> None:
    for body, needle in (({"text": ""}, "the email field is empty"),
                         ({"text": "Hi", "stage": "nope"}, "unknown stage 'nope'"),
                         ({"text": "Hi", "today": "soon"}, "is not a date")):
        res = post(client, "/api/review", body)
        assert res.status_code == 400
        assert needle in res.json()["error"] and "\n" not in res.json()["error"]
    res = client.post("/api/review", content=b"{not json", headers=GOOD)
    assert res.status_code == 400 and res.json()["error"] == "the request is not JSON"


# -- drafting, reviewing, downloads ------------------------------------------------------------

def test_draft_from_the_readme_notes(client: TestClient) -> None:
    res = post(client, "/api/draft", {"notes": LARKSPUR, "today": "2026-11-18"})
    assert res.status_code == 200
    data = res.json()
    assert data["passed"] and data["stage"] == "thank-you"
    assert data["stage_how"].startswith("inferred from your notes' dates")
    fields = data["fields"]
    assert fields["to"]["value"] == "Priya Shah"
    assert fields["to"]["source"].startswith("line 2:")
    assert fields["company"]["value"] == "Larkspur Analytics"
    assert fields["sign_as"]["value"] == "Jordan Rivera"
    assert fields["decision_date"]["value"] == "2026-12-02"
    assert "Dear Priya" in data["email"]["text"]
    assert data["report"]["word_limit"] == 200


def test_a_changed_field_redrafts_with_it(client: TestClient) -> None:
    res = post(client, "/api/draft", {"notes": LARKSPUR, "today": "2026-11-18",
                                      "fields": {"company": "Larkspur Labs",
                                                 "sign_as": "Jo Rivera"}})
    data = res.json()
    assert "Larkspur Labs" in data["email"]["text"] and "Jo Rivera" in data["email"]["text"]
    assert data["fields"]["company"]["source"] == "you set this"


def test_a_missing_fact_asks_with_choices(client: TestClient) -> None:
    res = post(client, "/api/draft", {"notes": PANEL, "today": "2025-12-09"})
    assert res.status_code == 422
    missing = res.json()["missing"]
    assert missing["fact"] == "to" and "Naomi Feld" in missing["choices"]
    # the page's own question, not the command line's "pass --to NAME"
    assert res.json()["error"].endswith("Who is this email to?")
    assert "--to" not in res.json()["error"] and missing["flag"] == "--to"
    res = post(client, "/api/draft", {"notes": PANEL, "today": "2025-12-09",
                                      "fields": {"to": "Naomi Feld"}})
    assert res.status_code == 200 and "Dear Naomi" in res.json()["email"]["text"]


def test_review_marks_where_the_finding_is(client: TestClient) -> None:
    text = "Subject: Checking in\n\nDear Priya,\n\nI haven't heard back 🙂 about the role.\n"
    res = post(client, "/api/review", {"text": text, "stage": "missed-deadline"})
    report = res.json()["report"]
    accusatory = next(f for f in report["findings"] if f["category"] == "accusatory")
    # offsets in UTF-16 code units, as the page counts them
    units = text.encode("utf-16-le")
    marked = units[2 * accusatory["start"]:2 * accusatory["end"]].decode("utf-16-le")
    assert "haven't heard back" in marked
    emoji = next(f for f in report["findings"] if f["category"] == "emoji")
    assert units[2 * emoji["start"]:2 * emoji["end"]].decode("utf-16-le") == "🙂"
    assert not report["passed"]


def test_eml_download_parses(client: TestClient) -> None:
    draft = post(client, "/api/draft", {"notes": LARKSPUR, "today": "2026-11-18"}).json()
    res = post(client, "/api/eml", {"text": draft["email"]["text"], "to": "Priya Shah",
                                    "from": "Jordan Rivera"})
    assert res.status_code == 200
    assert res.headers["content-disposition"] == 'attachment; filename="priya-shah.eml"'
    msg = email.message_from_bytes(res.content, policy=policy.default)
    assert msg["Subject"] == draft["email"]["subject"]
    assert msg["X-Unsent"] == "1"
    body = msg.get_body(preferencelist=("plain",)).get_content()
    assert body.startswith("Dear Priya,") and body.rstrip().endswith("Jordan Rivera")


def test_panel_one_tab_each_and_a_zip(client: TestClient) -> None:
    data = post(client, "/api/panel", {"notes": PANEL, "today": "2025-12-09"}).json()
    names = [t["name"] for t in data["tabs"]]
    assert names == ["Sam Ortiz", "Naomi Feld", "Kofi Mensah"]
    for tab in data["tabs"]:
        first = tab["name"].split()[0]
        assert f"Dear {first}" in tab["email"]["text"] and tab["passed"]
        others = [n.split()[0] for n in names if n != tab["name"]]
        assert not any(o in tab["email"]["text"] for o in others)
    assert data["threshold"] > 0 and data["pairs"] == []
    res = post(client, "/api/panel.zip", {"drafts": [
        {"text": t["email"]["text"], "to": t["name"], "from": t["email"]["from"]}
        for t in data["tabs"]]})
    archive = zipfile.ZipFile(io.BytesIO(res.content))
    assert archive.namelist() == ["sam-ortiz.eml", "naomi-feld.eml", "kofi-mensah.eml"]
    msg = email.message_from_bytes(archive.read("naomi-feld.eml"), policy=policy.default)
    assert "Dear Naomi" in msg.get_body(preferencelist=("plain",)).get_content()


def test_panel_flags_drafts_that_read_alike() -> None:
    from drafter.batch import similarity_finding

    finding = similarity_finding("A", 0.97, api.similarity_threshold())
    assert finding.rule == "batch.too-similar"


def test_plan_and_its_calendar(client: TestClient) -> None:
    plan = post(client, "/api/plan", {"notes": LARKSPUR, "today": "2026-11-19"}).json()
    assert plan["schema"] == 1 and plan["send"][0]["stage"] == "thank-you"
    res = post(client, "/api/plan.ics", {"notes": LARKSPUR, "today": "2026-11-19"})
    assert res.headers["content-type"].startswith("text/calendar")
    assert res.content.startswith(b"BEGIN:VCALENDAR") and b"Priya Shah" in res.content


def test_the_page_offers_only_offline_without_a_model(client: TestClient,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    assert [e["id"] for e in api.engines()] == ["offline"]
    res = post(client, "/api/draft", {"notes": LARKSPUR, "engine": "model"})
    assert "no model is configured" in res.text
    monkeypatch.setenv("DRAFTER_MODEL", "openai/smollm2")
    assert [e["id"] for e in api.engines()] == ["offline", "model"]


# -- a model's draft: progress, failure, cancel -------------------------------------------------

def test_model_progress_then_result(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAFTER_MODEL", "openai/fake")

    async def fake(ctx, opts):
        from drafter.drafting import offline_draft

        for step in ("read", "draft", "revise 1"):
            opts.progress(step)
            await asyncio.sleep(0)
        return offline_draft(ctx, opts)

    monkeypatch.setattr("drafter.drafting.amake_draft", fake)
    res = post(client, "/api/draft", {"notes": LARKSPUR, "today": "2026-11-18",
                                      "engine": "model"})
    lines = [json.loads(x) for x in res.text.splitlines()]
    assert [x.get("progress") for x in lines[:-1]] == ["starting", "reading your notes",
                                                        "drafting", "revising 1/2"]
    assert lines[-1]["result"]["passed"]


def test_model_failure_is_the_cli_line_and_offers_offline(
        client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from drafter.errors import ModelError

    monkeypatch.setenv("DRAFTER_MODEL", "openai/fake")

    async def failing(ctx, opts):
        raise ModelError("openai/fake: cannot reach the model server at http://127.0.0.1:9")

    monkeypatch.setattr("drafter.drafting.amake_draft", failing)
    res = post(client, "/api/draft", {"notes": LARKSPUR, "engine": "model"})
    last = json.loads(res.text.splitlines()[-1])
    assert last["model_failed"] and last["error"].startswith("openai/fake: cannot reach")


def test_cancel_stops_the_model_call(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing the request (the page's Cancel) cancels the drafting task."""
    monkeypatch.setenv("DRAFTER_MODEL", "openai/fake")
    cancelled = threading.Event()

    monkeypatch.setattr("drafter.drafting.amake_draft", slow_model(cancelled, ("draft",)))
    with running_server() as port, httpx.Client(timeout=10) as http:
        headers = {"origin": f"http://127.0.0.1:{port}", TOKEN_HEADER: SERVER_TOKEN}
        with http.stream("POST", f"http://127.0.0.1:{port}/api/draft", headers=headers,
                         json={"notes": LARKSPUR, "engine": "model"}) as res:
            lines = res.iter_lines()
            assert "starting" in next(lines)
            assert "drafting" in next(lines)
        # leaving the block closes the connection: the page's Cancel
        assert cancelled.wait(5)


# -- the real socket ---------------------------------------------------------------------------

def _listening_addresses(port: int) -> set[str]:
    """The local addresses of sockets listening on `port`, from /proc/net/tcp{,6}."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            local, state = row.split()[1], row.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                found.add(address)
    return found


def test_served_on_loopback_only() -> None:
    with running_server() as port:
        assert httpx.get(f"http://127.0.0.1:{port}/").status_code == 200
        if Path("/proc/net/tcp").exists():
            # 0100007F is 127.0.0.1: not 0.0.0.0, not any other interface, no IPv6 socket
            assert _listening_addresses(port) == {"0100007F"}
        # another address of this machine (127.0.0.2 stands in for it: a non-127.0.0.1
        # address routed to this host) finds nothing listening
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.2", port), timeout=2).close()


def test_a_taken_port_is_one_line_and_exit_2() -> None:
    holder = socket.socket()
    holder.bind(("127.0.0.1", 0))
    holder.listen(1)
    port = holder.getsockname()[1]
    try:
        out = subprocess.run([sys.executable, "-m", "drafter", "serve", "--port", str(port)],
                             capture_output=True, text=True, timeout=60, check=False)
    finally:
        holder.close()
    assert out.returncode == 2
    assert out.stderr == (f"drafter: error: port {port} on 127.0.0.1 is already in use (is "
                          "drafter serve already running?); choose another with --port\n")


def test_bad_port_is_a_usage_error(run_cli) -> None:
    res = run_cli("serve", "--port", "70000")
    assert res.code == 2 and "is not a port number" in res.err


def test_help_and_review_never_load_the_web_stack() -> None:
    sample = ROOT / "examples" / "drafts" / "thank-you.txt"
    for argv in (["--help"], ["review", str(sample)], ["serve", "--help"]):
        code = ("import sys, runpy, json\n"
                f"sys.argv = ['drafter', *{argv!r}]\n"
                "try:\n    runpy.run_module('drafter', run_name='__main__')\n"
                "except SystemExit:\n    pass\n"
                "print('\\n' + json.dumps(sorted(sys.modules)))")
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             check=False, env={**os.environ, "NO_COLOR": "1"})
        loaded = set(json.loads(out.stdout.strip().splitlines()[-1]))
        assert not {m.split(".")[0] for m in loaded} & {"starlette", "uvicorn", "litellm"}
        assert "drafter.web" not in loaded, argv


def test_open_waits_for_the_server_then_opens_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    from drafter.web import server as web_server

    opened: list[str] = []
    monkeypatch.setattr(web_server.webbrowser, "open", opened.append)

    class Up:
        started = True

    web_server._open_when_up(Up(), "http://127.0.0.1:8000/")
    assert opened == ["http://127.0.0.1:8000/"]
