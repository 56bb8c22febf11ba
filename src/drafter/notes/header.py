"""The header: company, role, round and format from a header-like line.

"Interview today (Nov 18) for Senior Data Engineer at Larkspur Analytics, 2nd round",
"Larkspur Analytics — Senior Data Engineer — 2nd round", "Interview Nov 18 with X for the Y
role": each pattern proposes a company and a role; a company must not read as a role or a name.
"""

from __future__ import annotations

import datetime as dt
import re

from drafter.dates import Clock, scan_dates
from drafter.notes.company_name import take_company
from drafter.notes.employer import EMPLOYER, PLACE, UNKNOWN, kind_of, tied_elsewhere
from drafter.notes.job_heads import ends_in_job, firm_plural
from drafter.notes.lexicon import common_set
from drafter.notes.names import _full_name
from drafter.notes.people import person_like
from drafter.notes.people_shape import credential
from drafter.notes.vocab import vocab
from drafter.wordclass import classes

_I = re.IGNORECASE

_INTERVIEW_CUE = re.compile(
    r"\b(?:interview(?:ed|ing|s)?|intvw|intv|intvwd|round|onsite|on-site|phone\s+screen|screen(?:ing)?|panel|"
    # "close the loop with Roz" is a follow-up, not an interview loop
    r"(?<!close\sthe\s)(?<!closing\sthe\s)(?<!closed\sthe\s)loop|"
    r"superday|video\s+call|call\s+with|met\s+with|talked\s+with|spoke\s+with)\b", _I)
_ROUND = re.compile(
    r"\b(?:(?:first|second|third|fourth|fifth|final|last|1st|2nd|3rd|4th|5th)\s+round|"
    r"round\s+(?:\d|one|two|three|four|five)|(?:phone|recruiter|technical|tech|hiring\s+manager|"
    r"hm|initial|intro|culture|behavioral|behavioural|coding|system\s+design|take-home)\s+"
    r"(?:screen|interview|round|call)|panel(?:\s+interview)?|onsite\s+loop|superday)\b", _I)
_FORMATS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:video(?:\s+call)?|zoom|webex|hangouts|virtual(?:ly)?)\b", _I), "video call"),
    (re.compile(r"\b(?:Google\s+Meet|Teams|MS\s+Teams|Microsoft\s+Teams)\b"), "video call"),
    (re.compile(r"\bphone(?:\s+(?:call|screen|interview))?\b", _I), "phone call"),
    (re.compile(r"\bon-?site\b", _I), "onsite"),
    (re.compile(r"\b(?:in[- ]person|in\s+the\s+office|at\s+(?:their|the)\s+office)\b", _I),
     "in person"),
)


def _role_like(text: str) -> bool:
    words = [w.strip(".,()").casefold() for w in text.split()]
    if not 0 < len(words) <= 8 or len(text) > 80:
        return False
    return any(w in vocab().role_heads for w in words) and not any(w.isdigit() for w in words)


_ROLE_TAIL = re.compile(
    r"\s+(?:role|position|post|job|opening|interview|onsite|on-site|loop|screen|notes|call)\b.*$|"
    r"\s+(?:on|via|over|in|at|with|today|yesterday|tomorrow|this|next|last)\b.*$|\s*@.*$|"
    r"\s+[-–—|(].*$", _I)


def _clean_role(text: str) -> str | None:
    text = re.split(r"\.\s|[.!?]$", text.strip())[0]  # the role ends with its sentence
    text = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=_I)
    text = _ROLE_TAIL.sub("", text).strip(" .,;:")
    if text.count(")") > text.count("("):
        text = text.replace(")", "").strip(" .,;:")  # "(St. Aldric's, Admissions Counselor):"
    for found in scan_dates(text, Clock(dt.date(2000, 1, 1))):
        text = text[:found.start].strip(" .,;:")
    if firm_plural(text):
        return None  # "Thornbury Hale Engineers": a firm, not the job
    return text if text and _role_like(text) else None


