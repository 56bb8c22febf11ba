"""notes.people_context: people found by the words around them, whatever their name's origin,
however they are written; and the companies, places, months and guesses that are not people."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.notes import parse_notes
from drafter.notes.people_context import context_people, find_people
from drafter.recipient import recipient_for

TODAY = dt.date(2026, 10, 20)

# (notes, the people they name as (name, kind)); names the gazetteer of first names lacks,
# lowercase jottings, word-names, and every kind of cue
PEOPLE = [
    # a meeting cue, job-title words, then the name
    ("Interview was with the night shift supervisor Obinna Chukwu, he ran the forklift test",
     [("Obinna Chukwu", "interviewer")]),
    ("Second interview with area manager Thandeka Mthembu at the depot",
     [("Thandeka Mthembu", "interviewer")]),
    # lowercase jottings after a strong cue, confirmed by what follows
    ("zoom w/ nnamdi okafor (eng manager) thurs", [("Nnamdi Okafor", "interviewer")]),
    ("met with siddharth venkatesh today, he's the plant manager",
     [("Siddharth Venkatesh", "interviewer")]),
    ("call w/ tunde from talent acq re the analyst role", [("Tunde", "recruiter")]),
    ("chat w/ june from recruiting @ Larch & Lowe", [("June", "recruiter")]),
    # word-names: capitalised after a cue, then said who they are
    ("Met Hunter at the depot this morning. He's the fleet lead.", [("Hunter", "interviewer")]),
    ("Spoke to Grace from the clinical team about nights", [("Grace", "interviewer")]),
    ("met with Guy (head of maintenance) at 9", [("Guy", "interviewer")]),
    ("Final interview with Siobhán Ní Fhlatharta and Rich (workshop foreman)",
     [("Siobhán Ní Fhlatharta", "interviewer"), ("Rich", "interviewer")]),
    ("interviewed by Tariq Al-Amin (Head of Data) + Mei Sasaki (analytics lead)",
     [("Tariq Al-Amin", "interviewer"), ("Mei Sasaki", "interviewer")]),
    # who the person is to the candidate, from the cue
    ("My agency contact is Xochitl Ramírez, she set it all up", [("Xochitl Ramírez", "recruiter")]),
    ("my recruiter there is Oyelaran Adewale", [("Oyelaran Adewale", "recruiter")]),
    ("Panel chaired by Dr. Ngozi Adichie-Bello", [("Ngozi Adichie-Bello", "interviewer")]),
    ("met the CEO, Nomvula Dlamini, she's lovely", [("Nomvula Dlamini", "interviewer")]),
    # a name in brackets with its title
    ("she (practice manager wanjiru kamau) said two weeks", [("Wanjiru Kamau", "interviewer")]),
    ("call from kofi (kofi boateng, area manager at Redline) on tuesday",
     [("Kofi Boateng", "interviewer")]),
    # a line keyed by a job title; a line opening with a name and its title in brackets
    ("Head Chef: Mr Ikenna Obi – knife skills, menu costing, stock rotation",
     [("Ikenna Obi", "interviewer")]),
    ("Ops Manager: Dagny Solberg – rotas, and the WMS rollout",
     [("Dagny Solberg", "interviewer")]),
    ("June (practice manager) – scheduling and the new imaging suite",
     [("June", "interviewer")]),
    ("Recruiter: Farhan Qureshi – salary bands, start dates", [("Farhan Qureshi", "recruiter")]),
    # a letter pasted in: its sign-off, or whom it was sent for
    ("Unfortunately we will not be progressing your application.\n\nKind regards,\n"
     "Tendai Moyo MCIPD\nTalent Partner, Westgate Rail", [("Tendai Moyo", "recruiter")]),
    ("We regret to tell you the post has been filled.\nYours sincerely,\n"
     "Prof. Bolanle Adeyemi-Lawal\nHead of Department, Chemistry",
     [("Bolanle Adeyemi-Lawal", "interviewer")]),
    ("On behalf of: Ms Ayesha Siddiqui, Head of Admissions", [("Ayesha Siddiqui", "interviewer")]),
    # a referrer
    ("spoke to my mentor Chukwuemeka Nwachukwu about it", [("Chukwuemeka Nwachukwu", "other")]),
]


@pytest.mark.parametrize(("notes", "want"), PEOPLE)
def test_people_by_context(notes: str, want: list[tuple[str, str]]) -> None:
    assert [(p.name, p.kind) for p in find_people(notes)] == want


# words that look like people and are not: companies, places, months, teams, products, guesses
NOT_PEOPLE = [
    "interview in june with Thornbury & Vale for the paralegal role",
    "Lunch with Hartley Dental Group in Salem on Friday",
    "second round with Oakridge Mechanical next week",
    "met with Doyle & Sons at the yard",
    "met with Morgan & Finch about the contract",
    "met with the hiring manager and two engineers",
    "call w/ june 14th at 3pm",
    "interviewed with Marta? or Maria? didn't catch it",
    "chatted with Sales about the territory",
    "position w/ Brannock Freight (dispatcher role) in Hebden Bridge",
    "met with Northgate Analytics, Data Engineer, round 2",
    "Interview Oct 2 with Cobalt Harbor, Product Designer",
    "spoke with Teams support about the link",
    "with grace and good humour, I hope",
    "Worked with Python and Go daily; met in Hebden Bridge",
    "Timeline w/ Ferncastle Media (content lead role):",
    "Last try with Marrakech Street Kitchen (a restaurant group)",
    "met w/ will be rescheduled, said the recruiter",
    "spoke to Amazon about returns, he said no",  # "he" alone names no company a person
    "Met Rich's boss at the yard",  # whom Rich's name describes, not Rich
    "Account Manager: Acme",
    "I applied on behalf of my friend's company",
]


@pytest.mark.parametrize("notes", NOT_PEOPLE)
def test_not_people(notes: str) -> None:
    assert [p.name for p in context_people(notes)] == []


def test_a_guess_and_a_month_stay_out_of_the_found() -> None:
    notes = "met with the store manager, badge said R-something (Rosa? Rhea?) in june"
    assert find_people(notes) == []


def test_credentials_after_a_name_are_no_second_person() -> None:
    notes = "with Dr. Funmilayo Ade, PharmD, BCOP (she's the oncology pharmacy lead)"
    assert [(p.name, p.title) for p in find_people(notes)] == [
        ("Funmilayo Ade", "oncology pharmacy lead")]


def test_one_mention_read_twice_is_one_person() -> None:
    """The name detector's partial reading gives way to the context's full one."""
    notes = "Regrettably the panel chose another candidate.\nBest wishes,\n" \
            "Capt. Ruairí Mac Giolla Bhríde\nHead of Training, Skerry Air"
    assert [(p.name, p.honorific, p.kind) for p in find_people(notes)] == [
        ("Ruairí Mac Giolla Bhríde", "Capt", "interviewer")]


def test_a_letter_the_candidate_sent_is_not_signed_by_an_interviewer() -> None:
    notes = ("To: Thabo Nkosi <thabo@karoo.io>\nSubject: Following up\nHi Thabo,\nI wanted to "
             "check in.\nBest regards,\nZanele Khumalo\nSenior Data Analyst\n---\n"
             "unfortunately no reply yet")
    assert [p.name for p in context_people(notes)] == []


def test_a_verb_before_a_name_the_context_knows_is_no_person() -> None:
    notes = "My recruiter there is Chidinma Obi. Tell Chidinma I have another offer."
    assert [p.name for p in find_people(notes)] == ["Chidinma Obi"]


# (notes, stage, whom the email goes to) through the whole reader
RECIPIENTS = [
    ("warehouse job - interview was with the shift supervisor Kwabena Owusu, he showed me the "
     "racking and asked about my reach truck ticket and the night rota.\n- Ama", "thank-you",
     "Kwabena Owusu"),
    ("call w/ pieter from talent acq @ Steenbok Labs. he asked about my SQL and dbt work, and "
     "the hybrid days.\nme: Lindiwe Dube", "thank-you", "Pieter"),
    # the signer of a pasted rejection sent it: the reply goes to them
    ("pasted:\nDear Lindiwe,\nUnfortunately we have decided not to progress your application.\n"
     "Warm regards,\nOluwatobi Bankole\nHead of Analytics, Steenbok Labs\n---\n"
     "want to ask for feedback on the case study\nme: Lindiwe Dube", "rejection-reply",
     "Oluwatobi Bankole"),
]


@pytest.mark.parametrize(("notes", "stage", "want"), RECIPIENTS)
def test_recipient_from_context(notes: str, stage: str, want: str) -> None:
    person = recipient_for(parse_notes(notes, today=TODAY), stage).person
    assert person is not None and person.name == want


def test_the_candidate_is_never_the_person_found() -> None:
    ctx = parse_notes("call w/ nadia from hr @ Plover Labs, she asked about notice.\n"
                      "me: Kwabena Asante", today=TODAY)
    assert ctx.recruiter == "Nadia"
    assert "Kwabena Asante" not in [p.name for p in [*ctx.interviewers, *ctx.others]]


def test_people_named_beside_a_rivals_are_the_rivals() -> None:
    notes = ("Offer from Kestrel Composites (Rhiannon Pryce, HR) and Tobi (ops lead) - answer by "
             "Fri 30 Oct.\nFinal round at Brightwell with Ekaterina Volkova (Quality Manager).\n"
             "me: Sam")
    ctx = parse_notes(notes, today=TODAY)
    assert [p.name for p in ctx.interviewers] == ["Ekaterina Volkova"]


@pytest.mark.parametrize("text", [
    "Interview Oct 9 for Pharmacy Technician, with Constance Boateng, pharmacy manager. She said "
    "by the end of the month.",
    "I interviewed on Tuesday with Sarah Mitchell, the office manager. She told me they hoped to "
    "decide by Friday.",
    "met with Tom Reyes, head chef. He asked about my knife skills.",
])
def test_a_pronoun_after_a_listed_person_is_no_person(text: str) -> None:
    names = [p.name for p in find_people(text)]
    assert names and not {n.casefold() for n in names} & {"she", "he", "they"}, names
