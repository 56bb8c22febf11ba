"""The third set of tone rules (rubrics/tone-voices.toml) and the shapes widened beside it, proved
both ways: wordings each rule must flag, and ordinary sentences that must leave the whole email
clean. The rows are our own paraphrases of each kind of problem, not the blind sets' texts."""

from __future__ import annotations

import pytest
from test_rules import in_email, review, rubric
from tone_irony_cases import IRONY_FLAG, IRONY_LEAVE
from tone_support import alone, loud

# rule -> (stage, sentences it must flag on its own)
FLAG: dict[str, tuple[str, list[str]]] = {
    "tone.sarcasm": ("missed-deadline", [
        "I suppose three weeks wasn't enough time to send a two-line update.",
        "Is it honestly too much to ask for a yes or a no?",
        "Did the 14th come and go over there as well? I assume it came and went for you too?",
        "Clearly 'early next week' means something different at an agency.",
        "Per my last email, I am still waiting on the timeline.",
        "Maybe my note landed in an inbox nobody checks.",
        "I hope the free consulting in my case study was useful to the team.",
    ]),
    "tone.underbid": ("competing-offer", [
        "I'd happily start below the band you mentioned if it helps.",
        "Whatever salary you can stretch to would be fine by me.",
        "I could accept a lower rate for the first year.",
        "I'd even volunteer on weekends until a post opens.",
        "I would work for half the usual rate to get started.",
    ]),
    "tone.self-doubt": ("rejection-reply", [
        "I know I'm not as experienced as the other finalists.",
        "There were surely far stronger candidates than me.",
        "Sorry for wasting the panel's time with my answers.",
        "I totally botched the case study, I know.",
        "I'd be grateful for any chance at all to work with you.",
    ]),
    "tone.snide": ("missed-deadline", [
        "Would it really be so hard to send a quick update?",
        "How difficult can it be to reply to an email?",
        "Two emails now, not so much as a one-line reply.",
        "The lack of communication has been frankly baffling.",
        "That seems odd from a company that prides itself on transparency.",
        "Three months to tell someone no puts your process into perspective.",
    ]),
    "tone.unread": ("rejection-reply", [
        "It felt as if no one on the panel had even read my CV before the call.",
        "Nobody seemed to have looked at my portfolio beforehand.",
        "You clearly didn't read my cover letter.",
        "The interviewers obviously hadn't opened my application.",
        "None of the panel had actually reviewed my samples.",
    ]),
    "tone.hardship": ("second-nudge", [
        "I really need this job after the year I've had.",
        "I just need this role to work out.",
        "My savings are almost gone and the rent is due next week.",
        "Our mortgage is overdue and I'm trying to stay positive.",
        "Without this job I don't know how we manage.",
        "This offer is the only thing keeping me going right now.",
        "My husband recently lost his job, so this means a great deal.",
        "I'm sure I'm being a nuisance by writing again.",
        "I can't stop thinking about the interview.",
    ]),
    "tone.overeager": ("rejection-reply", [
        "Is there anything, anything at all, that would help?",
        "Is there anything at all I could do to stay in the running?",
        "I'd take any shift, honestly anything, to be part of it.",
        "Just please give me the chance to show you.",
        "If you would just give me a chance, I know I'd prove myself.",
        "I'd happily start for less money.",
        "I could even work the first fortnight unpaid.",
        "I've never wanted anything as much as this post.",
    ]),
    # the widened structures (tone-structures.toml / tone-shapes.toml)
    "ultimatum.conditional": ("second-nudge", [
        "This is the last time I'll chase this; after that I'll take my name out of the process.",
        "Unless I hear otherwise, I'll be withdrawing on Monday.",
        "I'll give it until Thursday, and then I'm taking the other offer.",
        "If you can't confirm this week, I'll take the offer from Halden.",
        "If that isn't possible, there's not much point continuing our conversations.",
        "I'll assume your silence means the answer is no.",
    ]),
    "ultimatum.deadline": ("competing-offer", [
        "You'll need to match their salary and come back to me within 48 hours.",
        "You will have to get back to me by Friday with your decision.",
    ]),
    "ultimatum.leverage": ("competing-offer", [
        "Should you want me on the team, now is the time.",
        "I'd hate for you to miss out on me.",
        "The sooner you can confirm, the better for everyone.",
        "I can only hold them off for so long.",
        "I can't keep other employers waiting indefinitely.",
    ]),
    "tone.plea": ("rejection-reply", [
        "Is there any way the decision could be revisited?",
        "Could the outcome be reconsidered at all?",
        "Would you be willing to look at my application again?",
        "Could the panel review my portfolio once more?",
    ]),
    "tone.aggrieved": ("rejection-reply", [
        "I don't think the panel gave me a fair hearing.",
        "I was never given a proper chance to show my design work.",
        "If your team had kept to the dates you gave, I wouldn't have turned down the other job.",
        "From where I'm standing, the decision doesn't add up.",
    ]),
    "tone.process": ("missed-deadline", [
        "It would have been nice to get a short note when the date slipped.",
        "The 20th came and went without a word, which isn't how I'd expect a clinic to run hiring.",
        "Six weeks without a single update is not what I expected from your team.",
    ]),
    "tone.insinuation": ("rejection-reply", [
        "It does make me wonder how fair the process really was.",
        "I can't help wondering how open the competition actually was.",
    ]),
}

