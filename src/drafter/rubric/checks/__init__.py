"""Importing this package registers every check."""

from drafter.rubric.checks import (  # noqa: F401
    clauses,
    emoji,
    length,
    phrases,
    readability,
    specifics,
    spelling,
    timing,
)
