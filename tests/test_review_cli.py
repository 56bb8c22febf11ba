from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from drafter.rubric import load_rubric

CLEAN = """Subject: Thank you – Senior Data Engineer interview

Dear Priya,

Thank you for taking the time to speak with me today about the Senior Data Engineer role at
Larkspur Analytics. I enjoyed our conversation about moving your nightly batch ETL to streaming
with Kafka and Flink, and I have kept thinking about your question on replay costs.

In my current role I cut on-call pages by 40% with alert deduplication, and I would welcome the
chance to bring the same focus on reliability to your streaming migration.

I look forward to hearing about next steps. Please let me know if I can provide anything else.

Best regards,
Jordan Rivera
"""


def test_clean_email_passes(run_cli, tmp_path: Path) -> None:
    f = tmp_path / "email.txt"
    f.write_text(CLEAN)
    r = run_cli("review", "--stage", "thank-you", str(f))
    assert r.code == 0, r.out
    # a pass says what it measured, not that the email is safe to send
    n = sum(rule.enabled for rule in load_rubric("thank-you").rules)
    assert r.out.startswith(f"no problems found by {n} rules · score 100/100")
    r = run_cli("review", "--stage", "thank-you", "--json", str(f))
    assert json.loads(r.out)["rules_checked"] == n


def test_a_pass_with_warnings_counts_them_and_the_rules(run_cli, tmp_path: Path) -> None:
    f = tmp_path / "email.txt"
    f.write_text(CLEAN.replace("Best regards", "Thanks! Really! Best regards!"))
    r = run_cli("review", "--stage", "thank-you", str(f))
    assert r.code == 0, r.out
    summary = r.out.strip().splitlines()[-1]
    assert re.match(r"passed: 0 errors, 1 warning, 0 info from \d+ rules · ", summary), r.out


def test_bad_email_fails_with_located_findings(run_cli, tmp_path: Path) -> None:
    f = tmp_path / "email.txt"
    f.write_text("Hey [Hiring Manager],\n\nI haven't heard back and I'm still waiting :)\n")
    r = run_cli("review", "--json", str(f))
    assert r.code == 1
    data = json.loads(r.out)
    assert data["schema"] == 1 and data["passed"] is False
    rules = {(x["rule"], x["line"], x["column"]) for x in data["findings"]}
    assert ("placeholder.slot", 1, 5) in rules
    assert ("tone.unheard", 3, 1) in rules
    assert ("emoji.any", 3, 44) in rules


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[list[str], str]]:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n\n")
    binary = tmp_path / "photo.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Dear Jos\xe9,\n\nThank you.\n".encode("latin-1"))
    huge = tmp_path / "huge.txt"
    huge.write_text("Dear Priya, thank you for your time. " * 140_000)  # ~5 MB
    bad_rubric = tmp_path / "bad.toml"
    bad_rubric.write_text("[rules.'length.body'\nlimit = 3\n")
    draft = tmp_path / "ok.txt"
    draft.write_text(CLEAN)
    return {
        "empty": ([str(empty)], "is empty"),
        "binary": ([str(binary)], "binary"),
        "invalid utf-8": ([str(latin1)], "not UTF-8"),
        "5 MB": ([str(huge)], "MB"),
        "missing": ([str(tmp_path / "nope.txt")], "no such file"),
        "folder": ([str(tmp_path)], "folder"),
        "unknown stage": (["--stage", "thankyou", str(draft)], "unknown stage"),
        "malformed rubric": (["--rubric", str(bad_rubric), str(draft)], "not valid TOML"),
        "missing rubric": (["--rubric", str(tmp_path / "x.toml"), str(draft)], "not found"),
        "bad date": (["--today", "next tuesday", str(draft)], "not a date"),
    }


@pytest.mark.parametrize("case", ["empty", "binary", "invalid utf-8", "5 MB", "missing", "folder",
                                  "unknown stage", "malformed rubric", "missing rubric",
                                  "bad date"])
def test_bad_input_is_one_line_and_exit_2(run_cli, tmp_path: Path, case: str) -> None:
    args, expected = _bad_inputs(tmp_path)[case]
    r = run_cli("review", *args)
    assert r.code == 2 and r.out == ""
    assert len(r.err.strip().splitlines()) == 1 and expected in r.err, r.err
    assert "Traceback" not in r.err


def test_review_imports_no_model_library() -> None:
    import subprocess
    import sys

    for argv in (["review", str(Path(__file__).parent.parent / "examples/drafts/thank-you.txt")],
                 ["--help"]):
        out = subprocess.run([sys.executable, "-X", "importtime", "-m", "drafter", *argv],
                             capture_output=True, text=True, check=False)
        modules = {line.split("|")[-1].strip().split(".")[0] for line in out.stderr.splitlines()
                   if line.startswith("import time:")}
        assert not modules & {"litellm", "openai", "anthropic"}, argv
        assert "drafter" in modules  # the probe itself works


def test_rules_lists_every_rule_with_category_and_severity(run_cli) -> None:
    r = run_cli("rules", "--json")
    data = json.loads(r.out)
    categories = {rule["category"] for rule in data["rules"]}
    assert {"length", "emoji", "accusatory", "ultimatum", "desperate", "generic", "placeholder",
            "casual", "spelling", "specifics", "timing", "readability"} <= categories
    text = run_cli("rules").out
    assert all(rule["id"] in text for rule in data["rules"])


def test_readability_grades_are_textstats_own() -> None:
    """The two grade formulas are textstat's, written out (no textstat import on review)."""
    import textstat
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from drafter.rubric.checks import readability as r

    files = sorted((Path(__file__).parent / "corpus").rglob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    texts += ["", "A short plain sentence.", "Hi. Ok! Yes? No", "don't 'quoted' it's o'clock",
              "...", "a b c. d e f g! h", "Ünïcödé wörds — and – dashes; (brackets) [x] 3.5%"]
    for text in texts:
        assert r.automated_readability_index(text) == textstat.automated_readability_index(text)
        assert r.coleman_liau_index(text) == textstat.coleman_liau_index(text)

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet="ab É'’.!?,;- \n\t0_", max_size=60))
    def agree(text: str) -> None:
        assert r.automated_readability_index(text) == textstat.automated_readability_index(text)
        assert r.coleman_liau_index(text) == textstat.coleman_liau_index(text)

    agree()
