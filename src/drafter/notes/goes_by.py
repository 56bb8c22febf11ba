"""How the notes say to address a person: the name they go by, said beside their name or
anywhere in the notes as a run of their own name, a '-san', or a family name in capitals."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from drafter.notes.lexicon import plain
from drafter.notes.segment import sentence_end

# a form of address said with the given name, not the family name (Thai "Khun Somchai")
_GIVEN_NAME_TITLES = frozenset(("khun",))


@lru_cache(maxsize=512)  # asked again for the same person each time a recipient is looked up
def _goes_by(text: str, name: str) -> str | None:
    """The name the notes say a person goes by: "Zhang Wei (goes by 'David')", "Oluwaseun
    (Seun)", "Chen Xiaoling (goes by Lynn)", "everyone calls her Peg"."""
    m = re.search(rf"{re.escape(name)}\s*\((?:goes\s+by|call(?:s|ed)?\s+(?:him|her|them)|"
                  r"known\s+as|aka|prefers|(?:he|she|they)\s+introduced\s+(?:him|her|them)"
                  r"sel(?:f|ves)\s+as)\s*['\"‘“]?(?P<n>[A-Z][\w'’-]+)", text)
    if m:
        return m["n"].rstrip("'’")
    words = name.split()
    if len(words) > 1 and words[0].casefold() in _GIVEN_NAME_TITLES:
        return f"{words[0]} {words[1]}"  # "Khun Somchai Wongsakul": Khun Somchai
    return (_said_goes_by(text, name) or _san(text, name) or _family_first(text, name)
            or _given_used_alone(text, name))


_GOES_BY = re.compile(r"\b(?:goes\s+by|prefers(?:\s+to\s+be\s+called)?|known\s+as|"
                      r"introduced\s+(?:him|her|them)sel(?:f|ves)\s+as|"
                      # "'please, it's Father Tom'": a form of address, quoted beside the name
                      r"(?<=['\"‘“])(?:please,?\s+)?it['’]s(?:\s+(?:Father|Fr|Dr|Doctor|Chef|Coach|"
                      r"Sister|Pastor|Rev|Reverend|Professor|Prof)\.?)?|"
                      # "call me Kemi", quoted on the line that names her
                      r"(?:everyone\s+)?calls?\s+(?:him|her|them|me))\s+['\"‘“]?"
                      # the first word in any case: "call me will" in a lowercase jotting
                      # counts only as a run of their own name (below)
                      r"(?P<n>[^\W\d_][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")


# the candidate keeps the title anyway: "... but I'll stay formal", "... I'll stick with Dr Ruiz"
_KEEP_FORMAL = re.compile(r"\b(?:(?:stay|keep\s+(?:it|things)|be|remain)\s+formal|formally|"
                          r"stick\s+(?:to|with)\s+(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx)\b)", re.I)


_PRONOUN_WORDS = ("she", "he", "they", "i", "we")


@cache
def _nicknamer() -> Any:
    from nicknames import NickNamer  # its table loads once, and only for notes that need it

    return NickNamer()


def _nickname_of(short: str, given: str) -> bool:
    """Whether `short` is a known nickname of the given name ("tom" of "thomas", "bill" of
    "william"), from the nicknames package's table of English names."""
    return len(short) > 1 and given.rstrip(".") in _nicknamer().canonicals_of(short)


