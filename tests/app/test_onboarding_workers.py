"""Onboarding with ``workers`` (the next chunks' rows read into events and keys in another
process while this one writes) ends exactly as without: the same report, and the same rows in the
book — every column, the payload text, its hashes and the idempotency keys — for files with good
rows, refused rows, notes the book lacks, notes scattered over several chunks, and a file that
stops being readable half-way (the chunks before the bad line are written either way)."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from promissory.app import Promissory, onboarding
from promissory.errors import InvalidInput

# one moment for every write: a chunk is stamped when it is read, which with workers is earlier
MOMENT = datetime(2026, 1, 1, 9, 30, tzinfo=UTC)
NOTES = ["A-1", "B-2", "C-3", "D-4", "E-5"]
NOTES_CSV = "id,borrower,lender,issue_date,maturity,commitment,rate\n" + "".join(
    f"{n},Borrower {n},Bank,2024-01-01,2026-01-01,10000000.00,0.0{i + 5}\n"
    for i, n in enumerate(NOTES)
)


def _events_csv(seed: int) -> str:
    """Advances then payments note by note (some notes again later: scattered), with a refused
    row here and there (an overpayment, a bad amount, a note the book lacks) and repeated rows."""
    rng = random.Random(seed)
    lines = ["note_id,kind,effective_date,amount,memo"]
    for n in NOTES + rng.sample(NOTES, 2):
        lines.append(f"{n},advance,2024-0{rng.randint(1, 3)}-15,{rng.randint(1, 9)}00000.00,")
        for k in range(rng.randint(0, 4)):
            amount = rng.choice(["1000.00", "1000.00", "250.50", "99999999.00", "1,5"])
            lines.append(f"{n},payment,2024-0{4 + k}-30,{amount},{rng.choice(['', 'wire'])}")
        if rng.random() < 0.2:
            lines.append("Z-9,payment,2024-05-01,10.00,")
    return "\n".join(lines) + "\n"


def _onboarded(folder: Path, events_csv: str, workers: int) -> tuple[Any, ...]:
    folder.mkdir()
    app = Promissory(f"sqlite:///{folder / 'book.db'}", clock=lambda: MOMENT)
    app.init()
    (folder / "notes.csv").write_text(NOTES_CSV)
    (folder / "events.csv").write_bytes(events_csv.encode("utf-8", "surrogateescape"))
    app.onboard(folder / "notes.csv")
    try:
        outcome: object = app.onboard(folder / "events.csv", workers=workers)
    except InvalidInput as error:
        outcome = str(error)
    again = (
        app.onboard(folder / "events.csv", workers=workers)
        if not isinstance(outcome, str)
        else None
    )
    with app.book.engine.connect() as conn:
        events = [
            tuple(r) for r in conn.exec_driver_sql("SELECT * FROM events ORDER BY note_id, seq")
        ]
        heads = [tuple(r) for r in conn.execute(sa.text("SELECT id, head, head_hash FROM notes"))]
    app.book.engine.dispose()
    return outcome, again, events, heads


@pytest.mark.parametrize("seed", range(6))
def test_workers_write_what_one_process_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    monkeypatch.setattr(onboarding, "CHUNK_ROWS", 1 + seed % 4)  # many chunks, notes across them
    text = _events_csv(seed)
    alone = _onboarded(tmp_path / "one", text, 1)
    together = _onboarded(tmp_path / "two", text, 2)
    assert together == alone
    report, again, events, _ = alone
    assert report.applied_rows > 0 and events
    assert again.applied_rows == 0 and again.present_rows == report.applied_rows  # a re-run


def test_a_file_unreadable_half_way_writes_the_chunks_before_it_either_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(onboarding, "CHUNK_ROWS", 2)
    before = "".join(_events_csv(seed).split("\n", 1)[1] for seed in range(60))  # past a block
    text = _events_csv(1) + before + "E-5,payment,2024-09-30,1.00,caf\udce9\n" + _events_csv(2)
    alone = _onboarded(tmp_path / "one", text, 1)
    together = _onboarded(tmp_path / "two", text, 2)
    assert together == alone
    assert "not UTF-8" in str(alone[0]) and alone[2]  # refused, after writing what came before


@pytest.mark.parametrize(("rows", "target"), [(1, "note A-1 #1"), (2, None)])
def test_a_principals_onboarding_of_one_event_enters_its_audit_line(
    tmp_path: Path, rows: int, target: str | None
) -> None:
    """One event on one note, written for a principal, enters the principal's audit line with
    it (the unit of work does); more than one leaves the line for the caller, prepared or not."""
    app = Promissory(f"sqlite:///{tmp_path / 'book.db'}", clock=lambda: MOMENT)
    app.init()
    (tmp_path / "notes.csv").write_text(NOTES_CSV)
    app.onboard(tmp_path / "notes.csv")
    lines = ["note_id,kind,effective_date,amount", "A-1,advance,2024-01-15,1000.00"]
    lines += ["A-1,payment,2024-02-15,10.00"] * (rows - 1)
    (tmp_path / "events.csv").write_text("\n".join(lines) + "\n")
    with app.audited_write("ops", "onboard", "api") as line:
        report = app.onboard(tmp_path / "events.csv")
    assert report.applied_rows == rows and line.target == target


@pytest.mark.parametrize("seed", range(3))
def test_prepared_rows_refused_at_the_write_take_the_unit_of_work_with_the_same_entries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    """A worker sends a prepared chunk back without its entries; if its rows cannot be written as
    prepared (here: every note "moved"), the entries are worked out again and the unit of work
    writes what it would have written."""
    from promissory.book.store import Book

    monkeypatch.setattr(onboarding, "CHUNK_ROWS", 1 + seed % 4)
    text = _events_csv(seed)
    alone = _onboarded(tmp_path / "one", text, 1)
    monkeypatch.setattr(Book, "append_prepared", lambda self, prepared: False)
    together = _onboarded(tmp_path / "two", text, 2)
    assert together == alone
