"""Split an email into subject, greeting, body and signature, keeping character offsets.

Pure functions: the rubric counts words of the body only (the signature and subject are not
the reader's burden) and reports line/column against the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter import fastre

# a capital letter in Latin (with accents: Ömer, Łukasz, Élodie), Greek or Cyrillic script
_CAP = "[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F\u0391-\u03A9\u0410-\u042F]"
_SUBJECT = fastre.compile(r"^\s*subject\s*:\s*(?P<s>.*)$", re.I)
_GREETING = fastre.compile(
    r"^\s*(?:(?:dear|hi|hello|hey|heya|hiya|howdy|yo|sup|what['’]?s up|kia ora"
    r"|good (?:morning|afternoon|evening|day)|greetings|to whom)\b[^\n]{0,80}"
    # or a name alone on the first line: "Priya," / "Ms. Shah,"
    r"|(?!(?:thanks|thank|regards|best|cheers|sincerely|yours|all|team|everyone|folks)\b)"
    rf"(?-i:(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s+)?{_CAP}[\w'’\-]+(?:\s+(?:and\s+)?{_CAP}[\w'’\-]+){{0,2}})"
    r"\s*,)\s*$",
    re.I,
)
# ...or a greeting that the body follows on the same line: "Hi Greg, any news on the role?"
_INLINE_GREETING = fastre.compile(
    r"\s*(?:dear|hi|hello|hey|heya|hiya|good (?:morning|afternoon|evening|day)|kia ora)"
    rf"\s+(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s+)?(?-i:{_CAP})[^,\n.!?]{{0,40}},(?=[ \t]+\S)", re.I)
# A closing on a line of its own ("Best regards," / "Many thanks," / "Sincerely"): what follows
# it is the signature. A "--" line (the usual signature delimiter) or "— Jordan" works too.
_SIGN_OFF = fastre.compile(
    r"^\s*(?:"
    r"(?:with\s+)?(?:(?:very|all\s+the)\s+)?(?:best|kind|kindest|warm|warmest|many|warmly|bests)"
    r"(?:\s+(?:regards|wishes|thanks))?(?:\s+(?:and|&)\s+(?:thanks|regards|best\s+wishes))?"
    r"(?:,?\s+again)?"
    r"|(?:best\s+)?regards|rgds|br|sincerely(?:\s+yours)?"
    r"|yours(?:\s+(?:sincerely|truly|faithfully|respectfully))?"
    r"|respectfully(?:\s+yours)?|cordially(?:\s+yours)?|cheers|gratefully|all\s+best"
    r"|thanks(?:\s+(?:again|so\s+much|very\s+much|a\s+lot))?(?:\s+(?:and|&)\s+(?:best\s+|kind\s+)?regards)?"
    r"|thank\s+you(?:\s+(?:again|so\s+much|very\s+much))?(?:\s+(?:and|&)\s+(?:best\s+|kind\s+)?regards)?"
    r"|with\s+(?:thanks|gratitude|appreciation|best\s+wishes|kind\s+regards|warm\s+regards)"
    # "With best wishes to you and the science team,": a closing with its addressees
    r"|(?:with\s+)?(?:best|kind|warm|warmest|all\s+the\s+best)\s+(?:wishes|regards)\s+to\s+"
    r"[^\n.!?,]{1,50}(?=,\s*$)"
    r"|ng[aā]\s+mihi(?:\s+nui)?|kind\s+thanks"
    # other languages' closings, as people sign in their own ("Bien à vous,", "Un saludo,")
    r"|bien\s+(?:à|a)\s+vous|bien\s+cordialement|cordialement|(?:un\s+)?saludos?(?:\s+cordiales)?"
    r"|atentamente|mit\s+freundlichen\s+gr(?:ü|ue)(?:ß|ss)en|(?:viele\s+)?gr(?:ü|ue)(?:ß|ss)e"
    r"|met\s+vriendelijke\s+groet(?:en)?|cordiali\s+saluti|distinti\s+saluti"
    r"|atenciosamente|abra(?:ç|c)os|med\s+vänlig\s+hälsning|vänliga\s+hälsningar"
    r"|take\s+care|talk\s+(?:soon|to\s+you\s+soon)|speak\s+soon|best,?\s+\w+"
    # "Thanks again for your time," - a short thank-you line ending in a comma
    r"|(?:many\s+)?(?:thanks|thank\s+you)\b[^\n.!?,]{0,50}(?=,\s*$)"
    r")\s*[,.!\-–—]?\s*$"
    r"|^\s*(?:--|[-–—]{1,2}\s*(?-i:[A-Z])[\w'’.\-]*(?:\s+(?-i:[A-Z])[\w'’.\-]*){0,3})\s*$",
    re.I,
)
_WORD = fastre.compile(r"[A-Za-z0-9\u00C0-\u024F]+(?:['’\-.][A-Za-z0-9\u00C0-\u024F]+)*")


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]


# a postscript under the signature ("P.S. To be clear, I need your decision by the 8th"): the
# writer's words, read like the body's
_POSTSCRIPT = fastre.compile(r"^\s*(?:p\.(?:\s?p\.)?\s?s\b\.?|pp?s\s*[:\-–—])", re.I)


@dataclass(frozen=True)
class Message:
    text: str
    subject: Span | None
    greeting: Span | None
    body: Span  # greeting through the last line before the sign-off
    sign_off: Span | None
    signature: Span | None
    postscript: Span | None = None

    @property
    def body_text(self) -> str:
        return self.body.of(self.text)

    @property
    def subject_text(self) -> str:
        if self.subject is None:
            return ""
        m = _SUBJECT.match(self.subject.of(self.text))
        return m.group("s").strip() if m else ""

    @property
    def greeting_text(self) -> str:
        return self.greeting.of(self.text) if self.greeting else ""

    @property
    def signature_text(self) -> str:
        return self.signature.of(self.text) if self.signature else ""


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each line, end excluding the newline."""
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        out.append((pos, pos + len(stripped)))
        pos += len(line)
    return out


