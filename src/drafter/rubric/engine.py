"""Load rubric data (default + stage + the person's own file) and run it over a draft."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drafter import fastre
from drafter.errors import UsageError
from drafter.message import count_words, parse_message
from drafter.report import CATEGORIES, SEVERITY_ORDER, Finding, Report
from drafter.resources import rubrics_dir
from drafter.rubric import checks as _checks  # registers the checks
from drafter.rubric.data import RubricError, read_toml, shipped_digest
from drafter.rubric.registry import CHECKS, Draft, Rule
from drafter.rubric.settings import Settings, validated

if TYPE_CHECKING:  # the notes model (~7 ms to build) only when notes are read
    from drafter.context import InterviewContext
    from drafter.outcome import Options
    from drafter.outgoing import Email

_RULE_KEYS = {"check", "category", "severity", "message", "suggestion", "enabled", "extend"}
_STAGE_KEYS = {"title", "summary", "cues", "strong_cues", "order"}
#: the rubric every stage starts from, in order: the wording rules, then the structure rules
#: (a tone finding both catch is reported once, under the first)
BASE_FILES = ("default.toml", "tone-structures.toml", "tone-shapes.toml", "tone-voices.toml",
              "tone-irony.toml", "tone-clauses.toml", "tone-shapes2.toml",
              "tone-shapes3.toml", "tone-shapes4.toml", "tone-shapes5.toml",
              "tone-shapes6.toml", "tone-shapes7.toml", "tone-shapes8.toml",
              "tone-learned.toml")
#: a strong cue ("received a formal offer", "withdraw my application") all but names its stage
STRONG_CUE_WEIGHT = 3


@dataclass(frozen=True)
class Stage:
    slug: str
    title: str
    summary: str
    cues: tuple[str, ...]
    order: int
    strong_cues: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rubric:
    stage: Stage
    rules: tuple[Rule, ...]

    @property
    def word_limit(self) -> int | None:
        for rule in self.rules:
            if rule.check == "length" and rule.enabled:
                return getattr(rule.settings, "limit", None)
        return None

    def rule(self, rule_id: str) -> Rule:
        return next(r for r in self.rules if r.id == rule_id)


@cache
def stage_names() -> list[str]:
    """Every stage that has a rubric file, in the order the docs list them."""
    stages = []
    for path in rubrics_dir().glob("*.toml"):
        if path.name in BASE_FILES:
            continue
        data = read_toml(path)
        if "stage" in data:  # other data files (timing.toml) live beside the stages
            stages.append((data["stage"].get("order", 99), path.stem))
    return [name for _, name in sorted(stages)]


@cache
def load_stage(slug: str) -> Stage:
    path = rubrics_dir() / f"{slug}.toml"
    if slug not in stage_names():
        raise UsageError(f"unknown stage '{slug}' (choose from: {', '.join(stage_names())})")
    meta = read_toml(path).get("stage", {})
    return Stage(slug, meta.get("title", slug), meta.get("summary", ""),
                 tuple(meta.get("cues", [])), meta.get("order", 99),
                 tuple(meta.get("strong_cues", [])))


def _merge(base: dict[str, dict[str, Any]], layer: dict[str, Any], source: Path,
           allow_new: bool) -> None:
    """Apply one file's `[rules.ID]` tables onto the merged raw rules, checking every key."""
    unknown_top = set(layer) - {"rules", "stage"}
    if unknown_top:
        raise RubricError(f"{source}: unknown table '{sorted(unknown_top)[0]}' "
                          "(a rubric file has [stage] and [rules.ID] tables)")
    stage = layer.get("stage", {})
    bad_stage = set(stage) - _STAGE_KEYS - {"slug"}
    if bad_stage:
        raise RubricError(f"{source}: unknown key '{sorted(bad_stage)[0]}' in [stage]")
    for rule_id, raw in layer.get("rules", {}).items():
        if not isinstance(raw, dict):
            raise RubricError(f"{source}: rules.{rule_id} must be a table")
        if rule_id not in base:
            if not (allow_new and {"check", "category", "severity", "message"} <= set(raw)):
                raise RubricError(
                    f"{source}: unknown rule '{rule_id}' (see `drafter rules`; a new rule "
                    "needs check, category, severity and message)")
            base[rule_id] = {}
        target = base[rule_id]
        for key, value in raw.items():
            if key == "extend":
                if not isinstance(value, dict):
                    raise RubricError(f"{source}: rules.{rule_id}.extend must be a table")
                for list_key, extra in value.items():
                    # a list the rule leaves at its default (empty) can be extended too; a key
                    # the check does not have is caught when its settings are validated
                    current = target.get(list_key, [])
                    if not isinstance(current, list) or not isinstance(extra, list):
                        raise RubricError(f"{source}: rules.{rule_id}.extend.{list_key}: "
                                          "only list settings can be extended")
                    target[list_key] = current + extra
            else:
                target[key] = value


