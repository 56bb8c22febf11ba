"""CLI conventions: short options, bad numeric/URL values as one-line errors (exit 2), UTF-16."""

from __future__ import annotations

from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "notes"


@pytest.mark.parametrize("argv", [
    ["draft", "--timeout", "-1"], ["draft", "--revisions", "-3"], ["batch", "x", "--concurrency",
                                                                      "0"],
    ["draft", "--api-base", "not-a-url"], ["batch", "x", "--timeout", "abc"],
])
def test_bad_values_are_one_line_errors(run_cli, argv: list[str]) -> None:
    r = run_cli(*argv)
    assert r.code == 2 and r.out == "" and len(r.err.strip().splitlines()) == 1, r.err


def test_short_options(run_cli) -> None:
    r = run_cli("draft", "-s", "thank-you", str(EXAMPLES / "larkspur.txt"), "--today",
                "2026-11-18")
    assert r.code == 0 and "Dear Priya," in r.out


def test_utf16_with_a_bom_is_read(run_cli, tmp_path: Path) -> None:
    email = tmp_path / "email.txt"
    text = ("Subject: Thank you\n\nDear Priya,\n\nThank you for your time today and for our "
            "conversation about the streaming migration at Larkspur Analytics.\n\nBest regards,"
            "\nJordan Rivera\n")
    email.write_bytes(text.encode("utf-16"))
    r = run_cli("review", "-s", "thank-you", str(email))
    assert r.code in (0, 1) and "binary" not in r.err and "stage thank-you" in r.out


@pytest.mark.parametrize("flag", [["--json"], ["--format", "json"]])
def test_review_json_by_either_flag(run_cli, flag: list[str]) -> None:
    import json

    r = run_cli("review", "-s", "thank-you", *flag,
                str(Path(__file__).resolve().parent.parent / "examples" / "drafts" /
                    "thank-you.txt"))
    assert json.loads(r.out)["schema"] == 1
