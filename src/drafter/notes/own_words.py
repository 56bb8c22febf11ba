"""Words read as one's own name: which word can open it, where it ends, and how sure the shape
of the notes around it makes a name stand there (own_name.py finds the words; this reads them).
"""

from __future__ import annotations

import re
from typing import Literal

from drafter.context import PARTICLES
from drafter.notes.lexicon import name_case, plain
from drafter.notes.people import HONORIFICS, first_names, is_first_name, word_in

# how sure the shape around a name is (see _name); "speaker": a chat's header says it is a name
Mode = Literal["speaker", "loose", "plain", "careful"]


def _cap(word: str) -> bool:
    return word[:1].isupper()


def _first_like(word: str) -> bool:
    """A known first name, or a hyphenated pair of them ("Sarah-Jane")."""
    parts = word.split("-")
    return is_first_name(word) or (len(parts) == 2 and all(
        plain(p) in first_names() for p in parts))


def _opens(bare: str, more: bool, mode: Mode) -> bool:
    """Whether a word can open one's own name."""
    if re.fullmatch(r"[A-Z]\.?", bare):
        return more  # "K. Mensah", never "K." alone
    if bare.isupper() and len(bare) > 1:
        return False  # "AWS", "RDH"
    if word_in("common", bare):
        # "Grace", "- rebecca" are names; "i'm will be late", "I'm Excited" are not
        return _first_like(bare) and (_cap(bare) or mode != "careful")
    if _first_like(bare) or mode == "loose":
        return len(bare) > 1
    return more and _cap(bare)  # "Dev Patel": a surname must follow a word no list knows


def _name(words: str, mode: Mode = "plain") -> str | None:
    """Words read as one's own name: a known first name (or, followed by a surname, any word
    that is no English word) opening them, then name-like words only; trailing words that are
    not (", don't mention", "btw") are cut. Where the shape of the notes already says a name
    stands there (a greeting, "me:", under a sign-off) the mode is loose: one unknown word
    ("Ikenna") counts. Careful (after "I'm"): a lowercase English word ("will") never does.
    A chat's speaker may be one ("Sunday Adewale-Hart"): the header says a name stands there."""
    shown, mode = mode == "speaker", "loose" if mode == "speaker" else mode
    words = re.sub(r"[\"“][^\"”\n]{1,20}[\"”]", " ", words)  # 'Ayodele "Ayo" Bankole'
    parts = re.sub(r"\([^()]*\)?", " ", words).split()
    while parts and parts[0].rstrip(".").casefold() in HONORIFICS:
        parts = parts[1:]  # "me: Dr. Lucía Ferreira, DVM": the name, not the title
    out: list[str] = []
    for i, w in enumerate(parts[:4]):
        bare = w.strip(".,;:!?\"'“”‘’")
        if not bare or not bare[0].isalpha() or (word_in("not_names", bare) and not shown and not (
                i > 0 and mode == "loose" and _cap(bare) and word_in("surnames_too", bare))):
            break
        if i > 0 and i == len(parts) - 1 and word_in("company_words", bare):
            return None  # "Brightwell Logistics": a company's last word says so
        if i == 0 and (word_in("company_words", bare) or word_in("role_words", bare)
                       or re.search(r"['’]s$", bare)):
            return None  # a company, a title, "Jordan's": not one's own name
        opens = (shown and _cap(bare)) or _opens(bare, len(parts) > 1, mode)
        if i == 0 and not opens and not (mode == "loose" and _cap(bare) and len(parts) > 1
                                         and _cap(parts[1])
                                         and not word_in("common", parts[1].strip(".,"))):
            return None  # "Name on CV: Park Min-jun": a surname first may be an English word
        particle = bare.casefold() in PARTICLES
        if i > 0 and re.search(r"\w['’]s$", bare) and mode != "loose":
            return None  # "Notes from Dee Okon's debrief": whose it is, not one's own name
        if i > 0 and not particle and (
                (bare.isupper() and len(bare) > 1) or word_in("role_words", bare)
                or re.search(r"['’]s$", bare)
                or (_cap(out[0]) and not _cap(bare) and len(bare) > 1)
                or (not _cap(bare) and word_in("top", bare))):
            break  # "Marta trying", "RDH", "Sam's": the name ended
        out.append(w.rstrip(",;:)(") if len(bare) == 1 else bare)
        if w.endswith((",", ";", ":", "!", "?")) or (w.endswith(".") and len(bare) > 1):
            break
    while out and out[-1].casefold() in PARTICLES:
        out.pop()
    if not out or (len(out) == 1 and (len(out[0].rstrip(".")) == 1 or (
            mode != "loose" and not _first_like(out[0])))):
        return None  # "K." alone; "I'm Salesforce certified"
    return " ".join(w if _cap(w) or w.casefold() in PARTICLES else name_case(w) for w in out)
