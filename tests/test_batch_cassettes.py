"""A batch against the real local model in which one call really fails (recorded).

The third interviewer's "topics" are a pasted transcript far beyond the served model's
4096-token context: the real llama.cpp server answers that request with HTTP 400, recorded as
it came. The other interviewers' drafts must still be written, and the failure reported for
that one person only.
"""

from __future__ import annotations

import json
from pathlib import Path

from llm_support import LOCAL_API_BASE, LOCAL_MODEL, use_cassette

DATA = Path(__file__).resolve().parent / "data"


def _panel(tmp_path: Path) -> Path:
    transcript = json.dumps((DATA / "long-transcript.txt").read_text().splitlines())
    panel = tmp_path / "panel.toml"
    panel.write_text(
        'company = "Larkspur Analytics"\nrole = "Senior Data Engineer"\n'
        'candidate = "Jordan Rivera"\n'
        '[[interviewers]]\nname = "Priya Shah"\n'
        'topics = ["moving the nightly batch ETL to streaming with Kafka and Flink"]\n'
        '[[interviewers]]\nname = "Marcus Bell"\n'
        'topics = ["on-call load and alert deduplication"]\n'
        f'[[interviewers]]\nname = "Elena Rossi"\ntopics = {transcript}\n', encoding="utf-8")
    return panel


def test_one_failed_call_loses_no_other_draft(run_cli, tmp_path: Path) -> None:
    out = tmp_path / "out"
    with use_cassette("batch_partial_failure.yaml"):
        r = run_cli("batch", str(_panel(tmp_path)), "--out", str(out), "--model", LOCAL_MODEL,
                    "--api-base", LOCAL_API_BASE, "--timeout", "900", "--revisions", "0",
                    "--concurrency", "1", "--today", "2026-11-18")
    assert r.code == 1
    summary = json.loads((out / "summary.json").read_text())
    drafts = {d["interviewer"]: d for d in summary["drafts"]}
    # the model read the notes once for the batch; the pasted transcript is beyond its context
    # too, so that read failed and the notes parser's facts stood for every draft
    assert summary["read"]["status"].startswith("failed (model openai/smollm2 rejected the "
                                                "request: the prompt does not fit"), summary
    assert [c["step"] for c in summary["read"]["calls"]] == []
    assert drafts["Elena Rossi"]["status"] == "failed"
    assert "HTTP 400" in drafts["Elena Rossi"]["error"] and "context" in drafts["Elena Rossi"][
        "error"].casefold(), drafts["Elena Rossi"]["error"]
    assert not (out / "elena-rossi.txt").exists()
    for name, file in (("Priya Shah", "priya-shah.txt"), ("Marcus Bell", "marcus-bell.txt")):
        assert drafts[name]["status"] == "written", drafts[name]
        text = (out / file).read_text()
        assert text.startswith("Subject: ") and text.rstrip().endswith("Jordan Rivera")
    assert "could not be made" in r.err and "Elena Rossi" in r.err
    assert not list(out.glob(".*.tmp"))
