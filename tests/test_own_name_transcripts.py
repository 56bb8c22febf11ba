"""The candidate's own name as a speaker in a pasted chat or message thread: a line per message
(WhatsApp, SMS), or a header per message (Teams, Slack, LinkedIn). The one speaker whom the
hiring side greets by name is the candidate; rows where no name may be read sit beside them."""

from __future__ import annotations

import pytest

from drafter.notes.own_name import own_name
from drafter.notes.own_transcript import transcript

ROWS = [
    # a line per message: the agency's speaker greets the candidate
    ("[03/09/2026, 10:02] Priyanka (Northgate Recruitment): Hey Casimir, how was the panel?\n"
     "[03/09/2026, 10:20] Casimir: Hi Priyanka, good! They asked about cold chain audits\n"
     "[03/09/2026, 10:21] Priyanka (Northgate Recruitment): Great, thank Ingrid today",
     "Casimir"),
    # the hiring side known by its words, with no bracket in its header
    ("9:40 Odile: Hi Bartosz, thanks for coming in yesterday, we'll be in touch soon\n"
     "9:55 Bartosz: Hi Odile, thank you, I enjoyed it", "Bartosz"),
    # the recruiter's words say the side; the candidate's own "my interview" agrees
    ("[Sep 18] Olu Bakare: Hi Tess, thanks for interviewing with us, I'll be in touch\n"
     "[Sep 18] Tess: Thanks Olu! I enjoyed my interview\n"
     "[Sep 30] Olu Bakare: I asked the team, soon", "Tess"),
    # a Teams export: name, affiliation and time over each message
    ("Teams chat —\nRangi Whaanga (Fleet Office, Northport Council)  04/05/2026 14:10\n"
     "Kia ora Ludmila, thanks for your time on Monday.\n"
     "Ludmila Horvat  04/05/2026 14:32\nThanks Rangi, I enjoyed the depot tour.",
     "Ludmila Horvat"),
    # a LinkedIn thread, the candidate's first name an English word
    ("LinkedIn:\n\nTobias Mercer • 2nd\nRecruiter at Halden Foods\nFeb 3\n"
     "Hi Will, lovely to chat today. Amara will set up the site visit.\n\n"
     "Will Ashdown-Pike\nFeb 11\nHi Tobias, thanks for setting up the visit with Amara. "
     "Any news? Best, Will\n\nme: no reply yet", "Will Ashdown-Pike"),
    # a Slack export with a clock under no bracket; the recruiter's title line says the side
    ("Noor Hadid  10:04 AM\nTalent Lead at Brisk Labs\nHello Grace, the team loved meeting you\n"
     "Grace Okonjo  10:30 AM\nHi Noor, thank you so much!", "Grace Okonjo"),
    # an Android export dates each line; a pronoun bracket says no side
    ("14/07/2026, 18:02 - Wen (Baxter Staffing): hi Rosalind, how did the site visit go?\n"
     "14/07/2026, 18:10 - Rosalind (she/her): Hi Wen, really well!", "Rosalind"),
    # the affiliation after a dash; a day after a comma is no affiliation
    ("[3/3/26, 8:00] Wen - Baxter Staffing: hi Rosalind, all set for today?\n"
     "[3/3/26, 8:05] Rosalind: Hi Wen, yes!", "Rosalind"),
    ("Wen, Tue 12:00\nhi Rosalind, all set?\nRosalind, Tue 12:05\nHi Wen, yes!", None),
    # an English word as the speaker's only name; a title and surname greet a speaker too
    ("[5/5/26, 9:00] Tobias (Halden Foods): Hi Will, are you free Friday?\n"
     "[5/5/26, 9:10] Will: Hi Tobias, yes", "Will"),
    ("Odile Brandt (Keel Partners)  03/03/2026 10:00\nDear Mr Nowak, thank you for your time.\n"
     "Tomasz Nowak  03/03/2026 11:00\nDear Ms Brandt, thank you.", "Tomasz Nowak"),
    # the writer's side shown as "You": whom the other side greets is them
    ("Odile Brandt • 2nd\nRecruiter at Keel Partners\nMar 2\nHi Tomasz Nowak, great to chat.\n\n"
     "You\nMar 3\nThanks Odile, likewise!", "Tomasz Nowak"),
    # a lowercase particle in the candidate's name
    ("Jorunn Dahl (People Team, Fjellbu)  02/03/2026 09:15\nHi Pieter, thanks for coming in.\n"
     "Pieter van der Berg  02/03/2026 10:01\nHi Jorunn, thank you!", "Pieter van der Berg"),
    # an SMS thread with no side marked: the one telling of their own interview is greeted
    ("Marisol: Hi Desmond! how was Thursday?\n"
     "Desmond: Hey Marisol, good, they asked me about forklift tickets and my night shifts",
     "Desmond"),
    # must not change: the greeted one is talked of elsewhere: someone the chat is about
    ("Odile (Keel Partners): Hi Raj, can you see Tomasz Friday?\nYou: ok\n"
     "Raj ran the panel.", None),
    # must not change: "You" with two others greeted is no single name
    ("Odile (Keel Partners): Hi Tomasz\nYou: hello\nOdile (Keel Partners): Hi Aleksy", None),
    # must not change: a phone number in brackets puts no one on the hiring side
    ("Wen (+44 7700 900111): hi Rosalind\nRosalind (+44 7700 900222): Hi Wen, fine", None),
    # must not change: the teller greets the other, who never greets back
    ("Desmond: Hey Marisol, good, they asked me about forklift tickets\nMarisol: nice one",
     None),
    # must not change: both tell of an interview, so either may be the candidate
    ("Marisol: Hi Desmond! my interview is tomorrow\n"
     "Desmond: Hey Marisol, mine went well, they asked me about forklifts", None),
    # must not change: the candidate greets the recruiter, who never greets back
    ("[01/02/2026, 08:00] Ilse: Hi Marguerite, any news on the Lisbon role?\n"
     "[01/02/2026, 08:30] Marguerite (Talentia): not yet, will chase", None),
    # must not change: neither side is marked as the hiring one
    ("Fergus: Hi Annika, how did it go\nAnnika: Hi Fergus, fine I think", None),
    # the agency greets a colleague too: only the speaker not on its side is the candidate
    ("[02/02/2026, 09:00] Helga (Crewline Agency): Hi Osman, Hi Pavel\n"
     "[02/02/2026, 09:01] Osman: hello\n[02/02/2026, 09:02] Pavel (Crewline Agency): Hi Osman",
     "Osman"),
    # must not change: the agency greets two speakers on no side: two candidates
    ("[02/02/2026, 09:00] Helga (Crewline Agency): Hi Osman\n"
     "[02/02/2026, 09:01] Osman: hello\n[02/02/2026, 09:02] Helga (Crewline Agency): Hi Pavel\n"
     "[02/02/2026, 09:03] Pavel: hey", None),
    # must not change: a list of interviewers under a heading is no chat
    ("Interviewers:\nPriya Shah (Engineering Manager)\nTom Lee (CTO)\nHi Tom, asked about Go.",
     None),
]


@pytest.mark.parametrize(("notes", "want"), ROWS)
def test_the_speaker_greeted_by_the_hiring_side_is_the_candidate(
        notes: str, want: str | None) -> None:
    assert own_name(notes, []) == want


SPEAKERS = [
    # the speaker is read without the bracket, the degree or the time
    ("Ama Boateng (Keel Partners)  12/03/2026 09:00\nHi Jonas, welcome\n"
     "Jonas Petersen  12/03/2026 09:05\nHi Ama", [("Jonas Petersen", "speaker", "")]),
    # one speaker alone is no conversation
    ("[1/1/26, 9:00] Ama (Keel): Hi Jonas", []),
]


@pytest.mark.parametrize(("notes", "want"), SPEAKERS)
def test_transcript_reads_speakers(notes: str, want: list[tuple[str, str, str]]) -> None:
    assert transcript(notes.splitlines()) == want
