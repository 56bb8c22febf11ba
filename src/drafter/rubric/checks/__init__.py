"""Importing this package registers every check."""

from drafter.rubric.checks import (  # noqa: F401
    clauses,
    emoji,
    grammar,
    learned,
    length,
    phrases,
    readability,
    repetition,
    specifics,
    spelling,
    timing,
)
