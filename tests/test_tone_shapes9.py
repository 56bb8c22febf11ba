"""Issue 15, thirteenth round: shapes from blind set AC's misses (stop 32), widened from our own
paraphrases, in rules that already existed (ultimatum.frame's consequences and weekday
abbreviations, tone.verdict-frame's verdicts on an interviewer and disbelief at their choice).
Flag rows must fire on their own; leave rows must leave the whole ordinary email clean. Run by
tests/test_tone_tables.py."""

from __future__ import annotations

# rule -> (stage, sentences it must flag)
FLAG: dict[str, tuple[str, list[str]]] = {
    "ultimatum.frame": ("missed-deadline", [
        "I need to know by wed or I'm out.",
        "Either I hear something by the 30th or you can take me off your list.",
        "If there's no answer by Thursday, count me out.",
        "Let me know by Fri or cross me off the shortlist.",
    ]),
    "tone.verdict-frame": ("rejection-reply", [
        "I find it hard to believe you found a stronger candidate.",
        "Honestly it's hard to believe the panel picked someone with more experience.",
        "The second interviewer seemed unprepared and kept checking his phone.",
        "With respect, the recruiter clearly hadn't read my CV.",
    ]),
}

LEAVE: dict[str, list[str]] = {
    "missed-deadline": [
        "You said you'd let me know about the foreman spot by the 15th, so I figured I'd check "
        "in.",
        "I'm out on site most of Wednesday, but I can take a call any time Thursday.",
        "I was a little unprepared for the panel's budgeting question, so I've attached a short "
        "note on it.",
    ],
    "rejection-reply": [
        "It's hard to believe you've built all of that in only two years.",
        "I was unprepared for how much I'd enjoy the site visit.",
        "Please take me off the mailing list for the graduate scheme, as I've now qualified.",
    ],
    "thank-you": [
        "I'd love to hear more about your seventh graders' ratio project.",
    ],
}
