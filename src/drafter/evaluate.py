"""`drafter eval`: run a file of cases (notes, a stage, an answer key) through one or more engines
and score what each writes against the key.

A case is one JSON line (the format of `examples/eval/cases.jsonl`):

    {"id": "a01", "stage": "thank-you", "today": "2026-11-18", "to": null, "notes": "...",
     "key": {"recipient": "...", "greeting_ok": ["Priya", "Ms. Shah"], "company": "...",
             "role": "...", "candidate": "..." | null, "must_ask": false,
             "dates": {"interview": "2026-11-18", "decision": null, "offer_deadline": null,
                       "sent_checkin": null, "rejection": null}, "people": [...]}}

Every case ends in one outcome: *sendable* (an email that passes the rubric and states no fact
the key contradicts), *asked* (drafter asked or refused where the key says it must), *refused*
(it asked although the notes hold what the email needs), *wrong* (the email states a fact the
key contradicts: recipient, form of address, company, role, signature, a date; or it wrote where
it must ask), *failing* (an email that does not pass the rubric). Whether each sentence reads
well is a human judgement: this scores facts, not prose.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drafter.config import Config
from drafter.errors import DrafterError, UsageError

OUTCOMES = ("sendable", "asked", "refused", "wrong", "failing")
_GREETING = re.compile(r"^(?:Dear|Hi|Hello|Good\s+\w+)\s+(?P<who>[^,\n]+),", re.M)
_MONTHS = [dt.date(2026, m, 1).strftime("%B") for m in range(1, 13)]
# "March 4" and "4 March" (the composer writes a day-first date where the notes do)
_DATE = re.compile(r"\b(?:(?P<m>" + "|".join(_MONTHS) + r")\s+(?P<d>\d{1,2})\b|"
                   r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m2>" + "|".join(_MONTHS) + r")\b)")
_WEEKDAY_DATE = re.compile(r"\b(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),"
                           r"\s+(?P<m>" + "|".join(_MONTHS) + r")\s+(?P<d>\d{1,2})\b")


def load_cases(path: Path) -> list[dict[str, Any]]:
    """The cases of a JSON-lines file; a line that is not a case is bad input (one line)."""
    from drafter.inputs import read_text

    cases = []
    for no, line in enumerate(read_text(str(path)).splitlines(), 1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
        except ValueError as exc:
            raise UsageError(f"{path}:{no}: not JSON ({exc.msg})") from None
        missing = [k for k in ("stage", "today", "notes", "key") if not isinstance(case, dict)
                   or k not in case]
        if missing:
            raise UsageError(f"{path}:{no}: a case needs {', '.join(missing)}")
        try:
            dt.date.fromisoformat(case["today"])
        except (TypeError, ValueError):
            raise UsageError(f"{path}:{no}: today '{case['today']}' is not a date like "
                             "2026-11-18") from None
        case.setdefault("id", f"line{no}")
        cases.append(case)
    if not cases:
        raise UsageError(f"{path}: no cases in the file")
    return cases


_ORDINALS = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth"}


def _norm(text: str | None) -> str:
    words = re.sub(r"[^\w&' ]+", " ", (text or "").casefold()).split()
    return " ".join(_ORDINALS.get(w, w) for w in words)


def _expand(got: str, want: str) -> str:
    """`got` with each all-capitals abbreviation spelled out where `want` holds words whose
    initials spell it ("SRE" and "Site Reliability Engineer", "HS" and "High School"): a person
    who wrote the abbreviation in the notes is not given a wrong role by it."""
    words = re.findall(r"[\w&']+", want)

    def spell(m: re.Match[str]) -> str:
        abbr = m.group(0)
        for i in range(len(words) - len(abbr) + 1):
            run = words[i:i + len(abbr)]
            if "".join(w[0] for w in run).upper() == abbr:
                return " ".join(run)
        return abbr

    got = re.sub(r"\b(?:Dept|Univ|Assoc|Intl|Mgmt|Svcs|Govt|Natl)\b\.?",
                 lambda m: _SHORT[m.group(0).rstrip(".")], got)
    return re.sub(r"\b[A-Z]{2,4}\b", spell, got)


# words the notes shorten as people do ("Ridgeline County Dept of Public Health")
_SHORT = {"Dept": "Department", "Univ": "University", "Assoc": "Association",
          "Intl": "International", "Mgmt": "Management", "Svcs": "Services",
          "Govt": "Government", "Natl": "National"}


def _same(got: str | None, want: str | None) -> bool:
    """Loose equality: one contains the other once punctuation and case are set aside, or
    holds all the other's words in another order ("2nd Year Apprentice Electrician" and
    "Apprentice Electrician (2nd year)"); an abbreviation matches the words it stands for."""
    if got and want:
        got = _expand(got, want)
    a, b = _norm(got), _norm(want)
    return bool(a) and bool(b) and (a in b or b in a or set(a.split()) <= set(b.split())
                                     or set(b.split()) <= set(a.split()))


def _dates_in(text: str, today: dt.date) -> list[tuple[dt.date | None, str]]:
    """The dates an email states ("March 4", "4 March"), placed in the year nearest `today`."""
    out = []
    for m in _DATE.finditer(text):
        month = _MONTHS.index(m["m"] or m["m2"]) + 1
        options = []
        for year in (today.year - 1, today.year, today.year + 1):
            try:
                options.append(dt.date(year, month, int(m["d"] or m["d2"])))
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


def _address(who: str) -> str:
    """A form of address as a key compares it: "Professor Sato" is "Prof. Sato"."""
    words = who.replace(".", " ").casefold().split()
    return " ".join({"professor": "prof", "doctor": "dr"}.get(w, w) for w in words)


def wrong_facts(email_text: str, signature: str, case: dict[str, Any], ctx: Any,
                today: dt.date) -> list[str]:
    """Each way the email contradicts the answer key."""
    key = case["key"]
    out = []
    if key.get("must_ask"):
        out.append("wrote an email where the key says drafter must ask")
    greet = _GREETING.search(email_text)
    ok = [_address(g) for g in key.get("greeting_ok") or []]
    if greet and ok and _address(greet["who"]) not in ok:
        out.append(f"greeting '{greet['who']}' (want one of {key.get('greeting_ok')})")
    people = [p["name"] for p in key.get("people") or [] if p.get("name")]
    for person in people:  # another person's name in a thank-you is that person's topic
        if (case["stage"] == "thank-you" and key.get("recipient")
                and not _same(person, key["recipient"])
                and re.search(rf"\b{re.escape(person)}\b", _DATE.sub(" ", email_text))):
            # (a month in a date is no one: "23 April" does not name April from the college)
            out.append(f"names another person, {person}")
    if key.get("candidate") and signature and not _same(signature.splitlines()[0],
                                                         key["candidate"]):
        out.append(f"signed '{signature.splitlines()[0]}' (want {key['candidate']})")
    elif signature and not key.get("candidate"):
        # no name of the candidate's in the notes: signed as someone they name is wrong
        signed = signature.splitlines()[0]
        first = _norm(signed).split()[:1]
        other = next((p for p in [*people, key.get("recipient") or ""] if p and (
            _same(signed, p) or (first and len(first[0]) > 2
                                 and _norm(p).split()[:1] == first))), None)
        if other:
            out.append(f"signed '{signed}', the name of {other}")
    allowed = _key_dates(key)
    for day, text in _dates_in(email_text, today):
        if day is not None and day not in allowed:
            out.append(f"date '{text}' read as {day} is not in the notes")
    for m in _WEEKDAY_DATE.finditer(email_text):
        for day, _ in _dates_in(m.group(0), today):
            if day is not None and f"{day:%A}" != m["w"]:
                out.append(f"'{m.group(0)}' is not a {m['w']}")
    from drafter.written import company_name, role_title

    said = email_text.casefold()
    # as the notes write it, or as the email does (capitalised, abbreviations spelt out)
    if ctx.company and any(f.casefold() in said for f in (ctx.company, company_name(
            ctx.company) or "")) and not _same(ctx.company, key.get("company")):
        out.append(f"company '{ctx.company}' (want {key.get('company')})")
    if ctx.role and any(f.casefold() in said for f in (ctx.role, role_title(ctx.role) or "")) \
            and not (_same(ctx.role, key.get("role"))
                     or _same(role_title(ctx.role), key.get("role"))):
        out.append(f"role '{ctx.role}' (want {key.get('role')})")
    return out


@dataclass
class Engine:
    """`offline`, or a litellm model name (with its server, for a local one)."""

    name: str
    api_base: str | None = None
    timeout: float = 60.0

    @property
    def model(self) -> str | None:
        return None if self.name == "offline" else self.name


def _spent(trace: dict[str, Any]) -> dict[str, Any]:
    """Model calls, tokens and cost of one case, and how the model's read of the notes went."""
    from drafter.chain import totals

    spent = totals(trace.get("calls") or [])
    out: dict[str, Any] = {"calls": spent["calls"], "cost": spent["cost"],
                           "tokens": spent["prompt_tokens"] + spent["completion_tokens"]}
    status = (trace.get("read") or {}).get("status")
    if status and status != "skipped":
        out["read"] = status
    return out


