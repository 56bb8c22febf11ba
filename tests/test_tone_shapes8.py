"""Issue 15, twelfth round (rubrics/tone-shapes8.toml): shapes from blind set AA's misses,
widened from our own paraphrases. Flag rows must fire on their own; leave rows must leave the
whole ordinary email clean. Run by tests/test_tone_tables.py."""

from __future__ import annotations

# rule -> (stage, sentences it must flag)
FLAG: dict[str, tuple[str, list[str]]] = {
    "tone.lost-on-your-side": ("missed-deadline", [
        "I assume my details must have slipped through the cracks somewhere along the way.",
        "It seems my application has gone astray on your side.",
        "I can only think my CV got lost in the system.",
    ]),
    "tone.after-everyone": ("rejection-reply", [
        "I did find out three weeks after everyone else seems to have.",
        "I was told a good while after the other candidates.",
        "It's a shame I was the last to find out.",
    ]),
    "tone.come-and-gone": ("missed-deadline", [
        "You said I'd hear by last Friday, and that date has come and gone.",
        "The week you mentioned came and went without a word.",
        "You told me I would definitely have an answer by the 4th.",
    ]),
    "tone.pinned-on-this": ("second-nudge", [
        "I've pinned a lot on this one.",
        "Honestly, I have put all my eggs in this basket.",
        "So much is riding on this for me.",
    ]),
    "ultimatum.others-moving": ("second-nudge", [
        "Other kitchens are moving quickly with me, so a prompt reply would be appreciated.",
        "Several firms have been moving fast with me this month.",
    ]),
    "ultimatum.unless-you": ("competing-offer", [
        "Unless you can match their salary, I won't be continuing.",
        "If you can't improve the package, I will not be proceeding any further.",
    ]),
    "ultimatum.wait-limit": ("missed-deadline", [
        "I'm sure you'll appreciate that I'm not in a position to wait much beyond the end of the "
        "month.",
    ]),
}

LEAVE: dict[str, list[str]] = {
    "missed-deadline": [
        "Just bumping this up in case it slipped through the cracks.",
        "In case my last email got lost in the shuffle, I wanted to check in on the timeline.",
        "You mentioned a decision by last Friday, so I wanted to check in.",
        "The deadline you mentioned has passed, so I thought I'd ask for an update.",
    ],
    "second-nudge": [
        "The project sounds like a great fit, and I'd love to be part of it.",
        "I know other teams have been moving quickly with the new system too.",
        "Just a final note on the maintenance technician role.",
    ],
    "competing-offer": [
        "Unless you'd prefer a call, I'll send the details by email.",
        "If you can share any news before Friday, I'd be grateful.",
    ],
    "rejection-reply": [
        "Thank you for letting me know, and for the time everyone gave me.",
        "I heard from the recruiter after the panel met, and I appreciate the quick reply.",
    ],
}
