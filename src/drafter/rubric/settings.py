"""A check's settings as plain attributes, and how they are checked (pydantic, only when needed).

A settings class declares its keys as annotations with defaults, and its own checks of a value
with `@validates(...)` (a key's value) or `@validates_all` (the whole set). A rubric file is
checked by a pydantic model built from that declaration (`validated`): extra keys forbidden,
values coerced as pydantic does, its error messages the ones rubric errors quote. The shipped
rubric's checked settings are kept in the user cache (`drafter.rubric.engine`), so a review
reads them without importing pydantic (~100 ms of a cold run) at all.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any, ClassVar, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


def validates(*keys: str) -> Callable[[F], F]:
    """Marks `fn(cls, value) -> value` as the check of these keys' values (a field validator)."""
    def mark(fn: F) -> F:
        fn._validates = keys  # type: ignore[attr-defined]
        return fn
    return mark


def validates_all(fn: F) -> F:
    """Marks `fn(self) -> self` as a check of the whole, once every key is valid."""
    fn._validates_all = True  # type: ignore[attr-defined]
    return fn


class Settings:
    """Base for a check's settings; frozen once made. Make one with `validated` (a rubric
    file's raw keys) or, from already-validated values (every key), `cls(**values)`."""

    def __init__(self, **values: Any) -> None:
        for key, value in values.items():
            object.__setattr__(self, key, value)

    def __setattr__(self, key: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen")

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and vars(other) == vars(self)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"

    def model_dump(self) -> dict[str, Any]:
        return dict(vars(self))


def validated(cls: type[Settings], raw: dict[str, Any]) -> Settings:
    """The settings a rubric file's keys give; pydantic's ValidationError when they are wrong."""
    checked = _model(cls)(**raw)
    return cls(**{key: getattr(checked, key) for key in type(checked).model_fields})


@cache
def _model(cls: type[Settings]) -> Any:
    """The pydantic model that checks `cls`'s keys: same types, defaults and validators."""
    import typing

    from pydantic import ConfigDict, create_model, field_validator, model_validator

    fields: dict[str, Any] = {}
    for key, hint in typing.get_type_hints(cls).items():
        if key.startswith("_") or typing.get_origin(hint) is ClassVar:
            continue
        fields[key] = (hint, getattr(cls, key)) if hasattr(cls, key) else (hint, ...)
    validators: dict[str, Any] = {}
    for base in reversed(cls.__mro__):
        for name, fn in vars(base).items():
            if getattr(fn, "_validates", None):
                validators[name] = field_validator(*fn._validates)(classmethod(fn))
            elif getattr(fn, "_validates_all", False):
                validators[name] = model_validator(mode="after")(fn)
    return create_model(cls.__name__, __config__=ConfigDict(extra="forbid", frozen=True),
                        __validators__=validators, __module__=cls.__module__, **fields)
