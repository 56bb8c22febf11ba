"""Issue 15, seventh round (rubrics/tone-shapes3.toml): shapes from blind set i's misses, half A
then half B, widened from our own paraphrases (clause order, tense, hedges, British, Indian and
US English). Flag rows must fire on their own; leave rows must leave the whole ordinary email
clean. A hedged request for an update by a day ("I'd be grateful for an update by Friday if
possible") is a polite request, never pressure; a firm or final answer with a clock on it is."""

from __future__ import annotations

import pytest
from test_rules import in_email, review
from test_tone_clauses import _loud, alone

# rule -> (stage, sentences it must flag)
FLAG: dict[str, tuple[str, list[str]]] = {
    "ultimatum.time-limit": ("competing-offer", [
        "I'm giving each company 48 hours to make its best offer before I decide.",
        "I'll give you until Friday to come back to me.",
        "I am giving you till Monday to confirm.",
        "I can give you two more days, and then I sign with them.",
        "Before I decide, I'm allowing both firms a week to respond.",
        "I'll only give your team until the end of the week.",
        "I shall be granting each employer 72 hours to put their offer in writing.",
        "I'm not prepared to wait past the end of the month.",
        "I am not willing to wait beyond Thursday.",
        "Honestly, I'm unwilling to hold on much longer.",
        "I can't wait past the 15th for an answer.",
        "I won't keep waiting beyond next week.",
        "I cannot hold out any longer than Friday.",
        "I can't keep my other options on hold indefinitely.",
        "I cannot keep the other offers waiting much longer.",
        "Whoever comes through first gets my yes.",
        "Whichever company makes the best offer wins.",
        "The first firm to make me an offer gets my signature.",
        "I have asked each company for its best and final offer.",
        "To be fair to all, I'm giving everyone until tomorrow noon.",
    ]),
    "tone.finally": ("rejection-reply", [
        "It's good to finally hear something, only five weeks after the final interview.",
        "Thanks for finally getting back to me.",
        "Nice to finally get a reply.",
        "I'm glad someone finally replied.",
        "At last I have an answer, which is something.",
        "Good to have heard back at long last.",
        "Thank you for the update, only two months after my interview.",
        "It was a relief to finally receive a decision.",
        "Lovely to finally hear from you.",
        "I appreciate you finally letting me know.",
        "Your reply came a mere six weeks after the panel, so thank you for the news.",
        "So you've finally responded.",
        "Great to get some news at last.",
        "I'm pleased to have finally got an answer.",
        "Thanks for the reply, just three weeks later than promised.",
        "Glad to finally be updated.",
        "Finally got some news, thank you.",
        "It is nice to finally hear back from the team.",
        "Thank you for finally getting in touch.",
        "Only a month after the interview, and here is the decision.",
    ]),
    "tone.pattern": ("missed-deadline", [
        "It seems to be a bit of a pattern with this process.",
        "Delays are becoming a habit with your team.",
        "The rescheduling is turning into a pattern.",
        "It's not the first time a date has slipped.",
        "Par for the course with the delays, I suppose.",
        "The interview was moved yet again.",
        "The call was postponed once again.",
        "Silence seems to happen a lot with this company.",
        "The timeline has slipped twice now.",
        "As usual, the decision has been delayed.",
        "This is not the first time the panel was rescheduled.",
        "Missing dates seems to be a real habit for the team.",
        "It's something of a pattern with your deadlines.",
        "Once again the second round was cancelled.",
        "The schedule has become a pattern of delays.",
        "The date has been pushed back three times already.",
        "Another delay, as always.",
        "Your timelines slip more than once, it seems, so this is a pattern.",
        "The decision was delayed yet again, it seems.",
        "No response again, which is par for the course.",
    ]),
    "ultimatum.firm-answer": ("missed-deadline", [
        "I'd appreciate a firm yes or no on the Account Manager role by Friday at noon.",
        "Please let me have your final decision before Thursday.",
        "I need a definite answer by tomorrow.",
        "Kindly send a clear answer no later than Monday.",
        "A firm decision by the 20th would be appreciated.",
        "I expect a final answer within 48 hours.",
        "I'd like your final decision by end of day.",
        "Could I have a straight answer by Wednesday?",
        "I'll need a firm commitment before the weekend, by Friday.",
        "Please give me a yes or no by tonight.",
        "A definitive response by 5 pm tomorrow, please.",
        "I'm asking for a clear decision by close of business.",
        "Your final answer by Tuesday would help me plan.",
        "I would appreciate a formal decision within 3 days.",
        "Do send me a firm answer before noon.",
        "I require a binding answer by this week.",
        "Please revert with a final decision by today itself.",
        "I must have a clear yes or no by Monday.",
        "Do you expect me to wait? I must have a final answer by Monday.",
        "A straight reply by midday tomorrow would be ideal.",
        "I'm after a final decision by the 3rd.",
    ]),
    "tone.ruined": ("thank-you", [
        "I really, really hope it didn't ruin my chances.",
        "I'm worried I've blown my chances.",
        "I fear my answer on budgets cost me the job for me; I hope it has not ruined my chances.",
        "I hope my nerves haven't ruined my chances.",
        "I'm afraid I may have blown my shot.",
        "I hope my slip didn't jeopardise my candidacy.",
        "I keep thinking I wrecked my chances.",
        "I hope the late start hasn't damaged my prospects.",
        "I'm scared my answer hurt my chances.",
        "I worry I have messed up my application.",
        "I fear I spoilt my chances with that answer.",
        "Hopefully my stumble hasn't sunk my candidacy.",
        "I think I threw away my shot with that question.",
        "I'm terrified I ruined my application.",
        "I hope I haven't tanked my chances.",
        "My answer may have killed my chances.",
        "I'm so worried it scuppered my chances.",
        "Please tell me I haven't blown my opportunity.",
        "That question probably cost me my chance.",
        "I do hope my nervousness hasn't hurt my hopes.",
    ]),
    "tone.candidates-wait": ("close-the-loop", [
        "I suppose candidates are just expected to wait indefinitely these days.",
        "Apparently applicants are meant to chase.",
        "People are simply left in the dark nowadays.",
        "I guess candidates are supposed to wait forever.",
        "Candidates are clearly expected to wait indefinitely.",
        "I gather applicants are left hanging these days.",
        "These days candidates just have to wait.",
        "I take it candidates are made to guess.",
        "Evidently interviewees are kept waiting.",
        "Apparently job seekers are expected to wait for ever.",
        "One is expected to wait endlessly, it seems, I suppose.",
        "Candidates are left in limbo nowadays.",
        "I suppose applicants are meant to sit and wait.",
        "We candidates are obviously expected to chase.",
        "Nowadays applicants are just expected to wait.",
        "Candidates get left in the dark these days.",
        "I guess people are supposed to chase these days.",
        "Clearly candidates are kept waiting indefinitely.",
        "Interviewees are made to wait endlessly, apparently.",
        "I suppose job-seekers simply have to wait these days.",
    ]),
    "tone.anyone-reading": ("second-nudge", [
        "It would be good to know someone is actually reading these.",
        "I'm not sure anyone even reads my emails.",
        "Does anybody actually check this inbox?",
        "I wonder if anyone ever opens my messages.",
        "It would be nice if someone actually read my follow-ups.",
        "Is anyone actually reading these?",
        "I doubt anybody even sees my notes.",
        "I'd like to know a real person is actually reading my emails.",
        "Nobody seems to even open my messages.",
        "I hope someone actually listens to my voicemails.",
        "Perhaps no one ever reads this inbox.",
        "Can somebody confirm anyone actually got my emails?",
        "It's unclear whether anyone even looks at my application follow-ups.",
        "Is a human actually reading these?",
        "I'm beginning to think nobody actually reads my letters.",
        "Does someone even check this mailbox?",
        "I'd appreciate knowing somebody actually received my messages.",
        "Not sure if anyone really reads these.",
        "Would anyone actually see my note?",
        "It seems no-one ever reads anything I send.",
    ]),
}

