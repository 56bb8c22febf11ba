"""Turn note fragments into phrases that read well inside an email (pure functions).

Notes say "moving their nightly batch ETL to streaming; worried about replay costs" or
"asked me about on-call; I described cutting pages 40%". An email to that person says "moving
your nightly batch ETL to streaming" and "your question about on-call".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from drafter.topicgate import as_noun_phrase, to_do
from drafter.topicphrase import aside, off_limits, trimmed, with_follow_on
from drafter.wordclass import classes
from drafter.wordforms import expanded, gerund

# third person (the interviewer's team, as the notes call it) -> second person (the reader)
_PRONOUNS = [
    (r"\bthey're\b", "you're"), (r"\bthey are\b", "you are"), (r"\bthey've\b", "you've"),
    (r"\bthey have\b", "you have"), (r"\bthey were\b", "you were"), (r"\bthey\b", "you"),
    (r"\btheir\b", "your"), (r"\bthemselves\b", "yourselves"),
    (r"\b(?:his|her) (team|org|own|lab|group|unit|ward|department|practice|clinic|school|"
     r"company|firm|students|patients|staff|project|research)\b", r"your \1"),
    (r"\bhis\b", "your"),
    (r"\bshe's\b", "you're"), (r"\bhe's\b", "you're"), (r"\bshe\b", "you"), (r"\bhe\b", "you"),
]
_QUESTION = re.compile(
    r"^(?:(?:she|he|they)\s+)?(?:asked|quizzed|grilled|probed|wanted\s+to\s+know)(?:\s+(?:me|us))?"
    r"\s+(?:a lot\s+)?"
    r"(?:about|on|re:?|regarding|(?P<wh>how|whether|what|why|when|which)|"
    r"(?<=know\s)(?=(?:my|your|their|the)\s))\s*(?P<what>.+)$", re.I)  # "wanted to know my ..."
_DISCUSSED = re.compile(
    r"^(?:(?:we|she|he|they)\s+)?(?:talked|spoke|chatted|discussed|went over|dug into|covered|"
    r"walked (?:me|us) through|explained|described|mentioned|shared)\s+(?:about\s+|on\s+)?"
    r"(?P<what>.+)$", re.I)
_ASIDE = re.compile(r"\s*\([^()]*\)")
_MINE = re.compile(
    r"^I\s+(?:described|mentioned|talked about|explained|shared|walked (?:her|him|them|"
    r"you) through|told (?:her|him|them) about|gave (?:the )?example of|brought up)\s+"
    r"(?P<what>.+)$", re.I)
# what they want done: "wants someone who can build X", "wants whoever gets it to sort out X",
# "wants pastry to cut waste" -> "building X", "sorting out X", "cutting waste"
_WANTS = re.compile(
    r"^(?:(?:she|he|they)\s+)?(?:wants?|wanted|needs?|would\s+like|(?:is\s+|'s\s+)?looking\s+"
    r"for)\s+(?:(?:whoever\s+(?:gets|takes)\s+(?:it|the\s+\w+)|someone|somebody|a\s+person|"
    r"people|(?:the|a|an|their|his|her)\s+[\w-]+|[\w-]+)\s+)?(?:who\s+(?:can|will|could)\s+|to\s+)"
    r"(?!know\b)(?P<verb>[a-z]+(?:-[a-z]+)?)\b(?P<what>.+)$", re.I)
_CONCERN = re.compile(r"^(?:(?:she|he|they)(?:'s|'re| is| are)?\s+)?(?:worried|concerned|"
                      r"anxious)\s+(?P<conn>about|that|with)\s+(?P<what>.+)$", re.I)
# clauses: semicolons, dashes, and commas outside parentheses ("X (Kafka, Flink), Y")
_SPLIT = re.compile(r"\s*;\s*|\s+[-–—]\s+|\s*,\s+(?:(?:and|or)\s+)?(?![^()]*\))"
                    r"|\s+and\s+(?=(?:how|what|why|whether|where|when)\s)"
                    # "grilled me on X and on why Y": two things asked, two topics
                    r"|\s+and\s+(?=(?:on|about)\s+(?:how|what|why|whether|where|when)\s)"
                    r"|\s+and\s+(?=(?:want|need|hope|plan)s?\s)|\s*\(\s*(?=\d)"
                    r"|(?<!\bvs)(?<!\betc)(?<!\bM[rs])(?<!\bMrs)(?<!\bDr)(?<!\bSt)\.\s+(?=[A-Z])"
                    r"|\s*!+\s*")
_NO_ARTICLE = {
    "your", "my", "our", "how", "why", "what", "whether", "when", "where", "which", "who", "a",
    "an", "the", "their", "his", "her", "its", "this", "that", "these", "those", "some", "any",
    "all", "both", "each", "more", "less", "you", "i", "we", "to", "making", "being",
}
_WORD = re.compile(r"\S+")
# "team rituals: blameless postmortems" -> the detail after a short label
_LABEL = re.compile(r"^[\w /&+-]{2,30}:\s+(?P<rest>\S.+)$")


@dataclass(frozen=True)
class Topic:
    """One thing discussed: what to call it in an email, and what kind of thing it was."""

    phrase: str
    kind: str  # "subject" | "question" | "concern" | "mine"
    raw: str = ""  # the clause of the notes it came from


_THEY = re.compile(r"\b(?:they|they're|they've|their)\b", re.I)
_THEM = re.compile(r"\bthem\b", re.I)


def _second_person(text: str) -> str:
    # after "they" the team is already the subject, so a later "them" is the things it acts on:
    # "how they test them" -> "how you test them", not "how you test you"
    them = _THEM.search(text)
    if them and not _THEY.search(text, 0, them.start()):
        text = _THEM.sub("you", text)
    # after a plural noun, "they"/"their" are that noun's: "support new graduate nurses during
    # their first months" keeps "their"; before one they are the team's ("how they roster")
    cut = _first_plural(text)
    head, tail = text[:cut], text[cut:]
    for pattern, repl in _PRONOUNS:
        head = re.sub(pattern, repl, head, flags=re.I)
        if not pattern.startswith(r"\bthe"):
            tail = re.sub(pattern, repl, tail, flags=re.I)
    return head + tail


_PLAIN_WORD = re.compile(r"[A-Za-z]+")


def _first_plural(text: str) -> int:
    """Where the first plural noun ends ("nurses", "patients"), or the text's end."""
    for m in _PLAIN_WORD.finditer(text):
        word = m.group(0).casefold()
        if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) and (
                "noun" in classes(word[:-1]) or (word.endswith("es") and "noun" in classes(
                    word[:-2]))) and "noun" in classes(word):
            return m.end()
    return len(text)


