"""The deterministic notes parser: what a person pastes after an interview -> InterviewContext.

Notes come in many shapes: a header sentence ("Interview today (Nov 18) for X at Y, 2nd round"),
`Key: value` lines, a list of interviewers with their topics, "With Sam Ortiz (VP Eng):" sections
followed by bullets, free prose ("Met with Dana Lee, the hiring manager, about ..."), and later
events (an offer elsewhere, a rejection, messages already sent). The parser reads them line by
line and keeps only what it can point to in the text: a name is a run of 2-4 capitalised words
the notes contain, a topic belongs to the interviewer it was written under, and a date comes with
an explanation of how it was read (see `drafter.dates`). What cannot be found stays empty.

Notes are untrusted text: a line that reads like an instruction to an AI is dropped, never
obeyed and never turned into a topic.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from drafter.context import (
    TITLES,
    CompetingOffer,
    DateMention,
    DateRole,
    InterviewContext,
    Interviewer,
    SentMessage,
)
from drafter.dates import Clock, Found, Tense, day_first, scan_dates
from drafter.phrasing import with_spelled_out

# Notes are a page or two. Only this much is read (the rest stays in `source`), which bounds
# the work on a pasted log or a binary blob: every pattern below is linear in its line.
MAX_CHARS = 100_000
MAX_LINES = 3_000
MAX_LINE = 2_000

_I = re.IGNORECASE

# ---------------------------------------------------------------------------------------------
# vocabulary


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_WEEKDAY_WORDS = _words("monday tuesday wednesday thursday friday saturday sunday mon tue tues "
                        "wed thu thur thurs fri sat sun")
_MONTH_WORDS = _words("january february march april may june july august september october "
                      "november december jan feb mar apr jun jul aug sep sept oct nov dec")
# months that are also common given names ("April Chen", "Jan Novak") may open a name
_MONTH_GIVEN = _words("april may june august jan")
# words that make a phrase a job title on their own ("VP Eng", "hiring manager", "product")
_TITLE_WORDS = _words(
    "manager managers engineer engineering eng director lead leader head vp svp evp avp cto ceo "
    "cfo coo "
    "cpo cio ciso cmo founder cofounder co-founder president officer chief principal staff senior "
    "sr sr. junior jr recruiter recruiting talent hr designer design pm em tpm apm product "
    "analyst scientist architect developer dev specialist coordinator partner consultant owner "
    "researcher administrator admin intern associate editor writer nurse physician teacher "
    "professor sre devops qa counsel attorney interviewer peer teammate colleague swe mle mgr "
    "advisor executive chair dean supervisor controller accountant strategist producer "
    "skip-level manager's")
# words that only qualify a title ("Customer Success"): never a name, not a title alone
_TITLE_MODIFIERS = _words(
    "engineering people analytics science research ops operations marketing sales hiring team "
    "member tech technical ux ui platform infrastructure backend frontend data software program "
    "project account customer success support quality security mobile growth brand content "
    "community finance legal it")
# the last word of a job role ("Senior Data Engineer", "Head of Product" is caught by 'head')
_ROLE_HEADS = _words(
    "dispatcher hygienist adjuster adjustor chef rn lpn clerk cashier driver electrician plumber "
    "welder paralegal physiotherapist counselor counsellor librarian receptionist barista "
    "bartender cook baker carpenter machinist caregiver carer midwife sonographer optometrist "
    "engineer engineers developer designer manager scientist analyst architect lead director pm "
    "tpm apm em sre swe consultant specialist coordinator intern internship administrator "
    "associate writer editor researcher nurse teacher accountant officer representative rep "
    "strategist marketer producer recruiter advisor counsel attorney technician head vp president "
    "programmer owner assistant executive supervisor agent artist copywriter planner buyer "
    "instructor professor therapist pharmacist physician mechanic operator coach trainer "
    "generalist "
    "cto ceo cfo coo cpo founder principal fellow devops qa ux ui")
_COMPANY_SUFFIXES = _words(
    "inc inc. llc ltd ltd. corp corp. co co. company corporation labs lab health healthcare "
    "analytics "
    "systems technologies technology tech software solutions group partners capital bank studio "
    "studios media networks bio therapeutics pharma foods motors energy robotics security cloud ai "
    "ventures holdings consulting digital games logistics insurance financial finance airlines "
    "university college hospital institute foundation agency industries international global "
    "enterprises interactive works dynamics platforms markets services brands care clinic union "
    "learning education academy school hotels restaurants stores retail freight maps payments "
    "mobility shipping transit aerospace automotive biotech genomics diagnostics pharmaceuticals "
    "semiconductors devices materials chemicals publishing telecom wireless communications "
    "commerce realty properties construction manufacturing airways railways aviation airline "
    "dental medical mining architecture architects advocaten electrical plumbing pharmacy "
    "veterinary consultants institutet library council authority associates press records "
    "laboratories biologics brewing hotel resorts builders engineering advertising estates "
    "fleet utilities")
_FILLER = _words(
    "the a an and or but i we she he they it this that then also so met talked spoke chatted with "
    "interview interviews interviewed interviewer interviewers round final first second third "
    "next steps step notes note call video phone onsite on-site panel zoom meet google teams "
    "company role position date decision timeline offer topics topic questions question thanks "
    "thank hi hello dear update status candidate me my name recruiter hiring today tomorrow "
    "yesterday ignore previous prior instructions instruction system prompt assistant user "
    "disregard emoji emojis follow-up followup follow thank-you great good nice overall summary "
    "re fwd fw subject email mail to from cc q1 q2 q3 q4 kafka flink sql python java aws gcp "
    "remote hybrid office virtual agenda takeaways action items todo key points highlights "
    "screen loop superday debrief feedback our their your his her")
_NOT_NAME = (_WEEKDAY_WORDS | _MONTH_WORDS | _TITLE_WORDS | _TITLE_MODIFIERS | _COMPANY_SUFFIXES
             | _FILLER)
_PARTICLES = _words("van von de da del della der den di du la le bin binti ibn al el dos das do "
                    "ter ten y st st.")
# Irish and Scottish name parts written with a capital: "Ciarán Ó Briain", "Aoife Ní Bhriain"
_GAELIC = {"Ó", "Ní", "Nic", "Ua", "Mac", "Mhic"}
_HONORIFICS = _words("dr mr mrs ms mx prof sir dame chef sister")
_COMPANY_STOP = _WEEKDAY_WORDS | _MONTH_WORDS | _words(
    "first second third fourth fifth last 1st 2nd 3rd 4th 5th phone technical initial hiring "
    "today tomorrow yesterday for on via interview interviews round final onsite on-site video "
    "zoom phone call with next notes i we she he they it re my our a an in at by and or "
    "talked met spoke their his her this that then")
# words that describe an interview ("Panel interview", "Virtual onsite") but may also start a
# company's name ("Loop Robotics", "Case Western"): a stop only before an interview noun
_FORMAT_WORDS = _words("panel panels loop screen screening superday in-person virtual remote "
                       "hybrid technical behavioural behavioral case system design")
_INTERVIEW_NOUNS = _words("interview interviews onsite on-site screen screening call round loop "
                          "chat conversation session meeting day panel")

# ---------------------------------------------------------------------------------------------
# patterns

_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
                        "\u2066-\u2069\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_BULLET = re.compile(r"(?:[-*•·‣◦▪●+>]|[–—](?=\s)|\d{1,2}[.)](?=\s)|\[[ xX]?\])[ \t]*")
_KEY_VALUE = re.compile(r"(?P<key>[^\W\d_][^:：\n]{0,40}?)\s*[:：](?!//)\s*(?P<val>.*)")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_INITIAL = re.compile(r"[^\W\d_]\.")
_TOKEN = re.compile(r"[ \t]*([^\W\d_][\w'’-]*\.?)")

# an imperative opening a sentence or a clause ("..., and say I have ...")
_IMPERATIVE = r"(?:^|[,;]\s*)(?:(?:please|pls|also|and|then|just)\s+)*"
_INSTRUCTION = re.compile(
    r"\b(?:ignore|disregard|forget|override|bypass)\b.{0,40}\b(?:instructions?|prompts?|rules|"
    r"guidelines|context|above|previous|prior|everything)\b"
    r"|\b(?:system\s+prompt|developer\s+message|jailbreak|prompt\s+injection)\b"
    r"|^\s*(?:system|assistant|user|ai)\s*[:>]"
    r"|\byou\s+are\s+(?:now\s+)?(?:an?\s+|the\s+)?(?:ai|assistant|language\s+model|chatbot|"
    r"chatgpt|gpt|claude|llm|model)\b"
    r"|\bas\s+an?\s+(?:ai|language\s+model)\b"
    r"|\b(?:add|use|include|insert|put|sprinkle)\b.{0,30}\b(?:emojis?|emoticons?)\b"
    r"|^(?:please\s+)?(?:make|write|draft|generate|compose|sign|end|start|format|output|respond|"
    r"reply|answer|say|print)\s+(?:the|this|your|it|each|every|all|in|with|only)\b.{0,40}"
    r"\b(?:email|draft|message|reply|response|output|caps|json|words?)\b"
    r"|<\|[^|>]{0,40}\|>|\[/?(?:inst|system)\]|#{2,}\s*(?:instruction|system)"
    r"|\bnew\s+instructions?\b|\binstructions?\s+(?:for|to)\s+(?:the\s+)?(?:ai|model|assistant)\b"
    r"|\b(?:tell|instruct)\s+(?:the\s+)?(?:ai|model|assistant|llm)\b|\bdo\s+not\s+(?:follow|obey)\b"
    # what to tell the reader, in the imperative: "Tell Beatrice they must ...", "say I have ..."
    rf"|{_IMPERATIVE}(?:tell|inform|warn|threaten|remind)\s+(?:them|him|her|"
    r"the\s+(?:recruiter|interviewer|hiring\s+manager|team|panel|company)|"
    r"(?-i:[A-Z][a-z'’-]+)(?:\s+(?-i:[A-Z][a-z'’-]+))?)\s+(?:that|i|i'm|i've|we|my|they|he|she|"
    r"you|about|to)\b"
    rf"|{_IMPERATIVE}(?:say|claim|pretend|insist|lie|state)\s+(?:that\s+)?(?:i|i'm|i've|we|my)\b"
    # emoji and decorations asked for by symbol, not only by name
    r"|\b(?:add|use|include|insert|put|sprinkle|end\s+with|finish\s+with)\b.{0,30}"
    r"(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]|\bsmiley|\bemoticon)"
    r"|\b(?:after|in|at\s+the\s+end\s+of)\s+(?:every|each)\s+(?:sentence|paragraph|line)\b",
    _I)

_INTERVIEW_CUE = re.compile(
    r"\b(?:interview(?:ed|ing|s)?|round|onsite|on-site|phone\s+screen|screen(?:ing)?|panel|loop|"
    r"superday|video\s+call|call\s+with|met\s+with|talked\s+with|spoke\s+with)\b", _I)
_ROUND = re.compile(
    r"\b(?:(?:first|second|third|fourth|fifth|final|last|1st|2nd|3rd|4th|5th)\s+round|"
    r"round\s+(?:\d|one|two|three|four|five)|(?:phone|recruiter|technical|tech|hiring\s+manager|"
    r"hm|initial|intro|culture|behavioral|behavioural|coding|system\s+design|take-home)\s+"
    r"(?:screen|interview|round|call)|panel(?:\s+interview)?|onsite\s+loop|superday)\b", _I)
_FORMATS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:video(?:\s+call)?|zoom|webex|hangouts|virtual(?:ly)?)\b", _I), "video call"),
    (re.compile(r"\b(?:Google\s+Meet|Teams|MS\s+Teams|Microsoft\s+Teams)\b"), "video call"),
    (re.compile(r"\bphone(?:\s+(?:call|screen|interview))?\b", _I), "phone call"),
    (re.compile(r"\bon-?site\b", _I), "onsite"),
    (re.compile(r"\b(?:in[- ]person|in\s+the\s+office|at\s+(?:their|the)\s+office)\b", _I),
     "in person"),
)
_INTRO = re.compile(
    r"(?:\b(?:talked|talking|spoke|speaking|met|meeting|chatted|chat|interviewed|interviewing|"
    r"interview|call|lunch|coffee|session|1:1|one-on-one|paired|pairing|sat\s+down|panel|"
    r"conversation|screen|round|loop|zoom|meet|teams|webex|hangout|facetime|video)\s+"
    r"(?:with|w/)\s+|\b(?:talked|talking|spoke|speaking|chatted)\s+to\s+|\binterviewed\s+by\s+|"
    r"^(?:with|w/)\s+|\b(?:also\s+)?met\s+(?=(?-i:[A-Z]))"
    # a short label, then whom: "Case 1 w/ Partner Victoria Ashby: ..."
    r"|^(?:[A-Za-z]+\s+){1,2}\d{0,2}\s*(?:with|w/)\s+(?=(?-i:[A-Z])))", _I)
_WITH = re.compile(r"\b(?:with|w/)\s+", _I)
_HEADER_PREFIX = re.compile(r"(?:(?:then|and|also|next|after\s+that)\s+)?(?:with|w/)\s+"
                            r"|(?:and\s+)?then\s+(?=(?-i:[A-Z]))", _I)
_SPEECH = re.compile(
    r"[ \t]+(?:asked|said|says|mentioned|talked|explained|described|walked|wants|wanted|told|"
    r"showed|spent|focused|dug|grilled|led|ran|gave|shared|pitched|presented|covered|"
    r"discussed|went)\b", _I)
_PRONOUN = re.compile(r"(?:she|he|they|her|his|their|them)\b", _I)
_LEAD_IN = re.compile(
    r"(?:(?:she|he|they|we|i|you|the\s+interviewer|interviewer)\s+)?(?:really\s+|mostly\s+|also\s+|"
    r"then\s+|briefly\s+|first\s+|later\s+)?(?:"
    r"asked\s+(?:me\s+|us\s+)?(?:a\s+lot\s+|lots\s+|a\s+bunch\s+|a\s+few\s+|some\s+|many\s+)?"
    r"(?:(?:of\s+)?questions\s+)?(?:about|on|regarding|re:?)?"
    r"|talked\s+(?:a\s+lot\s+|mostly\s+|a\s+bit\s+)?(?:about|through)|discussed|went\s+(?:over|through)"
    r"|covered|dug\s+into|dove\s+into|deep[- ]?dived?\s+(?:into|on)"
    r"|(?:a\s+)?deep[- ]dive\s+(?:into|on)"
    r"|(?:lots\s+of\s+|a\s+lot\s+of\s+|some\s+)?questions\s+(?:about|on)|focused\s+on"
    r"|spent\s+(?:a\s+lot\s+of\s+|most\s+of\s+the\s+|some\s+)?time\s+on|mentioned(?:\s+that)?"
    r"|explained(?:\s+that)?|described|walked\s+(?:me\s+|us\s+|them\s+|her\s+|him\s+)?through"
    r"|showed\s+(?:me\s+)?|told\s+me\s+about|told\s+me(?:\s+that)?|wanted\s+to\s+know(?:\s+about)?"
    r"|was\s+curious\s+about|curious\s+about|interested\s+in|grilled\s+me\s+on|pressed\s+(?:me\s+)?on"
    r"|said(?:\s+that)?|shared|gave\s+(?:an?\s+)?(?:example|story)\s+(?:of|about)|pitched|presented"
    r"|chatted\s+about|topics?:|re:|q:|question:|my\s+answer:|me:)\s*", _I)
_TOPICISH = re.compile(
    r"(?:(?:she|he|they|we|interviewer)\s+)?(?:asked|talked\s+about|discussed|questions?\b|"
    r"went\s+over|covered)", _I)
_NOISE = re.compile(
    r"(?:great|good|nice|fun|friendly|positive|negative|awkward|went\s+(?:well|great|ok|okay|fine|"
    r"badly)|felt|seemed|overall|vibe|i\s+think|not\s+sure|nervous|tough|hard|easy|ok|okay|"
    r"thanks?|lol|tbd|n/?a|none|nothing)\b", _I)

_DECISION = re.compile(
    r"\b(?:decision|decisions|decide|decides|deciding|hear(?:ing)?\s+back|get(?:ting)?\s+back\s+to|"
    r"back\s+to\s+(?:me|us|you|everyone|candidates)|let\s+(?:me|us|you|candidates)\s+know|"
    r"(?:will|should|'ll)\s+know|make\s+(?:a|their|the)\s+(?:call|choice|decision)|timeline|"
    r"expect(?:s|ing)?\s+to\s+(?:hear|know|decide)|update\s+(?:me|us|you|candidates)|"
    r"be\s+in\s+touch|reach\s+out|circle\s+back|respond|response|wrap(?:ping)?\s+up|"
    r"finish(?:ing)?\s+(?:interviews|the\s+loop|onsites)|next\s+round|final\s+answer|"
    r"an\s+answer|feedback|results?\s+(?:in|within|by|on|next|early|end|before)|outcome|"
    r"(?:will|'ll|should|would)\s+(?:ring|phone|call|email|e-mail|write|communicate|close|revert|"
    r"tell\s+(?:me|us))|"
    r"revert(?:ing)?\s+(?:by|before|within|in)|close\s+(?:by|before)|communicate\s+(?:by|before))\b",
    _I)
# a statement about their decision even without a date: "They'll let me know"
_STRONG_DECISION = re.compile(
    r"\b(?:decision|decide|hear(?:ing)?\s+back|get(?:ting)?\s+back\s+to\s+(?:me|us)|"
    r"let\s+(?:me|us)\s+know|timeline)\b", _I)
_WILL = (r"(?:\s+(?:will|should|would|is\s+going\s+to|are\s+going\s+to|plans?\s+to|"
         r"promised\s+to)|'ll)")
_HEARING = re.compile(
    rf"\b\w+{_WILL}\s+(?:call|ring|phone|email|e-mail|reach\s+out|be\s+in\s+touch|get\s+back|"
    r"follow\s+up|let\s+(?:me|us)\s+know|contact|reply|respond|ping|text|update)\b", _I)
_NEXT_STEP = re.compile(
    rf"\b\w+{_WILL}\s+(?:call|email|e-mail|reach\s+out|be\s+in\s+touch|get\s+back|follow\s+up|"
    r"let\s+(?:me|us)\s+know|contact|reply|respond|ping|text|update|send|schedule|set\s+up)\b", _I)
_DEADLINE_BEFORE = re.compile(
    r"(?:\bby|\bbefore|\buntil|\btill|\bdeadline|\bdue|\bexpires?|\bexpiring|\banswer|\brespond|"
    r"\breply|\bdecide|\bdecision)\W+(?:\w+\W+){0,3}$", _I)

_OFFER = re.compile(r"\boffers?\b|\boffered\s+me\b", _I)
_OFFER_HAVE = re.compile(
    r"\b(?:came\s+(?:in|through)|arrived|landed|"
    r"got|get|received|receiving|have|has|had|holding|hold|accepted|extended|made\s+me|"
    r"gave\s+me|sent\s+me|verbal|written|competing|another|other|second|exploding|signed)\b|"
    r"\boffers?\s+(?:from|at|with)\b|\boffered\s+me\b", _I)
_OFFER_NOT = re.compile(
    r"(?:\bno|\bnot|n't|\bwithout|\bany|\bif|\bwhether|\bmight|\bmay|\bcould|\bwould|\bcan|"
    r"\bwhat)\b[^.;]{0,25}\boffers?\b|\boffers?\s+(?:letter|stage|process|negotiation)\b|"
    r"\b(?:they|we|you|company|team)\s+offers?\b", _I)
_OFFER_COMPETING = re.compile(r"\b(?:competing|another|other|second|different|separate)\s+"
                              r"(?:\w+\s+)?offer", _I)
_OFFER_FROM = re.compile(r"\boffers?\s+(?:from|at|with)\s+(?P<rest>.+)", _I)
# the company is the capitalised run just before the verb (see _company_suffix)
_OFFER_BY = re.compile(r"\s(?:made|gave|extended|sent)\s+(?:me\s+)?(?:an?\s+)?(?:\w+\s+)?offer\b|"
                       r"\soffered\s+me\b", _I)
_OFFER_WORD = re.compile(r"\s*\boffers?\b", _I)
_ANSWER_DEADLINE = re.compile(
    r"\b(?:need|needs|have|has|must|got)\s+to\s+(?:answer|respond|reply|decide|sign|accept|"
    r"give\s+(?:them\s+)?an?\s+answer)\b|\bexpires?\b|\bexploding\b|\boffer\s+deadline\b", _I)

_REJECT = re.compile(
    r"\b(?:rejection|rejected|turned\s+(?:me\s+)?down|(?:not|won'?t\s+be|aren'?t|are\s+not)\s+"
    r"moving\s+forward|decided\s+(?:not\s+to\s+(?:move|proceed)|to\s+(?:go|move|proceed)\s+"
    r"(?:forward\s+)?with\s+(?:another|other|a\s+different|someone\s+else|an\s+internal))|"
    r"(?:not|won'?t\s+be|will\s+not\s+be)\s+(?:to\s+)?progress(?:ing)?\s+(?:my|your|with)|"
    r"decided\s+not\s+to\s+progress|not\s+been\s+successful|unable\s+to\s+offer\s+(?:me|you)|"
    r"went\s+with\s+"
    r"(?:another|someone\s+else|a\s+different|an\s+internal|other)|moving\s+forward\s+with\s+"
    r"(?:other|another)|not\s+selected|wasn'?t\s+selected|(?:position|role)\s+(?:has\s+been|was|is)"
    r"\s+filled|didn'?t\s+get\s+(?:it|the\s+(?:job|role|offer|position))|no\s+longer\s+(?:being\s+)?"
    r"considered|unsuccessful|regret\s+to\s+inform)\b", _I)
# who sent the rejection: "email from Nadia — they went with another candidate", "Priya called"
_FROM_PERSON = re.compile(
    r"\b(?i:from|by)\s+(?i:(?:the\s+|my\s+)?(?:recruiter|hr|hiring\s+manager|manager)\s+)?"
    r"(?P<a>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    # the sign-off of a pasted rejection: "... Kind regards, Gemma Hartley"
    r"|\b(?i:regards|best|thanks|sincerely|cheers|wishes),?\s+(?P<c>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"|(?P<b>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?i:emailed|called|phoned|rang|wrote|"
    r"messaged|texted|told\s+me|let\s+me\s+know|said|replied|got\s+back)\b")
# a recruiter known by first name: "Recruiter Nadia:", "HR (Kim) said", "Beth (recruiter)"
_RECRUITER_WORD = r"(?i:recruiter|recruiting\s+coordinator|coordinator|talent\s+partner|hr)"
_RECRUITER_NAMED = re.compile(
    rf"\b{_RECRUITER_WORD}\s*[(:–—-]?\s*(?P<a>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)(?![\w'’-])"
    rf"|(?<![\w'’-])(?P<b>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)\s*(?:\(|,\s*(?i:the|our)\s+)"
    rf"{_RECRUITER_WORD}\b")
_REJECT_NOT = re.compile(
    r"\b(?:no\s+(?:rejection|news)|not\s+(?:been\s+)?rejected|haven'?t\s+been\s+rejected|"
    r"if\s+(?:they|i)\b[^.;]{0,20}reject|in\s+case\s+of|worried|afraid|fear|nervous|"
    r"expect(?:ing)?\s+(?:a\s+)?rejection|handl\w*\s+rejection|rejection\s+(?:handling|sampling|"
    r"rate|reason))", _I)

_SENT_THANKS = re.compile(
    r"\b(?:sent|emailed|e-mailed|wrote|mailed|dropped|shot\s+off|fired\s+off)\b[^.;\n]{0,40}?"
    r"\bthank[- ]?(?:yous?|s)\b|\bthank[- ]?yous?(?:\s+(?:note|notes|email|emails|e-mail|message|"
    r"messages|card|cards))?\s*(?:sent|went\s+out|done|out)\b|\bty\s+(?:note\s+)?sent\b", _I)
_SENT_FOLLOW = re.compile(
    r"\b(?:followed\s+up|follow[- ]?up\s+(?:sent|done|went\s+out)|sent\s+(?:a\s+|my\s+|the\s+|"
    r"another\s+|a\s+second\s+)?(?:follow[- ]?up|check[- ]?in|nudge|ping|status\s+(?:check|email|"
    r"request))|checked\s+in|check[- ]?in\s+sent|pinged|nudged|reached\s+out\s+(?:again|to\s+"
    r"(?:check|ask|follow))|emailed\s+(?:them|the\s+recruiter|\w+)\s+(?:again|to\s+(?:check|ask|"
    r"follow)))\b", _I)
_SENT_REJECTION_REPLY = re.compile(
    r"\b(?:replied|responded|wrote\s+back)\s+to\s+(?:the\s+|their\s+)?rejection\b|"
    r"\brejection\s+(?:reply|response)\s+sent\b", _I)
_SENT_OFFER_NOTE = re.compile(
    r"\b(?:told|let|informed|updated|emailed)\s+(?:them|the\s+recruiter|\w+)\s+(?:know\s+)?"
    r"(?:about|of)\s+(?:the\s+|my\s+)?(?:other\s+|competing\s+)?offer\b", _I)
_AGAIN = re.compile(r"\b(?:again|second|another|2nd|one\s+more)\b", _I)
_NOT_YET = re.compile(
    r"\b(?:need\s+to|needs\s+to|should|will|going\s+to|gonna|have\s+to|want\s+to|plan\s+to|"
    r"planning\s+to|todo|to-do|to\s+do|haven'?t|have\s+not|didn'?t|did\s+not|not\s+yet|"
    r"forgot\s+to|must|remember\s+to|draft(?:ing)?)\b", _I)


# ---------------------------------------------------------------------------------------------
# lines


@dataclass(frozen=True)
class Line:
    no: int
    text: str  # without bullet marker or markdown emphasis, stripped
    indent: int
    bullet: bool
    merged: bool = False  # a wrapped bullet's continuation, now part of the line above


def normalise(text: str) -> str:
    """Plain lines: one newline style, no invisible marks (RTL, zero-width) or control chars."""
    for nl in ("\r\n", "\r", "\u2028", "\u2029", "\x85"):
        text = text.replace(nl, "\n")
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    return text.replace("\t", "    ").replace("\u00a0", " ")


def split_lines(text: str) -> list[Line]:
    out: list[Line] = []
    for no, raw in enumerate(normalise(text[:MAX_CHARS]).split("\n")[:MAX_LINES]):
        raw = raw[:MAX_LINE].replace("**", "").replace("__", "")
        body = raw.lstrip(" ")
        indent = len(raw) - len(body)
        m = _BULLET.match(body)
        bullet = bool(m) and bool(body[m.end():].strip()) if m else False
        if bullet and m:
            body = body[m.end():]
        body = re.sub(r"^#+\s*", "", body).strip()
        body = with_spelled_out(body)
        above = next((x for x in reversed(out) if not x.merged), None)
        if body and not bullet and above and above.bullet and above.text and indent > above.indent:
            # a bullet wrapped onto an indented line: one bullet, so an instruction split over
            # two lines is dropped whole
            out[above.no] = Line(above.no, f"{above.text} {body}", above.indent, True)
            out.append(Line(no, "", indent, False, merged=True))
            continue
        out.append(Line(no, body, indent, bullet))
    return out


def _without_instructions(text: str) -> str:
    """The line minus any sentence that reads like an instruction to an AI."""
    if not _INSTRUCTION.search(text):
        return text
    parts = re.split(r"(?<=[.!?;:])\s+|\s+[-–—]\s+", text)
    return " ".join(p for p in parts if not _INSTRUCTION.search(p)).strip()


# ---------------------------------------------------------------------------------------------
# names, titles, companies, roles


def _name_token(tok: str, first: bool) -> bool:
    core = tok.strip("'’-")
    if len(core) < 2 or not core[0].isupper() or core.isupper():
        return False  # acronyms such as ETL or VP are not names
    if not all(c.isalpha() or c in "'’-" for c in core):
        return False
    if not (core[1].islower() or core[1] in "'’"):
        return False
    low = core.casefold()
    if low in _MONTH_WORDS and first and low in _MONTH_GIVEN:
        return True
    return low not in _NOT_NAME


def _valid_name(tokens: list[str]) -> bool:
    # at most four capitalised words; particles come on top ("María José de la Fuente")
    capitals = [t for i, t in enumerate(tokens)
                if not (t in _PARTICLES and 0 < i < len(tokens) - 1)]
    if len(tokens) < 2 or len(capitals) > 4 or len(tokens) > 6:
        return False
    if _INITIAL.fullmatch(tokens[-1]):
        return False
    for i, tok in enumerate(tokens):
        # lower-case particles join a name ("Ludwig van Beethoven"); "Das" ends one
        if ((tok in _PARTICLES or tok in _GAELIC) and 0 < i < len(tokens) - 1) or (
                _INITIAL.fullmatch(tok) and i < len(tokens) - 1):
            continue
        if not _name_token(tok, i == 0):
            return False
    return True


def name_at(text: str, pos: int = 0) -> tuple[str, int] | None:
    """A person's name starting at text[pos] (after an optional honorific) and where it ends.

    The longest run of 2-4 capitalised words that passes the checks wins, so "Priya Shah
    Engineering Manager" gives "Priya Shah".
    """
    toks: list[tuple[str, int]] = []
    i = pos
    while len(toks) < 6:
        m = _TOKEN.match(text, i)
        if not m or (toks and m.start(1) == i):
            break
        word = m.group(1)
        sentence_end = word.endswith(".") and not _INITIAL.fullmatch(word) and (
            word[:-1].casefold() not in _HONORIFICS)
        toks.append((word[:-1], m.end(1) - 1) if sentence_end else (word, m.end(1)))
        i = m.end(1)
        if sentence_end or (i < len(text) and text[i] not in " \t"):
            break
    while toks and toks[0][0].casefold().rstrip(".") in _HONORIFICS:
        toks = toks[1:]
    for k in range(min(6, len(toks)), 1, -1):
        words = [w for w, _ in toks[:k]]
        if _valid_name(words):
            if k < len(toks) and toks[k][0].casefold() in _COMPANY_SUFFIXES:
                return None  # "Bright Path Learning", "Acme Labs": a company, not a person
            return " ".join(words), toks[k - 1][1]
    return None


def _full_name(text: str) -> str | None:
    """`text` when it is nothing but a name."""
    got = name_at(text.strip())
    return got[0] if got and got[1] == len(text.strip()) else None


def _first_name(text: str) -> str | None:
    """`text` when it is one capitalised word that could be a first name ("Priya")."""
    word = text.strip()
    if not re.fullmatch(r"[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)?", word):
        return None
    if not word[0].isupper() or word.isupper() or word.casefold() in _NOT_NAME:
        return None
    return word


def _name_suffix(text: str) -> str | None:
    """The name that ends `text` ("Then Omar Haddad" -> "Omar Haddad")."""
    words = text.split()
    for k in range(min(4, len(words)), 1, -1):
        cand = words[-k:]
        if _valid_name(cand):
            return " ".join(cand)
    return None


def _title_like(text: str) -> bool:
    words = [w.strip(".,()").casefold() for w in text.split()]
    return 0 < len(words) <= 8 and len(text) <= 80 and any(w in _TITLE_WORDS for w in words)


def _clean_title(text: str) -> str | None:
    text = re.sub(r"^(?:the|our|their|my|a|an)\s+", "", text.strip(" .,;:-–—"), flags=_I).strip()
    if not text or re.fullmatch(r"(?:she|he|they|ze|xe)/\w+", text, _I):
        return None  # pronouns are not a title
    if scan_dates(text, Clock(dt.date(2000, 1, 1))) and not _title_like(text):
        return None
    return text if len(text.split()) <= 8 and len(text) <= 80 else None


_PAREN = re.compile(r"\s*\((?P<t>[^()]{1,100})\)")
_ANGLE = re.compile(r"\s*<(?P<e>[^<>\s]+@[^<>\s]+)>")
# a title stops at a sentence end: "Priya Shah, EM. asked about on-call"
_DASH_TITLE = re.compile(r"\s+[-–—]\s+(?P<t>(?:[^:;().—–]|\.(?!\s)){1,80}?)\s*"
                         r"(?=:|;|\.\s|\s[-–—]|\.?$)")
_COMMA_TITLE = re.compile(r"\s*[,/]\s*(?P<t>(?:[^:;,().—–/]|\.(?!\s)){1,80}?)\s*"
                          r"(?=:|,|;|\.\s|\s[-–—/]|\.?$)")


def _title_after(rest: str) -> tuple[str | None, str | None, str]:
    """(title, email, what is left) from the text that follows a name."""
    title = email = None
    for _ in range(2):  # a title and an address may both follow, in either order
        if m := _ANGLE.match(rest):
            email, rest = m["e"], rest[m.end():]
        elif m := _PAREN.match(rest):
            inner = m["t"]
            if found := _EMAIL.search(inner):
                email = found.group(0)
                inner = (inner[:found.start()] + inner[found.end():]).strip(" ,;")
            title = title or (_clean_title(inner) if inner else None)
            rest = rest[m.end():]
        elif title is None and (m := _DASH_TITLE.match(rest) or _COMMA_TITLE.match(rest)) and (
                _title_like(m["t"])):
            title, rest = _clean_title(m["t"]), rest[m.end():]
        else:
            break
    if email is None and (found := _EMAIL.match(rest.strip(" ,;-–—"))):
        email = found.group(0)
        rest = rest.strip(" ,;-–—")[found.end():]
    return title, email, rest


_COMPANY_TOKENS = re.compile(r"[^\s,;:()\[\]\"!?]+(?:[ \t]+[^\s,;:()\[\]\"!?]+){0,7}")
_KEEP_DOT = _words("inc. co. ltd. llc. st. corp. bros.")
# small words inside a company's name: "Bank of America", "Dijkstra & van Dam Advocaten"
_NAME_JOINS = _words("& of de the van von der den du la le y")
_INTERVIEW_NOUNS_OR_FORMATS = _INTERVIEW_NOUNS | _FORMAT_WORDS


def take_company(text: str) -> str | None:
    """The capitalised company name at the start of `text` ("Larkspur Analytics, 2nd round")."""
    m = _COMPANY_TOKENS.match(text.strip())
    words = m.group(0).split() if m else []
    out: list[str] = []
    for i, word in enumerate(words):
        core = word.rstrip(".")
        ended = core != word and word.casefold() not in _KEEP_DOT
        nxt = words[i + 1] if i + 1 < len(words) else ""
        after = words[i + 2] if i + 2 < len(words) else ""
        if out and core.casefold() in _NAME_JOINS and (nxt[:1].isupper() or (
                nxt.casefold() in _NAME_JOINS and after[:1].isupper())):
            out.append(core)  # "Dijkstra & van Dam Advocaten", "Bank of America"
            continue
        leading_the = i == 0 and core == "The" and nxt[:1].isupper()  # "The Atlantic"
        if not core or (core.casefold() in _COMPANY_STOP and not leading_the):
            break
        if core.casefold() in _FORMAT_WORDS and (
                not nxt or nxt.rstrip(".,;:").casefold() in _INTERVIEW_NOUNS_OR_FORMATS):
            break
        if not (core[0].isupper() or (i == 0 and core[0].isdigit() and
                                      any(c.isupper() for c in core))):
            break
        if any(c.isdigit() for c in core) and i > 0:
            break
        out.append(word if word.casefold() in _KEEP_DOT else core)
        if ended:
            break
    while out and out[-1].casefold() in ("&", "of", "de", "the"):
        out.pop()
    name = " ".join(out)
    if not name or len(name) > 60 or not any(c.isalpha() for c in name):
        return None
    return name


def _company_suffix(text: str) -> str | None:
    """The company that ends `text` ("Update: Northwind" -> "Northwind")."""
    words = re.split(r"[\s,;:()]+", text.strip())
    out: list[str] = []
    for word in reversed(words):
        if not word or not (word[0].isupper() or word[0].isdigit()) or (
                word.casefold() in _COMPANY_STOP):
            break
        out.insert(0, word)
        if len(out) == 4:
            break
    return take_company(" ".join(out)) if out else None


def _role_like(text: str) -> bool:
    words = [w.strip(".,()").casefold() for w in text.split()]
    if not 0 < len(words) <= 8 or len(text) > 80:
        return False
    return any(w in _ROLE_HEADS for w in words) and not any(w.isdigit() for w in words)


_ROLE_TAIL = re.compile(
    r"\s+(?:role|position|job|opening|interview|onsite|on-site|loop|screen|notes|call)\b.*$|"
    r"\s+(?:on|via|over|in|at|with|today|yesterday|tomorrow|this|next|last)\b.*$|\s*@.*$|"
    r"\s+[-–—|(].*$", _I)


def _clean_role(text: str) -> str | None:
    text = re.split(r"\.\s|[.!?]$", text.strip())[0]  # the role ends with its sentence
    text = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=_I)
    text = _ROLE_TAIL.sub("", text).strip(" .,;:")
    for found in scan_dates(text, Clock(dt.date(2000, 1, 1))):
        text = text[:found.start].strip(" .,;:")
    return text if text and _role_like(text) else None


_FOR_AT = re.compile(r"\bfor\s+(?:the\s+|a\s+|an\s+)?(?P<role>[^,;:()\n]{2,80}?)\s+"
                     r"(?:role\s+|position\s+|job\s+|opening\s+)?(?:at|@)\s+(?P<rest>.+)", _I)
_AT_FOR = re.compile(r"(?:\bat|@)\s+(?P<rest>[^,;:()\n]{2,60}?)\s+for\s+(?:the\s+|a\s+|an\s+)?"
                     r"(?P<role>[^,;:()\n]{2,80})", _I)
_ROLE_AT = re.compile(r"(?<![\w/&+.-])(?P<role>(?:[\w/&+.-]+\s+){0,5}?[\w/&+.-]+)\s+"
                      r"(?:role|position|job|opening|interview|onsite|loop|screen)\s+"
                      r"(?:at|@|with)\s+(?P<rest>.+)", _I)
_FOR_ROLE = re.compile(r"(?:\b(?:for|as|about)\s+|\bre:\s*)(?:the\s+|a\s+|an\s+)?"
                       r"(?P<role>[^,;:()\n]{2,80})", _I)
_AT = re.compile(r"(?:\bat|@)\s+(?P<rest>.+)")
# the words an interview header may hold between its noun and "with": "Interview Tue Nov 18 with"
_HEADER_GAP = r"(?:[ \t]+[^\s,;:()]+){0,4}?"
_WITH_COMPANY = re.compile(rf"\b(?:interview|onsite|on-site|call|screen|round|chat){_HEADER_GAP}"
                           r"\s+with\s+(?P<rest>.+)", _I)
_FROM_COMPANY = re.compile(r"\bfrom\s+(?P<rest>.+)", _I)
# "Interview Tue Nov 18 with Harbourline Dispatch for the Platform Engineer role", "Interview
# Nov 18 with Cobalt Maps, Product Designer" (or "— Product Designer"): a header naming the role
# the candidate interviewed for; who or what follows "with" is settled once all notes are read
_WITH_ROLE = re.compile(
    rf"\b(?:interview|onsite|on-site|call|screen|chat|round|loop|panel){_HEADER_GAP}[ \t]+with"
    r"[ \t]+(?P<x>[^,;:()\n]{2,60}?)(?:[ \t]+for[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?"
    r"(?P<role>[^,;:()\n]{2,80})|(?:[ \t]*,|[ \t]+[-–—|])[ \t]*(?P<role2>[^,;:()\n–—|]{2,80}?)"
    r"[ \t]*(?:[,(–—|]|[ \t]-[ \t]|\.?$))",
    _I)
# "interview with Bright Path Learning for Instructional Designer": with a company, for a role
_WITH_FOR = re.compile(r"\bwith\s+(?P<rest>[^,;:()\n]{2,60}?)\s+for\s+(?:the\s+|a\s+|an\s+)?"
                       r"(?P<role>[^,;:()\n]{2,80})", _I)
_LEAD_COMPANY = re.compile(r"(?P<rest>[^,;:()\n]{1,60}?)\s+(?:interview|onsite|on-site|final|"
                           r"loop|phone\s+screen|screen|call|round|panel)\b", _I)
_SEGMENTS = re.compile(r"\s+[-–—|·•/]\s+|\s*[|·•,]\s*")


def _capital_suffix(text: str) -> str:
    """The trailing run of capitalised words ("Had my final Staff SRE" -> "Staff SRE")."""
    words = text.split()
    out: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper():
            break
        out.insert(0, word)
    return " ".join(out)


def header_facts(text: str, segments: bool = True) -> dict[str, str]:
    """Company, role, round and format from a header-like line.

    `segments` also reads 'Company — Role — round' headers, which only a first line can be.
    """
    facts: dict[str, str] = {}
    for pattern in (_FOR_AT, _AT_FOR):
        m = pattern.search(text)
        if m and (role := _clean_role(m["role"])) and (company := take_company(m["rest"])):
            facts.setdefault("role", role)
            facts.setdefault("company", company)
    if "role" not in facts and (m := _WITH_FOR.search(text)):
        role, company = _clean_role(m["role"]), take_company(m["rest"])
        if role and company == m["rest"].strip() and _company_ok(company, role):
            facts.update(role=role, company=company)
    if "role" not in facts and (m := _ROLE_AT.search(text)):
        role = _clean_role(_capital_suffix(m["role"]) or m["role"])
        company = take_company(m["rest"])
        if role and company:
            facts.update(role=role, company=company)
    if "role" not in facts:
        for m in _FOR_ROLE.finditer(text):
            if role := _clean_role(m["role"]):
                facts["role"] = role
                break
    if "company" not in facts:
        facts.update(_company_in(text, facts.get("role")))
    if "role" not in facts and (role := _role_in_parens(text, facts.get("company"))):
        facts["role"] = role
    if segments and ("role" not in facts or "company" not in facts):
        facts = {**_segment_facts(text), **facts}
    if m := _ROUND.search(text):
        facts["round"] = " ".join(m.group(0).casefold().split())
    for pattern, fmt in _FORMATS:
        if pattern.search(text):
            facts["format"] = fmt
            break
    return facts


_PAREN_ROLE = re.compile(r"\((?P<role>[^()]{2,60})\)")


def _role_in_parens(text: str, company: str | None) -> str | None:
    """'at Fable Games (Gameplay Engineer role)', '@ Verdant Energy (Grid Analyst II)'."""
    for m in _PAREN_ROLE.finditer(text):
        after_company = bool(company) and text[:m.start()].rstrip().endswith(company or "")
        named = re.search(r"\b(?:role|position|job)$", m["role"].strip(), _I)
        if (after_company or named) and (role := _clean_role(m["role"])):
            return role
    return None


def _company_in(text: str, role: str | None) -> dict[str, str]:
    for m in _AT.finditer(text):
        company = take_company(m["rest"])
        if company and _company_ok(company, role):
            return {"company": company}
    # "interview with Globex Corp", "recruiter Beth from Fenwick Robotics": a suffix says company
    for m in [*_WITH_COMPANY.finditer(text), *_FROM_COMPANY.finditer(text)]:
        company = take_company(m["rest"])
        if company and company.split()[-1].casefold() in _COMPANY_SUFFIXES and _company_ok(
                company, role):
            return {"company": company}
    if (m := _LEAD_COMPANY.match(text)) and (company := take_company(m["rest"])) and (
            company == m["rest"].strip() and _company_ok(company, role)):
        return {"company": company}
    return {}


def with_and_role(text: str) -> tuple[str, str] | None:
    """(what follows "with", the role) from an interview header that names both."""
    m = _WITH_ROLE.search(text)
    if not m:
        return None
    x = m["x"].strip()
    role = _clean_role(m["role"] or m["role2"])
    if not role or take_company(x) != x or x.casefold() == role.casefold():
        return None
    return x, role


def _company_ok(company: str, role: str | None) -> bool:
    if _role_like(company) or _full_name(company) is not None:
        return False
    return not (role and company.casefold() == role.casefold())


def _segment_facts(text: str) -> dict[str, str]:
    """'Larkspur Analytics — Senior Data Engineer — 2nd round' style headers."""
    text = re.sub(r"\s*\([^()]*\)", "", text)  # an aside: "Quillmark (hybrid, SF)"
    text = re.sub(r"^\s*\[[^\]]{1,24}\]\s*", "", text)  # a tag: "[Interview] Denso — ..."
    parts = [p.strip(" .") for p in _SEGMENTS.split(text) if p and p.strip(" .")]
    if len(parts) < 2:
        return {}
    facts: dict[str, str] = {}
    for part in parts:
        if _ROUND.fullmatch(part) or scan_dates(part, Clock(dt.date(2000, 1, 1))):
            continue
        if "role" not in facts and (role := _clean_role(part)):
            facts["role"] = role
        elif ("company" not in facts and (company := take_company(part)) == part
              and _company_ok(part, None)):
            facts["company"] = company
    return facts


def _format_of(text: str) -> str | None:
    for pattern, fmt in _FORMATS:
        if pattern.search(text):
            return fmt
    return None


# ---------------------------------------------------------------------------------------------
# topics


def clean_topic(text: str) -> str | None:
    """A short topic phrase, or None for something that is not one ("great chat", instructions)."""
    text = " ".join(text.split()).strip(" -–—*•:;,.")
    if _INSTRUCTION.search(text):
        return None
    for _ in range(3):  # "she asked me about" then "I described" ...
        m = _LEAD_IN.match(text)
        if not m or not m.group(0).strip():
            break
        text = text[m.end():].strip(" -–—:;,.")
    text = text.strip("\"'“”‘’ ").rstrip(" .;,:!")
    text = re.sub(r"\s+(?:etc\.?|and\s+so\s+on)$", "", text, flags=_I)
    words = text.split()
    if len(words) > 20:
        cut = re.search(r"[,(—–]|\s-\s", " ".join(words[3:20]))
        text = " ".join(words[:3]) + " " + (" ".join(words[3:20])[:cut.start()] if cut
                                            else " ".join(words[3:20]))
        text = text.strip(" ,;:(")
    if sum(c.isalpha() for c in text) < 2:
        return None
    if len(words) <= 4 and _NOISE.match(text):
        return None
    if _full_name(text) is not None:
        return None
    return text


_ABBREVIATIONS = _words("dr mr mrs ms st vs etc e.g i.e approx")


def _sentences(text: str) -> list[str]:
    """Split at '. ' before a capital ("plans. She mentioned ..."), not after "Dr." or "vs."."""
    out, start = [], 0
    for m in re.finditer(r"[.!?]\s+(?=[A-Z])", text):
        word = text[start:m.start()].split()[-1:] or [""]
        if word[0].casefold().rstrip(".") in _ABBREVIATIONS or len(word[0]) == 1:
            continue
        out.append(text[start:m.start()])
        start = m.end()
    out.append(text[start:])
    return [p for p in out if p.strip()]


# a comma piece that continues a clause rather than starting a list item
_JOINER = re.compile(r"(?:worried|which|that|because|but|so|and|though|esp|especially|"
                     r"including|e\.g|like)\b", _I)


def _split_topics(text: str, commas: bool) -> list[str]:
    """Topics from inline text: ';' and sentences always separate; ',' only in a list of
    short phrases."""
    parts = [p for s in _sentences(text) for p in re.split(r"\s*;\s*", s) if p.strip()]
    if commas:
        out: list[str] = []
        for part in parts:
            pieces = _split_outside_parens(part, ",")
            if len(pieces) >= 3 and re.match(r"(?:and|or)\s", pieces[-1], _I):
                pieces[-1] = pieces[-1].split(None, 1)[1]  # "a, b, and c": a list, Oxford comma
            short = all(len((clean_topic(p) or p).split()) <= 8 for p in pieces)
            if len(pieces) > 1 and short and not any(_JOINER.match(p.strip()) for p in pieces[1:]):
                out.extend(pieces)
            else:
                out.append(part)
        parts = out
    return [t for p in parts if (t := clean_topic(p))]


def _split_outside_parens(text: str, sep: str) -> list[str]:
    out, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += (ch in "([") - (ch in ")]")
        if ch == sep and depth <= 0:
            out.append(text[start:i])
            start = i + 1
    out.append(text[start:])
    return [p.strip() for p in out if p.strip()]


# ---------------------------------------------------------------------------------------------
# people lists


_LIST_SEP = re.compile(r"\s*(?:;|,|&|\+|\band(?:\s+then)?\b|\bthen\b|\s/\s)\s*", _I)


def _pieces(text: str) -> list[tuple[int, str]]:
    """(offset, piece) split at ; , & 'and' outside parentheses."""
    depth = [0] * (len(text) + 1)
    for i, ch in enumerate(text):
        depth[i + 1] = depth[i] + (ch in "([<") - (ch in ")]>")
    out: list[tuple[int, str]] = []
    start = 0
    for m in _LIST_SEP.finditer(text):
        if depth[m.start()] > 0 or m.end() == m.start():
            continue
        out.append((start, text[start:m.start()]))
        start = m.end()
    out.append((start, text[start:]))
    return [(off, p) for off, p in out if p.strip()]


_TITLE_FIRST = re.compile(r"(?:(?:the|our|their|my)\s+)?(?P<t>(?:[A-Za-z][\w-]*\s+){1,3}?)"
                          r"(?=[^\W\d_])")


# letters after a name before the title: "Greg Whitfield, P.Eng., Senior Project Manager"
_CRED_AFTER = re.compile(r"\s*,\s*(?:Ph\.?D|M\.?D|P\.\s?Eng|P\.?E|CPA|RN|MBA|PharmD|DDS|DVM|Esq|"
                         r"FCA|ACCA|CFA|PMP|CEng|MRICS|FRCS)\.?(?=\s*,)")


def _person_piece(piece: str) -> tuple[Interviewer, str] | None:
    """'Marcus Bell (Design Director)', 'Sam Ortiz - VP Eng', 'recruiter Jamie Fox' -> the
    person and the text that follows them."""
    stripped = piece.lstrip()
    lead_title = None
    got = name_at(stripped)
    if not got and (lead := _TITLE_FIRST.match(stripped)):
        # "recruiter Jamie Fox", "Associate Partner Rohan Kapoor": title words, then the name
        at = lead.start("t")
        words = re.findall(r"\S+\s+", stripped[at:])
        for k in (3, 2, 1):
            head = "".join(words[:k])
            if len(words) >= k and all(w.casefold() in _TITLE_WORDS for w in head.split()) and (
                    found := name_at(stripped[at + len(head):])):
                lead_title, stripped, got = head.strip(), stripped[at + len(head):], found
                break
    if not got:
        return None
    name, end = got
    if cred := _CRED_AFTER.match(stripped, end):
        end = cred.end()
    title, email, rest = _title_after(stripped[end:])
    return Interviewer(name=name, title=title or lead_title, email=email), rest


_ABOUT_LATER = re.compile(r"\b(?:about|to\s+discuss|to\s+talk\s+about|regarding)\s+(?P<t>.+)", _I)
_ABOUT = re.compile(r"\s*(?:about|to\s+discuss|to\s+talk\s+about|to\s+go\s+over|re:?|regarding|"
                    r"on|discussing|talking\s+about|who\s+asked\s+about)\s+(?P<t>.+)", _I)


def _appositive(text: str) -> bool:
    """A title, or a short 'the/our ...' phrase naming someone's part ("our future skip-level")."""
    return _title_like(text) or bool(re.match(r"(?:the|our|their|my)\s+(?:[\w-]+\s*){1,4}$",
                                              text.strip(), _I))


