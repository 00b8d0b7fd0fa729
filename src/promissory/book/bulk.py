"""Reading the whole book in chunks of notes, at one read point (the portfolio and its snapshot).

:func:`note_chunks` pages through the notes by id (keyset paging: ``id > last``), a chunk of
notes and then all their events by one range query, so memory holds one chunk whatever the book's
size.  Every chunk is read inside **one** read transaction: under SQLite's WAL that transaction
sees the book as it was when it began, and on PostgreSQL the transaction is ``REPEATABLE READ``,
so a write committed meanwhile is seen by no chunk — the figures are those of one moment.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa

from promissory.book.schema import events as events_table
from promissory.book.schema import notes as notes_table
from promissory.book.store import Book
from promissory.errors import BookError

__all__ = ["NoteRows", "count_notes", "note_chunks"]


@dataclass(frozen=True, slots=True)
class NoteRows:
    """A note as stored: its terms text and its events as (seq, kind, effective date, payload)."""

    note_id: str
    terms: str
    events: tuple[tuple[int, str, date, str], ...]


def count_notes(book: Book) -> int:
    book.create_required()
    with book.read() as conn:
        return int(conn.scalar(sa.select(sa.func.count()).select_from(notes_table)) or 0)


def note_chunks(
    book: Book, size: int = 5000, note_ids: Collection[str] | None = None
) -> Iterator[list[NoteRows]]:
    """Every note with its events (or the notes of ``note_ids`` that are in the book), ``size``
    notes at a time, all read at one read point."""
    if size < 1:
        raise ValueError(f"chunk size {size} must be at least 1")
    if note_ids is not None:
        yield from _chosen_chunks(book, size, sorted(set(note_ids)))
        return
    book.create_required()
    n, e = notes_table.c, events_table.c
    engine = book.engine
    if book.dialect == "postgresql":
        engine = engine.execution_options(isolation_level="REPEATABLE READ")
    try:
        with engine.connect() as conn, conn.begin():
            last: str | None = None
            while True:
                query = sa.select(n.id, n.terms).order_by(n.id).limit(size)
                if last is not None:
                    query = query.where(n.id > last)
                notes = conn.execute(query).all()
                if not notes:
                    return
                first, last = notes[0].id, notes[-1].id
                rows = conn.execute(
                    sa.select(e.note_id, e.seq, e.kind, e.effective_date, e.payload)
                    .where(e.note_id >= first, e.note_id <= last)
                    .order_by(e.note_id, e.seq)
                )
                by_note: dict[str, list[tuple[int, str, date, str]]] = {}
                for r in rows:
                    by_note.setdefault(r.note_id, []).append(
                        (r.seq, r.kind, r.effective_date, r.payload)
                    )
                yield [NoteRows(x.id, x.terms, tuple(by_note.get(x.id, ()))) for x in notes]
    except sa.exc.OperationalError as error:
        raise BookError(f"book {book.url}: {error.orig}") from None


def _chosen_chunks(book: Book, size: int, ids: list[str]) -> Iterator[list[NoteRows]]:
    """The notes of ``ids`` (sorted) that are in the book, by chunks of ``size`` ids, at one
    read point: each chunk by ``id IN (...)``, so the other notes are never read."""
    book.create_required()
    n, e = notes_table.c, events_table.c
    engine = book.engine
    if book.dialect == "postgresql":
        engine = engine.execution_options(isolation_level="REPEATABLE READ")
    try:
        with engine.connect() as conn, conn.begin():
            for start in range(0, len(ids), size):
                chunk = ids[start : start + size]
                notes = conn.execute(
                    sa.select(n.id, n.terms).where(n.id.in_(chunk)).order_by(n.id)
                ).all()
                if not notes:
                    continue
                rows = conn.execute(
                    sa.select(e.note_id, e.seq, e.kind, e.effective_date, e.payload)
                    .where(e.note_id.in_(chunk))
                    .order_by(e.note_id, e.seq)
                )
                by_note: dict[str, list[tuple[int, str, date, str]]] = {}
                for r in rows:
                    by_note.setdefault(r.note_id, []).append(
                        (r.seq, r.kind, r.effective_date, r.payload)
                    )
                yield [NoteRows(x.id, x.terms, tuple(by_note.get(x.id, ()))) for x in notes]
    except sa.exc.OperationalError as error:
        raise BookError(f"book {book.url}: {error.orig}") from None
