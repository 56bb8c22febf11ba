"""How a greeting addresses a person, across naming customs, and a role read without the words
that announce it: tables of names and the greeting each must give, with rows that must not
change."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.context import Interviewer
from drafter.notes import parse_notes


@pytest.mark.parametrize(("name", "honorific", "greeting"), [
    # an Icelandic patronymic is no family name: with a title, the whole name
    ("Sigríður Jónsdóttir", "Prof", "Professor Sigríður Jónsdóttir"),
    ("Einar Guðmundsson", "Dr", "Dr. Einar Guðmundsson"),
    ("Mark Johnson", "Dr", "Dr. Johnson"),  # an English -son is a family name
    ("Anna Jónsdóttir", None, "Anna"),
    # Hungarian names written family name first
    ("Kovács Eszter", "Dr", "Dr. Kovács"),
    ("Nagy Eszter", None, "Eszter"),
    ("Eszter Nagy", None, "Eszter"),
    ("Eszter Nagy", "Ms", "Ms. Nagy"),
    ("Simon Turner", None, "Simon"),  # a given name that is also a Hungarian surname: not one
])
def test_greeting_across_customs(name: str, honorific: str | None, greeting: str) -> None:
    assert Interviewer(name=name, honorific=honorific).first_name == greeting


@pytest.mark.parametrize(("notes", "role"), [
    ("Interview today for the position Logistics Coordinator at Frostline Foods with Ana Ruiz "
     "(ops manager)", "Logistics Coordinator"),
    ("Interview today for the post of Environmental Health Officer, Aldermoor Council, with "
     "Hope Adebayo (head of service)", "Environmental Health Officer"),
    ("Interview today for Warehouse Lead at Frostline Foods with Ana Ruiz (ops manager)",
     "Warehouse Lead"),
])
def test_role_without_its_announcing_words(notes: str, role: str) -> None:
    got = parse_notes(notes, today=dt.date(2026, 11, 30)).role
    assert got is not None and got.casefold() == role.casefold()


@pytest.mark.parametrize(("name", "honorific", "greeting"), [
    # a Vietnamese name with Mr/Ms is said by its given name, the last word
    ("Nguyễn Thị Lan", "Ms", "Ms. Lan"),
    ("Trần Quốc Bảo", "Mr", "Mr. Bảo"),
    # an academic title goes with the family name, as Western academia writes it
    ("Nguyen Thi Lan", "Dr", "Dr. Nguyen"),
    ("Le Minh", "Ms", "Ms. Le"),  # two words: which is which is not ours to change
    ("Nguyễn Thị Thu Hà", "Ms", "Ms. Hà"),
    # no title: the last given name alone, however many there are
    ("Nguyễn Thị Lan", None, "Lan"),
    ("Hoang Thi Thu Trang", None, "Trang"),
    ("Nguyễn Thị Thu Hà", None, "Hà"),
])
def test_vietnamese_names_with_a_title(name: str, honorific: str | None, greeting: str) -> None:
    assert Interviewer(name=name, honorific=honorific).first_name == greeting


@pytest.mark.parametrize("greeting", ["Dear Sra. Fernández,", "Dear Sgt. Kealoha,",
                                      "Dear Herr Becker,", "Dear Miss Tan,"])
def test_the_rubric_reads_the_name_after_any_form_of_address(greeting: str) -> None:
    from drafter.rubric.checks.specifics import _greeting_name

    m = _greeting_name(greeting)
    assert m is not None and m.group("name") == greeting.split()[-1].rstrip(",")


def test_a_spanish_name_with_two_given_names_and_two_surnames() -> None:
    person = Interviewer(name="María José Fernández Ruiz", honorific="Sra")
    assert person.first_name == "Sra. Fernández"
    assert Interviewer(name="Mary Ann Smith", honorific="Ms").first_name == "Ms. Smith"
