"""``promissory portfolio | snapshot``: the whole book as of a day, and its columnar snapshot."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from promissory.app.portfolio import GROUPS, RUNS, PortfolioReport, json_value
from promissory.cli.common import DATE, app, cli, console, counted, fmt, table

if TYPE_CHECKING:
    import polars as pl


@contextmanager
def _progress(what: str) -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar on a terminal (rich), nothing otherwise."""
    if not console.is_terminal:
        yield None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), TimeRemainingColumn(), console=console,
                  transient=True) as bar:  # fmt: skip
        task = bar.add_task(what, total=None)
        yield lambda done, total: bar.update(task, completed=done, total=total)


class _Echo:
    """Text to click's stdout (what the in-process test runner captures)."""

    def write(self, text: str) -> None:
        click.echo(text, nl=False)


class _Sinks:
    """Where each chunk's figures go: CSV, Parquet and the JSON list of notes, all streamed."""

    def __init__(self, csv: str | None, parquet: Path | None, json_out: _Echo | None) -> None:
        self.csv_path, self.parquet_path, self.json_out = csv, parquet, json_out
        self.csv: IO[bytes] | None = None
        self.parquet: Any = None
        self.first = True

    def __call__(self, frame: pl.DataFrame) -> None:
        from promissory.portfolio.frame import output_frame

        if self.csv_path is None and self.parquet_path is None and self.json_out is None:
            return
        out = output_frame(frame.sort("note_id"))
        if self.csv_path is not None:
            if self.csv is None:
                if self.csv_path == "-":
                    self.csv = sys.stdout.buffer
                else:
                    self.csv = Path(self.csv_path).open("wb")  # noqa: SIM115 (closed in close())
                out.head(0).write_csv(self.csv)
            out.write_csv(self.csv, include_header=False)
        if self.parquet_path is not None:
            import pyarrow.parquet as pq  # type: ignore[import-untyped]

            table_ = out.to_arrow()
            if self.parquet is None:
                self.parquet = pq.ParquetWriter(self.parquet_path, table_.schema)
            self.parquet.write_table(table_)
        if self.json_out is not None:
            for row in out.iter_rows(named=True):
                self.json_out.write(("" if self.first else ",\n") + "    "
                                    + json.dumps({k: json_value(v) for k, v in row.items()}))  # fmt: skip
                self.first = False

    def close(self) -> None:
        if self.csv is not None and self.csv_path != "-":
            self.csv.close()
        if self.parquet is not None:
            self.parquet.close()


