"""Reliability tests: hostile input, prompt injection, secrets and privacy, file safety."""
