"""Who the email goes to, round three: notes written for each mechanism, in shapes the dev
sets do not use, with the notes each mechanism must leave alone.

1. a name mentioned once in passing (no role beside it, no meeting cue on its line, such as
   who sorts out the housing) does not make the only interviewer doubtful;
2. a job's letters in a dashed header ("Rania Haddad — HRBP — Marlowe Hotels") are no
   company;
3. a chat between two people with no "Me:" side (a friend helping): the speaker who tells of
   their own interview is the candidate; a recruiter's chat with the candidate gives no one;
4. a pasted thread between two people with neither side marked: who signs one message and is
   greeted by the other wrote the first, so they are the candidate and the thread is with
   the person they greeted.
"""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.notes import parse_notes
from drafter.recipient import recipient_for

TODAY = dt.date(2026, 11, 30)


def _to(notes: str, stage: str = "thank-you") -> str | None:
    choice = recipient_for(parse_notes(notes, TODAY), stage)
    return choice.person.name if choice.person else None


# -- 1. a name in passing ---------------------------------------------------------------------
IN_PASSING = [
    ("interview at Greenacre Dairy with Pieter van der Merwe.\n"
     "asked about calving season and the roster\n"
     "there is a cottage, he said mrs botha in the office sorts that out\n"
     "send him a thank you", "Pieter van der Merwe"),
    ("Met Rosalind Achterberg at the bakery at 6am, we talked about sourdough and the ovens.\n"
     "Mrs Okafor usually does the orders on Fridays.\n"
     "thank her tomorrow", "Rosalind Achterberg"),
    ("Zoom with Tomasz Wieczorek about the warehouse lead role, forklift certs and shift "
     "patterns.\nparking is sorted by Mr Halvorsen apparently.\nsend thanks", "Tomasz Wieczorek"),
    ("Talked to Imogen Fairweather about the library assistant job: cataloguing, the kids' "
     "story hour.\nthe old building was designed by Pemberton, it's lovely.\n",
     "Imogen Fairweather"),
    ("phone call with Deshawn Ellery re: the line cook job, knife skills and brunch volume.\n"
     "uniforms come from Castellanos, no cost to me.\n", "Deshawn Ellery"),
    ("Interview with Marisol Quintero for the dental hygienist post, we went over "
     "perio charting and the new scanner.\nI think Brightwater is the lab they use.\n",
     "Marisol Quintero"),
]

# a second name the notes tie to the meeting, or come back to, keeps the doubt: the person picks
STILL_DOUBTED = [
    "Interview at the dairy with Pieter van der Merwe.\nmrs botha asked me about the roster\n",
    "Interview at the dairy with Pieter van der Merwe.\n"
    "he said mrs botha in the office sorts that out. mrs botha is lovely\n",
    "Met Rosalind Achterberg at the bakery.\nMr Okafor was also on the call\n",
    "Zoom with Tomasz Wieczorek re warehouse lead.\nMr Halvorsen grilled me on forklift certs\n",
]


@pytest.mark.parametrize(("notes", "want"), IN_PASSING)
def test_a_name_in_passing_leaves_the_only_interviewer(notes: str, want: str) -> None:
    assert _to(notes) == want


@pytest.mark.parametrize("notes", STILL_DOUBTED)
def test_a_name_tied_to_the_meeting_still_asks(notes: str) -> None:
    assert _to(notes) is None


# -- 2. a job's letters between dashes are no company ------------------------------------------
JOB_LETTERS = [
    ("Rania Haddad — HRBP — Marlowe Hotels, Doha\nInterview 15/09 with Rania\n",
     "Marlowe Hotels"),
    ("Maeve Donnelly - HRBP - Corrib Foods\nphone screen with Maeve, 30 min\n", "Corrib Foods"),
    ("Talia Brandt — TA — Vesper Logistics\ncall with Talia re the dispatcher job\n",
     "Vesper Logistics"),
]
# a company in capitals that is not a job's letters stays the company
CAPITAL_COMPANIES = [
    ("Oskar Lind — IKEA — store ops\ninterview with Oskar\n", "IKEA"),
]


@pytest.mark.parametrize(("notes", "want"), JOB_LETTERS + CAPITAL_COMPANIES)
def test_job_letters_are_no_company(notes: str, want: str) -> None:
    assert parse_notes(notes, TODAY).company == want


