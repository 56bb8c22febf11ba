"""Who an email goes to, round 4: a job word used as a noun is no instruction ("HR contact
Jón set up the call"); an instruction the notes report from someone else ("auto reply saying to
contact Carys") yields to the candidate's own; "sent X a check-in" records a message to X; a
pronoun that left is not whoever is named after it; a handover with an aside or a comma; who
the notes say decides gets the competing-offer note; an organisation's name is no person."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.notes import parse_notes
from drafter.notes.addressed import addressed
from drafter.notes.decider import decider
from drafter.notes.departed import has_left
from drafter.notes.people import find_people
from drafter.notes.undecided import asks_whom
from drafter.recipient import find, recipient_for

TODAY = dt.date(2026, 5, 20)


@pytest.mark.parametrize(("line", "expected"), [
    # a verb of writing after a noun's modifier is a noun: no instruction
    ("HR contact Jón Einarsson set up the call", []),
    ("her email to Tomás came back", []),
    ("main contact Dana Reyes, recruiter", []),
    ("recruiter contact Piet Botha sent the invite", []),
    # instructions, determiners and all
    ("need an email to Beatriz today", ["Beatriz"]),
    ("draft my reply to Dr. Ode", ["Dr. Ode"]),
    ("PLS email Tomás tonight", ["Tomás"]),
    ("TODO: email Grainne re the start date", ["Grainne"]),
    ("I want to reply to Babajide's email", ["Babajide"]),
])
def test_a_verb_of_writing_is_an_instruction_only_as_a_verb(line: str,
                                                            expected: list[str]) -> None:
    found = sorted({t.words for group in addressed(line) for t in group})
    assert found == expected


@pytest.mark.parametrize(("line", "reported"), [
    ("got an auto reply saying she's away until the 18th and to contact Carys Lloyd in HR",
     True),
    ("Her out of office says to email Tunde Bello instead", True),
    ("She told me to write to Ines directly", True),
    # the candidate's own, even after a reporting word earlier in the run
    ("auto reply saying she's away but now I want to nudge Bronwen again", False),
    ("so email Ines first thing", False),
])
def test_an_instruction_reported_from_someone_else_is_marked(line: str, reported: bool) -> None:
    groups = addressed(line)
    assert groups and groups[-1][0].reported is reported


_OWN_OVER_REPORTED = """Fundraising Officer at Ty Hafan, interviewed 2 June with Bronwen Pritchard.
She said she'd let me know by the 9th. I emailed her on the 12th and got an auto reply saying
she's on leave until the 18th and to contact Carys Lloyd in HR for anything urgent. It's the 20th
now and nothing, so I want to nudge Bronwen again now she's back.
"""
_NOUN_CONTACT = """Role: Process Engineer, Orka Energy
Interview: 21 April with Gudrun Olafsdottir (Head of Engineering). HR contact Jon Einarsson set up
the call but wasn't on it. Decision promised by 30 April.
Sent Gudrun a polite check-in Mon 4 May. Silence.
"""
_SENT_THEN_HANDED = """Stage Manager job at the Lyric Quay Theatre, met Hannah Kerr (Head of
Production) on 24 April. I emailed Hannah on 12 May and got an auto-reply saying she had left the
theatre and to contact her replacement, Will Okonkwo (will.okonkwo@lyricquay.org). I forwarded my
check-in to Will on 15 May and have heard nothing since.
"""
_ASIDE_HANDOVER = """From: Jess Lund <jlund@pinecrest.org>
To: Noor Haddad
Subject: Billing Specialist - update

Hi Noor, Friday will be my last day at Pinecrest. Marcus Oyelaran (copied) is taking over my
searches. Diane still aims to decide by May 15.
Jess