# ordinary text that must leave the whole email clean
LEAVE: dict[str, list[str]] = {
    "competing-offer": [
        "They have given me until Friday to respond.",
        "The other company needs my answer by 12 June.",
        "I'll give it a week before I check in again.",
        "I'd be glad to give you a call on Monday.",
        "I can give you two references from my last role.",
        "I'm happy to give your team any documents you need.",
        "I can't wait to hear how the launch goes.",
        "I can't wait to start if it works out.",
        "Whoever joins the team will be lucky to work with you.",
        "I'd be grateful for an update by Friday if possible.",
        "Would it be possible to share your timeline before Friday?",
        "You mentioned a final decision by Friday; is that still the plan?",
        "Each company has its own process, and yours remains my first choice.",
        "I gave each project 48 hours of testing before release.",
        "I'm not prepared to give up on this role easily, as it's my first choice.",
    ],
    "rejection-reply": [
        "I'm glad we finally found a time to meet last month.",
        "Congratulations on finally launching the new app.",
        "I finally heard back from my referee, who sends her regards.",
        "Thank you for letting me know.",
        "Only two months after joining my last team, I led the migration.",
        "Thank you for the update and for your time.",
        "I was disappointed but I understand.",
        "I finally got round to reading the book you recommended.",
    ],
    "missed-deadline": [
        "Thanks once again for rescheduling to suit me.",
        "It's a habit of mine to write tests first.",
        "I've made it a habit to review every deploy.",
        "Sorry once again that I had to reschedule.",
        "I noticed a pattern in your churn data that I'd love to discuss.",
        "Once again, thank you for your time.",
        "I understand you're busy.",
        "No rush at all.",
        "I'd love to hear back whenever suits.",
        "The deadline for the project is 30 June.",
        "If you need anything else, just let me know.",
        "You'd hoped to decide by the 18th, so I wanted to check in.",
        "I'd be grateful for an update by Friday if possible.",
        "I'm keen to hear your decision whenever it's ready.",
        # a question about their own timing (ultimatum.demand and .deadline flagged these)
        "Could you let me know whether you expect a final decision by Friday?",
        "Could you let me know if the team still expects to decide by Friday?",
        "Do you expect a final decision by Friday?",
        "Please let me know whether you anticipate a decision before the 20th.",
    ],
    "thank-you": [
        "I hope the rain didn't ruin your weekend.",
        "The outage cost the team a day, and we fixed the cause.",
        "I was nervous, but I enjoyed the conversation.",
        "I hope my answer on budgets was clear; here is a fuller note.",
        "Candidates are expected to bring ID on the day, which I will.",
        "People are expected to wear safety boots on site, I know.",
        "Someone on your team mentioned the new portal.",
        "I'd love for someone on the team to actually see the prototype running.",
    ],
    "close-the-loop": [
        "I understand these things take time.",
        "I imagine you've gone in another direction, and I wish you well.",
    ],
}


