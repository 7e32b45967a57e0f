"""The failure a command reports in one line on stderr, exiting with 1."""

from __future__ import annotations


class CommandError(Exception):
    """Raised by a command that cannot do what it was asked; the message is the stderr line."""