_COMMON_STARTS = {
    "moving", "building", "the", "their", "our", "your", "how", "why", "what", "scaling",
    "migrating", "hiring", "plans", "plan", "roadmap", "onboarding", "research", "team",
    "redesign", "redesigning", "growing", "improving", "reducing", "cutting", "launching",
    "medication", "accessibility", "designing", "testing", "data", "product", "customer",
    "a", "an", "new", "current", "upcoming", "next", "managing", "leading", "working",
}


# what a follow-up email never brings up: pay and perks, and asides written for oneself
_PRIVATE = re.compile(
    r"\b(?:salary|salaries|compensation|comp\s+(?:range|band)|pay(?:\s+(?:range|band|rise))?|"
    r"wages?|bonus(?:es)?|equity|stock\s+options|benefits|pto|notice\s+period|visa|"
    r"sponsorship|relocation\s+package|counter-?offer)\b|[$€£¥₹]\s?\d", re.I)
# note-taking shorthand, spelled out (the notes reader reads these too) ...
_SPELLED = [(re.compile(p, re.I), r) for p, r in [
    (r"\babt\b", "about"), (r"\bb/c\b", "because"), (r"\bthru\b", "through"),
    # a ward's and a clinic's shorthand for a patient ("a deteriorating pt", "complex pts")
    # (lower case only: "PT" is physical therapy)
    (r"(?<![\w/])(?-i:pts)(?![\w/])", "patients"), (r"(?<![\w/])(?-i:pt)(?![\w/.])", "patient"),
]]
# ... and chat asides, dropped from a topic
_ASIDES = [(re.compile(p, re.I), r) for p, r in [
    (r"\s*\b(?:lol|lmao|haha+|omg)\b[.!]*", ""), (r"\s*(?:!{2,}|\?{2,}|[:;]-?[()DP])", ""),
]]
# "talked w/ Jess", "diary studies w/ clinicians", "w/o a referral"
_WITH_SHORTHAND = re.compile(r"(?<![\w/])[wW]/[oO](?![\w/])|(?<![\w/])[wW]/(?=\s|[A-Z])")