@pytest.mark.parametrize(("rule", "stage", "sentence"), [
    pytest.param(r, st, s, id=f"{r}:{s[:50]!r}") for r, (st, rows) in FLAG.items() for s in rows])
def test_the_rule_flags_on_its_own(rule: str, stage: str, sentence: str) -> None:
    assert alone(in_email(sentence, stage), rule), sentence


@pytest.mark.parametrize(("stage", "sentence"), [
    pytest.param(st, s, id=f"{st}:{s[:50]!r}") for st, rows in LEAVE.items() for s in rows])
def test_leaves_the_whole_email_clean(stage: str, sentence: str) -> None:
    assert _loud(review(in_email(sentence, stage)).findings) == []


def test_every_seventh_set_rule_has_flag_rows() -> None:
    from test_rules import rubric
    shipped = {r.id for r in rubric("thank-you").rules if r.id.startswith(("tone.", "ultimatum."))}
    seventh = {"ultimatum.time-limit", "tone.finally", "tone.pattern", "ultimatum.firm-answer",
               "tone.ruined", "tone.candidates-wait", "tone.anyone-reading"}
    assert seventh <= shipped and seventh <= set(FLAG)


@pytest.mark.parametrize(("stage", "sentence"), [
    ("second-nudge", "Quick follow-up on the Store Manager role."),
    ("close-the-loop", "Thanks again for the tour of the roastery; it was a highlight."),
    ("thank-you", "I coordinated float coverage for a 28-bed med-surg unit."),
    ("rejection-reply", "I've just signed up for the admin certification course."),
])
def test_blind_i_precision_classes(stage: str, sentence: str) -> None:
    assert _loud(review(in_email(sentence, stage)).findings) == []
