"""Decide once, with every fact in view: keep what the notes support, each with its evidence.

The reader proposes facts line by line; this pass checks each against the whole notes before an
email may state it. A fact is kept only when it occurs in the notes (its evidence: the line and
its text) and nothing in the notes says it is something else: a "company" the notes call the
candidate's current employer, school or agency, a one-word "company" that is a common English
word ("So"), a "role" that is a sentence, a date whose written weekday does not fall on it.
What is set aside goes to `doubts`, which the person is shown; an email never states it, and
where the email needs it drafter asks (or refuses, when piped) instead.
"""

from __future__ import annotations

import re
from functools import cache

from drafter.context import DateMention, Evidence, InterviewContext, Interviewer
from drafter.notes.contacts import merge_people
from drafter.notes.employer import DEPARTMENT, is_place, kind_of, tied_elsewhere
from drafter.notes.job_heads import is_head
from drafter.notes.lexicon import common_set, data_toml, phrase_pattern, plain
from drafter.notes.names import JOB_AS_TITLE
from drafter.notes.people import bare_title, is_first_name, role_words, top_words
from drafter.notes.segment import bounded
from drafter.notes.signed_org import sender_org
from drafter.notes.thread import thread_owner
from drafter.notes.topic_owners import fill_topics
from drafter.notes.vocab import organisation_word
from drafter.wordclass import classes

# "my", or "your" in a pasted email to the candidate ("your load consolidation work at X")
_MY_WORK = re.compile(r"\b(?:my|your)\s", re.I)
# a "role" that names who the candidate met, not the job they applied for
_NOT_ROLES = frozenset(("recruiter", "hiring manager", "interviewer", "hr", "manager", "panel"))


@cache
def _cue_words(kind: str) -> frozenset[str]:
    """One word list of notes/data/cues.toml, casefolded."""
    return frozenset(w.casefold() for w in data_toml("cues.toml")[kind])


@cache
def cue_pattern(name: str) -> re.Pattern[str]:
    """One list of notes/data/cues.toml as a whole-word, any-case, any-spacing pattern."""
    return phrase_pattern(data_toml("cues.toml")[name])


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def locate(lines: list[str], value: str | None) -> Evidence | None:
    """The first line (1-based) holding `value` as written, case and spacing aside."""
    if not value or not value.strip():
        return None
    want = _squash(value)
    for no, line in enumerate(lines, 1):
        if want in _squash(line):
            return Evidence(line=no, text=line.strip())
    return None


def locate_name(lines: list[str], name: str | None) -> Evidence | None:
    """Where the notes give a name: as written, else every word of it on one line ("~ Oluwaseun
    (Seun) Bakare"), else every word somewhere, the line of its first word as the evidence
    ("Dear Ms. Wiśniewska" above "me = Kasia")."""
    if found := locate(lines, name):
        return found
    words = [re.compile(rf"(?<!\w){re.escape(w)}(?!\w)", re.I) for w in (name or "").split()]
    if not words:
        return None
    for no, line in enumerate(lines, 1):
        if all(w.search(line) for w in words):
            return Evidence(line=no, text=line.strip())
    if all(any(w.search(line) for line in lines) for w in words):
        return next(Evidence(line=no, text=line.strip())
                    for no, line in enumerate(lines, 1) if words[0].search(line))
    return None


