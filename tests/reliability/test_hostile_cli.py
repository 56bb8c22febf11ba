"""The real CLI on hostile files, stdin and output paths: exit 0, 1 or 2, exit 2 is one line
starting "drafter", never a traceback, never a hang."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .strategies import SEEDS, hostile_bytes
from .support import COUNTS, EXAMPLES, Hang, assert_clean_exit, cli

CLI_EXAMPLES = settings(max_examples=40, deadline=None,  # cli() has its own hard limit
                        suppress_health_check=[HealthCheck.too_slow,
                                               HealthCheck.data_too_large])
TODAY = "2026-11-19"
FIVE_MB = (SEEDS[0] * (5_000_000 // len(SEEDS[0]) + 1))[:5_000_000].encode("utf-8")


def _argv(command: str, path: str, out: Path) -> list[str]:
    if command == "review":
        return ["review", path, "--today", TODAY]
    if command == "draft":
        return ["draft", path, "--today", TODAY]
    if command == "batch":
        return ["batch", path, "--out", str(out / "drafts"), "--today", TODAY]
    return ["plan", path, "--today", TODAY, "--ics", str(out / "plan.ics")]


@pytest.mark.parametrize("command", ["review", "draft", "batch", "plan"])
@settings(CLI_EXAMPLES, max_examples=25)
@given(data=hostile_bytes(), suffix=st.sampled_from([".txt", ".txt", ".txt", ".json", ".toml",
                                                     ""]))
def test_cli_on_random_bytes(command: str, data: bytes, suffix: str) -> None:
    COUNTS.example(f"cli {command} FILE")
    COUNTS.hostile_files += 1
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        run = cli(_argv(command, str(path), Path(tmp)))
        assert_clean_exit(run)


@pytest.mark.parametrize("command", ["review", "draft", "plan"])
@settings(CLI_EXAMPLES, max_examples=20)
@given(data=hostile_bytes())
def test_cli_on_random_stdin(command: str, data: bytes) -> None:
    COUNTS.example(f"cli {command} -")
    with tempfile.TemporaryDirectory() as tmp:
        argv = _argv(command, "-", Path(tmp))
        assert_clean_exit(cli(argv, stdin=data))


def _json_value() -> st.SearchStrategy[object]:
    leaves = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                       st.text(max_size=20), st.sampled_from(["", " ", "\ud800", "2026-13-45",
                                                              "Priya Shah", "../../etc"]))
    return st.recursive(leaves, lambda kids: st.one_of(
        st.lists(kids, max_size=4), st.dictionaries(st.text(max_size=10), kids, max_size=4)),
        max_leaves=12)


@st.composite
def structured_panel(draw: st.DrawFn) -> dict[str, object]:
    """A batch .json file: mostly the right shape, with hostile values in every slot."""
    person = st.fixed_dictionaries({"name": st.one_of(st.text(max_size=40), _json_value())},
                                   optional={"title": _json_value(), "email": _json_value(),
                                             "topics": st.one_of(st.lists(st.text(max_size=60),
                                                                          max_size=3),
                                                                 _json_value())})
    data: dict[str, object] = {"interviewers": draw(st.one_of(st.lists(person, max_size=4),
                                                               _json_value()))}
    for key in ("company", "role", "candidate", "interview_date", "decision_date", "source"):
        if draw(st.booleans()):
            data[key] = draw(st.one_of(st.text(max_size=30), _json_value()))
    return data


@CLI_EXAMPLES
@given(panel=structured_panel(), fmt=st.sampled_from(["text", "eml", "json"]))
def test_batch_on_hostile_structured_files(panel: dict[str, object], fmt: str) -> None:
    COUNTS.example("cli batch FILE.json")
    COUNTS.hostile_files += 1
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "panel.json"
        # ensure_ascii: lone surrogates travel as \ud800 escapes, as a hand-edited file has them
        path.write_text(json.dumps(panel), encoding="utf-8")
        out = Path(tmp) / "out"
        run = cli(["batch", str(path), "--out", str(out), "--format", fmt, "--today", TODAY])
        assert_clean_exit(run)
        if run.code in (0, 1):  # whatever was written is whole
            json.loads((out / "summary.json").read_text(encoding="utf-8"))
            assert not list(out.glob(".*.tmp"))


# -- specific hostile inputs (each found a traceback before it was fixed) -----------------------

def test_deeply_nested_json_panel_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    COUNTS.hostile_files += 1
    run = cli(["batch", str(path), "--out", str(tmp_path / "out")])
    assert_clean_exit(run, allowed=[2])
    assert "deep.json" in run.err


def test_deeply_nested_toml_panel_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "deep.toml"
    path.write_text("a = " + "[" * 50_000 + "]" * 50_000 + "\n", encoding="utf-8")
    COUNTS.hostile_files += 1
    assert_clean_exit(cli(["batch", str(path), "--out", str(tmp_path / "out")]), allowed=[2])


def test_lone_surrogate_in_json_panel_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "panel.json"
    path.write_text('{"candidate": "Jo Lee", "interviewers": [{"name": "Ana \\ud800 Ruiz", '
                    '"topics": ["queues"]}]}', encoding="utf-8")
    COUNTS.hostile_files += 1
    out = tmp_path / "out"
    run = cli(["batch", str(path), "--out", str(out)])
    assert_clean_exit(run, allowed=[2])
    assert "panel.json" in run.err
    assert not out.exists() or not list(out.iterdir())


@pytest.mark.parametrize("command", ["review", "draft", "batch", "plan"])
def test_five_mb_file_is_refused_quickly_in_one_line(command: str, tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(FIVE_MB)
    COUNTS.hostile_files += 1
    run = cli(_argv(command, str(path), tmp_path))
    assert_clean_exit(run, allowed=[2])
    assert run.seconds < 5
    assert "5.0 MB" in run.err and "up to 1 MB" in run.err


@pytest.mark.parametrize("command", ["review", "draft", "plan"])
def test_five_mb_paste_on_stdin_is_refused_quickly_in_one_line(command: str,
                                                              tmp_path: Path) -> None:
    COUNTS.hostile_files += 1
    run = cli(_argv(command, "-", tmp_path), stdin=FIVE_MB)
    assert_clean_exit(run, allowed=[2])
    assert run.seconds < 5
    assert "standard input" in run.err and "1 MB" in run.err
    assert "1.0 MB" not in run.err  # it is not 1.0 MB: it is more than the limit


@pytest.mark.parametrize("command", ["review", "draft", "plan"])
def test_closed_stdin_is_one_line(command: str, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """`drafter review - <&-`: Python sets sys.stdin to None."""
    monkeypatch.setattr(sys, "stdin", None)
    run = cli(_argv(command, "-", tmp_path))
    assert_clean_exit(run, allowed=[2])


@pytest.mark.parametrize("name", ["/dev/null", "/dev/zero", "/", "/nonexistent/x.txt",
                                  "/proc/self/status"])
def test_special_paths_are_one_line(name: str, tmp_path: Path) -> None:
    for command in ("review", "draft", "plan"):
        assert_clean_exit(cli(_argv(command, name, tmp_path)))


def _notes(tmp_path: Path) -> Path:
    path = tmp_path / "notes.txt"
    path.write_bytes((EXAMPLES / "notes" / "larkspur.txt").read_bytes())
    return path


def test_draft_out_is_a_folder(tmp_path: Path) -> None:
    notes, folder = _notes(tmp_path), tmp_path / "folder"
    folder.mkdir()
    for extra in ([], ["--force"]):
        run = cli(["draft", str(notes), "--today", TODAY, "--out", str(folder), *extra])
        assert_clean_exit(run, allowed=[2])
        assert "folder" in run.err
    assert folder.is_dir() and not list(folder.iterdir())


@pytest.mark.parametrize("command", ["draft", "plan", "batch"])
def test_output_under_a_file_is_one_line(command: str, tmp_path: Path) -> None:
    """--out a/b where a is a file (NotADirectoryError / FileExistsError underneath)."""
    notes, blocker = _notes(tmp_path), tmp_path / "blocker"
    blocker.write_text("keep me\n", encoding="utf-8")
    target = blocker / "x.out"
    argv = {"draft": ["draft", str(notes), "--today", TODAY, "--out", str(target)],
            "plan": ["plan", str(notes), "--today", TODAY, "--ics", str(target)],
            "batch": ["batch", str(notes), "--today", TODAY, "--out", str(target)]}[command]
    run = cli(argv)
    assert_clean_exit(run, allowed=[2])
    assert blocker.read_text(encoding="utf-8") == "keep me\n"


def test_batch_out_is_a_file(tmp_path: Path) -> None:
    notes, blocker = _notes(tmp_path), tmp_path / "drafts"
    blocker.write_text("keep me\n", encoding="utf-8")
    for extra in ([], ["--force"], ["--resume"]):
        run = cli(["batch", str(notes), "--today", TODAY, "--out", str(blocker), *extra])
        assert_clean_exit(run, allowed=[2])
        assert "drafts" in run.err
    assert blocker.read_text(encoding="utf-8") == "keep me\n"


def test_ascii_only_terminal_gets_output_not_a_traceback(tmp_path: Path) -> None:
    """A console or redirect whose encoding cannot show an emoji (PYTHONIOENCODING=ascii, a
    Windows cp1252 redirect): the findings still print, JSON stays valid JSON, the exit code
    still says what happened. One child process runs the commands one after another."""
    email = tmp_path / "email.txt"
    email.write_text("Subject: Thanks 🎉\n\nHi Priya,\n\nThanks :) for the chat about Kafka "
                     "🎉 — café.\n\nBest,\nJo\n", encoding="utf-8")
    notes = _notes(tmp_path)
    commands = [["review", str(email)], ["review", "--json", str(email)],
                ["draft", str(notes), "--today", TODAY, "--format", "json"],
                ["plan", str(notes), "--today", TODAY, "--json"]]
    script = ("import json, sys\nfrom drafter.cli import main\ncodes = []\n"
              f"for argv in {commands!r}:\n"
              "    codes.append(main(argv))\n    print('\\x1e', flush=True)\n"
              "print(json.dumps(codes), file=sys.stderr)\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DRAFTER_", "PYTHONIO"))}
    env.update(PYTHONIOENCODING="ascii", DRAFTER_CONFIG=str(tmp_path / "none.toml"))
    done = subprocess.run([sys.executable, "-c", script], env=env, cwd=tmp_path,
                          capture_output=True, timeout=60, check=False)
    COUNTS.cli_runs += len(commands)
    err = done.stderr.decode("ascii", "replace")
    assert "Traceback" not in err and done.returncode == 0, err
    codes = json.loads(err.strip().splitlines()[-1])
    assert codes == [1, 1, 0, 0], err
    outs = done.stdout.decode("ascii").split("\x1e")
    assert "emoji" in outs[0] and "\\U0001f389" in outs[0]  # shown escaped, not lost
    for out in outs[1:4]:
        json.loads(out)  # valid JSON, emoji as \\ud83c\\udf89 escapes
    assert json.loads(outs[1])["findings"]


@settings(CLI_EXAMPLES, max_examples=12)  # a whole batch per example
@given(old=hostile_bytes(), fmt=st.sampled_from(["text", "eml", "json"]))
def test_resume_over_hostile_old_drafts(old: bytes, fmt: str) -> None:
    """`batch --resume` reads the drafts a previous run left: any bytes there (a file someone
    edited, truncated or replaced) are either kept (if they pass) or rewritten, never a crash."""
    COUNTS.example("cli batch --resume over hostile files")
    COUNTS.hostile_files += 1
    suffix = {"text": ".txt", "eml": ".eml", "json": ".json"}[fmt]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "drafts"
        out.mkdir()
        (out / f"sam-ortiz{suffix}").write_bytes(old)
        (out / "summary.json").write_bytes(old)
        run = cli(["batch", str(EXAMPLES / "notes" / "panel-3.txt"), "--out", str(out),
                   "--format", fmt, "--today", "2025-12-10", "--resume"])
        assert_clean_exit(run, allowed=[0, 1])
        json.loads((out / "summary.json").read_text(encoding="utf-8"))
        assert not list(out.glob(".*.tmp"))


def test_resume_reads_an_eml_subject_as_a_person_sees_it(tmp_path: Path) -> None:
    """--resume checks the old draft's real subject, not its RFC 2047 encoded-words."""
    from drafter.batch import _existing_text

    out = tmp_path / "drafts"
    run = cli(["batch", str(EXAMPLES / "notes" / "panel-3.txt"), "--out", str(out),
               "--format", "eml", "--today", "2025-12-10"])
    assert_clean_exit(run, allowed=[0, 1])
    text = _existing_text(out / "naomi-feld.eml", "eml")
    assert text is not None
    subject = text.splitlines()[0]
    assert subject.startswith("Subject: ") and "=?" not in subject and "—" in subject
    assert "Dear Naomi," in text


