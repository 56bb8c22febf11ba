"""What drafter knows about one interview: the pydantic models the notes parser produces.

Everything here is read from the person's notes; what could not be found stays ``None`` and is
listed in ``missing`` so that nothing downstream invents it.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

from drafter.titles import PARTICLES as PARTICLES  # one table, kept with the review's data

DateRole = Literal[
    "interview", "decision", "offer-deadline", "rejection", "sent", "next-step", "other"
]


class DateMention(BaseModel):
    """A date found in the notes, and how drafter read it (shown to the user by `plan`)."""

    text: str
    role: DateRole = "other"
    value: dt.date | None = None
    how: str = ""  # e.g. "'next Friday' read as the Friday after the interview (2026-11-28)"


class Interviewer(BaseModel):
    name: str
    title: str | None = None
    email: str | None = None
    topics: list[str] = Field(default_factory=list)
    # how the notes address them ("Dr", "Prof", "Mrs"), when they do: the greeting keeps it
    honorific: str | None = None
    # the name they go by, when the notes say so ("Zhang Wei (goes by 'David')")
    goes_by: str | None = None
    # the whole name, when which word is the given name is unclear ("Tanaka Hiroshi")
    greet_in_full: bool = False

    @property
    def first_name(self) -> str:
        """How a greeting addresses them: "Priya" for Priya Shah, "Dr. Cho" when the notes call
        Hyun-woo Cho "Dr. Cho", "Dr. Patel" when they know them only by title and surname. A
        family name the notes write in capitals by convention ("SATO Kenji") is greeted as a
        name is written ("Mr. Sato")."""
        return " ".join(w.capitalize() if len(w) > 2 and w.isalpha() and w.isupper() else w
                        for w in self._greeted_as().split(" "))

    def _greeted_as(self) -> str:
        got = self._greeted_by_rule()
        bare = got.rstrip(".")
        # never an initial ("Dear J,"), a particle ("Dear Ni,") or a family name in capitals
        # alone ("Dear Tanaka,"): the whole name is never wrong
        if len(got.split()) == 1 and (len(bare) == 1 or bare.casefold() in PARTICLES
                                      or bare.casefold() in ("ní", "ni", "nic", "uí", "ó") or (
                got.isupper() and len(self.name.split()) > 1 and not self.honorific)):
            return _greeted(self.name.split())
        return got

    def _greeted_by_rule(self) -> str:
        words = self.name.split()
        if self.goes_by:
            return self.goes_by
        if len(words) in (3, 4) and words[0].casefold() in VIET_FAMILY and (
                words[1].casefold() in VIET_MIDDLE) and not self.honorific:
            # "Nguyễn Thị Lan", "Hoang Thi Thu Trang": family, middle, given names; a
            # Vietnamese name is said by its last word ("Lan", "Trang")
            return words[-1]
        if self.greet_in_full and not self.honorific and words[0].casefold() not in FAMILY_FIRST:
            return _greeted(words)
        if len(words) == 2 and words[0].rstrip(".") in TITLES:
            return self.name
        if len(words) >= 2 and words[0].rstrip(".") in SPOKEN_TITLES and not self.honorific:
            # a name kept with its title in it ("Capt Williams", from "emailed Capt Williams")
            return f"{SPOKEN_TITLES[words[0].rstrip('.')]} {surname(words[1:])}"
        # "Zhang Wei", "Park Ji-hoon", "NAKAMURA Haruto": which part is the given name is not
        # ours to guess, so the greeting keeps the whole name (or the title and family name)
        family_first = len(words) > 1 and (words[0].casefold() in FAMILY_FIRST or (
            words[0].isupper() and len(words[0]) > 3))
        if self.honorific and len(words) == 1:
            return f"{_short_title(self.honorific)} {self.name}"  # "Dr. Price", "Sgt. Ito"
        if self.honorific and len(words) > 1:
            title = SPOKEN_TITLES.get(self.honorific.rstrip("."), _short_title(self.honorific))
            last = surname(words)
            if len(words) >= 3 and words[0].casefold() in VIET_FAMILY and (
                    title in ("Mr.", "Mrs.", "Ms.", "Miss", "Mx.")):
                # "Ms. Nguyễn Thị Lan" is Ms. Lan: a Vietnamese name is said by its given name,
                # the last word (an academic title goes with the family name: "Dr. Nguyen")
                return f"{title} {words[-1]}"
            if len(words) == 4 and words[0].casefold() in COMPOUND_FIRST and (
                    words[1].casefold() in COMPOUND_SECOND) and not any(
                    w.casefold() in PARTICLES for w in words):
                # "Sra. María José Fernández Ruiz": two given names, then the father's surname
                # (the one a title goes with) and the mother's
                return f"{title} {words[2]}"
            if len(words) == 3 and _surname_pair(words):
                # "Dr. Alejandro Ruiz Ibáñez": two surnames, as Spanish and Portuguese names
                # carry them; both together are never wrong ("Dr. Ibáñez" is)
                return f"{title} {words[1]} {words[2]}"
            if _icelandic(words):
                # "Prof. Sigríður Jónsdóttir": a patronymic is no family name; Icelanders are
                # addressed by the given name, with a title by the whole name
                return f"{title} {_greeted(words)}"
            if last.split()[0].casefold() in PARTICLES and len(words) - len(last.split()) > 1:
                # "Sra. Carmen Ruiz de Alarcón": where the surname starts is unclear (Ruiz?),
                # and the whole name is never wrong
                return _greeted(words)
            first = family_first or (len(words) == 2 and words[0].casefold() in JAPANESE_FAMILY)
            return f"{title} {words[0] if first else surname(words)}"
        if family_first:
            # "Zhang Wei" -> "Wei", "Park Ji-hoon" -> "Ji-hoon"; with more parts ("Tran Minh
            # Duc") which part is the given name is not ours to guess: the whole name
            return words[1] if len(words) == 2 else _greeted(words)
        if len(words) >= 2 and words[1].casefold() in COMPOUND_SECOND and (
                words[0].casefold() in COMPOUND_FIRST):
            return " ".join(words[:2])  # "María José Castillo Herrera", "María José": María José
        return words[0] if words else self.name

    def answers_to(self, name: str) -> bool:
        """Whether `name` is this person's full, first or last name (case-insensitive)."""
        want = name.casefold().strip()
        return want == self.name.casefold() or want in self.name.casefold().split()


