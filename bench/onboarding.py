"""CSV onboarding throughput and memory: ``N`` notes, then ``N × E`` events (issue 15).

Writes a notes file and an events file (advances and payments on successive days, sorted by note),
onboards both into a fresh book through ``Promissory.onboard`` and prints notes/s and events/s,
then runs the events file again (every row already present: the re-run path) under
``tracemalloc`` and prints its time and the peak memory of Python objects it allocated, and
onboards it once more into a fresh book under ``tracemalloc`` (a fresh onboarding's peak); then
exports the book to a bundle and imports it into a fresh book, printing events/s — then again with
the notes checked in one process per CPU (``import_book(workers=…)``) — and the import again (every
note present) and into a fresh book, both under ``tracemalloc``.  The memory is measured in this
process, with one process (``workers`` 1: checking processes are other processes), and with the
module-level caches of parsed terms emptied first, so that each peak holds their filling (they are
bounded: see docs/benchmarks.md).  With more than one CPU the
events file is also onboarded into another fresh book with its rows read into events in other
processes meanwhile (``onboard(workers=…)``).

Each step prints its wall time and the CPU time of this process (``time.process_time``: on
PostgreSQL the server's work is not in it), and the run prints the load average before and after,
since other work on the machine slows the wall clock.

Run: ``PYTHONPATH=src .venv/bin/python bench/onboarding.py [N] [E] [--backend sqlite|postgres]``
(default 2,000 notes × 10 events on SQLite; PostgreSQL in a fresh schema of the ``test`` database
at ``PROMISSORY_TEST_PG``, dropped afterwards).  Compare two sizes to see whether memory grows with
the file.
"""

from __future__ import annotations

import argparse
import csv
import os
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

import sqlalchemy as sa

from promissory.app import Promissory
from promissory.app.onboarding import OnboardReport
from promissory.book import bundle as bundle_module
from promissory.book import store
from promissory.book.bundle import BundleCounts

NOTES_HEADER = ["id", "borrower", "lender", "issue_date", "maturity", "commitment", "rate",
                "day_count", "default_margin", "revolving", "draw_period_end", "governing_law"]  # fmt: skip
