"""Names and titles: a person's name at a point in a line, the title and address after it.

A name is a run of 2-4 capitalised words the notes contain, none of them a title, filler or
company word (data/vocab.toml); particles ("van", "de la") and Gaelic parts ("Ó", "Ní") join.
"""

from __future__ import annotations

import datetime as dt
import re

from drafter.context import VIET_FAMILY
from drafter.dates import Clock, scan_dates
from drafter.notes.job_heads import firm_plural
from drafter.notes.people_words import without_letters
from drafter.notes.vocab import organisation_word, vocab

_I = re.IGNORECASE

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_INITIAL = re.compile(r"[^\W\d_]\.")
_TOKEN = re.compile(r"[ \t]*([^\W\d_][\w'’-]*\.?)")


def _name_token(tok: str, first: bool) -> bool:
    v = vocab()
    core = tok.strip("'’-")
    if len(core) < 2 or not core[0].isupper() or core.isupper():
        return False  # acronyms such as ETL or VP are not names
    if not all(c.isalpha() or c in "'’-" for c in core):
        return False
    if not (core[1].islower() or core[1] in "'’"):
        return False
    low = core.casefold()
    if low in v.months and first and low in v.months_given:
        return True
    return low not in v.not_name


def _valid_name(tokens: list[str]) -> bool:
    v = vocab()
    # at most four capitalised words; particles come on top ("María José de la Fuente")
    capitals = [t for i, t in enumerate(tokens)
                if not (t in v.particles and 0 < i < len(tokens) - 1)]
    if len(tokens) < 2 or len(capitals) > 4 or len(tokens) > 6:
        return False
    if _INITIAL.fullmatch(tokens[-1]) or firm_plural(" ".join(tokens)):
        return False  # "Thornbury Hale Engineers": a firm
    for i, tok in enumerate(tokens):
        # lower-case particles join a name ("Ludwig van Beethoven"); "Das" ends one
        if ((tok in v.particles or tok in v.gaelic) and 0 < i < len(tokens) - 1) or (
                _INITIAL.fullmatch(tok) and i < len(tokens) - 1):
            continue
        if i > 0 and tokens[0].casefold() in VIET_FAMILY and _name_token(tok, True) is False \
                and tok[:1].isupper() and tok[1:].islower() and tok.isalpha():
            continue  # "Nguyễn Thị Thu Hà": "Thu" is a given name there, not Thursday
        if not _name_token(tok, i == 0):
            return False
    return True


def name_at(text: str, pos: int = 0) -> tuple[str, int] | None:
    """A person's name starting at text[pos] (after an optional honorific) and where it ends.

    The longest run of 2-4 capitalised words that passes the checks wins, so "Priya Shah
    Engineering Manager" gives "Priya Shah".
    """
    v = vocab()
    toks: list[tuple[str, int]] = []
    i = pos
    while len(toks) < 6:
        m = _TOKEN.match(text, i)
        if not m or (toks and m.start(1) == i):
            break
        word = m.group(1)
        sentence_end = word.endswith(".") and not _INITIAL.fullmatch(word) and (
            word[:-1].casefold() not in v.honorifics)
        toks.append((word[:-1], m.end(1) - 1) if sentence_end else (word, m.end(1)))
        i = m.end(1)
        if sentence_end or (i < len(text) and text[i] not in " \t"):
            break
    while toks and toks[0][0].casefold().rstrip(".") in v.honorifics:
        toks = toks[1:]
    for k in range(min(6, len(toks)), 1, -1):
        words = [w for w, _ in toks[:k]]
        if _valid_name(words):
            if (k < len(toks) and toks[k][0].casefold() in v.company_suffixes) or (
                    organisation_word(words[-1], departments=False)):
                # "Bright Path Learning", "Acme Labs", "Hollis Creek Dairy": a company
                return None
            if organisation_word(words[-1]):
                # a department's word: "Lakeside Physiotherapy" is a practice, but "Sarah Chen
                # Engineering" may be her team after her name
                if _first_name_word(words[0]):
                    continue
                return None
            return " ".join(words), toks[k - 1][1]
    return None


def _full_name(text: str) -> str | None:
    """`text` when it is nothing but a name."""
    got = name_at(text.strip())
    return got[0] if got and got[1] == len(text.strip()) else None


def _first_name(text: str) -> str | None:
    """`text` when it is one capitalised word that could be a first name ("Priya")."""
    word = text.strip()
    if not re.fullmatch(r"[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)?", word):
        return None
    if not word[0].isupper() or word.isupper() or word.casefold() in vocab().not_name:
        return None
    return word


def _name_suffix(text: str) -> str | None:
    """The name that ends `text` ("Then Omar Haddad" -> "Omar Haddad")."""
    words = text.split()
    for k in range(min(4, len(words)), 1, -1):
        cand = words[-k:]
        if _valid_name(cand):
            return " ".join(cand)
    return None


def _title_like(text: str) -> bool:
    words = [w.strip(".,()").casefold() for w in text.split()]
    return 0 < len(words) <= 8 and len(text) <= 80 and any(w in vocab().title_words for w in words)


