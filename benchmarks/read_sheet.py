"""Write the sheet a blind reader judges: each case's notes and the email drafted from them.

    python benchmarks/notes_eval.py SET --json > run.json
    python benchmarks/read_sheet.py SET run.json > sheet.md

Only cases that produced an email (sendable or wrong) are on the sheet; the reader gives each a
verdict, "send" (as written), "light" (a light edit) or "broken", with the sentence that decided
it, one JSON object per line (benchmarks/reads/*-verdicts.jsonl).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def sheet(cases: list[dict], rows: list[dict]) -> str:
    emails = {r["id"]: r for r in rows if r.get("email")}
    out = []
    for case in cases:
        row = emails.get(case["id"])
        if row is None:
            continue
        out.append(f"## {case['id']} — stage: {case['stage']}\n\n### Notes\n\n```\n"
                   f"{case['notes']}\n```\n\n### Email drafted\n\n```\n{row['email']}\n```\n")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cases", type=Path)
    parser.add_argument("run", type=Path, help="notes_eval.py --json output")
    args = parser.parse_args(argv)
    cases = [json.loads(x) for x in args.cases.read_text(encoding="utf-8").splitlines() if x]
    rows = json.loads(args.run.read_text(encoding="utf-8"))["rows"]
    sys.stdout.write(sheet(cases, rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