_FOR_AT = re.compile(r"\bfor\s+(?:the\s+|a\s+|an\s+)?(?P<role>[^,;:()\n]{2,80}?)\s+"
                     r"(?:role\s+|position\s+|job\s+|opening\s+)?(?:at|@)\s+(?P<rest>.+)", _I)
_FOR_WITH = re.compile(r"\bfor\s+(?:the\s+|a\s+|an\s+)?(?P<role>[^,;:()\n]{2,80}?)\s+"
                      r"(?:role|position|post|job|opening)\s+with\s+(?P<rest>.+)", _I)
_AT_FOR = re.compile(r"(?:\bat|@)\s+(?P<rest>[^,;:()\n]{2,60}?)\s+for\s+(?:the\s+|a\s+|an\s+)?"
                     r"(?P<role>[^,;:()\n]{2,80})", _I)
_ROLE_AT = re.compile(r"(?<![\w/&+.-])(?P<role>(?:[\w/&+.-]+\s+){0,5}?[\w/&+.-]+)\s+"
                      r"(?:role|position|job|opening|interview|onsite|loop|screen)\s+"
                      r"(?P<conn>at|@|with)\s+(?P<rest>.+)", _I)
_FOR_ROLE = re.compile(r"(?:\b(?:for|as|about)\s+|\bre:\s*)(?:the\s+|a\s+|an\s+)?"
                       r"(?P<role>[^,;:()\n]{2,80})", _I)
_AT = re.compile(r"(?:\bat|@)\s+(?P<rest>.+)")
# the words an interview header may hold between its noun and "with": "Interview Tue Nov 18 with"
_HEADER_GAP = r"(?:[ \t]+[^\s,;:()]+){0,4}?"
_WITH_COMPANY = re.compile(rf"\b(?:interview|onsite|on-site|call|screen|round|chat){_HEADER_GAP}"
                           r"\s+(?:with|w/)\s+(?P<rest>.+)", _I)
_FROM_COMPANY = re.compile(r"\bfrom\s+(?P<rest>.+)", _I)
# "Interview Tue Nov 18 with Harbourline Dispatch for the Platform Engineer role", "Interview
# Nov 18 with Cobalt Maps, Product Designer" (or "— Product Designer"): a header naming the role
# the candidate interviewed for; who or what follows "with" is settled once all notes are read
_WITH_ROLE = re.compile(
    rf"\b(?:interview|onsite|on-site|call|screen|chat|round|loop|panel){_HEADER_GAP}[ \t]+with"
    r"[ \t]+(?P<x>[^,;:()\n]{2,60}?)(?:[ \t]+for[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?"
    r"(?P<role>[^,;:()\n]{2,80})|(?:[ \t]*,|[ \t]+[-–—|])[ \t]*(?P<role2>[^,;:()\n–—|]{2,80}?)"
    r"[ \t]*(?:[,(–—|]|[ \t]-[ \t]|\.?$))",
    _I)
# "interview with Bright Path Learning for Instructional Designer": with a company, for a role
_WITH_FOR = re.compile(r"\bwith\s+(?P<rest>[^,;:()\n]{2,60}?)\s+for\s+(?:the\s+|a\s+|an\s+)?"
                       r"(?P<role>[^,;:()\n]{2,80})", _I)
_LEAD_COMPANY = re.compile(r"(?P<rest>[^,;:()\n]{1,60}?)\s+(?:interview|onsite|on-site|final|"
                           r"loop|phone\s+screen|screen|call|round|panel)\b", _I)
_SEGMENTS = re.compile(r"\s+[-–—|·•/]\s+|\s*[|·•,]\s*")


def _capital_suffix(text: str) -> str:
    """The trailing run of capitalised words ("Had my final Staff SRE" -> "Staff SRE")."""
    words = text.split()
    out: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper():
            break
        out.insert(0, word)
    return " ".join(out)


