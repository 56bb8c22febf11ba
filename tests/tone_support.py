"""What the tone table tests share: a rule run on its own, and the loud findings of a review."""

from __future__ import annotations

import dataclasses

from test_rules import Case, rubric

from drafter.report import Finding
from drafter.rubric import check


def loud(findings: list[Finding]) -> list[tuple[str, str]]:
    """Errors and warnings; the carrier email may already hold words of the sentence, so a
    repeat is the harness's doing, not the sentence's."""
    return [(f.rule, f.match) for f in findings
            if f.severity in ("error", "warning") and f.rule != "generic.repeated-phrase"]


def alone(case: Case, rule_id: str) -> list[Finding]:
    """The rule on its own: a rule listed earlier may report the same text first."""
    full = rubric(case.stage)
    only = dataclasses.replace(full, rules=tuple(r for r in full.rules if r.id == rule_id))
    return check(case.text, only, case.context).findings