def people_list(text: str) -> tuple[list[Interviewer], str]:
    """People from 'A (T), B - T; C, Title and D ...': the people, then any trailing prose.

    A title may also come first ("the hiring manager, Tom Becker").
    """
    people: list[Interviewer] = []
    pending: str | None = None
    for offset, piece in _pieces(text):
        got = _person_piece(piece)
        if got is not None:
            person, rest = got
            person.title = person.title or pending
            pending = None
            people.append(person)
            if rest.strip(" .,;:"):
                return people, text[offset + len(piece) - len(rest):]
            continue
        dash = re.search(r"\s[-–—]\s|:\s", piece)
        if dash and people and people[-1].title is None and _appositive(piece[:dash.start()]):
            # "Olivia Grant, Editorial Director - acquisitions, my edit test": then her topics
            people[-1].title = _clean_title(piece[:dash.start()])
            return people, text[offset + dash.start():]
        head, *tail = re.split(r"\.\s+", piece, maxsplit=1)
        if people and people[-1].title is None and _appositive(head):
            people[-1].title = _clean_title(head)
            if tail:  # "Priya Shah, EM. asked about on-call": the title ends with its sentence
                return people, text[offset + piece.index(tail[0]):]
            continue
        if not people and pending is None and not tail and _appositive(head):
            pending = _clean_title(head)
            continue
        return people, text[offset:]
    return people, ""


