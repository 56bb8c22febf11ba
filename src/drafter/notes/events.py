"""Events the notes report: a decision timeline, next steps, an offer elsewhere, a rejection,
messages already sent. Cue patterns, and helpers that read one line's event.
"""

from __future__ import annotations

import datetime as dt
import re

from drafter.dates import Found
from drafter.notes.company_name import _company_suffix, take_company
from drafter.notes.header import _INTERVIEW_CUE
from drafter.notes.segment import sentence_at

_I = re.IGNORECASE

_DECISION = re.compile(
    r"\b(?:decision|decisions|decide|decides|deciding|hear(?:ing)?\s+back|"
    # "you'll hear from us by end of next week"
    r"hear\s+from\s+(?:us|them|him|her)\b|get(?:ting)?\s+back\s+to|"
    r"back\s+to\s+(?:me|us|you|everyone|candidates)|let\s+(?:me|us|you|candidates)\s+know|"
    r"(?:will|should|'ll)\s+know|make\s+(?:a|their|the)\s+(?:call|choice|decision)|timeline|"
    r"make\s+up\s+(?:their|his|her|our)\s+minds?|"
    r"expect(?:s|ing)?\s+to\s+(?:hear|know|decide|confirm)|confirm\s+(?:the\s+)?(?:outcome|"
    r"decision|result)|update\s+(?:me|us|you|candidates)|"
    r"be\s+in\s+touch|reach\s+out|circle\s+back|respond|response|wrap(?:ping)?\s+up|"
    r"finish(?:ing)?\s+(?:interviews|the\s+loop|onsites)|next\s+round|final\s+answer|"
    r"an\s+answer|answer\W{0,3}(?:by|before|within|in|next|end)|feedback|results?\s+(?:in|within|by|on|next|early|end|before)|outcome|"
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
    # "we'll now confirm by Friday 10 April": their word, moved; never the candidate's own "I'll"
    rf"\b(?!I\b)\w+{_WILL}\s+(?:(?:now|then|also|still|only|instead)\s+)?"
    r"(?:call|ring|phone|email|e-mail|reach\s+out|be\s+in\s+touch|get\s+back|"
    r"follow\s+up|let\s+(?:me|us)\s+know|contact|reply|respond|ping|text|update|confirm|"
    r"decide|come\s+back)\b", _I)
_NEXT_STEP = re.compile(
    rf"\b\w+{_WILL}\s+(?:(?:now|then|also|still|only|instead)\s+)?"
    r"(?:call|email|e-mail|reach\s+out|be\s+in\s+touch|get\s+back|follow\s+up|"
    r"let\s+(?:me|us)\s+know|contact|reply|respond|ping|text|update|send|schedule|set\s+up|"
    r"confirm|decide|come\s+back)\b", _I)
_DEADLINE_BEFORE = re.compile(
    r"(?:\bby|\bbefore|\buntil|\btill|\bdeadline|\bdue|\bexpires?|\bexpiring|\banswer|\brespond|"
    r"\breply|\bdecide|\bdecision)\W+(?:\w+\W+){0,3}$", _I)
# "PetWell Partners offered today" (not "she offered to show me round", "offered a tour")
# ... or a sum: "PetHaven offered $25/hr yesterday", "they offered 92k"
_OFFERED = (r"\boffered(?=\s+(?:me|today|yesterday|this|last|on|just|now)\b|\s*[.,;:!)]|\s*$|"
            r"\s*[$£€₹]\s?\d|\s+\d[\d,.]*\s?(?:k\b|/h|an?\s+hour|per\b))")
_OFFER = re.compile(r"\boffers?\b|" + _OFFERED, _I)
_OFFER_HAVE = re.compile(
    r"\b(?:came\s+(?:in|through)|arrived|landed|"
    r"got|get|received|receiving|have|has|had|holding|hold|accepted|extended|made\s+me|"
    r"gave\s+me|sent\s+me|verbal|written|competing|another|other|second|exploding|signed)\b|"
    r"\boffers?\s+(?:from|at|with)\b|"
    # said by the employer: "we'd like to extend you an offer", "delighted to offer you"
    r"\bextend(?:ing)?\s+(?:you|me)\b|\b(?:pleased|delighted|happy|thrilled|glad|like|love)\s+"
    r"to\s+(?:offer|extend)\s+(?:you|me)\b|" + _OFFERED, _I)
