"""The ``promissory`` command line: a thin layer over :class:`promissory.app.Promissory`.

Each command parses its arguments (through the codecs), calls one application method and prints a
table or JSON.  Errors print what was wrong, the value and the rule, and exit with status 1
(2 for a malformed command line).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

import click

from promissory.cli import (
    book_commands,
    commands,
    document_commands,
    extract_commands,
    notes,
    oid_commands,
    settlement_commands,
)
from promissory.cli.common import cli
from promissory.errors import PromissoryError, RuleViolation

__all__ = [
    "book_commands",
    "cli",
    "commands",
    "document_commands",
    "extract_commands",
    "main",
    "notes",
    "oid_commands",
    "run",
    "settlement_commands",
]


def main() -> None:
    """Entry point: run the CLI and exit with its status."""
    sys.exit(run())


def run(args: Sequence[str] | None = None) -> int:
    """Run the CLI on ``args`` (default ``sys.argv``); promissory errors become messages and a status.

    Status 0 on success, 1 for an error in the data or the rules, 2 for a malformed command line.
    """
    try:
        result = cli.main(args=None if args is None else list(args), prog_name="promissory",
                          standalone_mode=False)  # fmt: skip
    except SystemExit as done:  # a command that exits with a status of its own (onboard)
        return done.code if isinstance(done.code, int) else int(done.code is not None)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return 1
    except click.ClickException as error:
        error.show()
        return error.exit_code
    except RuleViolation as error:
        for problem in error.problems:
            click.echo(f"error: {problem.message} [{problem.code}]", err=True)
        return 1
    except PromissoryError as error:
        click.echo(f"error: {error}", err=True)
        return 1
    except TypeError as error:  # a float where money belongs, from a library caller's hook
        click.echo(f"error: {error}", err=True)
        return 1
    return result if isinstance(result, int) else 0