def score_case(case: dict[str, Any], engine: Engine) -> dict[str, Any]:
    from drafter.drafting import Options, make_draft
    from drafter.notes import parse_notes

    today = dt.date.fromisoformat(case["today"])
    ctx = parse_notes(case["notes"], today=today)
    # a person whose notes do not give their name has it in drafter's config (or types it once
    # when asked): the set scores reading the notes, not that setup step
    config = Config(name=None if case["key"].get("candidate") else "Alex Morgan")
    opts = Options(stage=case["stage"], interviewer=case.get("to"), today=today, config=config,
                   model=engine.model, api_base=engine.api_base, timeout=engine.timeout)
    row: dict[str, Any] = {"id": case["id"], "stage": case["stage"], "engine": engine.name}
    started = time.perf_counter()
    try:
        result = make_draft(ctx, opts)
    except DrafterError as exc:
        row["outcome"] = "asked" if case["key"].get("must_ask") else "refused"
        row["why"] = str(exc)
        row["seconds"] = round(time.perf_counter() - started, 2)
        row.update(_spent(getattr(exc, "trace", None) or {}))
        return row
    row["seconds"] = round(time.perf_counter() - started, 2)
    row.update(_spent(result.trace))
    email = result.email
    wrong = wrong_facts(email.text, email.signature, case, ctx, today)
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