_ONE_NAME = re.compile(rf"\s*(?:(?P<h>{'|'.join(TITLES)})\.?\s+)?(?P<n>[^\W\d_][\w'’-]*)"
                       r"\s*(?:\((?P<t>[^()]{1,60})\))?\s*$")


def _known_by_one_name(value: str) -> list[Interviewer]:
    """People an interviewer key names by one name only: "Luis", "Dr. Patel (owner)". Only
    where a key says these are the interviewers: in prose one word is too weak a sign."""
    out: list[Interviewer] = []
    for _, piece in _pieces(value):
        m = _ONE_NAME.fullmatch(piece)
        if not m or _first_name(m["n"]) is None:
            return []
        name = f"{m['h']}. {m['n']}" if m["h"] else m["n"]
        out.append(Interviewer(name=name, title=_clean_title(m["t"]) if m["t"] else None))
    return out


# ---------------------------------------------------------------------------------------------
# keys


def _keys(kind: str, names: str) -> dict[str, str]:
    return {n.strip(): kind for n in names.split("|")}


_KEYS: dict[str, str] = {
    **_keys("company", "company|employer|organization|organisation|org|firm|company name"),
    **_keys("role", "role|position|job|job title|title|opening|req|applied for|"
                    "role applied for|position applied for"),
    **_keys("date", "date|interview date|when|day|interviewed on|date of interview"),
    **_keys("interview", "interview|interview details"),
    **_keys("round", "round|stage|interview round|interview stage|interview type"),
    **_keys("format", "format|location|where|medium|via|mode|type"),
    **_keys("people", "interviewer|interviewers|interviewer(s)|interviewed by|panel|panelists|"
                      "panellists|met with|talked with|talked to|spoke with|spoke to|people|who|"
                      "with|attendees|participants|interview panel"),
    **_keys("hiring manager", "hiring manager|hm"),
    **_keys("recruiter", "recruiter|recruiting contact|recruiter contact|recruiter name|"
                         "recruiter details|hr contact|talent partner|"
                         "coordinator"),
    **_keys("candidate", "candidate|me|my name|name|your name|applicant|signed|signature|from|"
                        "sign as|signing as|sign off as|signed as|sign-off|sign off|sig|"
                        "who i am|eu|yo|moi|ich|notes by"),
    **_keys("decision", "decision|timeline|decision date|decision by|expected decision|result|"
                        "results|outcome|"
                        "hear back|hear back by|response by|eta|decision timeline|"
                        "expected timeline|hiring timeline"),
    **_keys("next", "next steps|next step|next|what's next|whats next"),
    **_keys("offer", "offer|competing offer|other offer|offers|other offers"),
    **_keys("deadline", "offer deadline|answer by|respond by|offer expires|deadline|reply by|"
                        "decide by"),
    **_keys("topics", "topics|discussed|notes|questions|talked about|covered|asked|asked about|"
                      "what we discussed|discussion|key points|highlights|they asked|"
                      "questions they asked|conversation"),
    **_keys("ignore", "my questions|questions i asked|questions for them|to do|todo|reminders|"
                      "ideas|prep|things to mention"),
    **_keys("email", "email|e-mail|their email"),
}


