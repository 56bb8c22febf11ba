"""Proof that a speed change left every finding as it was: byte-identical review output.

Saves, then compares, the JSON that `drafter review --format json` prints for every email in
benchmarks/blind/emails-*.jsonl under every stage and with the stage inferred, and the
check() report of every draft review_bench.py times (examples/drafts, tests/corpus).

    python benchmarks/same_findings.py save  OUT.jsonl    # before the change
    python benchmarks/same_findings.py check OUT.jsonl    # after it: exit 1 on any difference

The command runs in this process (drafter.cli.main, stdout captured), with a fixed --today
so that the timing rules read the same day and PYTHONHASHSEED=0 (pyspellchecker breaks ties
between equally common corrections in set order); `--cold K` also runs K of the cases as a real
`python -m drafter review` subprocess and compares their output with the in-process one.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TODAY = "2026-03-02"


def _emails() -> list[tuple[str, str]]:
    out = []
    for path in sorted((ROOT / "benchmarks" / "blind").glob("emails-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                out.append((f"{path.stem}:{case['id']}", case["text"]))
    return out


def _review_cases(folder: Path) -> Iterator[tuple[str, list[str]]]:
    from drafter.rubric import stage_names

    for key, text in _emails():
        file = folder / (key.replace(":", "-") + ".txt")
        file.write_text(text, encoding="utf-8")
        for stage in [None, *stage_names()]:
            argv = ["review", "--format", "json", "--today", TODAY, file.name]
            if stage:
                argv += ["--stage", stage]
            yield f"review {key} {stage or 'inferred'}", argv


def _run(argv: list[str]) -> str:
    from drafter.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(argv)
    return f"exit {code}\n{out.getvalue()}"


def _check_reports() -> Iterator[tuple[str, str]]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from review_bench import corpus, variants

    from drafter.rubric import check, infer_stage, load_rubric

    files = corpus()
    texts = [f.read_text(encoding="utf-8") for f in files]
    rubrics = [load_rubric(infer_stage(t)) for t in texts]
    for round_, batch in enumerate([texts, *variants(texts, 2)]):
        for f, t, rubric in zip(files, batch, rubrics, strict=True):
            name = f"check {f.relative_to(ROOT)} round {round_}"
            yield name, check(t, rubric, today=dt.date.fromisoformat(TODAY)).model_dump_json()


def outputs(cold: int = 0) -> Iterator[tuple[str, str]]:
    here = Path.cwd()
    with tempfile.TemporaryDirectory() as tmp:
        os.chdir(tmp)  # the files by their bare names: the output names them
        try:
            cases = list(_review_cases(Path(tmp)))
            for name, argv in cases:
                yield name, _run(argv)
            step = max(1, len(cases) // cold) if cold else 0
            for name, argv in cases[::step] if step else []:
                done = subprocess.run([sys.executable, "-m", "drafter", *argv], cwd=tmp,
                                      capture_output=True, text=True, encoding="utf-8",
                                      check=False)
                if f"exit {done.returncode}\n{done.stdout}" != _run(argv):
                    sys.exit(f"{name}: the subprocess printed other output than main() did")
        finally:
            os.chdir(here)
    yield from _check_reports()


def main() -> None:
    if os.environ.get("PYTHONHASHSEED") != "0":
        # pyspellchecker picks among equally frequent corrections in set order, which string
        # hashing randomises per process ('sortation': 'sortition' or 'hortation', both 50):
        # one seed for the saved run and the checked one, and their subprocesses
        os.execve(sys.executable, [sys.executable, *sys.argv],
                  {**os.environ, "PYTHONHASHSEED": "0"})
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["save", "check"])
    parser.add_argument("file", type=Path)
    parser.add_argument("--cold", type=int, default=0, help="cases also run as a subprocess")
    args = parser.parse_args()
    if args.action == "save":
        with args.file.open("w", encoding="utf-8") as out:
            count = 0
            for name, text in outputs(args.cold):
                out.write(json.dumps({"case": name, "output": text}) + "\n")
                count += 1
        print(f"saved {count} outputs to {args.file}")
        return
    saved = [json.loads(line) for line in args.file.read_text(encoding="utf-8").splitlines()]
    expected = {row["case"]: row["output"] for row in saved}
    seen, differ = 0, []
    for name, text in outputs(args.cold):
        seen += 1
        if expected.get(name) != text:
            differ.append(name)
    missing = len(expected) - (seen - sum(name not in expected for name in differ))
    for name in differ[:20]:
        print(f"DIFFERS: {name}")
    print(f"{seen} outputs compared, {len(differ)} differ, {missing} saved but not produced")
    sys.exit(1 if differ or missing else 0)


if __name__ == "__main__":
    main()