def header_facts(text: str, segments: bool = True, notes: str = "") -> dict[str, str]:
    """Company, role, round and format from a header-like line.

    `segments` also reads 'Company — Role — round' headers, which only a first line can be;
    `notes`, all of them, may tie one of its parts to the employer.
    """
    facts: dict[str, str] = {}
    for pattern in (_FOR_AT, _AT_FOR):
        m = pattern.search(text)
        if m and (role := _clean_role(m["role"])) and (company := take_company(m["rest"])):
            facts.setdefault("role", role)
            facts.setdefault("company", company)
    if "company" not in facts and (m := _FOR_WITH.search(text)) and (
            role := _clean_role(m["role"]) or (m["role"].strip() if ends_in_job(m["role"])
                                              else None)) and (
            company := take_company(m["rest"])) and (
            kind_of(company) == EMPLOYER and not _role_like(company)):
        # "for the Community Paramedic post with East Fenland Ambulance Trust": an
        # organisation's name (a person's would be someone met)
        facts.setdefault("role", role)
        facts["company"] = company
    if "role" not in facts and (m := _WITH_FOR.search(text)):
        role, company = _clean_role(m["role"]), take_company(m["rest"])
        if role and company == m["rest"].strip() and _company_ok(company, role):
            facts.update(role=role, company=company)
    if "role" not in facts and (m := _ROLE_AT.search(text)):
        role = _clean_role(_capital_suffix(m["role"]) or m["role"])
        company = take_company(m["rest"])
        # "the Data Analyst role with Priya Shah": with a person (a known first name opens
        # it), not an employer ("Platform Engineer interview with Helix Grid")
        if role and company and (m["conn"].casefold() != "with" or (
                kind_of(company) == EMPLOYER or not person_like(company))):
            facts.update(role=role, company=company)
        elif role and company:  # the role stands: "the X role with Priya Shah"
            facts["role"] = role
    if "role" not in facts:
        # not in an aside: "(advertised as Reservations Manager, since retitled)" is a remark
        for m in _FOR_ROLE.finditer(re.sub(r"\([^()]*\)", " ", text)):
            if role := _clean_role(m["role"]):
                facts["role"] = role
                break
    if "company" not in facts:
        facts.update(_company_in(text, facts.get("role"), notes))
    if "role" not in facts and (role := _role_in_parens(text, facts.get("company"))):
        facts["role"] = role
    if segments and ("role" not in facts or "company" not in facts):
        facts = {**_segment_facts(text, notes), **facts}
    if m := _ROUND.search(text):
        facts["round"] = " ".join(m.group(0).casefold().split())
    for pattern, fmt in _FORMATS:
        if pattern.search(text):
            facts["format"] = fmt
            break
    return facts


_PAREN_ROLE = re.compile(r"\((?P<role>[^()]{2,60})\)")


def _role_in_parens(text: str, company: str | None) -> str | None:
    """'at Fable Games (Gameplay Engineer role)', '@ Verdant Energy (Grid Analyst II)'."""
    for m in _PAREN_ROLE.finditer(text):
        after_company = bool(company) and text[:m.start()].rstrip().endswith(company or "")
        named = re.search(r"\b(?:role|position|job)$", m["role"].strip(), _I)
        if (after_company or named) and (role := _clean_role(m["role"])):
            return role
    return None


