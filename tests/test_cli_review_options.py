"""`review --min-severity` and `--color`, and `drafter config`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

EMAIL = ("Subject: Thanks\n\nHi Priya,\n\nThanks for the chat about the data platform role on "
         "Tuesday, and lmk if you need anything else from me.\n\nBest,\nSam Ortiz\n")


@pytest.fixture
def email(tmp_path: Path) -> Path:
    path = tmp_path / "email.txt"
    path.write_text(EMAIL, encoding="utf-8")
    return path


def test_min_severity_hides_lines_but_not_the_verdict(run_cli, email: Path) -> None:
    every = run_cli("review", "-s", "thank-you", str(email))
    errors = run_cli("review", "-s", "thank-you", str(email), "--min-severity", "error")
    assert every.code == errors.code == 1
    assert " info " in every.out and " info " not in errors.out.splitlines()[0]
    assert all(" error " in x for x in errors.out.splitlines()[:-1])
    assert "below --min-severity not shown" in errors.out
    assert errors.out.splitlines()[-1].split(" · ")[0] == every.out.splitlines()[-1].split(" · ")[0]


def test_min_severity_in_json_keeps_counts_and_score(run_cli, email: Path) -> None:
    every = json.loads(run_cli("review", "-s", "thank-you", str(email), "--json").out)
    errors = json.loads(run_cli("review", "-s", "thank-you", str(email), "--json",
                                "--min-severity", "error").out)
    assert errors["counts"] == every["counts"] and errors["score"] == every["score"]
    assert {f["severity"] for f in errors["findings"]} == {"error"}
    assert len(errors["findings"]) == every["counts"]["error"] < len(every["findings"])


@pytest.mark.parametrize(("flag", "ansi"), [("always", True), ("never", False), ("auto", False)])
def test_colour(run_cli, email: Path, flag: str, ansi: bool) -> None:
    out = run_cli("review", "-s", "thank-you", str(email), "--color", flag).out
    assert ("\033[" in out) is ansi  # auto: captured output is no terminal


def test_config_shows_the_file_and_the_environment(run_cli, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "config.toml"
    path.write_text('name = "Jordan Rivera"\nmodel = "gpt-4o-mini"\n', encoding="utf-8")
    monkeypatch.setenv("DRAFTER_CONFIG", str(path))
    monkeypatch.setenv("DRAFTER_MODEL", "ollama_chat/llama3.2")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-a-real-key-123456")
    text = run_cli("config")
    assert text.code == 0 and str(path) in text.out and 'name = Jordan Rivera' in text.out
    assert "DRAFTER_MODEL=ollama_chat/llama3.2" in text.out
    data = json.loads(run_cli("config", "--json").out)
    assert data["exists"] and data["values"]["model"] == "gpt-4o-mini"
    assert data["environment"]["DRAFTER_CONFIG"] == str(path)
    for out in (text.out, json.dumps(data)):
        assert "sk-test" not in out


def test_config_without_a_file_says_how_to_make_one(run_cli, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAFTER_CONFIG", str(tmp_path / "none.toml"))
    r = run_cli("config")
    assert r.code == 0 and "not there yet" in r.out and "name =" in r.out


def test_review_from_a_terminal_says_how_to_end_the_paste() -> None:
    import sys

    pexpect = pytest.importorskip("pexpect")
    child = pexpect.spawn(sys.executable, ["-m", "drafter", "review", "-", "-s", "thank-you",
                                           "--color", "never"], encoding="utf-8", timeout=60)
    child.expect(r"Paste the email, then press Ctrl-D")
    for line in EMAIL.splitlines():
        child.sendline(line)
    child.sendeof()
    child.expect("FAILED: 1 error")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1


@pytest.mark.parametrize(("value", "shown"), [("CACHE", "CACHE"), ("", None)])
def test_config_shows_the_cache_folder(run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       value: str, shown: str | None) -> None:
    monkeypatch.setenv("DRAFTER_CONFIG", str(tmp_path / "none.toml"))
    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path / value) if value else "")
    data = json.loads(run_cli("config", "--json").out)
    assert data["cache"] == (str(tmp_path / shown) if shown else None)
    assert ("cache: off" in run_cli("config").out) is (shown is None)