(Diane Kowal = billing manager, interviewed me May 5.) Nothing since.
"""
_CHAIR_DECIDES = """Email from Hope Delgado, search committee admin:
"Thank you for your campus visit. The committee chair, Prof. Lars Whitfield, will contact
finalists by mid-June."
Meanwhile: offer from Hallam University, answer by 28/05.
Preferred: Oberlin College, Assistant Professor. Lars chairs the committee and makes the call;
Hope handled my flights.
"""
_WHO_OWNS = """Events Coordinator at the Barbican.
- met Sunday Okeke (Events Manager) and Marguerite Blanc (Head of Events)
- emailed Sunday 14 Apr, emailed Marguerite 5 May, neither replied
Final note time. but to which of them?? honestly no idea who owns this now
"""
_HR_REJECTED = """phone call from HR yesterday (Mr. Babajide Ogunleye, HR advisor): didn't get
the Site Electrician role. said the interviewer Frank Ashworth was torn. (Frank and I talked
about the hospital refit.)
"""


@pytest.mark.parametrize(("notes", "stage", "expected"), [
    (_OWN_OVER_REPORTED, "second-nudge", "Bronwen Pritchard"),
    (_NOUN_CONTACT, "second-nudge", "Gudrun Olafsdottir"),
    (_SENT_THEN_HANDED, "second-nudge", "Will Okonkwo"),
    (_ASIDE_HANDOVER, "missed-deadline", "Marcus Oyelaran"),
    (_CHAIR_DECIDES, "competing-offer", "Lars Whitfield"),
    (_WHO_OWNS, "close-the-loop", None),
    (_HR_REJECTED, "rejection-reply", "Babajide Ogunleye"),
])
def test_the_email_goes_to_whom_the_evidence_names(notes: str, stage: str,
                                                   expected: str | None) -> None:
    choice = recipient_for(parse_notes(notes, today=TODAY), stage)
    assert (choice.person.name if choice.person else None) == expected, choice


@pytest.mark.parametrize(("source", "name", "left"), [
    # the pronoun's person is named before it, the heir after it
    (_SENT_THEN_HANDED, "Hannah Kerr", True),
    (_SENT_THEN_HANDED, "Will Okonkwo", False),
    ("Priya said she had left the firm and to write to Omar Haddad.", "Priya Nair", True),
    ("Priya said she had left the firm and to write to Omar Haddad.", "Omar Haddad", False),
])
def test_who_left_is_who_the_pronoun_points_back_to(source: str, name: str, left: bool) -> None:
    assert has_left(source, name) is left


@pytest.mark.parametrize(("text", "expected"), [
    ("Lars chairs the committee and makes the call; Hope booked flights", "Lars"),
    ("Dr. Osei has the final say on hires", "Dr. Osei"),
    ("Tamsin said Ruth decides", "Ruth"),
    # no statement of who decides
    ("not sure who makes the call, Ruth or Tamsin", None),
    ("Ruth decides nothing without Tamsin; Tamsin makes the call", None),
    ("the panel decides next week", None),
])
def test_who_the_notes_say_decides(text: str, expected: str | None) -> None:
    known = {"Lars", "Hope", "Dr. Osei", "Osei", "Ruth", "Tamsin"}
    got = decider(text, lambda words: words if words in known else None)
    assert got == expected


@pytest.mark.parametrize(("line", "person"), [
    ("interviewed at the Lyric Quay Theatre with Hannah Kerr", None),
    ("the Morgan Hale Foundation runs it", None),
    ("offer from Brennan Logistics came in", None),
    # a person, even beside an organisation
    ("met Aisha Khan at the theatre", "Aisha Khan"),
    ("Sam Ortiz from Ortiz Consulting called", "Sam Ortiz"),
])
def test_an_organisations_name_is_no_person(line: str, person: str | None) -> None:
    names = [p.name for p in find_people(line)]
    if person is None:
        assert not any(n.split()[0] in ("Lyric", "Morgan", "Brennan") for n in names), names
    else:
        assert person in names


@pytest.mark.parametrize(("text", "asks"), [
    ("Final note time. but to which of them??", True),
    ("honestly no idea who owns this now", True),
    ("not sure who has the thread", True),
    ("I dont know to which one I send thank you, I have only the general email", True),
    ("not sure to whom I should write", True),
    # no question about whom to write to
    ("I know to whom I send it: Sheila", False),
    ("Marguerite owns the budget for this", False),
    ("which of them was nicer? Sunday", False),
])
def test_notes_that_ask_whom_to_write_to(text: str, asks: bool) -> None:
    assert asks_whom(text) is asks


def test_find_is_the_rule_the_decider_uses() -> None:
    ctx = parse_notes(_CHAIR_DECIDES, today=TODAY)
    assert find(ctx, "Lars") is not None and find(ctx, "Lars").name == "Lars Whitfield"


@pytest.mark.parametrize(("line", "expected"), [
    # a Vietnamese name after a form of address keeps its given name
    ("Interviewer is Ms. Nguyễn Thị Mai, production director.", ["Nguyễn Thị Mai"]),
    # a second surname (Spanish, Portuguese) stays with the name
    ("Dr. Alejandro Ruiz Ibáñez, the principal investigator, wrote", ["Alejandro Ruiz Ibáñez"]),
    ("Maria Garcia Marquez said yes", ["Maria Garcia Marquez"]),
    # ... but not a day, a team or the next person in a list
    ("met Priya Shah Tuesday", ["Priya Shah"]),
    ("with Sarah Chen Engineering", ["Sarah Chen"]),
    ("Panel: Ana Lopez Tom Hale", ["Ana Lopez", "Tom Hale"]),
    # an organisation's name joined by "of"/"del" holds no person
    ("the postdoc at the Universidad del Pacífico Norte", []),
    ("the Ministry of Defence", []),
    ("Mary Robinson of the Trust", ["Mary Robinson"]),
])
def test_whole_names_and_organisations(line: str, expected: list[str]) -> None:
    assert [p.name for p in find_people(line)] == expected


_BRACKETED = """Rose @ Fernhill Garden Centre - asst manager job
interviewed 6/5
Rose (Rose Kettering, store mgr) said decision end of last week. nada.
"""
_NICKNAME = """Apprentice Electrician - Volt & Vine Electrical
-> int w/ Gaz (Gary Pritchard, contracts dir) 20 Apr
-> chased him by email 9 May, nothing
"""
_SIGNED_REJECTION = """From: Careers | Thornbury Arts Council <careers@thornburyarts.org.uk>
To: Leilani Kahale
Subject: Your application