def _build(rule_id: str, raw: dict[str, Any], source: str) -> Rule:
    check_name = raw.get("check")
    if check_name not in CHECKS:
        raise RubricError(f"{source}: rule '{rule_id}' has unknown check '{check_name}' "
                          f"(known: {', '.join(sorted(CHECKS))})")
    category = raw.get("category")
    if category not in CATEGORIES:
        raise RubricError(f"{source}: rule '{rule_id}' has unknown category '{category}'")
    severity = raw.get("severity")
    if severity not in SEVERITY_ORDER:
        raise RubricError(f"{source}: rule '{rule_id}' severity must be error, warning or "
                          f"info, not '{severity}'")
    settings = _settings(CHECKS[check_name].settings,
                         {k: v for k, v in raw.items() if k not in _RULE_KEYS}, rule_id, source)
    if category == "readability" and severity == "error":
        # short texts give unstable readability scores: never let them block a draft
        raise RubricError(f"{source}: rule '{rule_id}': readability rules are warning or info")
    enabled = raw.get("enabled", True)
    if not isinstance(enabled, bool):
        raise RubricError(f"{source}: rule '{rule_id}': enabled must be true or false, "
                          f"not {enabled!r}")
    return Rule(rule_id, check_name, category, severity, raw.get("message", ""), settings,
                raw.get("suggestion"), enabled)


