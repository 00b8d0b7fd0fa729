"""Onboarding's prepared path (a chunk of notes with no events yet, worked out before its
transaction) stores on each backend exactly what the unit of work stores for the same file: every
column of every event row (``COPY`` on PostgreSQL, tuples on SQLite, for a batch this size), the
notes' heads — and a re-run of the file finds every row already there."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from promissory.app import Promissory, onboarding
from promissory.book.store import COPY_FROM, Book

MOMENT = datetime(2026, 2, 2, 8, 0, tzinfo=UTC)
NOTES = [f"P-{i}" for i in range(8)]


def _files(folder: Path) -> tuple[Path, Path]:
    notes, events = folder / "notes.csv", folder / "events.csv"
    notes.write_text("id,borrower,lender,issue_date,maturity,commitment,rate\n" + "".join(
        f"{n},Borrower {n},Bank,2024-01-01,2026-01-01,10000000.00,0.0{i % 5 + 4}\n"
        for i, n in enumerate(NOTES)))  # fmt: skip
    rows = ["note_id,kind,effective_date,amount,memo,key"]
    for i, n in enumerate(NOTES):
        rows.append(f"{n},advance,2024-01-1{i % 9},250000.00,first draw,")
        rows += [f"{n},payment,2024-{2 + k:02d}-01,{1000 + i}.25,,{'k' + str(k) if k % 4 == 0 else ''}"
                 for k in range(10)]  # fmt: skip
        rows.append(f"{n},expense,2024-12-15,75.00,counsel \u2014 caf\u00e9,")
    events.write_text("\n".join(rows) + "\n")
    assert len(rows) - 1 >= COPY_FROM
    return notes, events


def _stored(app: Promissory) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    with app.book.engine.connect() as conn:
        events = [tuple(r) for r in conn.exec_driver_sql(
            "SELECT * FROM events ORDER BY note_id, seq")]  # fmt: skip
        heads = [tuple(r) for r in conn.exec_driver_sql(
            "SELECT id, head, head_hash FROM notes ORDER BY id")]  # fmt: skip
    return events, heads


def test_the_prepared_path_stores_what_the_unit_of_work_stores(
    two_book_urls: tuple[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes, events = _files(tmp_path)
    landed: list[bool] = []
    append = Book.append_prepared

    def spy(book: Book, prepared: Any) -> bool:
        landed.append(append(book, prepared))
        return landed[-1]

    monkeypatch.setattr(Book, "append_prepared", spy)
    outcomes = []
    for url, prepared in zip(two_book_urls, (True, False), strict=True):
        if not prepared:  # every chunk declined: the unit of work writes it
            monkeypatch.setattr(onboarding, "prepare_fresh", lambda *args, **kwargs: None)
        app = Promissory(url, clock=lambda: MOMENT)
        app.init()
        app.onboard(notes)
        report = app.onboard(events)
        again = app.onboard(events)
        assert report.applied_rows == 8 * 12 and not report.rejected
        assert again.present_rows == 8 * 12 and again.applied_rows == 0
        assert app.verify() == []
        assert landed == ([True] if prepared else [])  # one chunk, written as prepared
        landed.clear()
        outcomes.append(_stored(app))
        app.book.engine.dispose()
    assert outcomes[0] == outcomes[1]