# -- 3. a chat with a friend: who tells of the interview is the candidate -----------------------
CHATS = [
    ("[02/10/2026, 19:01] Aroha: interview done at the marina!!\n"
     "[02/10/2026, 19:02] Mere: how was it\n"
     "[02/10/2026, 19:04] Aroha: good. Dave Kerr asked me about outboard servicing\n"
     "[02/10/2026, 19:05] Mere: nice\n"
     "[02/10/2026, 19:06] Aroha: i need to send him a thank you, can u check my draft\n",
     "Aroha"),
    ("9:12 PM - Bongani: so the interview was with Ruth Mokoena at the clinic\n"
     "9:13 PM - Sipho: shoo and?\n"
     "9:15 PM - Bongani: she asked me lots about triage, i think it went ok\n"
     "9:16 PM - Sipho: when do they decide\n"
     "9:18 PM - Bongani: friday. I want to send a thank you tonight\n", "Bongani"),
    ("Kalani: my interview w/ Noelani Kahale at the resort went well\n"
     "Ikaika: ayyy\n"
     "Kalani: she asked me about banquet setups and the night shift\n"
     "Ikaika: u gonna email her?\n"
     "Kalani: ya thank you email tmrw\n", "Kalani"),
]
# a chat where both tell of interviews, or with three speakers, names no one (a recruiter
# greeting the candidate names them: tests/test_own_name_transcripts.py)
NO_TELLER = [
    "Aroha: my interview was at the marina, they asked me about engines\n"
    "Mere: mine was at the bakery, they asked me about ovens\n"
    "Aroha: I need to send a thank you\n"
    "Mere: me too, my interview went long\n",
    "Aroha: my interview at the marina, they asked me about engines\n"
    "Mere: nice\n"
    "Tui: what job\n"
    "Aroha: the mechanic job, i need to send a thank you\n",
]


@pytest.mark.parametrize(("notes", "want"), CHATS)
def test_the_teller_of_the_interview_is_the_candidate(notes: str, want: str) -> None:
    assert parse_notes(notes, TODAY).candidate == want


@pytest.mark.parametrize("notes", NO_TELLER)
def test_no_teller_no_candidate(notes: str) -> None:
    assert parse_notes(notes, TODAY).candidate is None


# -- 4. a two-sided thread with no From:/To: lines -------------------------------------------
THREADS = [
    ("Nudge again please, nothing back.\n"
     "> Hi Sorcha,\n> Just checking in on the line cook role after my trial shift with Chef "
     "Dunne.\n> Thanks,\n> Tomás Breathnach\n>\n"
     ">> Hi Tomás, thanks for the trial shift. We'll decide this week.\n"
     ">> Sorcha Kelleher | People Team | Brasserie Lune\n",
     "second-nudge", "Sorcha Kelleher", "Tomás Breathnach"),
    ("Hi Anneliese,\nFollowing up on the lab tech position after my interview with Dr Brandt. "
     "Still very keen.\nBest,\nJoaquín Ferreyra\n\n"
     "Hi Joaquín,\nThanks for coming in, Anneliese Vogt here from HR. We'll be in touch.\n\n"
     "no reply yet, close the loop politely\n", "close-the-loop", "Anneliese", "Joaquín Ferreyra"),
]
# three names greeted, no signer greeted back, or both sides signed (which one is the
# candidate's is not read): neither side is read
NOT_AN_EXCHANGE = [
    "> Hi Sorcha,\n> checking in on the line cook role.\n> Thanks,\n> Tomás Breathnach\n>\n"
    ">> Hi Tomás, thanks for the trial shift.\n>> Sorcha Kelleher\n",
    "Hi Sorcha,\nchecking in on the role.\nThanks,\nTomás\n\nHi Aoife,\nsame to you.\n"
    "Tomás\n\nHi Niamh,\nthanks for the shift.\n",
    "Hi Sorcha,\nchecking in on the role.\nThanks,\nTomás\n",
]


@pytest.mark.parametrize(("notes", "stage", "to", "me"), THREADS)
def test_a_two_sided_thread(notes: str, stage: str, to: str, me: str) -> None:
    ctx = parse_notes(notes, TODAY)
    assert ctx.candidate == me
    assert (_to(notes, stage) or "").startswith(to)


@pytest.mark.parametrize("notes", NOT_AN_EXCHANGE)
def test_not_an_exchange(notes: str) -> None:
    from drafter.notes.pasted import messages
    assert all(m.direction is None for m in messages(notes))