def with_spelled_out(text: str) -> str:
    """"w/", "w/o", "abt", "b/c", "thru" as the words they stand for (the notes parser reads
    them too: "talked abt the mine contract" is a discussion cue)."""
    text = _WITH_SHORTHAND.sub(lambda m: "without" if m[0].lower() == "w/o" else "with", text)
    for pattern, repl in _SPELLED:
        text = pattern.sub(repl, text)
    return text


def _spelled_out(text: str) -> str:
    text = with_spelled_out(text)
    for pattern, repl in _ASIDES:
        text = pattern.sub(repl, text)
    return text.strip()


def capital_i(text: str) -> str:
    """Notes written in lower case say "i": an email says "I"."""
    return re.sub(r"(?<![\w.'’-])i(?=$|[\s'’,.;:!?)])", "I", text)


def topics_of(raw: str, max_words: int = 12) -> list[Topic]:
    """Split one note line about an interviewer's conversation into topics an email can name:
    each a noun phrase (drafter.topicphrase, drafter.topicgate), or left out."""
    out: list[Topic] = []
    if aside(raw):
        return out
    parts = [p.strip() for p in _SPLIT.split(_spelled_out(raw.strip())) if p and p.strip()]
    for i, part in enumerate(parts):
        if len(part) < 3 or _PRIVATE.search(part):
            continue
        if part.rstrip('"”’\'').endswith("?") or part[:1] in "\"“":
            continue  # a stock question quoted word for word ("what's your biggest weakness?")
        if i and (follow := with_follow_on(parts[i - 1], part)):
            # "...4 new grads" + "want experienced people to precept them": one topic
            out = [t for t in out if t.raw != parts[i - 1]]
            out.append(Topic(follow, "subject", part))
            continue
        topic = _topic(part, max_words)
        if (topic is not None and out and out[-1].kind == "question"
                and re.match(r"(?:on|about)\s", part, re.I)):
            # "grilled me on X and on why Y": the second is asked too
            topic = Topic(topic.phrase, "question", topic.raw)
        if topic is not None:
            out.append(Topic(capital_i(topic.phrase), topic.kind, topic.raw))
    return out


def _topic(part: str, max_words: int) -> Topic | None:
    if m := _MINE.match(part):
        mine = trimmed(expanded(_ASIDE.sub("", m.group("what"))), max_words)
        # "the whole-animal stuff we did at The Gannet (old job)": the aside goes, and "stuff"
        # names nothing
        vague = bool(re.search(r"\b(?:stuff|things?|bits?)\b", mine, re.I))
        return Topic(mine, "mine", part) if mine and not vague and not off_limits(mine) else None
    if own := _own_experience(part, max_words):
        return Topic(own, "mine", part)  # "my time at Casa Pilar": the candidate's example
    if m := _QUESTION.match(part):
        # "asked how I would scale it" keeps its "how": "your question about how I would..."
        what = _second_person(" ".join(filter(None, [m.group("wh"), m.group("what")])))
        phrase = as_noun_phrase(what, max_words, mine_ok=True)
        return Topic(_lower_start(phrase), "question", part) if phrase else None
    if m := _CONCERN.match(part):
        what = _second_person(m.group("what"))
        if m.group("conn").lower() == "that":
            what = trimmed(expanded(what), max_words)
            return Topic(f"that {what}", "concern", part) if not off_limits(what) else None
        phrase = as_noun_phrase(what, max_words)
        return Topic(_lower_start(phrase), "concern", part) if phrase else None
    if (m := _WANTS.match(part)) and "verb" in classes(m["verb"].casefold().split("-")[-1]):
        phrase = as_noun_phrase(_second_person(gerund(m["verb"]) + m["what"]), max_words)
        return Topic(phrase, "subject", part) if phrase else None
    if m := _DISCUSSED.match(part):
        part = m.group("what")
    elif m := _LABEL.match(part):
        if to_do(part):
            return None  # "call Amma re: ...": a note to self, whatever it is about
        # "their k8s fleet: ~140 clusters": what follows, else the label itself
        label = part[:m.start("rest")].rstrip(": ")
        part = m.group("rest")
        if as_noun_phrase(_second_person(part), max_words) is None and len(label.split()) > 1:
            part = label
    phrase = as_noun_phrase(_second_person(part), max_words)
    if phrase is None or not phrase.strip():
        return None
    words = phrase.casefold().replace("’", "'").split()
    if len(words) > 2 and words[1] in ("i", "i'd"):
        # "how I would debug X" was their question; "how I turned around X" my own example
        hypothetical = words[1] == "i'd" or words[2] in ("would", "could", "should", "might")
        return Topic(phrase, "question" if hypothetical else "mine", part)
    return Topic(_lower_start(phrase), "subject", part)


