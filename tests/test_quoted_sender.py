"""Who sent a message the notes quote without a From: line (notes/quoted.py), and that the
rejection reply goes to them (notes/contacts.py feeds ctx.correspondent / rejection_from).

Each row: notes, and the sender's name (None: the notes name no sender drafter may reply to).
"""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.notes import parse_notes
from drafter.notes.quoted import quoted_sender
from drafter.recipient import recipient_for

# (notes, the sender quoted_sender must find, or None)
ROWS: list[tuple[str, str | None]] = [
    # a text signed with a title and first name; the full name given further down completes it
    ("bakery trial at Crumb & Co was Friday.\n"
     "got a text from the owner this morning:\n"
     "\"Hi Jo, lovely to have you in, but we're going with someone who can open at 4. "
     "Best of luck. Chef Tomasz\"\n"
     "Tomasz Wiśniewski is his full name I think. want to reply by email.",
     "Tomasz"),
    # signed with a first name and a kiss; the intro names the same person
    ("Nadia sent me this last night:\n"
     "\"Hi Sam, thanks for coming in, the team loved meeting you! Sadly we've gone with "
     "another candidate this time. Nadia x\"\n",
     "Nadia"),
    # a dash sign-off under a quoted message
    ("message from the studio:\n"
     "\"Hi Ro, thank you for the portfolio review. We won't be moving forward right now. "
     "— Felix\"",
     "Felix"),
    # sign-off with the team in brackets
    ("\"Hi Ali, we've decided not to progress your application this time. "
     "Thanks, Bex (People team)\"\n"
     "that was from the agency.",
     "Bex"),
    # a voicemail transcript: the name it opens with, the surname from a spoken address
    ("Voicemail transcript: \"Hi it's um Orla calling from the recruitment team at Bramble "
     "Foods, just to say we won't be taking your application forward, if you want feedback "
     "email me at orla dot mcnamee at bramblefoods dot com, thanks, bye\"",
     "Orla McNamee"),
    # a short form the notes equate with a full name
    ("text from Stu yesterday:\n"
     "\"Hey Dev its Stu. Thanks for coming by the garage. Gonna go with someone local. "
     "Cheers\"\n"
     "Stu = Stuart Kilbride, he owns the place.",
     "Stuart Kilbride"),
    # a pasted letter with no From: line, signed under a valediction with a title
    ("Got this today:\n\n"
     "Dear Ms Okafor,\n"
     "Thank you for interviewing for the archivist post. Unfortunately we have offered it "
     "to another candidate.\n"
     "Kind regards,\n"
     "Dr Ingrid Solberg\n",
     "Ingrid Solberg"),
    # an unquoted pasted email signed under a dash, introduced by the notes
    ("email from Wren today:\n\n"
     "Hi Alex,\n"
     "Thanks for your patience. The panel has decided not to move forward.\n"
     "— Wren\n\n"
     "interview was 2 weeks ago.",
     "Wren"),
    # a written address gives the surname a first-name sign-off leaves out
    ("\"Hi Cal, we've gone with another applicant, sorry. Happy to chat - "
     "imogen.fairweather@tidepool.org. Thanks, Imogen\"",
     "Imogen Fairweather"),
    # "this is" in a voicemail, with the caller's full name
    ("voicemail: \"Hello, this is Rosalind Achterberg from Peakline, returning your call "
     "about the surveyor role, we've decided to offer it elsewhere, all the best\"",
     "Rosalind Achterberg"),
    # --- rows that must find no one ---
    # intro and sign-off disagree: whose it is is unclear
    ("Priya sent me this:\n\"Hi Sam, sadly we've gone another way this time. Thanks, "
     "Marco\"",
     None),
    # a quote from the candidate's friend
    ("my friend Tariq texted: \"Hi mate, just go for it, they'd be lucky to have you. "
     "Tariq\"\ninterview at Lumen Labs on Tuesday.",
     None),
    # a quoted job ad
    ("the job ad said: \"We're looking for a curious analyst who loves data. Apply by "
     "Friday.\"\nInterviewed with Greta on the 3rd.",
     None),
    # the candidate's own message
    ("Sent 4 May:\n\"Hi Priya, just checking in on the warehouse lead role. Thanks, "
     "Marcus\"",
     None),
    # a bare phrase someone said, with no message around it
    ("HR coordinator Dana Reyes emailed after: \"decision by end of next week\"",
     None),
    # a team signature is no person
    ("got this:\n\"Dear applicant, thank you for your interest. We will not be progressing "
     "your application. — The Harbor Talent Team\"",
     None),
    # two quotes signed by different people: whose is unclear
    ("\"Hi Lee, sorry, we went another way. Mira\"\n"
     "and later: \"Hi Lee, keep an eye on our jobs page. Joel\"",
     None),
]


