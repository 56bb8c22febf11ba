"""One clause of interview notes as a noun phrase an email can hold, or nothing.

Notes are written for oneself: "they've 4 new grads starting in Jan and want experienced
people to precept them", "about an hour", "3 techs per pharmacist", "ugh, parking". An email
can say "precepting new graduates" or "how night staff will self-roster"; it must never paste
a clause, a duration, a ratio or an aside into "our conversation about ___". The test is the
head word's class (lemminflect's shipped table, via drafter.wordclass), not a list of
patterns: a phrase opens with a determiner, a possessive, an adjective, a noun, a gerund, a
proper noun or a wh-word, and holds no finite verb outside a wh-clause.
"""

from __future__ import annotations

import re
from itertools import pairwise

from drafter.wordclass import classes
from drafter.wordforms import expanded, gerund


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# a clause holding one of these is an aside, logistics or pay: an email never brings it up
_OFF_LIMITS = _set("""
lol lmao ugh meh yikes omg haha hmm argh phew fml tbh vibe vibes awkward nervous chill weird rambled
blanked bombed nailed fingers crossed lovely nice friendly stressful parking park commute
salary salaries pay paid wage wages bonus equity benefits pto holiday holidays leave notice
compensation stipend allowance allowances ctc lpa lakh lakhs
visa sponsorship relocation uniform dress lunch coffee tea snacks reimbursement expenses
van fuel car gym perks discount discounts meals canteen
ratio ratios per minutes mins min hour hours hrs hr seconds duration long overran late
early traffic directions address building reception receptionist badge
""")
# a unit that makes a number a duration ("45 min", "2 weeks") rather than part of the work
_DURATION = re.compile(r"\b(?:an?|\d+|one|two|three|few|couple of)\s+(?:more\s+)?"
                       r"(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\b"
                       r"|\b\d+\s*:\s*\d+\b|\b\d+\s*(?:am|pm)\b", re.I)
# money: "$62k", "£28,500", "10k sign on"; a bare "40k" may be robots or a run, not pay
_MONEY = re.compile(r"[$£€₹¥]\s?\d|\b\d[\d,.]*\s?(?:dollars|pounds|euros|rupees|pesos|naira|"
                    r"usd|gbp|eur|aud|cad|nzd|inr|ngn)\b|\bsign(?:ing)?[- ]?on\b", re.I)
_CLOCK = re.compile(r"\s*\b(?:at|around|by)\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)\b", re.I)
_WH = _set("how what why whether when where which who")
_DETERMINERS = _set("""
the a an your our their its this that these those each every some any his her my
""")
_SUBJECT_PRONOUNS = _set("i i'm i'd i've i'll me we we're we've he she it they they're "
                         "they've you you're you've he's she's it's")
_FIRST_PERSON = _set("i i'm i'd i've i'll me my mine myself")
_FINITE = _set("""
is are was were am be been has have had does did do will would can could shall should may
might must 's 're 've 'll 'd isn't aren't wasn't weren't don't doesn't didn't won't can't
""")
_QUANTIFIERS = re.compile(r"^(?:(?:a\s+)?lots?\s+of|a\s+lot\s+of|loads\s+of|tons\s+of|"
                          r"plenty\s+of|(?:quite\s+)?a\s+few|several|many|some|\d[\d,.]*\+?|"
                          r"one|two|three|four|five|six|seven|eight|nine|ten|a\s+couple\s+of|"
                          # "things about ultrasonic rail testing": the stand-in says nothing
                          r"(?:(?:some|the|a\s+few)\s+)?(?:things?|stuff|bits?)\s+(?:about|on|"
                          r"around|re|regarding|like))"
                          r"\s+", re.I)
_ENDS_BADLY = _set("""
a an the and or but of to for with about on in at by from into as if that than your our their
its my his her this these those is are was were be will would can could very really
i i'm i'd i've we we're they they're he she
now once so because since while although though unless until even
""")
# prepositions: a noun phrase never opens with one ("about classroom management" is what the
# note said they talked about) nor has one straight after its determiner ("the about ...")
_PREPOSITIONS = _set("""
about of with to from in on at into onto by for without within through throughout during
among amongst around toward towards upon under across behind beyond despite regarding
including per via along against re concerning
""")


def is_preposition(word: str) -> bool:
    """ "on", "through": a particle the word table also calls an adverb ("working on")."""
    return word.casefold() in _PREPOSITIONS


_LEADING_PREPOSITION = re.compile(r"^(?:about|regarding|concerning|re:?|on)\s+(?=\S)", re.I)
_TOKEN = re.compile(r"[\w'’+#./&-]+|[(),]")


def _words(text: str) -> list[str]:
    return _TOKEN.findall(text)