# endings of common nouns and gerunds that brand and product names seldom have: "Shrinkage
# complaints", "Recruitment drive", "Onboarding" opening a list item are sentence case
_COMMON_ENDINGS = ("age", "ing", "tion", "sion", "ment", "ness", "ity", "ance", "ence", "ship",
                   "ery", "ure", "ism", "als", "ies")


def _lower_start(text: str) -> str:
    # a lone leading capital is sentence case from the notes, not a proper noun
    words = text.split()
    first = words[0] if words else ""
    if not (first[:1].isupper() and first[1:].islower()) or (
            len(words) > 1 and words[1][:1].isupper()):
        return text  # "Homelessness Reduction Act": a name, capitals and all
    low = first.lower()
    if low in _COMMON_STARTS or (len(low) > 5 and low.endswith(_COMMON_ENDINGS)
                                 and classes(low) - {"adv"}):
        return text[0].lower() + text[1:]
    return text


def ordered(topics: list[Topic]) -> list[Topic]:
    """What was discussed first, then their questions, their concerns, the candidate's own."""
    rank = {"subject": 0, "question": 1, "concern": 2, "mine": 3}
    return sorted(topics, key=lambda t: rank.get(t.kind, 5))


def as_mention(topic: Topic) -> str:
    """How a thank-you refers to it: "our conversation about X" / "your question about X"."""
    if topic.kind == "question":
        return f"your question about {topic.phrase}"
    if topic.kind == "concern":
        if topic.phrase.startswith("that "):
            return f"your concern {topic.phrase}"
        return f"your point about {topic.phrase}"
    if topic.kind == "subject":
        return with_article(topic.phrase)
    return topic.phrase


_PREPOSITION = {"of", "for", "in", "on", "at", "with", "from", "into", "to", "by", "about",
                "across", "between", "during", "under", "over", "(", "and", "or"}


def _named_thing(words: list[str]) -> bool:
    """A name, then a singular common noun as the head: "Marina Heights tower project",
    "Crossrail-adjacent project in Whitechapel", "Kubernetes migration" (a count of one thing
    that takes "the"), not "Cat modelling", "Ode's expansion", "NFPA 70E", "Nextflow pipelines"."""
    head_at = next((i for i, w in enumerate(words) if w.casefold() in _PREPOSITION), len(words))
    if head_at < 2 or re.search(r"['’]s?$", words[0]):
        return False
    head = words[head_at - 1]
    return (head.isalpha() and head.islower() and "noun" in classes(head)
            and not head.endswith(("ing", "s")))


# "a lot of", "a few", "a range of": an amount, not one thing
_AMOUNTS = frozenset({"lot", "few", "bit", "couple", "number", "range", "mix", "variety",
                      "little", "great", "good", "whole", "series", "handful", "set", "pair"})


def with_article(phrase: str) -> str:
    """ "onboarding redesign" -> "the onboarding redesign", "Marina Heights tower project" ->
    "the Marina Heights tower project"; leaves "moving X", "Kafka", "NFPA 70E" alone."""
    words = phrase.split()
    first = words[0] if words else ""
    if first in ("a", "an") and len(words) > 2 and words[1].casefold() not in _AMOUNTS:
        # "a collective dismissal case" from the notes is one both now know: "the ..."
        return "the " + " ".join(words[1:])
    if first[:1].isupper() and len(words) > 1 and first.casefold() not in _NO_ARTICLE:
        return f"the {phrase}" if _named_thing(words) else phrase
    if (not first or not first[:1].islower() or first.endswith("ing") or first.lower() in
            _NO_ARTICLE or len(words) < 2):
        return phrase
    return f"the {phrase}"


def long_date(day: dt.date) -> str:
    return f"{day:%A}, {day:%B} {day.day}"


def short_date(day: dt.date) -> str:
    return f"{day:%B} {day.day}"


def subject_date(day: dt.date) -> str:
    """A subject line's date: "25 November"."""
    return f"{day.day} {day:%B}"