@cli.command()
@click.option("--as-of", type=DATE, required=True, help="The day (figures at its end).")
@click.option(
    "--group-by",
    type=click.Choice(GROUPS),
    default="lender",
    show_default=True,
    help="Group the totals by the holder of record, the borrower, status or currency.",
)
@click.option(
    "--engine",
    type=click.Choice(RUNS),
    default="columnar",
    show_default=True,
    help="columnar: the columnar exact engine where it covers a note, per note "
    "elsewhere; per-note: every note by replay; dask: columnar on a Dask cluster.",
)
@click.option(
    "--snapshot",
    type=click.Path(file_okay=False, path_type=Path),
    help="Read the notes from this snapshot (promissory snapshot DIR), not the book.",
)
@click.option(
    "--scheduler", help="Dask scheduler address (tcp://host:8786); default: a local cluster."
)
@click.option(
    "--workers",
    type=click.IntRange(1),
    default=2,
    show_default=True,
    help="Worker processes of the local Dask cluster.",
)
@click.option(
    "--csv", "csv_file", help="Write every note's figures to this CSV file (- for stdout)."
)
@click.option(
    "--parquet",
    "parquet_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write every note's figures to this Parquet file.",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON (every note and the totals).")
@click.option("--totals-only", is_flag=True, help="With --json: the totals, not every note.")
def portfolio(as_of: date, group_by: str, engine: str, snapshot: Path | None,
              scheduler: str | None, workers: int, csv_file: str | None,
              parquet_file: Path | None, as_json: bool, totals_only: bool) -> None:  # fmt: skip
    """Every note and the totals on a date: balances, past due, aging, maturities, collateral.

    Reads the book (or a snapshot) a chunk of notes at a time, so memory does not grow with the
    book.  Prints the totals by group and currency, aging and the maturity ladder, and how many
    notes each engine computed; --csv / --parquet write every note's figures.
    """
    out = _Echo() if as_json and not totals_only else None
    if out is not None:
        out.write(f'{{\n  "as_of": "{as_of.isoformat()}",\n  "notes": [\n')
    sinks = _Sinks(csv_file, parquet_file, out)
    try:
        with _progress("notes") as progress:
            report = app().portfolio(as_of, group_by=group_by, engine=engine, snapshot=snapshot,
                                     scheduler=scheduler, workers=workers, on_figures=sinks,
                                     progress=progress)  # fmt: skip
    finally:
        sinks.close()
    if as_json:
        summary = report.to_json()
        del summary["as_of"]
        if out is not None:
            out.write("\n  ],\n")
            out.write(",\n".join(f"  {json.dumps(k)}: {json.dumps(v)}" for k, v in summary.items()))
            out.write("\n}\n")
        else:
            click.echo(json.dumps({"as_of": as_of.isoformat(), **summary}, indent=2))
        return
    _tables(report)


def _tables(report: PortfolioReport) -> None:
    from promissory.core.billing import AGING_BUCKETS
    from promissory.portfolio.frame import BUCKETS

    head = [report.group_by if report.group_by != "none" else "all", "currency"]
    money = ["principal", "interest", "default_interest", "expenses", "late_charges", "fees",
             "total", "past_due"]  # fmt: skip
    rows = [[r["group"], r["currency"], str(r["notes"]), *(fmt(r[m], r["currency"]) for m in money),
             str(r["past_due_notes"]), str(r["filings_lapsing"])] for r in report.totals]  # fmt: skip
    table(f"Portfolio as of {report.as_of}", [*head, "notes", "principal", "interest",
          "default interest", "expenses", "late charges", "fees", "total", "past due",
          "notes past due", "filings lapsing"], rows, right=set(range(2, 14)))  # fmt: skip
    aging = [name for name, _, _ in AGING_BUCKETS]
    table("Past due by aging bucket", [*head, *aging],
          [[r["group"], r["currency"], *(fmt(r[f"aging {a}"], r["currency"]) for a in aging)]
           for r in report.totals], right=set(range(2, 2 + len(aging))))  # fmt: skip
    table("Maturity ladder (principal)", [*head, *BUCKETS],
          [[r["group"], r["currency"], *(fmt(r[f"ladder {b}"], r["currency"]) for b in BUCKETS)]
           for r in report.totals], right=set(range(2, 2 + len(BUCKETS))))  # fmt: skip
    click.echo(f"{counted(report.notes, 'note')}: {report.columnar} by the columnar engine, "
               f"{report.per_note} by the per-note engine"
               + (f" (Dask, {counted(report.cluster['workers'], 'worker')})"
                  if report.cluster else ""))  # fmt: skip
    for note_id, why in report.unavailable:  # not in the totals above, and said so
        click.echo(f"not computed: {note_id}: {why}")


@cli.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def snapshot(directory: Path, as_json: bool) -> None:
    """Write the book's columnar snapshot (Parquet, partitioned by note) for the portfolio."""
    with _progress("notes") as progress:
        written = app().export_snapshot(directory, progress=progress)
    manifest = written.manifest()
    if as_json:
        click.echo(json.dumps({"directory": str(directory), **manifest}, indent=2))
        return
    click.echo(f"wrote {counted(manifest['notes'], 'note')} and "
               f"{counted(manifest['events'], 'event')} in {counted(manifest['parts'], 'part')} "
               f"to {directory}")  # fmt: skip