def aside(line: str) -> bool:
    """A note line with a chat aside in it ("they had 3 FOMs quit this year lol") was written
    for oneself: none of it goes into an email."""
    return bool(_ASIDES.intersection(w.casefold() for w in _words(line)))


_ASIDES = _set("lol lmao ugh meh yikes omg haha hmm argh phew fml tbh")


def off_limits(text: str) -> bool:
    """An aside, a duration, a ratio, pay (a sum of money) or logistics: not something to
    thank anyone for."""
    low = [w.casefold().strip(".") for w in _words(text)]
    return bool(_OFF_LIMITS.intersection(low) or _DURATION.search(text) or _MONEY.search(text))


def _is_finite(word: str, index: int) -> bool:
    """A verb that makes the phrase a clause: an auxiliary, or a verb-only word that is
    inflected ("falls over" has its noun reading; "slipped", "wants" have none)."""
    w = word.casefold().replace("’", "'")
    if w in _FINITE:
        return True
    kinds = classes(w)
    return index > 0 and kinds == {"verb"} and not w.endswith("ing") and w.endswith(("s", "ed"))


def _head_ok(word: str) -> bool:
    w = word.casefold().replace("’", "'")
    if len(w) == 1 and w.isalpha() and w != "a":
        return False  # "H from last winter": a patient or a name kept to its initial
    if w in _PREPOSITIONS:
        return False
    if word[:1].isupper() and word[1:].islower() and (kinds := classes(w)) and not (
            kinds & {"noun", "adj"} or (w.endswith("ing") and "verb" in kinds)):
        return False  # "Got the forklift...": sentence case on a verb, not a name
    if w in _DETERMINERS or w in _WH or word[:1].isupper() or word[:1].isdigit():
        return w not in _SUBJECT_PRONOUNS
    if w in _SUBJECT_PRONOUNS:
        return False
    kinds = classes(w)
    if not kinds:  # a word the table does not know: jargon ("e-rostering", "playbook") is a noun
        return "-" in w or w.isalpha()
    if w.endswith("ing") and "verb" in kinds:
        return True  # a gerund: "precepting new graduates"
    return bool(kinds & {"noun", "adj"})


def trimmed(phrase: str, max_words: int = 12) -> str:
    """At most max_words, ending on a word that can end a phrase (not "of", "the", "and")."""
    words = phrase.split()
    if len(words) > max_words:
        words = words[:max_words]
        # cut before the last preposition or relative word so that the phrase ends whole
        for i in range(len(words) - 1, 2, -1):
            if words[i].casefold() in {"in", "on", "at", "for", "with", "during", "by", "from",
                                       "after", "before", "without", "within", "over", "that",
                                       "which", "who", "where"}:
                words = words[:i]
                break
    while words and words[-1].casefold().strip(",;:") in _ENDS_BADLY:
        words.pop()
    text = " ".join(words).rstrip(",;:")
    if text.count("(") > text.count(")"):
        text = text[:text.rfind("(")].rstrip()
    return text


def _can_be_noun(word: str, first: bool) -> bool:
    """A word that can head a noun phrase: a noun, a word the table lacks (jargon, a name), a
    capitalised word (not the note's sentence case: "Very formal") or a number."""
    w = word.casefold().replace("’", "'")
    if w in _DETERMINERS or w in _PREPOSITIONS or w in _FINITE or w in _GLUE:
        return False
    kinds = classes(w)
    return (not kinds or "noun" in kinds or word[:1].isdigit()
            or (word[:1].isupper() and not (first and word[1:].islower())))


def _broken(words: list[str]) -> bool:
    """Shapes no noun phrase has: a determiner before a preposition, a verb or another
    determiner ("the about", "the used the sepsis story"); a verb first with its object after
    it ("used the sepsis story", "got the forklift job"); a singular noun, then a verb in the
    third person and what follows it ("the consultation closes in February"); no word that
    can be a noun at all ("very formal")."""
    low = [w.casefold().replace("’", "'") for w in words]
    # a relative clause may hold a verb ("the dashboard that the team reviews every Monday")
    end = next((i for i, w in enumerate(low) if w in ("that", "which", "who", "where")), None)
    words, low = words[:end], low[:end]
    for i, (a, b) in enumerate(pairwise(low)):
        nxt = low[i + 2] if i + 2 < len(low) else ""
        # "the written assessment", "the revised rota": a participle before its noun
        participle = b.endswith(("ed", "en", "wn")) and "noun" in classes(nxt)
        if a in _DETERMINERS and a not in ("that", "this") and (
                b in _PREPOSITIONS or b in _DETERMINERS or b in _FINITE
                or (classes(b) == {"verb"} and not b.endswith("ing") and not participle)):
            return True
        if a in _DETERMINERS and nxt in _DETERMINERS and "noun" not in classes(b):
            return True
        if (i and b.endswith("s") and not b.endswith("ss") and {"verb", "noun"} <= classes(b)
                and "noun" in classes(a) and not a.endswith("s") and words[i][:1].islower()
                and nxt and nxt != "of" and (nxt in _PREPOSITIONS or nxt in _DETERMINERS)):
            return True
    if (len(low) > 1 and not low[0].endswith("ing") and "verb" in classes(low[0])
            and "noun" not in classes(low[0]) and low[1] in _DETERMINERS):
        return True
    return not any(_can_be_noun(w, i == 0) for i, w in enumerate(words))


