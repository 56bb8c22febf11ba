"""Score `drafter review` on a blind set of labelled emails.

    python benchmarks/review_eval.py benchmarks/blind/emails-a.jsonl [--show]

Each line: id, stage, label ("good" | "bad"), problems [{category, span}], text. Each email is
reviewed for its stage without notes. A good email is *clean* when no finding is an error or a
warning; a bad email's problem is *caught* when a finding of its category (error or warning)
is raised (for "generic", a specifics finding counts: that rule asks the body to name something
only this conversation produced). Tone = the ultimatum, desperate and accusatory categories.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections import Counter
from pathlib import Path

from drafter.rubric import check, load_rubric

TONE = ("ultimatum", "desperate", "accusatory")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cases", type=Path)
    parser.add_argument("--show", action="store_true", help="list every miss")
    parser.add_argument("--only", default="", help="comma-separated rule ids: score these "
                        "rules alone (e.g. the structural frames without the phrase lists)")
    args = parser.parse_args(argv)
    only = {r for r in args.only.split(",") if r}
    cases = [json.loads(x) for x in args.cases.read_text().splitlines() if x.strip()]
    good = clean = 0
    caught: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for case in cases:
        rubric = load_rubric(case["stage"])
        if only:
            rubric = dataclasses.replace(rubric, rules=tuple(r for r in rubric.rules
                                                             if r.id in only))
        report = check(case["text"], rubric, None)
        loud = [f for f in report.findings if f.severity in ("error", "warning")]
        if case["label"] == "good":
            good += 1
            clean += not loud
            if loud and args.show:
                print(f"{case['id']} good, flagged: " + "; ".join(
                    f"{f.rule} [{f.match}]" for f in loud))
            continue
        for cat in {p["category"] for p in case["problems"]}:
            total[cat] += 1
            # a stock body is answered by specifics.named ("names no role, topic or ...")
            hit = any(f.category == cat or (cat == "generic" and f.category == "specifics")
                      for f in loud)
            caught[cat] += hit
            if not hit and args.show:
                spans = " | ".join(p["span"] for p in case["problems"] if p["category"] == cat)
                print(f"{case['id']} {cat} missed: {spans}")
    tone_caught = sum(caught[c] for c in TONE)
    tone_total = sum(total[c] for c in TONE)
    per = ", ".join(f"{c} {caught[c]}/{total[c]}" for c in sorted(total))
    print(f"good emails clean {clean}/{good}; tone problems caught {tone_caught}/{tone_total} "
          f"({per})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
