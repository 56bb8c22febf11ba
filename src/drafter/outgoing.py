"""An email ready to send: what every engine returns and every renderer takes."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Email:
    subject: str
    body: str  # greeting through the last paragraph
    sign_off: str = "Best regards,"
    signature: str = ""  # name and contact lines
    to_name: str | None = None
    to_email: str | None = None
    from_name: str | None = None
    from_email: str | None = None

    @property
    def text(self) -> str:
        """The whole email as a person reads it (and as the rubric checks it)."""
        parts = [f"Subject: {self.subject}", "", self.body.strip(), "", self.sign_off]
        if self.signature:
            parts.append(self.signature)
        return "\n".join(parts) + "\n"

    def with_body(self, body: str) -> Email:
        return replace(self, body=body)


def signature_block(name: str | None, *extra: str | None) -> str:
    return "\n".join(x for x in (name, *extra) if x)