def key_value(text: str) -> tuple[str, str, str] | None:
    """(kind, key as written, value) for a known `Key: value` line; for facts, also
    `Key - value` ("Company - Infoveda Systems", "Interview date - 26-Nov-2026")."""
    m = _KEY_VALUE.fullmatch(text)
    dashed = m is None
    if dashed:
        m = _KEY_DASH_VALUE.fullmatch(text)
    if not m:
        return None
    key = " ".join(m["key"].casefold().replace("’", "'").split()).strip(" *_-")
    kind = _KEYS.get(key) or _KEYS.get(key.rstrip("s"))
    if dashed and kind not in _DASH_KINDS:
        return None  # "Notes - Pharmacist interview" is a heading, not a topic list
    return (kind, m["key"], m["val"].strip()) if kind else None


_KEY_DASH_VALUE = re.compile(r"(?P<key>[^\W\d_][^:：\n\-–—]{0,30}?)\s+[-–—]\s+(?P<val>\S.*)")
_DASH_KINDS = {"company", "role", "date", "round", "format", "people", "decision", "offer",
               "deadline", "candidate", "recruiter", "hiring manager"}


def _cut_value(value: str) -> str:
    return re.split(r"\s*[,;(]\s*|\s+[-–—|]\s+", value, maxsplit=1)[0].strip(" .")