Dear Leilani,

Thank you for the time you gave to interview with Joanna and Felix last week. After careful
consideration, we have decided to offer the role to another candidate.

With best wishes,
Hope Ashdown
HR Officer, Thornbury Arts Council

---
gutted. reply to whoever sent this
"""


@pytest.mark.parametrize(("notes", "stage", "expected", "goes_by"), [
    # brackets that give a first name's whole name: one person, not two
    (_BRACKETED, "missed-deadline", "Rose Kettering", None),
    (_NICKNAME, "second-nudge", "Gary Pritchard", "Gaz"),
    # the signature of a mailbox's rejection
    (_SIGNED_REJECTION, "rejection-reply", "Hope Ashdown", None),
])
def test_one_person_and_the_rejections_sender(notes: str, stage: str, expected: str,
                                              goes_by: str | None) -> None:
    choice = recipient_for(parse_notes(notes, today=TODAY), stage)
    assert choice.person is not None and choice.person.name == expected, choice
    assert choice.person.goes_by == goes_by


def test_a_title_that_looks_like_a_name_is_still_a_title() -> None:
    ctx = parse_notes("Chef role at Sorrel\nmet Bill (Head Chef) on 3 May\n", today=TODAY)
    assert [(p.name, p.title) for p in ctx.interviewers] == [("Bill", "Head Chef")]


@pytest.mark.parametrize(("source", "name", "left"), [
    ('auto-reply: "Faith has left Ardent Freight. This mailbox is no longer monitored."',
     "Faith Morgan", True),
    # she left her old employer to join this one: still here
    ("Priya has left Monzo and joined the team in May", "Priya Shah", False),
])
def test_left_a_named_employer(source: str, name: str, left: bool) -> None:
    assert has_left(source, name) is left


_FARM = """| job | Assistant Farm Manager |
| farm | Glenbeck Farms Ltd |
| met | Iain Campbell (owner, does the hiring) + his daughter Kirsty (showed me the sheds) |
| they said | decide by the 8th |
"""
_GONE_NO_HEIR = """2nd chase - Ardent Freight - Customs Broker
interview 29 Apr w/ Faith Morgan (recruitment lead) + a manager (never got his name)
i emailed faith 14 may, got an auto-reply: "Faith has left Ardent Freight." no other contact
"""


@pytest.mark.parametrize(("notes", "stage", "expected"), [
    (_FARM, "missed-deadline", "Iain Campbell"),
    (_GONE_NO_HEIR, "second-nudge", None),
])
def test_the_decider_and_a_contact_who_left(notes: str, stage: str,
                                            expected: str | None) -> None:
    choice = recipient_for(parse_notes(notes, today=TODAY), stage)
    assert (choice.person.name if choice.person else None) == expected, choice


@pytest.mark.parametrize(("name", "greeting"), [
    # two surnames after an Iberian given name: both, never the second alone
    ("Alejandro Ruiz Ibáñez", "Dr. Ruiz Ibáñez"),
    # a middle name, a Kenyan or Ghanaian name, an initial: the last word
    ("Mary Ann Smith", "Dr. Smith"),
    ("Grace Wanjiru Kamau", "Dr. Kamau"),
    ("John R. Smith", "Dr. Smith"),
])
def test_a_title_goes_with_the_right_surname(name: str, greeting: str) -> None:
    from drafter.context import Interviewer

    assert Interviewer(name=name, honorific="Dr").first_name == greeting


_ORGANIZER_ONLY = """Invitation: Interview - Senior Credit Risk Analyst @ Tue 12 May 2026 14:00
Organizer: Hannah Price (Talent Acquisition, Northbridge Capital)
Guests: Tomasz Wiśniewski; Hannah Price; me
---
my notes: Tomasz (head of credit risk) ran the whole thing, Hannah dropped off after intros.
"""
_HR_SENT_IT = """Hello, I get rejection email today from Toyota Tsusho Europe, for Logistics
Coordinator job. The email is from Mr. Kenji Watanabe, HR Manager. Interview was 2 May with him
and Ms. Claudia Richter (Head of Vehicle Logistics).
"""


_ORGANIZER_NO_GUESTS = """Interview with Hannah Price (Talent Acquisition) today.
Tomasz Wiśniewski was there too.
"""


def test_the_guest_who_ran_it_over_the_organiser() -> None:
    # the invite's guest list shows Tomasz was met, and the notes say he led it (it was asked
    # about while the reader did not read guest lists)
    choice = recipient_for(parse_notes(_ORGANIZER_ONLY, today=TODAY), "thank-you")
    assert choice.person is not None and choice.person.name == "Tomasz Wiśniewski", choice


@pytest.mark.parametrize(("notes", "stage"), [
    # only a recruiter among the interviewers, and someone else who may have led it: ask
    (_ORGANIZER_NO_GUESTS, "thank-you"),
])
def test_no_guess_between_a_recruiter_and_someone_else(notes: str, stage: str) -> None:
    choice = recipient_for(parse_notes(notes, today=TODAY), stage)
    assert choice.person is None, choice
    assert len(choice.candidates) >= 2


def test_the_rejection_goes_to_the_hr_sender_the_notes_name() -> None:
    choice = recipient_for(parse_notes(_HR_SENT_IT, today=TODAY), "rejection-reply")
    assert choice.person is not None and choice.person.name == "Kenji Watanabe", choice


_ON_LEAVE = """Fwd: Next steps – Programme Officer

