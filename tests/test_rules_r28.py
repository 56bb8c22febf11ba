"""Rule rows from blind set w (stop 28): greetings that name someone by a form of address, and
a withdrawal that says the other offer was taken. Kept apart from test_rules.py's *LEAVE*
tables, which the tone model also learns from: these rows are about other rules."""

from __future__ import annotations

import pytest
from test_rules import Case, hits, in_email

# (case, rule, flagged)
ROWS = [
    # "Dear Sir Ramos," as much of the Philippines, Nigeria and India write it: a named person
    (Case("Dear Sir Ramos,\n\nThank you for the update on the clerk role.\n"),
     "generic.salutation", False),
    (Case("Good day Ma'am Cruz,\n\nThank you for the update on the clerk role.\n"),
     "generic.salutation", False),
    (Case("Dear Madam Okeke,\n\nThank you for the update on the clerk role.\n"),
     "generic.salutation", False),
    # ... and with no name, still no one
    (Case("Dear Sir,\n\nThank you for the update on the clerk role.\n"), "generic.salutation",
     True),
    (Case("Dear Sir or Madam,\n\nThank you for the update.\n"), "generic.salutation", True),
    (Case("Dear Madam,\n\nThank you for the update on the clerk role.\n"), "generic.salutation",
     True),
    # withdrawing because the offer was taken is what a close-the-loop note is for
    (in_email("I have decided to take up another offer, so I would like to withdraw.",
              "close-the-loop"), "ultimatum.undeclared-offer", False),
    (in_email("I'm going with another offer and joining them in March.", "close-the-loop"),
     "ultimatum.undeclared-offer", False),
    # ... an offer waved without taking it is still flagged
    (in_email("I have another offer on the table, so let me know soon.", "close-the-loop"),
     "ultimatum.undeclared-offer", True),
    # blind set x: a surname's particles before it name the person
    (Case("Dear Mr. van der Merwe,\n\nThank you for the feedback about SAP.\n",
          "rejection-reply"), "specifics.named", False),
    (Case("Dear Ms. de la Cruz,\n\nThank you for the feedback about SAP.\n",
          "rejection-reply"), "specifics.named", False),
    # asking what they need from you is no demand
    (in_email("Please let me know what paperwork you need from me before then.",
              "close-the-loop"), "ultimatum.demand", False),
    (in_email("Please let me know by Friday.", "close-the-loop"), "ultimatum.demand", True),
    # a piece of their work, named after a verb of telling
    (Case("Dear Ms. Reyes,\n\nThank you for a warm conversation. I was moved by the way you "
          "described the kinship care team checking in with grandparents.\n\nWith thanks,\n"
          "Keisha\n"), "specifics.named", False),
    (Case("Dear Ms. Reyes,\n\nThank you for a warm conversation. I enjoyed the way you "
          "described the role.\n\nWith thanks,\nKeisha\n"), "specifics.named", True),
]


@pytest.mark.parametrize(("case", "rule", "flagged"), ROWS,
                         ids=[f"{r}:{c.text[:30]!r}" for c, r, _ in ROWS])
def test_rule_rows(case: Case, rule: str, flagged: bool) -> None:
    assert bool(hits(case, rule)) is flagged
