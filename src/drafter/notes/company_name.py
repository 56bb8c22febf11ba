"""A company's name as written: the capitalised run of words at the start of a text
("Larkspur Analytics, 2nd round"), or at its end ("Update: Northwind").
"""

from __future__ import annotations

import re

from drafter.notes.vocab import vocab

_COMPANY_TOKENS = re.compile(r"[^\s,;:()\[\]\"!?]+(?:[ \t]+[^\s,;:()\[\]\"!?]+){0,7}")


_LEGAL_END = frozenset({"inc.", "co.", "ltd.", "llc.", "corp."})
_LEGAL_MORE = frozenset({"ltd", "inc", "llc", "limited", "pty", "plc", "corp", "kg", "gmbh"})


def take_company(text: str) -> str | None:
    """The capitalised company name at the start of `text` ("Larkspur Analytics, 2nd round")."""
    v = vocab()
    m = _COMPANY_TOKENS.match(text.strip())
    words = m.group(0).split() if m else []
    out: list[str] = []
    for i, word in enumerate(words):
        core = word.rstrip(".")
        nxt = words[i + 1] if i + 1 < len(words) else ""
        ended = core != word and (word.casefold() not in v.keep_dot or (
            # a legal suffix ends the name ("Midwest Produce Co. We're wrapping up"), unless
            # another follows ("Acme Co. Ltd.")
            word.casefold() in _LEGAL_END and nxt.rstrip(".,").casefold() not in _LEGAL_MORE))
        after = words[i + 2] if i + 2 < len(words) else ""
        if out and core.casefold() in v.name_joins and (nxt[:1].isupper() or (
                nxt.casefold() in v.name_joins and after[:1].isupper())):
            out.append(core)  # "Dijkstra & van Dam Advocaten", "Bank of America"
            continue
        leading_the = i == 0 and core == "The" and nxt[:1].isupper()  # "The Atlantic"
        if not core or (core.casefold() in v.company_stop and not leading_the):
            break
        if core.casefold() in v.format_words and (
                not nxt or nxt.rstrip(".,;:").casefold() in v.interview_nouns_or_formats):
            break
        if not (core[0].isupper() or (i == 0 and core[0].isdigit() and
                                      any(c.isupper() for c in core))):
            break
        if any(c.isdigit() for c in core) and i > 0:
            break
        out.append(word if word.casefold() in v.keep_dot else core)
        if ended:
            break
    while out and out[-1].casefold() in ("&", "of", "de", "the"):
        out.pop()
    name = " ".join(out)
    if not name or len(name) > 60 or not any(c.isalpha() for c in name):
        return None
    return name


def _company_suffix(text: str) -> str | None:
    """The company that ends `text` ("Update: Northwind" -> "Northwind"; a bracket after it is
    an aside: "PetHaven (Riverside)")."""
    words = re.split(r"[\s,;:()]+", re.sub(r"\s*\([^()]*\)\s*$", "", text).strip())
    out: list[str] = []
    for word in reversed(words):
        if not word or not (word[0].isupper() or word[0].isdigit()) or (
                word.casefold() in vocab().company_stop):
            break
        out.insert(0, word)
        if len(out) == 4:
            break
    return take_company(" ".join(out)) if out else None