_HEDGES = re.compile(r"\b(?:esp|espec|prob|poss|def|defo)\b\.?\s*", re.I)
_AND_WORD = re.compile(r"\s+and\s+(?P<w>[a-z]+)\b")


def _then_did(text: str) -> str:
    """The phrase before "and" + a verb in the past: what came next is a story, not the topic
    ("my AutoCAD and left halfway for a site walk" -> "my AutoCAD")."""
    for m in _AND_WORD.finditer(text):
        kinds = classes(m["w"])
        nxt = text[m.end():].split()[:1]
        # "and packed lunches": a participle before a noun is an adjective, not a new clause
        if m["w"] in _PAST or ("verb" in kinds and "noun" not in kinds and "adj" not in kinds
                                and m["w"].endswith("ed") and not (
                                    nxt and "noun" in classes(nxt[0]) and nxt[0] not in _GLUE)):
            return text[:m.start()]
    return text


_PAST = _set("left went said told took came gave got made ran showed asked saw met")


def _as_noun_phrase(clause: str, max_words: int = 12, mine_ok: bool = False) -> str | None:
    """The clause as a noun phrase about the work, or None when it cannot be one. `mine_ok`:
    the candidate's own words may stand ("your question about my 18th edition regs")."""
    text = expanded(clause.strip().strip(".;,:!?-–— "))
    # "Secunda & overtime" as prose writes it; a name's own "&" stays ("Marks & Spencer")
    text = re.sub(r"(?<=\S)\s+&\s+(?![A-Z])", " and ", text)
    text = _CLOCK.sub("", text).strip()  # "slipping at 3am": the hour is colour, not topic
    text = _HEDGES.sub("", text).strip()  # "the esp garden furniture": a jotted adverb
    text = _then_did(text)
    if not text or off_limits(text):
        return None
    text = _QUANTIFIERS.sub("", _LEADING_PREPOSITION.sub("", text)).strip()
    text = _QUANTIFIERS.sub("", text).strip()  # "some things about": a quantifier, a stand-in
    words = _words(text)
    if not words:
        return None
    low = [w.casefold().replace("’", "'") for w in words]
    if low[0] not in _WH and low[0] not in _SUBJECT_PRONOUNS and _broken(words):
        return None
    # "the mine contract at Secunda": a mine after a determiner is a pit, not the candidate's
    pits = {i for i, w in enumerate(low) if w == "mine" and i and low[i - 1] in _DETERMINERS_OF}
    if _FIRST_PERSON.intersection(w for i, w in enumerate(low) if i not in pits) and (
            low[0] not in _WH) and not mine_ok:
        return None  # "I was nervous", "my notice": about the candidate, not the work
    if low[0] in _WH:
        return trimmed(text, max_words)  # "how night staff will self-roster" is already one
    if low[0] in _SUBJECT_PRONOUNS:
        return _from_pronoun_clause(words, max_words)
    if not _head_ok(words[0]) or low[-1] in _PRO_HEADS:
        return None  # "main one", "the other thing": a stand-in for a noun says nothing
    text = _without_contact_clause(text)
    words = _words(text)
    finite = next((i for i, w in enumerate(words) if _is_finite(w, i)), None)
    if finite is None:
        return trimmed(text, max_words)
    low = [w.casefold().replace("’", "'") for w in words]
    rel = next((i for i in range(1, finite) if low[i] in ("which", "who", "that")), None)
    if rel is not None and (low[rel] != "that" or "noun" in classes(low[rel - 1])):
        # "the click-and-collect desk which is buried at the back": the relative clause says
        # what the notes think of it; the phrase before it is what was discussed
        return trimmed(" ".join(words[:rel]).rstrip(","), max_words)
    if finite >= 1 and low[finite] in ("will", "'ll", "would", "can", "could", "should"):
        return trimmed("how " + text, max_words)  # "night staff will self-roster"
    if finite >= 1 and low[finite].endswith("s") and classes(low[finite]) == {"verb"}:
        return trimmed("how " + text, max_words)  # "the firm uses AI for document review"
    if (finite >= 1 and low[finite] in ("is", "are") and finite + 1 < len(low)
            and low[finite + 1].endswith("ing") and "verb" in classes(low[finite + 1])):
        return trimmed("how " + text, max_words)  # "your lab is moving to single-cell ..."
    return None  # "the ward is short-staffed", "van provided": a claim or a perk, not a topic


