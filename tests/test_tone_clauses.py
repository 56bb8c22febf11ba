"""The fifth set of tone rules (rubrics/tone-clauses.toml) and the cue groups widened beside it
in tone-structures.toml and tone-shapes.toml, proved both ways: each shape in several wordings
and in both clause orders must flag on its own, and ordinary sentences must leave the whole
email clean. Our own paraphrases of each kind of problem, not the blind sets' texts."""

from __future__ import annotations

from test_rules import rubric

# rule -> (stage, sentences it must flag); clause-order variants sit next to each other
FLAG: dict[str, tuple[str, list[str]]] = {
    "ultimatum.pressure": ("competing-offer", [
        "If the team is still keen, you will need to decide quickly.",
        "You will need to decide quickly if the team is still keen.",
        "It would be in your interest to confirm by Friday.",
        "To confirm by Friday would be in your best interest.",
        "Given the other offer, you'd have to act fast.",
        "I'd urge you to come back to me tomorrow.",
        "You'd be wise to make a decision this week.",
    ]),
    "ultimatum.conditional": ("missed-deadline", [
        # an escalation or the email itself as the consequence, either clause order
        "If I don't hear back by Thursday, I will be raising this with your director.",
        "I will be raising this with your director if I don't hear back by Thursday.",
        "Failing a reply this week, I'll escalate the matter to your HR team.",
        "Unless I get an answer by Monday, please treat this note as my withdrawal.",
        "Please treat this note as my withdrawal unless I get an answer by Monday.",
        "I'd appreciate a reply by Friday, otherwise I'll be taking it up with your manager.",
    ]),
    "tone.courtesy": ("rejection-reply", [
        "I had expected at least a short reply after three rounds.",
        "After three rounds I had expected at least a short reply.",
        "I'd have appreciated even a one-line email to say the role was filled.",
        "A brief update to applicants would have gone a long way.",
        "It would have made all the difference to get a call instead of a form email.",
        "I trust future applicants get more information than I did.",
        "A short call wouldn't have hurt.",
    ]),
    "tone.ignored": ("second-nudge", [
        "I'm writing again because my last message went unanswered.",
        "My last message went unanswered, so I'm writing again.",
        "It seems my application was simply ignored.",
        "My previous email doesn't look like it reached anyone.",
        "Neither of my follow-ups has been read by anyone, it seems.",
    ]),
    "tone.pace": ("missed-deadline", [
        "Considering how slow your hiring process has been, I have started looking elsewhere.",
        "I have started looking elsewhere, considering how slow your hiring process has been.",
        "Given how long you have taken, I assume the role has gone.",
        "Your recruitment has been painfully slow.",
        "Because of how drawn-out the process is, my plans have changed.",
        "Four weeks is a long time to wait for a simple yes or no.",
    ]),
    "tone.pointed": ("second-nudge", [
        "I'm sure a busy practice leaves little time for replies.",
        "A busy practice no doubt leaves little time for replies.",
        "As I'm sure you're aware, the date you gave has passed.",
        "The date you gave has passed, as I'm sure you are well aware.",
        "Clearly the team is too busy for updates.",
        "As you will surely remember, you promised a decision last week.",
        "Thanks for keeping me so well informed.",
        "I still can't believe the panel chose someone else.",
        "I've been left in the dark since the final round.",
    ]),
    "tone.plea": ("rejection-reply", [
        "I'd ask you to look again at my application.",
        "Could you look again at my application?",
        "I really hope you will change your decision.",
        "Would you change your decision if I retook the exercise?",
        "I truly hope the panel might reconsider.",
    ]),
    "tone.process": ("rejection-reply", [
        "It's a shame nobody could find five minutes to update me.",
        "Nobody could find five minutes to update me; it's a shame.",
        "I took a day's annual leave for the interview; it was disappointing to get a form "
        "email.",
        "I waited forty minutes in reception, and it would have been nice to be told why.",
        "It would have been nice to be told why, as I waited forty minutes in reception.",
    ]),
    "tone.abasement": ("rejection-reply", [
        "Looking back, I should never have applied for a senior role.",
        "I probably shouldn't even have applied.",
        "I'm thankful you even considered my application.",
        "You must have met far stronger candidates than me.",
        "There were plenty of better candidates, I know.",
        "I had been counting on this role after a long search.",
        "After a long search, I was banking on this job.",
        "I've checked my inbox every hour since Tuesday.",
    ]),
    "tone.anything": ("second-nudge", [
        "I would genuinely do anything to join your team.",
        "To join your team I'd do whatever it takes.",
        "I'll work three times as hard as the others.",
        "I'd work harder than anyone on the team.",
        "I can start immediately and work evenings, whatever you need.",
        "Whatever you need, I can start tomorrow and work weekends.",
        "If there's anything at all, even part-time cover, I'd take it.",
        "Even a temporary contract would be fine, anything at all.",
        "At this point I'd take anything.",
    ]),
}

# sentences near each shape that must leave the whole email clean
LEAVE: dict[str, list[str]] = {
    "competing-offer": [
        "I'd love to know whether you expect to reach a decision before then.",
        "Could you tell me whether you're in a position to share a timeline before then?",
        "I wanted to ask whether you might be able to give me a sense of your timescale.",
        "They've asked for a decision by Monday; would you be able to share whether the team "
        "is close to deciding?",
        "I understand you'll need to check with the panel first.",
        "I know you will need to move carefully with the budget sign-off.",
        "I'm able to start quickly if that helps the team's planning.",
    ],
    "missed-deadline": [
        "I understand you're busy.",
        "No rush at all.",
        "I'd love to hear back whenever suits.",
        "I was happy to wait a few minutes while the panel finished the previous session.",
        "I realise the process has a few stages, and I'm glad to be part of it.",
        "I'll be raising the questions about the rota with Priya when we speak on Friday.",
        "I can send the remaining samples by Thursday if that helps.",
    ],
    "rejection-reply": [
        "I was disappointed but I understand.",
        "Thank you for letting me know; I'm grateful for the call.",
        "The feedback call would have been hard to fit in last week, so Thursday suits me well.",
        "I'm counting down to the product launch you mentioned and wish the team well.",
        "I know the field was strong, and I'd welcome any feedback you can share.",
        "I'd love to be considered for future roles on the team.",
        "Your note about the design review was really helpful.",
    ],
    "second-nudge": [
        "I'm sure the team has a lot on this month, so no rush at all.",
        "I can start on the agreed date and am happy to help with the handover.",
        "I'd be glad to provide whatever you need for the reference check.",
        "Just in case my previous note reached the wrong inbox, I'm resending it here.",
        "As you mentioned, the panel meets again on Tuesday.",
        "As you know, I've worked with cloud data platforms for six years.",
        "I'll do my best to keep the sample short.",
        "I'd do the take-home exercise again in a heartbeat; I enjoyed it.",
        "I'll take anything you can share about the next steps as helpful.",
        "Thanks for keeping me updated on the timeline.",
        "I check my email every morning, so a reply any day is fine.",
    ],
}


def test_the_fifth_set_is_loaded_and_tested_both_ways() -> None:
    loaded = {r.id for r in rubric("thank-you").rules}
    assert set(FLAG) <= loaded
    assert all(len(rows) >= 5 for _, rows in FLAG.values())
    assert sum(len(rows) for rows in LEAVE.values()) >= 25
