"""Reading the whole book in chunks of notes, at one read point (the portfolio and its snapshot).

:func:`note_chunks` pages through the notes by id (keyset paging: ``id > last``), a chunk of
notes and then all their events by one range query, so memory holds one chunk whatever the book's
size.  Every chunk is read inside **one** read transaction: under SQLite's WAL that transaction
sees the book as it was when it began, and on PostgreSQL the transaction is ``REPEATABLE READ``,
so a write committed meanwhile is seen by no chunk — the figures are those of one moment.

:func:`columnar_chunks` reads the book for the columnar portfolio engine (issue 15): per chunk of
notes, the stored columns of the notes it covers (``note_columns``) and the columns of their
events (kind, date, currency, amount in minor units) as **CSV text made by the database** —
SQLite's ``group_concat``, PostgreSQL's ``COPY … TO STDOUT`` — which Polars parses column-wise,
so no terms file is parsed and no event becomes a Python object.  The notes without stored
columns come as :class:`NoteRows` (terms text and payloads) for the per-note engine, and so do,
on request and at the same read point, the notes the columnar engine hands back.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

import sqlalchemy as sa

from promissory.book.schema import events as events_table
from promissory.book.schema import note_columns as note_columns_table
from promissory.book.schema import notes as notes_table
from promissory.book.store import Book
from promissory.errors import BookError

__all__ = ["EVENT_CSV", "NOTE_CSV", "ColumnarChunk", "NoteRows", "columnar_chunks", "count_notes",
           "note_chunks"]  # fmt: skip

#: the columns of :attr:`ColumnarChunk.notes`, in order (``revolving`` as 0 or 1)
NOTE_CSV: Final = ("note_id", "lender", "borrower", "currency", "issue_date", "maturity", "scale",
                   "commitment", "revolving", "last_draw_date", "rate", "rate_places", "basis",
                   "round_shift", "round_mode")  # fmt: skip
#: the columns of :attr:`ColumnarChunk.events`, in order
EVENT_CSV: Final = ("note_id", "seq", "kind", "effective_date", "currency", "amount_minor")
#: free text, quoted (note ids match the terms codec's ``ID_PATTERN`` and kinds are names: a
#: comma or quote in either would make a line the CSV reader refuses, never a wrong figure)
_QUOTED: Final = frozenset({"lender", "borrower"})


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


@dataclass(frozen=True, slots=True)
class ColumnarChunk:
    """A chunk of notes read for the columnar engine (see the module docstring).

    ``notes``: CSV (no header, :data:`NOTE_CSV`) of the chunk's notes with stored columns;
    ``events``: CSV (:data:`EVENT_CSV`) of the events of every note of the chunk; ``others``: the
    notes without stored columns, as stored; ``rows(ids)``: notes of this chunk as stored, read at
    the same read point (valid until the next chunk is asked for); ``last``: no chunk follows
    (asking for one ends the read transaction).
    """

    notes: bytes
    events: bytes
    others: list[NoteRows]
    rows: Callable[[Sequence[str]], list[NoteRows]]
    last: bool = False


def _stored(conn: sa.Connection, ids: Sequence[str]) -> list[NoteRows]:
    """The notes of ``ids`` with their terms text and events' payloads."""
    n, e = notes_table.c, events_table.c
    out: list[NoteRows] = []
    for start in range(0, len(ids), 1000):
        part = list(ids[start : start + 1000])
        notes = conn.execute(sa.select(n.id, n.terms).where(n.id.in_(part)).order_by(n.id)).all()
        rows = conn.execute(
            sa.select(e.note_id, e.seq, e.kind, e.effective_date, e.payload)
            .where(e.note_id.in_(part))
            .order_by(e.note_id, e.seq)
        )
        by_note: dict[str, list[tuple[int, str, date, str]]] = {}
        for r in rows:
            by_note.setdefault(r.note_id, []).append((r.seq, r.kind, r.effective_date, r.payload))
        out += [NoteRows(x.id, x.terms, tuple(by_note.get(x.id, ()))) for x in notes]
    return out


