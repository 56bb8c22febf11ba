"""A model's second opinion on tone for `drafter review --model M`.

The deterministic rubric stays the gate: the model's findings are warnings, labelled as the
model's, and each must quote words that occur in the email (a quote the email does not hold is
dropped, so a model cannot put words in the writer's mouth). litellm is imported only here,
and only when --model is given, so a plain `drafter review` stays fast.
"""

from __future__ import annotations

import re

from drafter.prompts import render_template
from drafter.report import Finding

CATEGORIES = ("ultimatum", "desperate", "accusatory", "generic")
RULE = "model.tone"


def _locate(text: str, quote: str) -> tuple[int, int] | None:
    """Where the quote occurs in the email, spacing and apostrophe style set aside."""
    words = [re.escape(w) for w in quote.replace("’", "'").split()]
    if not words or len(" ".join(quote.split())) < 8:
        return None  # a word or two proves nothing about tone
    pattern = r"\s+".join(words).replace("'", "['’]")
    found = re.search(pattern, text)
    return (found.start(), found.end()) if found else None


def findings_from(reply: str, text: str, model: str) -> list[Finding]:
    """The model's problems whose quote occurs in the email, as warnings; the rest dropped."""
    from drafter.llm import json_in  # light: litellm itself loads only on a call

    try:
        data = json_in(reply)
    except ValueError:  # no JSON, or broken JSON: no second opinion to report
        data = None
    items = data.get("problems") if isinstance(data, dict) else None
    out: list[Finding] = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        category, quote = item.get("category"), item.get("quote")
        if category not in CATEGORIES or not isinstance(quote, str):
            continue
        span = _locate(text, quote)
        if span is None or any(f.start == span[0] for f in out):
            continue
        why = " ".join(str(item.get("why") or "").split())[:160]
        line = text.count("\n", 0, span[0]) + 1
        column = span[0] - (text.rfind("\n", 0, span[0]) + 1) + 1
        out.append(Finding(
            rule=RULE, category=category, severity="warning",
            message=f"second opinion from {model}: {why or category}",
            line=line, column=column, match=text[span[0]:span[1]], start=span[0], end=span[1]))
    return out


def second_opinion(text: str, stage: str, *, model: str, api_base: str | None = None,
                   timeout: float = 60) -> list[Finding]:
    """Ask `model` for tone problems in `text`; raise ModelError (one line) if the call fails."""
    from drafter.llm import complete  # litellm is slow to import: only on this path

    prompt = render_template("review/tone_opinion.j2", stage=stage, email=text)
    reply = complete([{"role": "user", "content": prompt}], model=model, api_base=api_base,
                     temperature=0, max_tokens=400, timeout=timeout, json_mode=True)
    return findings_from(reply.text, text, model)
