"""Reading notes, stop 30: tables of notes and the fact read (issue 9)."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.compose import compose
from drafter.config import Config
from drafter.context import InterviewContext, Interviewer
from drafter.date_order import day_first
from drafter.decision_words import in_writing
from drafter.evaluate import _dates_in
from drafter.notes import parse_notes
from drafter.notes.addressed import addressed
from drafter.notes.company_checks import company_doubt
from drafter.notes.employer import kind_of
from drafter.notes.goes_by import _goes_by
from drafter.notes.header import header_facts
from drafter.notes.lexicon import plain
from drafter.notes.mentions import _gender
from drafter.notes.name_forms import titled_as_written
from drafter.notes.own_name import signature
from drafter.notes.pasted import messages
from drafter.notes.people import find_people
from drafter.notes.people_shape import credential, strip_credentials
from drafter.notes.people_words import first_names
from drafter.notes.plausible import company_named, implausible
from drafter.recipient import recipient_for
from drafter.topicgate import worth_naming

TODAY = dt.date(2025, 10, 20)


@pytest.mark.parametrize(("word", "want"), [
    ("RN", True), ("CEng", True), ("M.S.", True), ("CCC-SLP", True), ("MICE", True),
    # two capitals in a name are not letters after it
    ("McDonald", False), ("Lloyd-Pryce", False), ("MacKenzie", False), ("DeShawn", False),
])
def test_credentials_are_mostly_capitals(word: str, want: bool) -> None:
    assert credential(word) is want


@pytest.mark.parametrize(("line", "want"), [
    ("Kieran O'Dowd ACA (nearly)", ("Kieran O'Dowd", True)),
    ("Priyanka Sethi, M.S. CCC-SLP (in progress)", ("Priyanka Sethi", True)),
    ("Tomás Byrne CEng MICE", ("Tomás Byrne", True)),
    # nothing after the name to take away
    ("Hamish McDonald", ("Hamish McDonald", False)),
    ("Ana de la Cruz", ("Ana de la Cruz", False)),
    ("Bea Lloyd-Pryce", ("Bea Lloyd-Pryce", False)),
    # a firm's legal form is no letters after a name
    ("Sterling Rowe LLP", ("Sterling Rowe LLP", False)),
])
def test_strip_credentials(line: str, want: tuple[str, bool]) -> None:
    assert strip_credentials(line) == want


@pytest.mark.parametrize(("notes", "want"), [
    # the last bullet carries letters after a name: a signature, not a list item
    ("- asked about audits\n- IFRS 9 questions\n- Kieran O'Dowd ACA (nearly)\n", "Kieran O'Dowd"),
    # the last item of a list stays a list item
    ("- streaming\n- Kafka\n", None),
    # a place and its state after a comma are no name and letters
    ("Next interview is in person, bring ID.\nPortland, OR\n", None),
    # a remark in brackets is no full name: the name before it is
    ("thanks all\nPriya (in progress)\n", "Priya"),
    ("thanks all\nPriya (Priya Raman)\n", "Priya Raman"),
])
def test_signature_lines(notes: str, want: str | None) -> None:
    assert signature(notes) == want


@pytest.mark.parametrize(("notes", "direction"), [
    # the candidate's own email, introduced by "my email from <day>"
    ("My email from Wed 26/11:\nHi Ana,\nJust checking in on the analyst role.\nBest,\nLee\n",
     "sent"),
    ("Email from Ana on Wed:\nHi Lee,\nWe are still deciding.\nBest,\nAna\n", "received"),
])
def test_my_email_from_a_day_is_sent(notes: str, direction: str) -> None:
    assert [m.direction for m in messages(notes)] == [direction]


@pytest.mark.parametrize(("name", "text", "goes_by"), [
    # two surnames, the notes write the first after the title
    ("Alejandra Vega Montoya", "met Dr. Vega about the trial", "Dr. Vega"),
    ("Alejandra Vega Montoya", "emailed Dr. Vega Montoya", "Dr. Vega Montoya"),
    # the notes never write the title with a surname: nothing to take
    ("Alejandra Vega Montoya", "met Alejandra about the trial", None),
])
def test_title_with_the_surname_the_notes_write(name: str, text: str, goes_by: str | None) -> None:
    person = titled_as_written(Interviewer(name=name, honorific="Dr."), text)
    assert person.goes_by == goes_by


@pytest.mark.parametrize(("words", "company", "source", "want"), [
    (["Corvane"], "Corvane Health", "tell Corvane about the deadline", True),
    (["Aerotec", "MRO"], None, "offer from Aerotec MRO Services, need to tell them", True),
    # a person who shares a word with the company is still a person
    (["Dana", "Corvane"], "Corvane Health", "Dana Corvane runs the ward", False),
    (["Priya"], "Corvane Health", "Priya Shah - Corvane Health", False),
])
def test_company_named(words: list[str], company: str | None, source: str, want: bool) -> None:
    ctx = InterviewContext(company=company, source=source)
    assert company_named(words, ctx) is want


@pytest.mark.parametrize(("notes", "interviewers", "others"), [
    # a reference named in the notes is no one met at the interview
    ("Interview at Calder Labs with Dr Ines Varga, research scientist role.\n"
     "Ines asked about my thesis. my reference Prof. Helen Marsh will get a call.\n",
     ["Ines Varga"], ["Helen Marsh"]),
    # a round that took place is this interview's, with the person in it
    ("2nd round was a video call Weds 15 Oct with Dr Kemi Bakare, data lead at Orrin Bio.\n"
     "Kemi asked about pipelines\n", ["Kemi Bakare"], []),
])
def test_who_was_met(notes: str, interviewers: list[str], others: list[str]) -> None:
    ctx = parse_notes(notes, today=TODAY)
    assert [p.name for p in ctx.interviewers] == interviewers
    assert all(o in [p.name for p in ctx.others] for o in others)


@pytest.mark.parametrize(("notes", "candidate"), [
    ("Orrin Bio, analyst, met Sam Reyes\n- Sam: dashboards\n- sign Amaru Quispe\n", "Amaru Quispe"),
])
def test_a_bulleted_sign_line_names_the_candidate(notes: str, candidate: str) -> None:
    assert parse_notes(notes, today=TODAY).candidate == candidate


def test_a_round_still_to_come_is_not_this_interview() -> None:
    ctx = parse_notes("Interview at Orrin Bio with Sam Reyes, data analyst.\n"
                      "Round 2 will be with Dr Kemi Bakare next week.\n", today=TODAY)
    assert "Kemi Bakare" not in [p.name for p in ctx.interviewers]


@pytest.mark.parametrize("name", ["João", "Sinéad", "Łukasz", "Pádraig", "Zoë"])
def test_accented_first_names_are_known(name: str) -> None:
    # gender-guesser's name list is UTF-8: read otherwise, every accented name was lost
    assert plain(name) in first_names()


@pytest.mark.parametrize("word", ["yr", "nut", "nice", "come"])
def test_an_accented_name_that_folds_to_a_word_is_not_that_word(word: str) -> None:
    # "Ýr", "Nút": without their accents, an abbreviation or an English word
    assert word not in first_names()


@pytest.mark.parametrize(("name", "gender"), [("Łukasz", "m"), ("Sinéad", "f"), ("João", "m")])
def test_accented_first_names_have_a_gender(name: str, gender: str) -> None:
    assert _gender(Interviewer(name=name)) == gender


# --- the second round of stop 30: from fresh set AY's failures, written anew here ---


def test_an_offer_headed_in_capitals_keeps_the_date_it_is_to_be_answered_by() -> None:
    notes = ("OFFER CAME IN — need to write to Harrow & Finch today\n"
             "- interviewed 2/6 with Rhiannon Pryce (Head of Ops)\n"
             "- Tollgate Freight offered me Planner yesterday, written offer from Dmitri Volkov "
             "in their HR team, answer needed by Thu 12 June\n"
             "- Harrow & Finch is my first choice\n")
    offer = parse_notes(notes, today=dt.date(2025, 6, 9)).competing_offer
    assert offer is not None
    assert (offer.company, offer.answer_by) == ("Tollgate Freight", dt.date(2025, 6, 12))


@pytest.mark.parametrize(("notes", "met"), [
    # "round 28 oct" is no second round
    ("Fernway — Data Lead\nfinal round 28 oct w/ Odile Marchetti + Kofi Asante\n",
     ["Odile Marchetti", "Kofi Asante"]),
    ("Fernway — Data Lead\nmet Odile Marchetti 3 Oct. round 2 with Kofi Asante next week\n",
     ["Odile Marchetti"]),
])
def test_a_round_number_is_not_a_date(notes: str, met: list[str]) -> None:
    ctx = parse_notes(notes, today=dt.date(2025, 11, 3))
    assert [p.name for p in ctx.interviewers] == met


@pytest.mark.parametrize(("notes", "want"), [
    ("Interview at Oakridge Academy for the Year 4 teacher post.\n"
     "Head Teacher — Marguerite Okonjo (walked me round after)\n",
     [("Marguerite Okonjo", "Head Teacher")]),
    ("Interview at Oakridge Academy for the Year 4 teacher post.\n"
     "- Deputy Head - Tobias Lindgren\n", [("Tobias Lindgren", "Deputy Head")]),
    # a dash after no title is no key: "Oakridge — Year 4 teacher" names no one
    ("Oakridge Academy — Year 4 teacher\nmet Tobias Lindgren, deputy head\n",
     [("Tobias Lindgren", "deputy head")]),
])
def test_a_title_then_a_dash_then_who_held_it(notes: str, want: list[tuple[str, str]]) -> None:
    ctx = parse_notes(notes, today=dt.date(2025, 5, 1))
    assert [(p.name, p.title) for p in ctx.interviewers] == want


@pytest.mark.parametrize(("header", "company", "role"), [
    # a plural job noun ends a firm's name, never a person's or the job's
    ("Marlow Pike Surveyors — Assistant Quantity Surveyor, Rail", "Marlow Pike Surveyors",
     "Assistant Quantity Surveyor"),
    # a unit, then the whole it belongs to: the whole, the broadest named last
    ("Research Technician, Pain & Sleep Lab, Vestholm UMC", "Vestholm UMC",
     "Research Technician"),
    ("Applied: Research Technician, Pain & Sleep Lab, Vestholm UMC", "Vestholm UMC",
     "Research Technician"),
])
def test_header_parts(header: str, company: str, role: str) -> None:
    ctx = parse_notes(header + "\nmet Ilse Maas\n", today=dt.date(2025, 5, 1))
    assert (ctx.company, ctx.role) == (company, role)
    assert all(company not in p.name for p in ctx.interviewers)


@pytest.mark.parametrize(("notes", "owner"), [
    # two people named together, then "she": either of them, so the notes do not say
    ("Fernway — Data Lead\ninterview 2 oct w/ Margarethe Olsen (eng director) + Robin Castell\n"
     "she said decision by 10 oct\nheard nothing\n", None),
    ("Fernway — Data Lead\ninterview 2 oct w/ Margarethe Olsen (eng director)\n"
     "she said decision by 10 oct\nheard nothing\n", "Margarethe Olsen"),
])
def test_she_after_two_names_named_together_is_no_one(notes: str, owner: str | None) -> None:
    assert parse_notes(notes, today=dt.date(2025, 10, 20)).thread_owner == owner


@pytest.mark.parametrize(("name", "first"), [
    ("Luz María Quintero", "Luz María"), ("João Pedro Almeida", "João Pedro"),
    ("Maria Clara Santos", "Maria Clara"),
    # one given name and a surname that is no given name
    ("Luz Quintero", "Luz"), ("João Almeida", "João"),
])
def test_compound_given_names(name: str, first: str) -> None:
    assert Interviewer(name=name).first_name == first


def test_the_recruiter_of_a_phone_screen_is_thanked_not_the_manager_of_the_next_round() -> None:
    notes = ("phone screen w/ Thandiwe Mokoena (recruiter @ Quill) — 20 min, today\n"
             "- she asked about my notice period\n"
             "- next step = 45 min with the hiring manager, Anders Holm, she'll send times\n")
    ctx = parse_notes(notes, today=dt.date(2025, 10, 14))
    assert recipient_for(ctx, "thank-you").person.name == "Thandiwe Mokoena"


def test_writing_to_her_after_the_sentence_that_names_her() -> None:
    notes = ("Interview at Calder University for the Lecturer post. The chair was Prof. Ines "
             "Achterberg, Head of School; writing to her first. Dr Tomasz Wrona asked about "
             "my teaching.\n")
    assert parse_notes(notes, today=dt.date(2025, 4, 3)).addressee == "Ines Achterberg"


def test_herself_keeps_the_name_the_subject() -> None:
    notes = ("Interview at Calder University with Prof. Ines Achterberg and Dr Tomasz Wrona.\n"
             "Ines herself asked about the new MA in Archives.\n")
    ctx = parse_notes(notes, today=dt.date(2025, 4, 3))
    ines = next(p for p in ctx.interviewers if p.name.endswith("Achterberg"))
    assert any("MA in Archives" in t for t in ines.topics)


@pytest.mark.parametrize(("text", "today", "want"), [
    ("was this morning, 3/4", dt.date(2025, 4, 3), True),
    ("today 4/3", dt.date(2025, 4, 3), False),
    ("offered yesterday (5/5)", dt.date(2025, 5, 6), False),  # either order: no say
    ("int yday 9/10", dt.date(2025, 10, 10), True),
    # both orders in the past: the one within weeks of today, not months
    ("[10/12 16:52] Ana: thanks for coming in\n", dt.date(2025, 12, 11), True),
    ("[12/10 16:52] Ana: thanks for coming in\n", dt.date(2025, 12, 11), False),
])
def test_a_slashed_date_beside_today_or_yesterday_takes_that_days_order(
        text: str, today: dt.date, want: bool) -> None:
    assert day_first(text, today) is want


@pytest.mark.parametrize(("company", "lines", "doubted"), [
    ("Wexbridge Motors", ["talked about my 8D on the porosity issue at Wexbridge Motors"], True),
    ("Wexbridge Motors", ["interview at Wexbridge Motors for the QE job"], False),
])
def test_where_the_notes_place_the_candidates_own_work(company: str, lines: list[str],
                                                       doubted: bool) -> None:
    assert (company_doubt(company, lines) is not None) is doubted


def test_a_role_still_to_open_is_not_the_role_applied_for() -> None:
    notes = ("Subject: Service Designer – update\n\nHi Rafa,\nWe've decided to go with another "
             "candidate. We'd love to keep in touch for the Research Ops role we expect to open "
             "in Q3.\nBest,\nNoor\n")
    assert parse_notes(notes, today=dt.date(2025, 2, 19)).role != "Research Ops"


@pytest.mark.parametrize(("email", "dates"), [
    ("Thank you — interview, 4 March", [dt.date(2025, 3, 4)]),
    ("by Friday, May 9, and the 3rd April call", [dt.date(2025, 5, 9), dt.date(2025, 4, 3)]),
])
def test_the_evaluator_reads_both_orders_of_a_spelled_date(email: str,
                                                           dates: list[dt.date]) -> None:
    assert [d for d, _ in _dates_in(email, dt.date(2025, 4, 3))] == dates


@pytest.mark.parametrize(("name", "doubted"), [
    ("Marine Genomics", True),  # a company's word as the list writes it: no surname
    ("Harold Banks", False),  # a plural the list only derives ("bank" -> "banks") may be
    ("Corinne Fields", False),
])
def test_a_company_word_as_a_surname(name: str, doubted: bool) -> None:
    ctx = InterviewContext(source=f"met {name}")
    assert (implausible(Interviewer(name=name), ctx) is not None) is doubted


@pytest.mark.parametrize(("phrase", "named"), [
    # the candidate's own move is no topic of the work
    ("why I'm leaving Loomwise", False),
    ("my notice period", False),
    ("why I left retail", False),
    # a note's symbol, pasted
    ("the food cost %", False),
    ("the #2 priority", False),
    # a contraction jotted without its apostrophe
    ("how id diagnose", False),
    ("how I'd diagnose the regeneration faults", True),
    ("the photo ID check at the gate", True),
    # left alone: the work, and how the candidate would do it
    ("how I'd handle a consultant who won't de-escalate", True),
    ("the move to e-rostering", True),
    ("why I moved into data engineering", True),
    ("their plan to leave paper pick lists behind", True),
])
def test_topics_about_the_candidates_own_move_or_with_symbols(phrase: str, named: bool) -> None:
    assert worth_naming(phrase) is named


@pytest.mark.parametrize(("notes", "written"), [
    ("Lab Manager at Noordhaven UMC, interviewed 5 June with Ilse Maas.\nHer email afterwards:\n"
     "> Dear Mehmet, thank you for coming in. We will make our decision before 20 June.\n"
     "> Best,\n> Ilse Maas\n", True),
    ("Lab Manager at Noordhaven UMC, interviewed 5 June with Ilse Maas.\n"
     "She said they'd decide before 20 June.\n", False),
])
def test_a_decision_date_from_their_own_email(notes: str, written: bool) -> None:
    ctx = parse_notes(notes, today=dt.date(2025, 6, 25))
    assert ctx.decision_date == dt.date(2025, 6, 20)
    assert in_writing(ctx) is written
    email = compose(ctx, "missed-deadline", config=Config(name="Mehmet Yildiz"),
                    today=dt.date(2025, 6, 25))
    assert ("When we spoke" in email.body) is not written


@pytest.mark.parametrize(("text", "kind", "words"), [
    # what is sent comes first, then to whom
    ("Rajeev asked me to send the thank-you and my licence copy to him.", "pronoun", "him"),
    ("send the slides to Ana", "name", "Ana"),
    ("forward it to her", "pronoun", "her"),
    # left alone: whom, at once
    ("email the recruiter", "role", "recruiter"),
    ("send Tomasz a note", "name", "Tomasz"),
])
def test_whom_a_directive_sends_to(text: str, kind: str, words: str) -> None:
    target = addressed(text)[-1][0]
    assert (target.kind, target.words) == (kind, words)


def test_a_title_read_apart_is_no_person() -> None:
    notes = ("Interview: Al Noor Diagnostic Centre — Senior Sonographer\n"
             "Panel: Dr. Hessa Al-Mansoori (Consultant Radiologist, Head of Imaging) and "
             "Rajeev Pillai (Radiology Supervisor).\n")
    ctx = parse_notes(notes, today=dt.date(2025, 2, 4))
    assert [p.name for p in ctx.interviewers] == ["Hessa Al-Mansoori", "Rajeev Pillai"]


@pytest.mark.parametrize(("line", "facts"), [
    # a name and its letters close the notes: a signature, no header
    ("Sophie Trinh, BA (Hons), PGCE", {}),
    ("Larkspur Analytics — Senior Data Engineer",
     {"role": "Senior Data Engineer", "company": "Larkspur Analytics"}),
])
def test_a_signature_with_letters_is_no_header(line: str, facts: dict[str, str]) -> None:
    assert header_facts(line, notes=line) == facts


@pytest.mark.parametrize(("notes", "names"), [
    # a Dutch particle with an apostrophe stays in the name
    ("Interview at Brackenridge Environmental with Dr. Willemijn van 't Hof (hiring manager).\n",
     ["Willemijn van 't Hof"]),
    # "The" that opens a sentence is nobody
    ("Interview at the Halvorsen Center. The PI is Dr. Somchai Wattanapong, Associate "
     "Professor of Gerontology; grants admin was Rebecca.\n", ["Somchai Wattanapong"]),
])
def test_who_the_notes_name(notes: str, names: list[str]) -> None:
    ctx = parse_notes(notes, today=dt.date(2025, 6, 4))
    assert [p.name for p in ctx.interviewers] == names


@pytest.mark.parametrize(("text", "name", "want"), [
    ("Interviewers: Li Wen-Ting (Team Leader), Jack Ng\n- Wen-Ting: hydrotherapy\n"
     "email Wen-Ting directly\n", "Li Wen-Ting", "Wen-Ting"),
    # the family name used alone too: which to greet by is not the notes' to say
    ("met Li Wen-Ting. Li asked about rotas; Wen-Ting said more\nWen-Ting again\n",
     "Li Wen-Ting", None),
    # the given name first: nothing to read
    ("met Mei-Ling Huang; Mei-Ling said; Mei-Ling asked\n", "Mei-Ling Huang", None),
])
def test_a_given_name_the_notes_use_alone(text: str, name: str, want: str | None) -> None:
    assert _goes_by(text, name) == want


@pytest.mark.parametrize(("company", "lines", "doubted"), [
    # a line headed by where a message went
    ("LinkedIn", ["LinkedIn (we're connected) – to Gintare Kaz, Senior Consultant"], True),
    ("LinkedIn", ["LinkedIn — Faith Okafor", "interview for the analyst job at LinkedIn"], False),
])
def test_a_platform_heading_a_line_is_no_company(company: str, lines: list[str],
                                                 doubted: bool) -> None:
    assert (company_doubt(company, lines) is not None) is doubted


@pytest.mark.parametrize(("line", "names"), [
    ("• 19 June Mariam emailed: role paused", []),  # no "June Mariam"
    ("met June Oduya about the rota", ["June Oduya"]),
])
def test_a_month_after_a_day_number_is_no_given_name(line: str, names: list[str]) -> None:
    assert [p.name for p in find_people(line)] == names


@pytest.mark.parametrize(("text", "name", "want"), [
    ("Final interview with GM Khun Somchai Wongsakul.", "Khun Somchai Wongsakul", "Khun Somchai"),
])
def test_a_title_said_with_the_given_name(text: str, name: str, want: str) -> None:
    assert _goes_by(text, name) == want


def test_luis_alberto_is_one_given_name() -> None:
    assert Interviewer(name="Luis Alberto Quispe Mamani").first_name == "Luis Alberto"


@pytest.mark.parametrize(("part", "kind"), [
    # a given name, then a surname that is an organisation's word only as a derived plural
    ("Sarah Banks", "unknown"), ("Tom Fields", "unknown"),
    ("Harbour Banks", "employer"), ("Grace Foods", "employer"), ("Grace Labs", "employer"),
])
def test_a_person_shaped_part_is_no_employer(part: str, kind: str) -> None:
    assert kind_of(part) == kind
