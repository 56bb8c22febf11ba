"""Specifics: the email names the person and something from *their* conversation.

With notes, "named" means a name, role, company or topic word the notes contain. Without
notes, the most we can check is that the greeting addresses someone by name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal

from drafter import fastre, proofread
from drafter.report import Finding, Severity
from drafter.rubric.registry import Draft, Rule, Settings, register
from drafter.titles import PARTICLES, TITLE_WORDS

if TYPE_CHECKING:
    from drafter.context import Interviewer

Need = Literal["name", "topic", "role_or_company"]
_GREETING_NAME = fastre.compile(
    r"^\s*(?:(?i:dear|hi|hello|hey|kia ora|good (?:morning|afternoon|evening|day))[ ,]+"
    r"(?:(?i:again|there)[ ,]+)?)?"
    # longest first; same-length titles by spelling, so the text is the same in every process
    # (its compiled code is cached under it: set order would make a new entry per run)
    # "Mr and Mrs Lindqvist", "Dr & Mr Osei": a couple's titles, then the one name
    r"(?:(?i:" + "|".join(sorted(TITLE_WORDS, key=lambda w: (-len(w), w))) + r")\.?\s+"
    r"(?:(?i:and|&)\s+(?i:" + "|".join(sorted(TITLE_WORDS, key=lambda w: (-len(w), w)))
    + r")\.?\s+)?)?"
    # "Dear Mr. van der Merwe,": a surname's particles, written in lower case, before it
    r"(?:(?:" + "|".join(sorted(PARTICLES, key=lambda w: (-len(w), w))) + r")\s+){0,2}"
    r"(?P<name>(?!(?i:dear|hi|hello|hey|good|greetings)\b)[^\W\d_][\w'’\-]*)")


def _greeting_name(greeting: str) -> re.Match[str] | None:
    """The name a greeting addresses, capitalised in any script ("Hi Ömer," "Dear Łukasz,")."""
    m = _GREETING_NAME.match(greeting)
    return m if m and m.group("name")[0].isupper() else None

# a template slot where the name should be ("Dear [Name],", "Hi {first_name},", "Dear Ms. ___,"):
# the placeholder rule reports it; "names no one" would only repeat it
_GREETING_SLOT = fastre.compile(r"[\[{<(%|$]|_{2,}|\b(?:X{2,}|NAME)\b")


class SpecificsSettings(Settings):
    require: list[Need] = ["name"]
    generic_addressees: list[str] = []  # greeting words that name nobody ("Team", "Sir")
    stopwords: list[str] = []  # words too common to show a topic was discussed
    # without notes: job titles that show the body names the role ("the analyst position")
    role_words: list[str] = []
    # ...and capitalised words that name nothing particular to this conversation
    common_capitals: list[str] = []
    # words before "role"/"position" that still name no particular job ("the exciting new role")
    generic_modifiers: list[str] = []
    vague_severity: Severity = "warning"


_CAPITAL = fastre.compile(r"(?<![\w'’\-])[A-Z][\w'’\-]*")
# ...that does not open a sentence: a product, a team, a place, a person
_MID_CAPITAL = fastre.compile(r"(?<![.!?:\n\u2022*\-]\s)(?<=[ \t\n])[A-Z]")
# a job noun with words of its own before it: "the data platform role", "this night-shift post"
_FUNCTION = (r"(?:to|of|for|with|your|the|a|an|our|my|their|and|or|in|on|at|about|as|from|by|"
             r"into|this|that|is|was|be|being|been|me|you|it|more|most)\b")
_JOB_NOUN = fastre.compile(r"\b(?:the|your|this|that|my|a)\s+(?P<mods>(?:(?!" + _FUNCTION
                       + r")[A-Za-z][\w-]*\s+){1,4})(?:role|position|post|job|opening|vacancy)\b",
                       re.I)
# a piece of their work named with words of its own: "on the animation pipeline", "about the
# legacy-giving idea" (not "about the hiring process": those words are in generic_modifiers)
_WORK_NOUN = fastre.compile(r"(?:(?:\b(?:about|on|around|behind|into|through|with|do|did|doing|"
                        r"watching|seeing|tasting|trying|learning|meeting|and|"
                        # "the way you described the kinship care team"
                        r"described|explained|showed|outlined|mentioned|discussed|shared)\s+|"
                        # ... or opening a sentence: "The new store layout looks great"
                        r"(?:^|(?<=[.!?]\s)|(?<=\n)))(?:the|your|their|our)|"
                        # ... or anywhere: "your seventh graders", "the partitioned ledger
                        # tables" (stock words are generic_modifiers: "the next steps")
                        r"(?<=\s)(?:the|your|their))\s+"
                        r"(?P<mods>(?:(?!" + _FUNCTION + r")[A-Za-z][\w-]*\s+){1,3})"
                        r"(?!" + _FUNCTION + r")(?P<head>[A-Za-z][\w-]*)", re.I)
#: a word the dictionary sees less often than this is a name when capitalised
_RARE = 3000


def _names_something(text: str, settings: SpecificsSettings, greeting_name: str) -> bool:
    """Without notes: does the body name the role, or anything only this conversation produced
    (a proper noun, a number)? Stock sentences do neither."""
    if re.search(r"\d", text):
        return True
    vague = {w.casefold() for w in settings.generic_modifiers}
    # a job or a piece of work named with words of its own: "the data platform role", "on the
    # animation pipeline" (a work noun's own head must not be a stock word either)
    for m in [*_JOB_NOUN.finditer(text), *_WORK_NOUN.finditer(text)]:
        head = m.groupdict().get("head")
        if any(w.casefold() not in vague for w in m["mods"].split()) and (
                head is None or head.casefold() not in vague):
            return True
    roles = {w.casefold() for w in settings.role_words}
    if any(_stem(w) in roles or w.casefold() in roles
           for w in re.findall(r"[A-Za-z][A-Za-z\-]*", text)):
        return True
    common = {w.casefold() for w in settings.common_capitals} | {greeting_name.casefold(), "i"}
    for m in _CAPITAL.finditer(text):
        # "I'd", "I'm": the pronoun, not a name; "Larkspur's": the name
        word = re.sub(r"['’](?:s|d|m|ve|ll|re)$", "", m.group()).casefold()
        if word in common:
            continue
        # mid-sentence, a capital marks a name; at a sentence start only a rare word is one
        # ("Larkspur remains my first choice"; not "Thank", "Looking", "Unfortunately")
        if _MID_CAPITAL.match(text, m.start()) or not proofread.is_common(word, _RARE):
            return True
    return False


def _mentions(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", text, re.I) is not None


def _stem(word: str) -> str:
    w = word.casefold()
    for suffix in ("ations", "ation", "ings", "ing", "ies", "es", "ed", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


def topic_keywords(topic: str, stopwords: set[str]) -> set[str]:
    words = re.findall(r"[A-Za-z][A-Za-z0-9+#\-]*", topic)
    keys = {_stem(w) for w in words if len(w) >= 4 and w.casefold() not in stopwords}
    # a topic of short words ("sim lab", "ICU bed", "GPU") is named by them
    return keys or {_stem(w) for w in words if len(w) >= 3 and w.casefold() not in stopwords
                    and w.casefold() not in ("the", "and", "our", "you", "for", "her", "his")}


def mentions_topic(text: str, topics: list[str], stopwords: set[str]) -> bool:
    body_stems = {_stem(w) for w in re.findall(r"[A-Za-z][A-Za-z0-9+#\-]*", text)}
    return any(topic_keywords(t, stopwords) & body_stems for t in topics)


def _unmarked(word: str) -> str:
    """A word without its combining accents, case folded: "Adébáyọ̀" and "Adébáyọ" (a pattern
    stops at a combining mark) are one name."""
    return "".join(c for c in word if not unicodedata.combining(c)).casefold()


def _addressee(draft: Draft) -> Interviewer | None:
    ctx = draft.context
    if ctx is None:
        return None
    if draft.interviewer:
        from drafter.recipient import find  # the one name-matching rule

        return find(ctx, draft.interviewer, typed=True)
    # the interviewer the greeting names (or someone the notes name whose part they leave
    # open, "thank Prof Nwachukwu"), else anyone the draft names, else the first listed
    greeting = draft.message.greeting_text
    for person in [*ctx.interviewers, *ctx.others]:
        if any(_mentions(greeting, part) for part in person.name.split() if len(part) > 1):
            return person
    if not ctx.interviewers:
        return None
    for person in ctx.interviewers:
        if any(_mentions(draft.text, part) for part in person.name.split() if len(part) > 1):
            return person
    return ctx.interviewers[0]


@register("specifics", SpecificsSettings)
def check_specifics(draft: Draft, rule: Rule) -> Iterator[Finding]:
    """Flags a draft that names no interviewer, topic, role or company from the notes."""
    settings: SpecificsSettings = rule.settings  # type: ignore[assignment]
    msg = draft.message
    anchor = msg.greeting or msg.body
    at = (anchor.start, anchor.end)
    stop = {w.casefold() for w in settings.stopwords}
    body = msg.body_text + "\n" + msg.subject_text
    if not draft.has_notes:
        if "name" in settings.require:
            m = _greeting_name(msg.greeting_text)
            generic = {w.casefold() for w in settings.generic_addressees}
            words = {w.casefold() for w in re.findall(r"[^\W\d_]+", msg.greeting_text)}
            if _GREETING_SLOT.search(msg.greeting_text):
                pass
            elif words & generic and not (m and m.group("name").casefold() not in generic):
                pass  # "Dear Hiring Team,": generic.salutation says so; one finding, not two
            elif not m:
                yield draft.finding(rule, *at, message="the greeting names no one",
                                    suggestion="address the interviewer by name")
            elif {"topic", "role_or_company"} & set(settings.require):
                after = msg.greeting.end if msg.greeting else msg.body.start
                rest = draft.text[after:msg.body.end] + "\n" + msg.subject_text
                if not _names_something(rest, settings, m.group("name")):
                    yield draft.finding(
                        rule, msg.body.start, msg.body.end, severity=settings.vague_severity,
                        message="the body names no role, topic or anything else only this "
                                "conversation produced",
                        suggestion="name the role and one thing you discussed")
        return
    ctx = draft.context
    assert ctx is not None
    person = _addressee(draft)
    if "name" in settings.require:
        if person is None:
            yield draft.finding(rule, *at, message="the notes name no interviewer to address",
                                suggestion="add the interviewer's name to your notes")
        elif not any(_mentions(draft.text, part) for part in
                     [*person.name.split(), *(person.goes_by or "").split()] if len(part) > 1):
            yield draft.finding(rule, *at, message=f"{person.name} is not named",
                                suggestion=f"address {person.name.split()[0]} by name")
        elif (m := _greeting_name(msg.greeting_text)) and not any(
                _unmarked(m.group("name")) == _unmarked(part)
                for part in [*person.name.split(), person.goes_by or ""]):
            # "Dear Jordan," to Priya: a greeting that names someone else (often the
            # candidate, or another interviewer) is the worst kind of mix-up
            yield draft.finding(rule, *at,
                                message=f"the greeting addresses {m.group('name')}, not "
                                        f"{person.name}",
                                suggestion=f"open with \"Dear {person.first_name},\"")
    if "topic" in settings.require and person is not None:
        topics = ctx.topics_with(person)
        if not topics:
            yield draft.finding(
                rule, *at,
                message=f"the notes list no topic from {person.name}'s conversation, so the "
                        "draft cannot mention one",
                suggestion="add a line to your notes on what you discussed with them")
        elif not mentions_topic(body, topics, stop):
            yield draft.finding(
                rule, msg.body.start, msg.body.end,
                message=f"no topic from {person.name}'s conversation is mentioned",
                suggestion=f"mention one, e.g. {topics[0]!r}")
    if "role_or_company" in settings.require:
        named = [x for x in (ctx.role, ctx.company) if x]
        if named and not any(_mentions(body, x) or mentions_topic(body, [x], stop)
                             for x in named):
            yield draft.finding(
                rule, msg.body.start, msg.body.end,
                message=f"neither the role nor the company ({' / '.join(named)}) is named",
                suggestion=f"name the {named[0]} position")
