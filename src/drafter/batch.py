"""One personalised draft per interviewer, written as each is ready, nothing lost.

Model drafts run concurrently (bounded); each finished draft is written atomically at once and
`summary.json` is rewritten after every draft, so a crash, a failed call or Ctrl-C keeps all the
work done so far. A batch-level rule flags drafts that read as copies of each other.
"""

from __future__ import annotations

import asyncio
import difflib
import json
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from email import message_from_string, policy
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from slugify import slugify

from drafter.context import InterviewContext, Interviewer
from drafter.drafting import DraftResult, Options, amake_draft
from drafter.errors import DrafterError, UsageError
from drafter.files import write_atomic
from drafter.message import parse_message
from drafter.outgoing import Email
from drafter.render import draft_eml, draft_json, draft_text
from drafter.report import Finding

SUFFIX = {"text": ".txt", "eml": ".eml", "json": ".json"}


# -- input -------------------------------------------------------------------------------------

def context_from_structured(text: str, name: str) -> InterviewContext:
    """A TOML or JSON file that lists the interviewers explicitly."""
    try:
        data = json.loads(text) if name.endswith(".json") else tomllib.loads(text)
        # JSON's \ud800 escapes decode to lone surrogates, which no file or terminal can take
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except (json.JSONDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"{name} is not valid {'JSON' if name.endswith('.json') else 'TOML'}: "
                         f"{exc}") from None
    except RecursionError:
        raise UsageError(f"{name} is nested too deeply to be a list of interviewers") from None
    except UnicodeEncodeError as exc:
        raise UsageError(f"{name} holds an invalid character escape "
                         f"({exc.object[exc.start:exc.end]!a}, half a surrogate pair)") from None
    if not isinstance(data, dict):
        raise UsageError(f"{name}: expected a table with an 'interviewers' list")
    try:
        ctx = InterviewContext.model_validate({**data, "source": text})
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise UsageError(f"{name}: {where}: {err['msg'].lower()}") from None
    return ctx


# -- file names --------------------------------------------------------------------------------

def file_names(people: list[Interviewer], fmt: str) -> list[str]:
    """Safe, distinct file names: accents folded, slashes and spaces gone, duplicates numbered."""
    seen: dict[str, int] = {}
    out = []
    for i, person in enumerate(people, 1):
        base = slugify(person.name, max_length=60) or f"interviewer-{i}"
        seen[base] = seen.get(base, 0) + 1
        stem = base if seen[base] == 1 else f"{base}-{seen[base]}"
        out.append(stem + SUFFIX[fmt])
    return out


# -- the batch-level rubric --------------------------------------------------------------------

def _batch_rule() -> dict[str, Any]:
    from drafter.rubric.data import shipped_file

    return shipped_file("batch.toml")["rules"]["batch.too-similar"]


def _comparable(email: Email, names: list[str]) -> list[str]:
    """The body's words minus its greeting and anyone's name: what a reader would compare."""
    message = parse_message(email.text)
    body = message.body_text
    if message.greeting:
        body = body.replace(message.greeting_text, "", 1)
    for name in names:
        for part in name.split():
            body = re.sub(rf"\b{re.escape(part)}\b", "", body)
    return re.findall(r"[a-z0-9']+", body.casefold())


def similarity(a: Email, b: Email, names: list[str]) -> float:
    """0..1: the share of the two bodies' words that line up in order (difflib ratio)."""
    wa, wb = _comparable(a, names), _comparable(b, names)
    if not wa or not wb:
        return 0.0
    return difflib.SequenceMatcher(None, wa, wb, autojunk=False).ratio()


def similar_pairs(emails: dict[str, Email], threshold: float) -> list[tuple[str, str, float]]:
    names = list(emails)
    pairs = []
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            score = similarity(emails[a], emails[b], names)
            if score >= threshold:
                pairs.append((a, b, round(score, 3)))
    return pairs


def similarity_finding(other: str, score: float, threshold: float) -> Finding:
    rule = _batch_rule()
    return Finding(rule="batch.too-similar", category=rule["category"],
                   severity=rule["severity"],
                   message=f"{rule['message']}: {score:.0%} the same as the draft to {other} "
                           f"(limit {threshold:.0%})",
                   suggestion="build it around what this interviewer discussed")


