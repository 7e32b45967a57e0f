"""The command line's shared parts: the output options, and adding a command that takes them."""

from __future__ import annotations

import argparse


def output_options(*, suppress: bool) -> argparse.ArgumentParser:
    """Return the output options, accepted before and after the command.

    After the command they are suppressed when absent, so that they do not undo the same
    option given before it.
    """
    options = argparse.ArgumentParser(add_help=False)
    order = options.add_mutually_exclusive_group()
    order.add_argument(
        "--logical",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="print Arabic in logical order even on a terminal (for terminals that do their "
        "own bidi and shaping)",
    )
    order.add_argument(
        "--visual",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="print Arabic shaped and in visual order even when piped (for tools with no "
        "Arabic support); the default on a terminal",
    )
    options.add_argument(
        "--width",
        type=int,
        metavar="N",
        default=argparse.SUPPRESS if suppress else None,
        help="wrap visual output to N columns (default: the terminal's width)",
    )
    return options


class CommandAdder:
    """Adds the front end's commands, each taking the output options after its name too."""

    def __init__(self, commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
        self._commands = commands
        self._after = output_options(suppress=True)

    def add(self, name: str, help_text: str) -> argparse.ArgumentParser:
        """Add one command; set its run function with set_defaults(run=...)."""
        return self._commands.add_parser(name, help=help_text, parents=[self._after])