_RUBRIC_BITS = st.sampled_from([
    '[rules."length.body"]\nlimit = ', '[rules."tone.hedging"]\ncheck = "phrases"\n',
    'category = "desperate"\nseverity = "warning"\nmessage = "x"\n', "phrases = ['(', '[']\n",
    'patterns = ["(?P<x", "a{99999999}", "(a+)+$"]\n', "enabled = false\n", "limit = -5\n",
    '[rules."readability.grade"]\nseverity = "error"\n', "[stage]\ntitle = 1\n",
    '[rules."spelling.unknown-word".extend]\naccept = 3\n', "[rules]\nx = 1\n", "= = =\n",
    '[rules."emoji.any"]\nemoticons = [":)", ""]\n', "limit = 1e308\n", "limit = 0\n",
])


@pytest.mark.parametrize("command", ["rules", "review", "draft", "config"])
@settings(CLI_EXAMPLES, max_examples=15)
@given(bits=st.lists(st.one_of(_RUBRIC_BITS, st.text(max_size=20)), max_size=8),
       junk=hostile_bytes(), use_junk=st.booleans())
def test_hostile_rubric_and_config_files(command: str, bits: list[str], junk: bytes,
                                         use_junk: bool) -> None:
    """A person's own --rubric file or config.toml, half right or plain garbage: exit 0, 1 or
    2 with one line, never a traceback (a bad regex in a rubric is named, not raised)."""
    COUNTS.example(f"cli --rubric/config ({command})")
    COUNTS.hostile_files += 1
    data = junk if use_junk else "".join(bits).encode("utf-8", "surrogateescape")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "mine.toml"
        path.write_bytes(data)
        email = str(EXAMPLES / "drafts" / "thank-you.txt")
        notes = str(EXAMPLES / "notes" / "larkspur.txt")
        argv = {"rules": ["rules", "--rubric", str(path), "--json"],
                "review": ["review", "--rubric", str(path), email],
                "draft": ["draft", notes, "--today", TODAY, "--rubric", str(path)],
                "config": ["draft", notes, "--today", TODAY]}[command]
        old = os.environ.get("DRAFTER_CONFIG")
        if command == "config":
            os.environ["DRAFTER_CONFIG"] = str(path)
        try:
            assert_clean_exit(cli(argv))
        finally:
            if old is not None:
                os.environ["DRAFTER_CONFIG"] = old


