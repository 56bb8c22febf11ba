"""Reading notes, stop 32: tables of notes and the fact read (issue 9)."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.compose import gather
from drafter.config import Config
from drafter.decision_words import in_writing
from drafter.message import parse_message
from drafter.notes import parse_notes
from drafter.notes.addressee import addressees
from drafter.notes.offers import find_offer
from drafter.notes.signed_org import sender_org

TODAY = dt.date(2026, 5, 20)


@pytest.mark.parametrize(("notes", "company", "by"), [
    # a firm as a plural subject: "have offered me"
    ("NOW: Tern Aviation have offered me a captain slot, need a yes/no by Friday 22 May.\n"
     "Kestrel is first choice.", "Tern Aviation", dt.date(2026, 5, 22)),
    ("Right, so: Harrowgate Council has offered me the planner job, answer by 29 May.",
     "Harrowgate Council", dt.date(2026, 5, 29)),
    # a lower-case heading "<company> offer:"
    ("ok decision time\n- bluewater logistics offer: dispatcher, need answer by 27 May\n"
     "- what i want = the ops job at Fernhill", "Bluewater Logistics", dt.date(2026, 5, 27)),
    # ... but a person is no company, and "the offer:" names none
    ("- priya offer: sounded keen, answer by 27 May", None, None),
])
def test_an_offer_written_as_people_write_it(notes: str, company: str | None,
                                             by: dt.date | None) -> None:
    offer = find_offer(parse_notes(notes, TODAY), TODAY)
    assert (offer.company if offer else None, offer.answer_by if offer else None) == (company, by)


@pytest.mark.parametrize(("notes", "who"), [
    ("Met Maricel dela Cruz (Ops Manager) and Tom from HR.", "Maricel dela Cruz"),
    ("Panel: Rafael delos Reyes (Head of Nursing), Jo Pike (HR).", "Rafael delos Reyes"),
    ("Interview with Ana de los Santos, Finance Director.", "Ana de los Santos"),
])
def test_a_surname_with_a_lower_case_particle_stays_whole(notes: str, who: str) -> None:
    assert who in [p.name for p in parse_notes(notes, TODAY).interviewers]


@pytest.mark.parametrize(("notes", "to"), [
    # one clause per name: the pronoun's own clause names her
    ("Interview with Joanna Ramos (Ops Manager) and Trevor Nash (HR).\n"
     "Trevor's email is the only one on the invite but Joanna gave me her card, so write to "
     "her.", "Joanna Ramos"),
    # a capital in the pronoun's own clause may be a name the reader missed: left open
    ("Interview with Joanna Ramos (Ops Manager) and Trevor Nash (HR).\n"
     "Other: recruiter Trevor Nash arranged it, but Ms Hà said to contact her directly.", None),
    # both in the clause before the pronoun: left open
    ("Interview with Joanna Ramos (Ops Manager) and Trevor Nash (HR).\n"
     "Trevor and Joanna were both lovely, so write to her.", None),
])
def test_a_pronoun_points_to_the_name_in_its_own_clause(notes: str, to: str | None) -> None:
    ctx = parse_notes(notes, TODAY)
    assert addressees(ctx, notes)[0] == to


MOVED = """Kestrel Build — Site Manager
Interview Thu 26 March w/ Piotr Nowak (MD) + Sandra Ilić (Contracts Mgr)
Piotr said decision by 3 April.
Then on 2 April Sandra emailed: "Piotr's away over Easter, we'll now confirm by Friday 10 April."
Nothing yet, email Sandra."""


def test_a_decision_date_moved_in_writing_is_the_one_stated() -> None:
    today = dt.date(2026, 4, 15)
    ctx = parse_notes(MOVED, today)
    assert ctx.decision_date == dt.date(2026, 4, 10)
    # the moved date came in her email, so the check-in never says "when we spoke"
    assert in_writing(ctx)
    said = parse_notes(MOVED.replace("Then on 2 April Sandra emailed: \"", "On the call: \"")
                       .replace('"', ""), today)
    assert said.decision_date == dt.date(2026, 4, 10) and not in_writing(said)


@pytest.mark.parametrize(("line", "decision"), [
    ("They'll now confirm by Friday 10 April.", dt.date(2026, 4, 10)),
    ("We will decide by 10 April.", dt.date(2026, 4, 10)),
    # the candidate's own plan is no timeline of theirs
    ("I'll confirm by 10 April whether I can travel.", None),
])
def test_their_word_on_when_they_decide(line: str, decision: dt.date | None) -> None:
    notes = f"Interview 26 March w/ Piotr Nowak (MD) at Kestrel Build.\n{line}"
    assert parse_notes(notes, dt.date(2026, 4, 15)).decision_date == decision


REJECTION = """Subject: Art Teacher – Hollin Park Academy
From: Nia Brooks, Assistant Head