@dataclass
class Summary:
    engine: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0

    def counts(self) -> Counter[str]:
        return Counter(r["outcome"] for r in self.rows)

    def as_json(self) -> dict[str, Any]:
        counts = self.counts()
        passing = counts["sendable"]
        calls = sum(r.get("calls", 0) for r in self.rows)
        tokens = sum(r.get("tokens", 0) for r in self.rows)
        costs = [r.get("cost") for r in self.rows if r.get("calls")]
        reads = [r["read"] for r in self.rows if "read" in r]
        return {
            "engine": self.engine, "cases": len(self.rows),
            "drafts": sum("email" in r for r in self.rows),
            **{k: counts[k] for k in OUTCOMES},
            "right": counts["sendable"] + counts["asked"],
            # the model's structured read: schema-valid replies (first ask or re-asked)
            "reads": len(reads), "reads_valid": sum(r.startswith("valid") for r in reads),
            "model_calls": calls, "tokens": tokens,
            "calls_per_sendable": round(calls / passing, 2) if passing else None,
            "tokens_per_sendable": round(tokens / passing) if passing else None,
            "cost": (sum(c for c in costs if c is not None)
                     if costs and all(c is not None for c in costs) else None),
            "seconds": round(self.seconds, 2),
        }


def run(cases: list[dict[str, Any]], engines: list[Engine], concurrency: int = 4,
        progress: Any = None) -> list[Summary]:
    """Every case through every engine; one case's failure never stops the rest (its row says
    what went wrong). Model engines run `concurrency` cases at once."""
    out = []
    for engine in engines:
        summary = Summary(engine.name)
        started = time.perf_counter()
        workers = 1 if engine.model is None else max(1, concurrency)

        def one(case: dict[str, Any], engine: Engine = engine) -> dict[str, Any]:
            try:
                return score_case(case, engine)
            except Exception as exc:  # a broken case is a row, not a crash
                return {"id": case.get("id"), "stage": case.get("stage"), "engine": engine.name,
                        "outcome": "failing", "why": f"error: {type(exc).__name__}: {exc}"}

        with ThreadPoolExecutor(max_workers=workers) as pool:
            for i, row in enumerate(pool.map(one, cases), 1):
                summary.rows.append(row)
                if progress is not None:
                    progress(engine.name, i, len(cases))
        summary.seconds = time.perf_counter() - started
        out.append(summary)
    return out


def table(summaries: list[Summary]) -> str:
    """One table: a row per engine."""
    head = ("engine", "cases", "drafts", *OUTCOMES, "reads valid", "calls/sendable",
            "tokens/sendable", "cost", "seconds")
    rows = [head]
    for s in summaries:
        d = s.as_json()
        rows.append((d["engine"], d["cases"], d["drafts"], *(d[k] for k in OUTCOMES),
                     f"{d['reads_valid']}/{d['reads']}" if d["reads"] else "-",
                     "-" if d["calls_per_sendable"] is None else d["calls_per_sendable"],
                     "-" if d["tokens_per_sendable"] is None else d["tokens_per_sendable"],
                     "-" if d["cost"] is None else f"${d['cost']:.4f}", d["seconds"]))
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(head))]
    return "\n".join("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
                     for r in rows)