_OFFER_NOT = re.compile(
    r"(?:\bno|\bnot|n't|\bwithout|\bany|\bif|\bwhether|\bmight|\bmay|\bcould|\bcan|"
    r"\bwould(?!\s+(?:like|love)\s+to\s+(?:extend|offer|make)\b)|"
    r"\bwhat|\bwaiting|\bhoping|\bhope|\bexpect\w*|\bpending)\b[^.;]{0,25}\boffers?\b|"
    r"\boffers?\s+(?:letter|stage|process|negotiation)\b|"
    r"\b(?:they|we|you|company|team)\s+offers?\b", _I)
_OFFER_COMPETING = re.compile(r"\b(?:competing|another|other|second|different|separate)\s+"
                              r"(?:\w+\s+)?offer", _I)
# "offer from X", "offer today from X", "offer for the same role from X"
_OFFER_FROM = re.compile(r"\boffers?(?:\s+[\w'’-]+){0,4}?\s+(?:from|at|with)\s+(?P<rest>.+)", _I)
# the company is the capitalised run just before the verb (see _company_suffix)
_OFFER_BY = re.compile(r"\s(?:made|gave|extended|sent)\s+(?:me\s+)?(?:an?\s+)?(?:\w+\s+)?offer\b|"
                       r"\s" + _OFFERED[2:], _I)
_OFFER_WORD = re.compile(r"\s*\boffers?\b", _I)
_ANSWER_DEADLINE = re.compile(
    r"\b(?:need|needs|have|has|must|got)\s+to\s+(?:answer|respond|reply|decide|sign|accept|"
    r"give\s+(?:them\s+)?an?\s+answer)\b|\bexpires?\b|\bexploding\b|\boffer\s+deadline\b|"
    # "they need an answer by", "please respond by", "your decision no later than"
    r"\b(?:need|needs|want|wants|like)\s+(?:an?\s+|my\s+|your\s+)?(?:answer|decision|response)\s+"
    r"(?:by|before|no\s+later\s+than)\b|\b(?:please\s+)?(?:respond|reply|answer)\s+(?:by|before|"
    r"no\s+later\s+than)\b|\b(?:your|my|a)\s+decision\s+(?:by|no\s+later\s+than)\b", _I)
_REJECT = re.compile(
    r"\b(?:rejection|rejected|turned\s+(?:me\s+)?down|(?:not|won'?t\s+be|aren'?t|are\s+not)\s+"
    r"moving\s+forward|decided\s+(?:not\s+to\s+(?:move|proceed)|to\s+(?:go|move|proceed)\s+"
    r"(?:forward\s+)?with\s+(?:another|other|a\s+different|someone\s+else|an\s+internal|"
    r"an\s+external|a\s+candidate\s+who|someone\s+who))|"
    r"(?:not|won'?t\s+be|will\s+not\s+be)\s+(?:to\s+)?progress(?:ing)?\s+(?:my|your|with)|"
    r"decided\s+not\s+to\s+progress|not\s+been\s+successful|unable\s+to\s+offer\s+(?:me|you)|"
    r"went\s+(?:with|w/?)\s+(?:another|someone\s+(?:else|who|with)|a\s+different|an\s+internal|"
    r"other)|"
    r"(?:picked|chose|hired|appointed|offer(?:ed)?\s+(?:it|the\s+(?:job|role|position|post|place))"
    r"\s+to|gave\s+(?:it|the\s+"
    r"(?:job|role|position))\s+to)\s+(?:someone\s+else|an\s+internal\b|(?:another|a\s+different|"
    r"other)\s+(?:candidate|applicant|person|one))|moving\s+forward\s+with\s+"
    r"(?:other|another)|not\s+selected|wasn'?t\s+selected|(?:position|role)\s+(?:has\s+been|was|is)"
    r"\s+filled|didn'?t\s+get\s+(?:it|the\s+(?:[\w/-]+\s+){0,4}?(?:job|role|offer|position|post))\b|"
    r"no\s+longer\s+(?:being\s+)?"
    r"considered|unsuccessful|regret\s+to\s+inform|"
    # "they hired internally", "went internal", "X said no :(" (a no at the sentence's end)
    r"(?:hired|filled|recruited|promoted)\s+(?:it\s+)?internally|went\s+internal|"
    r"said\s+no(?=\s*(?:[.!:;(]|$))|"
    # "got the no from chidi", "it's a no from them"
    r"(?:got|had|received)\s+(?:the|a)\s+(?:no|rejection)\b|it['’]?s\s+a\s+no\b)\b", _I)