def test_catastrophic_pattern_in_own_rubric_is_bounded(tmp_path: Path) -> None:
    """A person's own pattern '(a+)+$' once hung `drafter review` on a 40-letter word."""
    rubric = tmp_path / "mine.toml"
    rubric.write_text('[rules."tone.mine"]\ncheck = "phrases"\ncategory = "desperate"\n'
                      'severity = "warning"\nmessage = "mine"\npatterns = ["(a+)+$"]\n',
                      encoding="utf-8")
    email = tmp_path / "email.txt"
    email.write_text("Subject: hi\n\nDear Priya,\n\nThanks " + "a" * 40 + "b.\n\nBest,\nJo\n",
                     encoding="utf-8")
    COUNTS.hostile_files += 1
    try:
        run = cli(["review", "--rubric", str(rubric), str(email)], limit=2)
    except Hang:
        raise AssertionError("drafter review still running after 2 s") from None
    assert_clean_exit(run)


_VALUES = st.one_of(
    st.sampled_from(["", "-", "--", " ", "\x00", "../../etc/passwd", "thank-you", "THANK-YOU",
                     "competing-offer", "close-the-loop", "Priya", "priya shah", "Nobody",
                     "2026-02-30", "0001-01-01", "9999-12-31", "2026-11-19", "0", "-1",
                     "99999999999999999999", "openai/x", "http://127.0.0.1:9/v1", "text", "eml",
                     "json", "offline", "none", "🎉", "\u202e", "a" * 5000]),
    st.text(max_size=12))
