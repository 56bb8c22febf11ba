"""Files: written atomically, never overwritten without --force, and a Ctrl-C or a crash in the
middle of a batch or a write leaves only whole files (nothing half-written, nothing lost)."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from email import message_from_string, policy
from pathlib import Path
from typing import Any

import pytest

from drafter import batch as batch_mod
from drafter.errors import UsageError
from drafter.files import write_atomic
from drafter.message import parse_message
from drafter.rubric import check, load_rubric

from .support import COUNTS, EXAMPLES, assert_clean_exit, cli

TODAY = "2026-03-06"
NOTES = EXAMPLES / "notes" / "larkspur.txt"
PEOPLE = [
    ("Marcus Bell", "Design Director",
     '"onboarding redesign for new patients", "asked how I critique junior designers\' work"'),
    ("Elena Rossi", "PM, Care Team app",
     '"medication reminders roadmap", "she worried about notification fatigue"'),
    ("José Núñez", "Staff Designer",
     '"design system tokens in Figma", "I described migrating 40 components to variables"'),
    ("Amara Obi", "Research Lead",
     '"usability studies with tiny samples", "asked about recruiting caregivers as participants"'),
    ("Wei Zhang", "Engineering Manager",
     '"handoff between design and engineering", "he wants fewer late spec changes"'),
]
PANEL = ('company = "Copperline Health"\nrole = "Product Designer"\ncandidate = "Aisha Karimi"\n'
         'interview_date = "2026-03-06"\n' + "".join(
             f'\n[[interviewers]]\nname = "{n}"\ntitle = "{t}"\ntopics = [{p}]\n'
             for n, t, p in PEOPLE))
SENTINEL = "an older file that must survive\n"


def _panel(tmp_path: Path) -> Path:
    path = tmp_path / "panel.toml"
    path.write_text(PANEL, encoding="utf-8")
    return path


def _temp_leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith(".tmp")]


def _email_text(path: Path) -> str:
    """The email inside a draft file of any format; fails if the file is not whole."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return str(json.loads(raw)["email"]["text"])
    if path.suffix == ".eml":
        msg = message_from_string(raw, policy=policy.default)
        assert msg["Subject"] and msg["X-Unsent"] == "1"
        body = msg.get_body()
        assert body is not None
        return f"Subject: {msg['Subject']}\n\n{body.get_content()}"
    return raw


def assert_folder_whole(folder: Path, fmt: str) -> dict[str, Any]:
    """Every draft present is a whole email that passes review; summary.json is valid and
    agrees with the folder; no temp files. Returns the summary."""
    assert _temp_leftovers(folder) == []
    summary = json.loads((folder / "summary.json").read_text(encoding="utf-8"))
    assert summary["schema"] == 1
    entries = {d["file"]: d for d in summary["drafts"]}
    rubric = load_rubric(summary["stage"])
    for path in sorted(folder.iterdir()):
        if path.name == "summary.json":
            continue
        COUNTS.files_checked += 1
        try:
            text = _email_text(path)
            message = parse_message(text)
            assert message.subject and message.greeting and message.signature, text
            assert entries[path.name]["status"] in ("written", "skipped")
            assert check(text, rubric).passed, text
        except Exception:
            COUNTS.files_lost += 1
            raise
    for name, entry in entries.items():  # everything the summary calls done is really there
        if entry["status"] in ("written", "skipped"):
            COUNTS.files_checked += 1
            if not (folder / name).is_file():
                COUNTS.files_lost += 1
                raise AssertionError(f"summary lists {name} as {entry['status']}; it is gone")
    return summary


# -- never overwrite without --force -----------------------------------------------------------

