"""Who an email goes to: one rule per stage, shared by `draft`, `batch` and `plan`.

- thank-you: the interviewer; with several, the one who led it when the evidence clearly says
  so (notes/lead.py), else the person names one (--to; batch writes to each);
- check-in, second nudge, close-the-loop: whoever owns the thread — the person the last
  follow-up went to, else the recruiter, else the only interviewer;
- rejection reply: whoever sent the rejection, else the recruiter, else the only interviewer;
- competing-offer note: the decision owner — the person the last follow-up went to, else the
  hiring manager, else the recruiter, else the only interviewer.

Where the rule finds no one among several people, the answer is "ask", never a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from drafter.context import InterviewContext, Interviewer, surname
from drafter.handover import handover
from drafter.notes.absent import for_later_round
from drafter.notes.decider import decider
from drafter.notes.departed import has_left
from drafter.notes.goes_by import _goes_by
from drafter.notes.lead import lead, notes_leave_it_open, weigh
from drafter.notes.lexicon import plain
from drafter.notes.name_forms import by_title, short_form
from drafter.notes.people import person_like
from drafter.notes.plausible import implausible
from drafter.notes.undecided import asked_about, asks_whom
from drafter.recipient_model import FILL, MARGIN, VETO, Model, same_person, scores
from drafter.titles import LEADING_TITLE

_FOLLOW_UPS = ("missed-deadline", "second-nudge", "close-the-loop")
# "controls lead, HM": HM is the hiring manager
_HIRING_MANAGER = re.compile(r"\bhiring\s+(?:manager|mgr)\b|\b(?-i:HM)\b", re.I)
_RECRUITING = re.compile(r"\b(?:recruit\w*|hr|hrbp|talent|coordinator|scheduler|sourcer|"
                         r"human\s+resources|people\s*(?:&|and)\s*culture|p&c|"
                         r"people\s+(?:ops|operations|team|partner|advisor|adviser))\b", re.I)
_TITLE_WORD = LEADING_TITLE
# a "name" that is only a form of address ("Ms" from "follow up to Ms. Tina"): no one to write to
_ONLY_TITLE = re.compile(_TITLE_WORD.pattern.replace(r"\.?\s+", r"\.?\s*$"), re.I)


@dataclass(frozen=True)
class Choice:
    """The rule's answer: a person and why, or None with the people to ask about."""

    person: Interviewer | None
    why: str
    candidates: list[Interviewer] = field(default_factory=list)
    # no one chosen because the notes themselves raise a doubt (they ask whom, the person
    # has left) or the choice is the user's (a panel's thank-you), not because the rules
    # found no one: no model overrides that
    doubt: bool = False


def _gone(ctx: InterviewContext, person: Interviewer) -> bool:
    return has_left(ctx.source, person.name)


def _decider(ctx: InterviewContext) -> Interviewer | None:
    """The one person the notes say makes the hiring decision (notes/decider.py)."""
    person = decider(ctx.source, lambda words: find(ctx, words))
    return person if isinstance(person, Interviewer) else None


def people(ctx: InterviewContext) -> list[Interviewer]:
    """Everyone the notes name that an email could go to: interviewers, then the recruiter;
    never someone the notes say has left."""
    out = [p for p in ctx.interviewers if not _ONLY_TITLE.match(p.name) and not _gone(ctx, p)]
    if ctx.recruiter and not any(p.answers_to(ctx.recruiter) for p in out):
        card = ctx.recruiter_person
        # the recruiter as the notes address them ("Kimura-san"), when no card says more
        card = (card if card is not None and card.name == ctx.recruiter
                else Interviewer(name=ctx.recruiter, title="recruiter"))
        if card.goes_by is None and (goes := _goes_by(ctx.source or "", card.name)):
            card = card.model_copy(update={"goes_by": goes})
        if not _gone(ctx, card):
            out.append(card)
    return out


def fold(text: str) -> str:
    """A name as compared: case, accents and spacing aside ("orla" finds Órla)."""
    return " ".join(plain(text).split())


