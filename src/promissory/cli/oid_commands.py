"""``promissory oid`` and ``promissory render oid``: the statement the OID legend promises."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import click

from promissory.app import oid
from promissory.cli.common import AMOUNT, DATE, MOMENT, TERMS_FILE, app, cli, emit_json
from promissory.cli.document_commands import _format, _options, _write, render
from promissory.codec.records_json import to_json
from promissory.core.oid import Acquisition, render_note_text, render_text

_TERMS = TERMS_FILE


def _holder_options(f: Any) -> Any:
    for option in reversed(
        [
            click.option(
                "--terms",
                "terms_file",
                type=_TERMS,
                default=None,
                help="A standalone OID terms file (docs/oid.md); no book needed.",
            ),
            click.option(
                "--year",
                type=click.IntRange(1900, 9999),
                default=None,
                help="Only this calendar year (the Form 1099-OID amount).",
            ),
            click.option(
                "--acquired-on",
                type=DATE,
                default=None,
                help="A later holder: the day the note was bought (with --price).",
            ),
            click.option(
                "--price",
                type=AMOUNT,
                default=None,
                help="A later holder: the price paid, excluding accrued QSI.",
            ),
            click.option("--holder", default=None, help="The holder's name (a label only)."),
            click.option(
                "--advance",
                type=click.IntRange(1),
                default=None,
                help="Only this advance (1, 2, … in date order); the price is for it.",
            ),
            click.option(
                "--as-known-on",
                "known_on",
                type=MOMENT,
                default=None,
                help="The note as the book stood at this moment.",
            ),
        ]
    ):
        f = option(f)
    return f


def _acquisition(acquired_on: date | None, price: Decimal | None) -> Acquisition | None:
    if (acquired_on is None) != (price is None):
        raise click.UsageError("a later holder needs both --acquired-on and --price")
    if acquired_on is None or price is None:
        return None
    return Acquisition(acquired_on, price)


def _source(
    note_id: str | None, terms_file: Path | None, advance: int | None, known_on: datetime | None
) -> None:
    if (note_id is None) == (terms_file is None):
        raise click.UsageError("give a NOTE from the book or --terms FILE (one of them)")
    if terms_file is not None and (advance is not None or known_on is not None):
        raise click.UsageError("--advance and --as-known-on need a NOTE from the book")


@cli.command("oid")
@click.argument("note_id", required=False)
@_holder_options
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def oid_command(
    note_id: str | None, terms_file: Path | None, year: int | None, acquired_on: date | None,
    price: Decimal | None, holder: str | None, advance: int | None, known_on: datetime | None,
    as_json: bool,
) -> None:  # fmt: skip
    """Issue price, yield to maturity, OID and the year-by-year schedule (per advance and total).

    NOTE reads the note from the book: each advance is its own issue.  --terms FILE checks a bond
    from a prospectus without a book.
    """
    _source(note_id, terms_file, advance, known_on)
    acquisition = _acquisition(acquired_on, price)
    if terms_file is not None:
        statement = oid.terms_file_oid(terms_file, year=year, acquisition=acquisition)
        if as_json:
            emit_json({"holder": holder, **to_json(statement)})
        else:
            click.echo((f"Holder: {holder}\n" if holder else "") + render_text(statement), nl=False)
        return
    assert note_id is not None
    result = app().note_oid(
        note_id, year=year, holder=holder, acquisition=acquisition, advance=advance,
        known_on=known_on,
    )  # fmt: skip
    if as_json:
        emit_json(to_json(result))
    else:
        click.echo(render_note_text(result), nl=False)


@render.command("oid")
@click.argument("note_id", required=False)
@_holder_options
@click.option("--issuer", default="the Issuer",
              help="With --terms: who issues the statement (a note's is its borrower).")  # fmt: skip
@click.option("--date", "statement_date", type=DATE, default=None,
              help="Date of the statement (default today).")  # fmt: skip
@_options
def render_oid(
    note_id: str | None, terms_file: Path | None, year: int | None, acquired_on: date | None,
    price: Decimal | None, holder: str | None, advance: int | None, known_on: datetime | None,
    issuer: str, statement_date: date | None, fmt: str | None, output: Path | None,
    templates: Path | None,
) -> None:  # fmt: skip
    """The OID holder statement as a document (one advance of a note, or a terms file)."""
    _source(note_id, terms_file, advance, known_on)
    acquisition = _acquisition(acquired_on, price)
    form = _format(fmt, output)
    day = statement_date or app().clock().date()
    if terms_file is not None:
        rendered = oid.terms_file_oid_document(
            terms_file, form, issuer=issuer, statement_date=day, year=year, holder=holder,
            acquisition=acquisition, templates=templates,
        )  # fmt: skip
    else:
        assert note_id is not None
        rendered = app().note_oid_document(
            note_id, form, advance=advance, year=year, holder=holder,
            acquisition=acquisition, statement_date=day, known_on=known_on, templates=templates,
        )  # fmt: skip
    _write(rendered, output)