#: titles a person may be known by with their surname alone ("Dr. Patel"): the notes parser
#: reads them, and a greeting keeps them
TITLES = ("Dr", "Mr", "Mrs", "Ms", "Mx", "Prof")
#: a form of address as a greeting writes it before a surname ("Dear Sergeant Kealoha")
SPOKEN_TITLES = {"Prof": "Professor", "Professor": "Professor", "Sister": "Sister",
                 "Capt": "Captain", "Sgt": "Sergeant", "Lt": "Lieutenant", "Cmdr": "Commander",
                 "Col": "Colonel", "Det": "Detective", "Insp": "Inspector", "Judge": "Judge",
                 "Rabbi": "Rabbi", "Imam": "Imam", "Pastor": "Pastor", "Dame": "Dame",
                 "Sir": "Sir", "Cllr": "Councillor", "Ir": "Ir.", "Encik": "Encik",
                 "Puan": "Puan", "Tuan": "Tuan", "Cik": "Cik", "Herr": "Herr", "Frau": "Frau",
                 "Chef": "Chef", "Coach": "Coach", "Canon": "Canon",
                 "Dott": "Dott.", "Sra": "Sra.", "Srta": "Srta.", "Sig": "Sig.", "Mme": "Mme",
                 "Mlle": "Mlle"}
#: titles written without a full stop: whole words, and French contractions ("Mme", "Mlle")
_WORD_TITLES = frozenset((
    "Canon", "Sister", "Judge", "Rabbi", "Imam", "Pastor", "Dame", "Sir", "Encik", "Puan", "Tuan",
    "Cik", "Herr", "Frau", "Mme", "Mlle",
))