def _forms(person: Interviewer) -> set[str]:
    """Every way a person may be named: full, first, surname with its particles, each word."""
    words = _bare(person.name).split()
    # each part of a double-barrelled surname too: "farahani" finds Shirin Farahani-Rostami
    parts = [part for w in words if "-" in w for part in w.split("-") if len(part) > 2]
    forms = {" ".join(words), *words, *parts}
    if len(words) > 1:
        forms.add(surname(words))
    if person.goes_by:  # "Samantha Reyes (goes by Sam)" answers to Sam too
        forms.add(person.goes_by)
    return {fold(f.rstrip(".,")) for f in forms if f}


def find(ctx: InterviewContext, name: str, typed: bool = False) -> Interviewer | None:
    """A person by full, first or last name, in any case, with or without accents; a title is
    optional ("Dr Price", "Capt. Haugen"). None when no one, or more than one, answers to it.
    `typed`: the person typed the name (--to), so a whole name the notes write may complete
    what the reader kept of it."""
    want = fold(_TITLE_WORD.sub("", name.strip()))
    if not want:
        return None
    everyone = [*people(ctx), *(p for p in ctx.others if not _ONLY_TITLE.match(p.name))]
    exact = [p for p in everyone if fold(_bare(p.name)) == want]
    matches = [p for p in everyone if want in _forms(p)]
    if exact and not any(p.goes_by and fold(p.goes_by) == want for p in matches
                         if p not in exact):
        return exact[0]
    if typed and not matches and len(want.split()) > 1:
        # "emeka nwosu" typed, the reader kept only "Nwosu": the same person when the notes
        # write the whole name as typed
        written = _written(ctx.source, want)
        matches = [p for p in everyone if set(_words(p)) <= set(want.split())] if written else []
        if matches and _one_person(matches):
            return matches[0].model_copy(update={"name": written})
    if len(matches) > 1 and _one_person(matches):
        # "Dr Nomvula Dlamini" and "Nomvula Dlamini", "Yamamoto Yuki" and "Yuki Yamamoto": one
        # person read twice. The first (an interviewer before a passing mention) keeps what the
        # notes say of them; the name as the person typed it says which word is the given name
        base = matches[0]
        typed = next((p for p in matches if _words(p)[:1] == [want]), None)
        if typed is not None and _words(base)[:1] != [want]:
            return base.model_copy(update={"name": typed.name})
        return base
    if len(matches) > 1:
        title = _TITLE_WORD.match(name.strip())
        return by_title(title.group() if title else "", want, matches)
    if not matches and len(want.split()) == 1:
        # "debs" typed for Deborah Ashworth: a known short form of one person's given name
        short = [p for p in everyone if any(short_form(want, w) for w in _words(p)[:-1] or
                                            _words(p))]
        return short[0] if len(short) == 1 else None
    return matches[0] if len(matches) == 1 else None


def _words(person: Interviewer) -> list[str]:
    return fold(_bare(person.name)).split()


def _one_person(matches: list[Interviewer]) -> bool:
    """Whether several entries are one person named more than once: every name's words are
    among the longest name's ("Dlamini", "Nomvula Dlamini", "Dr Nomvula Dlamini")."""
    longest = set(max((_words(p) for p in matches), key=len))
    return all(set(_words(p)) <= longest and len(set(_words(p))) == len(_words(p))
               for p in matches)


def _written(source: str, want: str) -> str | None:
    """The name `want` (folded) as the notes spell it, when they write it whole."""
    tokens = [(m.group(), fold(m.group())) for m in re.finditer(r"[^\W\d_][\w'’-]*", source)]
    n = len(want.split())
    for i in range(len(tokens) - n + 1):
        if " ".join(t[1] for t in tokens[i:i + n]) == want and all(
                t[0][:1].isupper() for t in tokens[i:i + n]):  # a name, not "Nwosu now"
            return " ".join(t[0] for t in tokens[i:i + n])
    return None


def _bare(name: str) -> str:
    return _TITLE_WORD.sub("", name).strip()


def _last_follow_up_to(ctx: InterviewContext) -> str | None:
    sent = [s for s in ctx.sent if s.to and not s.stage.casefold().startswith("thank")]
    dated = sorted((s for s in sent if s.on), key=lambda s: s.on)  # type: ignore[arg-type,return-value]
    last = dated[-1] if dated else (sent[-1] if sent else None)
    return last.to if last else None


