"""Errors the CLI turns into one line on stderr and an exit code (never a traceback)."""


class DrafterError(Exception):
    """Something the user can fix; the message is shown as it is, on one line."""

    exit_code = 2


class UsageError(DrafterError):
    """Bad arguments or unreadable input: exit 2."""


class ModelError(DrafterError):
    """The model service failed after retries: exit 1 (the input was fine)."""

    exit_code = 1
    # the service cannot be used at all (unreachable, timing out, overloaded, key rejected,
    # unknown model): another call now would fail the same way, so none is made
    unusable = False


class MissingFact(UsageError):
    """The notes lack (or leave open) something the email needs. The message says what to add
    and names the flag that sets it; at a terminal the CLI asks instead, offering `choices`."""

    def __init__(self, message: str, *, fact: str = "", flag: str = "",
                 choices: tuple[str, ...] = (), question: str = "") -> None:
        super().__init__(message)
        self.fact = fact
        self.flag = flag
        self.choices = choices
        self.question = question