_FLAGS = ["--stage", "--interviewer", "--today", "--format", "--fallback", "--concurrency",
          "--notes", "--languagetool", "--rubric", "--out", "--ics"]


@settings(CLI_EXAMPLES, max_examples=60)
@given(command=st.sampled_from(["review", "draft", "batch", "plan", "rules"]),
       options=st.lists(st.tuples(st.sampled_from(_FLAGS), _VALUES), max_size=3),
       switches=st.lists(st.sampled_from(["--json", "--force", "--resume", "--help"]),
                         max_size=2, unique=True))
def test_random_arguments(command: str, options: list[tuple[str, str]],
                          switches: list[str]) -> None:
    """Odd option values (unknown stages, bad dates, a folder for --out, NUL, huge numbers):
    exit 0, 1 or 2, one line for usage errors (argparse's included), never a traceback."""
    COUNTS.example("cli random arguments")
    with tempfile.TemporaryDirectory() as tmp:
        argv = [command]
        if command != "rules":
            argv.append(str(EXAMPLES / "notes" / "larkspur.txt"))
        for flag, value in options:
            if flag in ("--out", "--ics", "--notes", "--rubric") and value not in ("", "-"):
                value = str(Path(tmp) / value.replace("\x00", "").replace("/", "_")[:100])
            if flag == "--languagetool":
                value = "http://127.0.0.1:9/"  # never a real server
            argv += [flag, value]
        with contextlib.chdir(tmp):  # batch without --out writes ./drafts: keep it in tmp
            run = cli([*argv, *switches])
        if "--help" in switches and run.code == 0:
            return
        assert_clean_exit(run)


@pytest.mark.parametrize("argv", [
    ["review", "no\nsuch\rfile\x1b[2J.txt"], ["review", "--stage", "\r", "x.txt"],
    ["draft", "--today", "2026\n11-19"], ["rules", "--stage", "thank-you\u202e\u2028x"],
], ids=["file name", "stage", "date", "rtl stage"])
def test_error_line_escapes_what_it_quotes(argv: list[str]) -> None:
    """A newline, carriage return, escape sequence or direction mark in what the person typed
    is shown escaped in the one error line, never obeyed by the terminal."""
    run = cli(argv)
    assert_clean_exit(run, allowed=[2])
    assert not any(c in run.err[:-1] for c in "\r\n\x1b\u202e\u2028")