@pytest.mark.parametrize("fmt", ["text", "json", "eml"])
def test_draft_out_is_never_overwritten_without_force(fmt: str, tmp_path: Path) -> None:
    target = tmp_path / f"draft.{fmt}"
    target.write_text(SENTINEL, encoding="utf-8")
    argv = ["draft", str(NOTES), "--today", TODAY, "--format", fmt, "--out", str(target)]
    run = cli(argv)
    assert_clean_exit(run, allowed=[2])
    assert "already exists" in run.err and "--force" in run.err
    assert target.read_text(encoding="utf-8") == SENTINEL
    assert_clean_exit(cli([*argv, "--force"]), allowed=[0])
    assert "Priya" in _email_text(target)
    assert _temp_leftovers(tmp_path) == []


def test_plan_ics_is_never_overwritten_without_force(tmp_path: Path) -> None:
    target = tmp_path / "plan.ics"
    target.write_text(SENTINEL, encoding="utf-8")
    argv = ["plan", str(NOTES), "--today", "2026-11-19", "--ics", str(target)]
    run = cli(argv)
    assert_clean_exit(run, allowed=[2])
    assert target.read_text(encoding="utf-8") == SENTINEL
    assert_clean_exit(cli([*argv, "--force"]), allowed=[0])
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert _temp_leftovers(tmp_path) == []


def test_batch_drafts_are_never_overwritten_without_force(tmp_path: Path) -> None:
    out = tmp_path / "drafts"
    out.mkdir()
    kept = out / "elena-rossi.txt"
    kept.write_text(SENTINEL, encoding="utf-8")
    argv = ["batch", str(_panel(tmp_path)), "--today", TODAY, "--out", str(out)]
    run = cli(argv)
    assert_clean_exit(run, allowed=[2])
    assert "elena-rossi.txt already exists" in run.err
    assert kept.read_text(encoding="utf-8") == SENTINEL
    assert sorted(p.name for p in out.iterdir()) == ["elena-rossi.txt"]  # nothing else written
    # exit 1 is the batch-level similarity rule (five people, three offline wordings)
    assert_clean_exit(cli([*argv, "--force"]), allowed=[0, 1])
    assert "Elena" in kept.read_text(encoding="utf-8")
    assert_folder_whole(out, "text")


# -- Ctrl-C in the middle of a batch -----------------------------------------------------------

def _interrupt_on(monkeypatch: pytest.MonkeyPatch, nth: int) -> list[str]:
    """Make the drafting function raise KeyboardInterrupt when called for the nth interviewer."""
    real = batch_mod.amake_draft
    calls: list[str] = []

    async def flaky(ctx: Any, opts: Any) -> Any:
        calls.append(opts.interviewer)
        if len(calls) == nth:
            raise KeyboardInterrupt
        return await real(ctx, opts)

    monkeypatch.setattr(batch_mod, "amake_draft", flaky)
    return calls


