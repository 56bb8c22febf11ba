"""Errors the CLI turns into one line on stderr and an exit code (never a traceback)."""


class DrafterError(Exception):
    """Something the user can fix; the message is shown as it is, on one line."""

    exit_code = 2


class UsageError(DrafterError):
    """Bad arguments or unreadable input: exit 2."""


class ModelError(DrafterError):
    """The model service failed after retries: exit 1 (the input was fine)."""

    exit_code = 1
