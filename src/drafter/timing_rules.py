"""The timing rules (rubrics/timing.toml) as validated data: when each follow-up may go out.

A typo or a bad value in the file is a one-line error naming the key; `drafter.schedule` does
the date arithmetic over these rules.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from drafter.dates import WEEKDAYS
from drafter.errors import UsageError
from drafter.resources import rubrics_dir

# the short weekday names timing.toml uses ("preferred_weekdays = ['Tue', 'Wed']")
WEEKDAY_KEYS = tuple(day[:3] for day in WEEKDAYS)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


def _hhmm(value: str) -> str:
    try:
        dt.time.fromisoformat(value)
    except ValueError:
        raise ValueError(f"'{value}' is not a time like 10:00") from None
    return value


class SendTimeRules(_Strict):
    default: str = "10:00"
    preferred_weekdays: tuple[str, ...] = ("Tue", "Wed", "Thu")
    prefer_weekdays_for: tuple[str, ...] = ("second-nudge", "close-the-loop")

    _check_time = field_validator("default")(_hhmm)

    @field_validator("preferred_weekdays")
    @classmethod
    def _weekdays(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        bad = [d for d in value if d not in WEEKDAY_KEYS]
        if bad:
            raise ValueError(f"'{bad[0]}' is not one of {', '.join(WEEKDAY_KEYS)}")
        return value


def _ordered(lo: int, hi: int, what: str) -> None:
    if hi < lo:
        raise ValueError(f"{what}: the latest day ({hi}) comes before the earliest ({lo})")


class ThankYouRules(_Strict):
    earliest_after_interview: int = Field(0, ge=0)
    latest_after_interview: int = Field(1, ge=0)
    send_time_same_day: str = "17:00"
    too_late_after_interview: int = Field(7, ge=0)

    _check_time = field_validator("send_time_same_day")(_hhmm)

    @model_validator(mode="after")
    def _window(self) -> ThankYouRules:
        _ordered(self.earliest_after_interview, self.latest_after_interview, "thank-you")
        return self


class MissedDeadlineRules(_Strict):
    business_days_after_decision: int = Field(1, ge=1)
    days_after_interview_without_date: int = Field(7, ge=1)


class SecondNudgeRules(_Strict):
    days_after_check_in: int = Field(7, ge=1)
    latest_days_after_check_in: int = Field(10, ge=1)

    @model_validator(mode="after")
    def _window(self) -> SecondNudgeRules:
        _ordered(self.days_after_check_in, self.latest_days_after_check_in, "second-nudge")
        return self


class CloseTheLoopRules(_Strict):
    min_days_after_second_nudge: int = Field(7, ge=1)
    max_days_after_second_nudge: int = Field(10, ge=1)

    @model_validator(mode="after")
    def _window(self) -> CloseTheLoopRules:
        _ordered(self.min_days_after_second_nudge, self.max_days_after_second_nudge,
                 "close-the-loop")
        return self


class SpacingRules(_Strict):
    min_days_between_messages: int = Field(5, ge=0)
    exempt_stages: tuple[str, ...] = ("competing-offer",)


class CompetingOfferRules(_Strict):
    answer_business_days_before_deadline: int = Field(1, ge=0)


class RejectionReplyRules(_Strict):
    within_business_days: int = Field(1, ge=0)


class PlanRules(_Strict):
    stale_after_days: int = Field(60, ge=1)


class TimingRules(_Strict):
    send_time: SendTimeRules = Field(default_factory=SendTimeRules, alias="send-time")
    thank_you: ThankYouRules = Field(default_factory=ThankYouRules, alias="thank-you")
    missed_deadline: MissedDeadlineRules = Field(default_factory=MissedDeadlineRules,
                                                 alias="missed-deadline")
    second_nudge: SecondNudgeRules = Field(default_factory=SecondNudgeRules,
                                           alias="second-nudge")
    close_the_loop: CloseTheLoopRules = Field(default_factory=CloseTheLoopRules,
                                              alias="close-the-loop")
    spacing: SpacingRules = Field(default_factory=SpacingRules)
    competing_offer: CompetingOfferRules = Field(default_factory=CompetingOfferRules,
                                                 alias="competing-offer")
    rejection_reply: RejectionReplyRules = Field(default_factory=RejectionReplyRules,
                                                 alias="rejection-reply")
    plan: PlanRules = Field(default_factory=PlanRules)
    aliases: dict[str, str] = Field(default_factory=dict)


def parse_rules(data: dict[str, Any], source: str = "timing.toml") -> TimingRules:
    """Validate timing data; a typo or a bad value is a one-line error naming the key."""
    try:
        return TimingRules.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"]) or "?"
        what = ("unknown key" if err["type"] == "extra_forbidden"
                else err["msg"].removeprefix("Value error, "))
        raise UsageError(f"{source}: {what} ({key})") from None


@cache
def timing_rules() -> TimingRules:
    from drafter.rubric.data import shipped_file

    return parse_rules(shipped_file("timing.toml"), str(rubrics_dir() / "timing.toml"))


def rules() -> dict[str, Any]:
    """The timing rules as plain data (keys as written in timing.toml)."""
    return timing_rules().model_dump(by_alias=True)