@pytest.mark.parametrize("fmt", ["text", "eml", "json"])
def test_ctrl_c_mid_batch_leaves_only_whole_files(fmt: str, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "drafts"
    argv = ["batch", str(_panel(tmp_path)), "--today", TODAY, "--out", str(out), "--format", fmt]
    calls = _interrupt_on(monkeypatch, 3)
    run = cli(argv)
    assert run.code == 130, run.err
    assert "Traceback" not in run.err
    lines = run.err.splitlines()
    assert lines[-1] == "drafter: interrupted"
    assert all(" written " in line for line in lines[:-1]), lines  # progress, then one line
    assert len(calls) == 3
    summary = assert_folder_whole(out, fmt)
    written = [d["interviewer"] for d in summary["drafts"] if d["status"] == "written"]
    assert written == [p[0] for p in PEOPLE[:2]]

    # nothing was lost: --resume keeps the two finished drafts and writes the other three
    monkeypatch.undo()
    run = cli([*argv, "--resume"])
    assert_clean_exit(run, allowed=[0, 1])  # 1: the batch similarity rule, not a lost file
    summary = assert_folder_whole(out, fmt)
    status = [d["status"] for d in summary["drafts"]]
    assert status == ["skipped", "skipped", "written", "written", "written"]


def test_ctrl_c_while_writing_a_draft_leaves_no_half_file(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The interrupt lands inside write_atomic (after the temp file is written, before the
    rename) for the 3rd draft: no temp file, no partial draft, summary still valid."""
    out = tmp_path / "drafts"
    real_replace = os.replace
    renames: list[str] = []

    def replace(src: Any, dst: Any) -> None:
        if str(dst).endswith(".txt"):
            renames.append(str(dst))
            if len(renames) == 3:
                raise KeyboardInterrupt
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    run = cli(["batch", str(_panel(tmp_path)), "--today", TODAY, "--out", str(out)])
    assert run.code == 130 and run.err.splitlines()[-1] == "drafter: interrupted", run.err
    monkeypatch.undo()
    summary = assert_folder_whole(out, "text")
    assert sorted(p.name for p in out.iterdir()) == ["elena-rossi.txt", "marcus-bell.txt",
                                                     "summary.json"]
    assert [d["status"] for d in summary["drafts"]][:2] == ["written", "written"]


# -- a crash inside write_atomic ---------------------------------------------------------------

def _boom(exc: BaseException) -> Callable[..., None]:
    def fail(*args: Any, **kw: Any) -> None:
        raise exc
    return fail


@pytest.mark.parametrize("where", ["os.replace", "os.fsync"])
@pytest.mark.parametrize("exc", [OSError(28, "No space left on device"),
                                 PermissionError(13, "Permission denied"), KeyboardInterrupt()],
                         ids=["ENOSPC", "EACCES", "Ctrl-C"])
def test_write_atomic_failure_keeps_the_old_file(where: str, exc: BaseException, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "draft.txt"
    target.write_text(SENTINEL, encoding="utf-8")
    monkeypatch.setattr(os, where.split(".")[1], _boom(exc))
    expected: type[BaseException] = KeyboardInterrupt if isinstance(exc, KeyboardInterrupt) \
        else UsageError
    with pytest.raises(expected) as info:
        write_atomic(target, "the new text\n", force=True)
    monkeypatch.undo()
    COUNTS.files_checked += 1
    if target.read_text(encoding="utf-8") != SENTINEL:
        COUNTS.files_lost += 1
    assert target.read_text(encoding="utf-8") == SENTINEL
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.txt"]
    if expected is UsageError:
        assert str(target) in str(info.value) and "\n" not in str(info.value)


@pytest.mark.parametrize("command", ["draft", "plan", "batch"])
def test_cli_write_crash_is_one_line_and_keeps_the_old_file(command: str, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    """os.replace fails (disk full, a network drive gone) for every command that writes."""
    if command == "batch":
        out = tmp_path / "drafts"
        out.mkdir()
        old = out / "marcus-bell.txt"
        argv = ["batch", str(_panel(tmp_path)), "--today", TODAY, "--out", str(out), "--force"]
    else:
        old = tmp_path / ("plan.ics" if command == "plan" else "draft.txt")
        flag = "--ics" if command == "plan" else "--out"
        argv = [command, str(NOTES), "--today", TODAY, flag, str(old), "--force"]
    old.write_text(SENTINEL, encoding="utf-8")
    monkeypatch.setattr(os, "replace", _boom(OSError(28, "No space left on device")))
    run = cli(argv)
    monkeypatch.undo()
    assert_clean_exit(run, allowed=[2])
    assert "No space left on device" in run.err
    COUNTS.files_checked += 1
    if old.read_text(encoding="utf-8") != SENTINEL:
        COUNTS.files_lost += 1
    assert old.read_text(encoding="utf-8") == SENTINEL
    assert _temp_leftovers(tmp_path) == []


def test_write_atomic_refuses_unencodable_text_before_touching_the_disk(tmp_path: Path) -> None:
    target = tmp_path / "draft.txt"
    target.write_text(SENTINEL, encoding="utf-8")
    with pytest.raises(UsageError, match="invalid character"):
        write_atomic(target, "half a pair: \ud800\n", force=True)
    assert target.read_text(encoding="utf-8") == SENTINEL
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.txt"]
