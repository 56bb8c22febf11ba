"""Findings and the report the rubric returns; the JSON shape here is the stable `schema: 1`.

Plain dataclasses: building them as pydantic models took ~75 ms of a cold `drafter review`.
`model_dump`, `model_dump_json` and `model_copy` give what the pydantic models gave.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]
Category = Literal[
    "length", "emoji", "accusatory", "ultimatum", "desperate", "generic", "placeholder",
    "casual", "spelling", "specifics", "timing", "readability",
]
CATEGORIES: tuple[str, ...] = Category.__args__  # type: ignore[attr-defined]
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
# Points a finding costs; the score is 100 minus these, floored at 0.
PENALTY = {"error": 25, "warning": 6, "info": 1}


class _Model:
    """What the report's users had from pydantic: a dump without the excluded offsets, its
    compact JSON, and a copy with some fields changed."""

    _EXCLUDE: frozenset[str] = frozenset()

    def model_dump(self) -> dict[str, Any]:
        return {f.name: _dumped(getattr(self, f.name)) for f in dataclasses.fields(self)  # type: ignore[arg-type]
                if f.name not in self._EXCLUDE}

    def model_dump_json(self) -> str:
        return json.dumps(self.model_dump(), ensure_ascii=False, separators=(",", ":"))

    def model_copy(self, update: dict[str, Any] | None = None) -> Any:
        return dataclasses.replace(self, **(update or {}))  # type: ignore[type-var]


def _dumped(value: Any) -> Any:
    if isinstance(value, list):
        return [_dumped(v) for v in value]
    return value.model_dump() if isinstance(value, _Model) else value


@dataclass(kw_only=True)
class Finding(_Model):
    rule: str
    category: Category
    severity: Severity
    message: str
    line: int = 1
    column: int = 1
    match: str = ""
    suggestion: str | None = None
    # character offsets into the reviewed text; used for fixes, not part of the JSON contract
    start: int = 0
    end: int = 0

    _EXCLUDE = frozenset({"start", "end"})


@dataclass(kw_only=True)
class Report(_Model):
    stage: str
    stage_inferred: bool = False
    proofreader: str = "none"
    findings: list[Finding] = field(default_factory=list)
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
