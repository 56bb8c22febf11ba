"""Forms of address written before a name ("Dr", "Sra.", "Capt") and the particles of a
surname ("van der", "Ní"): one table each for the notes reader, the recipient rule and the
rubric's greeting check. Plain data (and the one pattern it makes), so the review path can use
it without loading the notes reader."""

from __future__ import annotations

import re

#: forms of address before a name, as written -> as kept ("Father Okafor" -> "Fr"); the one
#: table the detector and the resolver's name clean-up share
HONORIFICS = {"dr": "Dr", "mr": "Mr", "mrs": "Mrs", "ms": "Ms", "mx": "Mx", "prof": "Prof",
              "professor": "Prof", "fr": "Fr", "father": "Fr", "sister": "Sister", "sr": "Sister",
              "cllr": "Cllr", "councillor": "Cllr", "capt": "Capt", "captain": "Capt",
              "rev": "Rev", "dame": "Dame", "sir": "Sir", "sgt": "Sgt", "sergeant": "Sgt",
              "lt": "Lt", "lieutenant": "Lt", "cmdr": "Cmdr", "commander": "Cmdr",
              "col": "Col", "colonel": "Col", "det": "Det", "detective": "Det",
              "insp": "Insp", "inspector": "Insp", "judge": "Judge", "rabbi": "Rabbi",
              "imam": "Imam", "pastor": "Pastor", "ir": "Ir", "encik": "Encik",
              "puan": "Puan", "tuan": "Tuan", "cik": "Cik", "herr": "Herr",
              "frau": "Frau", "dott": "Dott", "dottssa": "Dott", "sra": "Sra", "srta": "Srta",
              "señora": "Sra", "senora": "Sra", "mme": "Mme", "madame": "Mme", "mlle": "Mlle",
              "mademoiselle": "Mlle", "maj": "Maj", "major": "Maj", "gen": "Gen",
              "brig": "Brig", "cpl": "Cpl", "corporal": "Cpl", "pte": "Pte", "pvt": "Pvt",
              "adm": "Adm", "admiral": "Adm", "cdr": "Cdr", "supt": "Supt",
              "canon": "Canon", "revd": "Rev", "reverend": "Rev",
}
#: every word a name may follow as its form of address, for taking a name apart or matching
#: one ("Miss Tan", "Eng. Khalid", "Hon. Sarah Kaye"): the honorifics and a few the detector
#: does not keep
TITLE_WORDS = frozenset(HONORIFICS) | {"miss", "eng", "engr", "ing", "hon"}
#: a form of address opening a name ("Dr. ", "Capt "), longest first: the recipient rule and
#: its learned second look strip it the same way
LEADING_TITLE = re.compile(r"^(?:" + "|".join(sorted(TITLE_WORDS, key=len, reverse=True))
                           + r")\.?\s+", re.I)

#: words that join a surname to what follows it ("van der Berg", "de la Cruz", "Ní Chonaill")
PARTICLES = frozenset((
    "van", "von", "de", "da", "del", "della", "der", "den", "di", "du", "la", "le", "dos", "das",
    "do", "bin", "binti", "ibn", "al", "el", "ó", "ní", "nic", "ua", "mac", "mhic", "y", "ap",
    "giolla", "te", "'t", "’t", "ten", "ter", "het",
    # Filipino and Spanish "dela Cruz", "delos Reyes", "de los Santos"; German "vom", "zu"
    "dela", "delos", "delas", "los", "las", "des", "vom", "zu", "zur"))