def _company_in(text: str, role: str | None, notes: str = "") -> dict[str, str]:
    for m in _AT.finditer(text):
        rest = m["rest"]
        # "at the Ferncliffe Community Foundation on 25 March": the name after "the"; not "at
        # the Harrogate store" (a place in the employer, the name only a noun's modifier)
        the = re.match(r"the\s+(?=[A-Z])", rest)
        if the and not _interview_sentence(text, m.start()):
            continue  # "accepted a job at the Northamptonshire Archives": not this interview
        rest = rest[the.end():] if the else rest
        company = take_company(rest)
        if company and the and (_modifies_noun(rest[len(company):]) or _CORRECTED.match(
                rest[len(company):])):
            continue  # "the Harrogate store"; "at the Crick... no wait, it's the Halden"
        if company and the and (parent := _parent_after(company, rest[len(company):])):
            company = parent  # "the Institute of Marine Sciences, University of Tasmania"
        if company and _company_ok(company, role):
            return {"company": company}
    # "interview with Globex Corp", "recruiter Beth from Fenwick Robotics": a suffix says company
    for m in [*_WITH_COMPANY.finditer(text), *_FROM_COMPANY.finditer(text)]:
        company = take_company(m["rest"])
        if company and kind_of(company) == EMPLOYER and not _role_like(company) and (
                company.casefold() != (role or "").casefold()):
            return {"company": company}
    if (m := _LEAD_COMPANY.match(text)) and (company := take_company(m["rest"])) and (
            company == m["rest"].strip() and _company_ok(company, role)) and (
            kind_of(company) != PLACE or tied_elsewhere(company, notes, by_cue=False)):
        return {"company": company}  # "Lisbon interview w/ ...": a place, unless mail says so
    return {}


_CORRECTED = re.compile(r"\W*(?:no\s+wait|sorry|i\s+mean|actually|or\s+rather|scratch\s+that)\b",
                        _I)
_UNIT_OF = re.compile(r"(?:institute|school|department|dept|faculty|centre|center|college|"
                      r"division|unit|lab|laboratory)\s+(?:of|for)\b", _I)
_OTHER_JOB = re.compile(r"\b(?:accepted|took|taking|start(?:ed|ing)?|offered|offer|current(?:ly)?|"
                        r"previous(?:ly)?|used\s+to|left|work(?:ed|ing)?)\b", _I)


# where a sentence ends: a full stop (not a title's, "Prof. Arvind Rao") or a line's end
_SENTENCE_END = re.compile(r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)(?<!\bSt)(?<!\b[A-Z])"
                           r"\.\s|\n")


def _interview_sentence(text: str, at: int) -> bool:
    """Whether the sentence around `at` is about this interview (an interview word, and no
    other job's: "I've accepted a job at ...", "I currently work at ...")."""
    stops = [m.end() for m in _SENTENCE_END.finditer(text)]
    start = max([0, *(e for e in stops if e <= at)])
    end = min([len(text), *(e for e in stops if e > at)])
    sentence = text[start:end]
    return bool(_INTERVIEW_CUE.search(sentence)) and not _OTHER_JOB.search(sentence)


def _parent_after(company: str, after: str) -> str | None:
    """The organisation a unit belongs to, named right after it: "Institute of Marine Sciences,
    University of Tasmania" -> "University of Tasmania"."""
    if not _UNIT_OF.match(company) or not (m := re.match(r",\s*(?P<p>[^,;()\n]{3,60})", after)):
        return None
    parent = take_company(m["p"])
    return parent if parent and _organisation(parent) else None


def _modifies_noun(after: str) -> bool:
    """Whether the words after a name make it a noun's modifier ("Harrogate store")."""
    m = re.match(r"\s+([a-z]+)\b", after)
    return m is not None and "noun" in classes(m[1]) and "adv" not in classes(m[1])


def with_and_role(text: str) -> tuple[str, str] | None:
    """(what follows "with", the role) from an interview header that names both."""
    m = _WITH_ROLE.search(text)
    if not m:
        return None
    x = m["x"].strip()
    role = _clean_role(m["role"] or m["role2"])
    if not role or take_company(x) != x or x.casefold() == role.casefold():
        return None
    return x, role