On Thu, 15 Jan 2026 at 17:20, Sunday Okoro <s.okoro@hopebridge.org> wrote:
> Dear Amira,
> Thank you for interviewing with us today. I'm going on parental leave from Friday, so my
> colleague Ingrid Solberg (Country Programme Manager) will take the decision and be your
> contact from now on. We expect to confirm by 30 January.
> Warm regards,
> Sunday Okoro

nothing heard.
"""
_CHASE = """did the interview for the driver job at Pennard Haulage on the 3rd with the transport
manager Stuart, then the recruiter Aoife Gallagher emailed me on the 5th. I replied on the 15th,
nothing, so chase again probably Aoife since she's been handling everything
"""
_NAMED_CHASE = """Brightwater Creative - Senior Copywriter
interview Thu 7 May w/ Chase Lindgren (ECD), talked about the cider rebrand
he said decision by Fri 15 May
"""


@pytest.mark.parametrize(("notes", "stage", "expected"), [
    # the writer going on leave hands the thread to the colleague who "will take the decision"
    (_ON_LEAVE, "missed-deadline", "Ingrid Solberg"),
    # "chase ... Aoife": an instruction; "Chase Lindgren": a name, not a verb
    (_CHASE, "second-nudge", "Aoife Gallagher"),
    (_NAMED_CHASE, "missed-deadline", "Chase Lindgren"),
])
def test_leave_and_chase(notes: str, stage: str, expected: str) -> None:
    choice = recipient_for(parse_notes(notes, today=dt.date(2026, 5, 20)), stage)
    assert choice.person is not None and choice.person.name == expected, choice


@pytest.mark.parametrize(("name", "honorific", "greeting"), [
    ("Björn Ólafsson", "Prof", "Professor Björn Ólafsson"),  # Icelandic: an acute vowel
    ("Björn Andersson", "Dr", "Dr. Andersson"),  # Swedish: the surname
])
def test_icelandic_or_swedish(name: str, honorific: str, greeting: str) -> None:
    from drafter.context import Interviewer

    assert Interviewer(name=name, honorific=honorific).first_name == greeting
