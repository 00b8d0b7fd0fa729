"""The portfolio read from the book's stored columns (revision 0008) gives the per-note engine's
figures on every note, on SQLite and on PostgreSQL; ``verify`` catches a stored column that
disagrees with the terms or the event it was derived from.

The notes are written as a book stores them (``Book.insert_note`` and ``Book.append_batch``, with
no replay), so the book holds events the per-note engine refuses, as a book written before a rule
existed might: the columnar engine hands those notes back, as it does from a snapshot.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from portfolio_books import ISSUE, TERMS, chunk, notes, seeded
from test_columnar_equals_per_note import _comparable

from pg_test_server import PG_ADMIN, pg_admin_engine
from promissory.app import Promissory
from promissory.book.store import Append, Book
from promissory.core.events import Event
from promissory.portfolio.frame import chunk_figures

AT = datetime(2026, 12, 1, tzinfo=UTC)


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def book_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """An empty book's URL on each backend (PostgreSQL: a fresh schema; unreachable, the test
    skips, or fails under CI=true)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('book') / 'book.db'}"
        return
    admin = pg_admin_engine()
    schema = f"pb_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
    yield f"{PG_ADMIN}?options=-csearch_path%3D{schema}"
    with admin.connect() as conn:
        conn.execute(sa.text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
    admin.dispose()


@pytest.fixture(scope="module")
def app(book_url: str) -> Iterator[Promissory]:
    book = Book(book_url)
    book.create()
    yield Promissory(book)
    book.engine.dispose()


def _store(app: Promissory, given_notes: list[tuple[str, list[Event]]]) -> None:
    """Write the notes and their events as the book stores them (no replay, no refusal)."""
    with app.book.write() as conn:
        for text, _ in given_notes:
            note_id = text.split('id = "', 1)[1].split('"', 1)[0]
            Book.insert_note(conn, note_id, text, AT, "test")
    batch = [Append(text.split('id = "', 1)[1].split('"', 1)[0], tuple(events), 0)
             for text, events in given_notes if events]  # fmt: skip
    if batch:
        app.book.append_batch(batch)


def _frames(app: Promissory, as_of: date, **kwargs: Any) -> tuple[Any, pl.DataFrame]:
    frames: list[pl.DataFrame] = []
    report = app.portfolio(as_of, on_figures=frames.append, **kwargs)
    return report, pl.concat(frames) if frames else pl.DataFrame()


def _renamed(
    given_notes: list[tuple[str, list[Event]]], prefix: str
) -> list[tuple[str, list[Event]]]:
    from dataclasses import replace

    out = []
    for text, events in given_notes:
        old = text.split('id = "', 1)[1].split('"', 1)[0]
        new = f"{prefix}-{old}"
        out.append((text.replace(f'id = "{old}"', f'id = "{new}"'),
                    [replace(e, note_id=new) for e in events]))  # fmt: skip
    return out


def test_the_whole_book_by_chunks_equals_the_per_note_engine(app: Promissory) -> None:
    """Three hundred notes read by chunks of 7 from the stored columns: every figure of every
    note equals the per-note engine's from the terms files and payloads, and the snapshot's."""
    given_notes = _renamed(seeded(300, 15), "W")
    _store(app, given_notes)
    as_of = date(2023, 6, 30)
    ids = [text.split('id = "', 1)[1].split('"', 1)[0] for text, _ in given_notes]
    report, columnar = _frames(app, as_of, chunk_size=7)
    _, per_note = _frames(app, as_of, engine="per-note")
    columnar = columnar.filter(pl.col("note_id").is_in(ids))
    per_note = per_note.filter(pl.col("note_id").is_in(ids))
    assert columnar.height == per_note.height == 300
    assert 0 < (columnar["path"] == "columnar").sum() < 300  # both paths taken
    assert _comparable(columnar) == _comparable(per_note)
    snapshot = chunk_figures(*chunk(given_notes), as_of)
    assert _comparable(snapshot) == _comparable(columnar)
    assert report.notes >= 300


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])  # fmt: skip
@given(data=st.data())
def test_every_figure_read_from_the_book_matches(app: Promissory, data: st.DataObject) -> None:
    """Random portfolios (the property of test_columnar_equals_per_note), written to the book
    and read back from its stored columns (the notes chosen by id), against the per-note engine."""
    count = data.draw(st.integers(1, 12))
    prefix = uuid.uuid4().hex[:8]
    given_notes = _renamed([data.draw(notes(i)) for i in range(count)], prefix)
    as_of = ISSUE + timedelta(days=data.draw(st.integers(0, 3000)))
    _store(app, given_notes)
    ids = [text.split('id = "', 1)[1].split('"', 1)[0] for text, _ in given_notes]
    _, columnar = _frames(app, as_of, note_ids=ids)
    _, per_note = _frames(app, as_of, note_ids=ids, engine="per-note")
    assert columnar.height == per_note.height == count
    assert _comparable(columnar) == _comparable(per_note)