def _doubted(ctx: InterviewContext) -> bool:
    """Whether someone else the notes name might have interviewed the candidate too. A name
    with no role beside it ("Botha", a friend who wrote the notes) does not cast that doubt on
    an interviewer the notes describe by their job or title ("Pieter van der Merwe the herd
    manager"); it does on one they name bare."""
    # whoever wrote the pasted email or runs the thread is placed: the other side, not a
    # possible interviewer ("Harriet", the agency recruiter whose email says "send Rupert ...")
    placed = {fold(_bare(n)) for n in (ctx.correspondent, ctx.recruiter, ctx.thread_owner,
                                       ctx.rejection_from) if n}
    doubts = [n for n in ctx.uncertain if not _in_passing(ctx, n)
              and fold(_bare(n)) not in placed]
    if not doubts:
        return False
    distinct = _distinct(ctx.interviewers)
    only = distinct[0] if len(distinct) == 1 else None
    return only is None or not (only.title or only.honorific)


# a line that ties a name to the meeting: they were there, asked, joined, interviewed
_MEETING_CUE = re.compile(
    r"\b(?:met|meet|meeting|interview\w*|panel|joined|join|sat|asked|ask|with|w/|call|zoom|"
    r"spoke|talked|chat\w*|screen\w*|showed|toured|grilled|led|ran|questions?)\b", re.I)


def _in_passing(ctx: InterviewContext, name: str) -> bool:
    """Whether a name the reader could not place is mentioned once, in passing: no role kept
    beside it, a single mention, and nothing on that line about the meeting ("mrs botha in
    the office sorts that out"). Such a name casts no doubt on the only interviewer."""
    card = next((p for p in ctx.others if p.name == name), None)
    if card is not None and card.title:
        return False
    key = fold(_bare(name))
    if not key:
        return False
    lines = [ln for ln in ctx.source.splitlines()
             if re.search(rf"(?<!\w){re.escape(key)}(?!\w)", fold(ln))]
    hits = sum(len(re.findall(rf"(?<!\w){re.escape(key)}(?!\w)", fold(ln))) for ln in lines)
    return hits == 1 and not _MEETING_CUE.search(lines[0])


def _distinct(interviewers: list[Interviewer]) -> list[Interviewer]:
    """The interviewers, each once: "Ms. Tran" with no title or topics of her own is Trần Minh
    Anh read a second time, not a second person."""
    return [p for p in interviewers
            if p.title or p.topics or not any(
                q is not p and len(_words(q)) > len(_words(p)) and set(_words(p)) <= set(_words(q))
                for q in interviewers)]


def _is_company(ctx: InterviewContext, person: Interviewer) -> bool:
    """Whether a "person" is the company read as a name ("Solaria Viajes")."""
    return bool(ctx.company) and fold(_bare(person.name)) in fold(ctx.company or "")


def _named(ctx: InterviewContext, name: str | None) -> Interviewer | None:
    return find(ctx, name) if name and not _ONLY_TITLE.match(name) else None


def recipient_for(ctx: InterviewContext, stage: str, name: str | None = None,
                  model: Model | bool = True) -> Choice:
    """Who a `stage` email goes to; `name` (from --to) wins when it names someone. A name the
    rule chose that is plausibly no one's (notes/plausible.py) is asked about instead; then
    the learned second look (recipient_model.py, `model=False` to leave it out) may ask about
    a choice it all but rules out, or choose where the rules found no one."""
    choice = _choose(ctx, stage, name)
    if not name:  # the choices offered are people: "Brightpath Homecare" is not one
        choice = replace(choice, candidates=[p for p in choice.candidates
                                             if implausible(p, ctx) is None])
    if choice.person is not None and not name and (
            why := implausible(choice.person, ctx)) is not None:
        return Choice(None, f"'{choice.person.name}' may not be a person ({why})",
                      choice.candidates, doubt=True)
    if name or choice.doubt or model is False or not (ctx.source or "").strip():
        return choice  # the model reads the notes' words: with none it has nothing to say
    scored = scores(ctx, stage, _last_follow_up_to(ctx), None if model is True else model,
                    choice.person.name if choice.person else None)
    if choice.person is not None:
        mine = [p for p, who in scored if same_person(who.name, choice.person.name)]
        if mine and max(mine) < VETO:
            return Choice(None, f"the notes say little to make {choice.person.name} the one "
                                "to write to", choice.candidates)
        return choice
    if scored and scored[0][0] >= FILL and (
            len(scored) == 1 or scored[0][0] - scored[1][0] >= MARGIN) and implausible(
            top := find(ctx, scored[0][1].name) or scored[0][1], ctx) is None:
        return Choice(top, "the notes point to them (a model learned from keyed notes)",
                      choice.candidates)
    return choice


