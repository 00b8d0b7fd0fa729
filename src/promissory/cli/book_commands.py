"""``promissory verify | export | import | onboard``: the book's integrity, bundles and CSV."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from promissory.app.onboarding import count_lines, count_rows
from promissory.cli.common import app, cli, console, counted, emit_json, say, table
from promissory.codec.records_json import to_json

#: From this size on, ``import`` checks the notes in one process per CPU (up to 8) by default.
AUTO_WORKERS_FROM = 4 * 2**20


@cli.command()
@click.argument("note_id", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def verify(note_id: str | None, as_json: bool) -> None:
    """Check every note (or one): hash chains from the terms on, replay rules and checkpoints.

    Names any terms, event or checkpoint changed outside promissory and any rule the replay finds
    broken.  Exits with status 1 if anything was found.
    """
    problems = app().verify(note_id)
    if as_json:
        emit_json(to_json(problems))
    elif problems:
        for p in problems:
            say(f"{'RULE' if p.what == 'rule' else 'TAMPERED'}: {p}")
    else:
        scope = f"note {note_id}" if note_id else "every note"
        click.echo(f"verified: {scope} — hash chains intact from the terms on, sequences "
                   "gap-free, checkpoints agree with replay, no rule broken")  # fmt: skip
    if problems:
        sys.exit(1)


def _progress(*, auto_refresh: bool = True) -> Progress:
    """A progress bar; ``auto_refresh=False``: redrawn by the caller, with no thread of its own."""
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=console, transient=True,
                    auto_refresh=auto_refresh)  # fmt: skip


@cli.command("export")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def export_(file: Path) -> None:
    """Write the whole book to a portable bundle (JSON Lines)."""
    counts = app().export_book(file)
    closes = f" and {counted(counts.closes, 'period close')}" if counts.closes else ""
    click.echo(f"exported {_counts(counts.notes, counts.events)} and "
               f"{counted(counts.parties, 'party', 'parties')}{closes} to {file}")  # fmt: skip


def _counts(notes: int, events: int) -> str:
    return f"{counted(notes, 'note')}, {counted(events, 'event')}"


@cli.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--legacy", is_flag=True,
              help="Admit a version 1 bundle (no creation hashes) you trust.")  # fmt: skip
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes that check the notes (default: one per CPU, up to 8, for a bundle "
                   f"over {AUTO_WORKERS_FROM // 2**20} MiB; else 1).")  # fmt: skip
def import_(file: Path, legacy: bool, workers: int | None) -> None:
    """Read a bundle into the book (refused whole if its hashes do not verify)."""
    if workers is None:
        workers = (
            min(8, len(os.sched_getaffinity(0))) if file.stat().st_size > AUTO_WORKERS_FROM else 1
        )
    # no thread draws the bar: the checking processes are forked, and a thread caught writing
    # at that moment would leave its lock held in them
    with _progress(auto_refresh=False) as bar:
        task = bar.add_task("importing", total=count_lines(file))

        def advance(n: int) -> None:
            bar.advance(task, n)
            bar.refresh()

        counts = app().import_book(file, advance, legacy=legacy, workers=workers)
    closes = f" and {counted(counts.closes, 'period close')}" if counts.closes else ""
    held = f", {counted(counts.closes_present, 'period close')}" if counts.closes_present else ""
    click.echo(f"imported {_counts(counts.notes, counts.events)} and "
               f"{counted(counts.parties, 'party', 'parties')}{closes} from {file}; already "
               f"present: {_counts(counts.notes_present, counts.events_present)}{held}")  # fmt: skip


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--kind", type=click.Choice(["notes", "events"]), default=None,
              help="What the file holds (default: events if it has a 'kind' column).")  # fmt: skip
@click.option("--by", "recorded_by", default="", help="Who onboards the rows.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes that prepare an events file's rows (default: one per CPU, up to 8, "
                   f"for a file over {AUTO_WORKERS_FROM // 2**20} MiB; else 1).")  # fmt: skip
def onboard(file: Path, kind: str | None, recorded_by: str, as_json: bool,
            workers: int | None) -> None:  # fmt: skip
    """Onboard notes, or events of existing notes, from CSV (a note's rows all go in, or none).

    Exits with status 1 if any row was rejected.
    """
    if workers is None:
        workers = (
            min(8, len(os.sched_getaffinity(0))) if file.stat().st_size > AUTO_WORKERS_FROM else 1
        )
    # with workers, no thread draws the bar: the preparing processes are forked (as for import)
    with _progress(auto_refresh=workers == 1) as bar:
        task = bar.add_task(f"onboarding {file.name}", total=count_rows(file))

        def advance(n: int) -> None:
            bar.advance(task, n)
            if workers > 1:
                bar.refresh()

        report = app().onboard(file, kind=kind, recorded_by=recorded_by, progress=advance,
                               workers=workers)  # fmt: skip
    if as_json:
        emit_json(to_json(report))
    else:
        present = f", {report.present_rows} already present" if report.present_rows else ""
        click.echo(f"{report.kind}: {report.applied_rows} of {counted(report.rows, 'row')} "
                   f"applied{present} ({counted(len(report.applied_notes), 'note')})")  # fmt: skip
        if report.rejected:
            table("Rejected rows", ["line", "note", "reason"],
                  [[str(r.line), r.note_id, r.reason] for r in report.rejected], right={0})  # fmt: skip
    if report.rejected:
        sys.exit(1)