# a "title" that names the job applied for, not the person's ("Wen Liu — role Data Analyst II")
JOB_AS_TITLE = re.compile(r"(?:role|position|vacancy|opening)\s+\S", re.I)


def _clean_title(text: str) -> str | None:
    # "(he introduced himself as Karthik, Deputy Director)": the name he goes by is no title
    text = re.sub(r"^(?:he|she|they)\s+introduced\s+(?:him|her|them)sel(?:f|ves)\s+as\s+"
                  r"[^\W\d_][\w'’-]*\s*,?\s*", "", text.strip(), flags=_I)
    text = re.sub(r"^(?:the|our|their|my|a|an)\s+", "", text.strip(" .,;:-–—"), flags=_I).strip()
    if not text or re.fullmatch(r"(?:she|he|they|ze|xe)/\w+", text, _I):
        return None  # pronouns are not a title
    if JOB_AS_TITLE.match(text):
        return None  # "Wen Liu — role Data Analyst II": the job applied for, not theirs
    if scan_dates(text, Clock(dt.date(2000, 1, 1))) and not _title_like(text):
        return None
    return text if len(text.split()) <= 8 and len(text) <= 80 else None


_PAREN = re.compile(r"\s*\((?P<t>[^()]{1,100})\)")
_ANGLE = re.compile(r"\s*<(?P<e>[^<>\s]+@[^<>\s]+)>")
# a title stops at a sentence end: "Priya Shah, EM. asked about on-call"
_DASH_TITLE = re.compile(r"\s+[-–—]\s+(?P<t>(?:[^:;().—–]|\.(?!\s)){1,80}?)\s*"
                         r"(?=:|;|\.\s|\s[-–—]|\.?$)")
_COMMA_TITLE = re.compile(r"\s*[,/]\s*(?P<t>(?:[^:;,().—–/]|\.(?!\s)){1,80}?)\s*"
                          r"(?=:|,|;|\.\s|\s[-–—/]|\.?$)")


# forms of address that never end a job title ("VP Eng", "Associate Professor" do)
_NEXT_NAMED = re.compile(r"\b(?:mrs|mr|ms|mx|miss|dr|sir|dame|mme|sra|srta|herr|frau)\.?\s*$",
                         re.I)


def next_persons_title(title: str) -> bool:
    """A title that ends in a form of address is the next person's: "the director Mr. Paul
    Desrosiers, the supervisor Ms. Fatou Ndiaye" gives Paul no title "supervisor Ms"."""
    return bool(_NEXT_NAMED.search(title))


def _alias(inner: str, name: str) -> bool:
    """A bracket after a name that holds another name for them, not a job: "Robert Okafor
    (Bob)", "Kim Min-jun (Minjun)"."""
    from drafter.notes.people import is_first_name  # the gazetteer imports this module

    word = inner.strip()
    if not re.fullmatch(r"[^\W\d_][\w'’-]*", word) or _title_like(word) or not word[0].isupper():
        return False
    joined = {w.replace("-", "").casefold() for w in name.split()}
    return word.replace("-", "").casefold() in joined or is_first_name(word)


def _title_after(rest: str, name: str = "") -> tuple[str | None, str | None, str]:
    """(title, email, what is left) from the text that follows a name."""
    title = email = None
    for _ in range(2):  # a title and an address may both follow, in either order
        if m := _ANGLE.match(rest):
            email, rest = m["e"], rest[m.end():]
        elif m := _PAREN.match(rest):
            inner = m["t"]
            if found := _EMAIL.search(inner):
                email = found.group(0)
                inner = (inner[:found.start()] + inner[found.end():]).strip(" ,;")
            if not (name and _alias(inner, name)):
                title = title or (_clean_title(inner) if inner else None)
            rest = rest[m.end():]
        elif title is None and (m := _DASH_TITLE.match(rest) or _COMMA_TITLE.match(rest)) and (
                _title_like(m["t"])) and not next_persons_title(m["t"]):
            title, rest = _clean_title(m["t"]), rest[m.end():]
        else:
            break
    if email is None and (found := _EMAIL.match(rest.strip(" ,;-–—"))):
        email = found.group(0)
        rest = rest.strip(" ,;-–—")[found.end():]
    return title, email, rest


_NOTES_BY = re.compile(r"(?i:(?:my\s+)?(?:interview\s+)?notes)\s*(?:[-–—:]|(?i:by|from))\s*"
                       r"(?P<n>.+)$")


def _candidate_name(value: str) -> str | None:
    """A candidate's own name: 1-4 capitalised words (they wrote it on a 'me:' line)."""
    value = without_letters(value.strip(" .")).strip(" .")
    if _full_name(value):
        return _full_name(value)
    words = value.split()
    if len(words) == 1 and _name_token(words[0], True):
        return words[0]
    return None


def _first_name_word(word: str) -> bool:
    """A known first name (the gazetteer), looked up without importing the person reader."""
    from drafter.notes.people import is_first_name  # people imports this module

    return is_first_name(word)

