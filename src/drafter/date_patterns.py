"""The date phrases people write, as patterns: the vocabulary of the date reader, in one table.
Each pattern's reader is in date_readers.py."""

from __future__ import annotations

import re

# full names first, so an abbreviation's optional dot never swallows a sentence's full stop
_WD = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
       r"(?:mon|tues?|weds?|thu|thurs?|fri|sat|sun)\.?)")
_WD_FULL = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_NUM = (r"(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        r"(?:a\s+)?couple(?:\s+of)?)")
_UNIT = r"(?:business\s+|working\s+)?(?:days?|weeks?|wks?|months?|hours?|hrs?)"
_APPROX = r"(?:~\s*|about\s+|around\s+|roughly\s+|approx\.?\s+|approximately\s+|maybe\s+|like\s+)"
_DEADLINE = r"(?:by|on|before|until|till|around)"

_I = re.IGNORECASE
P_ISO = re.compile(rf"\b(?:(?P<wd>{_WD}),?\s+)?(?P<y>\d{{4}})(?P<sep>[-/.])(?P<m>\d{{1,2}})"
                   r"(?P=sep)(?P<d>\d{1,2})(?![\d/-]|\.\d)", _I)
# day.month.year, the European way ("24.11.2026", "4.12.26"); without a year only after a word
# that introduces a date ("by 4.12"): "4.12" alone is as likely a version or a price
P_DOTTED = re.compile(
    rf"(?:\b(?P<wd>{_WD}),?\s+)?(?<![\w.])(?:(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>\d{{4}}|\d{{2}})"
    rf"|(?:(?<=\bby )|(?<=\bon )|(?<=\bbefore )|(?<=\buntil )|(?<=\btill )|(?<=\bfrom ))"
    rf"(?P<d2>\d{{1,2}})\.(?P<m2>\d{{1,2}})\.?)"
    r"(?![\w%]|\.\d)", _I)
P_MONTH_DAY = re.compile(
    rf"\b(?:(?P<wd>{_WD}),?\s+)?(?P<mon>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"(?!\s*%|\.\d|:\d)(?:,?\s+(?P<y>\d{{4}})\b)?", _I)
# a day of the month in words: "the first of May", "the twenty-second of June"
_ORDINALS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second",
    "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh",
    "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first",
)
ORDINAL_WORDS = {w: i for i, w in enumerate(_ORDINALS, 1)}
ORD_WORD = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
_ORD_WORD = ORD_WORD
P_DAY_MONTH = re.compile(
    rf"\b(?:(?P<wd>{_WD}),?\s+)?(?:the\s+)?(?P<d>\d{{1,2}}(?=st|nd|rd|th|\s|-|of)|(?<=the\s)"
    rf"(?:{_ORD_WORD})(?=\s+of\b))(?:st|nd|rd|th)?(?:\s+of)?(?:\s+|-)"
    rf"(?P<mon>{_MONTH})(?![a-z])\.?(?:(?:,?\s+|-)(?P<y>\d{{4}})\b)?", _I)
P_SLASH = re.compile(
    rf"(?:\b(?P<wd>{_WD}),?\s+)?(?<![\w/.-])(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})"
    r"(?:/(?P<y>\d{4}|\d{2}))?(?![\w/%]|\.\d)", _I)
P_DEICTIC = re.compile(r"\b(?P<w>today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|"
                       r"evening))\b", _I)
P_WHICH_WD = re.compile(rf"\b(?:{_DEADLINE}\s+)?(?P<which>next|this\s+coming|this\s+past|this|"
                        rf"coming|last|past)\s+(?P<wd>{_WD})(?![\w])", _I)
P_BARE_WD = re.compile(rf"\b(?:{_DEADLINE}\s+)?(?P<wd>{_WD_FULL})\b(?!\s*\d)", _I)
P_PREP_WD = re.compile(rf"\b{_DEADLINE}\s+(?P<wd>{_WD})(?![\w])(?!\s*\d)", _I)
P_END_OF = re.compile(
    rf"\b(?:{_DEADLINE}\s+)?(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?"
    r"(?P<which>next|this|the\s+following)?\s*(?P<unit>business\s+day|day|week|month|year)\b", _I)
P_END_ABBR = re.compile(rf"\b(?:{_DEADLINE}\s+)?(?P<abbr>eod|cob|eow|eom)\b", _I)
P_END_MONTH = re.compile(
    rf"\b(?:{_DEADLINE}\s+)?(?:the\s+)?end\s+of\s+(?P<mon>{_MONTH})\b\.?(?:,?\s+(?P<y>\d{{4}})\b)?",
    _I)
P_WEEK = re.compile(r"\b(?:(?:by|before|until|within|sometime|some\s+time)\s+)?"
                    r"(?P<which>next|this)\s+week\b", _I)
P_DURATION = re.compile(
    rf"\b(?P<prep>in\s+the\s+next|over\s+the\s+next|inside\s+of|in\s+another|in|within|inside|"
    rf"after)\s+{_APPROX}?(?P<n>{_NUM})(?:\s*(?:-|–|to|or)\s*(?P<n2>{_NUM}))?\s*"
    rf"(?P<unit>{_UNIT})\b(?:\s+or\s+(?P<n3>two|three|four|so|\d))?", _I)
P_BARE_DURATION = re.compile(
    rf"(?<![\w-]){_APPROX}?(?P<n>{_NUM})(?:\s*(?:-|–|to|or)\s*(?P<n2>{_NUM}))?\s*"
    rf"(?P<unit>{_UNIT})\b(?:\s+or\s+(?P<n3>two|three|four|so|\d))?", _I)
P_SAME_DAY = re.compile(
    r"\b(?:(?:on\s+)?the\s+same\s+day|same[\s-]day|that\s+(?:same\s+)?(?:day|evening|night|"
    r"afternoon)|(?:on\s+)?the\s+(?:next|following)\s+day|next\s+day|"
    r"(?:on\s+)?the\s+day\s+after(?:\s+the\s+interview)?)\b", _I)
P_AGO = re.compile(rf"\b(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\s+ago\b", _I)
P_ORDINAL = re.compile(
    rf"\b(?P<prep>{_DEADLINE})\s+(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)\b"
    rf"(?!\s+(?:of\s+)?{_MONTH}\b)(?!\s+(?:round|floor|time|person|place|interview|candidate|"
    r"attempt|try|grade|quarter|party|year|week|day|month|hour|step|stage|call|one)\b)", _I)
# "thurs the 5th", "by Friday, the 30th": a weekday naming a day of the month
P_WD_ORDINAL = re.compile(
    rf"\b(?:{_DEADLINE}\s+)?(?P<wd>{_WD}),?\s+(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)\b"
    rf"(?!\s+(?:of\s+)?{_MONTH}\b)", _I)
P_VAGUE = re.compile(
    r"\b(?:soon|shortly|asap|in\s+a\s+bit|sometime\s+soon|"
    r"(?:in|within|over)\s+(?:a\s+few|the\s+(?:coming|next\s+few)|several)\s+(?:days|weeks|months)|"
    r"(?:a\s+)?few\s+(?:more\s+)?(?:days|weeks)|next\s+month|this\s+month|later\s+this\s+(?:week|month)|"
    rf"(?:early|mid|late)[\s-]+(?:next\s+|this\s+)?(?:week|month|{_MONTH}\b)|"
    r"(?:after|before|by|around|over)\s+(?:the\s+)?(?:holidays|new\s+year|thanksgiving|"
    r"christmas|xmas)|"
    rf"(?:by|in|before|during|until)\s+(?P<mon>{_MONTH})\b(?!\.?\s*\d))", _I)


