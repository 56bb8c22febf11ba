"""The candidate's own name from more layouts: a key saying whose signature it is, the bare
"Sign <name>", a thread whose header lines run both ways, a chat where one speaker tells of their
own interview while the other advises; and the day-first chat timestamps such chats carry.
Rows that must not change sit beside the ones that do."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.date_order import day_first
from drafter.notes import parse_notes
from drafter.notes.own_name import own_name
from drafter.notes.pasted import messages

NAMED = [
    # a key, with whose it is when the name agrees
    ("Debrief written by my flatmate.\nPriya's full name for sig: Priya Raman", "Priya Raman"),
    ("Debrief.\nTom's full name for sig: Priya Raman", None),
    ("Met the plant manager. sign it: Grace Lindqvist", "Grace Lindqvist"),
    ("Entrevista el lunes.\nFirmar: Lucía Paredes", "Lucía Paredes"),
    # the bare verb takes a name a list knows, never a product or an object
    ("Send it Monday. Sign Tomasz Nowak.", "Tomasz Nowak"),
    ("Need to sign DocuSign today before the call.", None),
    ("Sign the contract by Friday.", None),
    ("Sign off with thanks.", None),
]


@pytest.mark.parametrize(("notes", "want"), NAMED)
def test_keys_and_the_bare_verb_name_the_candidate(notes: str, want: str | None) -> None:
    assert own_name(notes, []) == want


_TO_ME = ("From: Dana Whitlock <dana@harbourline.com>\nTo: Oskar Berg\nSubject: Re: next steps\n\n"
          "Hi Oskar,\nThanks for coming in. We'll decide by Friday.\nBest,\nDana Whitlock\n\n")
_MINE = ("From: Oskar Berg Lindqvist <{addr}>\nTo: Dana Whitlock\nSubject: thanks\n\n"
         "Hi Dana, thanks for the tour of the depot yesterday...\n\n-----\nno news yet.")

THREADS = [
    # the reply's sender writes from a personal address, the employer from its own domain
    (_TO_ME + _MINE.format(addr="oskar.lb@gmail.com"), ["received", "sent"],
     "Oskar Berg Lindqvist"),
    # both from company addresses: nothing tells the two ways apart
    (_TO_ME + _MINE.format(addr="oskar@harbourline.com"), [None, None], None),
]


@pytest.mark.parametrize(("notes", "ways", "want"), THREADS)
def test_a_thread_with_its_headers_reversed(notes: str, ways: list[str | None],
                                            want: str | None) -> None:
    assert [m.direction for m in messages(notes)] == ways
    assert own_name(notes, []) == want


CHATS = [
    # one speaker tells of their trial and their offer; the other asks and advises
    ("[03/11/2026, 08:10] Rafa: the bakery offered me the head baker job!!\n"
     "[03/11/2026, 08:11] Noor: amazing, what did u say\n"
     "[03/11/2026, 08:12] Rafa: nothing yet. want to wait for Crumb & Co\n"
     "[03/11/2026, 08:14] Noor: email their owner, ask when they decide", "Rafa"),
    # once only and the other never speaks to them about it: anyone's conversation
    ("[03/11/2026, 08:10] Rafa: the bakery offered me the head baker job!!\n"
     "[03/11/2026, 08:11] Noor: ok\n"
     "[03/11/2026, 08:12] Rafa: nothing yet. waiting on Crumb & Co\n"
     "[03/11/2026, 08:14] Noor: cool cool", None),
    # both speak of their own offers: no one is the teller
    ("[03/11/2026, 08:10] Rafa: the bakery offered me the head baker job\n"
     "[03/11/2026, 08:11] Noor: nice, my interview went ok too, did u reply\n"
     "[03/11/2026, 08:12] Rafa: not yet\n"
     "[03/11/2026, 08:14] Noor: they offered me a shift trial", None),
]


@pytest.mark.parametrize(("notes", "want"), CHATS)
def test_the_chat_speaker_who_tells_of_their_own_interview(notes: str,
                                                           want: str | None) -> None:
    assert own_name(notes, []) == want


ORDERS = [
    # every slashed date fits either order; only day first puts them in the weeks before today
    ("[02/11/2026, 10:00] A: hi\n[05/11/2026, 11:00] B: hey", dt.date(2026, 11, 6), True),
    ("[02/11/2026, 10:00] A: hi\n[05/11/2026, 11:00] B: hey", dt.date(2026, 2, 12), False),
    # no year: the order that puts them near today (2 and 5 Nov, not 11 Feb and 11 May)
    ("Interview 02/11. Decision by 05/11.", dt.date(2026, 11, 6), True),
    # ... and US order when both readings could be recent, or neither is
    ("Interview 3/10, decision by 3/20.", dt.date(2026, 3, 25), False),
    ("Interview 02/11. Decision by 05/11.", dt.date(2026, 8, 1), False),
    # a date that can only be day first still decides, whatever today is
    ("Interview 24/11/2026, decision 08/12/2026", dt.date(2026, 1, 1), True),
    ("Interview 11/24/2026, decision 12/08", dt.date(2026, 12, 1), False),
    # both orders recent: the order the same notes spell their other dates in
    ("[02/03/2026, 17:05] A: decision by 13 March", dt.date(2026, 3, 24), True),
    ("[02/03/2026, 17:05] A: decision by the 13th of March", dt.date(2026, 3, 24), True),
    ("[02/03/2026, 17:05] A: decision by March 13", dt.date(2026, 3, 24), False),
    ("[02/03/2026] A: by 13 March, or March 13 latest", dt.date(2026, 3, 24), False),
]


@pytest.mark.parametrize(("text", "today", "want"), ORDERS)
def test_day_first_from_the_weeks_before_today(text: str, today: dt.date, want: bool) -> None:
    assert day_first(text, today) is want


_REPLY = ("From: Marta Silva <marta@quayside-hotels.com>\nSubject: Re: interview\n\n"
          "Hi {greeted},\nSee you Friday at 2pm, ask for Joe at reception.\nMarta\n\n"
          "> On Tue, 3 Nov 2026, {quoted} wrote:\n> Friday suits me, thanks Marta.\n\n"
          "----\nnotes after: Joe ran it, asked about night audits.")

QUOTED = [
    # a reply greeting the candidate, above their own email quoted: its writer's full name
    (_REPLY.format(greeted="Tariq", quoted="Tariq Al-Amin"), "Tariq Al-Amin"),
    # the quoted writer is someone else: the greeting alone, as before
    (_REPLY.format(greeted="Tariq", quoted="Owen Pryce"), "Tariq"),
    # the greeted name also in the notes' own words: someone they met, as before
    (_REPLY.format(greeted="Joe", quoted="Joe Banda"), None),
]


@pytest.mark.parametrize(("notes", "want"), QUOTED)
def test_the_candidates_own_email_quoted_under_a_reply(notes: str, want: str | None) -> None:
    assert own_name(notes, []) == want


_LETTER = ("Got this:\nDear {greeted},\nThank you for attending interview on 4 November. We "
           "regret that on this occasion you have not been successful.\nYours sincerely,\n"
           "Mrs P. Okafor\n\n{after}")

TITLED = [
    # the letter's own form of address is the one name the notes give: sign with it
    (_LETTER.format(greeted="Ms Lindqvist", after="want feedback from Mrs Okafor"),
     "Ms Lindqvist"),
    (_LETTER.format(greeted="Mr Mbeki-Roux", after="ask for feedback"), "Mr Mbeki-Roux"),
    # a first name elsewhere completes it, as before
    (_LETTER.format(greeted="Ms Lindqvist", after="(that's me — Freja)"), "Freja Lindqvist"),
    # the surname is also someone the notes talk about: not the candidate's
    (_LETTER.format(greeted="Ms Lindqvist", after="Ms Lindqvist chaired it, she was kind"),
     None),
    # the greeting of a letter with no way read: no one's
    ("Dear Mr Haldane,\nPlease find the agenda attached.\n\nprep for Tuesday", None),
]


@pytest.mark.parametrize(("notes", "want"), TITLED)
def test_a_title_and_surname_on_a_letter_to_the_candidate(notes: str,
                                                         want: str | None) -> None:
    assert own_name(notes, []) == want


INTERVIEW_DAY = [
    # a line saying which day today is names no interview, whatever else it says
    ("today is Dec 3. Reading the letter from after the interview again:\n\"Thank you for "
     "attending interview on Thursday 12 November for the Porter post.\"", dt.date(2026, 11, 12)),
    # as before: the interview today
    ("Interview today (Nov 18) for the Porter post, with Ana Ruiz.", dt.date(2026, 11, 18)),
]


@pytest.mark.parametrize(("notes", "want"), INTERVIEW_DAY)
def test_today_is_not_the_interview_day(notes: str, want: dt.date) -> None:
    ctx = parse_notes(notes, today=dt.date(2026, 12, 3))
    assert next(m.value for m in ctx.dates if m.role == "interview") == want
