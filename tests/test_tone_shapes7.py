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
    "ultimatum.cut-off": ("missed-deadline", [
        "Kindly treat the end of this month as the deadline for your answer.",
        "Please consider Monday the 3rd my cut-off for hearing back.",
        "Your decision has to reach me by Thursday morning.",
        "Any answer needs to be with me before the weekend.",
        "Friday is the cut-off for letting me know where I stand.",
    ]),
    "ultimatum.closing-window": ("second-nudge", [
        "I have a few other companies circling, so my window is closing.",
        "With several firms keen on me, the window on my side is shrinking quickly.",
        "The door is closing on my end, as two other employers are chasing me.",
    ]),
    "tone.sleepless": ("missed-deadline", [
        "The silence is getting to me and I've hardly slept this week.",
        "Not knowing has been eating at me; I'm losing sleep over it.",
        "Honestly the wait is killing me, I can't sleep.",
    ]),
    "tone.no-one-would": ("close-the-loop", [
        "I'm withdrawing, since it seems nobody there was going to get back to me.",
        "As no one on your side could be bothered to reply, I'll take my name off the list.",
        "I'll close this myself, as nobody in your team seemed to.",
    ]),
    "tone.puzzled-pace": ("second-nudge", [
        "I'm a bit baffled by how long this has been taking.",
        "My sister heard back from her bank in two days, so I'm surprised it's taking so long.",
        "I'm confused as to why the process has been taking this long.",
    ]),
    "tone.foregone": ("rejection-reply", [
        "I suspect the post was earmarked for someone from the start.",
        "I'm sure the person you had in mind all along will be great.",
    ]),
    "ultimatum.wait-limit": ("missed-deadline", [
        "I'm not able to wait past the 20th.",
    ]),
}

# sentences near the shape that must leave the whole email clean
LEAVE: dict[str, list[str]] = {
    "close-the-loop": [
        "Since it seems the role has been filled, I'll take my name out of the running.",
        "No one on the panel could have been kinder, and I'm grateful.",
        "I've accepted a post I had lined up before we met, so I'm withdrawing.",
    ],
    "missed-deadline": [
        "My start date needs to be with HR by Friday, so I'm keen to hear where things stand.",
        "My newborn means I've barely slept, but I'm still very keen on the role.",
        "Should you need anything else from me, please let me know.",
        "I should have let you know sooner that my notice period is four weeks.",
        "Could you let me know if there is any update on the timeline?",
        "Thank you for keeping me informed so far.",
        "If you could let me know where things stand, I'd be grateful.",
        "I understand companies often take longer than planned to decide.",
    ],
    "second-nudge": [
        "The other firm's cut-off for my answer is Friday, so I wanted to let you know.",
        "Their offer needs an answer by the 12th, which is why I'm asking about timing.",
        "I realise the window for the spring intake is closing, so no pressure at all.",
        "The hiring window on your side may well have moved, and I understand.",
        "I know these things take time, and I'm happy to wait.",
        "I was surprised by how much ground we covered in forty minutes.",
        "I've barely stopped thinking about the ward redesign you described.",
        "I'd be glad to answer any further questions from the panel.",
        "I know your team has a lot on, so a short update whenever suits would be lovely.",
        "Most of my references have already confirmed they can respond this week.",
    ],
}
