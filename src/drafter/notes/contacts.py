"""Resolver step for people: who is who, whom the notes say to write to, and who sent what.

The reader and the people detectors (notes/people.py by name, notes/people_context.py by the
words around a name, merged there) each propose people; this step merges
them (adding what the reader missed, never dropping the reader's), sets the candidate's own name
when the reader found none, and decides from the whole notes:

- a person the notes meet only in a *later* round ("round 2 would be with him") is no one to
  thank for this interview (notes/absent.py);
- the one sender of emails pasted into the notes ("From: Yuki Tanaka <...>", or without a
  From: line, who signed the letter the candidate received) owns the thread;
- people named on the rival employer's lines ("Offer from Kestrel (Rhiannon Pryce, HR)") are
  the rival's, never this thread's;
- whom the notes say to write to ("reply to Tom", "email Noor") is the addressee, added as a
  person when the notes name them nowhere else;
- a message already sent goes to whoever its line names, by any of their names;
- who delivered a rejection is notes/rejection_from.py's to say.
"""

from __future__ import annotations

import dataclasses
import re

from drafter.context import InterviewContext, Interviewer, SentMessage, surname
from drafter.notes.absent import _absent, later_rounds
from drafter.notes.addressed import opens_with_verb
from drafter.notes.addressee import addressees
from drafter.notes.goes_by import _goes_by
from drafter.notes.lexicon import plain
from drafter.notes.name_forms import (
    called_by_first,
    fold_short_forms,
    greeting_form,
    in_full,
    in_given_order,
    titled_as_written,
)
from drafter.notes.own_name import not_own, own_name
from drafter.notes.own_shapes import writer
from drafter.notes.own_transcript import friend_speakers, hiring_speakers
from drafter.notes.pasted import FROM_NAME, messages
from drafter.notes.people import (
    HONORIFICS,
    Person,
    bare_title,
    consulted,
    is_title_word,
    named_as_other,
    opens_with_greeting,
    person_like,
)
from drafter.notes.people_context import find_people, signers
from drafter.notes.quoted import greeted_candidate, quoted_sender, sender_by_role
from drafter.notes.rejection_from import rejection_cue, rejection_sender
from drafter.notes.segment import bounded


def _addressed(person: Interviewer, text: str) -> Interviewer:
    """A person with the form a greeting uses: given name first, whole when unclear, a title
    as the notes write it."""
    return titled_as_written(called_by_first(greeting_form(in_given_order(person)), text), text)

def _same(person: Interviewer, found: Person) -> bool:
    """Whether a detected mention is someone the reader already has: by full name, by first
    name alone, or by title and surname ("Dr. Cho" for Hyun-woo Cho)."""
    # an initial says nothing either way: "K. Balasubramanian" is "Balasubramanian"
    mine = [w for w in person.name.casefold().split() if len(w.rstrip(".")) > 1] or \
        person.name.casefold().split()
    theirs = [w for w in found.name.casefold().split() if len(w.rstrip(".")) > 1] or \
        found.name.casefold().split()
    if mine == theirs or (len(theirs) == 1 and theirs[0] in mine) or mine[:len(theirs)] == theirs \
            or (len(theirs) > 1 and mine[-len(theirs):] == theirs):
        return True
    if person.goes_by and theirs == [w.casefold() for w in person.goes_by.split()]:
        return True  # "Rev. Thomas Abernathy-Kwan — 'please, it's Father Tom'"
    if len(mine) == 1 and len(theirs) > 1 and (
            theirs[0] == mine[0] or (person.honorific and surname(theirs) == mine[0])):
        return True  # "Khalid" then "Khalid Al-Mansouri"; "Mr Whaanga – Hemi Whaanga"
    return len(mine) > 1 and surname(mine) == surname(theirs) and (
        len(theirs) == 1 or theirs[0] == mine[0])


