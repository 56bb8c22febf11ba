"""Resolver step: what each person discussed, read from prose the reader could not split.

Notes often say it in sentences: "aoife asked loads about how i handle a deteriorating patient
and we talked about their switch to 12 hr self-scheduling", "Prof. Kenji Sato. He wants to grow
the department's computational cluster", "bill did most of the talking - he wants whoever gets
it to sort out shrink". A sentence counts for a person when it names them as its subject, or
continues right after such a sentence with "he/she/they" or no subject at all, on the same line,
before anyone else is named. From it, the clause after a discussion verb ("asked about",
"talked about", "wants", "showed me") is the topic, kept with its verb so that the composer can
tell a question they asked from a subject they raised. Only people with no topics get these.
"""

from __future__ import annotations

import re

from drafter.context import InterviewContext, Interviewer, surname
from drafter.notes.contacts import bounded
from drafter.notes.segment import _without_instructions

_VERB = re.compile(
    r"\b(?P<v>asked(?:\s+(?:me|us))?(?:\s+(?:a\s+lot|loads|lots|mostly|mainly|a\s+bit))?"
    r"(?:\s+(?:about|on|how|why|what|whether|if))|talked(?:\s+(?:a\s+lot|mostly|mainly))?\s+"
    r"(?:about|through)|spoke\s+about|discussed|described|explained|mentioned|went\s+(?:on\s+"
    r"about|over|through)|walked\s+(?:me|us)\s+through|showed\s+(?:me|us)|told\s+(?:me|us)\s+"
    r"about|focused\s+on|pushed(?:\s+hard)?\s+on|grilled\s+(?:me|us)\s+on|wants?(?:\s+to)?|"
    r"needs?|is\s+(?:moving|launching|building|rolling\s+out|hiring)|are\s+(?:moving|"
    r"launching|building|rolling\s+out|hiring)|they['’]re\s+(?:moving|launching|building|"
    r"rolling\s+out|trialling|trialing))\s+(?P<t>[^.;!?()\n]{6,140})", re.I)
_PRONOUN = re.compile(r"^\W*(?:he|she|they|then|also|and)\b", re.I)
_WE = re.compile(r"\bwe\s+(?:talked|spoke|discussed|went\s+over|covered)\b", re.I)
_CUT = re.compile(r"\s+(?:and\s+(?:i|we)\b|but\b|-\s|–|—|\(|lol\b|btw\b)|,\s*(?:i|we)\s", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\s+[-–—]\s+(?=[a-z])|;\s*")


def _forms(person: Interviewer) -> list[str]:
    words = person.name.split()
    forms = {person.name, words[0]}
    if len(words) > 1:
        forms.add(surname(words))
    return sorted((f for f in forms if len(f) > 1), key=len, reverse=True)


def _names(person: Interviewer) -> re.Pattern[str]:
    alts = "|".join(re.escape(f) for f in _forms(person))
    return re.compile(rf"(?<![\w])(?:(?:dr|mr|mrs|ms|prof|professor)\.?\s+)?(?:{alts})(?![\w])",
                      re.I)


def _subject(sentence: str, pattern: re.Pattern[str]) -> bool:
    """The person opens the sentence (after a time, a bullet or 'then'), as its subject."""
    m = pattern.search(sentence)
    return bool(m) and not re.sub(r"^[\W\d:apm]*(?:then|and|also|with|w/)?\s*", "",
                                  sentence[:m.start()], flags=re.I).strip()


def _clauses(sentence: str) -> list[str]:
    out = []
    for m in _VERB.finditer(sentence):
        topic = _CUT.split(m["t"])[0].strip(" ,:'\"")
        if len(topic.split()) >= 2:
            out.append(f"{m['v'].strip()} {topic}")
    if not out and _WE.search(sentence):
        rest = sentence[_WE.search(sentence).end():]  # type: ignore[union-attr]
        topic = _CUT.split(rest)[0].strip(" ,:'\"")
        if len(topic.split()) >= 2:
            out.append("talked " + topic)
    return out


def discussed(text: str, person: Interviewer, everyone: list[Interviewer]) -> list[str]:
    """What `person` discussed, from sentences about them (see the module's docstring)."""
    mine = _names(person)
    theirs = [_names(p) for p in everyone if p.name != person.name]
    topics: list[str] = []
    for raw in text.splitlines():
        line = _without_instructions(raw)
        on = False
        for sentence in _SENTENCE.split(line):
            if any(p.search(sentence) for p in theirs):
                on = False
                if not _subject(sentence, mine):
                    continue
            if _subject(sentence, mine):
                on = True
            elif not (on and (_PRONOUN.match(sentence) or not re.match(r"\W*(?:i|we)\b",
                                                                          sentence, re.I))):
                on = False
                continue
            topics += [t for t in _clauses(sentence) if t not in topics]
    return topics[:4]


def fill_topics(ctx: InterviewContext) -> InterviewContext:
    """Topics for interviewers (and others --to may name) the reader found none for."""
    text = bounded(ctx.source)
    everyone = [*ctx.interviewers, *ctx.others]
    if ctx.recruiter:
        everyone.append(Interviewer(name=ctx.recruiter))
    if ctx.candidate:
        everyone.append(Interviewer(name=ctx.candidate))

    def filled(people: list[Interviewer]) -> list[Interviewer]:
        return [p if p.topics else p.model_copy(update={"topics": discussed(text, p, everyone)})
                for p in people]

    return ctx.model_copy(update={"interviewers": filled(ctx.interviewers),
                                  "others": filled(ctx.others)})
