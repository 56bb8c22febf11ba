"""Issue 15, eighth round (rubrics/tone-shapes4.toml): shapes from blind set l's misses, widened
from our own paraphrases. Flag rows must fire on their own; leave rows must leave the whole
ordinary email clean: my own busyness, thanks for their time, owning one answer, a hope stated
plainly, my own pace of following up, a fit that was not great. Run by
tests/test_tone_tables.py."""

from __future__ import annotations

# rule -> (stage, sentences it must flag)
FLAG: dict[str, tuple[str, list[str]]] = {
    "tone.too-busy": ("close-the-loop", [
        "I understand you must be extremely busy — far too busy, evidently, to send a two-line "
        "email.",
        "Clearly you are far too important to update candidates.",
        "Your team was obviously too swamped to reply to anyone.",
        "I suppose everyone there is simply too busy to let candidates know.",
        "Apparently too stretched, even, to drop me a line.",
        "I gather you're too busy to reply to candidates these days.",
    ]),
    "tone.sorry-for-time": ("thank-you", [
        "I really am sorry for wasting any of your afternoon.",
        "Apologies for taking up so much of your valuable time.",
        "Please forgive me for eating into your evening with my questions.",
        "I apologise for wasting the panel's time on Tuesday.",
        "Sorry again for using up your whole lunch hour.",
    ]),
    "tone.falling-short": ("missed-deadline", [
        "I always seem to fall at the last hurdle, so please forgive me for hoping.",
        "I never seem to get past the final round.",
        "Somehow I always manage to blow it at this stage.",
        "Please excuse me for still hoping.",
        "I know I probably didn't interview as well as the other candidates.",
        "I wasn't nearly as strong as the rest, I'm sure.",
    ]),
    "tone.bad-look": ("missed-deadline", [
        "Which is frankly not a great look for a company that talks so much about candidate "
        "experience.",
        "Ten days of silence is a bad look.",
        "It's hardly a good look, is it?",
        "Strange, for a firm that prides itself on its people.",
        "Odd behaviour for an organisation that claims to value transparency.",
    ]),
    "ultimatum.give-until": ("second-nudge", [
        "I'm going to give this until the end of next week.",
        "I'll give it till Friday, and after that I'm moving on.",
        "I am only giving the process until the 30th.",
        "I will give this up until Monday.",
    ]),
    "ultimatum.demand-by": ("competing-offer", [
        "I'd like a decision on the Product Manager role by Friday noon, please.",
        "I would like your answer by the end of the week.",
    ]),
    "tone.crumbs": ("close-the-loop", [
        "Please don't make me take it, your team is the only place I want to be.",
        "I'd be so grateful for anything at all, even a maybe.",
        "I'd be thankful for any word at all, even a one-line no.",
    ]),
    "ultimatum.hold-open": ("competing-offer", [
        "I won't be holding the other offer open for you past the 30th.",
        "I can't keep that option open for you much longer.",
    ]),
    "tone.first-impression": ("thank-you", [
        "Being kept waiting in reception for forty minutes wasn't the best first impression.",
        "The mix-up over the room was hardly a great impression.",
    ]),
}

# stage -> whole ordinary sentences that must come back clean
LEAVE: dict[str, list[str]] = {
    "missed-deadline": [
        "After our interview you told me the hotel expected to decide before the end of the "
        "month, so I would like to kindly ask if there is any news.",
        "I was too busy to reply sooner, so apologies for the slow note.",
        "I know you're busy, so no rush at all.",
        "If you're too busy to chat this week, an email is perfectly fine.",
        "I always enjoy hearing how teams plan their winter rotas.",
        "I could have explained my approach to the budget question more clearly.",
        "I'm hoping to hear good news, but I understand these things take time.",
        "It would be great to hear back whenever suits you.",
    ],
    "thank-you": [
        "Thank you for taking the time to meet with me on Tuesday.",
        "I'm sorry I missed the chance to meet Dr. Lee, and I hope to another time.",
        "Sorry for the slow reply on my end this week.",
        "Thank you for giving up your lunch hour to show me round the ward.",
    ],
    "second-nudge": [
        "I'll give it a week before I check in again.",
        "I'm giving the portfolio a final polish before I send it over.",
        "I would like to give you an update on my availability.",
    ],
    "close-the-loop": [
        "Should the role be revisited, I would be very happy to be considered.",
        "I'm still interested if the position remains open, but I'll assume it has moved on "
        "unless I hear otherwise.",
        "I hope I made a good first impression on the panel.",
    ],
    "rejection-reply": [
        "It was not a great fit for my skills, and I appreciate your honesty.",
        "I was disappointed, but I understand, and I'd welcome any feedback.",
        "I never expected to enjoy a case study as much as I enjoyed yours.",
    ],
    "competing-offer": [
        "I'd like to give them an answer by Friday, so could you share your timing?",
        "They have asked me to respond by the 30th, and I will keep them updated.",
        "I would like your honest view on how the team sees the role by the time we speak.",
    ],
}
