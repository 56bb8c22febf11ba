"""Broken sentences: note fragments pasted into a sentence ("the you've 4 new grads", "the lots
of agency staff"), doubled words, sentences with no verb, unbalanced quotes and brackets.

Each check flags only what no ordinary sentence does; where a word's class decides, it asks
drafter.wordclass for every class the word can take, so an ambiguous word always passes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from drafter import proofread, wordclass
from drafter.report import Finding
from drafter.rubric.checks.phrases import _compile, _finditer, _trusted, _valid
from drafter.rubric.checks.scope import Scope, span
from drafter.rubric.registry import Draft, Rule, Settings, register
from drafter.rubric.settings import validates
from drafter.wordclass import Word, adjacent


def without_greeting(draft: Draft, scope: Scope) -> tuple[int, int] | None:
    """The scope, less the greeting line: "Dear Priya," is no sentence."""
    region = span(draft, scope)
    greeting = draft.message.greeting
    if region is not None and greeting is not None and region[0] <= greeting.start:
        region = (max(region[0], greeting.end), region[1])
    return region


def folded(items: list[str]) -> frozenset[str]:
    return frozenset(i.casefold().replace("’", "'") for i in items)


def _glued(text: str, word: Word) -> bool:
    """The word runs on into a symbol ("I/O", "I.T."): not the word alone."""
    return bool(re.match(r"[/.\-][A-Za-z0-9]", text[word.end:word.end + 2]))


# ------------------------------------------------------------------------------- fragments

class FragmentSettings(Settings):
    determiners: list[str] = []  # "the", "a", "my": never directly before a subject pronoun
    second_determiners: list[str] = []  # what cannot follow a determiner ("the a", "the lots")
    pronouns: list[str] = []  # subject-only forms: "I", "we", "you've"
    pronouns_after_determiner: list[str] = []  # also wrong after "the" only: "the you"
    prepositions: list[str] = []
    # prepositions that never follow a determiner: "the about classroom management" ("a for
    # loop", "the in crowd" are English, so "for" and "in" are not listed)
    prepositions_after_determiner: list[str] = []
    # ... and those that may follow one as a noun, but not with a preposition after them
    prepositions_before_another: list[str] = []
    closed: list[str] = []  # conjunctions and the like: a noun phrase has ended before them
    lead_ins: list[str] = []  # "how about I send": the preposition is not one here
    parentheticals: list[str] = []  # "the team I'd work with, I think": the pronoun's verb
    nouns_too: list[str] = []  # adverbs English also uses as nouns: "take it as a no"
    patterns: list[str] = []  # regexes for other fragments seen in composed notes
    scope: Scope = "body"

    @validates("patterns")
    def _valid_regex(cls, value: list[str]) -> list[str]:
        return [_valid(p) for p in value]


def _noun_missing(text: str, ws: list[Word], i: int, closed: frozenset[str]) -> bool:
    """ws[i] is an adverb after a determiner: does a noun follow the adjectives after it?

    "the newly hired nurse" has one; "the especially valuable, and ..." has lost it. Any word
    the lexicon does not know, a name or a number counts as the noun (precision first).
    """
    for j in range(i + 1, i + 5):
        if j >= len(ws) or not adjacent(text, ws[j - 1], ws[j]) or ws[j].low in closed:
            return True
        kinds = wordclass.classes(ws[j].text)
        if not kinds or ws[j].text[:1].isupper() or any(c.isdigit() for c in ws[j].text):
            return False
        # the adverb bends the word right after it ("especially valuable"); a noun past that
        # one is the head even if it can be an adjective too ("the especially tricky part")
        if "noun" in kinds and ("adj" not in kinds or j > i + 1):
            return False
    return False  # four modifiers in a row: too long a phrase to judge


def _again(text: str, ws: list[Word], i: int) -> int | None:
    """Where ws[i], a preposition, comes again after one or two words that can be adverbs
    ("about straight away about"), or None."""
    for k in (2, 3):
        if i + k >= len(ws) or not all(adjacent(text, ws[j - 1], ws[j])
                                       for j in range(i + 1, i + k + 1)):
            return None
        between = ws[i + 1:i + k]
        if not all("adv" in wordclass.classes(b.text) for b in between):
            return None
        if ws[i + k].low == ws[i].low:
            return i + k
    return None


@register("fragments", FragmentSettings)
def check_fragments(draft: Draft, rule: Rule) -> Iterator[Finding]:
    """Flags words that cannot stand together: a determiner or preposition before a subject
    pronoun, two determiners, a determiner whose noun is missing."""
    s: FragmentSettings = rule.settings  # type: ignore[assignment]
    region = without_greeting(draft, s.scope)
    if region is None:
        return
    text = draft.text
    dets, seconds = folded(s.determiners), folded(s.second_determiners)
    preps, after_prep = folded(s.prepositions), folded(s.prepositions_after_determiner)
    before_another = folded(s.prepositions_before_another)
    pronouns, after_det = folded(s.pronouns), folded(s.pronouns_after_determiner)
    closed = dets | preps | pronouns | folded(s.closed)
    lead_ins, asides = folded(s.lead_ins), folded(s.parentheticals)
    nouns_too = folded(s.nouns_too)
    ws = wordclass.words(text, *region)
    for i, (w, nxt) in enumerate(pairwise(ws)):
        if not adjacent(text, w, nxt) or _glued(text, nxt) or w.low == nxt.low:
            continue  # "the the" is grammar.doubled-word's to report
        why, last = None, nxt
        if w.low in dets and (nxt.low in pronouns or nxt.low in after_det):
            why = "a determiner before a subject pronoun"
        elif (w.low in preps and nxt.low in pronouns
              and not (i > 0 and ws[i - 1].low in lead_ins and adjacent(text, ws[i - 1], w))
              and not (i + 2 < len(ws) and ws[i + 2].low in asides)):
            why = "a preposition before a subject pronoun"
        elif (w.low in dets and w.low not in ("each", "every")  # "each of them" is English
              and nxt.low in after_prep and nxt.text.islower()):
            why = "a determiner before a preposition"
        elif (w.low in dets and nxt.low in before_another and nxt.text.islower()
              and i + 2 < len(ws) and adjacent(text, nxt, ws[i + 2])
              and (ws[i + 2].low in preps or ws[i + 2].low in before_another)):
            why, last = "a determiner before two prepositions", ws[i + 2]
        elif w.low in dets and nxt.low in seconds and nxt.text.islower():
            why = "a determiner before another determiner or quantifier"
        elif (w.low in dets and nxt.text.islower() and wordclass.classes(nxt.text) == {"adv"}
              and nxt.low not in nouns_too and _noun_missing(text, ws, i + 1, closed)):
            why = "a determiner with no noun after it"
        elif w.low in after_prep and (end := _again(text, ws, i)) is not None:
            # "your question about straight away about my time": a note's adverb between
            why, last = "a preposition repeated around an adverb", ws[end]
        if why:
            yield draft.finding(
                rule, w.start, last.end,
                message=f"{rule.message}: '{text[w.start:last.end]}' ({why})")
    for source in s.patterns:  # a person's own pattern runs under the regex time limit
        pattern = _compile(source, False, _trusted([source]))
        for m in _finditer(pattern, text, rule, *region):
            if m.end() > m.start():
                yield draft.finding(rule, m.start(), m.end(),
                                    message=f"{rule.message}: '{text[m.start():m.end()]}'")


# ---------------------------------------------------------------------------- doubled words

class DoubledSettings(Settings):
    allow: list[str] = []  # repeats that are English: "had had", "that that", "is is"
    scope: Scope = "body"


@register("doubled-words", DoubledSettings)
def check_doubled(draft: Draft, rule: Rule) -> Iterator[Finding]:
    """Flags a word written twice in a row ("the the", "to to")."""
    s: DoubledSettings = rule.settings  # type: ignore[assignment]
    region = without_greeting(draft, s.scope)
    if region is None:
        return
    allow = folded(s.allow)
    ws = wordclass.words(draft.text, *region)
    for w, nxt in pairwise(ws):
        if (w.low == nxt.low and w.low not in allow and adjacent(draft.text, w, nxt)
                and not any(c.isdigit() for c in w.text)
                # "Bora Bora", "Baden Baden": a capitalised repeat is a name ("I I" is not)
                and (nxt.text[:1].islower() or nxt.low == "i")):
            yield draft.finding(rule, w.start, nxt.end,
                                message=f"{rule.message}: '{w.text} {nxt.text}'",
                                suggestion=f'delete one "{nxt.text}"')


# ---------------------------------------------------------------------------------- verbless

class VerblessSettings(Settings):
    min_words: int = 7  # shorter ones are closings and asides: "Thanks again."
    verbs: list[str] = []  # closed-class verbs the lexicon leaves out: "am", "can", "must"
    # words after which a noun-or-verb word is the noun: "the reports", "four grads"
    modifiers: list[str] = []
    openers: list[str] = []  # formulae that need no verb: "Congratulations on ..."
    scope: Scope = "body"


_CONTRACTED = re.compile(r"['’](?:m|re|ve|d|ll)$|n['’]t$", re.I)


def _modifies(word: Word, modifiers: frozenset[str]) -> bool:
    """Whether the word makes the next one a noun: a determiner, a number, a possessive or a
    word that can be an adjective but never a verb ("quarterly", "new")."""
    if (word.low in modifiers or word.text.isdigit() or re.search(r"['’]s?$", word.text)
            or "-" in word.text):  # "post-op obs", "on-call rota": a compound modifies
        return True
    kinds = wordclass.classes(word.text.rsplit("-", 1)[-1])
    return "adj" in kinds and not kinds & {"verb", "aux"}


def _can_be_verb(word: Word, before: Word | None, s: VerblessSettings,
                 verbs: frozenset[str], modifiers: frozenset[str], named: bool = False) -> bool:
    if word.low in verbs or _CONTRACTED.search(word.text):
        return True
    last = word.text.rsplit("-", 1)[-1]  # "re-read", "fine-tuned": the last part inflects
    kinds = wordclass.classes(last)
    if not kinds:
        # the dictionary has the closed classes the word table lacks ("someone", "with"); a
        # lower-case word neither knows may be a verb neither knows (precision first)
        if (not (last.islower() and last.isalpha()) or "-" in word.text
                or proofread.in_dictionary(last)):
            return False  # "post-op": a compound the table lacks modifies or names
    elif not kinds & {"verb", "aux"}:
        return False
    elif "noun" not in kinds:
        return True  # "enjoyed", "went": a verb wherever it stands
    # a noun or a verb ("reports", "grads"): the noun after a determiner or an adjective;
    # after a name (`named`: a capital mid-sentence) it may be its verb ("Calloway Medical
    # remains ...")
    return before is None or named or not _modifies(before, modifiers)


def _before(text: str, ws: list[Word], k: int) -> Word | None:
    """The word right before ws[k], when it can make ws[k] a noun. An adverb in -ly opening
    the sentence ("Kindly keep my profile ...") makes the next word its verb."""
    if not k or not adjacent(text, ws[k - 1], ws[k]):
        return None
    prev = ws[k - 1]
    if k == 1 and prev.low.endswith("ly") and "adv" in wordclass.classes(prev.text):
        return None
    return prev


@register("verbless", VerblessSettings)
def check_verbless(draft: Draft, rule: Rule) -> Iterator[Finding]:
    """Flags a body sentence of some length in which no word can be a verb."""
    s: VerblessSettings = rule.settings  # type: ignore[assignment]
    region = without_greeting(draft, s.scope)
    if region is None:
        return
    text, verbs, modifiers = draft.text, folded(s.verbs), folded(s.modifiers)
    openers = tuple(o.casefold() for o in s.openers)
    for start, end in wordclass.sentences(text, *region):
        sentence = text[start:end].strip()
        lead = len(text[start:end]) - len(text[start:end].lstrip())
        low = sentence.casefold().replace("’", "'")
        # a short lead before a comma is no part of the formula: "Either way, good luck ..."
        lead_in, comma, rest = low.partition(", ")
        if (not re.search(r"[.!?][\"”’')\]]*$", sentence) or ":" in sentence
                or low.startswith(openers)
                or (comma and len(lead_in.split()) <= 3 and rest.startswith(openers))):
            continue
        ws = wordclass.words(text, start, end)
        if len(ws) < s.min_words or any(
                _can_be_verb(w, _before(text, ws, k), s, verbs, modifiers,
                             k > 1 and ws[k - 1].text[:1].isupper())
                for k, w in enumerate(ws)):
            continue
        yield draft.finding(rule, start + lead, start + lead + len(sentence))


# -------------------------------------------------------------------------------- unbalanced

class UnbalancedSettings(Settings):
    elisions: list[str] = []  # words that start with an apostrophe: "'em", "'til", "'90s"
    scope: Scope = "body"


_PAIRS = {")": "(", "]": "[", "}": "{", "”": "“"}
# "1)", "a)", "(ii)" list labels, and emoticons: not brackets that need a partner
_LABEL = re.compile(r"(?:(?<=\s)|^)[(\[]?(?:\d{1,2}|[A-Za-z]|[ivxIVX]{1,4})[)\]](?=\s|$)"
                    r"|(?<![\w])[:;=8]['-]?[()\[\]]|(?<![\w])[()]-?[:;]", re.M)


def _quote_role(text: str, at: int, para_start: int) -> str:
    """Whether a straight double quote opens or closes: by what stands before it."""
    before = text[at - 1] if at > para_start else " "
    return "open" if before.isspace() or before in "([{“‘—–-/" else "close"


def _unbalanced_in(text: str, start: int, end: int, elisions: frozenset[str]) -> list[int]:
    masked = {i for m in _LABEL.finditer(text, start, end) for i in range(m.start(), m.end())}
    stack: list[tuple[str, int]] = []
    loose: list[int] = []
    for at in range(start, end):
        ch = text[at]
        if at in masked:
            continue
        if ch == '"':
            if at > start and text[at - 1].isdigit():
                continue  # 15" (inches)
            ch = "“" if _quote_role(text, at, start) == "open" else "”"
        if ch in "([{“":
            stack.append((ch, at))
        elif ch in _PAIRS:
            if stack and stack[-1][0] == _PAIRS[ch]:
                stack.pop()
            else:
                loose.append(at)
    loose += [at for _, at in stack]
    # single quotes: an opening one with no closing one after it; a lone closing one is an
    # apostrophe ("the students' work", "don’t")
    for m in re.finditer(r"(?:(?<=[\s(\[{“\"—–-])|^)['‘](?=[A-Za-z0-9])", text[:end]):
        if m.start() < start:
            continue
        word = re.match(r"['‘][\w]+", text[m.start():end])
        tail = word.group()[1:].casefold() if word else ""
        if tail in elisions or tail[:1].isdigit():
            continue
        if not re.search(r"(?<=[^\s])['’](?![A-Za-z])", text[m.end():end]):
            loose.append(m.start())
    return sorted(loose)


@register("unbalanced", UnbalancedSettings)
def check_unbalanced(draft: Draft, rule: Rule) -> Iterator[Finding]:
    """Flags a quote mark or bracket whose partner is missing in its paragraph."""
    s: UnbalancedSettings = rule.settings  # type: ignore[assignment]
    region = without_greeting(draft, s.scope)
    if region is None:
        return
    elisions = folded(s.elisions)
    for start, end in wordclass.paragraphs(draft.text, *region):
        for at in _unbalanced_in(draft.text, start, end, elisions):
            mark = draft.text[at]
            yield draft.finding(rule, at, at + 1,
                                message=f"{rule.message}: {mark} has no partner in its paragraph")
