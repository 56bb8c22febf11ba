from __future__ import annotations

import json
from pathlib import Path

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
    assert r.out.startswith("passed: 0 errors")


def test_bad_email_fails_with_located_findings(run_cli, tmp_path: Path) -> None:
    f = tmp_path / "email.txt"
    f.write_text("Hey [Hiring Manager],\n\nI haven't heard back and I'm still waiting :)\n")
    r = run_cli("review", "--json", str(f))
    assert r.code == 1
    data = json.loads(r.out)
    assert data["schema"] == 1 and data["passed"] is False
    rules = {(x["rule"], x["line"], x["column"]) for x in data["findings"]}
    assert ("placeholder.slot", 1, 5) in rules
    assert ("tone.accusatory", 3, 1) in rules
    assert ("emoji.any", 3, 44) in rules
