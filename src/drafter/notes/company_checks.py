"""Why a company the reader found may not be the employer interviewing the candidate (a
common word, a greeting, a person, a department, a place of work, the candidate's own employer,
an agency), the name an abbreviation stands for, and the organisation a unit belongs to. The
resolver (notes/resolve.py) asks these once, with every line of the notes in view."""

from __future__ import annotations

import re

from drafter.notes.employer import DEPARTMENT, is_place, kind_of, tied_elsewhere
from drafter.notes.lexicon import common_set, cue_pattern, cue_words, data_toml, plain
from drafter.notes.people import is_first_name, role_words, top_words
from drafter.notes.vocab import organisation_word

# "my", or "your" in a pasted email to the candidate ("your load consolidation work at X")
_MY_WORK = re.compile(r"\b(?:my|your)\s", re.I)
_WHEN_WORDS = frozenset({"today", "yesterday", "tomorrow", "tonight", "monday", "tuesday",
                         "wednesday", "thursday", "friday", "saturday", "sunday", "morning",
                         "afternoon", "evening", "weekend", "week", "month"})


# "Hello Anna, ..." read as a company: a greeting's word
_GREETING_WORDS = frozenset({"hello", "hi", "hey", "dear", "greetings", "thanks", "cheers",
                             "regards", "hiya", "ola", "olá", "hola", "bonjour", "hallo"})


_PERSONAL_TITLES = frozenset({"mr", "mrs", "ms", "mx", "miss", "dr", "prof", "sir", "dame"})