def _choose(ctx: InterviewContext, stage: str, name: str | None) -> Choice:
    everyone = people(ctx)
    if name:
        person = find(ctx, name, typed=True)
        return Choice(person, "named with --to" if person else f"no one called '{name}'",
                      everyone)
    # "the only interviewer" only when no one else named might have interviewed you too
    # a "person" no one could greet ("Brigid's Primary", "Mine Ventilation") is no panellist
    distinct = [p for p in _distinct(ctx.interviewers) if implausible(p, ctx) is None]
    only = distinct[0] if len(distinct) == 1 and not _doubted(ctx) else None
    if only is not None and not (person_like(only.name) or only.title or only.honorific):
        only = None  # "Northwind Mutual" read as a person: no one to write to on that alone
    # a recruiter the notes name with a known first name: "Meridian Freightways" read as the
    # recruiter is no one to write to (--to may still name whoever it is)
    card = ctx.recruiter_person
    recruiter = _named(ctx, ctx.recruiter) if ctx.recruiter and (person_like(ctx.recruiter) or (
        card is not None and card.name == ctx.recruiter and card.honorific)) else None
    # a thank-you goes to whom the notes say to thank; any other email to whom they say to
    # write ("thank him" in notes on a rejection is no say on whom the reply goes to)
    addressee = _named(ctx, (ctx.thanked or ctx.addressee) if stage == "thank-you"
                       else ctx.addressee)
    if addressee is not None and asked_about(ctx.source, _bare(addressee.name)):
        # "Do I reply to no-reply?? or email Bronwyn directly?": the name is one of the
        # choices the notes weigh, not their answer
        return Choice(None, "your notes ask who to write to", everyone, doubt=True)
    if addressee is not None and _gone(ctx, addressee):
        # the notes say to write to someone they also say has left (or doubt is still there)
        return Choice(None, f"{addressee.name} may have left", everyone, doubt=True)
    if addressee is not None and stage != "thank-you":
        return Choice(addressee, "the notes say to write to them", everyone)
    # a thank-you the notes send somewhere ("do send Rupert a short note"): to that person,
    # unless it is the recruiter or the pasted email's sender, who may be passing it on
    other_side = {fold(_bare(n)) for n in (ctx.recruiter, ctx.correspondent) if n}
    if addressee is not None and stage == "thank-you":
        # the pasted message's sender is someone to thank too when the notes name no
        # recruiter and give them no recruiting title ("[16:52] Mark (Skyport): Thanks for
        # coming in today" ... "thank you email to Mark")
        sender_met = fold(_bare(addressee.name)) != fold(_bare(ctx.recruiter or "")) and not (
            _RECRUITING.search(addressee.title or "")) and bool(ctx.thanked)
        if fold(_bare(addressee.name)) not in other_side or sender_met:
            return Choice(addressee, "the notes say to send it to them", everyone)
        if len(distinct) > 1:
            # the notes send it to the recruiter, who may pass it on: no panellist is picked
            # over what the notes say; the person says whom (--to)
            return Choice(None, f"your notes send it to {addressee.name}, who may pass it on",
                          everyone, doubt=True)
    if asks_whom(ctx.source) or (stage == "thank-you"
                                            and notes_leave_it_open(ctx.source)):
        # "who do I even send it to", "should I write to Talia directly? or ...??": the notes
        # leave it open, so the person says (at a terminal, a question; piped, --to)
        return Choice(None, "your notes ask who to write to", everyone, doubt=True)
    correspondent = _named(ctx, ctx.correspondent)
    thanked = _named(ctx, ctx.thanked)
    owner = _named(ctx, ctx.thread_owner)
    last_to = _last_follow_up_to(ctx)
    thread = (_named(ctx, last_to) or Interviewer(name=last_to)) if last_to else None
    owner_card = owner or (Interviewer(name=ctx.thread_owner) if ctx.thread_owner else None)
    departed = next((p for p in (thread, owner_card) if p is not None and _gone(ctx, p)), None)
    if departed is not None and stage != "thank-you":
        # the thread's person has left: to whom the notes hand it over ("please contact
        # Ravi"), else who takes it over is the person's call, not a guess
        heir = handover(ctx)
        if heir is not None:
            return Choice(heir, f"took over from {departed.name}, who has left or handed it on",
                          everyone)
        return Choice(None, f"{departed.name}, who had your thread, has left", everyone,
                      doubt=True)
    if departed is None and stage != "thank-you" and (heir := handover(ctx)) is not None and (
            gone := [p for p in distinct if p.name != heir.name and _gone(ctx, p)]):
        # no thread yet, and the one who interviewed has left, naming who takes it over
        return Choice(heir, f"took over from {gone[0].name}, who has left or handed it on",
                      everyone)
    steps: list[tuple[Interviewer | None, str]]
    if stage == "thank-you":
        # the interviewer; on a panel the person picks (--to, or batch for one each): which
        # one to thank is theirs to say. A coordinator who only scheduled or greeted counts
        # only when no one else is named.
        real = [p for p in distinct if not _RECRUITING.search(p.title or "")
                and not _is_company(ctx, p)]
        pool = real or distinct
        if not real and distinct and any(
                not _RECRUITING.search(p.title or "") and not _gone(ctx, p)
                # nor someone met only in a round to come ("next step = with Oskar")
                and not for_later_round(ctx.source, p.name)
                and implausible(p, ctx) is None for p in ctx.others):
            # only a recruiter among the interviewers, and someone else named who may have
            # led it ("Organizer: Hannah (Talent Acquisition)" ... "Tomasz ran the whole
            # thing"): whom to thank is the person's call, not the recruiter by default
            return Choice(None, "the notes name a recruiter and someone else", [*distinct, *(
                p for p in ctx.others if not _RECRUITING.search(p.title or ""))])
        first = pool[0] if len(pool) == 1 and not _doubted(ctx) else None
        if first is not None and weigh(ctx.source, [first])[0].minor and (outside := [
                p for p in ctx.others if not _gone(ctx, p) and implausible(p, ctx) is None]):
            # the one interviewer read had a small part ("Sipho said maybe two sentences")
            # and someone else named may have led it ("Precious ran it"): theirs, or ask
            led = lead(ctx.source, [first, *outside])
            if led is None:
                return Choice(None, "the interviewer the notes name had a small part",
                              [first, *outside])
            first = led
        if first is None and len(pool) > 1:
            # several people: the one who led it, when the notes clearly say who that was
            unplaced = sum(not _in_passing(ctx, n) for n in ctx.uncertain)
            outsiders = tuple(p for p in [*everyone, *ctx.others] if p not in pool)
            first = lead(ctx.source, pool, unplaced, outsiders)
        # the recruiter interviewed you only when no one else might have ("with Rupert today")
        alone = not ctx.interviewers and not [n for n in ctx.uncertain if not _in_passing(ctx, n)
                                              and fold(_bare(n)) not in other_side]
        if alone and recruiter is not None and weigh(ctx.source, [recruiter])[0].minor:
            # "sunita from HR sat in last 10 min, just did right to work": not who interviewed
            alone = False
        steps = [(first, "the interviewer"), (recruiter if alone else None,
                                              "the recruiter who interviewed you")]
        if first is None and (len(pool) > 1 or (pool and _doubted(ctx))):
            # yours by design (`drafter batch` writes one each), not a model's to guess
            return Choice(None, "a panel: which interviewer is yours to choose", pool,
                          doubt=True)
    elif stage == "rejection-reply":
        # who sent it unknown and someone else named with a job on the hiring side ("The
        # email is from Mr. Kenji Watanabe, HR Manager"): the only interviewer is a guess
        sender_unknown = ctx.rejection_from is None and any(
            p.title and not _gone(ctx, p) for p in ctx.others)
        steps = [(_named(ctx, ctx.rejection_from), "sent the rejection"),
                 (correspondent, "wrote the email pasted in your notes"),
                 (thanked, "the notes say to thank them"),
                 (owner, "your notes show the thread is with them"),
                 (recruiter, "the recruiter"),
                 (None if sender_unknown else only, "the only interviewer")]
    elif stage == "competing-offer":
        managers = [p for p in ctx.interviewers if _HIRING_MANAGER.search(p.title or "")]
        hiring = managers[0] if len(managers) == 1 else None
        steps = [(thread, "your last follow-up went to them"),
                 (owner, "your notes show the thread is with them"),
                 (_decider(ctx), "the notes say they make the decision"),
                 (hiring, "the hiring manager"),
                 (correspondent, "wrote the email pasted in your notes"),
                 (recruiter, "the recruiter"), (only, "the only interviewer")]
    else:  # the follow-up chain, and any stage added as data later
        # follow-ups already went to someone the notes do not name: the recruiter is a guess
        # ("emailed her Feb 10" went to someone they named before: not unknown)
        unknown = any(s.to is None and not s.stage.casefold().startswith("thank")
                      and not _TO_PRONOUN.search(s.text) for s in ctx.sent) and thread is None
        # ... unless the notes name no one else at all: then it went to the one they name
        alone = only is not None and not (ctx.recruiter or ctx.others or ctx.correspondent)
        # several people met and no one runs the thread: the one who clearly led the meeting
        # (the others showed you round, sat in), by the same evidence a thank-you weighs
        pool = [p for p in distinct if not _is_company(ctx, p)]
        led = lead(ctx.source, pool, sum(not _in_passing(ctx, n) for n in ctx.uncertain)) \
            if len(pool) > 1 and not (unknown or ctx.recruiter or ctx.correspondent) else None
        # ... or the one the notes say makes the decision ("Iain (owner, does the hiring)")
        decides = _decider(ctx) if len(pool) > 1 and not (
            unknown or ctx.recruiter or ctx.correspondent) else None
        steps = [(thread, "your last follow-up went to them"),
                 (owner, "your notes show the thread is with them"),
                 (thanked, "the notes say to thank them"),
                 (None if unknown else correspondent, "wrote the email pasted in your notes"),
                 (None if unknown else recruiter, "the recruiter"),
                 (decides, "the notes say they make the decision"),
                 (led, "led the interview; the others had a small part"),
                 (None if unknown and not alone else only, "the only interviewer")]
    for person, why in steps:
        if person is not None and _gone(ctx, person) and stage != "thank-you" \
                and (heir := handover(ctx)) is not None:
            return Choice(heir, f"took over from {person.name}, who has left or handed it on",
                          everyone)
        if person is not None and not _gone(ctx, person):
            return Choice(person, why, everyone)
    if (lone := _lone(ctx)) is not None:
        return Choice(lone, "the one person your notes name", [*everyone, lone])
    return Choice(None, "the notes do not say who this goes to", everyone)


# a message sent to "her" or "him": to a person the notes named before
_TO_PRONOUN = re.compile(r"\b(?:emailed|e-mailed|messaged|texted|wrote\s+to|sent|pinged|nudged|"
                         r"chased|called|rang)\s+(?:her|him)\b", re.I)


def _lone(ctx: InterviewContext) -> Interviewer | None:
    """The one person the notes name, when they name no interviewer, recruiter or sender and
    no one else at all: whoever this is, the email is theirs ("grant said 2 weeks, nothing")."""
    if ctx.interviewers or ctx.recruiter or ctx.correspondent or ctx.rivals:
        return None
    placed = {fold(_bare(n)) for n in ctx.uncertain}
    cards = [p for p in ctx.others if fold(_bare(p.name)) in placed and not _gone(ctx, p)]
    if len(ctx.others) != 1 or len(cards) != 1:
        return None  # a referrer, a friend, or two names: not a guess to make
    card = cards[0]
    return card if person_like(card.name) or card.honorific or card.title else None