def _company_ok(company: str, role: str | None) -> bool:
    if _role_like(company) or (_full_name(company) is not None and not firm_plural(company)):
        return False
    if company.isupper() and company.casefold() in vocab().role_abbreviations:
        return False  # "Khalid Al-Mansouri — HRBP — Qasr Al Bahr": a job's letters
    words = [w.strip(".,&").casefold() for w in company.split() if w.strip(".,&")]
    if words and all(w in common_set() for w in words) and not any(
            w in vocab().company_suffixes for w in words) and company.isupper():
        return False  # "TO DO —", "NOTES —": a label in capitals, not a company
    return not (role and company.casefold() == role.casefold())


def _without_job_letters(company: str) -> str:
    """"Bluegill Air FO" -> "Bluegill Air": a job's letters after the name are not the name."""
    words = company.split()
    while len(words) > 1 and words[-1].isupper() and words[-1].casefold() in \
            vocab().role_abbreviations:
        words.pop()
    return " ".join(words)


def _named_before(part: str) -> bool:
    """Whether a header part ends in a person's name (with any title and letters), so that
    the "the ..." part after it is an appositive: their job, not the one applied for."""
    words = [w for w in part.split() if not credential(w)]
    return len(words) >= 2 and (_full_name(" ".join(words[-2:])) or bool(
        re.match(r"(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?$", words[-3] if len(words) > 2 else "")))


def _segment_facts(text: str, notes: str = "") -> dict[str, str]:
    """'Larkspur Analytics — Senior Data Engineer — 2nd round' style headers."""
    if re.match(r"\s*(?:subject|re|fwd?|fw)\s*:", text, re.I):
        return {}  # a pasted email's subject line is someone's wording, not the notes' header
    text = re.sub(r"\s*\([^()]*\)", "", text)  # an aside: "Quillmark (hybrid, SF)"
    text = re.sub(r"^\s*\[[^\]]{1,24}\]\s*", "", text)  # a tag: "[Interview] Denso — ..."
    # "Applied: Lab Manager, ...": a label naming the job that follows (never "Acme: SWE",
    # nor "Met: SATO Kenji", where the words after it are someone's)
    text = re.sub(r"^\s*(?:applied(?:\s+for)?|job|role|position|post|vacancy|opening)\s*:\s+", "",
                  text, flags=_I)
    parts = [p.strip(" .") for p in _SEGMENTS.split(text) if p and p.strip(" .")]
    if len(parts) < 2:
        return {}
    if _full_name(parts[0]) and all(credential(p) for p in parts[1:] if p != parts[0]):
        return {}  # "Sophie Trinh, BA (Hons), PGCE": a name and its letters, a signature
    facts: dict[str, str] = {}
    named: list[str] = []
    for k, part in enumerate(parts):
        firm = False
        if _ROUND.fullmatch(part) or scan_dates(part, Clock(dt.date(2000, 1, 1))):
            continue
        if k and re.match(r"the\s", part, _I) and _named_before(parts[k - 1]):
            continue  # "Dr Bronwyn Hale BVSc, the practice principal, ...": her title
        if "role" not in facts and (role := _clean_role(part)):
            facts["role"] = role
        elif ends_in_job(part) and not (firm := firm_plural(part)):
            continue  # "LinguaBridge Translations – Senior Translator": a job, no employer
        elif (company := take_company(part := re.sub(r"^the\s+", "", part))) == part and (
                _company_ok(part, None) or (kind_of(part) == EMPLOYER and (
                    firm or not _role_like(part)))):
            # "the Marlowe Gallery": an organisation's word outweighs a first name's look
            named.append(_without_job_letters(company))
    if company := _by_evidence(named, notes):
        facts["company"] = company
    if "company" in facts and (_sub_unit(facts["company"])
                               or _named_group(facts["company"], notes)):
        # "Postdoc — Haddad Lab, Wren Institute for Neuroscience": the lab is part of the
        # employer the header also names, and the email is to the employer
        whole = [o for p in parts if (o := re.sub(r"^[^\W\d_][\w ]{0,20}:\s*", "", p))
                 and _organisation(o) and not _sub_unit(o)]
        # with no organisation's word anywhere, the one other name-shaped part is the employer
        # ("Lab Manager, Sleep & Memory Lab, Noordhaven UMC")
        others = [n for n in named if not _sub_unit(n) and kind_of(n) in (EMPLOYER, UNKNOWN)]
        if whole:
            # several: headers go from the narrowest to the whole ("Eze Lab, Institute for
            # Cell Biology, Univ. of Greater Manchester"), and the email is to the whole
            facts["company"] = whole[-1]
        elif not whole and len(others) == 1:
            facts["company"] = others[0]
    return facts