def _csv_sqlite(conn: sa.Connection, table: str, columns: Sequence[str], where: str,
                params: dict[str, Any]) -> bytes:  # fmt: skip
    """The rows of ``table`` as CSV lines made by SQLite (``group_concat``): text columns quoted
    with their quotes doubled, NULL as an empty field."""
    fields = []
    for name in columns:
        if name in _QUOTED:
            fields.append(f"'\"' || replace({name}, '\"', '\"\"') || '\"'")
        else:
            fields.append(f"coalesce({name}, '')")
    line = " || ',' || ".join(fields)
    text = conn.scalar(
        sa.text(f"SELECT group_concat({line}, char(10)) FROM {table} WHERE {where}"), params
    )
    return (str(text) + "\n").encode() if text else b""


def _csv_postgres(conn: sa.Connection, table: str, columns: Sequence[str], where: str,
                  params: dict[str, Any]) -> bytes:  # fmt: skip
    """The rows of ``table`` as CSV made by PostgreSQL (``COPY (SELECT …) TO STDOUT``)."""
    from psycopg import sql

    cols = ", ".join(f"{c}::int" if c == "revolving" else c for c in columns)
    # COPY takes no bound parameters: the values are quoted as literals by psycopg
    raw: Any = conn.connection.driver_connection
    literal = {k: sql.Literal(v).as_string(raw) for k, v in params.items()}
    statement = f"COPY (SELECT {cols} FROM {table} WHERE {where.format(**literal)}) TO STDOUT " \
                "(FORMAT csv)"  # fmt: skip
    out = bytearray()
    with raw.cursor() as cursor, cursor.copy(statement) as copy:
        for data in copy:
            out += data
    return bytes(out)


def columnar_chunks(
    book: Book, size: int = 50000, note_ids: Collection[str] | None = None
) -> Iterator[ColumnarChunk]:
    """Every note (or those of ``note_ids``), ``size`` notes at a time, at one read point, for the
    columnar engine (:class:`ColumnarChunk`)."""
    if size < 1:
        raise ValueError(f"chunk size {size} must be at least 1")
    book.create_required()
    engine = book.engine
    postgres = book.dialect == "postgresql"
    if postgres:
        engine = engine.execution_options(isolation_level="REPEATABLE READ")
    n = notes_table.c
    try:
        with engine.connect() as conn, conn.begin():

            def csv(table: str, columns: Sequence[str], where: str,
                    params: dict[str, Any]) -> bytes:  # fmt: skip
                if postgres:
                    return _csv_postgres(conn, table, columns, where, params)
                sqlite_where = where.replace("{", ":").replace("}", "")
                return _csv_sqlite(conn, table, columns, sqlite_where, params)

            def chunk(
                where: str, params: dict[str, Any], ids: list[str] | None, last: bool
            ) -> ColumnarChunk:
                found = where.format(**{k: f"{{{k}}}" for k in params})
                notes = csv("note_columns", NOTE_CSV, found, params)
                events = csv("events", EVENT_CSV, found, params)
                query = sa.select(n.id).where(
                    ~sa.exists().where(note_columns_table.c.note_id == n.id)
                ).order_by(n.id)  # fmt: skip
                if ids is not None:
                    query = query.where(n.id.in_(ids))
                else:
                    query = query.where(n.id > params["lo"])
                    if "hi" in params:
                        query = query.where(n.id <= params["hi"])
                others = _stored(conn, list(conn.scalars(query)))
                return ColumnarChunk(notes, events, others, lambda ids: _stored(conn, ids), last)

            if note_ids is not None:
                chosen = sorted(set(note_ids))
                step = min(size, 1000)  # ids as bound values: within every backend's limit
                for start in range(0, len(chosen), step):
                    part = chosen[start : start + step]
                    marks = ", ".join(f"{{i{k}}}" for k in range(len(part)))
                    yield chunk(f"note_id IN ({marks})", {f"i{k}": x for k, x in enumerate(part)},
                                part, start + step >= len(chosen))  # fmt: skip
                return
            lo = ""
            while True:
                hi = conn.scalar(
                    sa.select(n.id).where(n.id > lo).order_by(n.id).limit(1).offset(size - 1)
                )
                if hi is None:
                    yield chunk("note_id > {lo}", {"lo": lo}, None, True)
                    return
                yield chunk("note_id > {lo} AND note_id <= {hi}", {"lo": lo, "hi": hi}, None, False)
                lo = hi
    except sa.exc.OperationalError as error:
        raise BookError(f"book {book.url}: {error.orig}") from None