def parse_message(text: str) -> Message:
    lines = _lines(text)
    first = 0
    while first < len(lines) and not text[slice(*lines[first])].strip():
        first += 1
    subject = None
    if first < len(lines) and _SUBJECT.match(text[slice(*lines[first])]):
        subject = Span(*lines[first])
        first += 1
    while first < len(lines) and not text[slice(*lines[first])].strip():
        first += 1
    greeting = None
    if first < len(lines) and (m := _INLINE_GREETING.match(text, *lines[first])):
        greeting = Span(lines[first][0], m.end())
    elif first < len(lines) and _GREETING.match(text[slice(*lines[first])]):
        greeting = Span(*lines[first])

    # The last sign-off line that has at most six short lines after it ends the body.
    sign_idx = None
    for i in range(len(lines) - 1, first, -1):
        line = text[slice(*lines[i])]
        if _SIGN_OFF.match(line):
            tail = [text[slice(*lines[j])] for j in range(i + 1, len(lines))]
            tail = [t for t in tail if t.strip()]
            if len(tail) <= 8 and all(len(t) <= 100 for t in tail):
                sign_idx = i
            break
        if len(lines) - i > 10:
            break
    body_start = lines[first][0] if first < len(lines) else len(text)
    postscript = None
    if sign_idx is not None:
        body_end = lines[sign_idx - 1][1] if sign_idx - 1 >= first else body_start
        sign_off = Span(*lines[sign_idx])
        below = sign_idx + 1  # the signature's first line
        ps = next((j for j in range(below, len(lines))
                   if _POSTSCRIPT.match(text[slice(*lines[j])])), None)
        if ps is not None:
            postscript = Span(lines[ps][0], len(text))
        end = lines[ps - 1][1] if ps is not None else len(text)
        signature = Span(lines[below][0], end) if below < len(lines) and ps != below else None
    else:
        body_end = lines[-1][1] if lines else 0
        sign_off = signature = None
    return Message(text, subject, greeting, Span(body_start, max(body_start, body_end)),
                   sign_off, signature, postscript)


def words(text: str) -> list[re.Match[str]]:
    """Words as a reader counts them: "on-call", "don't" and "3.5" are one word each."""
    return list(_WORD.finditer(text))


def count_words(text: str) -> int:
    return len(words(text))


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col