def _icelandic(words: list[str]) -> bool:
    """A name ending in an Icelandic patronymic: "-dóttir", or "-son" in a name written with
    Icelandic letters ("Guðmundsson", "Ólafsson": ð, þ, æ or an acute vowel Swedish does not
    write), not "Johnson" nor "Björn Andersson"."""
    last = words[-1].casefold()
    return len(words) > 1 and (last.endswith(("dóttir", "dottir")) or (
        last.endswith("sson") and any(c in " ".join(words).casefold() for c in "ðþæáíóúý")))


def _greeted(words: list[str]) -> str:
    """A whole name as a greeting writes it: a family name the notes wrote in capitals to mark
    it ("TANAKA Hiroshi") in ordinary case ("Tanaka Hiroshi"); initials ("J.") kept."""
    return " ".join(w.capitalize() if w.isupper() and len(w.rstrip(".")) > 1 else w
                    for w in words)


def _short_title(honorific: str) -> str:
    title = honorific.rstrip(".")
    return title if title in _WORD_TITLES else f"{title}."


#: family names that open a full name written family name first ("Nguyen Thi Lan", "Tran Minh
#: Duc"): with three or more words and one of these first, the greeting does not pick a part
#: Japanese family names, often written first in notes ("Tanaka Haruto", "Ms. Kimura Ayaka"):
#: with a title the greeting takes the family name ("Mr. Tanaka"); without one, the whole name
#: (a given name alone is too familiar in a first letter)
JAPANESE_FAMILY = frozenset((
    "sato", "satō", "suzuki", "takahashi", "tanaka", "watanabe", "ito", "itō", "yamamoto",
    "nakamura", "kobayashi", "kato", "katō", "yoshida", "yamada", "sasaki", "yamaguchi",
    "matsumoto", "inoue", "kimura", "hayashi", "shimizu", "yamazaki", "ikeda", "hashimoto",
    "ishikawa", "ogawa", "fujita", "okada", "goto", "gotō", "hasegawa", "murakami", "kondo",
    "ishii", "saito", "saitō", "sakamoto", "aoki", "fujii", "nishimura", "fukuda", "miura",
    "fujiwara", "okamoto", "matsuda", "nakagawa", "nakajima", "maeda", "ono", "takeda",
))

FAMILY_FIRST = frozenset((
    "nguyen", "nguyễn", "tran", "trần", "le", "lê", "pham", "phạm", "hoang", "hoàng", "huynh",
    "phan", "vu", "vũ", "vo", "võ", "dang", "đặng", "bui", "bùi", "do", "đỗ", "ngo", "ngô",
    "duong", "dương", "ly", "lý", "chen", "wang", "zhang", "liu", "yang", "huang", "zhao", "wu",
    "zhou", "xu", "sun", "zhu", "hu", "guo", "lin", "gao", "luo", "kim", "lee", "park", "choi",
    "jung", "jeong", "kang", "cho", "yoon", "jang", "lim", "han", "oh", "seo", "shin", "kwon",
    "hwang", "ahn", "song", "yoo", "hong",
    # Hungarian, written family name first ("Nagy Eszter", "Dr. Kovács Eszter"); none of these
    # is an English given name
    "nagy", "kovács", "kovacs", "tóth", "toth", "szabó", "szabo", "horváth", "horvath",
    "varga", "molnár", "molnar", "németh", "nemeth", "farkas", "balogh", "papp", "takács",
    "takacs", "juhász", "juhasz", "lakatos", "mészáros", "meszaros", "oláh", "olah", "rácz",
    "racz", "szilágyi", "szilagyi", "török", "torok", "fehér", "feher", "balázs", "balazs",
    "szűcs", "szucs", "kocsis", "pintér", "pinter", "fodor", "szalai", "sipos", "lukács",
    "lukacs", "gulyás", "gulyas", "bíró", "biro", "király", "kiraly", "hegedűs", "hegedus",
    "halász", "halasz", "székely", "szekely", "bálint", "balint"))
