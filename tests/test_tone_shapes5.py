"""Issue 15, ninth round (rubrics/tone-shapes5.toml, and tone.worth and tone.ruined widened):
shapes from blind set o's misses, widened from our own paraphrases. Flag rows must fire on their
own; leave rows must leave the whole ordinary email clean: relief with no scare quotes, "one of
many priorities", assuming the role has moved on, my own last chance to say thanks, an answer of
mine that could have been better. Run by tests/test_tone_tables.py."""

from __future__ import annotations

# rule -> (stage, sentences it must flag)
FLAG: dict[str, tuple[str, list[str]]] = {
    "tone.scare-quotes": ("missed-deadline", [
        'I see the "decision by Friday" was more of a loose suggestion.',
        'Glad to know "culture fit" is still doing so much heavy lifting.',
        'Good to see "we value every candidate" is still the motto.',
        "Nice to hear 'team player' is clearly alive and well as a reason.",
    ]),
    "tone.low-priority": ("second-nudge", [
        "I appreciate that responding to candidates is clearly low on the list of priorities.",
        "Candidates are obviously not much of a priority for the team.",
        "I suppose my application must be at the bottom of the pile.",
    ]),
    "tone.silence-answer": ("close-the-loop", [
        "Or should I take the silence as my answer?",
        "I'll read your silence as a no, then.",
        "I'm treating the continued silence as a rejection.",
    ]),
    "ultimatum.hold-open": ("competing-offer", [
        "I won't be able to keep this option open past the end of the month.",
    ]),
    "ultimatum.final-chance": ("close-the-loop", [
        "This is your final opportunity to bring me on board.",
        "Consider this your last chance to make me an offer.",
        "It's really the company's only chance to secure my start date.",
    ]),
    "ultimatum.only-if": ("competing-offer", [
        "I'm only prepared to wait 48 hours.",
        "I can only hold on until Friday.",
        "I'll only stay in the running if you can match their salary and tell me by Friday.",
        "I would only consider continuing if you confirm the offer this week.",
        "I can only wait if you give me a date.",
    ]),
    "tone.unanswered-count": ("second-nudge", [
        "This is now my second email with no reply, so I'm trying once more.",
        "Two emails and not a word back on the Account Manager position.",
        "Three messages and still nothing from the team.",
        "My two previous follow-ups have gone unanswered.",
    ]),
    "ultimatum.silence-by": ("second-nudge", [
        "I'll treat silence by the 8th as a no.",
        "No reply by Friday and I'll take that as a rejection.",
        "So the ball is in your court now.",
    ]),
    "tone.kept-waiting": ("thank-you", [
        "We finally got started, forty minutes after the scheduled time.",
        "The call eventually began twenty minutes late, but it went well.",
    ]),
    "tone.would-have-been-nice": ("rejection-reply", [
        "It would have been nice to hear this before I spent a weekend preparing a case study.",
        "It would have been courteous to be told sooner.",
    ]),
    "tone.worth": ("second-nudge", [
        "I know I must be so annoying by now.",
        "I'm so sorry I wasn't good enough.",
        "I clearly wasn't good enough for the team.",
        "I'm starting to think nobody will ever hire me.",
        "A reply would honestly help me feel less invisible.",
        "Honestly I feel completely worthless after all these rejections.",
    ]),
    "tone.ruined": ("missed-deadline", [
        "I just keep thinking I ruined it.",
        "I really blew it in the final round, I know.",
        "I totally bombed the interview.",
    ]),
}

# stage -> whole ordinary sentences that must come back clean
LEAVE: dict[str, list[str]] = {
    "rejection-reply": [
        "Glad to hear the launch went so well.",
        'Good to know the "Harbour Lights" campaign is going ahead.',
        "I know my Spanish wasn't good enough yet, and I'm working on it.",
        "I was disappointed, but I understand.",
    ],
    "second-nudge": [
        "This is my second follow-up, so I'll keep it short.",
        "I sent two emails last month and appreciate you reading this one.",
        "I can wait until Friday for your answer, no problem at all.",
        "I know hiring is one of many priorities for the team right now.",
        "I feel confident the role is a strong match for my experience.",
        "I felt very welcome on the ward.",
        "Let me know if you want me back for another shift.",
    ],
    "close-the-loop": [
        "I'll assume the role has moved on, and I wish the team every success.",
        "This is my last chance to say thank you before I start elsewhere.",
        "If the silence means the role has been filled, no reply is needed.",
    ],
    "competing-offer": [
        "Would you be able to let me know whether a decision is likely before then?",
        "I would only need a day's notice if you'd like me to come in again.",
        "I'd be glad to share anything else that would help your decision.",
    ],
    "thank-you": [
        "We started a little late, which gave me time to see the workshop floor.",
        "It would have been nice to meet the whole team, and I hope to another time.",
        "I finally understood the rota after your explanation, twenty minutes in.",
        "I see the \"Harbour Lights\" campaign is going ahead, which is great news.",
    ],
    "missed-deadline": [
        "I could have explained my approach to the rota question more clearly.",
        "I ruined a batch of croissants at my last job and learned a lot from it.",
    ],
}
