"""`drafter review --model M`: a model's second opinion on tone, as warnings that quote the email.

The reply parsing is a pure function, proved on a table of replies a model might give. The CLI
path replays a cassette recorded from the real local server (SmolLM2-135M via llama.cpp,
`scripts/record_cassettes.sh tests/test_second_opinion.py`); its assertions hold for whatever
the model replied: they check the contract, not one model's wording.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from llm_support import LOCAL_API_BASE, LOCAL_MODEL, use_cassette

from drafter.second_opinion import findings_from

EMAIL = ("Subject: Checking in\n\nDear Ms. Lee,\n\nI wanted to follow up on the Site Manager "
         "role. If I don’t hear back by Friday, I will accept the other offer.\nI really need "
         "this job.\n\nBest regards,\nSam Ortiz\n")


def _reply(*problems: dict[str, str]) -> str:
    return json.dumps({"problems": list(problems)})


# (what the model replied, the quotes drafter keeps)
REPLIES = [
    (_reply({"category": "ultimatum", "quote": "I will accept the other offer", "why": "threat"}),
     ["I will accept the other offer"]),
    # a straight apostrophe for the email's curly one, and spacing across a line break
    (_reply({"category": "ultimatum", "quote": "If I don't hear back by Friday", "why": "x"}),
     ["If I don’t hear back by Friday"]),
    (_reply({"category": "desperate", "quote": "offer. I  really need this job", "why": "x"}),
     ["offer.\nI really need this job"]),
    # words the email does not hold are never reported
    (_reply({"category": "accusatory", "quote": "you never replied to me", "why": "x"}), []),
    # a category outside tone, a quote too short to prove anything, a non-string quote
    (_reply({"category": "spelling", "quote": "I wanted to follow up", "why": "x"}), []),
    (_reply({"category": "ultimatum", "quote": "Friday", "why": "x"}), []),
    (_reply({"category": "ultimatum", "quote": 42, "why": "x"}), []),
    # the same span twice is one finding
    (_reply({"category": "desperate", "quote": "I really need this job", "why": "a"},
            {"category": "desperate", "quote": "I really need this job", "why": "b"}),
     ["I really need this job"]),
    # prose around the JSON, no JSON at all, broken JSON, the wrong shape
    ("Here you go: " + _reply({"category": "desperate", "quote": "I really need this job"}),
     ["I really need this job"]),
    ("The email looks fine to me.", []),
    ('{"problems": [{"category": "ultimatum", "quote": "I will', []),
    ('{"problems": "none"}', []),
    ("[]", []),
]


@pytest.mark.parametrize(("reply", "kept"), REPLIES, ids=[str(i) for i in range(len(REPLIES))])
def test_only_quotes_the_email_holds_become_warnings(reply: str, kept: list[str]) -> None:
    found = findings_from(reply, EMAIL, "some-model")
    assert [f.match for f in found] == kept
    for f in found:
        assert f.severity == "warning" and f.rule == "model.tone"
        assert "some-model" in f.message
        assert EMAIL[f.start:f.end] == f.match
        assert EMAIL.splitlines()[f.line - 1][f.column - 1:].startswith(f.match.split("\n")[0])


def test_review_with_a_real_model_adds_only_quoted_warnings(run_cli, tmp_path: Path) -> None:
    email = tmp_path / "email.txt"
    email.write_text(EMAIL, encoding="utf-8")
    plain = run_cli("review", "-s", "missed-deadline", str(email), "--format", "json")
    with use_cassette("review_second_opinion.yaml") as cassette:
        r = run_cli("review", "-s", "missed-deadline", str(email), "--format", "json",
                    "--model", LOCAL_MODEL, "--api-base", LOCAL_API_BASE, "--timeout", "900")
    assert len(cassette.requests) == 1
    sent = json.loads(cassette.requests[0].body)["messages"][-1]["content"]
    assert "I really need this job" in sent and "Return {\"problems\": []}" in sent
    data, before = json.loads(r.out), json.loads(plain.out)
    # the rubric stays the gate: same errors, same exit code, whatever the model said
    assert r.code == plain.code == 1
    errors = [f for f in data["findings"] if f["severity"] == "error"]
    assert errors == [f for f in before["findings"] if f["severity"] == "error"]
    for f in data["findings"]:
        if f["rule"] == "model.tone":
            assert f["severity"] == "warning" and f["match"] in EMAIL


def test_a_failed_model_call_leaves_the_rubric_result(run_cli, tmp_path: Path) -> None:
    email = tmp_path / "email.txt"
    email.write_text(EMAIL, encoding="utf-8")
    # a cassette that holds nothing, in replay mode: the call fails as an unreachable server would
    with use_cassette("review_second_opinion_missing.yaml", record_mode="none",
                      allow_playback_repeats=False):
        r = run_cli("review", "-s", "missed-deadline", str(email), "--model", LOCAL_MODEL,
                    "--api-base", LOCAL_API_BASE, "--timeout", "5")
    assert r.code == 1
    assert "no second opinion" in r.err and len(r.err.strip().splitlines()) == 1
    assert "FAILED: 3 errors" in r.out and "model.tone" not in r.out
