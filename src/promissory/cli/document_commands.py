"""``promissory render note | schedule | payoff | statement | release``: documents from the book."""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import click

from promissory.cli.common import DATE, MOMENT, app, cli
from promissory.render import Format, Rendered

_FORMATS = [f.value for f in Format]


def _options(f: Any) -> Any:
    f = click.option(
        "--templates",
        type=click.Path(file_okay=False, exists=True, path_type=Path),
        envvar="PROMISSORY_TEMPLATES",
        default=None,
        help="Directory of templates that override the packaged ones by name "
        "(default $PROMISSORY_TEMPLATES).",
    )(f)
    f = click.option(
        "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
        help="Write to this file (default standard output).",
    )(f)  # fmt: skip
    return click.option(
        "--format", "fmt", type=click.Choice(_FORMATS), default=None,
        help="txt, md, html or pdf (default: from the output file's suffix, else txt).",
    )(f)  # fmt: skip


def _format(fmt: str | None, output: Path | None) -> str:
    if fmt is not None:
        return fmt
    if output is not None and output.suffix.lstrip(".") in _FORMATS:
        return output.suffix.lstrip(".")
    return Format.TXT.value


def _write(rendered: Rendered, output: Path | None) -> None:
    if output is not None:
        try:
            output.write_bytes(rendered.data)
        except OSError as error:
            raise click.FileError(str(output), hint=error.strerror or str(error)) from None
        click.echo(f"wrote {rendered.document} ({rendered.format.value}) to {output}", err=True)
    elif rendered.is_text:
        click.echo(rendered.text, nl=False)
    elif sys.stdout.isatty():
        raise click.UsageError("a PDF is not written to a terminal; give -o FILE")
    else:
        sys.stdout.buffer.write(rendered.data)


@cli.group()
def render() -> None:
    """Write documents from the book: note, Schedule A, payoff letter, statement, release, OID statement."""


@render.command("note")
@click.argument("note_id")
@_options
def render_note(note_id: str, fmt: str | None, output: Path | None, templates: Path | None) -> None:
    """The promissory note, written from its terms."""
    form = _format(fmt, output)
    _write(app().note_document(note_id, form, templates=templates), output)


@render.command("schedule")
@click.argument("note_id")
@click.option("--as-known-on", "known_on", type=MOMENT, default=None,
              help="Schedule A as the book stood at this moment.")  # fmt: skip
@_options
def render_schedule(note_id: str, known_on: datetime | None, fmt: str | None,
                    output: Path | None, templates: Path | None) -> None:  # fmt: skip
    """Schedule A to the note: every Loan, payment and notation, with balances."""
    form = _format(fmt, output)
    rendered = app().schedule_a_document(note_id, form, known_on=known_on, templates=templates)
    _write(rendered, output)


@render.command("payoff")
@click.argument("note_id")
@click.option("--as-of", type=DATE, required=True, help="Date of the quote (and of the letter).")
@click.option("--good-through", type=DATE, default=None, help="Quote good through (default as-of).")
@click.option("--days", type=click.IntRange(0, 3660), default=0,
              help="Add the payoff amount on each of the next N days.")  # fmt: skip
@click.option("--letter-date", type=DATE, default=None, help="Date of the letter (default as-of).")
@click.option("--as-known-on", "known_on", type=MOMENT, default=None,
              help="Quote as the book stood at this moment.")  # fmt: skip
@_options
def render_payoff(note_id: str, as_of: date, good_through: date | None, days: int,
                  letter_date: date | None, known_on: datetime | None, fmt: str | None,
                  output: Path | None, templates: Path | None) -> None:  # fmt: skip
    """A payoff letter: the figures, per diem, good-through date, place and manner of payment."""
    form = _format(fmt, output)
    rendered = app().payoff_letter_document(
        note_id, form, as_of=as_of, good_through=good_through, days=days,
        letter_date=letter_date, known_on=known_on, templates=templates,
    )  # fmt: skip
    _write(rendered, output)


@render.command("statement")
@click.argument("note_id")
@click.option("--as-of", type=DATE, required=True, help="The statement's date (its end).")
@_options
def render_statement(note_id: str, as_of: date, fmt: str | None, output: Path | None,
                     templates: Path | None) -> None:  # fmt: skip
    """A statement of a note with installments: amount due, past due, payoff, where to pay."""
    form = _format(fmt, output)
    _write(app().statement_document(note_id, form, as_of=as_of, templates=templates), output)


@render.command("release")
@click.argument("settlement_id")
@_options
def render_release(
    settlement_id: str, fmt: str | None, output: Path | None, templates: Path | None
) -> None:
    """A letter agreement and release for a settlement in the book (in the seed letter's style)."""
    rendered = app().settlement_release_document(
        settlement_id, _format(fmt, output), templates=templates
    )
    _write(rendered, output)
