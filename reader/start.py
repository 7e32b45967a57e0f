"""The desktop reader's entry point for main.py and the console script.

It imports Qt and the window only once it runs: a cold load's worker processes start by
re-running the script that started the reader, and importing Qt there would cost each of
them a third of a second.
"""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run the reader (reader.app.main): argv is the arguments after the program name."""
    from reader.app import main as run_reader

    return run_reader(argv)