def company_doubt(company: str, lines: list[str]) -> str | None:
    """Why `company` may not be the employer interviewing the candidate, or None."""
    words = company.split()
    stem = re.sub(r"['’]s$", "", company.strip(".,")).casefold()
    if len(words) == 1 and (stem in top_words() or stem in _WHEN_WORDS
                            or stem in _GREETING_WORDS):
        return f"'{company}' is a common word, not clearly a company name"
    if len(words) > 1 and words[0].casefold().strip(",") in _GREETING_WORDS:
        return f"'{company}' opens a greeting, it names no company"  # "Hi Sofía"
    if len(words) == 1 and _nationality(stem):
        return f"'{company}' says where someone is from, not a company"  # "– Korean, family"
    if len(words) == 1 and is_first_name(company.strip(".,")) and re.search(
            rf"(?<![\w@.]){re.escape(company)}\s*,?\s+"
            r"(?:left|said|says|asked|told|is|was|has|had)\b", " ".join(lines)):
        # "the previous coordinator, Tom, left in December": a person, not the employer
        return f"'{company}' is a person the notes name, not a company"
    if len(words) == 2 and words[0].rstrip(".").casefold() in _PERSONAL_TITLES and not re.search(
            rf"\b(?:at|for)\s+{re.escape(company)}", " ".join(lines), re.I):
        # "met the head, Mr Ellis": a person (a shop called "Dr. Martens" is met *at*)
        return f"'{company}' is a person the notes name, not a company"
    if is_place(company) and re.search(
            rf"(?<!\w){re.escape(company)}\s+(?:depot|site|office|branch|store|plant|warehouse|"
            r"campus|yard|station|hub|terminal|base|clinic|ward|unit)s?\b", " ".join(lines), re.I):
        # "the driver manager at Doncaster depot": where the employer works, not who it is
        return f"'{company}' names a site of the employer, not the employer"
    if kind_of(company) == DEPARTMENT:
        # a place alone is no doubt here: "Meridian" or "Aurora" may well be the employer
        return f"'{company}' names a department or a way of working, not a company"
    if words and words[0].casefold() in cue_words("not_company_first"):
        return f"'{company}' describes an offer or a company, it does not name one"
    if len(words) > 1 and (words[0].casefold() in cue_words("channel_first") or any(
            w.casefold().strip(".,:") in cue_words("channel_words") for w in words)):
        return f"'{company}' is how a message came, not a company"
    if stem in cue_words("platforms") and any(
            re.match(rf"\W*{re.escape(company)}\s*[·•|:,–—-]", line, re.I) and re.search(
                r"\b(?:\d{1,2}:\d{2}|(?:mon|tue|wed|thu|fri|sat|sun)\w*|(?:jan|feb|mar|apr|may|"
                r"jun|jul|aug|sep|oct|nov|dec)\w*\s+\d|today|yesterday)\b", line, re.I)
            for line in lines):
        # "LinkedIn · Oct 31, 4:40 PM", "LinkedIn — Faith Nakamura-Olsen · 2:14 PM": a stamp
        return f"'{company}' is where a message was read, not a company"
    headed = re.compile(rf"\W*{re.escape(company)}\s*[(·•|:,–—-]", re.I)
    if stem in cue_words("platforms") and any(headed.match(line) for line in lines) and not (
            re.search(rf"\b(?:at|join|joining|joined|for)\s+{re.escape(company)}\b",
                      " ".join(lines), re.I)):
        # "LinkedIn (we're connected) – to Gintarė ...": a line headed by where it was sent
        return f"'{company}' is where a message was sent, not a company"
    if stem in cue_words("platforms") and re.search(
            rf"(?<!\w){re.escape(company)}\s+(?:interview|call|meeting|screen|chat|link|invite|"
            r"video|panel|session)s?\b", " ".join(lines), re.I):
        # "Teams interview – Kestrel Rowe LLP": the way they met, not who they met
        return f"'{company}' is how you met, not a company"
    if _MY_WORK.search(" ".join(lines)) and re.search(
            rf"\b(?:my|your)\s+(?:(?!(?:interview|onsite|call|screen|round|chat|meeting|panel|"
            rf"visit|shift|trial|application|interest|time|candidacy|offer)\w*\b)[\w-]+\s+)"
            rf"{{0,6}}(?:at|with|for)\s+{re.escape(company)}",  # "my 8D on the porosity issue at X"
            " ".join(lines), re.I):
        return f"'{company}' is where the notes place your own work, not the company interviewing"
    if words and words[-1].casefold().strip(".,") in role_words():
        return f"'{company}' reads as a job title, not a company"
    if len(words) > 1 and words[-1].casefold().strip(".,") in _AGENCY_WORDS and not (
            _RECRUITING_JOB.search(" ".join(lines))):
        # "Hamid Rostami at Northgate Legal Recruitment emailed to say Fenwick Ashby LLP ...":
        # the agency that carries the news, not the employer (unless the job is in recruiting)
        return f"'{company}' is a recruiting agency, not the company interviewing you"
    joined = " ".join(lines)
    for m in re.finditer(re.escape(company), joined):
        lead = joined[max(0, m.start() - 30):m.start()]
        more = re.match(r"\s*[-–—|]\s*[A-Z]", joined[m.end():m.end() + 6])
        if more and (r := re.search(r"([\w-]+),\s*$", lead)) and (
                r.group(1).casefold() in role_words()):
            # "Program Director, Youth Services – Cedar Street Trust": the team, not the employer
            return f"'{company}' follows a job title: it names a team, not the company"
    before = cue_pattern("not_employer_before")
    pattern = re.compile(r"\s+".join(map(re.escape, words)), re.I)
    for line in lines:
        for m in pattern.finditer(line):
            lead = line[max(0, m.start() - 40):m.start()]
            cue = None
            for c in before.finditer(lead):
                cue = c
            # the cue must run up to the name: "currently at X", not "currently ... at X, Y"
            if cue is not None and not lead[cue.end():].strip(" :-–—(").strip():
                return (f"'{company}' follows '{cue.group(0).strip()}' in the notes: it may "
                        "be your current employer, school or agency, not the company "
                        "interviewing you")
            if _MINE_AT.search(line[max(0, m.start() - 70):m.start()]):
                return (f"'{company}' is where you did something the notes tell of ('my ... "
                        "work at', 'I got ... at'): your own employer, not the company "
                        "interviewing you")
    return None


# the candidate's own story: "my clone screening work at", "the 41% success rate I got at"
_MINE_AT = re.compile(
    r"(?:\b(?:my|our)\s+(?:[\w'’-]+\s+){0,4}?(?:work|job|time|role|experience|project|projects|"
    r"team|days|years|stint|placement|internship|rotation|contract)|\bI\s+(?:got|did|ran|led|"
    r"built|achieved|had|managed|delivered|cut|grew|used|set\s+up|worked|was)\b[^.;\n]{0,50}?)"
    r"\s+(?:at|with|for)\s+(?:the\s+)?$", re.I)