# "Yesterday's interview — ...": a day, not an employer
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
    if words and words[0].casefold() in _cue_words("not_company_first"):
        return f"'{company}' describes an offer or a company, it does not name one"
    if len(words) > 1 and (words[0].casefold() in _cue_words("channel_first") or any(
            w.casefold().strip(".,:") in _cue_words("channel_words") for w in words)):
        return f"'{company}' is how a message came, not a company"
    if stem in _cue_words("platforms") and any(
            re.match(rf"\W*{re.escape(company)}\s*[·•|:,–—-]", line, re.I) and re.search(
                r"\b(?:\d{1,2}:\d{2}|(?:mon|tue|wed|thu|fri|sat|sun)\w*|(?:jan|feb|mar|apr|may|"
                r"jun|jul|aug|sep|oct|nov|dec)\w*\s+\d|today|yesterday)\b", line, re.I)
            for line in lines):
        # "LinkedIn · Oct 31, 4:40 PM", "LinkedIn — Faith Nakamura-Olsen · 2:14 PM": a stamp
        return f"'{company}' is where a message was read, not a company"
    headed = re.compile(rf"\W*{re.escape(company)}\s*[(·•|:,–—-]", re.I)
    if stem in _cue_words("platforms") and any(headed.match(line) for line in lines) and not (
            re.search(rf"\b(?:at|join|joining|joined|for)\s+{re.escape(company)}\b",
                      " ".join(lines), re.I)):
        # "LinkedIn (we're connected) – to Gintarė ...": a line headed by where it was sent
        return f"'{company}' is where a message was sent, not a company"
    if stem in _cue_words("platforms") and re.search(
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

_PRONOUN = re.compile(r"\b(?:i|i'm|i’m|me|my|we|our|us|you|your|they|their|he|she|his|her)\b|"
                      # "It came from the group head" (not "IT Support Analyst")
                      r"^(?-i:[Ii]t|[Tt]his|[Tt]hat|[Tt]here)\s", re.I)


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


_TEAM_END = re.compile(r"\s(?:recruiting|recruitment|talent\s+acquisition|careers|hr|"
                       r"people\s+team|hiring\s+team|team)$", re.I)


def _parent(company: str, lines: list[str]) -> str | None:
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


def _unproven(company: str, notes: str) -> str | None:
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


def role_doubt(role: str, names: tuple[str, ...] = ()) -> str | None:
    """Why `role` may not be a job title (a sentence, a description, or one naming a person:
    "Leah Goldberg's postdoc"), or None."""
    if any(n and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", role, re.I) for n in names):
        return f"'{role}' names a person, not only a job"
    if _PRONOUN.search(role) or re.search(r"\w(?:n['’]t|n['’]?t\s+get)\b", role, re.I):
        # "Didn't Get the Assistant Harbourmaster": a sentence about the job, not its title
        return f"'{role}' reads as a sentence, not a job title"
    if len(role.split()) > 8:
        return f"'{role}' is too long to be a job title"
    first = role.split()[0] if role.split() else ""
    if (first.islower() and classes(first) and classes(first) <= {"verb", "aux"}
            and not first.endswith("ing")) or (
            re.search(r"(?<!\bof)(?<!\bto)(?<!\bfor)(?<!\bat)(?<!\bin)(?<!\bon)\s+the\b",
                      role, re.I)):
        # "met the head", "spoke w the ops manager": who was met, not the job ("Supervising
        # Pharmacist", "Assistant to the Director", "Met Office Forecaster" are jobs)
        return f"'{role}' reads as a sentence, not a job title"
    if _TEAM_END.search(role):
        # "— Quillfeather Recruiting" signing a pasted email: a team's name, no job
        return f"'{role}' names a team or a mailbox, not a job"
    if re.match(r"(?:subject|re|fwd?|from|to|date|cc)\s*:", role, re.I) or ":" in role:
        return f"'{role}' holds a label or an email header, not only a job title"
    if re.search(r"\s(?:at|en|chez|bei|@)\s+(?-i:[A-Z])", role, re.I):
        # "proceso Data Analyst en Casabella Seguros": the job and where it is, run together
        return f"'{role}' names the employer too, not only a job title"
    return None


def weekday_doubt(mention: DateMention | None) -> str | None:
    """A date whose written weekday does not fall on it: the email must not restate it."""
    if mention is not None and "note: that day is a" in mention.how:
        return f"{mention.how.split('; ')[0]}, but {mention.how.split('note: ')[-1]}"
    return None


def _mention(ctx: InterviewContext, role: str, value: object) -> DateMention | None:
    return next((m for m in ctx.dates if m.role == role and m.value == value and value), None)


# the words that name a job as a job before its title ("the post of", "position:")
_ROLE_LEAD = re.compile(r"^(?:(?:the\s+)?(?:position|post|role|job|vacancy|opening)"
                        r"(?:\s+(?:of|for|as)\b)?\s*[:\-–—]?"
                        # "interviewing for the Data Governance Lead", "applying for a ..."
                        r"|(?:interview|appl[yi])\w*\s+(?:for|as)\s+(?:the|a|an)?)\s+(?=\S)",
                        re.I)


def _no_job_titles(ctx: InterviewContext) -> InterviewContext:
    """A person's "title" that names the job applied for ("Wen Liu — role Data Analyst II")
    is no title of theirs: set aside, so the role it names is not doubted as theirs."""
    def fix(people: list[Interviewer]) -> list[Interviewer]:
        return [p.model_copy(update={"title": None}) if p.title and JOB_AS_TITLE.match(p.title)
                else p for p in people]
    if not any(p.title and JOB_AS_TITLE.match(p.title) for p in [*ctx.interviewers,
                                                                 *ctx.others]):
        return ctx
    return ctx.model_copy(update={"interviewers": fix(ctx.interviewers),
                                  "others": fix(ctx.others)})


_FUNCTION_WORDS = frozenset(("the", "a", "an", "this", "that", "these", "those", "he", "she",
                             "they", "it", "we", "i", "his", "her", "their", "our", "my", "your"))


def _no_titles_as_people(ctx: InterviewContext) -> InterviewContext:
    """A "person" whose one-word name is a job's noun ("Radiologist" of "Consultant
    Radiologist, Head of Imaging") is a title read apart, and one named "The" a sentence's
    first word: no one to greet."""
    def title(p: Interviewer) -> bool:
        # a job's noun, and a title beside it read as theirs ("Consultant"): "Porter asked
        # about pay" alone may be a surname; a function word ("The PI is ...") never a name
        one = len(p.name.split()) == 1 and not p.honorific
        return one and (p.name.casefold() in _FUNCTION_WORDS or (bool(p.title) and (
            is_head(p.name, strong=False) or p.name.endswith(("ist", "ician")))))
    gone = [p.name for p in [*ctx.interviewers, *ctx.others] if title(p)]
    if not gone:
        return ctx
    return ctx.model_copy(update={
        "interviewers": [p for p in ctx.interviewers if not title(p)],
        "others": [p for p in ctx.others if not title(p)],
        "doubts": [*ctx.doubts, *(
            f"'{n}' is {'a word' if n.casefold() in _FUNCTION_WORDS else 'a job title'}, "
            "not a person" for n in gone)]})


def resolve(ctx: InterviewContext) -> InterviewContext:
    """The context with every kept fact's evidence, and weak facts set aside as doubts."""
    ctx = _no_titles_as_people(_no_job_titles(thread_owner(fill_topics(merge_people(ctx)))))
    lines = bounded(ctx.source).splitlines()
    evidence: dict[str, Evidence] = dict(ctx.evidence)
    doubts: list[str] = list(ctx.doubts)
    update: dict[str, object] = {}

    def keep(key: str, value: str | None, why_not: str | None = None) -> bool:
        found = locate_name(lines, value) if key == "candidate" else locate(lines, value)
        if value and found is None:
            why_not = why_not or f"'{value}' does not occur in the notes as written"
        if value and why_not:
            doubts.append(f"{key}: {why_not}")
            return False
        if found is not None:
            evidence[key] = found
        return True

    if ctx.company and not keep("company", ctx.company, company_doubt(ctx.company, lines)):
        update["company"] = None
    elif (full := spelled_out(ctx.company, lines)) and full != ctx.company and keep(
            "company", full, company_doubt(full, lines)):
        update["company"] = full  # the name the initials stand for, as the notes write it
    elif ctx.company and not keep("company", ctx.company, _unproven(ctx.company,
                                                                     bounded(ctx.source))):
        update["company"] = None
    elif ctx.company and (parent := _parent(ctx.company, lines)) and keep("company", parent):
        update["company"] = parent  # "Kingsmere University, School of Law": the university
    if not update.get("company", ctx.company) and (signed := sender_org(
            ctx.source, ctx.competing_offer.company if ctx.competing_offer else None)) and (
            company_doubt(signed, lines) is None and keep("company", signed)):
        # nothing else names it: the organisation a pasted email's sender signs with
        update["company"] = signed
    if ctx.role and (bare := _ROLE_LEAD.sub("", ctx.role).strip()) and bare != ctx.role:
        # "position Logistics Coordinator", "post of Environmental Health Officer": the job
        ctx = ctx.model_copy(update={"role": bare})
        update["role"] = bare
    titles = [(p.title or "").casefold() for p in [*ctx.interviewers, *ctx.others] if p.title]
    role = (ctx.role or "").casefold().strip()
    theirs = ctx.role is not None and any(re.search(
        rf"{re.escape(p.name)}\s*(?:\([^()]*\))?\s*[-–—,:·•|]\s*{re.escape(ctx.role)}", ctx.source,
        re.I) for p in [*ctx.interviewers, *ctx.others])  # "Zhang Wei — Engineering Manager", "· "
    if role and (role in _NOT_ROLES or theirs or any(role in t for t in titles)):
        doubts.append(f"role: '{ctx.role}' is an interviewer's title in the notes")
        update["role"] = None
    elif ctx.role and not keep("role", ctx.role, role_doubt(ctx.role, (
            *(p.name for p in [*ctx.interviewers, *ctx.others]), ctx.candidate or ""))):
        update["role"] = None
    if ctx.candidate and not keep("candidate", ctx.candidate):
        update["candidate"] = None
    for key in ("recruiter", "rejection_from"):
        value = getattr(ctx, key)
        if value and not keep(key, value):
            update[key] = None
    people = [p for p in ctx.interviewers if not bare_title(p.name)
              and keep(f"person:{p.name}", p.name)]
    if len(people) != len(ctx.interviewers):
        update["interviewers"] = people
    if any(bare_title(p.name) for p in ctx.others):  # "Dr" from "emailed Dr. Fuentes García"
        update["others"] = [p for p in ctx.others if not bare_title(p.name)]
    for key, role in (("interview_date", "interview"), ("decision_date", "decision")):
        mention = _mention(ctx, role, getattr(ctx, key))
        if (why := weekday_doubt(mention)) is not None:
            doubts.append(f"{key.replace('_', ' ')}: {why}")
            update[key] = None
        elif mention is not None and (found := locate(lines, mention.text)):
            evidence[key] = found
    offer = ctx.competing_offer
    if offer is not None:
        changes: dict[str, object] = {}
        if offer.company and not keep("offer.company", offer.company,
                                      company_doubt(offer.company, lines)):
            changes["company"] = None
        mention = _mention(ctx, "offer-deadline", offer.answer_by)
        if (why := weekday_doubt(mention)) is not None:
            doubts.append(f"offer answer date: {why}")
            changes.update(answer_by=None)
        elif offer.answer_by_text and (found := locate(lines, offer.answer_by_text)):
            evidence["offer.answer_by"] = found
        if changes:
            update["competing_offer"] = offer.model_copy(update=changes)
    return ctx.model_copy(update={**update, "evidence": evidence, "doubts": doubts})