# who sent the rejection: "email from Nadia — they went with another candidate", "Priya called"
_FROM_PERSON = re.compile(
    r"\b(?i:from|by)\s+(?i:(?:the\s+|my\s+)?(?:recruiter|hr|hiring\s+manager|manager)\s+)?"
    r"(?P<a>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    # the sign-off of a pasted rejection: "... Kind regards, Gemma Hartley"
    r"|\b(?i:regards|best|thanks|sincerely|cheers|wishes),?\s+(?P<c>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"|(?P<b>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?i:emailed|called|phoned|rang|wrote|"
    r"messaged|texted|told\s+me|let\s+me\s+know|said|replied|got\s+back)\b")
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
    r"follow))|"
    # "i emailed will on tuesday the 13th just asking for an update", "messaged Dana re: timing"
    # a numbered log: "follow-up #2 13 Nov -> Henrik", "nudge 1 (sept 16) to ray"
    r"(?:follow[- ]?up|check[- ]?in|nudge|chaser)\s*(?:#\s*\d|\d(?:st|nd|rd|th)?\b|no\.?\s*\d)"
    r"[^\n]{0,30}?(?:(?:->|→|=>)\s*(?=\w)|\bsent)|"
    r"(?:emailed|e-mailed|messaged|texted|wrote\s+to|dropped)\s+(?!back\b)[\w'’-]+(?:\s+[\w'’-]+)?"
    r"\b[^.;\n]{0,50}?\b(?:asking\s+(?:for|about|if|whether)|for\s+an?\s+update|re:?\s+"
    r"(?:an?\s+)?(?:update|timing|timeline|status)|about\s+(?:an?\s+|the\s+)?(?:update|timing|"
    r"timeline|status)|checking\s+in|following\s+up|to\s+(?:chase|nudge)))\b|"
    # a message and the silence after it: "i emailed her march 7, nothing back", "no reply to
    # my nov 10 email", "1st follow-up emailed to her Tue 3 Feb"
    # "21/1 mailed Dr. Qureshi, no response", "emailed the vacancy holder (Mr. Okafor) via the
    # contact on the advert – nothing back": a title's full stop ends no sentence
    r"\b(?:emailed|e-mailed|mailed|messaged|texted|wrote\s+to)\s+(?!back\b)(?:(?:dr|mr|mrs|ms|"
    r"mx|prof|fr)\.?\s+)?[\w'’-]+(?:\s+[\w'’-]+)?(?:[^.;\n]|\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Fr)\.)"
    r"{0,60}?[\s,;:.—–-]+(?:nothing|no\s+(?:reply|response|answer|word)|silence|crickets|"
    r"heard\s+nothing|not\s+heard)\b|"
    # "I sent an email on the 13th asking if there was any update", "my first follow up went to
    # careers@...", "Aug 20 | My check-in email to Summer"
    r"\bsent\s+(?:an?\s+|my\s+)?(?:e-?mail|message|note|text)\b[^.;\n]{0,40}?\b(?:asking|"
    r"checking|following|for\s+an?\s+update)|"
    r"\b(?:follow[- ]?up|check[- ]?in|nudge|chaser)\s+(?:e-?mail\s+)?went\s+(?:to|out)\b|"
    r"\bmy\s+(?:1st\s+|first\s+)?(?:check[- ]?in|follow[- ]?up|nudge|chaser)\s+(?:e-?mail|"
    r"message|note)\s+to\b|"
    r"\bno\s+(?:reply|response|answer)\s+(?:to|on)\s+my\s+[^.;\n]{0,20}?(?:email|e-mail|message|"
    r"note|check[- ]?in|follow[- ]?up)\b|"
    r"\b(?:1st|first|2nd|second)\s+(?:follow[- ]?up|check[- ]?in|nudge|chaser)\s+(?:sent|"
    r"emailed|went\s+out|done)\b|"
    # in a second language's present, with the silence after it: "I send follow up email on 9
    # April to Mr. Fitzgerald but still no answer"
    r"\bi\s+(?:send|write|email|mail)\s+(?:a\s+|my\s+|the\s+|one\s+)?(?:follow[- ]?up|"
    r"check[- ]?in|e-?mail|message)\b(?:[^.;\n]|\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Fr)\.){0,60}?"
    r"\b(?:no\s+(?:answer|reply|response)|"
    r"nothing\s+(?:back|yet)|not\s+(?:answer|reply))", _I)
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
_SENT_KINDS = ((_SENT_THANKS, "thank-you"), (_SENT_REJECTION_REPLY, "rejection-reply"),
               (_SENT_OFFER_NOTE, "competing-offer"), (_SENT_FOLLOW, "missed-deadline"))