_DETERMINERS_OF = frozenset(("the", "a", "an", "this", "that", "their", "his", "her", "our",
                             "its", "each", "every", "gold", "coal", "copper", "new", "open-pit",
                             "underground"))
_PRO_HEADS = frozenset(("one", "ones", "thing", "things", "stuff", "bit", "bits", "lot", "lots",
                        "part", "etc"))
_CONTACT = re.compile(r"\s+(?:he|she|they|you|we|i)\s+(?P<verb>[a-z]+)\b", re.I)


def _without_contact_clause(text: str) -> str:
    """ "the maths club you want someone to take over" -> "the maths club": a relative clause
    with no "that" (a noun, then a subject pronoun and its verb) says more about the thing,
    which is the topic."""
    for m in _CONTACT.finditer(text):
        before = _words(text[:m.start()])
        if before and "noun" in classes(before[-1]) and "verb" in classes(m["verb"]):
            return text[:m.start()]
    return text


def _from_pronoun_clause(words: list[str], max_words: int) -> str | None:
    """ "you are hiring two more people" -> "hiring two more people"; "you have new
    graduates starting in January" -> "your new graduates starting in January"."""
    low = [w.casefold().replace("’", "'") for w in words]
    rest = words[1:]
    verb = low[1] if len(low) > 1 else ""
    if low[0].endswith(("'re", "'s")) or verb in ("are", "is", "were", "was"):
        rest = rest if low[0].endswith(("'re", "'s")) else rest[1:]
        if rest and rest[0].casefold().endswith("ing"):
            return trimmed(" ".join(rest), max_words) or None
        return None
    if low[0].endswith("'ve") or verb in ("have", "has", "had", "got"):
        rest = rest if low[0].endswith("'ve") else rest[1:]
        rest = _words(_QUANTIFIERS.sub("", " ".join(rest)))
        if rest and rest[0].casefold() in ("got", "to"):
            return None
        if rest and _head_ok(rest[0]) and not any(_is_finite(w, i + 1)
                                                    for i, w in enumerate(rest)):
            return trimmed("your " + " ".join(rest), max_words)
    return None


_TO_VERB_THEM = re.compile(r"\bto\s+(?P<verb>[a-z-]+)\s+(?:them|it)\b", re.I)


def with_follow_on(first: str, second: str) -> str | None:
    """ "…4 new grads starting in Jan" + "and want experienced people to precept them" ->
    "precepting new graduates": the second half names the work, the first what it is done to."""
    m = _TO_VERB_THEM.search(second)
    if not m or "verb" not in classes(m["verb"]):
        return None
    words = _words(expanded(_QUANTIFIERS.sub("", first)))
    low = [w.casefold().replace("’", "'") for w in words]
    if low and (low[0] in _SUBJECT_PRONOUNS or low[0] in _FINITE):
        drop = 1 if low[0].endswith(("'ve", "'re", "'s")) else 2
        words = _words(_QUANTIFIERS.sub("", " ".join(words[drop:])))
    # the thing acted on: the words up to a participle or preposition ("new graduates")
    obj: list[str] = []
    for w in words:
        if w.casefold() in {"starting", "joining", "coming", "in", "on", "at", "from", "who",
                            "that", "next", "this"}:
            break
        obj.append(w)
    if not obj or not _head_ok(obj[0]):
        return None
    return f"{gerund(m['verb'])} {' '.join(obj)}"


def _noun_chunk(clause: str) -> str | None:
    """The longest run of adjectives and nouns in a clause that does not phrase whole ("we
    got on to the forklift cert stuff I did" -> "forklift certification stuff"): the last
    resort before a thank-you names no topic at all."""
    text = expanded(_CLOCK.sub("", clause))
    if off_limits(text):
        return None
    best: list[str] = []
    run: list[str] = []
    for word in [*_words(text), "."]:
        w = word.casefold().replace("’", "'")
        kinds = classes(w) if w.isalpha() else frozenset()
        if (kinds & {"noun", "adj"} and w not in _DETERMINERS and w not in _SUBJECT_PRONOUNS
                and w not in _PREPOSITIONS
                and w not in _FIRST_PERSON and w not in _FINITE and w not in _WH):
            run.append(word)
            continue
        while run and "noun" not in classes(run[-1].casefold()):
            run.pop()  # a chunk ends on its noun
        if len(run) > len(best) or (len(run) == len(best) and run and len("".join(run)) >
                                    len("".join(best))):
            best = run
        run = []
    return " ".join(best) if best and max(len(w) for w in best) >= 4 else None


# words that glue a phrase together, never its content
_GLUE = _set("of and the a an & for to in on at with our your their my")
