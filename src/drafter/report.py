"""Findings and the report the rubric returns; the JSON shape here is the stable `schema: 1`."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Severity = Literal["error", "warning", "info"]
Category = Literal[
    "length", "emoji", "accusatory", "ultimatum", "desperate", "generic", "placeholder",
    "casual", "spelling", "specifics", "timing", "readability",
]
CATEGORIES: tuple[str, ...] = Category.__args__  # type: ignore[attr-defined]
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
# Points a finding costs; the score is 100 minus these, floored at 0.
PENALTY = {"error": 25, "warning": 6, "info": 1}


class Finding(BaseModel):
    rule: str
    category: Category
    severity: Severity
    message: str
    line: int = 1
    column: int = 1
    match: str = ""
    suggestion: str | None = None
    # character offsets into the reviewed text; used for fixes, not part of the JSON contract
    start: int = Field(default=0, exclude=True)
    end: int = Field(default=0, exclude=True)


class Report(BaseModel):
    stage: str
    stage_inferred: bool = False
    proofreader: str = "none"
    findings: list[Finding] = Field(default_factory=list)
    word_count: int = 0
    word_limit: int | None = None
    rules_checked: int = 0  # enabled rules: what "no problems found" was measured against

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def passed(self) -> bool:
        return not self.errors

    @property
    def score(self) -> int:
        return max(0, 100 - sum(PENALTY[f.severity] for f in self.findings))

    def counts(self) -> dict[str, int]:
        out = {"error": 0, "warning": 0, "info": 0}
        for f in self.findings:
            out[f.severity] += 1
        return out

    def to_json(self) -> dict:
        return {
            "schema": 1,
            "stage": self.stage,
            "stage_inferred": self.stage_inferred,
            "passed": self.passed,
            "score": self.score,
            "word_count": self.word_count,
            "word_limit": self.word_limit,
            "proofreader": self.proofreader,
            "rules_checked": self.rules_checked,
            "counts": self.counts(),
            "findings": [f.model_dump() for f in self.findings],
        }
