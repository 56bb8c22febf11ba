"""The jinja2 environment for everything in `prompts/` (composer templates and model prompts).

StrictUndefined turns a missing variable into an error instead of an empty gap, and the
person's notes only ever arrive as variables: no user text is ever compiled as a template.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import jinja2

from drafter.resources import prompts_dir


@cache
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(prompts_dir())),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # plain text and prompts, never HTML
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_template(name: str, **variables: Any) -> str:
    return environment().get_template(name).render(**variables)