# -- running -----------------------------------------------------------------------------------

@dataclass
class Entry:
    interviewer: str
    file: str
    status: str = "pending"  # written | skipped | failed
    passed: bool = False
    score: int | None = None
    engine: str | None = None
    findings: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None
    note: str | None = None


def _render(result: DraftResult, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(draft_json(result), indent=2, ensure_ascii=False) + "\n"
    if fmt == "eml":
        return draft_eml(result)
    return draft_text(result)


def _existing_text(path: Path, fmt: str) -> str | None:
    """The email text of a draft a previous run wrote (for --resume), or None if unreadable."""
    try:
        raw = path.read_text(encoding="utf-8")
        if fmt == "json":
            return str(json.loads(raw)["email"]["text"])
        if fmt == "eml":
            # policy.default: the Subject comes back decoded and unfolded ("Thank you – Elena"),
            # not as the RFC 2047 words on the wire ("=?utf-8?q?...")
            msg = message_from_string(raw, policy=policy.default)
            part = msg.get_body(preferencelist=("plain",))
            body = part.get_content() if part is not None else ""
            return f"Subject: {msg['Subject']}\n\n{body}"
        return raw
    except Exception:  # whatever is wrong with an old file (unreadable, mangled): write anew
        return None


@dataclass
class BatchResult:
    entries: list[Entry]
    pairs: list[tuple[str, str, float]]
    summary_path: Path

    @property
    def exit_code(self) -> int:
        return 0 if all(e.passed for e in self.entries) else 1


Progress = Callable[[Entry], None]


class Batch:
    def __init__(self, ctx: InterviewContext, opts: Options, out: Path, fmt: str = "text",
                 concurrency: int = 4, resume: bool = False, force: bool = False,
                 progress: Progress | None = None) -> None:
        if not ctx.interviewers:
            raise UsageError("the notes name no interviewers; list them, e.g. "
                             "'Interviewers:' then one '* Name (Title): topics' line each")
        if concurrency < 1:
            raise UsageError("--concurrency must be at least 1")
        self.ctx, self.opts, self.out, self.fmt = ctx, opts, out, fmt
        self.concurrency, self.resume, self.force = concurrency, resume, force
        self.progress = progress or (lambda entry: None)
        names = file_names(ctx.interviewers, fmt)
        self.entries = [Entry(p.name, n) for p, n in zip(ctx.interviewers, names, strict=True)]
        self.results: dict[str, DraftResult] = {}
        self.summary_path = out / "summary.json"
        self.read: dict[str, Any] = {}  # the model's read of the notes, when a model drafts

    def _check_targets(self) -> None:
        if self.force or self.resume:
            return
        taken = [e.file for e in self.entries if (self.out / e.file).exists()]
        if taken:
            raise UsageError(f"{self.out / taken[0]} already exists ({len(taken)} of "
                             f"{len(self.entries)} drafts); use --resume to keep finished "
                             "drafts or --force to overwrite")

    def _write_summary(self) -> None:
        data = {
            "schema": 1, "stage": self.opts.stage, "model": self.opts.model,
            "drafts": [vars(e) for e in self.entries],
        }
        if self.read:
            data["read"] = self.read
        write_atomic(self.summary_path, json.dumps(data, indent=2, ensure_ascii=False) + "\n",
                     force=True)

    def _resume_entry(self, entry: Entry) -> bool:
        path = self.out / entry.file
        if not (self.resume and path.exists()):
            return False
        text = _existing_text(path, self.fmt)
        if text is None:
            return False
        opts = replace(self.opts, interviewer=entry.interviewer)
        from drafter.rubric import check, load_rubric

        report = check(text, load_rubric(opts.stage, opts.rubric), self.ctx,
                       interviewer=entry.interviewer, today=opts.today)
        if not report.passed:
            return False
        entry.status, entry.passed, entry.score, entry.note = (
            "skipped", True, report.score, "kept: the existing draft passes")
        return True

    def _record(self, entry: Entry, result: DraftResult) -> None:
        write_atomic(self.out / entry.file, _render(result, self.fmt), force=True,
                     newline="" if self.fmt == "eml" else None)
        self.results[entry.interviewer] = result
        entry.status, entry.passed, entry.score = "written", result.passed, result.report.score
        entry.engine, entry.note = result.engine, result.note
        entry.findings = [f.model_dump() for f in result.report.findings]
        if not any(t for t in (self.ctx.interviewer(entry.interviewer) or Interviewer(
                name="?")).topics):
            entry.note = "the notes list no topics for this interviewer; add one and re-run"

    async def _one(self, entry: Entry, pool: asyncio.Semaphore, lock: asyncio.Lock) -> None:
        if self._resume_entry(entry):
            async with lock:
                self._write_summary()
            self.progress(entry)
            return
        opts = replace(self.opts, interviewer=entry.interviewer, require_topic=False,
                       variant=self.entries.index(entry), include_notes=False)
        try:
            async with pool:
                result = await amake_draft(self.ctx, opts)
        except DrafterError as exc:  # a timeout or bad reply for one person stops no one else
            entry.status, entry.error = "failed", str(exc)
        else:
            self._record(entry, result)
        async with lock:
            self._write_summary()
        self.progress(entry)

    async def _read(self) -> None:
        """With a model, its read of the notes, once for every draft (each draft's prompt then
        holds only its own interviewer's facts). Whom each goes to is the batch's list."""
        from drafter.chain import structured_read  # lazy: litellm

        trace: dict[str, Any] = {"calls": []}
        opts = replace(self.opts, interviewer=self.entries[0].interviewer)
        try:
            self.ctx, _ = await structured_read(self.ctx, opts, trace)
        except DrafterError as exc:  # each draft then meets (and reports) the same failure
            trace["read"]["status"] = f"failed ({exc})"
        self.read = {**trace["read"], "calls": trace["calls"]}

    async def _run(self) -> None:
        if self.opts.model and self.entries:
            await self._read()
        pool, lock = asyncio.Semaphore(self.concurrency), asyncio.Lock()
        await asyncio.gather(*(self._one(e, pool, lock) for e in self.entries))

    async def _rework(self, entry: Entry, finding: Finding) -> bool:
        """Ask the model to rewrite a draft that reads like another; keep it if it passes."""
        from drafter.chain import arevise  # lazy: litellm

        opts = replace(self.opts, interviewer=entry.interviewer, require_topic=False,
                       include_notes=False)
        try:
            revised = await arevise(self.results[entry.interviewer], self.ctx, opts, [finding])
        except DrafterError as exc:
            entry.note = f"could not rework the similar draft: {exc}"
            return False
        if not revised.passed:
            return False
        self._record(entry, revised)
        return True

    def _similarity_pass(self) -> list[tuple[str, str, float]]:
        rule = _batch_rule()
        threshold = float(rule["threshold"])

        def pairs_now() -> list[tuple[str, str, float]]:
            return similar_pairs({n: r.email for n, r in self.results.items()}, threshold)

        pairs = pairs_now()
        if pairs and self.opts.model:
            # the later draft of each pair is reworked once, then everything is measured again
            for name in dict.fromkeys(b for _, b, _ in pairs):
                a, _, score = next(p for p in pairs if p[1] == name)
                entry = next(e for e in self.entries if e.interviewer == name)
                asyncio.run(self._rework(entry, similarity_finding(a, score, threshold)))
            pairs = pairs_now()
        for a, b, score in pairs:
            entry = next(e for e in self.entries if e.interviewer == b)
            finding = similarity_finding(a, score, threshold)
            self.results[b].report.findings.append(finding)
            entry.findings.append(finding.model_dump())
            if finding.severity == "error":
                entry.passed = False
        if pairs:
            self._write_summary()
        return pairs

    def run(self) -> BatchResult:
        if self.out.exists() and not self.out.is_dir():
            raise UsageError(f"{self.out} is a file, not a folder; choose another --out")
        try:
            self.out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UsageError(f"cannot create the folder {self.out}: {exc.strerror or exc}") \
                from None
        self._check_targets()
        self._write_summary()
        asyncio.run(self._run())
        pairs = self._similarity_pass()
        return BatchResult(self.entries, pairs, self.summary_path)