# ---------------------------------------------------------------------------------------------
# the parser


_BLANK_VALUES = _words("none no n/a na tbd ? - unknown nothing nope")


@dataclass
class _Decision:
    rank: int  # 3: a Decision:/Timeline: line, 2: a sentence about the decision, 1: a next step
    value: dt.date | None
    text: str


_NAME_THEN_TITLE = re.compile(
    r"(?<![\w'’-])([^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){1,5})\s*(?:\(([^()]{1,60})\)|"
    r",\s*((?:the|our|their|my)\s+[^,.;:()]{2,40})|"
    r"\s+(?:is|was|will\s+be)\s+((?:the|our|their|my|a|an)\s+[^,.;:()]{2,40}))")


_TITLE_THEN_NAME = re.compile(
    r"\b(?:the|our|their|my)\s+(?P<t>(?:[\w-]+[ \t]+){0,3}[\w-]+)(?:[ \t]*,[ \t]*|[ \t]+)"
    r"(?=[^\W\d_])", _I)
_I_AM = re.compile(r"(?:i'm|i’m|i\s+am|my\s+name\s+is|this\s+is)\s+", _I)


class _Parser:
    """One pass over the lines; state is local to one parse_notes call."""

    def __init__(self, lines: list[Line], today: dt.date, source: str) -> None:
        self.lines = lines
        self.today = today
        self.source = source
        self.facts: dict[str, str] = {}
        self.candidate: str | None = None
        self.recruiter: str | None = None
        self.people: list[Interviewer] = []
        self.current: Interviewer | None = None
        self.general: list[str] = []
        self.decision: _Decision | None = None
        self.next_steps: list[str] = []
        self.offer: CompetingOffer | None = None
        self.pending_deadline: tuple[dt.date | None, str] | None = None
        self.rejected = False
        self.rejection_sender: str | None = None  # as written; matched to a person at the end
        self.added_on: dict[str, int] = {}  # person -> the line that named them first
        self.listed: set[str] = set()  # people an "Interviewers:" key names: interviewers
        self.rejection_date: dt.date | None = None
        self.sent: list[SentMessage] = []
        self.dates: list[DateMention] = []
        self.mode = "topics"
        self.day_first = day_first(source)
        self.clock = Clock(today=today, written=today, day_first=self.day_first)
        self.interview: tuple[int, DateMention] | None = None
        self.line_no = -1
        self.card: Interviewer | None = None  # a person named alone on the line before
        # (line number, X, role) from "Interview Nov 18 with X for the <role> role"
        self.with_role: tuple[int, str, str] | None = None
        self.offer_rank = 0  # how the offer's answer date was given (see _offer)
        self.texts = [(line, text) for line in lines if (text := _without_instructions(line.text))]

    # -- first pass: the facts every other line is read against ------------------------------

    def prepare(self) -> None:
        written = self._written_day()
        self.clock = Clock(today=self.today, written=written or self.today,
                           day_first=self.day_first)
        self._header()
        self.interview = self._interview_date()
        anchor = self.interview[1].value if self.interview else None
        self.clock = Clock(today=self.today, anchor=anchor, written=written or self.today,
                           day_first=self.day_first)

    def _texts(self) -> Iterable[tuple[Line, str]]:
        """Non-empty lines with any instruction-like sentence taken out."""
        return iter(self.texts)

    def _written_day(self) -> dt.date | None:
        """The day the notes were written, when they say 'today (Nov 18)'."""
        clock = Clock(today=self.today, day_first=self.day_first)
        for _, text in self._texts():
            if not _DEICTIC_WORD.search(text):
                continue
            for found in scan_dates(text, clock, tense="past"):
                if found.deictic_offset is not None and found.mention.value:
                    return found.mention.value - dt.timedelta(days=found.deictic_offset)
        return None

    def _header(self) -> None:
        """Company, role, round and format: from keys, the first line and interview lines."""
        first_seen = False
        for line, text in self._texts():
            kv = key_value(text)
            if kv and kv[0] in ("company", "role", "round", "format"):
                self._header_key(kv[0], kv[1], kv[2])
                continue
            if kv and kv[0] == "date":  # "When: Wed 11/19, 2pm, Google Meet"
                facts = header_facts(kv[2], segments=False)
                for key in ("round", "format"):
                    if key in facts:
                        self.facts.setdefault(key, facts[key])
                continue
            first = not first_seen or (kv is not None and kv[0] == "interview")
            if kv and kv[0] == "interview":
                text = kv[2]
            elif kv or _is_event(text) or line.bullet:
                continue
            first_seen = True
            cue = f"interview {text}" if kv else text
            if self.with_role is None and (found := with_and_role(cue)):
                self.with_role = (line.no, *found)
            if first or _INTERVIEW_CUE.search(text):
                for key, value in header_facts(text, segments=first).items():
                    self.facts.setdefault(key, value)

    def _header_key(self, kind: str, key: str, value: str) -> None:
        """An explicit `Key: value` beats what header sentences suggest."""
        if not value or value.casefold().strip(" .") in _BLANK_VALUES:
            return
        if kind == "format":
            self.facts["format"] = _format_of(value) or _cut_value(value).casefold()
            if "round" not in self.facts and (m := _ROUND.search(value)):
                self.facts["round"] = " ".join(m.group(0).casefold().split())
        elif kind == "round":
            self.facts["round"] = " ".join(_cut_value(value).casefold().split())
        elif kind == "role" and key.strip().casefold() == "title":
            self.facts.setdefault("role", _cut_value(value))  # may be an interviewer's title
        elif kind in ("role", "company"):
            self.facts[kind] = _cut_value(value)

    def _interview_date(self) -> tuple[int, DateMention] | None:
        """(line number, date) of the interview: a Date: key, else the first interview line
        with a date that is not a deadline ("decision by Dec 1"), else the first line's date."""
        texts = list(self._texts())
        for line, text in texts:
            kv = key_value(text)
            if kv and kv[0] in ("date", "interview"):
                for found in scan_dates(kv[2], self.clock, tense="past"):
                    if found.mention.value:
                        return line.no, found.mention
        for line, text in texts:
            if key_value(text) or _is_event(text) or not _INTERVIEW_CUE.search(text):
                continue
            for found in scan_dates(text, self.clock, tense="past"):
                if found.mention.value and not _DEADLINE_BEFORE.search(text[:found.start]):
                    return line.no, found.mention
        for line, text in texts[:1]:
            if _is_event(text):
                return None
            for found in scan_dates(text, self.clock, tense="past"):
                if found.kind == "absolute" and found.mention.value:
                    return line.no, found.mention
        # a header, then the day opening a line of its own: "Verdant Foods — QA Supervisor\n
        # Nov 27", "Wed 25/11, at their Eagle Farm depot", "2026-11-24, 2pm" under key lines
        for line, text in texts[1:5]:
            if _is_event(text) or _DECISION.search(text) or _HEARING.search(text):
                continue
            kv = key_value(text)
            if kv and kv[0] not in ("date", "interview"):
                continue
            found_all = scan_dates(text, self.clock, tense="past")
            if not found_all or found_all[0].kind != "absolute":
                continue
            found = found_all[0]
            if found.mention.value and not text[:found.start].strip(" ,;:-–—()"):
                return line.no, found.mention
        return None

    # -- second pass --------------------------------------------------------------------------

    def run(self) -> None:
        texts = {line.no: text for line, text in self.texts}
        for line in self.lines:
            text = texts.get(line.no, "")
            if line.merged:
                continue
            if not line.text:
                if self.mode in ("people", "next", "ignore", "recruiter"):
                    self.mode = "topics"
                continue
            if not text:
                continue  # the whole line was an instruction to an AI
            self.line_no = line.no
            if self.interview and line.no == self.interview[0]:
                self._note(self.interview[1], "interview")
            self._line(line, text)

    def _line(self, line: Line, text: str) -> None:
        kv = key_value(text) or key_value(text.rstrip(":") + ":")  # "Next steps" as a heading
        if kv is not None and self._key(kv, line):
            return
        if kv is None and self._titled_key(text):
            return
        if self.mode == "people" and self._person_header(text, loose=True):
            return
        if self.mode == "recruiter":
            self.mode = "topics"
            if got := name_at(text):
                self.recruiter = got[0]
                return
        if self._contact_card(line, text):
            return
        if self.mode == "ignore" and line.bullet:
            return
        if self.mode == "next" and line.bullet:
            self._next_step(text)
            return
        rejection = bool(_REJECT.search(text)) and not _REJECT_NOT.search(text)
        for sentence in _sentences(text):
            if rejection and self.rejected and not _REJECT.search(sentence):
                # "Nov 27: email from Greg: they went with an internal candidate. Said he'd keep
                # my resume on file": the rest of the rejection is no one's topic
                self._other_dates(sentence.strip())
                continue
            self._sentence(line, sentence.strip())

    def _contact_card(self, line: Line, text: str) -> bool:
        """A name alone on its line, then its title or address, then bullets (a pasted card)."""
        card, self.card = self.card, None
        if card is not None and _EMAIL.fullmatch(text) and card.email is None:
            card.email, self.card = text, card
            return True
        if card is not None and card.title is None and _title_like(text) and not _SPEECH.search(
                " " + text):
            card.title, self.card = _clean_title(re.split(r"\s+at\s+", text)[0]), card
            return True
        nxt = next((n for n in self.lines[line.no + 1:] if n.text), None)
        if line.bullet or nxt is None or (name := _full_name(text.rstrip(":"))) is None:
            return False
        if nxt.bullet or _title_like(nxt.text) or _EMAIL.fullmatch(nxt.text):
            self.card = self._add(Interviewer(name=name))
            return True
        return False

    def _sentence(self, line: Line, text: str) -> None:
        """One sentence of prose or a bullet: an event, a decision, a person or a topic."""
        if self._events(text) or self._decision_line(text, rank=2):
            return
        if _NEXT_STEP.search(text) and not _TOPICISH.match(text):
            self._next_step(text)
            return
        if (m := _I_AM.match(text)) and (name := name_at(text, m.end())):
            self.candidate = self.candidate or name[0]
            return
        if self._person_line(text):
            return
        if self._topic_line(text, line):
            return
        self._other_dates(text)

    # -- dates --------------------------------------------------------------------------------

    def _scan(self, text: str, tense: Tense = "future", bare: bool = False,
              deadline: bool = False) -> list[Found]:
        """Dates in `text`. A `deadline` still open when the notes were written (an offer's
        answer date) takes the year nearest that day, not the interview's."""
        found = scan_dates(text, self.clock, tense=tense, bare=bare)
        label = _dated_line(text, found)
        clock = self.clock
        if label is not None:  # "Oct 20: got the rejection today": today is Oct 20
            clock = Clock(today=self.clock.today, anchor=self.clock.anchor, written=label,
                          day_first=self.day_first)
        if label is not None or deadline:
            first, found = found, scan_dates(text, replace(clock, nearest_now=deadline),
                                             tense=tense, bare=bare)
            if label is not None and found and found[0].start == first[0].start:
                found[0] = first[0]  # the label is the day the line was written, read as such
        if self.interview and self.line_no == self.interview[0]:
            # the interview date on its own line was already read, against its own clock
            found = [f for f in found if f.mention.text != self.interview[1].text]
        return found

    def _note(self, mention: DateMention, role: DateRole) -> None:
        self.dates.append(mention.model_copy(update={"role": role}))

    def _note_all(self, found: list[Found], role: DateRole) -> None:
        for f in found:
            self._note(f.mention, role)

    def _other_dates(self, text: str) -> None:
        """Calendar dates on lines with no other meaning; relative phrases there are stories."""
        self._note_all([f for f in self._scan(text) if f.kind in ("absolute", "invalid")], "other")

    # -- Key: value ---------------------------------------------------------------------------

    def _key(self, kv: tuple[str, str, str], line: Line) -> bool:
        kind, _, value = kv
        blank = value.casefold().strip(" .") in _BLANK_VALUES
        if kind in ("company", "round", "format", "interview", "date"):
            if kind == "interview" and not blank:
                self._people_from_intro(value)
            if kind == "date" and not self.interview:
                self._other_dates(value)
            return True
        if kind == "role":
            if self.current is not None and not self.current.title and value:
                self.current.title = _clean_title(value)
            return True
        handler = {
            "people": self._key_people, "hiring manager": self._key_hiring_manager,
            "recruiter": self._key_recruiter, "candidate": self._key_candidate,
            "decision": self._key_decision, "next": self._key_next, "offer": self._key_offer,
            "deadline": self._key_deadline, "topics": self._key_topics,
            "ignore": self._key_ignore, "email": self._key_email,
        }[kind]
        return handler("" if blank else value)

    def _titled_key(self, text: str) -> bool:
        """'Hiring mgr: Paula Gomez', 'Peer: Ben Ortiz': a part, then who played it."""
        m = _KEY_VALUE.fullmatch(text)
        if not m or not _title_like(m["key"]) or len(m["key"].split()) > 4:
            return False
        got = _person_piece(m["val"])
        if got is None or got[1].strip(" .,;"):
            return False
        person = got[0]
        person.title = person.title or _clean_title(m["key"])
        self._add(person)
        return True

    def _key_people(self, value: str) -> bool:
        if not value:
            self.mode = "people"
            return True
        people, rest = people_list(value)
        if not people:  # "Interviewer: Luis", "Dr. Patel (owner) + Kim (office manager)"
            people, rest = _known_by_one_name(value), ""
        for person in people:
            self._add(person)
            self.listed.add(person.name)
        if len(people) > 1:
            self.current = None  # "Interviewers: A, B" then "Topics: ...": shared, not B's
        if rest and people and self._topics_after_person(rest):
            pass
        elif rest and (m := _ABOUT.match(rest)) and self.current:
            self._topics(_split_topics(m["t"], commas=False))
        self.mode = "people" if not people else "topics"
        return True

    def _key_hiring_manager(self, value: str) -> bool:
        got = _person_piece(value) if value else None
        if got:
            person = got[0]
            person.title = person.title or "hiring manager"
            self._add(person)
        return True

    def _key_recruiter(self, value: str) -> bool:
        if not value:
            self.mode = "recruiter"  # "Recruiter contact:" then the name on the next line
        elif got := name_at(value.strip()):
            self.recruiter = got[0]
        return True

    def _key_candidate(self, value: str) -> bool:
        name = _candidate_name(value)
        if name:
            self.candidate = name
            return True
        return False  # "me: described alert dedup" is a note, not a name

    def _key_decision(self, value: str) -> bool:
        if value:
            found = self._scan(value, bare=True)
            self._note_all(found, "decision")
            self._set_decision(3, _latest(found), value.rstrip(". "))
        return True

    def _key_next(self, value: str) -> bool:
        if value:
            self._next_step(value)
        else:
            self.mode = "next"
        return True

    def _key_offer(self, value: str) -> bool:
        if value:
            self._offer(value, keyed=True)
        return True

    def _key_deadline(self, value: str) -> bool:
        found = self._scan(value, bare=True, deadline=True) if value else []
        mention = found[0].mention if found else None
        deadline = (mention.value if mention else None, mention.text if mention else value)
        if self.offer is not None and (self.offer.answer_by is None or self.offer_rank < 3):
            self._retire_deadlines()  # a declared answer date beats one read from a sentence
            self.offer.answer_by, self.offer.answer_by_text = deadline
            self.offer_rank = 3
        else:
            self.pending_deadline = deadline
        self._note_all(found, "offer-deadline")
        return True

    def _key_topics(self, value: str) -> bool:
        self.mode = "topics"
        if value:
            self._topics(_split_topics(value, commas=True))
        return True

    def _key_ignore(self, value: str) -> bool:
        self.mode = "ignore"
        return True

    def _key_email(self, value: str) -> bool:
        if self.current is not None and (m := _EMAIL.search(value)):
            self.current.email = m.group(0)
        return True

    # -- events: an offer elsewhere, a rejection, messages already sent -------------------------

    def _events(self, text: str) -> bool:
        if _TOPICISH.match(text):
            return False
        sent_cue = (_SENT_THANKS, _SENT_FOLLOW, _SENT_REJECTION_REPLY, _SENT_OFFER_NOTE)
        if any(p.search(text) for p in sent_cue) and self._sent(text):
            return True
        if _REJECT.search(text) and not _REJECT_NOT.search(text):
            self._rejection(text)
            return True
        if _OFFER.search(text) and _OFFER_HAVE.search(text) and not _OFFER_NOT.search(text):
            return self._offer(text, keyed=False)
        if self.offer is not None and self.offer.answer_by is None and (
                _ANSWER_DEADLINE.search(text)):
            found = [f for f in self._scan(text, deadline=True) if f.mention.value]
            if found:
                self._note(found[0].mention, "offer-deadline")
                self.offer.answer_by = found[0].mention.value
                self.offer.answer_by_text = found[0].mention.text
                self.offer_rank = 1
                return True
        return False

    def _sent(self, text: str) -> bool:
        """'sent thank-you Nov 18', 'followed up Dec 3 and again Dec 10' (two messages)."""
        for pattern, stage in _SENT_KINDS:
            m = pattern.search(text)
            if m is None or _NOT_YET.search(text[:m.start()]):
                continue
            found = self._scan(text, tense="past")
            self._note_all(found, "sent")
            days = [f.mention.value for f in found if f.mention.value] or [None]
            if stage != "missed-deadline":
                days = days[:1]
            for i, day in enumerate(days):
                earlier = any(s.stage == "missed-deadline" for s in self.sent)
                again = i > 0 or (len(days) == 1 and _AGAIN.search(text))
                nudge = stage == "missed-deadline" and (earlier or again)
                self.sent.append(SentMessage(stage="second-nudge" if nudge else stage, on=day,
                                             text=text))
            return True
        return False

    def _rejection(self, text: str) -> None:
        self.rejected = True
        # the line itself, or the one introducing a pasted message ("From recruiter Marcus Bell:")
        above = next((t for line, t in reversed(self.texts) if line.no < self.line_no), "")
        whole = next((t for line, t in self.texts if line.no == self.line_no), text)
        for where in (text, whole, above if above.rstrip().endswith(":") else ""):
            if not self.rejection_sender and (m := _FROM_PERSON.search(where)):
                self.rejection_sender = m["a"] or m["b"] or m["c"]
        found = self._scan(text, tense="past")
        self._note_all(found, "rejection")
        day = next((f.mention.value for f in found if f.mention.value), None)
        self.rejection_date = day or self.rejection_date

    def _offer(self, text: str, keyed: bool) -> bool:
        company = _offer_company(text, keyed)
        ours = self.facts.get("company")
        if company and ours and company.casefold() == ours.casefold():
            return False  # an offer from the company interviewed with is not a competing one
        if company is None and not keyed and not _OFFER_COMPETING.search(text):
            return False  # whose offer is unclear: do not invent one
        found = self._scan(text, deadline=True)
        deadline = _answer_by(text, found, keyed)
        # how sure the answer date is: 3 declared on an 'Offer:' line, 2 in a sentence naming
        # the company ("Northwind offered, answer by Dec 1"), 1 in any other sentence
        rank = 3 if keyed else 2 if company else 1
        old = self.offer
        same = old is not None and (company is None or old.company is None
                                    or company.casefold() == old.company.casefold())
        if old is not None and not same and rank < self.offer_rank:
            self._note_all(found, "other")  # a vaguer mention does not replace a declared offer
            return True
        if old is not None and same:
            offer, offer.company = old, old.company or company
        else:
            offer, self.offer_rank = CompetingOffer(company=company), 0
        if deadline is not None and (offer.answer_by is None or rank >= self.offer_rank):
            self._retire_deadlines()
            offer.answer_by, offer.answer_by_text = deadline.mention.value, deadline.mention.text
            self.offer_rank = rank
        elif deadline is not None:
            deadline = None  # an earlier, surer answer date stands
        elif offer.answer_by is None and self.pending_deadline is not None:
            offer.answer_by, offer.answer_by_text = self.pending_deadline
            self.offer_rank = 3
        for f in found:
            self._note(f.mention, "offer-deadline" if f is deadline else "other")
        self.offer = offer
        return True

    def _retire_deadlines(self) -> None:
        """An answer date replaced by a surer one is listed as an 'other' date."""
        self.dates = [d.model_copy(update={"role": "other"}) if d.role == "offer-deadline" else d
                      for d in self.dates]

    # -- decision and next steps --------------------------------------------------------------

    def _decision_line(self, text: str, rank: int) -> bool:
        if not _DECISION.search(text):
            return False
        # "Recruiter said 1-2 weeks for feedback": in a sentence about the decision, a bare
        # duration is its timeline
        found = self._scan(text) or self._scan(text, bare=True)
        if not found and (_TOPICISH.match(text) or not _STRONG_DECISION.search(text)):
            return False
        self._note_all(found, "decision")
        self._set_decision(rank, _latest(found), _decision_text(text))
        return True

    def _set_decision(self, rank: int, value: dt.date | None, text: str) -> None:
        old = self.decision
        if old is None or rank > old.rank or (rank == old.rank and (value or not old.value)):
            self.decision = _Decision(rank, value, text)

    def _next_step(self, text: str) -> None:
        """Each clause is a step; only one about hearing from them can date the decision
        ("take-home due Friday" is the candidate's deadline, not theirs)."""
        for clause in re.split(r"\s*;\s*", text):
            step = _decision_text(clause)
            if not step:
                continue
            self.next_steps.append(step)
            found = self._scan(clause)
            self._note_all(found, "next-step")
            if _HEARING.search(clause) or _DECISION.search(clause):
                self._set_decision(1, _latest(found), step)

    # -- people and topics --------------------------------------------------------------------

    def _add(self, person: Interviewer) -> Interviewer:
        if self.recruiter is None and person.title and "recruit" in person.title.casefold():
            self.recruiter = person.name
        for known in self.people:
            if known.name.casefold() == person.name.casefold():
                known.title = known.title or person.title
                known.email = known.email or person.email
                self.current = known
                return known
        self.people.append(person)
        self.added_on[person.name] = self.line_no
        self.current = person
        return person

    def _person_line(self, text: str) -> bool:
        return (self._person_header(text, loose=False) or self._people_from_intro(text)
                or self._known_person(text) or self._person_in_prose(text))

    def _person_header(self, text: str, loose: bool) -> bool:
        """'Sam Ortiz (VP Eng):', 'With Sam Ortiz - VP Eng', 'Marcus Bell (Director): x; y'."""
        body = text[m.end():] if (m := _HEADER_PREFIX.match(text)) else text
        got = _person_piece(body)
        if got is None:
            return False
        person, rest = got
        stripped = rest.strip()
        speech = _SPEECH.match(rest)
        if stripped.startswith((":", "-", "–", "—", "/")):
            inline = stripped.lstrip(":-–—/ ")
        elif speech:
            inline = rest if _topic_cue(rest.strip()) else ""
        elif (person.title or loose or m) and stripped.strip(".") == "":
            inline = ""
        else:
            return False
        self._add(person)
        if inline:
            self._topics(_split_topics(inline, commas=not speech))
        return True

    def _people_from_intro(self, text: str) -> bool:
        m = _INTRO.search(text)
        if not m and _INTERVIEW_CUE.search(text):  # "Interview Nov 18 with Sam Ortiz at Acme"
            m = _WITH.search(text)
        if not m:
            return False
        people, rest = people_list(text[m.end():])
        if not people:
            return False
        for person in people:
            self._add(person)
        if len(people) > 1:
            self.current = None  # "I met A and B." then bullets: shared, not B's alone
        header = self.with_role is not None and self.with_role[0] == self.line_no
        if not header and self._topics_after_person(rest):  # not "with X — Role — round"
            pass
        elif len(people) == 1 and (about := _ABOUT.match(rest) or _ABOUT_LATER.search(rest)):
            self._topics(_split_topics(about["t"], commas=False))
        elif len(people) == 1 and _topic_cue(rest.strip()):
            self._topics(_split_topics(rest, commas=False))
        return True

    def _topics_after_person(self, rest: str) -> bool:
        """What follows a person on an intro or key line, after ':' or a dash, is their topics
        ("Met with Imani Carter (AppSec Lead): threat modeling, our bug bounty"); after a
        semicolon, another 'Name (Title) - topics' may follow."""
        stripped = rest.strip()
        if not stripped.startswith((":", "-", "–", "—")) or not stripped.lstrip(":-–— "):
            return False
        first, *others = re.split(r"\s*;\s*", stripped.lstrip(":-–— "))
        if first:
            self._topics(_split_topics(first, commas=True))
        for segment in others:
            if segment and not self._person_header(segment, loose=False):
                self._topics(_split_topics(segment, commas=True))
        return True

    def _known_person(self, text: str) -> bool:
        """'Priya: ...', 'Shah - ...' or 'Priya mentioned ...' about someone already named."""
        folded = text.casefold()
        for known in self.people:
            parts = known.name.split()
            for form in dict.fromkeys((known.name, parts[0], parts[-1])):
                if not folded.startswith(form.casefold()) or (
                        text[len(form):len(form) + 1].isalnum()):
                    continue
                rest = text[len(form):]
                if not rest.strip(" :"):  # "## Lena" or "Lena:" opens her section
                    self.current = known
                    return True
                if sep := re.match(r"\s*(?::|[-–—]\s)\s*", rest):
                    inline, commas = rest[sep.end():], True
                elif _SPEECH.match(rest):
                    inline, commas = rest, False
                else:
                    continue
                self.current = known
                self._route(inline, commas)
                return True
        return False

    def _route(self, text: str, commas: bool) -> None:
        """Topics for the current interviewer, except a clause that opens with another known
        name ("Priya asked about Kafka; Omar focused on hiring")."""
        for clause in re.split(r"\s*;\s*", text):
            if clause.strip() and not self._known_person(clause.strip()):
                self._topics(_split_topics(clause, commas=commas))

    def _person_in_prose(self, text: str) -> bool:
        """'... Omar Haddad (CTO) asked about ...' or '..., Dana Lee, the hiring manager, ...'."""
        for m in _NAME_THEN_TITLE.finditer(text):
            title = m[2] or m[3] or m[4]
            name = _name_suffix(m[1])
            if name and _title_like(title):
                self._add(Interviewer(name=name, title=_clean_title(title)))
                self._prose_topics(text[m.end():])
                return True
        for m in _TITLE_THEN_NAME.finditer(text):  # "The Hiring Manager, Rachel Green, asked ..."
            got = name_at(text, m.end())
            if got and _title_like(m["t"]):
                self._add(Interviewer(name=got[0], title=_clean_title(m["t"])))
                self._prose_topics(text[got[1]:])
                return True
        return False

    def _prose_topics(self, rest: str) -> None:
        """What follows a name in prose: 'asked about X', 'about X', '— X, Y'."""
        rest = rest.strip(" ,")
        if about := _ABOUT.match(rest):
            self._topics(_split_topics(about["t"], commas=False))
        elif _topic_cue(rest):
            self._topics(_split_topics(rest, commas=False))
        elif dash := re.match(r"[:—–-]+\s*(.+)", rest):  # "Olga Petrova (EM) — a ledger"
            self._topics(_split_topics(dash[1], commas=True))

    def _topic_line(self, text: str, line: Line) -> bool:
        """Bullets are topics; prose only with a cue ("we talked about ..."); a pronoun line
        ("she mentioned ...") belongs to the interviewer named last."""
        cue = _topic_cue(text)
        if _PRONOUN.match(text):
            if cue or line.bullet:
                self._topics(_split_topics(text, commas=False), pronoun=True)
            return cue or line.bullet
        if not (line.bullet or cue):
            return False
        self._topics(_split_topics(text, commas=False))
        self._other_dates(text)
        return True

    def _topics(self, topics: list[str], pronoun: bool = False) -> None:
        target = self.current or (self.people[-1] if pronoun and self.people else None)
        bucket = target.topics if target is not None else self.general
        for topic in topics:
            if topic.casefold() not in (t.casefold() for t in bucket):
                bucket.append(topic)

    # -- result -------------------------------------------------------------------------------

    def signature(self) -> None:
        """A bare name on the last line is the candidate signing their notes."""
        if self.candidate:
            return
        lines = [x for x in self.lines if x.text]
        if not lines:
            return
        line = lines[-1]
        if len(lines) > 1 and lines[-2].text.endswith(":"):
            return  # "Recruiter contact:\nCourtney Blake": the heading's value, not a signature
        text = re.sub(r"^(?:[-–—~]+\s*|(?:thanks|best|cheers|regards|sincerely|signed),?\s+)",
                      "", line.text, flags=_I)
        text = _CREDENTIALS.sub("", text).strip()
        name = _full_name(text)
        if name is None and self._signed_with_a_dash(line, lines):
            name = _first_name(text)
        if name is None and (m := _NOTES_BY.match(lines[0].text)):
            name = _full_name(m["n"])  # "Notes - Priya Nair", "Interview notes by Sam Lee"
        known = {p.name.casefold() for p in self.people}
        if name and name.casefold() not in known:
            self.candidate = name

    def _signed_with_a_dash(self, line: Line, lines: list[Line]) -> bool:
        """"- Priya" / "~Priya" closing the notes, not an item of a list ("Sam:\n- Rust")."""
        raw = normalise(self.source).split("\n")[line.no].lstrip() if line.no >= 0 else ""
        above = lines[-2] if len(lines) > 1 else None
        in_a_list = above is not None and (above.bullet or above.text.endswith(":"))
        return raw[:1] in ("-", "–", "—", "~") and not (line.bullet and in_a_list)

    def _company_after_with(self) -> str | None:
        """X in "Interview Nov 18 with X for the <role> role" is the company, not a person,
        when nothing marks X as one: X has no title but the role, no topics or address, the
        notes name someone else who was met, and X is never mentioned again."""
        if self.with_role is None:
            return None
        line_no, x, role = self.with_role
        person = next((p for p in self.people if p.name.casefold() == x.casefold()), None)
        if not [p for p in self.people if p is not person]:
            return None  # X may be the only interviewer the notes name
        if person is not None and (person.topics or person.email or (
                person.title and person.title.casefold() != role.casefold())):
            return None
        if self.candidate and self.candidate.casefold() == x.casefold():
            return None
        again = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in x.split()) + r")\b", _I)
        if any(again.search(text) for line, text in self.texts if line.no != line_no):
            return None
        return x

    def _company_on_the_first_line(self) -> None:
        """'Morgan Stanley - Investment Banking Analyst - superday Nov 20', 'Interview at Helix
        Grid (Solutions Architect) — 11/27': a header that reads like 'Name - Title' names the
        company when the notes name other people, say nothing more of it, and the line is an
        interview header (a date or an interview word)."""
        texts = self.texts
        if "company" in self.facts or not texts or len(self.people) < 2:
            return
        first_no, first_text = texts[0][0].no, texts[0][1]
        if not (_INTERVIEW_CUE.search(first_text) or scan_dates(first_text, self.clock)):
            return
        for person in self.people:
            if self.added_on.get(person.name) != first_no:
                continue
            rest = "\n".join(t for line, t in texts[1:])
            if any(part in rest for part in person.name.split()):
                return  # mentioned again: a person after all
            role = self.facts.get("role")
            if person.title and (not _role_like(person.title) or (
                    role and person.title.casefold() != role.casefold())):
                return  # "with Dana Lee (EM) for the Platform Engineer role": her title
            if not person.title and person.name.split()[-1].casefold() not in _COMPANY_SUFFIXES:
                return  # nothing says company: "w/ Dana Lee for the Platform Engineer role"
            if not all(scan_dates(t, self.clock) or _ROUND.search(t) for t in person.topics):
                return
            if take_company(person.name) != person.name:
                return
            self.facts["company"] = person.name
            if person.title:
                self.facts.setdefault("role", person.title)
            self.people.remove(person)
            return

    def result(self) -> InterviewContext:
        self._company_on_the_first_line()
        company = self.facts.get("company") or self._company_after_with()
        tokens = {t.casefold() for p in self.people for t in p.name.split()}
        if company and company.casefold() in tokens:
            company = None  # "Ravi — design systems" named a person, not a company
        recruiter = self.recruiter if self._in_source(self.recruiter) else None
        self.recruiter = recruiter = recruiter or self._recruiter_by_first_name(company)
        people = [p for p in self.people if self._real_person(p.name, company)
                  and not self._only_the_recruiter(p)]
        # a sign-off line ("- Priya") read as the last person's topic is the candidate's name
        noise = {x.casefold() for x in (company, self.facts.get("role"), self.candidate) if x}
        for person in people:
            person.topics = [t for t in person.topics if t.casefold() not in noise]
        general = [t for t in self.general if t.casefold() not in noise]
        if len(people) == 1 and general:  # one interviewer: every topic was with them
            people[0].topics = general + [t for t in people[0].topics if t not in general]
            general = []
        decision = self.decision
        ctx = InterviewContext(
            company=company, role=self.facts.get("role"),
            interview_date=self.interview[1].value if self.interview else None,
            round=self.facts.get("round"), format=self.facts.get("format"),
            candidate=self.candidate if self._in_source(self.candidate) else None,
            interviewers=people,
            decision_date=decision.value if decision else None,
            decision_text=decision.text if decision else None,
            next_steps="; ".join(self.next_steps) or None,
            competing_offer=self.offer, rejected=self.rejected,
            rejection_date=self.rejection_date, sent=self._sent_to(people),
            dates=self.dates, source=self.source, topics=general,
            recruiter=recruiter,
        )
        # who sent the rejection: a person the notes name (interviewer or recruiter), by any
        # of the names they go by there
        sent_by = ctx.recipient(self.rejection_sender) if self.rejection_sender else None
        return ctx.model_copy(update={"rejection_from": sent_by.name if sent_by else None})

    def _recruiter_by_first_name(self, company: str | None) -> str | None:
        taken = {w.casefold() for x in (company, self.candidate) if x for w in x.split()}
        for m in _RECRUITER_NAMED.finditer(self.source):
            name = m["a"] or m["b"]
            # "Mei Ling Wong (HR ...)": the pattern saw two words of a longer name
            whole = next((p.name for p in self.people
                          if p.name.endswith(name) or p.name.startswith(name)), None)
            if whole is None and m["b"] and re.search(r"[A-Z][\w'’-]*\s+$",
                                                      self.source[:m.start("b")]):
                continue
            name = whole or name
            if not any(w.casefold() in _NOT_NAME or w.casefold() in taken for w in name.split()):
                return name
        return None

    def _only_the_recruiter(self, person: Interviewer) -> bool:
        """"Jamie Fox, our recruiter, booked the room": a contact, not someone interviewed by,
        unless they are the only person or have topics (a recruiter screen is an interview)."""
        return (person.name == self.recruiter and not person.topics and len(self.people) > 1
                and person.name not in self.listed
                and bool(re.search(r"\b(?:recruit\w*|hr|talent|human\s+resources|people\s+"
                                   r"(?:partner|team|ops))\b", person.title or "", _I)))

    def _in_source(self, name: str | None) -> bool:
        return bool(name) and name in self.source  # type: ignore[operator]

    def _real_person(self, name: str, company: str | None) -> bool:
        if not self._in_source(name):
            return False  # invisible marks split the name in the source: not a name it contains
        if _role_like(name) and name.casefold() == (self.facts.get("role") or "").casefold():
            return False  # "Diesel Mechanic — Big Sky Fleet Services": the role, not a person
        if company and name.casefold() in (company.casefold(), *company.casefold().split()):
            return False
        return not (self.candidate and name.casefold() == self.candidate.casefold())

    def _sent_to(self, people: list[Interviewer]) -> list[SentMessage]:
        out: list[SentMessage] = []
        for msg in self.sent:
            named = [p.name for p in people if re.search(
                rf"\b(?:{re.escape(p.name)}|{re.escape(p.first_name)})\b", msg.text)]
            if not named and self.recruiter and "recruiter" in msg.text.casefold():
                named = [self.recruiter]
            if named:
                out.extend(msg.model_copy(update={"to": n}) for n in named)
            else:
                out.append(msg)
        return out