#: Vietnamese family names, and the middle names ("Thị", "Văn") that mark a name written family
#: name first: then the given name is the last word ("Nguyễn Thị Lan" -> Lan)
VIET_FAMILY = frozenset((
    "nguyen", "nguyễn", "tran", "trần", "le", "lê", "pham", "phạm", "hoang", "hoàng", "huynh",
    "huỳnh", "phan", "vu", "vũ", "vo", "võ", "dang", "đặng", "bui", "bùi", "do", "đỗ", "ngo",
    "ngô", "duong", "dương", "ly", "lý", "dinh", "đinh", "truong", "trương", "doan", "đoàn"))
VIET_MIDDLE = frozenset(("thi", "thị", "van", "văn"))
#: words that join a given name to a father's name ("Ahmad bin Rahman", "Siti binti Yusof",
#: "Rajan a/l Muthu"): the person is addressed by the given name before them
PATRONYMIC = frozenset(("bin", "binti", "binte", "ibn", "bt", "a/l", "a/p", "s/o", "d/o"))


def _given_before_patronymic(words: list[str]) -> str | None:
    # only when the father's name ends the name: "Hamid bin Rashid Al-Mansoori" has a family name
    k = next((i for i, w in enumerate(words) if w.casefold() in PATRONYMIC), 0)
    return " ".join(words[:k]) if 0 < k == len(words) - 2 else None


#: given names that pair into one ("María José", "Juan Carlos", "Anne-Marie" aside): a greeting
#: keeps both words
COMPOUND_FIRST = frozenset(("maría", "maria", "juan", "josé", "jose", "ana", "luis", "josé",
                            "jean", "marie", "anna", "mary", "john", "pedro", "miguel", "juana",
                            "luz", "rosa", "joão", "joao"))
COMPOUND_SECOND = frozenset(("josé", "jose", "carlos", "luisa", "maría", "maria", "luis",
                             "pablo", "paul", "pierre", "claude", "anne", "ann", "elena",
                             "isabel", "antonio", "manuel", "fernanda", "eugenia", "jesús",
                             "lucía", "lucia", "teresa", "cristina", "belén", "pilar", "carmen",
                             "sofía", "sofia", "victoria", "paula", "inés", "ines", "pedro",
                             "paulo", "guadalupe", "ángeles", "angeles", "clara", "luiza",
                             "alberto"))


def _surname_pair(words: list[str]) -> bool:
    """Whether a three-word name ends in two surnames, as Spanish and Portuguese names do: an
    Iberian given name, then a middle word that is no given name ("Mary Ann Smith", "Grace
    Wanjiru Kamau" keep one surname) nor an initial. The gazetteer is the notes reader's."""
    from drafter.notes.lexicon import plain  # the model layer reads the reader's data lazily
    from drafter.notes.people_words import first_names, iberian_first_names

    middle = words[1].rstrip(".")
    return (plain(words[0]) in iberian_first_names()
            and len(middle) > 1 and middle[:1].isupper() and middle.casefold() not in PARTICLES
            and plain(middle) not in first_names()
            and words[2][:1].isupper() and words[2].casefold() not in PARTICLES)


def surname(words: list[str]) -> str:
    """The surname of a full name: the last word with any particles before it; for "Ahmad bin
    Rahman" the given name, the part a title goes with ("Ir. Ahmad")."""
    if given := _given_before_patronymic(words):
        return given
    if words and words[0].casefold() in PARTICLES and words[0][:1].islower():
        return " ".join(words)  # "de la Cruz", known only by title and surname
    i = len(words) - 1
    while i > 1 and words[i - 1].casefold() in PARTICLES:
        i -= 1
    return " ".join(words[i:])


class Evidence(BaseModel):
    """Where a fact came from: a line of the notes (1-based, as written) or a flag."""

    source: Literal["notes", "flag"] = "notes"
    line: int | None = None
    text: str = ""


class CompetingOffer(BaseModel):
    company: str | None = None
    answer_by: dt.date | None = None
    answer_by_text: str | None = None


class SentMessage(BaseModel):
    """A follow-up the candidate already sent (so `plan` can space the next one)."""

    stage: str
    on: dt.date | None = None
    to: str | None = None
    text: str = ""


