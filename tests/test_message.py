"""Splitting an email into subject, greeting, body and signature; counting words as people do."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.message import count_words, line_col, parse_message

EMAIL = """Subject: Thank you – Data Engineer interview

Dear Priya,

Thank you for the conversation today about the streaming migration.

I look forward to hearing from you.

Best regards,
Jordan Rivera
Senior Data Engineer
jordan@example.com
"""


def test_parts_of_an_email() -> None:
    m = parse_message(EMAIL)
    assert m.subject_text == "Thank you – Data Engineer interview"
    assert m.greeting_text == "Dear Priya,"
    assert m.body_text.startswith("Dear Priya,\n\nThank you")
    assert m.body_text.rstrip().endswith("hearing from you.")
    assert m.sign_off is not None and m.sign_off.of(EMAIL) == "Best regards,"
    assert m.signature_text == "Jordan Rivera\nSenior Data Engineer\njordan@example.com\n"


def test_the_body_excludes_subject_and_signature() -> None:
    m = parse_message(EMAIL)
    assert "Subject" not in m.body_text and "Jordan" not in m.body_text
    # "Dear Priya," (2) + 10 + 7 words
    assert count_words(m.body_text) == 19


@pytest.mark.parametrize("sign_off", [
    "Best,", "Best regards,", "Kind regards,", "Warm regards,", "Warmest regards,",
    "Kindest regards,", "Regards,", "Best wishes,", "With best wishes,", "Warm wishes,",
    "All the best,", "Very best,", "Many thanks,", "Many thanks again,", "Thanks,",
    "Thanks again,", "Thanks so much,", "Thank you,", "Thank you again,",
    "Thanks again for your time,", "Thanks and regards,", "Thank you and best regards,",
    "Best regards and thanks,", "Sincerely,", "Sincerely yours,", "Yours sincerely,",
    "Yours faithfully,", "Yours truly,", "Respectfully,", "Respectfully yours,", "Cordially,",
    "Warmly,", "Cheers,", "Gratefully,", "With thanks,", "With appreciation,", "Take care,",
    "Talk soon,", "Speak soon,", "Best -", "Best Regards,", "--", "— Jordan",
    # in the writer's own language
    "Bien à vous,", "Cordialement,", "Un saludo,", "Saludos cordiales,", "Atentamente,",
    "Mit freundlichen Grüßen,", "Met vriendelijke groet,", "Cordiali saluti,",
    "Atenciosamente,",
])
def test_sign_offs_end_the_body(sign_off: str) -> None:
    text = (f"Dear Priya,\n\nThank you for your time today.\n\n{sign_off}\nJordan Rivera\n"
            "Data Engineer\n")
    m = parse_message(text)
    assert m.sign_off is not None, sign_off
    assert m.body_text.strip() == "Dear Priya,\n\nThank you for your time today."
    assert count_words(m.body_text) == 8


def test_a_long_signature_block_is_still_a_signature() -> None:
    signature = ("Jordan Rivera\nSenior Data Engineer | Example Corp\n+1 555 0100\n"
                 "jordan@example.com\nhttps://example.com/jordan\nhttps://linkedin.com/in/jr\n"
                 "Pronouns: they/them\n")
    m = parse_message(f"Dear Priya,\n\nThank you.\n\nBest,\n{signature}")
    assert m.signature_text == signature
    assert count_words(m.body_text) == 4


def test_without_a_sign_off_the_body_runs_to_the_end() -> None:
    text = "Dear Priya,\n\nThank you for today.\nJordan"
    m = parse_message(text)
    assert m.sign_off is None and m.signature is None
    assert m.body_text == text


def test_a_sign_off_word_inside_the_body_does_not_end_it() -> None:
    text = ("Dear Priya,\n\nThanks,\nI wanted to add one more thought about replays, which came\n"
            "at the end of our conversation and which I have kept thinking about since.\n"
            "It concerns the cost of a full week of events, and how we bounded it at my last\n"
            "job by snapshotting state every hour and replaying only the tail of the log.\n"
            "I can send a short write-up if that would help the team decide.\n"
            "I would also be glad to talk it through on a call next week.\n"
            "Again, I appreciated your time and the thoughtful questions.\n"
            "I look forward to hearing from you.\n\nBest,\nJordan\n")
    m = parse_message(text)
    assert m.sign_off is not None and m.sign_off.of(text) == "Best,"
    assert "snapshotting" in m.body_text


@pytest.mark.parametrize(("first_line", "greeting"), [
    ("Dear Priya,", True), ("Hi Priya,", True), ("Hello Mr Ng,", True), ("Hey Sam,", True),
    ("Good morning Dr. Okafor,", True), ("Greetings,", True), ("To whom it may concern,", True),
    ("Yo Sam,", True), ("Howdy Sam,", True), ("Priya,", True), ("Ms. Shah,", True),
    ("Priya and Marcus,", True),
    ("Thank you for the conversation today.", False), ("Your team was great.", False),
    ("Yesterday's call was helpful,", False), ("Thanks,", False), ("Team,", False),
])
def test_greeting_lines(first_line: str, greeting: bool) -> None:
    m = parse_message(f"{first_line}\n\nThank you for your time.\n")
    assert (m.greeting_text == first_line) is greeting


def test_the_greeting_comes_after_the_subject() -> None:
    m = parse_message("\n\nSubject: Thanks\n\n\nHi Priya,\n\nThanks.\n")
    assert m.subject_text == "Thanks"
    assert m.greeting_text == "Hi Priya,"


def test_windows_line_ends_parse_the_same() -> None:
    m = parse_message(EMAIL.replace("\n", "\r\n"))
    assert m.greeting_text == "Dear Priya,"
    assert count_words(m.body_text) == 19
    assert m.signature_text.splitlines()[0] == "Jordan Rivera"


@pytest.mark.parametrize(("text", "n"), [
    ("on-call", 1), ("don't", 1), ("don’t", 1), ("3.5", 1), ("U.S.", 1), ("e-mail me", 2),
    ("10:30", 2), ("cut pages by 40%", 4), ("Thank you — really", 3), ("", 0),
    ("Zoë and José", 3), ("  spaced   out  ", 2),
])
def test_count_words(text: str, n: int) -> None:
    assert count_words(text) == n


def test_line_col() -> None:
    text = "ab\ncd\n\nef"
    assert line_col(text, 0) == (1, 1)
    assert line_col(text, 4) == (2, 2)
    assert line_col(text, 7) == (4, 1)


_LINE = st.one_of(
    st.sampled_from(["Dear Priya,", "Hi Sam,", "Subject: Thanks", "Best,", "Thanks,", "--",
                     "Jordan", "Kind regards,", "", "   ", "Thank you for the chat.",
                     "I enjoyed it — a lot.", "Priya,"]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"),
            max_size=90),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINE, max_size=25))
def test_spans_are_always_inside_the_text_and_in_order(lines: list[str]) -> None:
    text = "\n".join(lines)
    m = parse_message(text)
    assert 0 <= m.body.start <= m.body.end <= len(text)
    for span in (m.subject, m.greeting, m.sign_off, m.signature):
        if span is not None:
            assert 0 <= span.start <= span.end <= len(text)
    if m.subject is not None:
        assert m.subject.end <= m.body.start
    if m.sign_off is not None:
        assert m.body.end <= m.sign_off.start
        if m.signature is not None:
            assert m.sign_off.end <= m.signature.start
    assert count_words(m.body_text) <= count_words(text)


import pytest as _pytest  # noqa: E402


@_pytest.mark.parametrize(("text", "signature", "postscript"), [
    ("Hi Derek,\n\nThanks.\n\nBest wishes,\nCharlotte Evans\n\nP.S. I need your decision by "
     "the 8th.\n", "Charlotte Evans", "P.S. I need your decision by the 8th."),
    ("Hi,\n\nThanks.\n\nBest,\nAna\nPS: the portfolio link is below\n", "Ana",
     "PS: the portfolio link is below"),
    # a name, not a postscript
    ("Hi,\n\nThanks.\n\nBest,\nPs Jones\n", "Ps Jones", None),
])
def test_a_postscript_is_split_from_the_signature(text: str, signature: str,
                                                   postscript: str | None) -> None:
    from drafter.message import parse_message

    m = parse_message(text)
    assert m.signature is not None and m.signature.of(text).strip() == signature
    assert (m.postscript.of(text).strip() if m.postscript else None) == postscript


def test_a_threat_in_a_postscript_is_reviewed() -> None:
    from test_rules import Case, review

    text = ("Hi Derek,\n\nI've had an offer from another trust, due on 10 July. Your post is "
            "still my preference.\n\nBest wishes,\nCharlotte Evans\n\nP.S. To be clear, I "
            "need your decision by the 8th or I'm signing with them.\n")
    r = review(Case(text, "competing-offer"))
    assert any(f.category == "ultimatum" for f in r.findings)


def test_a_closing_in_another_language_is_not_spell_checked() -> None:
    from test_rules import Case, review

    text = ("Dear Ms. Lebrun,\n\nThank you for letting me know about the sommelier role, and "
            "for the tasting you arranged.\n\nBien à vous,\nAntoine Girard\n")
    found = review(Case(text, "rejection-reply")).findings
    assert not [f for f in found if f.rule == "spelling.unknown-word"]
