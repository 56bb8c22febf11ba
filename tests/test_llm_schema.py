"""Structured output: which form of `response_format` a server takes, stepping down on refusal.

The refusal text is llama-cpp-python's, as its server returned it (see MODELS.md and
cassettes/read_structured.yaml); the rest runs against a scripted litellm.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from test_llm import FakeLitellm, fake, sleeps  # noqa: F401  (fixtures)

from drafter import llm, llm_schema
from drafter.errors import ModelError

SCHEMA = {"type": "object", "properties": {"company": {"type": ["string", "null"]}}}
REFUSED = ("litellm.InternalServerError: OpenAIException - 1 validation error:\n  {'type': "
           "'literal_error', 'loc': ('body', 'response_format', 'type'), 'msg': \"Input should "
           "be 'text' or 'json_object'\", 'input': 'json_schema'}")


def _refused(text: str = REFUSED) -> BaseException:
    import litellm

    return litellm.InternalServerError(message=text, llm_provider="openai", model="smollm2")


@pytest.mark.parametrize("form,error,expected", [
    ("json_schema", REFUSED, "json_object+schema"),
    ("json_object+schema", "response_format: 'schema' is not permitted", "json_object"),
    ("json_object", "response_format is not supported", None),  # nothing lower to try
    ("json_schema", "OpenAIException - boom", None),  # another failure: the usual handling
    ("json_schema", "Connection error.", None),
])
def test_step_down(form: llm_schema.Form, error: str, expected: str | None) -> None:
    assert llm_schema.step_down(form, Exception(error)) == expected


@pytest.mark.parametrize("form,expected", [
    ("json_schema", {"type": "json_schema",
                     "json_schema": {"name": "reply", "schema": SCHEMA, "strict": False}}),
    ("json_object+schema", {"type": "json_object", "schema": SCHEMA}),
    ("json_object", {"type": "json_object"}),
])
def test_response_format(form: llm_schema.Form, expected: dict[str, Any]) -> None:
    assert llm_schema.response_format(form, SCHEMA) == expected


def test_a_refused_form_steps_down_without_a_retry_and_is_remembered(
        fake: Any, sleeps: list[float]) -> None:  # noqa: F811
    f: FakeLitellm = fake(_refused(), '{"company": null}', '{"company": "Larkspur"}')
    got = llm.complete([{"role": "user", "content": "hi"}], model="openai/smollm2",
                       api_base="http://127.0.0.1:8765/v1", schema=SCHEMA)
    assert got.text == '{"company": null}' and sleeps == []
    assert [c["response_format"]["type"] for c in f.calls] == ["json_schema", "json_object"]
    assert f.calls[1]["response_format"]["schema"] == SCHEMA
    # the next call goes straight to the form that worked
    asyncio.run(llm.acomplete([{"role": "user", "content": "hi"}], model="openai/smollm2",
                              api_base="http://127.0.0.1:8765/v1", schema=SCHEMA))
    assert f.calls[2]["response_format"] == {"type": "json_object", "schema": SCHEMA}


def test_other_failures_keep_their_own_handling(fake: Any, sleeps: list[float]) -> None:  # noqa: F811
    f: FakeLitellm = fake(_refused("OpenAIException - boom"), _refused("OpenAIException - boom"),
                          _refused("OpenAIException - boom"))
    with pytest.raises(ModelError, match="HTTP 500"):
        llm.complete([{"role": "user", "content": "hi"}], model="openai/smollm2",
                     api_base="http://127.0.0.1:8765/v1", schema=SCHEMA)
    assert len(f.calls) == 3 and len(sleeps) == 2  # retried as any 500, same form each time
    assert {c["response_format"]["type"] for c in f.calls} == {"json_schema"}
