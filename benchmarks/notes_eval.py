"""Score the offline path (notes in, email out) on a blind set of notes with answer keys.

    python benchmarks/notes_eval.py benchmarks/blind/notes-a.jsonl [--show] [--json]

Each case is one JSON line: id, stage, today, to (what a person would pass as --to, or null),
notes, and key (recipient, greeting_ok, company, role, candidate, dates, offer_from, must_ask).
Every case ends in exactly one outcome:

- ``sendable``: an email was written, it passes the rubric and no fact in it is wrong;
- ``asked``: drafter asked or refused and the key says something needed is missing (correct);
- ``refused``: drafter asked or refused although the notes hold what the email needs;
- ``wrong``: the email states a fact that contradicts the key (recipient, company, role,
  signature, a date) or writes when the key says it should have asked;
- ``failing``: an email was written but it does not pass the rubric (nothing wrong in it).

Whether each sentence reads well is a human judgement: this script scores facts, not prose.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from drafter.config import Config
from drafter.drafting import Options, make_draft
from drafter.errors import DrafterError
from drafter.notes import parse_notes

_GREETING = re.compile(r"^(?:Dear|Hi|Hello|Good\s+\w+)\s+(?P<who>[^,\n]+),", re.M)
_MONTHS = [dt.date(2026, m, 1).strftime("%B") for m in range(1, 13)]
_DATE = re.compile(r"\b(?P<m>" + "|".join(_MONTHS) + r")\s+(?P<d>\d{1,2})\b")
_WEEKDAY_DATE = re.compile(r"\b(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),"
                           r"\s+(?P<m>" + "|".join(_MONTHS) + r")\s+(?P<d>\d{1,2})\b")


def _norm(text: str | None) -> str:
    return " ".join(re.sub(r"[^\w&' ]+", " ", (text or "").casefold()).split())


def _same(got: str | None, want: str | None) -> bool:
    """Loose equality: one contains the other once punctuation and case are set aside."""
    a, b = _norm(got), _norm(want)
    return bool(a) and bool(b) and (a in b or b in a)


def _dates_in(text: str, today: dt.date) -> list[tuple[dt.date | None, str]]:
    """Month-day dates an email states, placed in the year nearest `today`."""
    out = []
    for m in _DATE.finditer(text):
        month = _MONTHS.index(m["m"]) + 1
        options = []
        for year in (today.year - 1, today.year, today.year + 1):
            try:
                options.append(dt.date(year, month, int(m["d"])))
            except ValueError:
                continue
        out.append((min(options, key=lambda d: abs((d - today).days)) if options else None,
                    m.group(0)))
    return out


def _key_dates(key: dict[str, Any]) -> set[dt.date]:
    from drafter import schedule

    found = set()
    for value in (key.get("dates") or {}).values():
        for item in value if isinstance(value, list) else [value]:
            if item:
                found.add(dt.date.fromisoformat(item))
    if (key.get("dates") or {}).get("offer_deadline"):
        # the composer asks for an answer a few days before the offer's own date: derived, right
        found.add(schedule.ask_by(dt.date.fromisoformat(key["dates"]["offer_deadline"])))
    return found


def wrong_facts(email_text: str, signature: str, case: dict[str, Any],
                today: dt.date) -> list[str]:
    """Each way the email contradicts the answer key."""
    key = case["key"]
    out = []
    if key.get("must_ask"):
        out.append("wrote an email where the key says drafter must ask")
    greet = _GREETING.search(email_text)
    ok = [g.casefold() for g in key.get("greeting_ok") or []]
    if greet and ok and greet["who"].strip().casefold() not in ok:
        out.append(f"greeting '{greet['who']}' (want one of {key.get('greeting_ok')})")
    company = key.get("company")
    people = [p["name"] for p in key.get("people") or [] if p.get("name")]
    for person in people:  # another person's name in a thank-you is that person's topic
        if (case["stage"] == "thank-you" and key.get("recipient")
                and not _same(person, key["recipient"])
                and re.search(rf"\b{re.escape(person)}\b", email_text)):
            out.append(f"names another person, {person}")
    if key.get("candidate") and signature and not _same(signature.splitlines()[0],
                                                         key["candidate"]):
        out.append(f"signed '{signature.splitlines()[0]}' (want {key['candidate']})")
    allowed = _key_dates(key)
    for day, text in _dates_in(email_text, today):
        if day is not None and day not in allowed:
            out.append(f"date '{text}' read as {day} is not in the notes")
    for m in _WEEKDAY_DATE.finditer(email_text):
        for day, _ in _dates_in(m.group(0), today):
            if day is not None and f"{day:%A}" != m["w"]:
                out.append(f"'{m.group(0)}' is not a {m['w']}")
    return out + _company_and_role(email_text, case, company)


def _company_and_role(text: str, case: dict[str, Any], company: str | None) -> list[str]:
    out = []
    ctx = case["_ctx"]
    if ctx.company and ctx.company in text and not _same(ctx.company, company):
        out.append(f"company '{ctx.company}' (want {company})")
    role = case["key"].get("role")
    if ctx.role and ctx.role in text and not _same(ctx.role, role):
        out.append(f"role '{ctx.role}' (want {role})")
    return out


def score_case(case: dict[str, Any]) -> dict[str, Any]:
    today = dt.date.fromisoformat(case["today"])
    ctx = parse_notes(case["notes"], today=today)
    case["_ctx"] = ctx
    # a person whose notes do not give their name has it in drafter's config (or types it once
    # when asked): the set scores reading the notes, not that setup step
    config = Config(name=None if case["key"].get("candidate") else "Alex Morgan")
    opts = Options(stage=case["stage"], interviewer=case.get("to"), today=today, config=config)
    row: dict[str, Any] = {"id": case["id"], "stage": case["stage"]}
    try:
        result = make_draft(ctx, opts)
    except DrafterError as exc:
        row["outcome"] = "asked" if case["key"].get("must_ask") else "refused"
        row["why"] = str(exc)
        return row
    email = result.email
    wrong = wrong_facts(email.text, email.signature, case, today)
    row["email"] = email.text
    if wrong:
        row["outcome"], row["why"] = "wrong", "; ".join(wrong)
    elif not result.passed:
        row["outcome"] = "failing"
        row["why"] = "; ".join(f"{f.rule}: {f.match}" for f in result.report.findings
                               if f.severity == "error")
    else:
        row["outcome"] = "sendable"
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cases", type=Path)
    parser.add_argument("--show", action="store_true", help="print every case's outcome")
    parser.add_argument("--emails", action="store_true", help="with --show, print the emails")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    cases = [json.loads(line) for line in args.cases.read_text().splitlines() if line.strip()]
    rows = [score_case(c) for c in cases]
    counts = Counter(r["outcome"] for r in rows)
    if args.json:
        print(json.dumps({"cases": len(rows), "counts": counts, "rows": rows}, indent=2))
        return 0
    if args.show:
        for r in rows:
            print(f"{r['id']:5} {r['stage']:16} {r['outcome']:9} {r.get('why', '')}")
            if args.emails and "email" in r:
                print("      " + r["email"].replace("\n", "\n      "))
    good = counts["sendable"] + counts["asked"]
    print(f"{len(rows)} cases: " + ", ".join(f"{k} {counts[k]}" for k in
          ("sendable", "asked", "refused", "wrong", "failing")) +
          f" · right outcome {good}/{len(rows)} ({good / max(len(rows), 1):.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