def _by_evidence(named: list[str], notes: str = "") -> str | None:
    """The employer among a header's name-shaped parts, each weighed with all in view.

    A part with employer evidence ("Casa do Farol Hotel") wins over a place ("Lisbon") or a
    department ("Oncology"), which are never the company; with no evidence, a lone unknown
    part is (as "Larkspur Analytics — Data Engineer" writes it), and two unknowns are
    ambiguous: no company beats a guessed one. A sender's domain that spells a part, or "at
    X" elsewhere in the notes, is employer evidence too (for a place, only the domain).
    """
    kinds = [(kind_of(name), name) for name in named]
    kinds = [(EMPLOYER if kind in (UNKNOWN, PLACE) and tied_elsewhere(
        name, notes, by_cue=kind == UNKNOWN) else kind, name) for kind, name in kinds]
    employers = [name for kind, name in kinds if kind == EMPLOYER]
    unknown = [name for kind, name in kinds if kind == UNKNOWN]
    if employers:
        return employers[0]
    return unknown[0] if len(unknown) == 1 else None


_OF_WHAT = re.compile(r"\s+(?:for|of|on)\s+[A-Z][\w'’-]*"
                      r"(?:\s+(?:and\s+|&\s+|of\s+)?[A-Z][\w'’-]*)*")


def _sub_unit(name: str) -> bool:
    """A part of an employer: "Haddad Lab", "Dept of Surgery", "School of Civil Engineering"
    (a unit's word then "of"; the employer only when the header names no other organisation)."""
    words = [w.casefold() for w in name.split()]
    return len(words) > 1 and (bool({words[0], words[-1]} & vocab().sub_units)
                               or bool(_UNIT_OF.match(name)))


def _named_group(name: str, notes: str) -> bool:
    """A team named after the person who leads it ("Lindqvist Group" beside "Prof. Astrid
    Lindqvist", "the Okafor Team"): a part of the employer, as a lab is, not the employer."""
    words = name.split()
    if len(words) < 2 or words[-1].casefold() not in ("group", "team", "lab", "labs"):
        return False
    head = r"\s+".join(map(re.escape, words[:-1]))
    return bool(re.search(r"(?:\b(?:Dr|Prof|Professor)\.?|\b[A-Z][a-z]+)\s+" + head
                          + r"(?!\s+(?:Group|Team|Labs?)\b)\b", notes))


def _organisation(name: str) -> bool:
    """A name that says it is an organisation: a body's word ("Institute", "University") or a
    public body ("City of Fairhaven")."""
    words = [w.strip(".,").casefold() for w in name.split()]
    head = take_company(name) or ""
    if head != name and not (head and head.split()[-1].casefold() in vocab().company_suffixes
                             and _OF_WHAT.fullmatch(name[len(head):])):
        return False  # "Wren Institute for Neuroscience" keeps what it is for
    if not words or not _company_ok(name, None):
        return False
    if len(words) > 2 and words[0] in vocab().public_bodies and words[1] == "of":
        return True
    return any(w in vocab().company_suffixes and w not in vocab().sub_units for w in words)


def _format_of(text: str) -> str | None:
    for pattern, fmt in _FORMATS:
        if pattern.search(text):
            return fmt
    return None
