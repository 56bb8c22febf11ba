"""The same phrase twice in one short email: a pasted or regenerated sentence, or a tic."""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafter import wordclass
from drafter.report import Finding
from drafter.rubric.checks.grammar import folded, without_greeting
from drafter.rubric.registry import Draft, Rule, Settings, register

# a phrase does not run over punctuation: "... the team. I would" is two clauses
_BREAK = re.compile(r"[.,;:!?()\[\]{}\"“”—–]|\n[ \t]*\n|\s['‘]|['’](?=\s)")


class RepeatSettings(Settings):
    min_words: int = 3
    # words outside the stopwords a repeat needs: "I wanted to" twice is how people write,
    # "I would be glad" twice is not; a phrase of `long_words` or more needs only one
    min_content_words: int = 2
    long_words: int = 4
    max_body_words: int = 300  # a long text may repeat itself on purpose
    stopwords: list[str] = []  # "I would be", "thank you for the": ordinary wording
    # a short repeat that starts with one of these and ends in a noun names a thing ("the
    # incident review", "the Data Engineer role"): the topic, rightly said twice
    determiners: list[str] = []
    thing_max_words: int = 4


def _names_a_thing(ws: list[wordclass.Word], stop: frozenset[str], dets: frozenset[str],
                   most: int) -> bool:
    """"at Tidewater Robotics", "about the incident review": a name or a topic, not wording."""
    lead = next((k for k, w in enumerate(ws) if w.low in dets or w.low not in stop), len(ws))
    core = ws[lead:]
    if core and all(w.text[:1].isupper() or w.low in stop for w in core):
        return True  # a name after a preposition: "at Larkspur Analytics"
    if not core or len(core) > most or core[0].low not in dets:
        return False
    kinds = wordclass.classes(core[-1].text)
    return not kinds or "noun" in kinds or core[-1].text[:1].isupper()


@register("repeated-phrase", RepeatSettings)
def check_repeated(draft: Draft, rule: Rule) -> Iterator[Finding]:
    """Flags the second occurrence of a phrase of a few words already used in the body."""
    s: RepeatSettings = rule.settings  # type: ignore[assignment]
    region = without_greeting(draft, "body")  # the greeting, sign-off and signature are formulae
    if region is None:
        return
    text = draft.text
    ws = wordclass.words(text, *region)
    if len(ws) > s.max_body_words:
        return
    stop, dets = folded(s.stopwords), folded(s.determiners)
    lows = [w.low for w in ws]
    # a clause number per word: two words are in one run only if no break stands between them
    clause, current = [], 0
    for k, w in enumerate(ws):
        if k and _BREAK.search(text, ws[k - 1].end, w.start):
            current += 1
        clause.append(current)

    def same(a: int, b: int) -> bool:
        return lows[a] == lows[b]

    # only starts that share their first min_words words can begin a repeat: index them
    size = max(1, s.min_words)
    n = len(ws)
    starts: dict[tuple[str, ...], list[int]] = {}
    for k in range(n - size + 1):
        if clause[k] == clause[k + size - 1]:
            starts.setdefault(tuple(lows[k:k + size]), []).append(k)
    taken: list[tuple[int, int]] = []  # word ranges already reported, as second occurrences
    for j in range(n - size + 1):
        for i in starts.get(tuple(lows[j:j + size]), []):
            if i >= j:
                break
            # start only where the match cannot be extended to the left
            if i and same(i - 1, j - 1) and clause[i - 1] == clause[i] \
                    and clause[j - 1] == clause[j]:
                continue
            length = 0
            while (j + length < n and i + length < j and same(i + length, j + length)
                   and clause[i + length] == clause[i] and clause[j + length] == clause[j]):
                length += 1
            content = sum(lows[k] not in stop for k in range(j, j + length))
            if (length < s.min_words or content < 1
                    or (content < s.min_content_words and length < s.long_words)
                    or _names_a_thing(ws[j:j + length], stop, dets, s.thing_max_words)):
                continue
            if any(a <= j < b for a, b in taken):
                continue
            taken.append((j, j + length))
            first, second = ws[j], ws[j + length - 1]
            phrase = text[first.start:second.end]
            yield draft.finding(rule, first.start, second.end,
                                message=f'{rule.message}: "{" ".join(phrase.split())}"')