@pytest.mark.parametrize(("notes", "sender"), ROWS)
def test_quoted_sender(notes: str, sender: str | None) -> None:
    got = quoted_sender(notes)
    assert (got.name if got else None) == sender


# (notes, whom a rejection reply goes to, or None when drafter must ask)
REPLIES: list[tuple[str, str | None]] = [
    # the sender, not the manager the message names as deciding
    ("Interviewed for Room Lead at Sunny Days Nursery with the manager Mrs Adaeze Obi.\n"
     "Yesterday Nadia sent me this:\n"
     "\"Hi Sam, thanks for coming in! Unfortunately Adaeze has decided to go with an internal "
     "candidate. Nadia x\"\n"
     "I want to reply and say thanks.",
     "Nadia"),
    ("bakery trial at Crumb & Co was Friday.\n"
     "got a text from the owner this morning:\n"
     "\"Hi Jo, lovely to have you in, but we're going with someone who can open at 4. "
     "Best of luck. Chef Tomasz\"\n"
     "Tomasz Wiśniewski is his full name. want to reply by email. - Jo Park",
     "Tomasz Wiśniewski"),
    # no name on the text: the one person the notes give the job it came from
    ("Trial shift at Fig & Ash on Saturday with Marisol Reyes (Head Chef) and Dan Okoro "
     "(Sous Chef).\n"
     "got a text from the head chef last night:\n"
     "\"Hi Jo, thanks for Saturday, we've gone with someone with more pastry experience. "
     "Take care\"\n"
     "want to reply and ask for feedback. - Jo Park",
     "Marisol Reyes"),
    # ... and no one when two people have that job
    ("Trial shift at Fig & Ash on Saturday with Marisol Reyes (Head Chef) and Dan Okoro "
     "(Sous Chef).\n"
     "got a text from the chef last night:\n"
     "\"Hi Jo, thanks for Saturday, we've gone with someone with more pastry experience. "
     "Take care\"\n"
     "want to reply and ask for feedback. - Jo Park",
     None),
    # a friend's quote leaves the reply unaddressed, as before
    ("my friend Tariq texted: \"Hi mate, sorry about Lumen Labs, their loss. Tariq\"\n"
     "they said no yesterday. - Jo Park",
     None),
]


@pytest.mark.parametrize(("notes", "to"), REPLIES)
def test_rejection_reply_goes_to_sender(notes: str, to: str | None) -> None:
    ctx = parse_notes(notes, today=dt.date(2026, 5, 20))
    choice = recipient_for(ctx, "rejection-reply")
    assert (choice.person.name if choice.person else None) == to


@pytest.mark.parametrize(("notes", "name"), [
    # a message quoted to the candidate greets them by their given name
    ('Rejection came on LinkedIn from Mira Oduya (Talent, Kestrel Bank):\n"Hi Adaeze, thank '
     'you for your time through the process. We have decided to move forward with another '
     'candidate."\nReply to Mira.', "Adaeze"),
    ('pasted:\nSubject: Your application\nHi Jordan, Thanks for interviewing with us. We will '
     'not be moving forward.\n- Talent Team', "Jordan"),
    # no name (a team), two names, or a friend's message: no one
    ('email from HR:\n"Hi Team, thank you all for your interest in the role at the depot."',
     None),
    ('text from my friend Ola: "Hi Sam, good luck with the interview tomorrow mate!"', None),
    ('msg from Lee: "Hi Ana, thanks for coming in today."\nmsg from Kai: "Hi Bea, thanks for '
     'coming in today."', None),
])
def test_the_name_a_received_message_greets(notes: str, name: str | None) -> None:
    from drafter.notes.quoted import greeted_candidate

    assert greeted_candidate(notes) == name
