"""CSV onboarding throughput and memory: ``N`` notes, then ``N × E`` events (issue 15).

Writes a notes file and an events file (advances and payments on successive days, sorted by note),
onboards both into a fresh SQLite book through ``Promissory.onboard`` and prints notes/s and events/s,
then runs the events file again (every row already present: the re-run path) under
``tracemalloc`` and prints its time and the peak memory of Python objects it allocated; then
exports the book to a bundle and imports it into a fresh book, printing events/s.

Run: ``PYTHONPATH=src .venv/bin/python bench/onboarding.py [N] [E]`` (default 2,000 notes × 10
events).  Compare two sizes to see whether memory grows with the file.
"""

from __future__ import annotations

import csv
import sys
import tempfile
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

from promissory.app import Promissory

NOTES_HEADER = ["id", "borrower", "lender", "issue_date", "maturity", "commitment", "rate",
                "day_count", "default_margin", "revolving", "draw_period_end", "governing_law"]  # fmt: skip
START = date(2024, 1, 15)


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


def main() -> None:
    notes = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000
    events = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        notes_csv, events_csv = write_files(folder, notes, events)
        p = Promissory(f"sqlite:///{folder / 'book.db'}")
        p.init()
        start = time.perf_counter()
        r = p.onboard(notes_csv)
        took = time.perf_counter() - start
        assert r.applied_rows == notes, r.rejected[:3]
        print(f"notes:  {notes:>9,} in {took:7.1f} s = {notes / took:9,.0f} notes/s")
        start = time.perf_counter()
        r = p.onboard(events_csv)
        took = time.perf_counter() - start
        assert r.applied_rows == notes * events, r.rejected[:3]
        print(f"events: {notes * events:>9,} in {took:7.1f} s = {notes * events / took:9,.0f} "
              f"events/s")  # fmt: skip
        tracemalloc.start()  # the re-run reads and checks every row: its peak shows the chunking
        start = time.perf_counter()
        r = p.onboard(events_csv)
        took = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert r.present_rows == notes * events and r.applied_rows == 0
        print(f"re-run: {notes * events:>9,} rows already present, skipped in {took:.1f} s "
              f"(under tracemalloc), peak Python memory {peak / 2**20:.1f} MiB")  # fmt: skip
        bundle = folder / "book.jsonl"
        start = time.perf_counter()
        p.export_book(bundle)
        took = time.perf_counter() - start
        print(f"export: {notes:,} notes, {notes * events:,} events in {took:.1f} s")
        copy = Promissory(f"sqlite:///{folder / 'copy.db'}")
        copy.init()
        start = time.perf_counter()
        counts = copy.import_book(bundle)
        took = time.perf_counter() - start
        assert counts.events == notes * events
        print(f"import: {notes * events:>9,} events in {took:7.1f} s = "
              f"{notes * events / took:9,.0f} events/s (replayed and checked)")  # fmt: skip
        copy.book.engine.dispose()
        p.book.engine.dispose()


if __name__ == "__main__":
    main()