_DEICTIC_WORD = re.compile(r"\b(?:today|yesterday|tomorrow)\b", _I)
_LABEL_BEFORE = re.compile(r"[\W_]*(?:update[d]?\W*|on\s+)?", _I)
_LABEL_AFTER = re.compile(r"\s*(?:update\b\s*)?(?::|[-–—]\s)", _I)


def _dated_line(text: str, found: list[Found]) -> dt.date | None:
    """The date a line opens with as a label ("Nov 12: ...", "Update 11/12 - ...")."""
    if not found or found[0].kind != "absolute":
        return None
    first = found[0]
    if _LABEL_BEFORE.fullmatch(text, 0, first.start) and _LABEL_AFTER.match(text, first.end):
        return first.mention.value
    return None


_SENT_KINDS = ((_SENT_THANKS, "thank-you"), (_SENT_REJECTION_REPLY, "rejection-reply"),
               (_SENT_OFFER_NOTE, "competing-offer"), (_SENT_FOLLOW, "missed-deadline"))


def _is_event(text: str) -> bool:
    return bool(_SENT_THANKS.search(text) or _SENT_FOLLOW.search(text) or _REJECT.search(text)
                or (_OFFER.search(text) and _OFFER_HAVE.search(text))
                or (_DECISION.search(text) and not _INTERVIEW_CUE.search(text)))