def _settings(cls: type[Settings], raw: dict[str, Any], rule_id: str, source: str) -> Settings:
    """A rule's settings, validated (pydantic, imported here: never for the shipped rubric
    once its validated rules are cached), or the RubricError naming what is wrong."""
    from pydantic import ValidationError

    try:
        return validated(cls, raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"]) or "?"
        if err["type"] == "extra_forbidden":
            raise RubricError(f"{source}: rule '{rule_id}': unknown key '{key}'") from None
        if err["type"] == "value_error":  # our own validator's words, as written
            what = str(err.get("ctx", {}).get("error", err["msg"]))
        else:  # pydantic's "Input should be ..." reads on after the rule id
            what = err["msg"][:1].lower() + err["msg"][1:]
        raise RubricError(f"{source}: rule '{rule_id}': {what} in '{key}'") from None


def load_rubric(stage: str, extra: Path | None = None) -> Rubric:
    meta = load_stage(stage)
    if extra is None:  # the shipped rubric: validated once, then read as plain data
        return Rubric(meta, tuple(
            Rule(rule_id, check_name, category, severity, message,
                 CHECKS[check_name].settings(**settings), suggestion, enabled)
            for rule_id, check_name, category, severity, message, settings, suggestion, enabled
            in _shipped_rules(stage)))
    return _load(stage, extra)


@cache
def _shipped_rules(stage: str) -> tuple[tuple[Any, ...], ...]:
    """The shipped rubric's rules for a stage, validated, as plain values: from the user
    cache (keyed by the rubric files' bytes and the checks' source), or validated now and
    kept there. What a cold review reads instead of importing pydantic to validate them."""
    from drafter import usercache

    key = f"{stage} {shipped_digest()} {_checks_source()}"
    cached = usercache.load("rubric-rules", key)
    if isinstance(cached, tuple):
        return cached
    rows = tuple((r.id, r.check, r.category, r.severity, r.message, r.settings.model_dump(),
                  r.suggestion, r.enabled) for r in _load(stage, None).rules)
    usercache.store("rubric-rules", key, rows)
    return rows


def _checks_source() -> str:
    """Sizes and times of the files that declare the checks' settings (defaults, validators):
    an edit there makes the cached validated rules stale."""
    folder = Path(_checks.__file__).parent
    files = [*sorted(folder.glob("*.py")), folder.parent / "settings.py"]
    return " ".join(f"{f.name}:{f.stat().st_size}:{f.stat().st_mtime_ns}" for f in files)


def _load(stage: str, extra: Path | None) -> Rubric:
    meta = load_stage(stage)
    merged: dict[str, dict[str, Any]] = {}
    root = rubrics_dir()
    for name in BASE_FILES:
        _merge(merged, read_toml(root / name), root / name, allow_new=True)
    _merge(merged, read_toml(root / f"{stage}.toml"), root / f"{stage}.toml", allow_new=True)
    source = "built-in rubric"
    if extra is not None:
        _merge(merged, read_toml(extra), extra, allow_new=True)
        source = str(extra)
    rules = tuple(_build(rule_id, raw, source) for rule_id, raw in merged.items())
    return Rubric(meta, rules)


@cache
def _cue_patterns() -> tuple[tuple[str, re.Pattern[str], int], ...]:
    """Every stage's cues as whole-word patterns ("an offer" is not in "can offer"), each with
    its weight per word."""
    out = []
    for slug in stage_names():
        stage = load_stage(slug)
        for cues, weight in ((stage.cues, 1), (stage.strong_cues, STRONG_CUE_WEIGHT)):
            out += [(slug, fastre.compile(r"(?<!\w)" + re.escape(_normal(c)) + r"(?!\w)"), weight)
                    for c in cues]
    return tuple(out)


@cache
def _cue_keys() -> frozenset[str] | None:
    """Every stage cue as _normal gives it, the cue automaton's keys; None when a cue is empty
    (only its regex says where an empty cue matches)."""
    keys = frozenset(cue for _, cue, _ in _cue_list())
    return None if "" in keys else keys


def _cues_in(normal: str) -> list[tuple[int, int, str, int]]:
    """(start, end, stage, weight per word) of every cue in the normalised text, cue by cue
    in _cue_patterns' order, each cue's matches left to right and not overlapping: what each
    cue's whole-word pattern finds, from one pass of the cue automaton."""
    keys = _cue_keys()
    if keys is None:
        return [(m.start(), m.end(), slug, per_word) for slug, pattern, per_word
                in _cue_patterns() for m in pattern.finditer(normal)]
    from drafter.rubric.checks.literal import occurrences, word_char

    hits = occurrences(keys, normal)
    found = []
    for slug, cue, per_word in _cue_list():
        last = 0
        for start in hits.get(cue, ()):
            end = start + len(cue)
            if start < last or (start and word_char(normal[start - 1])) or (
                    end < len(normal) and word_char(normal[end])):
                continue
            found.append((start, end, slug, per_word))
            last = end
    return found


@cache
def _cue_list() -> tuple[tuple[str, str, int], ...]:
    """(stage, cue as _normal gives it, weight per word), in _cue_patterns' order."""
    out = []
    for slug in stage_names():
        stage = load_stage(slug)
        for cues, weight in ((stage.cues, 1), (stage.strong_cues, STRONG_CUE_WEIGHT)):
            out += [(slug, _normal(c), weight) for c in cues]
    return tuple(out)


def _normal(text: str) -> str:
    # one case, one apostrophe, one space: a cue matches across a wrapped line
    return re.sub(r"\s+", " ", text.casefold().replace("’", "'"))


def infer_stage(text: str) -> str:
    """The stage whose cue phrases weigh most in the draft; thank-you when nothing matches.

    A cue weighs its number of words: "received an offer" says more than "timeline". Where
    cues overlap, the longest wins: "checking in again" is a second nudge's cue, not also the
    check-in's "checking in".
    """
    # a reply keeps the first message's subject ("Re: Following up on ..."): not this one's
    text = re.sub(r"(?im)^\s*subject\s*:\s*(?:re|fwd?|aw|sv)\s*:.*$", "", text)
    normal = _normal(text)
    found = _cues_in(normal)
    taken: list[tuple[int, int]] = []
    weight: dict[str, int] = {}
    # longest first; a strong cue before an ordinary one of the same length
    for start, end, slug, per_word in sorted(found, key=lambda f: (f[0] - f[1], -f[3])):
        if not any(start < e and s < end for s, e in taken):
            taken.append((start, end))
            weight[slug] = weight.get(slug, 0) + per_word * len(normal[start:end].split())
    best, best_weight = "thank-you", 0
    for slug in stage_names():  # ties go to the earlier stage
        if weight.get(slug, 0) > best_weight:
            best, best_weight = slug, weight[slug]
    return best


#: categories where a wording rule and a structure rule may catch the same sentence
_TONE = frozenset({"accusatory", "ultimatum", "desperate"})


def _drop_echoes(findings: list[Finding]) -> list[Finding]:
    """A dictionary miss on a word another rule already flagged ("thx") says nothing new.

    Only findings about a phrase count: one about the whole body (length, readability,
    specifics, timing) must not swallow the typos inside it.
    """
    about_a_phrase = {"emoji", "accusatory", "ultimatum", "desperate", "generic", "placeholder",
                      "casual"}
    others = [(f.start, f.end) for f in findings if f.category in about_a_phrase]
    kept: list[Finding] = []
    for f in findings:
        if f.category == "spelling" and f.severity != "error" and any(
                s < f.end and f.start < e for s, e in others):
            continue
        # a wording rule and a structure rule often catch the same threat: report it once,
        # under the rule listed first (the rubric's order); a quieter finding (info) never
        # swallows a louder one
        if f.category in _TONE and any(
                k.category == f.category and k.rule != f.rule and k.start < f.end
                and f.start < k.end and SEVERITY_ORDER[k.severity] <= SEVERITY_ORDER[f.severity]
                for k in kept):
            continue
        kept.append(f)
    return kept


def check(text: str, rubric: Rubric, context: InterviewContext | None = None, *,
          interviewer: str | None = None, today: dt.date | None = None,
          languagetool: str | None = None, stage_inferred: bool = False) -> Report:
    message = parse_message(text)
    draft = Draft(text, message, rubric.stage.slug, context, interviewer, today, languagetool,
                  stage_inferred)
    findings = []
    for rule in rubric.rules:
        if rule.enabled:
            findings.extend(CHECKS[rule.check].fn(draft, rule))
    findings = _drop_echoes(findings)
    findings.sort(key=lambda f: (f.line, f.column, SEVERITY_ORDER[f.severity], f.rule))
    return Report(
        stage=rubric.stage.slug, stage_inferred=stage_inferred,
        proofreader=draft.notes.get("proofreader", "none"), findings=findings,
        word_count=count_words(message.body_text), word_limit=rubric.word_limit,
        rules_checked=sum(rule.enabled for rule in rubric.rules),
    )


def review_email(email: Email, ctx: InterviewContext, opts: Options) -> Report:
    """The gate every written draft passes (offline or from a model). The recipient is known
    here, so specifics are checked against *their* topics."""
    return check(email.text, load_rubric(opts.stage, opts.rubric), ctx,
                 interviewer=email.to_name or opts.interviewer, today=opts.today)