def _whole_in_title(name: str, title: str | None) -> tuple[str, str | None] | None:
    """"Rose (Rose Kettering, store mgr)", "Gaz (Gary Pritchard, contracts dir)": the brackets
    give a first name's or a nickname's whole name, then the title. (whole name, title) or
    None; a title that only looks like a name ("Bill (Head Chef)") is no whole name."""
    if " " in name.strip() or not title or not (m := re.match(
            r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}(?=\s*(?:,|$))", title)):
        return None
    whole = m.group(0)
    if whole.split()[0] != name.strip() and not (
            person_like(whole) and not any(is_title_word(w) for w in whole.split())):
        return None
    return whole, title[m.end():].lstrip(" ,") or None


def _directive(found: Person, text: str, known: list[Interviewer]) -> bool:
    """A "name" that is a verb of writing opening a sentence, then someone the notes name
    ("Chase Adaeze about the decision", "Email Gary."): the notes' instruction."""
    words = found.name.split()
    if len(words) < 2 or not opens_with_verb(found.name):
        return False
    line = text.splitlines()[found.line - 1] if 0 < found.line <= len(text.splitlines()) else ""
    before = line[:found.start].rstrip(" \t-*•>")
    if before and not re.search(r"[.!?:;—–-]$", before):
        return False  # mid-sentence: "met Chase Adaeze" may be a person
    rest = {w.casefold() for w in words[1:]}
    return any(rest & {w.casefold() for w in p.name.split()} for p in known)


def _bare_name(person: Interviewer) -> Interviewer:
    """A name without the title words the reader left before it: "ED Folasade Adeyemi-Cole",
    "Exec Chef Inés de la Torre" are Folasade Adeyemi-Cole and Inés de la Torre."""
    words = person.name.split()
    honorific = person.honorific
    if whole := _whole_in_title(person.name, person.title):
        nickname = person.name if whole[0].split()[0] != person.name else person.goes_by
        return person.model_copy(update={"name": whole[0], "title": whole[1],
                                         "goes_by": nickname})
    if len(words) > 2 and words[0].rstrip(".").casefold() in HONORIFICS:
        # "Fr. Michael Okafor": greeted "Fr. Okafor", never "Fr"
        honorific = honorific or HONORIFICS[words[0].rstrip(".").casefold()]
        words = words[1:]
    i = 0
    while i < len(words) - 1 and (is_title_word(words[i]) or (
            words[i].isupper() and len(words[i]) <= 4 and not words[i + 1].isupper())):
        i += 1
    if i == 0 and honorific == person.honorific:
        return person
    title = person.title or " ".join(words[:i]) or None
    return person.model_copy(update={"name": " ".join(words[i:]), "title": title,
                                     "honorific": honorific})




_ME = re.compile(r"(?:that['’]?s\s+)?(?:me|myself|moi)\W*", re.I)


def merge_people(ctx: InterviewContext) -> InterviewContext:
    """Add what the people detector found that the reader missed; never drop the reader's.

    A new person goes in as an interviewer or the recruiter only when the words around them say
    so; anyone else is kept in `others` (a referrer, a name in passing), whom --to may name but
    no stage's rule writes to. The notes' own form of address ("Dr. Cho") is kept."""
    text = bounded(ctx.source)
    ctx = ctx.model_copy(update={
        "interviewers": [_bare_name(p) for p in ctx.interviewers],
        "sent": [m.model_copy(update={"to": _bare_name(Interviewer(name=m.to)).name})
                 if m.to else m for m in ctx.sent]})
    found = find_people(text)
    senders = {" ".join(m["n"].split()).casefold() for m in FROM_NAME.finditer(text)}
    theirs = senders | {n.casefold() for n in not_own(text)}
    if ctx.candidate and ctx.candidate.casefold() in theirs:
        # the sender of an email pasted in ("> From: Yusuf Demir") wrote *to* the candidate;
        # whom the candidate's own pasted email greets is someone else too
        ctx = ctx.model_copy(update={"candidate": None, "doubts": [
            *ctx.doubts, f"your name: '{ctx.candidate}' is someone else's in an email pasted "
                         "in your notes"]})
    known = [p.name for p in [*ctx.interviewers, *ctx.others]] + (
        [ctx.recruiter] if ctx.recruiter else [])
    signed = None if ctx.candidate else own_name(text, known) or next(
        (p.name for p in [*ctx.interviewers, *found] if _ME.fullmatch(p.title or "")),
        None)  # "Attendees: Marco Bellini (Executive Chef); Dylan Reyes (me)"
    if signed is None and not ctx.candidate and (hi := greeted_candidate(text)) and not any(
            hi.casefold() in p.name.casefold().split() for p in [*ctx.interviewers, *found]):
        signed = hi  # "Hi Wanjiku, thank you for your time ..." quoted from the recruiter
    candidate = ctx.candidate or signed
    me = {w.casefold() for w in (candidate or "").split() if len(w.rstrip(".")) > 1}
    update: dict[str, object] = {}
    if ctx.company and any(f.name.casefold() == ctx.company.casefold() and (
            f.honorific or re.search(rf"(?:\bwith|w/)\s+{re.escape(f.name)}\s*(?:\(|,|$)",
                                     ctx.source, re.I | re.M)) for f in found):
        # "Interview with Gareth Price (ops manager)": a person, not the company
        update.update(company=None, doubts=[*ctx.doubts, f"company: '{ctx.company}' is a "
                                                         "person the notes name"])
        ctx = ctx.model_copy(update=update)
    elif ctx.company and me and {w.casefold() for w in ctx.company.split()} <= me:
        # "To: Okonkwo, Adaeze" read as "Role, Company": the candidate's own name
        update.update(company=None, doubts=[*ctx.doubts, f"company: '{ctx.company}' is your "
                                                         "own name"])
        ctx = ctx.model_copy(update=update)
    company = {w.casefold() for w in (ctx.company or "").split()}
    # the candidate found here is no one they met ("Best,\nChloé Martin" under "my email:")
    def mine(p: Interviewer) -> bool:
        return signed is not None and {w.casefold() for w in p.name.split()} <= me

    people = [p.model_copy() for p in ctx.interviewers if not mine(p)]
    others: list[Interviewer] = [p.model_copy() for p in ctx.others if not mine(p)]
    uncertain: list[str] = list(ctx.uncertain)
    recruiter = ctx.recruiter
    recruiter_title: str | None = None
    # whoever is named beside the rival employer's people is theirs too
    rival_lines = {f.line for f in found if any(_same(Interviewer(name=r), f) for r in ctx.rivals)}
    offer = ctx.competing_offer.company if ctx.competing_offer else None
    # "Offer from Kestrel (Rhiannon Pryce, HR)": the rival employer's sentence (not a whole
    # paragraph on one line that also names the interview)
    rival_spots: list[tuple[int, int, int]] = []  # (line, start, end) of each such sentence
    if offer:
        for no, line in enumerate(text.splitlines(), 1):
            for m in re.finditer(rf"(?<!\w){re.escape(offer)}(?!\w)", line, re.I):
                rival_spots.append((no, *_sentence_around(line, m.start())))
    nicknames: dict[str, str] = {}
    for f in found:
        if whole := _whole_in_title(f.name, f.title):
            if whole[0].split()[0] != f.name:
                nicknames[whole[0]] = f.name  # "Gaz (Gary Pritchard, ...)": goes by Gaz
            f = dataclasses.replace(f, name=whole[0], title=whole[1])
        words = {w.casefold() for w in f.name.split()}
        if (words & me and (words <= me or len(words) == 1)) or words <= company:
            continue
        if len(words) > 1 and opens_with_greeting(f.name):
            continue  # "Hey Tomás — ...": a greeting read as a name
        if _directive(f, text, [*people, *others]):
            continue  # "Chase Adaeze about the decision": an instruction, not a "Chase Adaeze"
        known = [p for p in people if _same(p, f)]
        if recruiter and _same(Interviewer(name=recruiter), f):
            # "Contact: Sgt. Alana Kealoha": the recruiter keeps the notes' form of address
            recruiter_title = recruiter_title or f.honorific
            for p in known:
                p.honorific = p.honorific or f.honorific
            continue
        if known and f.kind == "other" and (consulted(text, f) or named_as_other(text, f)):
            # the reader took "check with the district manager, Paul Okafor" or "my reference
            # Prof. Helen Marsh" for someone met
            people = [p for p in people if p not in known]
            others += known
            continue
        in_full(known, f.name, text)
        if known:
            for p in known:
                p.goes_by = p.goes_by or _goes_by(text, p.name)
                if len(known) == 1:
                    # "Mr. Chen" said of one of two Chens is not both men
                    p.honorific = p.honorific or f.honorific
                    p.title = p.title or f.title  # "(PE, he's the chief engineer, ...)"
            continue
        if twins := [p for p in others if _same(p, f)]:
            in_full(twins, f.name, text)
            for p in twins:
                p.honorific = p.honorific or f.honorific
            if f.kind == "interviewer" and len(twins) == 1 and twins[0].name == f.name:
                # "Dear Ms. Petrović" first, then "Dragana Petrović ... Panel was Dragana"
                others = [p for p in others if p is not twins[0]]
                people.append(twins[0])
            continue
        if len(f.name.split()) == 1 and f.honorific is None and f.kind not in (
                "interviewer", "recruiter"):
            continue  # a lone first name is a person only where the notes say who they are
        person = Interviewer(name=f.name, title=f.title, honorific=f.honorific,
                             topics=list(f.topics),
                             goes_by=nicknames.get(f.name) or _goes_by(text, f.name))
        if any(_same(Interviewer(name=r), f) for r in ctx.rivals) or f.line in rival_lines or any(
                no == f.line and a <= f.start < b for no, a, b in rival_spots):
            others.append(person)  # the rival employer's people: never this thread's
        elif f.kind == "interviewer":
            people.append(person)
        elif f.kind == "recruiter" and recruiter is None:
            recruiter = f.name  # "Ms. Pruitt from county HR": greeted as the notes address her
            recruiter_title = recruiter_title or f.honorific
        else:
            others.append(person)
            if f.kind == "unknown":
                uncertain.append(f.name)
    if friends := friend_speakers(text.splitlines()):
        # a friend the candidate chatted with about the interview is no interviewer
        told = [p for p in people if any(_same(Interviewer(name=f), p) for f in friends)]
        people = [p for p in people if p not in told]
        others += told
    if len(people) > 1 and (gone := [p for p in people if _absent(text, p)]) and (
            len(gone) < len(people)):
        people = [p for p in people if p not in gone]
        others += gone
    others = [_addressed(_bare_name(p), text) for p in others]
    people = fold_short_forms([_addressed(p, text) for p in people])
    # the name someone goes by, read as a person of its own ("Father Tom"), is them
    people = [p for p in people if not (len(p.name.split()) == 1 and any(
        q is not p and q.goes_by and plain(q.goes_by) == plain(p.name.strip("'’"))
        for q in people))]
    # a bare title is no one ("(Dr., group leader)"); "Kovács Eszter" and "Eszter Kovács" are
    # one person, written in two orders: the one met keeps them
    people = [p for p in people if not bare_title(p.name)]
    met = [frozenset(plain(w) for w in p.name.split()) for p in people]
    others = [p for p in others if not bare_title(p.name) and not (
        len(p.name.split()) > 1 and frozenset(plain(w) for w in p.name.split()) in met)]
    update.update(interviewers=people, others=others, recruiter=recruiter, uncertain=uncertain)
    if recruiter_title and recruiter:
        update["recruiter_person"] = Interviewer(name=recruiter, title="recruiter",
                                                 honorific=recruiter_title)
    if ctx.candidate is None and candidate:
        update["candidate"] = candidate
    return contacts(later_rounds(ctx.model_copy(update=update)))


def _sentence_around(line: str, at: int) -> tuple[int, int]:
    """The sentence of `line` that holds offset `at`: from after the last ". " before it to the
    next one."""
    starts = [m.end() for m in re.finditer(r"[.!?;]\s+", line[:at])]
    end = re.search(r"[.!?;](?:\s|$)", line[at:])
    return (starts[-1] if starts else 0), (at + end.end() if end else len(line))


def _sent_to(ctx: InterviewContext) -> list[SentMessage]:
    """A sent message's recipient, when its line names exactly one known person by any of
    their names ("to Mr. Al-Harbi", "-> Faith")."""
    from drafter.recipient import people

    # one who has left since still got the message: "emailed Niamh" (Niamh is joining the Abbey)
    reachable = people(ctx)
    everyone = [*reachable, *(p for p in ctx.interviewers if p not in reachable)]
    out = []
    for msg in ctx.sent:
        if msg.to is None:
            text = msg.text.casefold()
            hits = {p.name for p in everyone for w in {p.name, p.name.split()[0],
                                                       surname(p.name.split())}
                    if len(w) > 2 and re.search(rf"(?<!\w){re.escape(w.casefold())}(?!\w)",
                                                text)}
            if len(hits) == 1:
                msg = msg.model_copy(update={"to": hits.pop()})
        out.append(msg)
    return out


def contacts(ctx: InterviewContext) -> InterviewContext:
    """The sender of pasted emails, the addressee, and whom each sent message went to."""
    from drafter.recipient import find

    text = bounded(ctx.source)
    senders = {" ".join(m["n"].split()) for m in FROM_NAME.finditer(text)}
    if not senders and ctx.candidate:
        # a reply's quote line names who wrote the email under it ("On Thu, Jun 4, ...
        # Geneviève Tremblay-Roy <...> wrote:"); the candidate's own quoted email is not one
        me = {w.casefold() for w in ctx.candidate.split()}
        senders = {w for x in text.splitlines() if (w := writer(x))
                   and not {v.casefold() for v in w.split()} & me}
    # a pasted chat: who sent its messages from the hiring side ("[12/01, 16:40] Wanjiru
    # Kamau (Amani Water Trust): ..."); the chat's header says a name stands there
    chat = {s for s in hiring_speakers(text.splitlines()) if s != ctx.candidate}
    senders = senders or chat
    signing: set[str] = set()
    if not senders and not ctx.rivals and ctx.competing_offer is None:
        # a letter pasted without its From: line, a caller who says who they are ("this is
        # Kavya Raghunathan from Northgate Staffing"): the evidence stands beside the name
        senders = signing = {p.name for p in signers(text)}
    # a name the notes show is a person's ("Chiamaka Nwosu" signed it), not "Quorra Careers"
    # ... or one who signs the email their From: line sent ("Thandeka Nkosi | Talent ...")
    signed = {" ".join(n.split()) for m in messages(text) if m.signed
              for k, n in m.heads if k == "from" and " ".join(m.signed.split()).startswith(
                  " ".join(n.split()))}
    senders = {s for s in senders if (person_like(s) or find(ctx, s) is not None or s in signed
                                      or s in chat or s in signing)
               and s != ctx.candidate and s not in ctx.rivals}
    correspondent = None
    # no From: line, quote line or signed letter (nor a rival's offer, whose message it may
    # be): who signs, opens or is said to send a quoted text ("Kerry sent me this:"), else the
    # one person with the job it came from ("a text from the head chef")
    quoted = quoted_sender(text, ctx.candidate) if not (senders or ctx.rivals or
                                                        ctx.competing_offer) else None
    by = None if quoted or senders or ctx.rivals or ctx.competing_offer else sender_by_role(
        text, [(p.name, p.title) for p in [*ctx.interviewers, *ctx.others]])
    senders = {quoted.name} if quoted else {by} if by else senders
    if len(senders) == 1:
        name = senders.pop()
        person = find(ctx, name)
        if person is None:
            # "Mei Ling" read from the message's card is the sender "Mei Ling Chua", cut short
            whole = Interviewer(name=name, goes_by=_goes_by(text, name))
            short = [p for p in ctx.others if name.split()[:len(p.name.split())] == p.name.split()]
            ctx = ctx.model_copy(update={"others": [
                *(p for p in ctx.others if p not in short), whole]})
        correspondent = person.name if person else name
    ctx = ctx.model_copy(update={"correspondent": correspondent})
    write_to, thank = addressees(ctx, text)
    ctx = ctx.model_copy(update={"addressee": write_to, "thanked": thank})
    for name in {ctx.addressee, ctx.thanked} - {None}:
        if find(ctx, name) is None:  # type: ignore[arg-type]
            ctx = ctx.model_copy(update={"others": [*ctx.others, Interviewer(name=name)]})
    # the rejection's own line names who delivered it, even when the reader missed that the
    # news was a no ("they picked an internal candidate"): only a rejection reply asks who
    # news inside the quoted message came from its sender, not whoever it names ("Hoa has
    # decided ..." in the text Kerry sent)
    lines = text.splitlines()
    if quoted is not None and correspondent is not None and any(
            rejection_cue(line) for line in lines[quoted.block[0] - 1:quoted.block[1]]):
        ctx = ctx.model_copy(update={"rejection_from": correspondent})
    elif ctx.rejection_from is None:
        ctx = ctx.model_copy(update={"rejection_from": rejection_sender(ctx, text)})
        if ctx.rejection_from and find(ctx, ctx.rejection_from) is None:
            # named only as the chat message's sender: someone the reply can go to
            ctx = ctx.model_copy(update={
                "others": [*ctx.others, Interviewer(name=ctx.rejection_from)]})
    return _register(ctx.model_copy(update={"sent": _sent_to(ctx)}), text)


def _register(ctx: InterviewContext, text: str) -> InterviewContext:
    """The candidate's own pasted email set the register: "Dear Ms. Petrović" there means the
    next one greets her so too, not by first name."""
    titled = {}
    for m in messages(text):
        words = (m.greeted or "").split()
        if m.direction == "sent" and len(words) >= 2 and words[0].rstrip(".").casefold() in \
                HONORIFICS:
            titled[plain(words[-1].rstrip(".,"))] = HONORIFICS[words[0].rstrip(".").casefold()]
    if not titled:
        return ctx

    def formal(p: Interviewer) -> Interviewer:
        title = titled.get(plain(surname(p.name.split()))) if p.name.split() else None
        return p.model_copy(update={"honorific": title}) if title and not p.honorific else p

    card = ctx.recruiter_person
    return ctx.model_copy(update={
        "interviewers": [formal(p) for p in ctx.interviewers],
        "others": [formal(p) for p in ctx.others],
        "recruiter_person": formal(card) if card is not None else (
            formal(Interviewer(name=ctx.recruiter, title="recruiter"))
            if ctx.recruiter and plain(surname(ctx.recruiter.split())) in titled else None)})
