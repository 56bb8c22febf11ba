"""Issue 15, tenth round (rubrics/tone-shapes6.toml; ultimatum.conditional's blunt "I'm out" and
tone.process-verdict's "made the decision easy" widened): shapes from blind set r's misses,
widened from our own paraphrases. Flag rows must fire on their own; leave rows must leave the
whole ordinary email clean: doubting my own answer, an interviewer's plain report, taking less
time, a rival offer's figure, relief at how the process went. Run by tests/test_tone_tables.py."""

from __future__ import annotations

# rule -> (stage, sentences it must flag)
FLAG: dict[str, tuple[str, list[str]]] = {
    "tone.competence": ("rejection-reply", [
        "I don't think the interviewer understood my answers about load testing.",
        "His follow-up questions suggested he hadn't worked with distributed systems himself.",
        "The panel clearly hadn't read my portfolio before the interview.",
        "I don't believe the hiring manager really grasped what my role at Arden involved.",
        "The interviewer didn't seem to understand the difference between the two standards.",
        "It was obvious she had no real understanding of paediatric triage.",
    ]),
    "tone.more-than-said": ("missed-deadline", [
        "They managed to decide in a week, which is more than I can say for your team.",
        "Their recruiters replied the same day, more than can be said for the process here.",
    ]),
    "tone.take-less": ("competing-offer", [
        "I'd happily accept £5,000 less than we discussed if it means I could join the team.",
        "I would even take a pay cut to work with you.",
        "I'm willing to accept a lower salary if that helps.",
        "I'd work for free for the first month to prove myself.",
        "I could also settle for a smaller package than the advertised range.",
    ]),
    "ultimatum.conditional": ("missed-deadline", [
        "From here on I'll assume no reply means no.",
        "If you can't get back to me by Friday morning, I'm out.",
        "Unless I hear something by Monday, I'm done.",
    ]),
    "tone.patience": ("second-nudge", [
        "I've been more than patient with the timeline.",
        "Great to find out three weeks later, and only after I chased twice.",
        "I've found a company that respects candidates' time.",
        "My patience is wearing thin.",
    ]),
    "tone.jab": ("rejection-reply", [
        "I suspect the decision came down to cost rather than quality.",
        "I'm sure you're incredibly busy ignoring candidates.",
        "Some of us have decisions to make.",
        "Another firm, unlike yours, managed to decide in under a month.",
        "I've decided your process isn't one I want to be part of.",
        "Clearly nobody is keeping track of the timeline.",
        "It seems you weren't honest with me about the hours.",
    ]),
    "tone.guilt": ("second-nudge", [
        "I hope you'll think about how much I gave up for this.",
        "I really apologise if this is annoying.",
        "Sorry if my emails are too much.",
    ]),
    "ultimatum.wait-limit": ("missed-deadline", [
        "I won't be waiting beyond this week.",
        "I can't wait any longer than Friday.",
        "I'm not able to wait past the 20th.",
        "I won't be able to wait beyond Monday.",
    ]),
    "tone.process-verdict": ("close-the-loop", [
        "Your recruiter seemed pretty disorganised when we spoke.",
        "Five rounds and a take-home for a mid-level job is excessive for the process.",
        "Frankly, the way this process has been handled, rescheduled twice and nobody able to "
        "tell me the salary, made the decision easy.",
        "The whole recruitment process made my choice very easy, to be honest.",
    ]),
}

# stage -> whole ordinary sentences that must come back clean
LEAVE: dict[str, list[str]] = {
    "rejection-reply": [
        "You were very honest with me about the challenges, which I appreciated.",
        "I imagine the decision was a difficult one.",
        "I can't wait to hear how the new clinic opens.",
        "Sorry for the short notice on my availability.",
        "I don't think I explained my load-testing approach as clearly as I could have.",
        "I'm not sure I did justice to the question on distributed systems.",
        "I don't think I'd fully understood the scope of the role before we spoke.",
    ],
    "thank-you": [
        "She mentioned she hadn't used the new rostering system yet either.",
        "He said the team hadn't worked with Kafka before, which is where I could help.",
        "It would take less time than the current process, which I think would help.",
        "I appreciated how clearly the interviewer explained the rota.",
        "If you need anything before Friday, I'm out of the office on Monday only.",
    ],
    "competing-offer": [
        "Their offer is £5,000 less than I earn now, but I'd be glad to take it for the role.",
        "I'm happy to accept the offer terms we discussed on Friday.",
        "I would accept nothing less than doing my best for the team.",
    ],
    "close-the-loop": [
        "Please take me out of the running for the Sales Lead role.",
        "I've been offered a permanent post closer to home and have decided to accept it.",
        "Thank you for your patience while I made my decision.",
        "The way the process was handled made the decision a difficult one.",
        "Your team's warmth made my decision much harder.",
        "Their offer made the decision easy in the end, and I wish you every success.",
    ],
    "missed-deadline": [
        "Any chance of a decision before the end of the month?",
        "Any news on the timeline for the Staff Nurse post?",
    ],
}
