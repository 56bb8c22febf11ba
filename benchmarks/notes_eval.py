"""Score the offline path (notes in, email out) on a blind set of notes with answer keys.

    python benchmarks/notes_eval.py benchmarks/blind/notes-a.jsonl [--show] [--emails] [--json]

The scoring lives in `drafter.evaluate` (also `drafter eval`, which compares engines); this
script prints one line per set, the form the README's "Limits, measured" quotes, and with
--show every case's outcome (and with --emails the email written).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from drafter.evaluate import Engine, load_cases, run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cases", type=Path)
    parser.add_argument("--show", action="store_true", help="print every case's outcome")
    parser.add_argument("--emails", action="store_true", help="with --show, print the emails")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    summary = run(load_cases(args.cases), [Engine("offline")])[0]
    counts, rows = summary.counts(), summary.rows
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