def _said_goes_by(text: str, name: str) -> str | None:
    """"Luis Fernando Ortega Ruiz ... he goes by Luis Fernando, not Luis": a form of address
    said anywhere in the notes counts only when it is a run of this person's own name words,
    or a short form of the given name on their own line (a nickname said apart from the name
    could be anyone's)."""
    words = [plain(w) for w in name.split()]
    for m in _GOES_BY.finditer(text):
        if _KEEP_FORMAL.search(text, m.end(), sentence_end(text, m.end())):
            continue  # "told me to call her Ingrid but I'm going to stay formal in writing"
        said = m["n"].split()
        short = plain(said[0].rstrip("'’"))
        start = text.rfind("\n", 0, m.start()) + 1
        line = text[start:m.start()]
        if name not in line and not [w for w in re.findall(r"\b[A-Z][\w'’-]+", line)
                                     if plain(w) not in (short, *_PRONOUN_WORDS)]:
            # a line naming no one else, under the line that names them ("... Mrs Obiageli
            # Nwankwo-Hart ...\nObi – she asked us to call her Obi")
            line = text[text.rfind("\n", 0, max(0, start - 1)) + 1:m.start()]
        # the given name's start or, as Yoruba names shorten ("Oluwakemi" to "Kemi"), its end
        # ... of any word that can be it: "R. Senthilnathan" ("call me Senthil"), whose initial
        # is his father's
        given = [w for w in words if len(w.rstrip(".")) > 2] if len(words[0].rstrip(".")) == 1 \
            else words[:1]
        if len(words) > 1 and _caps_first(name):
            given = words[1:]  # "TANAKA Hiroshi" ("everyone calls me Hiro"): family name first
        # a nickname the table knows ("Father Tom" for Thomas) only said right beside the
        # name, in its own clause: "someone there goes by Peg" is not Margaret's
        beside = name in line and not re.search(r"[;.!?]|\b(?:someone|somebody|another|"
                                                 r"colleague|boss|wife|husband|partner)\b",
                                                 line[line.rfind(name) + len(name):])
        if said[0][:1].isupper() and any((2 < len(short) < len(w) and (
                w.startswith(short) or w.endswith(short))) or (beside and _nickname_of(short, w))
                for w in given) and name in line:
            # "Samantha Reyes - Design Manager (goes by Sam too)": a short form of the given
            # name, said on the line that names them
            return said[0].rstrip("'’")
        while said:
            run = [plain(w.rstrip("'’")) for w in said]
            at = next((i for i in range(len(words)) if words[i:i + len(run)] == run), None)
            if len(run) < len(words) and at is not None:
                return " ".join(name.split()[at:at + len(run)])  # as the name is written
            said = said[:-1]
    return None


def _caps_first(name: str) -> bool:
    """Whether a name is written family name first, in capitals ("TANAKA Hiroshi")."""
    words = name.split()
    return len(words[0]) > 1 and words[0].isupper() and not any(w.isupper() for w in words[1:])


def _family_first(text: str, name: str) -> str | None:
    """"Mei Ling Chua" signed "CHUA Mei Ling": the surname in capitals first, so every word
    after it is the given name, which a greeting uses whole ("Mei Ling", not "Mei")."""
    words = name.split()
    given = words[:-1]
    if len(given) < 2 or not words[-1][:1].isupper():
        return None
    pattern = r"\b" + re.escape(words[-1].upper()) + r"\s+" + r"\s+".join(map(re.escape, given))
    return " ".join(given) if re.search(pattern + r"\b", text) else None


def _san(text: str, name: str) -> str | None:
    """"Tanaka-san asked about...": the notes address one word of a full name with the
    Japanese '-san', which is how a greeting can address them too ("TANAKA Hiroshi")."""
    words = [w for w in name.split() if len(w) > 1]
    if len(words) < 2:
        return None
    said = {m[1].casefold() for m in re.finditer(r"\b([^\W\d_]{2,})-san\b", text, re.I)}
    hits = [w for w in words if w.casefold() in said]
    if len(hits) != 1:
        return None
    word = hits[0]
    return f"{word.capitalize() if word.isupper() else word}-san"


_SYLLABLES = re.compile(r"[A-Z][a-z]{1,5}-[A-Za-z][a-z]{1,5}")  # "Wen-Ting", "Ji-hoon"


def _given_used_alone(text: str, name: str) -> str | None:
    """"Li Wen-Ting" whom the notes call "Wen-Ting" (twice or more, never "Li" alone): a
    family name written first, and the given name the notes use is the one to greet by."""
    words = name.split()
    if len(words) != 2 or not _SYLLABLES.fullmatch(words[1]) or len(words[0]) > 5:
        return None
    alone = re.findall(rf"(?<!{re.escape(words[0])} )(?<![\w-]){re.escape(words[1])}(?![\w-])",
                       text)
    first = re.search(rf"(?<![\w-]){re.escape(words[0])}(?![\w-])(?! {re.escape(words[1])})",
                      text)
    return words[1] if len(alone) >= 2 and first is None else None
