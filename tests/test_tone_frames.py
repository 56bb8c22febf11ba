"""Issue 15, general frames (rubrics/tone-irony.toml, tone-voices.toml, tone-shapes3.toml): each
rule is a shape of a few word classes meeting in one sentence in either order, not a wording.
Flag rows are our own sentences in both clause orders, tenses and registers; leave rows are the
ordinary emails that share their words (a condition without a consequence, a date that is the
other employer's, a feeling owned and let go). Run by tests/test_tone_tables.py."""

from __future__ import annotations

from drafter.rubric.checks.clauses import _lemmas
from drafter.wordclass import forms

# rule -> (stage, sentences it must flag)
FLAG: dict[str, tuple[str, list[str]]] = {
    "ultimatum.frame": ("missed-deadline", [
        # condition + consequence, both orders
        "If I don't hear back by Monday, I'll move on.",
        "I'll have to move on if I don't hear back by Monday.",
        "Unless I receive an answer this week, I will withdraw my application.",
        "I'll be withdrawing my application unless I hear from you soon.",
        "Should there be no reply by the 12th, I shall take my name out of the running.",
        "I shall take my name out of the running should there be no reply by the 12th.",
        "If your team wants to keep me, you'll have to beat their offer or I'll sign with them.",
        # deadline + consequence with a link word
        "After Thursday I'll be accepting their offer.",
        "I'm giving it until Friday; otherwise I'll commit elsewhere.",
        "Beyond the end of the month I won't be available.",
        "Failing a reply within 48 hours, I'll consider the matter closed.",
        "If nothing arrives by close of business, I'll be raising a complaint.",
        "I'll be sharing my experience on Glassdoor if there's no answer by the weekend.",
        # soft consequence only with both condition and deadline
        "If I haven't heard by Friday, I'll assume it's a no.",
        "I'll take it as a no if I don't hear anything by next week.",
        "Once Friday passes, my decision is made.",
        "It's now or never for your team.",
        "Match their salary or I walk.",
    ]),
    "ultimatum.demand-by": ("competing-offer", [
        "I need your decision by Thursday.",
        "I'll need a firm answer from you by noon tomorrow.",
        "Please let me know your decision by Friday.",
        "I must ask for a definitive answer by 15 April.",
        "I would need Harbor's offer in writing by the 3rd.",
        "I'd need to hear by Friday.",
        "I require your final answer within 48 hours.",
        "I have to tell them by Friday, so I'd need yours before then.",
    ]),
    "tone.need-frame": ("second-nudge", [
        "I really need this job.",
        "I honestly, desperately need this role.",
        "I just really need to be working again.",
        "I need this to work out.",
        "I'm begging you to give me a chance.",
        "This was my last shot at the industry.",
        "I'm honestly desperate at this point.",
        "I've been checking my inbox every hour.",
        "I don't know what I'll do if it's a no.",
        "My rent is due and my savings are gone.",
        "My family is counting on this.",
        "It would mean the world to me.",
        "This job is everything to me.",
        "Please don't give up on me.",
        "I really hope you pick me; I don't have any other options.",
        "I can't afford to lose this opportunity.",
        "Please, just hire me.",
        "This is my only interview in months.",
        "Every day without news is agony.",
        "I just really want this.",
    ]),
    "tone.concede-frame": ("rejection-reply", [
        "I'd take a lower salary if that helps.",
        "I'll work weekends unpaid for the first month.",
        "I'm happy to come in well below the range we discussed.",
        "I would gladly work any hours you could give me.",
        "Any figure you can manage would be fine.",
        "Honestly, I'll take anything.",
        "I'd be happy to start on half the rate.",
    ]),
    "tone.verdict-frame": ("missed-deadline", [
        "Frankly, the process doesn't add up.",
        "Seven weeks of silence is pretty unprofessional.",
        "The way the decision was handled was unfair.",
        "The delay has been very frustrating.",
        "This isn't what I would expect from a firm like yours.",
        "I deserve at least a status update.",
        "A phone call was surely the least a candidate could expect.",
        "Is it really too much to ask for a reply?",
        "How hard can it be to send one line?",
        "I think I'm owed an answer.",
        "I would expect a company of your size to manage a simple update.",
        "I'm starting to feel like my time doesn't matter to your team.",
        "Clearly my application isn't a priority for you.",
        "I guess I'm not important enough for a reply.",
        "It feels like I was only interviewed to make up the numbers.",
        "I'd like to know why someone with less experience got the role.",
        "I'm not convinced the panel judged my experience fairly.",
        "A simple yes or no would have been nice by now.",
    ]),
    "tone.reverse-frame": ("rejection-reply", [
        "Is there any way the decision could be revisited?",
        "Could the panel reconsider my application?",
        "I'm asking if you might reconsider.",
        "Would you be willing to look at my application again?",
        "I'd be grateful for a second chance at the interview.",
        "Is there anything at all I could say to change your mind?",
        "Please reconsider; I know I can do this job.",
    ]),
    "tone.abase-frame": ("second-nudge", [
        "I'm starting to wonder whether I'm good enough for this field.",
        "In hindsight I probably wasted your team's time.",
        "I know I'm not as polished as the other candidates.",
        "I'm sure I don't deserve a second look.",
        "I know I'm being a nuisance.",
        "I always seem to fall apart in interviews.",
        "I'd be grateful just to be considered.",
        "I'm sorry for being so pushy.",
    ]),
    "tone.lapse-frame": ("missed-deadline", [
        "You promised an update by the 9th; it's now the 23rd.",
        "The date you set came and went without a word.",
        "I was told I'd hear last week, and nothing ever came.",
        "No one has had the courtesy to reply.",
        "Two months passed without so much as an acknowledgement.",
        "Your team let two of its own deadlines slip.",
        "The decision was clearly made before I walked in.",
        "Perhaps the post was never really open.",
        "I guess a few days means something different on your side.",
    ]),
    "tone.treatment-frame": ("rejection-reply", [
        "Your team couldn't even be bothered to reply.",
        "They never bothered to tell me.",
        "Candidates are simply left guessing.",
        "It's frustrating to be kept waiting like this.",
        "I feel I was strung along for two months.",
        "I feel the panel never really gave me a chance.",
        "I was told the role was mine, yet here we are.",
        "I would appreciate the basic courtesy of a reply.",
        "Frankly, I was surprised to get the news by a two-line email.",
        "I must say I found the process rather odd.",
    ]),
    "tone.slow-frame": ("missed-deadline", [
        "Surely it can't take this long to make a decision.",
        "I'm not sure why it has taken so long to get back to me.",
        "I'd have thought three weeks was enough time to reach a decision.",
        "A fortnight should be plenty of time to decide.",
        "It's been a month and I still don't have an answer, which is not great.",
        "I still have no news, and that's frankly not acceptable.",
    ]),
    "tone.sacrifice-frame": ("missed-deadline", [
        "I gave up a weekend for your task, and I haven't even had an acknowledgement.",
        "I took two days off for the interviews, only to hear nothing.",
        "I rearranged a week of shifts, yet still no word.",
        "I spent hours on the presentation and have not so much as had a reply.",
        "I put in a full afternoon of work, and no response since.",
    ]),
}

