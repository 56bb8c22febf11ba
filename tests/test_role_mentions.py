"""The job applied for, read from anywhere in the notes (notes/role_mentions.py): notes it must
read a role from, with the role, and notes it must leave alone."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.notes import parse_notes
from drafter.notes.role_mentions import mentions

TODAY = dt.date(2026, 11, 18)

READ = [
    # a subject line, between what the email is about
    ("From: Dana Kim <dana@alder.com>\nSubject: Interview confirmation – Corporate Paralegal\n"
     "\nHi Deepa,\nConfirming Tuesday.\n", "Corporate Paralegal"),
    ("Subject: Re: Quality Engineer – Application outcome\n\nDear Sipho,\n", "Quality Engineer"),
    # a grade after the head, a requisition number after that
    ("From: Lorraine <l@fairbrook.gov>\nSubject: Interview - Permit Technician II (Req "
     "#24-0187)\n\nGood afternoon,\nYou are invited.\n", "Permit Technician II"),
    # "the X role / position / job", capitalised or not
    ("I've had feedback from Gulf Crest Airways on the Cabin Crew Training Instructor role.",
     "Cabin Crew Training Instructor"),
    ("mark from carrington staffing about the warehouse supervisor position with greenfield",
     "warehouse supervisor"),
    ("they went with someone else for the stage manager job. gutted", "stage manager"),
    # applied or interviewed for it
    ("Re the HVAC job: applied for Maintenance Technician (Controls) at Coastal Health",
     "Maintenance Technician"),  # the header reader's form: its qualifier dropped
    ("spoke to hiring manager Grant Osei on 18 Sept for Marine Superintendent. He said soon.",
     "Marine Superintendent"),
    ("interviewed at Lumen Print Co for the Junior Graphic Designer job on Aug 5",
     "Junior Graphic Designer"),
    # a header line's part
    ("GreenAcre Co-op – Agronomist – 26 Feb\nmet the ops lead\n", "Agronomist"),
    # a grade in brackets is no part of the title
    ("Riverside Trust - Senior Physiotherapist (Band 7)\n", "Senior Physiotherapist"),
    # "position of X", "Role is X", "role = X", "the X interview"
    ("Thank you for taking the time to interview for the position of Sous Chef at The Gannet.",
     "Sous Chef"),
    ("Tsubame Precision (US subsidiary, Ohio). Role is Senior Buyer. we discussed castings",
     "Senior Buyer"),
    ("went to the Fairmont for the banquet server interview today, two managers", "banquet server"),
    # a head and its field; a header that is a key's value; a header's first sentence
    ("Faculty interview day at University of Leeds - Lecturer in Medieval History\n",
     "Lecturer in Medieval History"),
    ("Preferred: Northern Beaches Imaging — Senior MRI Radiographer. Interviewed Fri 16th\n",
     "Senior MRI Radiographer"),
]

LEFT = [
    # seniority alone heads no title
    "she said to apply for the Sr role opening in Q1",
    # a calendar invite's keys
    "Organizer: Summer Lindqvist (Talent Acquisition)\nAttendees: Jörg Weidemann; me\n",
    # a signature's title
    "Best,\nFaith\n\nFaith Mwangi | Senior Consultant | Lexbridge Legal Search\n",
    # a rival offer's job
    "Subject: Offer - Shift Operations Lead\n\nHi Marcus,\n",
    "the Red Cross are offering me the Emergency Response Officer job, answer by Oct 3",
    # the candidate's current job, another job that might come up
    "In my current role as Senior Analyst at Brightwater I run the month-end close.",
    "he said an enforcement officer post might come up later",
    # a firm's name that ends like a job ("& Sons Builders"), a place ("NHS Lothian")
    "Carpentry apprenticeship at Hughes & Sons Builders job fair\n",
    "NHS Lothian – interview notes\n",
    # an interviewer's word, a sentence that ends before "interview"
    "Dana Ito = analyst, peer interview, case study on a cash-flow model.",
    "Wanjiru is the HR & Admin manager. interview was w/ her + the director",
    # an offer's subject, also as a key's value
    "From: Rhys <rhys@bay.co.uk>\nSubject: Offer – Senior Motion Designer\n\nHi Zainab,\n",
]


@pytest.mark.parametrize(("notes", "role"), READ, ids=[r[1] for r in READ])
def test_reads_the_role(notes: str, role: str) -> None:
    assert parse_notes(notes, today=TODAY).role == role


@pytest.mark.parametrize("notes", LEFT)
def test_leaves_alone(notes: str) -> None:
    assert mentions(notes) == []


@pytest.mark.parametrize(("notes", "role"), [
    # a sentence that ends before the title is no part of it; a title's own stop is
    ("interview w/ bill at harlow this morn. journeyman pipefitter role. bill = owner",
     "journeyman pipefitter"),
    ("applying for the Sr. Data Analyst role at Kestrel", "Sr. Data Analyst"),
])
def test_a_title_read_back_stops_at_a_sentence_end(notes: str, role: str) -> None:
    assert [m.role for m in mentions(notes)][:1] == [role]