NOTE = TERMS.format(
    id="T-1", borrower="Acme", lender="Bank A", issue=ISSUE, currency="USD",
    commitment="100000.00", revolving="false", maturity=date(2024, 1, 1), draw="",
    rate="0.08", day_count="ACT/360", payable="", quantum="0.01", mode="half-up",
)  # fmt: skip


def _tampered_book(tmp_path: Path) -> Promissory:
    from promissory.core.events import Advance
    from promissory.core.money import Money

    app = Promissory(f"sqlite:///{tmp_path / 'book.db'}")
    app.book.create()
    _store(app, [(NOTE, [Advance(note_id="T-1", seq=1, effective_date=date(2020, 2, 1),
                                 recorded_at=AT, amount=Money.of("5000.00", "USD"))])])  # fmt: skip
    assert app.verify() == []
    return app


def test_verify_catches_a_tampered_note_column(tmp_path: Path) -> None:
    """The stored rate is what the columnar engine computes with: changed outside promissory,
    the portfolio's interest would change, and verify names the column."""
    app = _tampered_book(tmp_path)
    with app.book.engine.begin() as conn:
        conn.execute(sa.text("UPDATE note_columns SET rate = 9 WHERE note_id = 'T-1'"))
    problems = app.verify()
    assert [(p.note_id, p.seq, p.what) for p in problems] == [("T-1", 0, "inconsistent")]
    assert "rate = 9 (terms: 8)" in problems[0].message


def test_verify_catches_a_removed_or_invented_note_columns_row(tmp_path: Path) -> None:
    app = _tampered_book(tmp_path)
    with app.book.engine.begin() as conn:
        row = conn.execute(sa.text("SELECT * FROM note_columns")).mappings().one()
        conn.execute(sa.text("DELETE FROM note_columns"))
    assert [(p.seq, p.what) for p in app.verify()] == [(0, "inconsistent")]
    with app.book.engine.begin() as conn:  # a row for terms the engine does not cover
        other = NOTE.replace('"T-1"', '"T-2"').replace("ACT/360", "30/360 US")
        Book.insert_note(conn, "T-2", other, AT, "test")
        conn.execute(sa.insert(sa.table("note_columns", *(sa.column(k) for k in row))),
                     {**row, "note_id": "T-1"})  # fmt: skip
        conn.execute(sa.insert(sa.table("note_columns", *(sa.column(k) for k in row))),
                     {**row, "note_id": "T-2"})  # fmt: skip
    assert [(p.note_id, p.what) for p in app.verify()] == [("T-2", "inconsistent")]


def test_verify_catches_a_tampered_event_amount(tmp_path: Path) -> None:
    """The advance's amount in minor units is what the columnar engine advances."""
    app = _tampered_book(tmp_path)
    with app.book.engine.begin() as conn:
        conn.execute(sa.text("UPDATE events SET amount_minor = 900000 WHERE note_id = 'T-1'"))
    problems = app.verify()
    assert [(p.note_id, p.seq, p.what) for p in problems] == [("T-1", 1, "inconsistent")]
    assert "amount_minor" in problems[0].message
    with app.book.engine.begin() as conn:
        conn.execute(sa.text("UPDATE events SET amount_minor = 500000, currency = 'EUR'"))
    assert [(p.seq, p.what) for p in app.verify()] == [(1, "inconsistent")]


def test_events_in_any_order_are_laid_out_by_note_and_sequence() -> None:
    """The database's CSV in any order, with events of a note that has no stored columns: each
    event finds its note, the others are left out, and they come out by note and sequence."""
    from promissory.portfolio.snapshot import csv_frames

    notes = (b'"A","L","B",USD,2020-01-01,2024-01-01,2,100,0,2024-01-01,8,2,360,0,half-up\n'
             b'"C","L","B",USD,2020-01-01,2024-01-01,2,100,1,2024-01-01,8,2,360,0,half-up\n')  # fmt: skip
    events = (b'"C",2,"payment",2020-03-01,USD,5\n"B",1,"advance",2020-02-01,USD,9\n'
              b'"A",1,"advance",2020-02-01,USD,10\n"C",1,"advance",2020-02-01,,\n'
              b'"A",2,"expense",2020-02-02,USD,1\n')  # fmt: skip
    note_frame, event_frame = csv_frames(notes, events)
    assert note_frame["note_id"].to_list() == ["A", "C"]
    assert note_frame["revolving"].to_list() == [False, True]
    assert event_frame.select("note_id", "note_index", "seq", "amount").rows() == [
        ("A", 0, 1, 10), ("A", 0, 2, 1), ("C", 1, 1, None), ("C", 1, 2, 5)]  # fmt: skip
    assert event_frame["currency"].to_list() == ["USD", "USD", None, "USD"]
