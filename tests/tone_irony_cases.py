"""The fourth set of tone rules' tables (rubrics/tone-irony.toml): wordings each rule must flag,
and ordinary sentences that must leave the whole email clean. Our own paraphrases of each kind
of problem, not the blind sets' texts; tests/test_tone_voices.py runs them with its own."""

from __future__ import annotations

IRONY_FLAG: dict[str, tuple[str, list[str]]] = {
    "tone.irony": ("missed-deadline", [
        "Thanks so much for finally getting back to me about the role.",
        "Is it normal at your firm for applicants to hear nothing for a month?",
        "If your team had kept to its own timeline, I would not be chasing this now.",
        "My last two messages seem to have vanished into the ether.",
        "Apparently my follow-up did not merit a response.",
        "Five weeks of silence is certainly one way to test a candidate's patience.",
        "I can only assume the role was promised to someone internally.",
    ]),
    "tone.stakes": ("rejection-reply", [
        "My husband and I are relying on this coming through after a hard year.",
        "Please understand how much rides on this for me.",
        "My work permit depends on securing a role before spring.",
        "I would be grateful for any role at all in the department.",
        "I'd gladly accept a part-time version of the job instead.",
        "Honestly, I don't know what I'll do if this falls through.",
        "I'm so sorry for the second email, I hate being a nuisance.",
    ]),
    "ultimatum.veiled": ("competing-offer", [
        "I need to hear by Monday, otherwise I'll be forced to accept their offer.",
        "Should I not hear back by Friday, I will take it that my application is no longer "
        "under consideration.",
        "I can't promise I'll still be available after this week.",
        "I'm not in a position to keep my options open beyond the 12th.",
        "It would be wise to move quickly if the team wants me.",
        "If Harbour wants to stay in the running, a reply this week would help.",
    ]),
}

IRONY_LEAVE: dict[str, list[str]] = {
    "missed-deadline": [
        "Thank you for your patience while I gathered my references.",
        "Is there an update you are able to share on the timeline?",
        "If it would help, I can send my portfolio again.",
        "I know these decisions can take longer than planned.",
        "I'm still very interested, and I hope the search is going well.",
    ],
    "rejection-reply": [
        "My family and I have just moved to the area, so I'd love to stay in touch.",
        "I would welcome any feedback you can share.",
        "Please keep me in mind for any future openings on the team.",
        "I was disappointed, but I understand the decision.",
        "I'm grateful for the time the panel gave me.",
    ],
    "competing-offer": [
        "I have an offer from Northwind and need to give them an answer by Friday, March 6.",
        "Your team remains my first choice, and I'd much rather join you.",
        "Is there any chance of an update before then?",
        "If the timing doesn't work, I completely understand.",
        "I wanted to let you know as a courtesy.",
    ],
}
