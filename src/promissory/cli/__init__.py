"""The ``promissory`` command line: a thin layer over :class:`promissory.app.Promissory`.

Each command parses its arguments (through the codecs), calls one application method and prints a
table or JSON.  Errors print what was wrong, the value and the rule, and exit with status 1
(2 for a malformed command line).  A command's module is imported only when that command runs
(:class:`promissory.cli.common.LazyGroup`), so ``promissory --version`` starts fast.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

import click

from promissory.cli.common import cli
from promissory.errors import ChoiceNeeded, PromissoryError, RuleViolation

__all__ = ["cli", "main", "run"]


#: What the command line adds to a refusal: the command that does what the rule asks instead
#: (below the CLI, messages name values and rules, never a command).
_HINTS = {"settlement-part": " (use `promissory settle reverse SETTLEMENT_ID`)"}


def run(args: Sequence[str] | None = None) -> int:
    """Run the CLI on ``args`` (default ``sys.argv[1:]``); the exit status, errors printed as messages.

    ``main`` is this plus ``sys.exit``; the tests call it in-process, so they run the real path.
    """
    try:
        status = cli.main(
            args=None if args is None else list(args), prog_name="promissory", standalone_mode=False
        )
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return 1
    except click.ClickException as error:
        error.show()
        return error.exit_code
    except RuleViolation as error:
        for problem in error.problems:
            hint = _HINTS.get(problem.code, "")
            click.echo(f"error: {problem.message} [{problem.code}]{hint}", err=True)
        return 1
    except PromissoryError as error:
        hint = ""
        if isinstance(error, ChoiceNeeded):  # the core names what to choose; the CLI, its option
            hint = f"; choose with --{error.what} ({', '.join(error.choices)})"
        click.echo(f"error: {error}{hint}", err=True)
        return 1
    except TypeError as error:  # a float where money belongs, from a library caller's hook
        click.echo(f"error: {error}", err=True)
        return 1
    except SystemExit as done:  # a command that exits with a status (verify, onboard)
        if done.code is None or isinstance(done.code, int):
            return done.code or 0
        click.echo(done.code, err=True)
        return 1
    # standalone_mode=False returns the status of an Exit (--version, --help) or the command's value
    return status if isinstance(status, int) else 0


def main() -> None:
    """Entry point: run the CLI and exit with its status."""
    sys.exit(run())