class InterviewContext(BaseModel):
    company: str | None = None
    role: str | None = None
    interview_date: dt.date | None = None
    round: str | None = None
    format: str | None = None
    candidate: str | None = None
    interviewers: list[Interviewer] = Field(default_factory=list)
    decision_date: dt.date | None = None
    decision_text: str | None = None
    next_steps: str | None = None
    competing_offer: CompetingOffer | None = None
    rejected: bool = False
    rejection_date: dt.date | None = None
    sent: list[SentMessage] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    # raw notes, kept so checks can accept any word the person wrote (names, jargon)
    source: str = ""
    # topics the notes do not tie to one interviewer (a shared list before any names)
    topics: list[str] = Field(default_factory=list)
    # the recruiter or coordinator, when named: a contact, not an interviewer
    recruiter: str | None = None
    # the recruiter as someone an email may go to: what they discussed, when the notes tie
    # topics to them (a recruiter's screen), and the name they go by
    recruiter_person: Interviewer | None = None
    # who sent the rejection, when the notes say and it is a person they name
    rejection_from: str | None = None
    # the one person whose emails are pasted into the notes ("From: Yuki Tanaka <...>")
    correspondent: str | None = None
    # people who belong to a rival employer's offer (its HR sender, its recruiter): no email
    # of this thread goes to them
    rivals: list[str] = Field(default_factory=list)
    # who the follow-up thread is with, when the notes show it (a sent message's recipient,
    # "my contact is Dana", whoever stated the timeline): see notes/thread.py
    thread_owner: str | None = None
    # whom the notes themselves say to write to ("email Noor", "write to Dr. Cho")
    addressee: str | None = None
    # whom the notes say to thank ("need to thank Adebayo", "TY to Hemi first"): for a
    # thank-you that is whom it goes to; another stage's email need not go there
    thanked: str | None = None
    # people the notes name who are neither interviewer nor recruiter as far as drafter can
    # tell (a referrer, someone mentioned): --to may still name them
    others: list[Interviewer] = Field(default_factory=list)
    # of those, the ones whose part the notes leave open (they may have interviewed you): while
    # there are any, no rule treats someone as "the only interviewer"
    uncertain: list[str] = Field(default_factory=list)
    # where each fact was read ("company", "role", "person:Priya Shah", ...), and what the
    # resolver set aside as too weak to put in an email (shown to the person, never used)
    evidence: dict[str, Evidence] = Field(default_factory=dict)
    doubts: list[str] = Field(default_factory=list)

    @property
    def missing(self) -> list[str]:
        out = []
        if not self.interviewers:
            out.append("interviewer")
        if not self.company:
            out.append("company")
        if not self.role:
            out.append("role")
        if not self.candidate:
            out.append("candidate")
        if not any(i.topics for i in self.interviewers):
            out.append("topics")
        return out

    def topics_with(self, person: Interviewer) -> list[str]:
        """What an email to `person` may recall: first what the notes ask it to bring up
        ("mention the condo association work"), then their own topics, else, for the
        interviewer the notes say to thank, the panel's shared conversation ("We talked a lot
        about their mentoring") that the notes tie to no one of them. Never for someone the
        notes do not single out: a shared topic is no evidence of whom the email goes to."""
        from drafter.asks import asked_topics  # what the notes ask the email to bring up

        asked = asked_topics(self.source)
        own = person.topics
        if not own and self.topics and self.thanked == person.name and any(
                p.name == person.name for p in self.interviewers):
            own = self.topics
        return asked + [t for t in own if t not in asked]

    def recipient(self, name: str | None) -> Interviewer | None:
        """An interviewer, or the recruiter (who has no topics of their own) by name."""
        person = self.interviewer(name)
        if person is not None or not name or not self.recruiter:
            return person
        recruiter = Interviewer(name=self.recruiter, title="recruiter")
        return recruiter if recruiter.answers_to(name) else None

    def interviewer(self, name: str | None) -> Interviewer | None:
        """Find an interviewer by full name, first name or last name (case-insensitive)."""
        if not self.interviewers:
            return None
        if name is None:
            return self.interviewers[0]
        return next((p for p in self.interviewers if p.answers_to(name)), None)
