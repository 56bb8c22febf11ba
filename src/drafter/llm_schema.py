"""How a structured-output request is written for a given server, and when to step down.

OpenAI, llama.cpp's own `llama-server` and litellm's Anthropic and Ollama adapters take
OpenAI's form, `{"type": "json_schema", "json_schema": {...}}`. llama-cpp-python's server refuses
it (HTTP 500, "Input should be 'text' or 'json_object'") and constrains output with its own form,
`{"type": "json_object", "schema": {...}}`. So a call starts with OpenAI's form and, refused,
steps down once per form: json_schema -> json_object with the schema -> json_object. The form
that worked is remembered per model and endpoint for the rest of the process.
"""

from __future__ import annotations

import re
from typing import Any, Literal

Form = Literal["json_schema", "json_object+schema", "json_object"]
FORMS: tuple[Form, ...] = ("json_schema", "json_object+schema", "json_object")

# the words a server uses when it refuses the response_format it was sent (not any 400/500)
_REFUSED = re.compile(r"response_format|json_schema|'text' or 'json_object'|"
                      r"does not support .*(?:schema|structured)", re.I)

_known: dict[tuple[str, str | None], Form] = {}


def form_for(model: str, api_base: str | None) -> Form:
    return _known.get((model, api_base), FORMS[0])


def remember(model: str, api_base: str | None, form: Form) -> None:
    _known[(model, api_base)] = form


def forget_all() -> None:
    """Tests start from nothing known."""
    _known.clear()


def response_format(form: Form, schema: dict[str, Any], name: str = "reply") -> dict[str, Any]:
    if form == "json_schema":
        return {"type": "json_schema",
                "json_schema": {"name": name, "schema": schema, "strict": False}}
    if form == "json_object+schema":
        return {"type": "json_object", "schema": schema}
    return {"type": "json_object"}


def step_down(form: Form, exc: BaseException) -> Form | None:
    """The next form to try when `exc` is the server refusing `form`; None when the error is
    about something else (then the ordinary failure handling applies)."""
    if not _REFUSED.search(str(exc)[:2000]):
        return None
    i = FORMS.index(form)
    return FORMS[i + 1] if i + 1 < len(FORMS) else None
