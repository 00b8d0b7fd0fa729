"""``promissory extract FILE.txt [--json] [--toml OUT]``: propose terms from a document."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import click

from promissory.cli.common import app, cli, console, emit_json, shown, table
from promissory.extract import Extraction

#: Longer values (a Securities Act legend) are cut in the table; --json and --toml carry them whole.
_WIDTH = 60


def _shown(value: object) -> str:
    if isinstance(value, tuple):
        text = ", ".join(str(v) for v in value)
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, Decimal | dt.date):
        text = str(value)
    else:
        text = " ".join(str(value).split())
    return text if len(text) <= _WIDTH else text[: _WIDTH - 1] + "…"


def _print(extraction: Extraction, source: Path) -> None:
    rows = [
        [f.field, _shown(f.value), f"{f.span.line}:{f.span.column}", str(f.confidence)]
        for f in extraction.findings
    ]
    table(f"{source.name}: {extraction.document_kind}", ["field", "value", "line:col",
          "confidence"], rows, right={3})  # fmt: skip
    console.print(
        f"missing ({len(extraction.missing)}):" if extraction.missing else "missing: none"
    )
    for field in extraction.missing:
        console.print(f"  - {shown(field)}")
    if extraction.candidates:  # readings not sure enough to propose: the reviewer chooses
        console.print(f"candidates ({len(extraction.candidates)}):")
        for offer in extraction.candidates:
            console.print(
                f"  - {shown(offer.field)} = {shown(_shown(offer.value))} "
                f"(line {offer.span.line}, confidence {offer.confidence})"
            )
    if extraction.warnings:
        console.print("warnings:")
        for warning in extraction.warnings:
            console.print(f"  - {shown(' '.join(warning.split()))}")
    else:
        console.print("warnings: none")


@cli.command("extract")
@click.argument("document", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the extraction as JSON.")
@click.option("--toml", "toml_out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write a TOML terms draft here, to complete and load with `note add`.")  # fmt: skip
def extract(document: Path, as_json: bool, toml_out: Path | None) -> None:
    """Read a note, loan agreement or settlement letter (plain text) and propose its terms."""
    found = app().extract_document(document)
    if as_json:
        emit_json(app().extraction_json(found))
    else:
        _print(found, document)
    if toml_out is not None:
        written = app().write_draft(found, toml_out)
        click.echo(f"wrote terms draft to {written}", err=True)