def _nationality(word: str) -> bool:
    """Whether a word is a country's adjective ("Korean", "Japanese", "Hungarian"): its
    country, by the usual endings, is a place the gazetteer knows."""
    for end, back in (("ean", "ea"), ("ese", ""), ("ese", "a"), ("ian", "ia"), ("ian", "y"),
                      ("an", "a"), ("an", "o"), ("ian", "il"), ("ish", ""),
                      ("ish", "ain"), ("man", "many")):
        stem = word[:-len(end)] + back
        if word.endswith(end) and len(word) > len(end) + 2 and (
                is_place(stem) or is_place(f"south {stem}")):
            return True
    return False


_AGENCY_WORDS = frozenset({"recruitment", "recruiting", "recruiters", "staffing", "resourcing",
                           "personnel", "headhunters", "headhunting", "placements", "search"})
# a job in recruiting, where an agency is the employer: "Recruitment Consultant role"
_RECRUITING_JOB = re.compile(r"\b(?:recruit\w*|talent|resourcing|staffing)\s+(?:consultant|"
                             r"partner|coordinator|co-ordinator|advisor|adviser|manager|"
                             r"specialist|associate|officer|lead|executive|researcher)\b", re.I)

# a capitalised run, as a company's name is written ("Mehta Kapoor & Associates")
_CAPS = re.compile(r"[A-Z][\w'’&-]*(?:\s+(?:&|of|the|and|[A-Z][\w'’&-]*))*")


def spelled_out(name: str | None, lines: list[str]) -> str | None:
    """"I want O&Q", "JMSB (Jurutera Maju Sdn Bhd)": an abbreviation stands for the name whose
    initials it spells ("Orchard & Quay"); with no such name in the notes it names no company
    an email can use."""
    if not name or not re.fullmatch(r"[A-Z][A-Z&.+]{1,5}", name):
        return name
    letters = re.sub(r"[^A-Z]", "", name)
    legal = {w.casefold() for w in data_toml("cues.toml")["legal_forms"]}
    for m in _CAPS.finditer("\n".join(lines)):
        words = [w for w in m.group(0).split() if w[:1].isupper()]
        bare = list(words)
        while bare and bare[-1].strip(".,").replace(".", "").casefold() in legal:
            bare.pop()
        if any(len(ws) > 1 and "".join(w[0] for w in ws) == letters for ws in (words, bare)):
            return m.group(0)
    return None


def parent_organisation(company: str, lines: list[str]) -> str | None:
    """The organisation a unit belongs to, named beside it ("Kingsmere University, School of
    Law & Social Sciences - Lecturer"): the email is to the organisation, not its school."""
    from drafter.notes.header import _organisation, _sub_unit

    if not _sub_unit(company):
        return None
    for line in lines:
        if company not in line:
            continue
        for part in re.split(r"\s*(?:[,|·•(]|\s[-–—]\s)\s*", line):
            # the organisation is the part's last run of capitalised words ("Really hoping for
            # Kingsmere University")
            run = re.search(r"(?:[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|&|the)\s+|\s+)?)+$",
                            part.strip(" .)"))
            name = run.group(0).strip() if run else ""
            if name and company not in name and _organisation(name) and not _sub_unit(name):
                return name
    return None


def unproven(company: str, notes: str) -> str | None:
    """Why a one-word company the notes name once, with nothing to show it is an organisation
    (no organisation's word, no sender's domain or "at"/"join" tying it to the employer, no
    "Company:" key), is too weak to state: "Terminal", "Faculty", "Felixstowe", "Farhan" were
    all read this way. An email without the company is less specific; one with the wrong one
    is wrong."""
    if len(company.split()) != 1 or organisation_word(company) or tied_elsewhere(company, notes):
        return None
    bare = company.strip(".,")
    # a word no list knows ("Quillmark", "QXT") is a name; an English word, a place or a
    # person's first name may be anything
    if not ("/" in bare or is_place(bare) or is_first_name(bare)
            or plain(bare) in common_set()):
        return None
    if len(re.findall(rf"(?<![\w-]){re.escape(company)}(?![\w-])", notes, re.I)) > 1:
        return None
    if re.search(rf"(?im)^\W*(?:company|employer|organi[sz]ation|org|firm|client|practice|"
                 rf"school|hospital|agency)\s*[:=\-–—]\s*{re.escape(company)}", notes):
        return None
    return f"'{company}' is named once, with nothing to show it is an organisation"
