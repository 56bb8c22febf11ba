"""drafter: write and review the emails that follow a job interview."""

__version__ = "0.1.0"