START = date(2024, 1, 15)
PG = os.environ.get("PROMISSORY_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def write_files(folder: Path, notes: int, events: int) -> tuple[Path, Path]:
    notes_csv, events_csv = folder / "notes.csv", folder / "events.csv"
    with open(notes_csv, "w", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(NOTES_HEADER)
        for i in range(notes):
            out.writerow([f"N-{i:07d}", f"Borrower {i}", "First Lender LLC", START.isoformat(),
                          "2034-01-15", "90000000.00", "0.08", "ACT/360", "0.02", "true",
                          "2033-01-15", "New York"])  # fmt: skip
    with open(events_csv, "w", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["note_id", "kind", "effective_date", "amount", "memo", "text"])
        for i in range(notes):
            for k in range(events):
                day = (START + timedelta(days=3 * k)).isoformat()
                kind, amount = ("advance", "10000.00") if k % 2 == 0 else ("payment", "1000.00")
                out.writerow([f"N-{i:07d}", kind, day, amount, "", ""])
    return notes_csv, events_csv


@contextmanager
def books(backend: str, folder: Path) -> Iterator[Callable[[str], str]]:
    """A function naming a fresh book's URL by name, on the backend; PostgreSQL schemas dropped."""
    if backend == "sqlite":
        yield lambda name: f"sqlite:///{folder / name}.db"
        return
    admin = sa.create_engine(PG, isolation_level="AUTOCOMMIT")
    schemas: list[str] = []

    def url(name: str) -> str:
        schema = f"bench_{name}_{uuid.uuid4().hex[:8]}"
        with admin.connect() as conn:
            conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
        schemas.append(schema)
        return f"{PG}?options=-csearch_path%3D{schema}"

    try:
        yield url
    finally:
        with admin.connect() as conn:
            for schema in schemas:
                conn.execute(sa.text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        admin.dispose()


@contextmanager
def timed() -> Iterator[list[float]]:
    """Wall and CPU seconds of the block, filled in when it ends."""
    took: list[float] = []
    wall, cpu = time.perf_counter(), time.process_time()
    yield took
    took += [time.perf_counter() - wall, time.process_time() - cpu]


def rate(label: str, count: int, unit: str, took: list[float]) -> str:
    wall, cpu = took
    return (f"{label:<7} {count:>9,} in {wall:6.1f} s wall ({cpu:6.1f} s CPU) = "
            f"{count / wall:8,.0f} {unit}/s wall, {count / cpu:8,.0f} per CPU s")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notes", nargs="?", type=int, default=2_000)
    parser.add_argument("events", nargs="?", type=int, default=10)
    parser.add_argument("--backend", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument(
        "--no-reruns",
        action="store_true",
        help="skip the two re-runs under tracemalloc (slow on a loaded machine)",
    )
    args = parser.parse_args()
    notes, events = args.notes, args.events
    print(f"{notes:,} notes x {events} events on {args.backend}; "
          f"load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f}")  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp, books(args.backend, Path(tmp)) as url:
        folder = Path(tmp)
        notes_csv, events_csv = write_files(folder, notes, events)
        p = Promissory(url("book"))
        p.init()
        with timed() as took:
            r = p.onboard(notes_csv)
        assert r.applied_rows == notes, r.rejected[:3]
        print(rate("notes:", notes, "notes", took))
        with timed() as took:
            r = p.onboard(events_csv)
        assert r.applied_rows == notes * events, r.rejected[:3]
        print(rate("events:", notes * events, "events", took))
        workers = len(os.sched_getaffinity(0))
        if workers > 1:  # the rows read in another process meanwhile (``onboard(workers=…)``)
            side = Promissory(url("side"))
            side.init()
            side.onboard(notes_csv)
            with timed() as took:
                r = side.onboard(events_csv, workers=workers)
            assert r.applied_rows == notes * events, r.rejected[:3]
            print(rate("events:", notes * events, "events", took)
                  + f" (prepared in {workers} processes)")  # fmt: skip
            side.book.engine.dispose()
        if not args.no_reruns:
            rerun_events(p, events_csv, notes * events)
            fresh = Promissory(url("fresh"))
            fresh.init()
            fresh.onboard(notes_csv)
            fresh_events(fresh, events_csv, notes * events)
            fresh.book.engine.dispose()
        bundle = folder / "book.jsonl"
        with timed() as took:
            p.export_book(bundle)
        print(f"export: {notes:,} notes, {notes * events:,} events in {took[0]:.1f} s")
        copy = Promissory(url("copy"))
        copy.init()
        with timed() as took:
            counts = copy.import_book(bundle)
        assert counts.events == notes * events
        print(rate("import:", notes * events, "events", took) + " (replayed and checked)")
        if workers > 1:  # the notes checked in processes (the CPU column is this process's only)
            again = Promissory(url("again"))
            again.init()
            with timed() as took:
                again.import_book(bundle, workers=workers)
            print(rate("import:", notes * events, "events", took)
                  + f" (checked in {workers} processes)")  # fmt: skip
            again.book.engine.dispose()
        if not args.no_reruns:
            rerun_import(copy, bundle, notes * events)
            fresh = Promissory(url("fresh_import"))
            fresh.init()
            fresh_import(fresh, bundle, notes * events)
            fresh.book.engine.dispose()
        copy.book.engine.dispose()
        p.book.engine.dispose()
    print(f"load average after {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f}")


def traced(step: Callable[[], object]) -> tuple[object, list[float], int]:
    """``step``'s result, wall and CPU seconds and peak traced memory (bytes), run under
    ``tracemalloc`` with the caches of parsed terms emptied first (cold, as in a new process)."""
    store._terms.cache_clear()
    bundle_module._terms.cache_clear()
    tracemalloc.start()
    with timed() as took:
        result = step()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return result, took, peak


def memory(label: str, took: list[float], peak: int) -> str:
    return (f"{label} in {took[0]:.1f} s wall ({took[1]:.1f} s CPU) under tracemalloc, "
            f"peak Python memory {peak / 2**20:.1f} MiB")  # fmt: skip


def rerun_events(p: Promissory, events_csv: Path, rows: int) -> None:
    """The events file again: every row present, the re-run path (its peak shows the chunking)."""
    r, took, peak = traced(lambda: p.onboard(events_csv))
    assert isinstance(r, OnboardReport) and r.present_rows == rows and r.applied_rows == 0
    print(memory(f"re-run: {rows:>9,} rows already present, skipped", took, peak))


def fresh_events(p: Promissory, events_csv: Path, rows: int) -> None:
    """The events file into a book holding its notes and no events, in one process."""
    r, took, peak = traced(lambda: p.onboard(events_csv))
    assert isinstance(r, OnboardReport) and r.applied_rows == rows, r.rejected[:3]
    print(memory(f"fresh:  {rows:>9,} rows onboarded (one process)", took, peak))


def rerun_import(copy: Promissory, bundle: Path, events: int) -> None:
    """The import again: every note present, the whole file read and checked."""
    counts, took, peak = traced(lambda: copy.import_book(bundle))
    assert isinstance(counts, BundleCounts) and counts.events_present == events
    print(memory("import re-run: every note present,", took, peak))


def fresh_import(p: Promissory, bundle: Path, events: int) -> None:
    """The bundle into an empty book, checked in this process."""
    counts, took, peak = traced(lambda: p.import_book(bundle))
    assert isinstance(counts, BundleCounts) and counts.events == events
    print(memory("import fresh: into an empty book (one process),", took, peak))


if __name__ == "__main__":
    main()