def _topic_cue(text: str) -> bool:
    m = _LEAD_IN.match(text)
    return bool(m and m.group(0).strip())


def _latest(found: list[Found]) -> dt.date | None:
    """The latest day named: a follow-up should not go out before any date they gave."""
    values = [f.mention.value for f in found if f.mention.value]
    return max(values) if values else None


def _decision_text(text: str) -> str:
    """The statement without who said it: "she said decision in ~2 weeks" -> "decision in ..."."""
    text = re.sub(r"^(?:[\w'’-]+\s+){1,3}?(?:said|says|mentioned|told\s+me|noted|expects|"
                  r"explained)\s+(?:that\s+)?", "", text.strip(), flags=_I)
    return text.strip(" .;,")


_NOTES_BY = re.compile(r"(?i:(?:my\s+)?(?:interview\s+)?notes)\s*(?:[-–—:]|(?i:by|from))\s*"
                       r"(?P<n>.+)$")
# letters after a name: "Rachel Nguyen, PharmD", "Sam Lee, RN, BSN"
_CREDENTIALS = re.compile(r"(?:\s*,\s*(?:[A-Z][A-Za-z.]{0,7}|[A-Z]{2,6}))+\s*$")


def _candidate_name(value: str) -> str | None:
    """A candidate's own name: 1-4 capitalised words (they wrote it on a 'me:' line)."""
    value = _CREDENTIALS.sub("", value.strip(" .")).strip(" .")
    if _full_name(value):
        return _full_name(value)
    words = value.split()
    if len(words) == 1 and _name_token(words[0], True):
        return words[0]
    return None