Dear Sam,

Thank you for interviewing with us. We have decided to offer the post to another candidate.

Kind regards,
Nia Brooks
Assistant Head
{org}
---
reply to her, keep it short"""


@pytest.mark.parametrize(("org", "want"), [
    # the one the notes name elsewhere, not the trust it belongs to
    ("Hollin Park Academy | Northfield Learning Trust", "Hollin Park Academy"),
    # named nowhere else: the last, as before
    ("Art Department | Northfield Learning Trust", "Northfield Learning Trust"),
])
def test_a_signature_with_two_organisations(org: str, want: str) -> None:
    assert sender_org(REJECTION.format(org=org)) == want


def test_a_panels_shared_conversation_is_one_to_thank_them_for() -> None:
    notes = ("Interview at Glenmore Vets for the new-grad vet job. Dr Bronwyn Hale interviewed "
             "me and then I rode along with her and Liam Shaw.\n\n"
             "We talked a lot about their new-grad mentoring and the herd health program.\n"
             "Send thanks to Dr Hale.")
    got = gather(parse_notes(notes, TODAY), "thank-you", None, Config(name="Sam Lee"),
                 today=TODAY)
    assert got.to.name == "Bronwyn Hale"
    assert [t.phrase for t in got.topics][:1] == [
        "your new-grad mentoring and the herd health program"]


@pytest.mark.parametrize(("text", "greeting"), [
    ("Hi Greg, any news on the diesel mechanic position? Still keen.\n\nSam", "Hi Greg,"),
    ("Dear Dr. Osei, thank you again for Tuesday.\n\nBest,\nSam", "Dear Dr. Osei,"),
    ("Hi Greg,\n\nAny news?\n\nSam", "Hi Greg,"),
    # a first sentence is no greeting
    ("Thanks again, Greg, for the tour.\n\nSam", ""),
])
def test_a_greeting_the_body_follows_on_its_line(text: str, greeting: str) -> None:
    assert parse_message(text).greeting_text == greeting


@pytest.mark.parametrize(("directive", "topics"), [
    ("Send thanks to Dr Hale.", True),
    # no one singled out: a shared topic says nothing of whom to thank, so it is not lent
    ("", False),
])
def test_shared_topics_go_only_to_the_one_the_notes_thank(directive: str, topics: bool) -> None:
    notes = ("Interview at Glenmore Vets. Dr Bronwyn Hale and Liam Shaw interviewed me.\n\n"
             f"We talked a lot about their new-grad mentoring. {directive}")
    ctx = parse_notes(notes, TODAY)
    hale = next(p for p in ctx.interviewers if p.name == "Bronwyn Hale")
    assert bool(ctx.topics_with(hale)) is topics


@pytest.mark.parametrize(("notes", "role"), [
    # a person and her title in a paragraph's second sentence are no header
    ("Drove out to Glenmore Vets for the new-grad vet interview. Dr Bronwyn Hale BVSc, the "
     "practice principal, interviewed me.", "new-grad vet"),
    # a title's full stop ends no sentence
    ("St. Mary's Hospital — Staff Nurse. Panel of three.\n- asked about escalation",
     "Staff Nurse"),
])
def test_a_header_is_the_first_sentence(notes: str, role: str | None) -> None:
    assert parse_notes(notes, TODAY).role == role


@pytest.mark.parametrize(("line", "who", "title"), [
    ("Joaquín Barrios Ortega, CPA (organizer)", "Joaquín Barrios Ortega", "organizer"),
    ("Greg Whitfield, P.Eng., Senior Project Manager", "Greg Whitfield",
     "Senior Project Manager"),
    # a job's letters are no post-nominals
    ("Grace Mwangi-Holt, CEO", "Grace Mwangi-Holt", "CEO"),
])
def test_an_attendee_line_with_letters_after_the_name(line: str, who: str, title: str) -> None:
    notes = f"Audit Senior – interview\n{line}\nLucía Ferraro, Audit Manager\n"
    got = {p.name: p.title for p in parse_notes(notes, TODAY).interviewers}
    assert got.get(who) == title


@pytest.mark.parametrize(("last", "to"), [
    # a thanks alone on its line: the one interviewer of its pronoun's gender
    ("Thank him, mention the condo association work.", "Joaquín Barrios"),
    # "tell her ...": what to say, not whom to thank
    ("tell her I have three other offers", None),
])
def test_a_pronoun_alone_on_its_line(last: str, to: str | None) -> None:
    notes = ("Audit Senior – interview at Barrios & Lamb\nJoaquín Barrios (Partner)\n"
             f"Lucía Ferraro (Audit Manager)\n- Joaquín asked about busy season\n{last}")
    ctx = parse_notes(notes, TODAY)
    assert addressees(ctx, notes) == (None, to)


def test_a_role_with_a_comma_names_no_company() -> None:
    notes = ("Heard back from the Fairweather Foundation yesterday (Mon 7 Dec) — no on the "
             "Program Officer, Climate Resilience role. The email came from Will Ashworth, the "
             "Director of Programs, who was on my panel w/ Sunita Rao (grants) back on 19 Nov. "
             "He said it was close. I want to thank him.")
    assert parse_notes(notes, dt.date(2025, 12, 8)).company != "Climate Resilience"


@pytest.mark.parametrize(("log", "says_my_note"), [
    # the note the nudge follows went to them
    ("Sent a check-in to Kwame Darko on 1 Oct, no reply.", True),
    # nothing says whom it went to beyond someone else, or no note is recorded: no "my note"
    ("Sent a check-in to Rhiannon Price (HR) on 1 Oct, no reply.", False),
    ("", False),
])
def test_a_second_nudge_claims_only_the_note_they_had(log: str, says_my_note: bool) -> None:
    from drafter.compose import compose

    notes = ("Glasshouse Theatre - Development Manager\n"
             "Interview 18 Sept with Kwame Darko (Executive Director).\n"
             f"He said they'd decide by the end of the month.\n{log}")
    today = dt.date(2026, 10, 14)
    email = compose(parse_notes(notes, today), "second-nudge", "Kwame Darko",
                    config=Config(name="Sam Lee"), today=today)
    assert ("my note" in email.body) is says_my_note


@pytest.mark.parametrize(("body", "named"), [
    # a topic of short words is named by them; someone the notes leave open may be greeted
    ("I especially enjoyed discussing the sim lab.", True),
    ("I especially enjoyed the teaching demo.", False),
])
def test_a_short_worded_topic_the_notes_ask_for(body: str, named: bool) -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from test_rules import Case, hits

    notes = ("position: Adjunct Clinical Instructor, Kestrel Bay Community College\n"
             "Search chair Prof. Adaeze Nwachukwu; also Dr. Sergio Batista\n"
             "thank Prof Nwachukwu, mention sim lab")
    text = (f"Subject: Thank you\n\nDear Professor Nwachukwu,\n\nThank you for your time on "
            f"Tuesday. {body}\n\nBest regards,\nSam Lee\n")
    found = hits(Case(text, "thank-you", parse_notes(notes, TODAY)), "specifics.named")
    assert (found == []) is named, [f.message for f in found]
