"""Issue 15, eleventh round (rubrics/tone-shapes7.toml): how the employer ought to have replied,
said to the employer, from blind sets W and X's misses and widened from our own paraphrases.
Flag rows must fire on their own; leave rows must leave the whole ordinary email clean: my own
lapse, an offer of help, a question, thanks. Run by tests/test_tone_tables.py."""

from __future__ import annotations

# rule -> (stage, sentences it must flag)
FLAG: dict[str, tuple[str, list[str]]] = {
    "tone.owed-reply": ("missed-deadline", [
        "A well-known firm like yours should keep applicants informed.",
        "Most employers I've dealt with at least acknowledge a follow-up.",
        "Your HR department ought to let people know when a post is filled.",
        "Good companies at least reply to a second email.",
        "Recruiters should get back to people who took a day off for an interview.",
        "Other organisations manage to respond within a week.",
    ]),
}

# sentences near the shape that must leave the whole email clean
LEAVE: dict[str, list[str]] = {
    "missed-deadline": [
        "Should you need anything else from me, please let me know.",
        "I should have let you know sooner that my notice period is four weeks.",
        "Could you let me know if there is any update on the timeline?",
        "Thank you for keeping me informed so far.",
        "If you could let me know where things stand, I'd be grateful.",
        "I understand companies often take longer than planned to decide.",
    ],
    "second-nudge": [
        "I'd be glad to answer any further questions from the panel.",
        "I know your team has a lot on, so a short update whenever suits would be lovely.",
        "Most of my references have already confirmed they can respond this week.",
    ],
}
