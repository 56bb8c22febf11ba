"""Word forms a topic needs: note shorthand spelled out ("grads" -> "graduates") and a verb's
gerund ("precept" -> "precepting", for "wants someone to precept them")."""

from __future__ import annotations

import re

# shorthand people write in notes -> the word an email uses
_EXPAND = {
    "grads": "graduates", "grad": "graduate", "cert": "certification",
    "certs": "certifications", "mgmt": "management", "dept": "department",
    "admin": "administration", "ops": "operations", "reqs": "requirements", "eng": "engineering",
    "infra": "infrastructure", "jan": "January", "feb": "February",
    "mar": "March", "apr": "April", "jun": "June", "jul": "July", "aug": "August",
    "sept": "September", "sep": "September", "oct": "October", "nov": "November",
    "dec": "December", "govt": "government", "approx": "about", "regs": "regulations",
    # contractions typed without their apostrophe ("asked if im ok w/ confined spaces")
    "im": "I'm", "ive": "I've", "youre": "you're", "theyre": "they're", "dont": "don't",
    "didnt": "didn't", "wasnt": "wasn't", "isnt": "isn't", "hes": "he's", "shes": "she's",
    "thats": "that's", "theyve": "they've", "wouldnt": "wouldn't", "couldnt": "couldn't",
}


def expanded(text: str) -> str:
    """Shorthand spelled out: "new grads starting in Jan" -> "new graduates starting in January",
    "5yr lead times" -> "5-year lead times", "3 yrs" -> "3 years"."""
    text = re.sub(r"(?<![\w.])(\d+)yr\b", r"\1-year", text)
    text = re.sub(r"(?<![\w.])(\d+)\s*yrs\b", r"\1 years", text)
    text = re.sub(r"(?<![\w.])1\s+yr\b", "1 year", text)
    return re.sub(r"(?<![\w-])[A-Za-z]+(?![\w-])",
                  lambda m: _EXPAND.get(m[0].casefold(), m[0]), text)


def gerund(verb: str) -> str:
    """ "take" -> "taking", "cut" -> "cutting", "tie" -> "tying", "own" -> "owning"."""
    v = verb.casefold()
    if v.endswith("ie"):
        return v[:-2] + "ying"
    if v.endswith("e") and not v.endswith(("ee", "ye", "oe")):
        return v[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][b-df-hj-np-tvz]", v):
        return v + v[-1] + "ing"  # one syllable ending consonant-vowel-consonant: "cutting"
    return v + "ing"
