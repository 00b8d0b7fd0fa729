"""Onboarding a chunk costs a fixed number of queries, however many notes it holds (issue 15).

A chunk's notes are read in one query and locked in one more, the idempotency keys of notes that
already hold events are looked up in one query for the whole chunk (a note with no events holds
none: no query), and every note's events go in at once.  So 5 notes and 60 notes in a chunk take
the same number of statements — first on an empty book, then on a re-run (every row present).
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from promissory.app import Promissory

NOTES_HEADER = ("id,borrower,lender,issue_date,maturity,commitment,rate,day_count,default_margin,"
                "revolving,draw_period_end,governing_law")  # fmt: skip


def _files(folder: Path, notes: int) -> tuple[Path, Path]:
    notes_csv, events_csv = folder / f"notes-{notes}.csv", folder / f"events-{notes}.csv"
    notes_csv.write_text(NOTES_HEADER + "\n" + "".join(
        f"N-{i:03d},Borrower {i},First Lender LLC,2024-01-15,2027-01-15,100000.00,0.08,ACT/360,"
        "0.02,true,2026-01-15,New York\n" for i in range(notes)))  # fmt: skip
    events_csv.write_text("note_id,kind,effective_date,amount\n" + "".join(
        f"N-{i:03d},advance,2024-01-15,5000.00\nN-{i:03d},payment,2024-02-15,100.00\n"
        f"N-{i:03d},payment,2024-03-15,100.00\n" for i in range(notes)))  # fmt: skip
    return notes_csv, events_csv


def _statements(book_url: str, folder: Path, notes: int) -> tuple[int, int]:
    """Statements run by onboarding the events file, and by running it again."""
    app = Promissory(book_url)
    app.init()
    notes_csv, events_csv = _files(folder, notes)
    app.onboard(notes_csv)
    seen: list[str] = []
    sa.event.listen(app.book.engine, "before_cursor_execute",
                    lambda *args: seen.append(args[2]))  # fmt: skip
    first = app.onboard(events_csv)
    assert (first.applied_rows, first.rejected) == (3 * notes, [])
    written = len(seen)
    again = app.onboard(events_csv)
    assert (again.applied_rows, again.present_rows) == (0, 3 * notes)
    return written, len(seen) - written


def test_a_chunk_takes_the_same_statements_for_5_notes_as_for_60(tmp_path: Path) -> None:
    few = _statements(f"sqlite:///{tmp_path / 'few.db'}", tmp_path, 5)
    many = _statements(f"sqlite:///{tmp_path / 'many.db'}", tmp_path, 60)
    assert few == many
    assert few[0] <= 8  # read, lock, insert, heads (and the transaction's own statements)
