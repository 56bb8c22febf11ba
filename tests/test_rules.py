"""Every rubric rule, proved both ways: wordings it must flag, ordinary text it must leave alone.

The tables below are the contract for the built-in rubric. A new wording that slips through (or
an ordinary sentence that gets flagged) belongs in these tables first, then in the data under
`rubrics/` - generalised, not special-cased for the sentence.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import grammar_cases as gc
import pytest

from drafter.context import CompetingOffer, InterviewContext, Interviewer
from drafter.report import Finding, Report
from drafter.rubric import Rubric, check, infer_stage, load_rubric, stage_names

STAGES = list(stage_names())  # from the stage data, so a new stage is tested too


@dataclass(frozen=True)
class Case:
    """One text reviewed for one stage, with whatever the check needs to see."""

    text: str
    stage: str = "thank-you"
    context: InterviewContext | None = None
    today: dt.date | None = None
    interviewer: str | None = None
    stage_inferred: bool = False
    note: str = field(default="", compare=False)


@cache
def rubric(stage: str) -> Rubric:
    return load_rubric(stage)


def review(case: Case) -> Report:
    return check(case.text, rubric(case.stage), case.context, interviewer=case.interviewer,
                 today=case.today, stage_inferred=case.stage_inferred)


def hits(case: Case, rule: str) -> list[Finding]:
    return [f for f in review(case).findings if f.rule == rule]


# ------------------------------------------------------------------------------ ordinary email
# An ordinary email per stage with a slot for one sentence: a leave-alone wording must not only
# escape its own rule, it must leave the whole email clean.

_SHELL = {
    "thank-you": (
        "Subject: Thank you – Data Engineer interview\n\nDear Priya,\n\nThank you for taking the "
        "time to speak with me today about the Data Engineer role. I enjoyed our conversation "
        "about the streaming migration and the cost of replaying a week of events.\n\n{sentence}"
        "\n\nI look forward to hearing about next steps.\n\nBest regards,\nJordan Rivera\n"),
    "missed-deadline": (
        "Dear Priya,\n\nI hope your week is going well. I wanted to check in on the Data Engineer "
        "role, which I remain very interested in.\n\n{sentence}\n\nIs there any update you are "
        "able to share?\n\nKind regards,\nJordan Rivera\n"),
    "second-nudge": (
        "Dear Priya,\n\nI know these decisions take time, so I will keep this short. {sentence} "
        "I remain very interested in the Data Engineer role and would be glad to help with "
        "anything you need.\n\nBest,\nJordan\n"),
    "competing-offer": (
        "Dear Priya,\n\nI have received an offer from another company, and they have asked for an "
        "answer by Friday. Larkspur remains my first choice.\n\n{sentence}\n\nWould you be able to "
        "share your timeline?\n\nBest regards,\nJordan Rivera\n"),
    "close-the-loop": (
        "Dear Priya,\n\nI wanted to close the loop on the Data Engineer role we discussed in "
        "October. I imagine the team's plans have moved on, which I understand.\n\n{sentence}"
        "\n\nThank you again for your time, and I hope our paths cross again.\n\nBest "
        "regards,\nJordan Rivera\n"),
    "rejection-reply": (
        "Dear Priya,\n\nThank you for letting me know, and for your time. {sentence} I would value "
        "any feedback you can share.\n\nBest regards,\nJordan Rivera\n"),
}


def in_email(sentence: str, stage: str = "thank-you") -> Case:
    return Case(_SHELL[stage].format(sentence=sentence), stage, note="in an ordinary email")


@pytest.mark.parametrize("stage", STAGES)
def test_the_ordinary_email_shell_is_clean(stage: str) -> None:
    report = review(in_email("It was good to meet you.", stage))
    assert report.findings == []
    # long enough that no length warning could hide a word-level finding
    assert report.word_count > load_rubric(stage).rule("length.body").settings.min + 5


# ------------------------------------------------------------------------------- accusatory

ACCUSATORY_FLAG = [
    # "I haven't heard back" and "I have yet to hear" are tone.unheard's now (an error, or
    # info when it only explains a check-in): tests/test_tone_shapes.py holds their rows
    "I still haven't heard back.",
    "Still no word from you.",
    "Still no word.",
    "Still nothing from your side.",
    "I never got a reply.",
    "I never got a response to my last email.",
    "I never heard back after the final round.",
    "I have received no response.",
    "I've received no reply.",
    "I got no response.",
    "I've heard nothing back.",
    "I have heard nothing.",
    "I have heard nothing from anyone.",
    "I've had no reply.",
    "I sent two emails and got nothing back.",
    "Not a word since the interview.",
    "It has been three weeks without a reply.",
    "I've followed up twice with no response.",
    "I've emailed several times without a response.",
    "I've reached out three times without any reply.",
    "No one has responded to my emails.",
    "Nobody has responded to my emails.",
    "Nobody has answered my emails.",
    "No one from your team has contacted me.",
    "Nobody from your team has been in touch.",
    "No one has been in touch since.",
    "Nobody's gotten back to me.",
    "Nobody got back to me.",
    "No one got back to me after the interview.",
    "I'm not sure why nobody has contacted me.",
    "My emails have gone unanswered.",
    "My previous email went unanswered.",
    "You haven't replied to my last two emails.",
    "You never answered my email.",
    "You didn't even reply to my thank-you note.",
    "You still haven't told me anything.",
    "You ignored my last message.",
    "Your team seems to have forgotten about me.",
    "You've gone quiet.",
    "You went silent after the interview.",
    "There has been complete silence since my interview.",
    "It's been radio silence.",
    "Why haven't I heard anything?",
    "Why hasn't anyone replied?",
    "Why haven't you called?",
    "I'm still waiting for an answer.",
    "Still waiting on your decision.",
    "I've been left waiting for three weeks.",
    "I've been kept in the dark.",
    "You said you would get back to me by Friday.",
    "You told me I would hear by Monday.",
    "I was told I'd hear back by Friday.",
    "I was promised an answer by Monday.",
    "You were supposed to call me on Tuesday.",
    "You mentioned you'd let me know last week, but you didn't.",
    "As I mentioned in my last email, I'm available.",
    "As I said in my previous message, I'm available.",
    "As per my earlier email, I'm available.",
    "Per my previous note, I remain available.",
    "As I already said, I can start in May.",
    "I was disappointed not to hear back.",
    "Nobody from your team has bothered to respond to my last two emails.",
    "I'm disappointed not to have received a reply.",
    "I am still waiting to hear about the role.",
    "We're still waiting for a decision from your side.",
    "There has been complete silence from your team since the interview.",
    "You said you would get back to me by Friday.",
    "You said you'd call me last week, but nobody did.",
    "I thought I would have heard something by now.",
    "I expected a response by now.",
    "I'm frustrated by the lack of communication.",
]

ACCUSATORY_LEAVE = [
    "I haven't stopped thinking about the incident review.",
    # the words in other people's stories (a red-team pass over unseen emails)
    "I liked your plan to reduce the number of patients still waiting for a bed after four hours.",
    "I was struck by how quickly they settled into complete silence for independent reading.",
    "Of course I'm disappointed not to get the position, but I enjoyed meeting the team.",
    "When we spoke on the 3rd, you said you'd likely have an update by mid-month.",
    "I didn't get back to you sooner, apologies.",
    "Sorry I didn't get back to you sooner.",
    "I look forward to hearing from you.",
    "I can't wait to hear what the team decides.",
    "I've heard nothing but good things about your on-call culture.",
    "I've heard great things about the platform team.",
    "I have not yet had the chance to try the beta, but I will.",
    "You mentioned hoping to make a decision by the end of last week.",
    "You mentioned the team hoped to decide by March 6.",
    "I know these decisions take time.",
    "I understand you may still be meeting candidates.",
    "As I mentioned in our interview, I led the migration.",
    "As we discussed on Tuesday, the role is hybrid.",
    "No one on my team had used Flink before, so I wrote a guide.",
    "The alerts went unanswered overnight until we added a rota.",
    "We ran for weeks with no response plan, which is why I built one.",
    "Before the fix, nobody responded to pages after midnight.",
    "I had nothing to add at the time, but I've since thought more about it.",
    "I haven't heard of that library before, so I read the docs.",
    "I still haven't decided which dashboard layout I prefer.",
    "I thought you might enjoy this article on replay costs.",
    "I hoped to have the prototype finished by now, and it is nearly there.",
    "In case you didn't receive my earlier note, I've attached it again.",
    "Thank you for getting back to me so quickly.",
    "I never got to ask about the on-call rota, so I'd love to hear more.",
    "You said the team is moving to Kafka, which excites me.",
    "Why haven't more teams adopted event sourcing? Your answer was convincing.",
    "My notes from our call are below.",
    "You were right that replays are the expensive part.",
]

# ------------------------------------------------------------------------------- ultimatums

THREAT_FLAG = [
    "Unless you can match it with a written offer by Sunday, I will be accepting theirs.",
    "I won't be waiting around much longer.",
    "If I don't hear back by Friday, I will accept another offer.",
    "If I do not hear from you by Monday I will withdraw.",
    "Unless I hear from you by Friday, I'll assume you're not interested.",
    "If I haven't heard by Friday, I'll move on.",
    "If you can't give me an answer by Friday, I will go elsewhere.",
    "If you don't respond by Friday, I will withdraw my application.",
    "If I don't get an answer this week, I'm going to take another job.",
    "If I don't hear back, I'll take that as a no.",
    "If you can't match it, I'll sign with them.",
    "If I don't hear by Friday, I'll assume the position has been filled.",
    "I'll be moving on if I don't hear back.",
    "I will withdraw if I don't hear back this week.",
    "I'll consider my application withdrawn if I don't hear back.",
    "Otherwise I will accept another position.",
    "Otherwise, I'll have to move on.",
    "After Friday I will assume the role is filled.",
    "I will take your silence as a rejection.",
    "You have until Friday to decide.",
    "You've got until Monday.",
    "I won't wait any longer.",
    "I can't wait much longer.",
    "I will not wait forever.",
    "Take it or leave it.",
    "This is your last chance to hire me.",
    "I'll have no choice but to accept another offer.",
    "I'll be forced to look elsewhere.",
    "I'll take my skills elsewhere.",
]

DEMAND_FLAG = [
    "Please let me know whether you have decided before Friday.",
    "I need an answer by Friday.",
    "Please let me know if you have made a decision by Friday.",
    "Please let me know if I got the role before Monday.",
    "I need a decision by the end of the week.",
    "I need your decision by Monday.",
    "I need a response before the weekend.",
    "I need to know by Friday.",
    "I need to hear from you by Thursday.",
    "I'd need to know by Friday.",
    "I'll need an answer by Friday.",
    "I will need a decision by Monday.",
    "I would need a decision by Monday.",
    "I'm going to need an answer by Friday.",
    "I have to have an answer by Friday.",
    "I must have an answer by Tuesday.",
    "I require a response within 48 hours.",
    "I want a final answer by Thursday.",
    "I'd like a decision within the next two days.",
    "I'd appreciate an answer by Friday at the latest.",
    "I expect a decision by Monday.",
    "I expect to hear from you this week.",
    "An answer by Friday would be required.",
    "Please respond by Friday.",
    "Please reply by end of day.",
    "Please let me know by tomorrow.",
    "Let me know by EOD.",
    "Get back to me by Monday.",
    "Please get back to me ASAP.",
    "Respond immediately please.",
    "Please make a decision by Friday.",
    "Please decide by Friday.",
    "Kindly confirm before Monday.",
    "Could you let me know by Friday whether I'm still in the running?",
    "You need to decide by Friday.",
]

UNDECLARED_OFFER_FLAG = [
    "A few other agencies are about to make me offers, so please speed things up.",
    "Two other companies have already approached me.",
    "I'm handling a counter-offer from my current employer.",
    "I have another offer.",
    "I've received another offer.",
    "I have received an offer from another company.",
    "I have an offer from Northwind.",
    "I got an offer from a competitor.",
    "I have a pending offer.",
    "I have an offer in hand.",
    "I'm holding an offer.",
    "I have a job offer with a deadline of Friday.",
    "I have a competing job offer.",
    "I have offers from two other companies.",
    "I have an offer on the table.",
    "I'm weighing a couple of offers.",
    "I'm expecting an offer from another firm soon.",
    "I'm close to receiving an offer elsewhere.",
    "I need to respond to another offer by Friday.",
    "I've been offered a role elsewhere.",
    "I was offered a position at another company.",
    "Another company has made me an offer.",
    "Another company has offered me a position.",
    "Two other companies have made offers.",
    "A competitor has offered me more money.",
    "I'm also interviewing with other companies.",
    "I'm in talks with other companies.",
    "I'm in the final round at two other companies.",
    "Several other companies are interested in me.",
    "Other firms have reached out to me.",
    "I have other options.",
    "I have other opportunities I'm considering.",
    "I'm entertaining other opportunities.",
    "I'm considering other opportunities.",
    "I'm exploring other options.",
    "I have a few irons in the fire.",
    "I'm keeping my options open.",
    "If nothing changes, I will accept another position.",
]

ULTIMATUM_LEAVE = [
    "I have decided to withdraw, as I have accepted an offer that fits my plans.",
    "I have decided to accept an offer from another operator and will withdraw.",
    "Could you let me know whether a decision might be possible before that date?",
    "I'm excited about what your team can offer.",
    "It was interesting that several teams have already approached you about the platform.",
    "I liked how you handle a counter-offer when a buyer wants to negotiate.",
    "Your tips on deals where the prospect has a competing offer from a cheaper vendor helped.",
    "I'm free Tuesday or Thursday; otherwise, I'll go with whatever time suits the panel.",
    "I'm on nights this week, so I'd appreciate a reply by email rather than a call.",
    "Kindly let me know by when a decision is expected.",
    "Could you confirm the time of the second interview before Friday, if possible?",
    "You mentioned you would let me know by Friday.",
    "You mentioned hoping to have an answer by the end of last week.",
    "When we spoke, you hoped to reach a decision by March 6.",
    "Kai said the panel would reply by Friday.",
    "You mentioned the team planned to decide before the holidays.",
    "I'm happy to send the references by Friday.",
    "I will reply by Friday with the write-up you asked for.",
    "I'll send over the code sample before Monday.",
    "Please reply by email or phone, whichever is easier.",
    "Please let me know if there is anything else I can provide.",
    "Please let me know if there's anything else you need from me before Friday's panel.",
    "Let me know if you need anything else from me before the panel on Thursday.",
    "Please let me know whether I should prepare anything before Monday's meeting.",
    "Do let me know if you'd like the case study before the on-site.",
    "Is there an update you are able to share on the timeline?",
    "I know you need to decide carefully, and I appreciate the time it takes.",
    "I expect a decision like this takes time to get right.",
    "Unless I hear otherwise, I'll assume Tuesday at 10am still works.",
    "If you have any questions before Friday, I will be glad to answer them.",
    "If it would help, I will send a short write-up before our next call.",
    "If you need anything else, I'll get it to you the same day.",
    "I understand you have until the end of the month to finalise the team.",
    "I'd be glad to answer any questions by phone.",
    "If you'd like, I can take another pass at the design exercise.",
    "Please feel free to reach out before Friday if anything comes up.",
    "If we move forward, I would be glad to meet the rest of the team.",
    "I'd appreciate any feedback you're able to share.",
    "Thank you for the offer of a second interview.",
    "Thank you for offering me the chance to meet the team.",
    "I appreciate you offering to introduce me to Sam.",
    "I'd like to offer a few more examples of my work.",
    "Your offer to share the architecture doc was generous.",
    "The role offers a chance to work on observability.",
    "I enjoyed hearing how you handle offer pricing in the marketplace.",
    "The other option we discussed for the migration was blue-green deployment.",
    "I'd welcome the chance to be considered for other roles on your team.",
    "I have a few other questions about the on-call rota.",
    "I accepted your offer to connect on LinkedIn.",
    "I was offered the chance to shadow the support team.",
    "I'm considering other ways to cut replay costs.",
    # closing the loop gracefully is not a threat
    "I'll assume you've moved forward with another candidate, and I wish the team well.",
    "This will be my last note on the role, and I'm grateful for your time.",
]

# ------------------------------------------------------------------------------- desperate

DESPERATE_FLAG = [
    "I really, really need this job.", "I don't know what I'll do now.",
    "I would even work for less pay.",
    "I'm getting worried.",
    "I'm starting to get worried.",
    "I really need this job.",
    "I need this job badly.",
    "Please, I really need this.",
    "I desperately want this role.",
    "I'm desperate for any update.",
    "I'd do anything to work with you.",
    "I will do whatever it takes.",
    "Please, I'm begging you.",
    "I'm begging for a chance.",
    "I beg you to reconsider.",
    "Please please let me know.",
    "Please give me a chance.",
    "Just give me one chance.",
    "Please don't forget about me.",
    "I've been checking my inbox every hour.",
    "I keep checking my email.",
    "I can't stop refreshing my inbox.",
    "I can't sleep waiting for your answer.",
    "I've been losing sleep over this decision.",
    "This job means everything to me.",
    "This role is my dream and I can't imagine not getting it.",
    "This is my only chance.",
    "I'm losing hope.",
    "Please put me out of my misery.",
    "I would be devastated not to get this.",
    "I'll be heartbroken if I don't get it.",
    "I'm running out of money.",
    "I have bills to pay.",
    "I've been out of work for months.",
    "I'm counting on this job.",
    "My family is depending on this.",
    "I'll accept any salary.",
    "I'm willing to take a pay cut.",
    "I'd work for free.",
    "Any news at all would be appreciated.",
]

ANXIOUS_FLAG = [
    "I'm worried.",
    "I'm really worried I've done something wrong.",
    "I'm so nervous about the decision.",
    "I'm a little nervous about the silence.",
    "I am on edge waiting for your reply.",
    "I feel a bit uneasy about the silence.",
    "I'm on pins and needles.",
    "I'm anxiously awaiting your reply.",
]

DESPERATE_LEAVE = [
    "The on-call team was losing sleep over flaky alerts, so we rebuilt the paging rules.",
    "Your team clearly does whatever it takes to keep the platform up.",
    "I'm not worried about the learning curve; I picked up Flink in a month.",
    "I enjoyed hearing how customers stopped worrying about data loss.",
    "I'm confident I can contribute quickly.",
    "I remain very interested in the position.",
    "I need to check my calendar for the week of the 14th.",
    "The incident kept the whole team up at night.",
    "I'm available at any time that suits you.",
    "The project was my first chance to lead a migration.",
    "I'm counting the ways we could simplify the rota.",
    "I checked my notes from the call, and the replay figure was 40%.",
]

# --------------------------------------------------------------------------------- generic

SALUTATION_FLAG = [
    "Dear Hiring Manager,", "Dear Hiring Manager and Team,", "To Whom It May Concern:",
    "Dear Sir or Madam,", "Dear Sir/Madam,", "Dear Recruiting Team,",
    "Dear Talent Acquisition Team,", "Dear Selection Committee,", "Dear Search Committee Members,",
    "Dear Hiring Panel,", "Dear Interview Team,", "Good morning Hiring Team,", "Hello Hiring Team,",
    "Dear all,", "Dear Team,", "Hi there,", "To the hiring team,", "Dear Colleagues,", "Hello,",
    "Hi,", "Greetings,", "Good afternoon,", "Dear Larkspur Team,", "Hi Data Platform hiring team,",
]

SALUTATION_LEAVE = [
    "Dear Priya,", "Hi Priya,", "Dear Ms. Shah,", "Good morning Dr. Okafor,", "Hello Mr Ng,",
    "Hi Priya and team,", "Dear Professor Lee,", "Dear Priya and Marcus,", "Priya,",
    "Greetings from a rainy Boston, and thank you again.",
    # the informal hello of someone writing to the people they met (blind set h, five of them)
    "Hi team,", "Hello Team,", "Hi All,", "Hi everyone,", "Hey team!",
]

BOILERPLATE_FLAG = [
    "I am writing to follow up on my application.",
    "I believe I would be a great fit for this position.",
    "I am confident that I would be a valuable asset to your team.",
    "I would be a great asset to your company.",
    "I am a team player and a hard worker.",
    "I believe my skills make me the ideal candidate.",
    "I think outside the box.",
]

BOILERPLATE_LEAVE = [
    "I enjoyed hearing how your team handles replays.",
    "My experience with Kafka fits the streaming work you described.",
    "Thank you for your time and consideration.",
    "I look forward to hearing from you.",
]

# ----------------------------------------------------------------------------- placeholder

PLACEHOLDER_FLAG = [
    "Dear [Interviewer Name],",
    "Thank you for the [position title] interview.",
    "I enjoyed learning about [specific project].",
    "I admire [Company]'s mission.",
    "Thank you for meeting with me on [DAY].",
    "I enjoyed discussing [insert topic here].",
    "Sincerely, [Your Full Name]",
    "I'm excited about {company}.",
    "Dear {{ interviewer_name }},",
    "I'm excited about the {{role}} opening.",
    "Best, <YOUR NAME>",
    "Best regards, <Your Name>",
    "I enjoyed our conversation about <topic discussed>.",
    "Best, <Company>",
    "Dear <<Name>>,",
    "Call me at XXX-XXX-XXXX.",
    "Interview on XX/XX/XXXX.",
    "TODO: add a detail here.",
    "I enjoyed our chat about INSERT TOPIC.",
    "Thank you, (your name)",
    "Dear (Interviewer's name),",
    "I look forward to hearing from you regarding the (position) role.",
    "I enjoyed discussing (specific topic) with you.",
    "I enjoyed our talk about (project name).",
    "Dear Ms. ___,",
    "Dear Mr. ____________,",
    "Hi %NAME%,",
    "Hello $FIRST_NAME,",
    "Dear *|FNAME|*,",
    "Thanks, ${first_name}",
    "Dear Mr./Ms. Lastname,",
    "Dear Hiring Manager's Name,",
    "Dear NAME,",
    "Dear Name,",
    "I look forward to joining COMPANY NAME.",
    "Thank you for the interview for the POSITION role.",
    "Dear Mr. ,",
    "Dear ,",
    "Lorem ipsum dolor sit amet.",
]

PLACEHOLDER_LEAVE = [
    "See the write-up [1] and the benchmark [2].",
    "Jordan Rivera <jordan@example.com>",
    "The details are at <https://example.com/talk>.",
    "Plan B was our fallback.",
    "The U.S. market is key.",
    "We met at 10:30) and talked.",
    "I quoted the spec [sic] as written.",
    "I wrote about it in my post [link](https://example.com).",
    "The model was XGBoost.",
    "We return 5XX errors less often now.",
    "I read the (excellent) design doc.",
    "I built a small tool (a side project) to test it.",
    "We used the React <Suspense> component.",
    "We discussed the C++ <vector> header.",
    "The pattern is [a-z] in the validator.",
    "The start date is TBD, which is fine.",
    "The xxhash library was fast.",
    "The cost was $40 per month.",
    "Our release (version 2.3) shipped on time.",
    "Hello,",  # a greeting that names no one is generic, not an unfilled slot
]

# ---------------------------------------------------------------------------------- casual

SLANG_FLAG = [
    "I'm gonna send it tomorrow.", "I wanna join the team.", "Thx for the chat.",
    "Lol that was fun.", "Btw, I loved the demo.", "Super stoked about this.", "Cya soon.",
    "Kinda excited.", "Lemme know.", "Gotcha.", "My bad for the delay.", "Hit me up anytime.",
    "Thanks a bunch.", "I had a blast.", "Yeah, that works.", "Thanks so much, you rock.",
    "OMG the demo was great.", "Ok cool.", "IMO the demo was great.", "BTW I loved it.",
    "Thanks, you guys were great.", "I'm super keen.", "I reckon I'd smash it.",
]

CHAT_LETTERS_FLAG = [
    "Thanks a ton, u rock.", "Hope ur well.", "See ya soon.", "ty for the chat",
    "Great, np.", "r u free on Friday?", "Good, tho I have a question.", "I'll walk thru it.",
    "Thanks, mate.", "k, see you then.", "Sounds good. k thanks.",
]

LOWERCASE_I_FLAG = [
    "Telling you about how i handle driver no-shows made the fit clear.",
    "I think i'm a strong match for the role.", "It was the project i enjoyed most.",
    "Since then i have read the annual report.",
]
LOWERCASE_I_LEAVE = [
    "The aim, i.e. the main goal, is clear.", "Step (i) covers the intake and step (ii) the audit.",
    "We covered Part I and Part II of the handbook.", "I hope the i3 upgrade goes well.",
]

CASUAL_GREETING_FLAG = ["Yo Sam,", "Howdy Sam,", "Hiya Jo,", "Heya Priya,", "Hi guys,"]
# "Hey" is a note (info), not a fault: worth a look, and the email can still pass
HEY_FLAG = ["Hey Priya,", "Hey there!", "Hey,"]

SENTENCE_CASE_FLAG = ["I enjoyed discussing the rota. went ok.", "Thanks for today. see you soon.",
                      "It was great! hope the move goes well.", "Do you need more? i can send it."]
SENTENCE_CASE_LEAVE = ["We met at 3 p.m. on Tuesday, e.g. the second slot.",
                       "I use an iPhone for testing. iPhone builds go out weekly.",
                       "Dr. Price asked about the rota. Mrs. Ward was lovely.",
                       "The U.S. market matters. The new team starts in May.",
                       "We covered the tools, etc. and the timelines."]

EXCLAMATION_FLAG = ["Thanks! Looking forward to it! Speak soon!",
                    "Great chat! Thanks! I loved the tour!"]
# two in a warm note are not too many
EXCLAMATION_LEAVE = ["Thanks for letting me know - a shame, but totally understand! Best of luck "
                     "with the series launch!"]

SHOUTING_FLAG = ["That was awesome!!", "Really?!", "I'm SO EXCITED ABOUT THIS.", "Wait.....",
                 "This is VERY IMPORTANT to me.", "PLEASE LET ME KNOW."]

CASUAL_LEAVE = [
    "The U.S. market is key.",
    "We talked about preparing for the IMO 2020 sulphur cap.",
    "The EU SUP Directive changes our packaging.",
    "Your question on how to choose k for the segmentation model was a good one.",
    "I saw the COVID ICU surge first-hand.",
    "I hold the NEBOSH IGC certificate.",
    "Plan B was ready.",
    "We met Ya Chen from the data team.",
    "I read U Thant's biography.",
    "The K-means clustering demo was impressive.",
    "Tho Nguyen sends her regards.",
    "The u-turn in the roadmap made sense.",
    "Option (u) was the safer choice.",
    "Thank you!",
    "The API, SQL and AWS pieces were clear.",
    "The NASA JPL team was impressive.",
    "I enjoyed the Q&A.",
    "My teammate and I shipped it together.",
    "Hi Priya,",
    "I look forward to joining COMPANY NAME.",  # the placeholder rule's, not shouting
]

# ----------------------------------------------------------------------------------- emoji

EMOJI_FLAG = [
    "Thanks so much :)", "Thanks :-)", "Great talking with you :D", "See you soon ;)",
    "Thanks!:)", "Thanks,:)", "(Thanks! :))", "Thanks (:", "Thanks :]", "It was fun :P",
    "Hmm :/ not sure", "Thanks <3", "Thanks ^_^", "Thanks xD", "Bye :-(",
    "Great chat 🙂", "Thank you 🙏", "Loved it 👍🏽", "I ❤️ your product", "Thanks 😀",
]

EMOJI_LEAVE = [
    "We met at 10:30) and talked.", "The meeting (at 10:30) was great.", "The ratio was 3:2.",
    "Note: the deadline is Friday.", "See section 3:D of the spec.", "Ports 8080:80 were mapped.",
    "I said: (a) first, (b) second.", "Times (10:00-11:30) work.",
    "The URL was http://example.com/:id", "The value was x:D in the config.",
    "Acme™ tools are great.", "© 2025 Jordan Rivera", "The A ↔ B mapping held up.",
    "We ran Windows XP machines once.",
]

# --------------------------------------------------------------------------------- spelling

MISSPELLING_FLAG = [
    "I definately enjoyed it.", "I recieved the exercise.", "I beleive it went well.",
    "Thank you for the oppurtunity.", "My experiance with Kafka helps.", "See you tommorow.",
    "It was a seperate team.", "Thier roadmap is clear.", "I look foward to it.",
]

UNKNOWN_WORD_FLAG = [
    "I enjoyed our convresation.", "My experince with Kafka helps.", "Thank you for the "
    "oppertunities.", "Good comunication matters.", "The next steps are posible.",
]

# words a plain dictionary lacks but people write: British spellings, compounds, affixes, jargon
SPELLING_LEAVE_WORDS = [
    "runbook", "runbooks", "onboarding", "observability", "deduplication", "refactoring",
    "prioritise", "prioritised", "deprioritise", "organisation", "organisational", "colour",
    "favourite", "behaviour", "behavioural", "neighbourhood", "analyse", "centre", "programme",
    "catalogue", "licence", "offences", "travelled", "modelling", "judgement", "learnt",
    "whilst", "amongst", "enquiry", "fulfil", "fulfilment", "sceptical", "manoeuvre",
    "paediatric", "ageing", "acknowledgement", "jewellery", "aluminium", "mould", "grey",
    "codebase", "wireframes", "dashboards", "backend", "frontend", "workflow", "roadmap",
    "stakeholders", "upskilling", "offboarding", "failover", "rollout", "hotfixes",
    "postmortem", "standup", "teammates", "cofounder", "startups", "webhooks", "backfill",
    "toolchain", "handover", "whiteboarding", "walkthrough", "headcount", "skillset",
    "timeframe", "onsite", "uptime", "playbook", "microservices", "idempotent", "latency",
    "throughput", "blameless", "scalability", "telemetry", "autoscaling", "containerised",
    "serverless", "usability", "analytics", "cohorts", "upselling", "multitenant", "caching",
    "interviewer", "recruiters", "shortlisted", "reschedule", "nonprofit", "mentees",
    "mentorship", "coworkers", "learnings", "takeaways", "app", "inbox", "webinar", "repo",
    "kubernetes", "fintech", "ecommerce", "cybersecurity", "devops", "résumé", "multi-tenant",
    "on-call", "e-mail", "follow-up",
]

SPELLING_LEAVE = [
    "We talked about the E. coli outbreak and S. aureus screening on the ward.",
    "The fibre-based lids, the calibre of the team and a meagre budget.",
    "The haematology ward and the paediatric unit.",
    "Dear Ms. Van der Berg, the mis-pick rate and socio-economic data.",
    "Nanoparticles and telehealth came up.",
    "Dear Ms. Teh, thank you.",
    "Priya and Marcus from Larkspur Analytics met me at Fernway.",
    "We used XGBoost, PagerDuty and BigQuery.",
    "The U.S. market and the EMEA rollout were discussed.",
    "My address is jordan.rivera@example.com and my site is www.jordanrivera.dev.",
    "The link is https://example.com/notes/alert-latency-improvments.",
    "I'd, you'll, we've, they're, it's and the team's plans were all clear.",
]


# ------------------------------------------------------------------------------- the tables

def _cases(sentences: list[str], stage: str = "missed-deadline") -> list[Case]:
    return [Case(s, stage) for s in sentences]


def _ctx(**kw: object) -> InterviewContext:
    base: dict[str, object] = {
        "company": "Larkspur Analytics", "role": "Data Engineer",
        "interviewers": [Interviewer(name="Priya Shah", topics=["streaming migration"])],
        "source": "Priya Shah, Larkspur Analytics, Data Engineer. Topics: streaming migration.",
    }
    base.update(kw)
    return InterviewContext(**base)  # type: ignore[arg-type]


_WORDS_201 = " ".join(["word"] * 194)
_LONG_BODY = f"Dear Priya,\n\n{_WORDS_201} about the streaming migration today.\n"
_SIGNATURE = ("\nBest regards,\nJordan Rivera\nSenior Data Engineer, Example Corp\n"
              "jordan@example.com | +1 555 0100\nhttps://example.com/jordan\n")
_DENSE = (
    "Dear Priya,\n\nThe organisational characteristics of institutionalised interdepartmental "
    "communication methodologies necessitate comprehensive reconsideration, particularly "
    "regarding infrastructural interoperability, operationalisation considerations, and "
    "multidimensional accountability frameworks. Additionally, sophisticated instrumentation "
    "facilitates unprecedented observability, notwithstanding considerable implementation "
    "complexity. Consequently, administrative standardisation remains fundamentally "
    "indispensable. Nevertheless, organisational transformation necessitates considerable "
    "interdisciplinary collaboration.\n\nBest regards,\nJordan\n")
_RUN_ON = (
    "Dear Priya,\n\nThank you for meeting with me today about the Data Engineer role, because our "
    "conversation about the streaming migration and the cost of replaying events reminded me\nof "
    "the project I led last year in which we moved every nightly batch job to a streaming "
    "pipeline and cut our on-call pages almost in half over two quarters.\n\nBest,\nJordan\n")

_DAY = dt.date(2026, 11, 17)  # a Tuesday
_TIMING_CTX = _ctx(interview_date=_DAY, decision_date=dt.date(2026, 11, 20))

FLAG: dict[str, list[Case]] = {
    "placeholder.prompt-echo": _cases([
        "Here is your email:", "The body is 372 words; it must be at most 200.",
        "I'm sorry, but I can't help with that.", "As an AI, I have no interview memories.",
        "Problems found (2):", "Here's the revised email."]),
    "tone.accusatory": _cases(ACCUSATORY_FLAG) + _cases(ACCUSATORY_FLAG[:5], "second-nudge"),
    "ultimatum.threat": _cases(THREAT_FLAG) + _cases(THREAT_FLAG[:3], "competing-offer"),
    "ultimatum.demand": [
        *_cases(DEMAND_FLAG),
        # a competing-offer note chosen by inference is not a declared offer
        Case("I need an answer by Friday.", "competing-offer", stage_inferred=True),
        # notes that declare no offer: the stage alone does not make one real
        Case("I need an answer by Friday.", "competing-offer", context=_ctx()),
    ],
    "ultimatum.undeclared-offer": [
        *_cases(UNDECLARED_OFFER_FLAG),
        Case("I have another offer.", "thank-you"),
        Case("I have another offer.", "competing-offer", context=_ctx()),
    ],
    "tone.desperate": _cases(DESPERATE_FLAG, "second-nudge"),
    "tone.anxious": _cases(ANXIOUS_FLAG, "second-nudge"),
    "generic.salutation": _cases(SALUTATION_FLAG, "thank-you"),
    "generic.boilerplate": _cases(BOILERPLATE_FLAG, "thank-you"),
    "placeholder.slot": _cases(PLACEHOLDER_FLAG, "thank-you"),
    "casual.slang": _cases(SLANG_FLAG, "thank-you"),
    "casual.chat-letters": _cases(CHAT_LETTERS_FLAG, "thank-you"),
    "grammar.lowercase-i": [in_email(s) for s in LOWERCASE_I_FLAG],
    "casual.greeting": _cases(CASUAL_GREETING_FLAG, "thank-you"),
    "casual.hey": _cases(HEY_FLAG, "thank-you"),
    "grammar.sentence-case": _cases(SENTENCE_CASE_FLAG, "thank-you"),
    "casual.exclamation": _cases(EXCLAMATION_FLAG, "thank-you"),
    "casual.shouting": _cases(SHOUTING_FLAG, "thank-you"),
    "emoji.any": _cases(EMOJI_FLAG, "thank-you"),
    "spelling.misspelling": [in_email(s) for s in MISSPELLING_FLAG],
    "spelling.unknown-word": [in_email(s) for s in UNKNOWN_WORD_FLAG],
    "length.body": [
        Case(f"Subject: Thanks\n\n{_LONG_BODY}{_SIGNATURE}", "thank-you"),
        Case(f"{_LONG_BODY}{_SIGNATURE}", "rejection-reply"),
        # too short to say anything specific: a warning
        Case("Dear Priya,\n\nThanks for today.\n\nBest,\nJordan\n", "thank-you"),
    ],
    "specifics.named": [
        Case("Hello,\n\nThank you for the interview.\n", "thank-you"),
        Case("Good afternoon,\n\nThank you for the interview.\n", "rejection-reply"),
        Case("Thank you for the interview about the data role.\n", "missed-deadline"),
        # with notes: the interviewer is not named
        Case("Dear Sam,\n\nThank you for talking about the streaming migration.\n",
             "thank-you", context=_ctx()),
        # with notes: named, but no topic from their conversation
        Case("Dear Priya,\n\nThank you for your time today at Larkspur.\n", "thank-you",
             context=_ctx()),
        # with notes: neither the role nor the company
        Case("Dear Priya,\n\nI wanted to check in on the decision.\n", "missed-deadline",
             context=_ctx()),
    ],
    "timing.send-date": [
        # a thank-you three days late
        Case("Dear Priya,\n\nThanks for the chat about the streaming migration.\n", "thank-you",
             context=_TIMING_CTX, today=_DAY + dt.timedelta(days=3)),
        # a check-in before the decision date has passed
        Case("Dear Priya,\n\nI wanted to check in on the Data Engineer role.\n",
             "missed-deadline", context=_TIMING_CTX, today=_DAY + dt.timedelta(days=1)),
    ],
    "readability.grade": [Case(_DENSE, "thank-you"), Case(_RUN_ON, "thank-you")],
    "grammar.fragment": [in_email(s) for s in gc.FRAGMENT_FLAG],
    "grammar.doubled-word": [in_email(s) for s in gc.DOUBLED_FLAG],
    "grammar.verbless": [in_email(s) for s in gc.VERBLESS_FLAG],
    "grammar.unbalanced": [in_email(s) for s in gc.UNBALANCED_FLAG],
    "generic.repeated-phrase": [in_email(s) for s in gc.REPEATED_FLAG],
}

LEAVE: dict[str, list[Case]] = {
    "placeholder.prompt-echo": [in_email(x) for x in [
        "Here is the dashboard I mentioned, in case it is useful.",
        "The team is 12 people and the role must be filled by March.",
        "I am sorry I missed your call yesterday.",
        "The problems we found in the pipeline were fascinating."]],
    "tone.accusatory": [in_email(s, "missed-deadline") for s in ACCUSATORY_LEAVE],
    "ultimatum.threat": [in_email(s, "missed-deadline") for s in ULTIMATUM_LEAVE],
    "ultimatum.demand": [in_email(s, "missed-deadline") for s in ULTIMATUM_LEAVE] + [
        # a real competing offer, stated calmly, with --stage competing-offer
        in_email("I have been asked to respond by Friday, 21 November.", "competing-offer"),
        Case("Dear Priya,\n\nI need an answer by Friday on the other offer.\n",
             "competing-offer",
             context=_ctx(competing_offer=CompetingOffer(company="Northwind"))),
    ],
    "ultimatum.undeclared-offer": [in_email(s, "missed-deadline") for s in ULTIMATUM_LEAVE] + [
        in_email("I have an offer from Northwind that needs an answer by Friday.",
                 "competing-offer"),
        Case("Dear Priya,\n\nI have another offer, from Northwind.\n", "thank-you",
             context=_ctx(competing_offer=CompetingOffer(company="Northwind"))),
    ],
    "tone.desperate": [in_email(s, "second-nudge") for s in DESPERATE_LEAVE],
    "tone.anxious": [in_email(s, "second-nudge") for s in DESPERATE_LEAVE],
    "generic.salutation": _cases(SALUTATION_LEAVE, "thank-you"),
    "generic.boilerplate": [in_email(s) for s in BOILERPLATE_LEAVE],
    "placeholder.slot": _cases(PLACEHOLDER_LEAVE, "thank-you"),
    "casual.slang": _cases(CASUAL_LEAVE, "thank-you"),
    "casual.chat-letters": _cases(CASUAL_LEAVE, "thank-you"),
    "grammar.lowercase-i": [in_email(s) for s in LOWERCASE_I_LEAVE],
    "casual.greeting": _cases(CASUAL_LEAVE, "thank-you"),
    "casual.hey": _cases(CASUAL_LEAVE, "thank-you"),
    "grammar.sentence-case": _cases(SENTENCE_CASE_LEAVE, "thank-you"),
    "casual.exclamation": _cases(CASUAL_LEAVE + EXCLAMATION_LEAVE, "thank-you"),
    "casual.shouting": _cases(CASUAL_LEAVE, "thank-you"),
    "emoji.any": _cases(EMOJI_LEAVE, "thank-you"),
    "spelling.misspelling": [in_email(s) for s in SPELLING_LEAVE],
    "spelling.unknown-word": [in_email(s) for s in SPELLING_LEAVE] + [
        in_email(f"We talked about {w} at length.") for w in SPELLING_LEAVE_WORDS],
    "length.body": [
        # 200 body words exactly, then a long signature block and a subject: not counted
        Case(f"Subject: Thank you – a very long subject line {'x ' * 30}\n\n"
             f"Dear Priya,\n\n{' '.join(['word'] * 193)} about the streaming migration."
             f"\n{_SIGNATURE}", "thank-you"),
    ],
    "specifics.named": [
        Case("Dear Priya,\n\nThank you for the interview.\n", "rejection-reply"),
        Case("Ms. Shah,\n\nThank you for the interview.\n", "rejection-reply"),
        Case("Dear Priya,\n\nThank you for talking about the streaming migration.\n",
             "thank-you", context=_ctx()),
        Case("Dear Priya,\n\nI wanted to check in on the Data Engineer role.\n",
             "missed-deadline", context=_ctx()),
        # a template slot in the greeting is the placeholder rule's to report
        Case("Dear [Interviewer Name],\n\nThank you for the interview.\n", "rejection-reply"),
        # the name the person goes by, and no other of theirs
        Case("Dear Segun,\n\nThank you for talking about the streaming migration.\n",
             "thank-you", context=_ctx(interviewers=[Interviewer(
                 name="Olusegun Afolabi", goes_by="Segun", topics=["streaming migration"])])),
    ],
    "timing.send-date": [
        Case("Dear Priya,\n\nThanks for the chat about the streaming migration.\n", "thank-you",
             context=_TIMING_CTX, today=_DAY),
        Case("Dear Priya,\n\nI wanted to check in on the Data Engineer role.\n",
             "missed-deadline", context=_TIMING_CTX, today=dt.date(2026, 11, 24)),
        # no notes, no dates: nothing to judge
        Case("Dear Priya,\n\nI wanted to check in on the Data Engineer role.\n",
             "missed-deadline"),
    ],
    "readability.grade": [in_email(
        "At my last job I moved our batch jobs to streaming. It took six months, and pages "
        "fell by 40%. I wrote a runbook for each consumer so the on-call team knew what to do.")],
    "grammar.fragment": [in_email(s) for s in gc.FRAGMENT_LEAVE],
    "grammar.doubled-word": [in_email(s) for s in gc.DOUBLED_LEAVE],
    "grammar.verbless": [in_email(s) for s in gc.VERBLESS_LEAVE],
    "grammar.unbalanced": [in_email(s) for s in gc.UNBALANCED_LEAVE],
    "generic.repeated-phrase": [in_email(s) for s in gc.REPEATED_LEAVE],
}


def _params(table: dict[str, list[Case]]) -> list[object]:
    return [pytest.param(rule, case, id=f"{rule}:{case.stage}:{case.text[:40]!r}")
            for rule, cases in table.items() for case in cases]


def test_every_rule_has_cases_both_ways() -> None:
    # the structure rules (tone-structures.toml) have their tables in test_tone_structures.py
    rule_ids = {r.id for r in load_rubric("thank-you").rules}
    assert set(FLAG) <= rule_ids and set(FLAG) == set(LEAVE)
    assert all(len(FLAG[r]) >= 2 and LEAVE[r] for r in FLAG)


@pytest.mark.parametrize(("rule", "case"), _params(FLAG))
def test_flags(rule: str, case: Case) -> None:
    found = hits(case, rule)
    assert found, f"{rule} missed: {case.text!r}"
    finding = found[0]
    assert finding.line >= 1 and finding.column >= 1
    assert finding.match, "a finding quotes what it matched"


@pytest.mark.parametrize(("rule", "case"), _params(LEAVE))
def test_leaves_alone(rule: str, case: Case) -> None:
    found = hits(case, rule)
    assert not found, f"{rule} flagged {[f.match for f in found]} in {case.text!r}"


_IN_EMAIL = {c.text: c for cases in LEAVE.values() for c in cases if c.note}


def _own_findings(report: Report, stage: str) -> list[tuple[str, str]]:
    """What the sentence itself raised: a phrase it shares with the email around it ("I wanted
    to check ...") is a real repeat, but one the shell made, not the sentence."""
    shell = " ".join(_SHELL[stage].casefold().split())
    return [(f.rule, f.match) for f in report.findings
            if not (f.rule == "generic.repeated-phrase"
                    and " ".join(f.match.casefold().split()) in shell)]


@pytest.mark.parametrize("case", [pytest.param(c, id=f"{c.stage}:{t[-120:-60]!r}")
                                  for t, c in _IN_EMAIL.items()])
def test_leave_alone_sentences_leave_the_whole_email_clean(case: Case) -> None:
    """Precision: inside an ordinary email, an ordinary sentence raises nothing at all."""
    assert _own_findings(review(case), case.stage) == []


# --------------------------------------------------------------------- ordinary sentences
# What people write in follow-ups every day: inside an ordinary email, none raises anything.

ORDINARY = [
    "Thank you for taking the time to meet with me yesterday.",
    "I appreciated your candour about the challenges the team is facing.",
    "I'm writing to thank you for the interview on Tuesday.",
    "It was a pleasure to meet you and the rest of the panel.",
    "Our conversation about the customer onboarding flow was the highlight of my day.",
    "I've attached the portfolio piece we discussed.",
    "Please let me know if there's anything else you need from me.",
    "I'd be happy to provide references at any point.",
    "I understand these decisions take time, and I appreciate your consideration.",
    "I hope the rest of your week goes smoothly.",
    "I know you're juggling a lot with the product launch.",
    "I remain enthusiastic about the opportunity to join Larkspur.",
    "I wanted to follow up on my application for the Data Engineer role.",
    "I'm following up on our conversation from last Thursday.",
    "You mentioned that you expected to have news by the end of the month.",
    "When we spoke, you said the team would be making a decision in early March.",
    "If there's any additional information I can provide, please don't hesitate to ask.",
    "I wanted to check whether there is an update on the timeline.",
    "Would you be able to share where things stand?",
    "I'd welcome the chance to continue the conversation.",
    "Thank you for letting me know about your decision.",
    "While I'm disappointed, I appreciate the update.",
    "I'd be grateful for any feedback on my interview.",
    "Please keep me in mind for future openings.",
    "I hope we can stay in touch.",
    "Your company remains my first choice.",
    "Is there any chance the timeline could be moved up?",
    "I completely understand if that isn't possible.",
    "I look forward to hearing from you soon.",
    "Best of luck with the rest of the search.",
    "The whiteboard exercise on rate limiting was a lot of fun.",
    "I've been reflecting on your question about trade-offs between consistency and latency.",
    "I wrote up a short summary of how I'd approach the backfill, in case it's useful.",
    "My current notice period is four weeks.",
    "I'm available for a follow-up call any day next week except Wednesday.",
    "I was glad to hear that the team values blameless postmortems.",
    "I'd love to help the team reduce toil in the deploy process.",
    "I'm sorry for the slow reply; I was travelling last week.",
    "I'll be out of the office from the 10th to the 14th, but I'll check email.",
    "Congratulations on the Series B, by the way.",
    "It was great to hear how the team grew from three engineers to twelve.",
    "Your point about hiring for curiosity really stuck with me.",
    "I have one more question about the on-call rotation, if you have a moment.",
    "I haven't had the chance to thank you properly for the tour.",
    "I hadn't realised how much of the platform runs on spot instances.",
    "No worries if you need more time.",
    "Thanks again, and have a lovely weekend.",
    "I'm excited about the possibility of working together.",
    "Our discussion made me even more excited about the role.",
    "I'm eager to contribute to the team's goals.",
    "I'd be thrilled to bring my experience to the team.",
    "I'm so glad we got to talk about accessibility.",
    "I can start as early as the 1st of June.",
]


@pytest.mark.parametrize("stage", [s for s in STAGES if s != "competing-offer"])
@pytest.mark.parametrize("sentence", ORDINARY)
def test_ordinary_sentences_raise_nothing(sentence: str, stage: str) -> None:
    assert _own_findings(review(in_email(sentence, stage)), stage) == []


# ------------------------------------------------------------------------- finding details

def test_findings_locate_the_match() -> None:
    text = "Dear Priya,\n\nThanks for today.\nI haven't heard back from you.\n"
    finding = hits(Case(text, "missed-deadline"), "tone.unheard")[0]
    assert (finding.line, finding.column) == (4, 1)
    assert finding.match.startswith("I haven't heard back")
    assert finding.category == "accusatory" and finding.severity == "error"
    assert finding.suggestion


def test_slang_suggests_the_plain_word() -> None:
    finding = hits(Case("I'm gonna send it."), "casual.slang")[0]
    assert finding.suggestion == 'use "going to"'
    finding = hits(Case("Thanks, tho I have a question."), "casual.chat-letters")[0]
    assert finding.suggestion == 'use "though"'


def test_misspelling_suggests_the_right_word_and_is_not_repeated() -> None:
    report = review(Case("Dear Priya,\n\nI definately enjoyed it.\n"))
    spelling = [f for f in report.findings if f.category == "spelling"]
    assert [(f.rule, f.suggestion) for f in spelling] == [
        ("spelling.misspelling", '"definitely"')]


def test_length_counts_the_body_only_and_reports_the_numbers() -> None:
    case = FLAG["length.body"][0]
    report = review(case)
    finding = hits(case, "length.body")[0]
    assert report.word_count == 201 and report.word_limit == 200
    assert "201 words" in finding.message and "(1 over)" in finding.message
    assert finding.severity == "error"
    assert finding.match.startswith("today.")  # from the first word over the limit


def test_length_minimum_is_only_info_and_check_ins_have_none() -> None:
    # a brief check-in is what the guidance asks for: a short note is shown, never failed
    finding = hits(FLAG["length.body"][2], "length.body")[0]
    assert finding.severity == "info"
    assert "only 5 words" in finding.message
    short = "Dear Priya,\n\nI wanted to check in on the Data Analyst role. Any update?\n"
    for stage in ("missed-deadline", "second-nudge", "close-the-loop"):
        assert not hits(Case(short, stage), "length.body"), stage


@pytest.mark.parametrize(("stage", "limit"), [
    ("thank-you", 200), ("missed-deadline", 150), ("second-nudge", 120),
    ("competing-offer", 180), ("rejection-reply", 120)])
def test_each_stage_has_its_word_limit(stage: str, limit: int) -> None:
    body = "Dear Priya,\n\n" + " ".join(["word"] * (limit - 2)) + "\n"
    assert not hits(Case(body, stage), "length.body")
    over = "Dear Priya,\n\n" + " ".join(["word"] * (limit - 1)) + "\n"
    assert hits(Case(over, stage), "length.body")[0].severity == "error"


def test_spelling_never_flags_words_from_the_notes() -> None:
    case = in_email("I enjoyed hearing about the fooberizer and the quuxlet rollout.")
    without = {f.match for f in hits(case, "spelling.unknown-word")}
    assert without == {"fooberizer", "quuxlet"}
    ctx = InterviewContext(source="Topics: the fooberizer, quuxlet rollout")
    with_notes = Case(case.text, case.stage, context=ctx)
    assert not hits(with_notes, "spelling.unknown-word")


def test_a_body_wide_finding_does_not_hide_spelling_warnings() -> None:
    short = Case("Dear Priya,\n\nI enjoyed our convresation.\n")  # under the 40-word minimum
    assert hits(short, "length.body")
    assert hits(short, "spelling.unknown-word")


def test_spelling_never_flags_capitalised_words_and_names_the_proofreader(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DRAFTER_LANGUAGETOOL", raising=False)
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    report = review(in_email("The Fooberizer team at Qwzrtech, and KXQL too, met Priyanka."))
    assert not [f for f in report.findings if f.category == "spelling"]
    assert report.proofreader == "pyspellchecker (offline)"


def test_the_signature_is_not_spell_checked() -> None:
    case = in_email("It was good to meet you.", "rejection-reply")
    signed = case.text + "sr. enginer, plattform teem\n"
    assert review(case).findings == []
    assert not hits(Case(signed, "rejection-reply"), "spelling.unknown-word")


def test_specifics_names_the_missing_person_and_topic() -> None:
    named = hits(FLAG["specifics.named"][3], "specifics.named")
    assert any("Priya Shah is not named" in f.message for f in named)
    topic = hits(FLAG["specifics.named"][4], "specifics.named")
    assert any("no topic from Priya Shah" in f.message for f in topic)
    assert topic[0].suggestion == "mention one, e.g. 'streaming migration'"


def test_timing_is_a_warning_with_a_date() -> None:
    finding = hits(FLAG["timing.send-date"][1], "timing.send-date")[0]
    assert finding.severity == "warning"
    assert "Nov 23, 2026" in finding.message


def test_readability_reports_the_long_sentence_and_the_grade() -> None:
    long_sentence = hits(FLAG["readability.grade"][1], "readability.grade")
    assert any("-word sentence" in f.message for f in long_sentence)
    assert all(f.severity == "warning" for f in long_sentence)
    grade = hits(FLAG["readability.grade"][0], "readability.grade")
    assert any("reads at grade" in f.message for f in grade)


def test_a_calm_declared_offer_passes_the_competing_offer_stage() -> None:
    text = (
        "Dear Priya,\n\nI wanted to let you know that I have received an offer from another "
        "company, and they have asked me to respond by Friday, 21 November. Larkspur remains my "
        "first choice, and I enjoyed our talk about the streaming migration.\n\nWould you be able "
        "to share your timeline for the Data Engineer role?\n\nBest regards,\nJordan Rivera\n")
    assert review(Case(text, "competing-offer")).findings == []
    ctx = _ctx(competing_offer=CompetingOffer(company="Northwind"))
    assert review(Case(text, "competing-offer", context=ctx)).passed
    # the same words in a check-in, with no offer declared, are an invented offer
    assert {f.rule for f in review(Case(text, "missed-deadline")).errors} == {
        "ultimatum.undeclared-offer"}


def test_an_inferred_competing_offer_note_without_notes_is_not_called_invented() -> None:
    """`drafter review email.txt` with no --stage and no --notes: the stage is inferred from
    the offer itself, and there is nothing to say the offer is not real."""
    text = (
        "Dear Ms. Lindqvist,\n\nThank you again for the conversation last Tuesday about the "
        "clinical data platform. I have since received an offer from another company, and they "
        "have asked for my answer by Friday, December 12.\n\nGreenfield remains my first "
        "choice, and I would love to know whether it might be possible to hear about next steps "
        "before then. I understand if the timeline doesn't work on your side.\n\n"
        "Kind regards,\nMateo Alvarez\n")
    assert infer_stage(text) == "competing-offer"
    assert review(Case(text, "competing-offer", stage_inferred=True)).findings == []
    # notes that declare no offer still make it an invented one
    assert "ultimatum.undeclared-offer" in {
        f.rule for f in review(Case(text, "competing-offer", stage_inferred=True,
                                    context=_ctx())).errors}
    # and an inferred stage still excuses no demand
    demand = text.replace("I would love to know whether it might be possible to hear about next "
                          "steps before then.", "I need an answer by Thursday.")
    assert "ultimatum.demand" in {
        f.rule for f in review(Case(demand, "competing-offer", stage_inferred=True)).findings}


NOTES_WITH_OFFER = """Company: Larkspur Analytics
Role: Backend Engineer
Interview: 2026-11-10
Interviewer: Priya Shah - streaming migration, on-call culture
Offer: Northwind, answer by 2026-11-21
"""


def test_a_declared_offer_via_the_cli(run_cli, tmp_path: Path) -> None:
    email = Path(__file__).parent / "corpus" / "clean" / "competing-offer--engineer-calm.txt"
    notes = tmp_path / "notes.txt"
    notes.write_text(NOTES_WITH_OFFER, encoding="utf-8")
    args = ["review", "--stage", "competing-offer", "--today", "2026-11-18", "--json"]
    r = run_cli(*args, "--notes", str(notes), str(email))
    assert r.code == 0, r.out
    assert json.loads(r.out)["findings"] == []
    # the same email against notes that declare no offer: the offer is invented
    notes.write_text(NOTES_WITH_OFFER.replace("Offer: Northwind, answer by 2026-11-21\n", ""),
                     encoding="utf-8")
    r = run_cli(*args, "--notes", str(notes), str(email))
    assert r.code == 1
    assert {f["rule"] for f in json.loads(r.out)["findings"]} == {"ultimatum.undeclared-offer"}


@pytest.mark.parametrize(("greeting", "flagged"), [
    ("Dear Jordan,", True),          # the candidate's own name
    ("Dear Marcus,", True),          # another person
    ("Dear Priya,", False),
    ("Dear Ms. Shah,", False),
    ("Hi Priya and team,", False),
])
def test_the_greeting_must_address_the_recipient(greeting: str, flagged: bool) -> None:
    from drafter.context import InterviewContext, Interviewer
    from drafter.rubric import check, load_rubric

    ctx = InterviewContext(source="Priya Shah; streaming ETL; me: Jordan Rivera",
                           candidate="Jordan Rivera",
                           interviewers=[Interviewer(name="Priya Shah", topics=["streaming ETL"])])
    text = (f"{greeting}\n\nThank you for speaking with me about the streaming ETL work with "
            "Priya Shah's team. I enjoyed hearing how the migration is planned and would welcome "
            "the chance to help with it. I look forward to hearing about next steps.\n\n"
            "Best regards,\nJordan Rivera\n")
    report = check(text, load_rubric("thank-you"), ctx, interviewer="Priya Shah")
    hits = [f for f in report.findings if "greeting addresses" in f.message]
    assert bool(hits) == flagged, report.findings


@pytest.mark.parametrize(("text", "flagged"), [
    ("Here is your email:\n\nDear Priya,", True),
    ("The body is 372 words; it must be at most 200.", True),
    ("I'm sorry, but I can't help with writing that email.", True),
    ("As an AI, I cannot know your interview.", True),
    ("Here is the dashboard I mentioned: https://example.com/dash", False),
    ("The team is 12 people and the role must be filled by March.", False),
    ("I am sorry I missed your call yesterday.", False),
])
def test_prompt_echo(text: str, flagged: bool) -> None:
    from drafter.rubric import check, load_rubric

    report = check(f"Dear Priya,\n\n{text}\n\nBest regards,\nJordan\n", load_rubric("thank-you"))
    assert any(f.rule == "placeholder.prompt-echo" for f in report.findings) == flagged
