"""The model's read of the notes: the same facts the deterministic reader finds, asked for as
structured output (the JSON schema of `ModelRead`), validated, re-asked once with the
validation error, then dropped.

Nothing here decides what reaches an email: `drafter.reconcile` checks every value against the
notes and against the deterministic read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from drafter.prompts import render_template


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")  # invented keys mean the model misread the task

    @model_validator(mode="before")
    @classmethod
    def _blank_is_none(cls, data: Any) -> Any:
        """"" for "not said" (what unconstrained models write) is null, not an error."""
        if isinstance(data, dict):
            data = {k: None if isinstance(v, str) and not v.strip() else v
                    for k, v in data.items()}
            if isinstance(data.get("people"), list):  # a blank slot names no one
                data["people"] = [p for p in data["people"]
                                  if not (isinstance(p, dict) and not p.get("name"))]
        return data


# Bounds in the schema are bounds on what a grammar-constrained server can generate: a small
# model otherwise lists empty people until the token limit cuts the JSON off.
_Text = Annotated[str, Field(min_length=1, max_length=120)]


class ReadPerson(_Strict):
    name: Annotated[str, Field(min_length=2, max_length=60)]
    title: _Text | None = None
    part: Literal["interviewer", "recruiter", "hr", "other"] = "interviewer"
    topics: list[_Text] = Field(default_factory=list, max_length=4)


class ReadDates(_Strict):
    """Each date as the notes write it ("Friday", "Nov 27", "end of next week")."""

    interview: _Text | None = None
    decision: _Text | None = None
    offer_deadline: _Text | None = None
    rejection: _Text | None = None


class ModelRead(_Strict):
    company: _Text | None = None
    role: _Text | None = None
    candidate: _Text | None = None
    people: list[ReadPerson] = Field(default_factory=list, max_length=6)
    write_to: _Text | None = None
    dates: ReadDates = Field(default_factory=ReadDates)
    offer_from: _Text | None = None
    rejection_from: _Text | None = None


def schema() -> dict[str, Any]:
    return ModelRead.model_json_schema()


# the facts as JSON are short; a cap keeps a rambling small model from running for minutes
MAX_TOKENS = 400

Call = Callable[[list[dict[str, str]], str, dict[str, Any]], Awaitable[str]]


def _errors(exc: ValidationError) -> str:
    return "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'reply'}: {e['msg']}"
                     for e in exc.errors()[:3])


def parse_reply(reply: str) -> ModelRead:
    """The reply as a ModelRead; ValueError (with a message fit to send back) otherwise."""
    from drafter.llm import json_in

    try:
        return ModelRead.model_validate(json_in(reply))
    except ValidationError as exc:
        raise ValueError(_errors(exc)) from None
    except ValueError as exc:  # not JSON at all
        raise ValueError(str(exc)[:300]) from None


async def read_notes(notes: str, stage: str, today: dt.date | None, call: Call
                     ) -> tuple[ModelRead | None, str]:
    """Ask for the read, re-ask once with what was wrong; (read, status) or (None, why)."""
    error: str | None = None
    for step in ("read", "read (re-asked)"):
        prompt = render_template("shared/extract.j2", notes=notes, stage=stage,
                                 today=today.isoformat() if today else None, error=error)
        reply = await call([{"role": "user", "content": prompt}], step, schema())
        try:
            return parse_reply(reply), "valid" if error is None else "valid when re-asked"
        except ValueError as exc:
            error = str(exc)
    return None, f"invalid twice ({error}); dropped"