# sentences that must leave the whole email clean, per stage
LEAVE: dict[str, list[str]] = {
    "missed-deadline": [
        "I understand you're busy, and there's no rush at all.",
        "I'd love to hear back whenever suits.",
        "If there's any update on the timeline, I'd be glad to hear it.",
        "If anything changes on my side, I'll let you know straight away.",
        "If it would help, I can send two references this week.",
        "I know hiring takes time, especially before the holidays.",
        "Is it possible to share an update on the timeline?",
        "I know it's hard to coordinate a panel across three sites.",
        "The silence on the ward at night was something I found calming.",
        "I won't be able to make Tuesday, but any other day this week works.",
        "The shift pattern we discussed would suit me well.",
        "I was glad to hear the new ward opens in the spring.",
    ],
    "second-nudge": [
        "I haven't heard back, and I'm guessing the team's plans may have changed, which happens.",
        "I haven't heard anything since October, and I completely understand if priorities moved.",
        "This will be my last note on the Mobile Engineer role, and I hope our paths cross again.",
        "I'm assuming the position has been filled, and I wish the team well.",
        "Thank you again for the time you gave me in September.",
        "I know you have a lot on, so a one-line reply is more than enough.",
        "I wanted to follow up once more on the Site Manager role.",
        "I remain very interested and would be glad to share anything else you need.",
        "If you need anything else from me, I'm happy to send it.",
        "The free parking you mentioned was a nice touch.",
    ],
    "rejection-reply": [
        "Thank you for giving me a fair hearing and for the kind words about my portfolio.",
        "I was disappointed to hear, but I understand.",
        "Is there anything I could work on before applying again in the future?",
        "Please keep me in mind for future openings on the team.",
        "I'd welcome any feedback you're able to share.",
        "Thank you for reading my application so closely.",
        "I enjoyed hearing about the unpaid-invoice backlog you're clearing.",
        "I was glad the panel gave my portfolio the attention it deserved.",
        "I know the other finalists were strong, and I learned a lot from the day.",
        "I volunteer at the food bank on Saturdays, which is where I learned to run a rota.",
    ],
    "competing-offer": [
        "I have an offer from Northwind and need to reply by Friday, December 4.",
        "Their offer came in below the range we discussed, but your team is my first choice.",
        "If I receive the contract from you by Friday, I'll sign it the same day.",
        "If your timeline allows, I'd welcome an update before then.",
        "Your team remains my first choice, and I'd much rather join you.",
        "I wanted to let you know as a courtesy, with no pressure at all.",
    ],
    "thank-you": [
        "Thank you for the chance to meet the team on Tuesday.",
        "I'd love to hear more about how the new rota settles in.",
        "I really enjoyed the session on the ward's falls project.",
        "The hospital's work on sepsis screening is exactly what I want to be part of.",
    ],
}


@pytest.mark.parametrize(("rule", "stage", "sentence"), [
    pytest.param(r, st, s, id=f"{r}:{s[:50]!r}")
    for r, (st, rows) in {**FLAG, **IRONY_FLAG}.items() for s in rows])
def test_the_rule_flags_on_its_own(rule: str, stage: str, sentence: str) -> None:
    assert alone(in_email(sentence, stage), rule), sentence


@pytest.mark.parametrize(("stage", "sentence"), [
    pytest.param(st, s, id=f"{st}:{s[:50]!r}")
    for st, rows in [*LEAVE.items(), *IRONY_LEAVE.items()] for s in rows])
def test_leaves_the_whole_email_clean(stage: str, sentence: str) -> None:
    assert loud(review(in_email(sentence, stage)).findings) == []


def test_every_new_rule_is_loaded_and_tested_both_ways() -> None:
    loaded = {r.id for r in rubric("thank-you").rules}
    new = {"tone.sarcasm", "tone.unread", "tone.hardship", "tone.overeager", "tone.underbid",
           "tone.self-doubt", "tone.snide"}
    assert new <= loaded
    assert all(len(FLAG[r][1]) >= 5 for r in new)
    assert sum(len(rows) for rows in LEAVE.values()) >= 30


def test_the_fourth_set_is_loaded_and_tested_both_ways() -> None:
    assert set(IRONY_FLAG) <= {r.id for r in rubric("thank-you").rules}
    assert all(len(rows) >= 5 for _, rows in IRONY_FLAG.values())