def _is_event(text: str) -> bool:
    return bool(_SENT_THANKS.search(text) or _SENT_FOLLOW.search(text) or _REJECT.search(text)
                or (_OFFER.search(text) and _OFFER_HAVE.search(text))
                or (_DECISION.search(text) and not _INTERVIEW_CUE.search(text)))


def _latest(found: list[Found]) -> dt.date | None:
    """The latest day named: a follow-up should not go out before any date they gave."""
    values = [f.mention.value for f in found if f.mention.value]
    return max(values) if values else None


# where a clause about something else begins: "... by the 3rd because the class starts Nov 30"
_OTHER_CLAUSE = re.compile(r"\b(?:because|since|as|when|while|but|although|though|and\s+then|"
                           r"then|after\s+which|once|so)\b|[;.!?→]|\s(?:->|=>)\s", re.I)


def attached(found: list[Found], text: str) -> list[Found]:
    """The dates the decision statement itself names: those after its cue, up to where
    another clause begins ("decision by tues the 3rd at the latest, because the new class
    starts Nov 30" names the 3rd); all of them when no date follows the cue ("Nov 13: they'll
    decide")."""
    cue = _DECISION.search(text)
    after = [f for f in found if cue and f.start >= cue.start()]
    if not after:
        # before the cue, only a date in its own clause ("I'm on leave from Friday, so X will
        # take the decision" names no date for the decision)
        return [f for f in found if not cue or not _OTHER_CLAUSE.search(text, f.end, cue.start())]
    kept = [after[0]]
    for f in after[1:]:
        if _OTHER_CLAUSE.search(text, kept[-1].end, f.start):
            break
        kept.append(f)
    return kept


def _decision_text(text: str) -> str:
    """The statement without who said it: "she said decision in ~2 weeks" -> "decision in ..."."""
    text = re.sub(r"^(?:[\w'’-]+\s+){1,3}?(?:said|says|mentioned|told\s+me|noted|expects|"
                  r"explained)\s+(?:that\s+)?", "", text.strip(), flags=_I)
    return text.strip(" .;,")


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


# a sentence with one of these speaks of answering an offer, though it names none
_ANSWER_WORDS = re.compile(r"\b(?:answer|respond|reply|accept|deadline|expir\w*|sign|confirm|"
                           r"tell\s+them|let\s+them\s+know|get\s+back\s+to\s+them)", _I)


def _about_the_offer(text: str, f: Found) -> bool:
    """A date in a sentence that names the offer or answering it: in "She said she'd decide
    'in a couple of weeks.' This morning the hotel offered me ..." the first is not when the
    offer must be answered."""
    said = sentence_at(text, f.start)
    return said.strip() == text.strip() or bool(_OFFER.search(said) or _ANSWER_WORDS.search(said))


def _answer_by(text: str, found: list[Found], keyed: bool) -> Found | None:
    valued = [f for f in found if (f.mention.value or f.kind in ("vague", "invalid"))
              and (keyed or _about_the_offer(text, f))]
    for f in valued:
        if _DEADLINE_BEFORE.search(text[:f.start]) or re.match(r"(?:by|before|until|till)\b",
                                                                f.mention.text, _I):
            return f
    if len(valued) == 1 and (keyed or _ANSWER_DEADLINE.search(text)):
        return valued[0]
    return None
