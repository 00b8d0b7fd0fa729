"""The ``promissory`` command line: a thin layer over :class:`promissory.app.Promissory`.

Each command parses its arguments (through the codecs), calls one application method and prints a
table or JSON.  Errors print what was wrong, the value and the rule, and exit with status 1
(2 for a malformed command line).
"""

from __future__ import annotations

import sys

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
    "settlement_commands",
]


def main() -> None:
    """Entry point: run the CLI and turn promissory errors into messages and exit codes."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(1)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except RuleViolation as error:
        for problem in error.problems:
            click.echo(f"error: {problem.message} [{problem.code}]", err=True)
        sys.exit(1)
    except PromissoryError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(1)
    except TypeError as error:  # a float where money belongs, from a library caller's hook
        click.echo(f"error: {error}", err=True)
        sys.exit(1)