# stage -> sentences that must leave the whole email clean
LEAVE: dict[str, list[str]] = {
    "missed-deadline": [
        "I understand you're busy.",
        "No rush at all.",
        "I'd love to hear back whenever suits.",
        "If there's any news, I'd be glad to hear it.",
        "If it helps, I can send references by Friday.",
        "Should you need anything else from me, I can send it by Monday.",
        "Since I haven't heard back, I'll assume the role has been filled; I wish the team well.",
        "If the role has been filled, no reply is needed.",
        "I hope to hear from you by the end of the month.",
        "I understand it can take this long with a panel of five.",
        "I still haven't found a better example than the one you gave.",
        "Nobody I spoke to in the industry had heard of the tool before.",
    ],
    "close-the-loop": [
        "I've accepted another position and would like to withdraw my application.",
        "I'll assume the search has moved on, and that's completely fine.",
    ],
    "competing-offer": [
        "They have asked me to respond by Friday, so I wanted to let you know.",
        "I have an offer which I need to accept or decline by 28 November.",
        "Before I respond to them, is there any chance of hearing about next steps by then?",
        "Would it be possible to share your timeline before Thursday?",
        "I'd be grateful for any update by Friday if at all possible.",
        "You remain my first choice, and I'd love to find a way to make it work.",
    ],
    "second-nudge": [
        "I just wanted to check in on the role.",
        "I wanted to let you know I remain very interested in the position.",
        "I need to confirm my availability for the first week.",
        "This role means a lot to me because of the work on the new clinic.",
    ],
    "rejection-reply": [
        "I was disappointed, but I completely understand.",
        "I'd be glad to be considered for any position that opens in the future.",
        "I'd be happy to help with the volunteer day next spring.",
        "I'd be happy to provide whatever you need.",
        "Frankly, I was surprised by how much I enjoyed the case study.",
        "I must say the panel made me feel very welcome.",
        "I know these decisions can take a while.",
        "Sorry it took me so long to reply to your note.",
        "I was kept busy by the exercise in the best way.",
        "I spent the weekend reading about your platform, and it was time well spent.",
        "I took the afternoon off to prepare, and I'm glad I did.",
        "My time at the clinic doesn't matter as much as what I learned there.",
        "I'd settle into the team quickly, given the overlap with my current work.",
        "It would have been nice to meet the wider team, and I hope to next time.",
        "The process was very well organised.",
        "If anything changes in future, I'd be glad to be reconsidered.",
        "I'd welcome another chance to apply in the next round.",
        "Would you be willing to share any feedback on my interview?",
        "I gave it my best shot, and I learned a lot.",
        "The decision must have been a hard one, and I respect it.",
    ],
    "thank-you": [
        "Sorry to bother you again so soon; here is the link I promised.",
        "You said the team is moving to Postgres, which I have done twice before.",
        "I know the timeline is tight, so I'll keep this short.",
        "Nobody explained the rota as clearly as you did.",
        "The week flew by, and the calendar you showed me works well.",
    ],
}


def test_a_lemma_stands_for_its_forms() -> None:
    assert {"withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing"} <= forms("withdraw")
    assert "begged" in forms("beg") and "begin" not in forms("beg")
    assert _lemmas(r"I\s+{=plead}").startswith(r"I\s+(?:")
    assert "pled" in _lemmas("{=plead}")