def join_and(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


# what a parser strips but an email needs: who asked, who described
_LEAD_IN_BEFORE = re.compile(
    r"(?:(?:she|he|they)\s+)?(?:asked(?:\s+(?:me|us))?\s+(?:about|on|how|whether|what|re:?)"
    r"|I\s+(?:described|mentioned|explained|shared|talked\s+about|gave\s+(?:an?\s+)?example\s+of)"
    r"|(?:worried|concerned)\s+(?:about|that|with))\s*$", re.I)


def with_lead_in(topic: str, notes: str) -> str:
    """Put back the lead-in the notes wrote before a parsed topic ("asked me about on-call")."""
    at = notes.find(topic)
    if at <= 0:
        return topic
    clause_start = max(notes.rfind(sep, 0, at) for sep in ("\n", ";", ",", ":", "(")) + 1
    before = notes[clause_start:at].strip(" \t-*•–—")
    m = _LEAD_IN_BEFORE.search(before)
    if m and re.search(r"\b(?:I|i|we|We)\s+(?:also\s+|then\s+)?$", before[:m.start()]):
        return topic  # "I asked about the data migration": the candidate's question, not theirs
    return f"{m.group().strip()} {topic}" if m else topic


# notes written to the candidate ("You interviewed this morning with Rose ... Rose asked about
# your model validation work"): there "your" is the candidate's, as "my" is elsewhere
_YOU_NARRATE = re.compile(r"(?:^|[.!?:;\n]\s*)(?:you|you've|you'd)\s+(?:then\s+|also\s+|just\s+)?"
                          r"(?:interviewed|met|spoke|talked|had|were|went|applied|sent|got|"
                          r"emailed|chatted)\b", re.I)
_I_NARRATE = re.compile(r"\bI\s+(?:interviewed|met|spoke|talked|had|applied|sent|went|got)\b")
_TO_FIRST = [(r"\byourself\b", "myself"), (r"\byours\b", "mine"), (r"\byour\b", "my"),
             (r"\byou've\b", "I've"), (r"\byou're\b", "I'm"), (r"\byou'd\b", "I'd"),
             (r"\b(asked|told|gave|showed|sent|pressed|quizzed|grilled) you\b", r"\1 me"),
             (r"\byou\b", "I")]


def addressed_to_you(notes: str) -> bool:
    """Whether the notes tell the candidate's story in the second person."""
    return bool(_YOU_NARRATE.search(notes)) and not _I_NARRATE.search(notes)


def first_person(text: str) -> str:
    """A topic from second-person notes as the candidate says it: "your model validation work"
    -> "my model validation work"."""
    for pattern, repl in _TO_FIRST:
        text = re.sub(pattern, repl, text, flags=re.I)
    return text


# "my time at Casa Pilar", "my 12 yrs as an avionics tech in the Air Force": the candidate's
# own experience, a few words (no verb, no person) and then where or what it was
_OWN = re.compile(r"^my\s+(?P<run>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)(?=\s+(?:at|in|from|with|as|on|for|"
                  r"of|across|during|under|running|leading|managing)\s+\S)", re.I)
_NOT_WORK = frozenset({
    "partner", "wife", "husband", "kids", "children", "child", "family", "mum", "mom", "dad",
    "friend", "friends", "nerves", "health", "commute", "car", "dog", "girlfriend", "boyfriend",
    "mother", "father", "sister", "brother", "cv", "resume", "references", "notice", "salary",
    "availability", "visa", "questions", "question", "answer", "answers", "weakness", "weaknesses",
    "strengths", "name", "email", "phone", "number",
})
_CLAUSE_WORDS = frozenset({"me", "him", "her", "them", "us", "it", "was", "were", "is", "are",
                           "am", "been", "be", "had", "has", "have", "did", "do", "does", "i",
                           "will", "would", "can", "could", "should", "not"})
_YEARS = [(r"\byrs\b", "years"), (r"\byr\b", "year"), (r"\bmos\b", "months")]


def _own_experience(part: str, max_words: int) -> str | None:
    """A jotted "my ..." item that names the candidate's own experience, as a phrase; None for
    anything else ("my partner drove me", "my nerves", "my salary expectations")."""
    m = _OWN.match(part.strip())
    if m is None:
        return None
    run = [w.casefold() for w in m["run"].split()]
    if any(w in _CLAUSE_WORDS or w in _NOT_WORK for w in run) or any(
            classes(w) == {"verb"} for w in run):
        return None
    text = part.strip().rstrip(".;:,")
    for pattern, repl in _YEARS:
        text = re.sub(pattern, repl, text)
    phrase = as_noun_phrase(text, max_words, mine_ok=True)
    return phrase if phrase and not off_limits(phrase) else None