def _offer_company(text: str, keyed: bool) -> str | None:
    if keyed:
        return take_company(text)
    if m := _OFFER_FROM.search(text):
        return take_company(m["rest"])
    if m := _OFFER_BY.search(text):
        return _company_suffix(text[:m.start()])
    if m := _OFFER_WORD.search(text):  # "the Globex offer", "Northwind offer came in"
        return _company_suffix(text[:m.start()])
    return None


def _answer_by(text: str, found: list[Found], keyed: bool) -> Found | None:
    valued = [f for f in found if f.mention.value or f.kind in ("vague", "invalid")]
    for f in valued:
        if _DEADLINE_BEFORE.search(text[:f.start]) or re.match(r"(?:by|before|until|till)\b",
                                                                f.mention.text, _I):
            return f
    if len(valued) == 1 and (keyed or _ANSWER_DEADLINE.search(text)):
        return valued[0]
    return None


def read_notes(text: str, today: dt.date | None = None) -> InterviewContext:
    """The reader's proposal of what pasted notes say (before resolve); never raises.

    `today` is the day drafter runs (default: the system date); it anchors "today" in the notes
    when they do not say which day that was, and years for dates written without one.
    """
    source = text if isinstance(text, str) else ""
    try:
        return _parse(source, today or dt.date.today())
    except Exception:  # the contract is "never raises": unreadable notes give an empty context
        return InterviewContext(source=source)


def _parse(text: str, today: dt.date) -> InterviewContext:
    parser = _Parser(split_lines(text), today, text)
    parser.prepare()
    parser.run()
    parser.signature()
    return parser.result()
