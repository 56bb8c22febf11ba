"""A job title jotted in notes, as an email writes it (compose.role_title)."""

from __future__ import annotations

import pytest

from drafter.written import role_title


@pytest.mark.parametrize(("jotted", "written"), [
    ("sr copywriter", "Senior Copywriter"),
    # sentence case is a title's capitals only at its start
    ("Quality manager", "Quality Manager"),
    ("Clinical pharmacist", "Clinical Pharmacist"),
    ("chef de partie", "Chef de Partie"),
    ("iOS Developer", "iOS Developer"),
    ("Sr. Data Analyst", "Senior Data Analyst"),
    ("asst store mgr", "Assistant Store Manager"),
    ("welding shop supervisor", "Welding Shop Supervisor"),
    ("head of quality and compliance", "Head of Quality and Compliance"),
    ("exec chef", "Executive Chef"),
    ("2nd yr apprentice plumber spot", "2nd Year Apprentice Plumber"),  # the word for a job
    ("vet nurse", "Veterinary Nurse"),
    # the last word names the person: "associate vet" is a veterinarian
    ("associate vet", "Associate Veterinarian"),
    ("sr vet", "Senior Veterinarian"),
    ("office admin", "Office Administrator"),
    ("elec apprentice", "Electrical Apprentice"),
    ("barista gig", "Barista"),
    ("Data Analyst Opening", "Data Analyst"),
    ("Head of Search", "Head of Search"),  # a title that ends in a word for a job search
    # a title with capitals of its own is the writer's choice
    ("iOS Developer", "iOS Developer"),
    ("Head of R&D", "Head of R&D"),
    ("VP of sales", "VP of sales"),
    ("tech lead", "Tech Lead"),  # "tech" is not spelt out: tech lead, tech support
    # the words around a title in notes: the email writes "the X role" itself
    ("role is ecommerce lead", "Ecommerce Lead"),
    ("Got the forklift driver", "Forklift Driver"),
    ("Research Technician post", "Research Technician"),
    ("Development Director search", "Development Director"),
    ("Head of Search", "Head of Search"),
    ("Lead the Way coordinator", "Lead the Way coordinator"),
    (None, None),
])
def test_role_title(jotted: str | None, written: str | None) -> None:
    assert role_title(jotted) == written


@pytest.mark.parametrize(("company", "prose"), [
    ("University of Edinburgh", "the University of Edinburgh"),
    ("City of Tucson", "the City of Tucson"),
    ("Royal College of Nursing", "the Royal College of Nursing"),
    ("Institute of Marine Sciences", "the Institute of Marine Sciences"),
    # a firm's own name takes none
    ("Bank of America", "Bank of America"),
    ("Kestrel Hotels & Resorts", "Kestrel Hotels & Resorts"),
    (None, None),
])
def test_a_company_as_a_sentence_writes_it(company: str | None, prose: str | None) -> None:
    from drafter.written import in_prose
    assert in_prose(company) == prose


@pytest.mark.parametrize(("read", "written"), [
    ("Tiszavölgy Kft.'s UK", "Tiszavölgy Kft."),
    ("McDonald's", "McDonald's"),
    ("STRYDE MEDICAL", "Stryde Medical"),
])
def test_a_company_name_as_written(read: str, written: str) -> None:
    from drafter.written import company_name
    assert company_name(read) == written
