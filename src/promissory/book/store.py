"""The book: notes and their append-only event ledgers, on SQLite or PostgreSQL.

**Writes.**  Every append runs in one transaction that first *locks the note's row* (``SELECT … FOR
UPDATE`` on PostgreSQL; ``BEGIN IMMEDIATE`` on SQLite, which takes the database's write lock before
reading), checks that the note's head is the sequence number the writer expected (optimistic
concurrency), inserts the events with ``seq`` = head + 1, + 2, … chained by hash, moves the head and
drops the checkpoints the new events make stale.  A writer whose expectation is stale gets
:class:`~promissory.errors.Conflict` and nothing is written; two writers can never both append
``n + 1``, and the ``(note_id, seq)`` key would refuse it if they tried.  A write with an
idempotency key already used on the note is refused by a unique constraint (the application layer
turns that into "return the first result").

**Reads** see committed data only.  ``known_on`` limits a read to the events recorded by then.

**The chain covers the terms.**  Adding a note hashes its canonical *creation record* — its id, the
terms TOML exactly as stored, when and by whom it was added (:func:`creation_record`) — chained to
64 zeros: that ``creation_hash`` is kept with the note and is its head until event #1, which chains
to it.  So editing a note's terms breaks the chain like editing an event does: the creation record
no longer matches its hash, and if the hash is recomputed too, event #1 (or, with no events, the
head) no longer chains to it.  Amendments are events, hashed like any other.  (Notes added before
revision 0003 keep event #1 chained to zeros; they get a creation hash that catches a terms edit
which leaves that hash alone — see docs/storage.md.)

**Checkpoints** are caches bound twice: to the event they were taken through (its ``seq`` and chain
hash) and to their own content (``state_hash`` = :func:`checkpoint_hash`).  The reader skips one
whose hashes no longer hold; ``Promissory.verify`` also re-derives each by replay.

**Text limits** (:data:`promissory.book.schema.LIMITS`) are checked here, before any write, so an
over-long ``recorded_by`` or idempotency key gets :class:`~promissory.errors.InvalidInput` naming
the field on SQLite as on PostgreSQL.

The book stores and returns records; it computes nothing about the note (that is the core's job).
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import weakref
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext
from contextvars import ContextVar
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from promissory.book import migrate
from promissory.book.quick import DriverReads
from promissory.book.schema import check_length
from promissory.book.schema import checkpoints as checkpoints_table
from promissory.book.schema import events as events_table
from promissory.book.schema import note_columns as note_columns_table
from promissory.book.schema import notes as notes_table
from promissory.codec.columns import NOTE_COLUMNS, event_columns, note_columns
from promissory.codec.events_json import event_from_dict, event_to_dict
from promissory.codec.terms_toml import dumps_terms, loads_stored_terms, loads_terms_alike
from promissory.core.events import Event, Reversal, stamped
from promissory.core.terms import Terms
from promissory.errors import BookError, Conflict, InvalidInput, NotFound, PromissoryError

DEFAULT_BOOK = "sqlite:///promissory.db"
#: How many notes an error naming "the notes in the book" lists at most.
NAMED = 20
GENESIS = "0" * 64
#: How many ids or keys one ``IN (…)`` list holds (a chunk's notes are read a few hundred at once).
IN_LIST = 500


def book_url(url: str | None = None) -> str:
    """The book's URL: the argument, else ``PROMISSORY_BOOK``, else ``./promissory.db``.

    A plain path is taken as a SQLite file; ``postgresql://`` URLs use psycopg 3.
    """
    url = url or os.environ.get("PROMISSORY_BOOK") or DEFAULT_BOOK
    if "://" not in url:
        url = f"sqlite:///{Path(url)}"
    if url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def canonical(payload: dict[str, Any]) -> str:
    """The canonical JSON of an event payload (sorted keys, no spaces): what the hash covers."""
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def chain_hash(prev_hash: str, payload_json: str) -> str:
    """SHA-256 over the predecessor's hash, a newline and the canonical payload (hex)."""
    return hashlib.sha256((prev_hash + "\n" + payload_json).encode()).hexdigest()


def settlement_column(payload: dict[str, Any]) -> str | None:
    """The ``events.settlement_id`` column for an event's payload: its settlement, None for none."""
    value = payload.get("settlement_id")
    return value if isinstance(value, str) and value else None


def creation_record(note_id: str, terms_text: str, created_at: datetime, created_by: str) -> str:
    """The canonical JSON of a note's creation: what its creation hash covers (terms included)."""
    return canonical(
        {
            "record": "note",
            "note_id": note_id,
            "terms": terms_text,
            "created_at": utc(created_at).isoformat(),
            "created_by": created_by,
        }
    )


def creation_hash(note_id: str, terms_text: str, created_at: datetime, created_by: str) -> str:
    """The first link of a note's chain: its creation record chained to 64 zeros."""
    return chain_hash(GENESIS, creation_record(note_id, terms_text, created_at, created_by))


def checkpoint_hash(note_id: str, through: date, seq: int, chain: str, state: str) -> str:
    """A checkpoint's content hash: its state bound to its note, day and chain position."""
    bound = canonical({"note_id": note_id, "through": through.isoformat(), "seq": seq})
    return chain_hash(chain, bound + "\n" + state)


#: A note's row by id, built once: a request reads it on every call, and a statement built per call
#: costs SQLAlchemy its construction and its cache key (about 70 µs of 180 on PostgreSQL).
_NOTE_ROW = sa.select(
    notes_table.c.terms,
    notes_table.c.created_at,
    notes_table.c.head,
    notes_table.c.head_hash,
    notes_table.c.creation_hash,
).where(notes_table.c.id == sa.bindparam("note_id"))


#: The notes' rows locked (``SELECT … FOR UPDATE`` in id order), built once: every write runs it.
_LOCK_ROWS = (
    sa.select(
        notes_table.c.id,
        notes_table.c.terms,
        notes_table.c.created_at,
        notes_table.c.head,
        notes_table.c.head_hash,
        notes_table.c.creation_hash,
    )
    .where(notes_table.c.id.in_(sa.bindparam("note_ids", expanding=True)))
    .order_by(notes_table.c.id)
    .with_for_update()
)


@lru_cache(maxsize=1024)
def _terms(text: str) -> Terms:
    """Parsed terms, cached by their text (a note's terms never change once stored)."""
    return loads_stored_terms(text)


def stored_terms(text: str) -> Terms:
    """A note's terms from the text the book stores (parsed once by text, a bounded cache)."""
    return _terms(text)


#: From this many rows on, PostgreSQL gets a batch of events by ``COPY`` (see :func:`insert_events`).
COPY_FROM = 64


#: The ``events`` columns in table order: the order of an events row as a tuple
#: (:func:`insert_event_tuples`).
EVENT_COLUMNS: tuple[str, ...] = tuple(c.name for c in events_table.columns)


def insert_events(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    """Insert events rows (dicts keyed by the ``events`` columns) in the connection's transaction:
    :func:`insert_event_tuples` of their values in column order."""
    if not rows:
        return
    values = itemgetter(*EVENT_COLUMNS)
    insert_event_tuples(conn, [
        values(row if "amount_minor" in row else with_event_columns(row)) for row in rows
    ])  # fmt: skip


def insert_event_tuples(conn: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
    """Insert events rows, each a tuple of its values in :data:`EVENT_COLUMNS` order, in the
    connection's transaction.

    PostgreSQL streams a batch with ``COPY events … FROM STDIN`` (onboarding and import write
    thousands of rows to a transaction); SQLite gets a batch as tuples through the driver,
    processed by SQLAlchemy's own bind processors; a few rows take one multi-row insert.  A
    duplicate (note, seq) or idempotency key raises :class:`sqlalchemy.exc.IntegrityError` either way.
    """
    if not rows:
        return
    if conn.dialect.name == "sqlite" and len(rows) >= COPY_FROM:
        statement, columns = _sqlite_insert(conn.dialect)
        processed = [(i, process) for i, (_, process) in enumerate(columns) if process is not None]
        batch: list[tuple[Any, ...]] = []
        for row in rows:  # each row's values processed where SQLAlchemy would
            cells = list(row)
            for i, process in processed:
                cells[i] = process(cells[i])
            batch.append(tuple(cells))
        conn.exec_driver_sql(statement, batch)
        return
    if conn.dialect.name != "postgresql" or len(rows) < COPY_FROM:
        conn.execute(events_table.insert(), [dict(zip(EVENT_COLUMNS, row, strict=True))
                                             for row in rows])  # fmt: skip
        return
    import psycopg  # the PostgreSQL driver, present whenever the dialect is

    statement = f"COPY events ({', '.join(EVENT_COLUMNS)}) FROM STDIN"
    try:
        raw = conn.connection.driver_connection
        with raw.cursor() as cursor, cursor.copy(statement) as copy:  # type: ignore[union-attr]
            for row in rows:
                copy.write_row(row)
    except psycopg.errors.IntegrityError as error:
        raise sa.exc.IntegrityError(statement, None, error) from None


def event_row(note_id: str, event: Event, prev: str, key: str | None,
              as_dict: dict[str, Any] | None = None) -> dict[str, Any]:  # fmt: skip
    """The ``events`` row of ``event`` (stamped with its seq) chained after ``prev`` with
    idempotency ``key``: its canonical payload, its hash and the columns derived from it
    (``as_dict``: the event's :func:`event_to_dict`, if the caller has it)."""
    as_dict = event_to_dict(event) if as_dict is None else as_dict
    payload = canonical(as_dict)
    return {
        "note_id": note_id,
        "seq": event.seq,
        "kind": event.kind,
        "effective_date": event.effective_date,
        "recorded_at": utc(event.recorded_at),
        "recorded_by": event.recorded_by,
        "payload": payload,
        "prev_hash": prev,
        "hash": chain_hash(prev, payload),
        "idempotency_key": key,
        "settlement_id": settlement_column(as_dict),
        **dict(zip(("currency", "amount_minor"), event_columns(as_dict), strict=True)),
    }


@dataclass(frozen=True, slots=True)
class Prepared:
    """A note's events rows worked out ahead of the write (:meth:`Book.append_prepared`): chained
    after ``(head, head_hash)``, which the note must still be at when they are written."""

    note_id: str
    head: int
    head_hash: str
    rows: tuple[dict[str, Any], ...]


_SQLITE_INSERT: weakref.WeakKeyDictionary[Any, tuple[str, tuple[tuple[str, Any], ...]]] = (
    weakref.WeakKeyDictionary()
)


def _sqlite_insert(dialect: Any) -> tuple[str, tuple[tuple[str, Any], ...]]:
    """The ``INSERT INTO events`` statement SQLAlchemy compiles for SQLite and each column's bind
    processor (how it stores a date or a moment as text), kept by dialect: a batch's rows go to the
    driver as tuples, processed as SQLAlchemy would, without its per-row work."""
    kept = _SQLITE_INSERT.get(dialect)
    if kept is None:
        names = list(EVENT_COLUMNS)
        compiled = events_table.insert().compile(dialect=dialect, column_keys=names)
        assert compiled.positiontup == names, compiled.positiontup  # one ``?`` per column, in order
        columns = tuple(
            (c.name, c.type._cached_bind_processor(dialect)) for c in events_table.columns
        )
        kept = _SQLITE_INSERT[dialect] = (str(compiled), columns)
    return kept


def with_event_columns(row: dict[str, Any]) -> dict[str, Any]:
    """``row`` with its ``currency`` and ``amount_minor`` columns, derived from its payload."""
    currency, amount = event_columns(json.loads(row["payload"]))
    return {**row, "currency": currency, "amount_minor": amount}


def insert_note_columns(conn: Connection, notes: Iterable[tuple[str, Terms]]) -> None:
    """The ``note_columns`` rows of ``notes`` (id, terms) the columnar engine covers."""
    rows = [{"note_id": note_id, **cols} for note_id, terms in notes
            if (cols := note_columns(terms)) is not None]  # fmt: skip
    if rows:
        conn.execute(note_columns_table.insert(), rows)


def _record(row: Any) -> NoteRecord:
    """A notes row (terms, created_at, head, head_hash, creation_hash) as a :class:`NoteRecord`."""
    return NoteRecord(_terms(row.terms), utc(row.created_at), row.head, row.head_hash,
                      row.creation_hash)  # fmt: skip


def utc(value: datetime) -> datetime:
    """A moment in UTC (a naive value, as SQLite returns them, is taken to be UTC already); one
    that leaves the calendar once in UTC (9999-12-31T23:59-05:00) is refused, naming it."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    try:
        return value.astimezone(UTC)
    except OverflowError:
        raise InvalidInput(f"moment {value.isoformat()} is outside the calendar in UTC (years 1 "
                           "to 9999)") from None  # fmt: skip


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An event as the book holds it, with its place in the hash chain."""

    event: Event
    prev_hash: str
    hash: str
    idempotency_key: str | None


@dataclass(frozen=True, slots=True)
class Append:
    """Events to append to one note after ``expected_head`` (one entry of a batch)."""

    note_id: str
    events: tuple[Event, ...]
    expected_head: int
    idempotency_key: str | None = None
    #: one key per event (onboarding keys every row), instead of ``idempotency_key`` on the first
    keys: tuple[str | None, ...] = ()


@dataclass(frozen=True, slots=True)
class NoteRecord:
    """A note in the book: its terms, how many events it has and the chain hash of the last."""

    terms: Terms
    created_at: datetime
    head: int
    head_hash: str = GENESIS
    creation_hash: str = GENESIS


@dataclass(frozen=True, slots=True)
class ChainProblem:
    """Something ``verify`` found: the note, the event and what happened to it.

    ``what`` is ``edited``, ``removed``, ``reordered`` or ``inconsistent`` (a copied column that no
    longer agrees with the hashed payload); ``terms`` (the note's creation record, seq 0, was
    edited); the application's ``verify`` adds ``checkpoint`` (a cached state that disagrees with
    its hash or with replay; ``seq`` is the event it was taken through) and ``rule`` (replay finds
    a rule broken, as a write would have refused).
    """

    note_id: str
    seq: int
    what: str
    message: str

    def __str__(self) -> str:
        if self.what == "checkpoint":  # the message names the note and the checkpoint's day
            return f"{self.message} [{self.what}]"
        where = "terms" if self.what == "terms" else f"event #{self.seq}" if self.seq else "note"
        return f"{self.note_id} {where}: {self.message} [{self.what}]"


@dataclass(frozen=True, slots=True)
class StoredCheckpoint:
    """A cached replay state: valid for the ledger whose event ``seq`` has chain hash ``chain_hash``."""

    note_id: str
    through: date
    seq: int
    chain_hash: str
    state: str
    state_hash: str = ""

    @property
    def intact(self) -> bool:
        """Whether the content still matches the hash it was saved with."""
        expected = checkpoint_hash(self.note_id, self.through, self.seq, self.chain_hash,
                                   self.state)  # fmt: skip
        return self.state_hash == expected


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy's "begin" hook below emits BEGIN itself
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=60000")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    # Writers take the write lock before they read the head (BEGIN IMMEDIATE), so two writers never
    # both read head n; readers stay deferred and, under WAL, never wait for writers.
    write = conn.get_execution_options().get("promissory_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


#: The notes' rows read during one request (see :meth:`Book.request_scope`), by book and note.
_REQUEST_NOTES: ContextVar[dict[tuple[int, str], NoteRecord] | None] = ContextVar(
    "promissory_request_notes", default=None
)


#: Connections a book keeps open to PostgreSQL (and how many more it may open under load): enough
#: for the threads of one API worker (its thread pool runs 40), so that a request never opens one.
PG_POOL_SIZE, PG_POOL_OVERFLOW = 20, 30


def _engine(url: str) -> Engine:
    if url.startswith("postgresql"):
        return sa.create_engine(url, pool_size=PG_POOL_SIZE, max_overflow=PG_POOL_OVERFLOW)
    return sa.create_engine(url)


def _checkpoints_before() -> sa.Select[Any]:
    """The four latest checkpoints of a note through a day before ``before``, each with the chain
    hash its event ``seq`` has now (None if the event is gone)."""
    c, e = checkpoints_table.c, events_table.c
    on = sa.and_(e.note_id == c.note_id, e.seq == c.seq)
    return (
        sa.select(c.through, c.seq, c.chain_hash, c.state, c.state_hash, e.hash.label("event_hash"))
        .select_from(checkpoints_table.outerjoin(events_table, on))
        .where(c.note_id == sa.bindparam("note_id"), c.through < sa.bindparam("before"))
        .order_by(c.through.desc())
        .limit(4)
    )


_CHECKPOINTS_BEFORE = _checkpoints_before()


class Book:
    """A servicing book at a database URL."""

    def __init__(self, url: str | None = None, *, engine: Engine | None = None) -> None:
        self.url = book_url(url)
        try:
            self.engine = engine or _engine(self.url)
        except (sa.exc.ArgumentError, ImportError) as error:
            raise BookError(f"cannot open book {self.url!r}: {error}") from None
        if self.engine.dialect.name == "sqlite":
            sa.event.listen(self.engine, "connect", _sqlite_connect)
            sa.event.listen(self.engine, "begin", _sqlite_begin)
        self._writer = self.engine.execution_options(promissory_write=True)
        # Reads on PostgreSQL run in autocommit: under READ COMMITTED each statement sees its own
        # snapshot anyway, and no BEGIN and ROLLBACK round trips wrap a read (SQLite's reads keep
        # their deferred transaction: one snapshot for the whole read under WAL).
        self._reader = (
            self.engine.execution_options(isolation_level="AUTOCOMMIT")
            if self.engine.dialect.name == "postgresql"
            else self.engine
        )
        #: the two reads of the API's quick payoff path, through the driver (promissory.book.quick)
        self.quick = DriverReads(self.engine)
        self._ready = False
        self._held = threading.local()  # the connection of a ``locked`` block, per thread

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    # -- lifecycle ------------------------------------------------------------------------------
    def create(self) -> tuple[str | None, str]:
        """Create the book, or upgrade it to the current schema; returns (revision before, after)."""
        try:
            return migrate.upgrade(self.engine)
        except sa.exc.OperationalError as error:
            raise BookError(f"cannot create book at {self.url}: {error.orig}") from None

    def create_required(self) -> None:
        """Fail unless the book exists at the current schema."""
        self._require()

    @property
    def known_ready(self) -> bool:
        """Whether this book was already found at the current schema (no I/O: the quick reads
        of the API, :mod:`promissory.book.quick`, wait for the full path to have checked)."""
        return self._ready

    def revision(self) -> str | None:
        with self.engine.connect() as conn:
            return migrate.current_revision(conn)

    def exists(self) -> bool:
        database = self.engine.url.database
        sqlite_file = self.engine.dialect.name == "sqlite" and database not in (
            None,
            "",
            ":memory:",
        )
        if sqlite_file and not Path(str(database)).exists():  # looking must not create the file
            return False
        try:
            return sa.inspect(self.engine).has_table("events")
        except sa.exc.OperationalError as error:
            raise BookError(f"cannot open book {self.url}: {error.orig}") from None

    def _require(self) -> None:
        if self._ready:
            return
        if not self.exists():
            raise BookError(f"no book at {self.url}: create it first (init)")
        if self.revision() != migrate.head_revision():
            raise BookError(f"the book at {self.url} has an older schema: migrate it (init)")
        self._ready = True

    @contextmanager
    def locked(self, *note_ids: str) -> Iterator[None]:
        """Hold the notes' write locks: every book call in the block (this thread) is one transaction.

        Writers to one note queue here instead of racing (``SELECT … FOR UPDATE`` of the note's row
        on PostgreSQL, taken in id order so two writers never deadlock; the database write lock on
        SQLite); readers are not blocked.
        """
        self._require()
        if getattr(self._held, "conn", None) is not None:
            raise BookError("a locked block is already open in this thread")
        self._forget_request_notes()
        landed: dict[str, NoteRecord] | None = None
        try:
            with self._writer.begin() as conn:
                records = self._lock_rows(conn, sorted(set(note_ids)))
                self._held.conn, self._held.records = conn, records
                try:
                    yield
                finally:
                    self._held.conn = self._held.records = None
                    self._forget_request_notes()
                landed = records
        except sa.exc.OperationalError as error:
            raise BookError(f"book {self.url}: {error.orig}") from None
        memo = _REQUEST_NOTES.get()
        if memo is not None and landed:  # committed: the rest of the request reads them as written
            memo.update({(id(self), nid): record for nid, record in landed.items()})

    def _held_record(self, note_id: str) -> NoteRecord | None:
        """The note's row as this thread's ``locked`` block holds it (locked, kept current by
        :meth:`append_batch`), if the block locked that note."""
        records: dict[str, NoteRecord] | None = getattr(self._held, "records", None)
        return records.get(note_id) if records is not None else None

    def held_connection(self) -> Connection:
        """The connection of this thread's ``locked`` block (its one transaction)."""
        held: Connection | None = getattr(self._held, "conn", None)
        if held is None:
            raise BookError("no locked block is open in this thread")
        return held

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction (takes SQLite's write lock at once); the held one inside ``locked``."""
        self._forget_request_notes()
        held = getattr(self._held, "conn", None)
        if held is not None:
            with held.begin_nested():
                yield held
            return
        try:
            with self._writer.begin() as conn:
                yield conn
        except sa.exc.OperationalError as error:
            raise BookError(f"book {self.url}: {error.orig}") from None

    @contextmanager
    def read(self) -> Iterator[Connection]:
        held = getattr(self._held, "conn", None)
        if held is not None:
            yield held
            return
        try:
            with self._reader.connect() as conn:
                yield conn
        except sa.exc.OperationalError as error:
            raise BookError(f"book {self.url}: {error.orig}") from None

    # -- notes ----------------------------------------------------------------------------------
    def add_note(self, terms: Terms, *, created_at: datetime, created_by: str = "") -> None:
        self._require()
        check_length("note id", terms.id)
        check_length("created_by", created_by, where=f"note {terms.id}")
        try:
            with self.write() as conn:
                self.insert_note(conn, terms.id, dumps_terms(terms), created_at, created_by)
        except sa.exc.IntegrityError:
            raise InvalidInput(f"note {terms.id!r} is already in the book") from None

    def add_notes(self, notes: Sequence[tuple[Terms, datetime, str]]) -> None:
        """Add several notes (terms, created at, created by) in one insert, all or none: a note
        already in the book refuses the lot with :class:`InvalidInput` (onboarding then adds the
        chunk's notes one by one, to name it)."""
        self._require()
        rows: list[dict[str, Any]] = []
        for terms, created_at, created_by in notes:
            check_length("note id", terms.id)
            check_length("created_by", created_by, where=f"note {terms.id}")
            text = dumps_terms(terms)
            digest = creation_hash(terms.id, text, created_at, created_by)
            rows.append({"id": terms.id, "terms": text, "created_at": utc(created_at),
                         "created_by": created_by, "head": 0, "head_hash": digest,
                         "creation_hash": digest})  # fmt: skip
        if not rows:
            return
        try:
            with self.write() as conn:
                conn.execute(notes_table.insert(), rows)
                insert_note_columns(conn, [(terms.id, terms) for terms, _, _ in notes])
        except sa.exc.IntegrityError:
            ids = ", ".join(r["id"] for r in rows[:NAMED])
            raise InvalidInput(f"one of the notes {ids} … is already in the book") from None

    @staticmethod
    def insert_note(
        conn: Connection,
        note_id: str,
        terms_text: str,
        created_at: datetime,
        created_by: str,
        head: int = 0,
        head_hash: str | None = None,
        creation: str | None = None,
    ) -> str:
        """Insert a note's row; returns its creation hash (computed unless ``creation`` is given,
        as an import gives a migrated note's).  With no events its head is the creation hash."""
        exists = conn.execute(sa.select(notes_table.c.id).where(notes_table.c.id == note_id))
        if exists.first():
            raise InvalidInput(f"note {note_id!r} is already in the book")
        digest = creation or creation_hash(note_id, terms_text, created_at, created_by)
        conn.execute(
            notes_table.insert().values(
                id=note_id,
                terms=terms_text,
                created_at=utc(created_at),
                created_by=created_by,
                head=head,
                head_hash=head_hash or digest,
                creation_hash=digest,
            )
        )
        insert_note_columns(conn, [(note_id, _terms(terms_text))])
        return digest

    def note_ids(self) -> list[str]:
        self._require()
        with self.read() as conn:
            return list(conn.scalars(sa.select(notes_table.c.id).order_by(notes_table.c.id)))

    def has_note(self, note_id: str) -> bool:
        """Whether the book holds note ``note_id`` (a primary-key lookup)."""
        self._require()
        with self.read() as conn:
            hit = conn.scalar(sa.select(notes_table.c.id).where(notes_table.c.id == note_id))
        return hit is not None

    @staticmethod
    def request_scope() -> None:
        """Begin a request (in the current context, e.g. an HTTP request's task): from here on,
        :meth:`note` reads each note's row once and answers again from it, so the several checks
        and reads of one request see one state of the note with one query.  Any write through
        this book (a ``locked`` block, :meth:`write`, :meth:`append_batch`) forgets what was read,
        and reads under a lock always go to the database."""
        _REQUEST_NOTES.set({})

    def _forget_request_notes(self) -> None:
        memo = _REQUEST_NOTES.get()
        if memo:
            memo.clear()

    def note(self, note_id: str) -> NoteRecord:
        held = self._held_record(note_id)
        if held is not None:
            return held
        memo = _REQUEST_NOTES.get()
        if memo is None or getattr(self._held, "conn", None) is not None:
            return self._note(note_id)
        key = (id(self), note_id)
        record = memo.get(key)
        if record is None:
            record = memo[key] = self._note(note_id)
        return record

    def _note(self, note_id: str) -> NoteRecord:
        self._require()
        n = notes_table.c
        # (no note id holds a NUL, and PostgreSQL's text cannot: such an id is simply not here)
        with self.read() as conn:
            row = (
                None if "\x00" in note_id else conn.execute(_NOTE_ROW, {"note_id": note_id}).first()
            )
        if row is None:
            with self.read() as conn:  # name a few, not a whole book of notes
                some = list(conn.scalars(sa.select(n.id).order_by(n.id).limit(NAMED + 1)))
            known = ", ".join(some[:NAMED]) + (" …" if len(some) > NAMED else "") or "none"
            raise NotFound(f"no note {note_id!r} in the book (notes: {known})")
        return NoteRecord(_terms(row.terms), utc(row.created_at), row.head, row.head_hash,
                          row.creation_hash)  # fmt: skip

    def notes(self, note_ids: Iterable[str]) -> dict[str, NoteRecord]:
        """The notes of ``note_ids`` the book holds, by id (:data:`IN_LIST` to a query; absent
        ones are left out): a chunk of onboarding reads its notes' terms and heads at once."""
        self._require()
        n = notes_table.c
        wanted = sorted(set(note_ids))
        out: dict[str, NoteRecord] = {}
        with self.read() as conn:
            for i in range(0, len(wanted), IN_LIST):
                rows = conn.execute(
                    sa.select(
                        n.id, n.terms, n.created_at, n.head, n.head_hash, n.creation_hash
                    ).where(n.id.in_(wanted[i : i + IN_LIST]))
                )
                out.update((r.id, _record(r)) for r in rows)
        return out

    def head(self, note_id: str) -> tuple[int, str]:
        """The note's last event: its sequence number and chain hash ((0, creation hash) if none)."""
        held = self._held_record(note_id)
        if held is not None:
            return held.head, held.head_hash
        n = notes_table.c
        with self.read() as conn:
            row = conn.execute(sa.select(n.head, n.head_hash).where(n.id == note_id)).first()
        if row is None:
            raise NotFound(f"no note {note_id!r} in the book")
        return int(row.head), str(row.head_hash)

    # -- events ---------------------------------------------------------------------------------
    def seq_of_hash(self, note_id: str, hashes: Iterable[str]) -> int | None:
        """The event of the note whose chain hash is one of ``hashes`` (0: its creation record;
        None: none of them) — what an ETag the note had once names."""
        wanted = list(hashes)
        e, n = events_table.c, notes_table.c
        with self.read() as conn:
            seq = conn.scalar(sa.select(e.seq).where(e.note_id == note_id, e.hash.in_(wanted)))
            if seq is None and conn.scalar(
                sa.select(n.id).where(n.id == note_id, n.creation_hash.in_(wanted))
            ):
                return 0
        return int(seq) if seq is not None else None

    def effective_date(self, note_id: str, seq: int) -> date | None:
        """The effective date of event ``seq`` (None if the note has no such event)."""
        e = events_table.c
        with self.read() as conn:
            day = conn.scalar(sa.select(e.effective_date).where(e.note_id == note_id, e.seq == seq))
        return day if isinstance(day, date) else None

    def stored_events(self, note_id: str, *, known_on: datetime | None = None) -> list[StoredEvent]:
        """The note's events in sequence order; with ``known_on``, only those recorded by then."""
        self._require()
        e = events_table.c
        query = (
            sa.select(e.payload, e.prev_hash, e.hash, e.idempotency_key)
            .where(e.note_id == note_id)
            .order_by(e.seq)
        )
        if known_on is not None:
            query = query.where(e.recorded_at <= utc(known_on))
        with self.read() as conn:
            rows = conn.execute(query).all()
        return [
            StoredEvent(
                event_from_dict(json.loads(r.payload)), r.prev_hash, r.hash, r.idempotency_key
            )
            for r in rows
        ]

    def events(self, note_id: str, *, known_on: datetime | None = None) -> list[Event]:
        return [s.event for s in self.stored_events(note_id, known_on=known_on)]

    def events_of_kinds(self, note_id: str, kinds: Iterable[str]) -> list[Event]:
        """The note's events of the given kinds (by the kind index), in sequence order."""
        self._require()
        e = events_table.c
        query = (
            sa.select(e.payload)
            .where(e.note_id == note_id, e.kind.in_(sorted(set(kinds))))
            .order_by(e.seq)
        )
        with self.read() as conn:
            return [event_from_dict(json.loads(p)) for p in conn.scalars(query)]

    def replay_events(self, note_id: str, *, after: date | None, head: int) -> list[Event]:
        """What a replay from a checkpoint through ``after`` needs (see ``replay_from``).

        Events ``1..head`` effective after ``after``, and every reversal; all events when ``after``
        is None.  Sequence order.
        """
        e = events_table.c
        base = sa.select(e.seq, e.payload)
        with self.read() as conn:
            if after is None:
                query = base.where(e.note_id == note_id, e.seq <= head).order_by(e.seq)
                rows = list(conn.execute(query))
            else:
                # ``seq <= head`` is applied here, not in SQL: with it SQLite's planner may walk the
                # primary key (the whole history) instead of the effective-date index.
                later = conn.execute(base.where(e.note_id == note_id, e.effective_date > after))
                reversals = conn.execute(base.where(e.note_id == note_id, e.kind == Reversal.kind))
                found = {r.seq: r for r in (*later, *reversals) if r.seq <= head}
                rows = [found[seq] for seq in sorted(found)]
        return [event_from_dict(json.loads(r.payload)) for r in rows]

    def by_idempotency_key(self, note_id: str, key: str) -> Event | None:
        e = events_table.c
        with self.read() as conn:
            payload = conn.scalar(
                sa.select(e.payload).where(e.note_id == note_id, e.idempotency_key == key)
            )
        return event_from_dict(json.loads(payload)) if payload is not None else None

    def by_idempotency_keys(self, note_id: str, keys: Iterable[str]) -> dict[str, Event]:
        """The note's events written with any of ``keys``, by key (one query per 500 keys)."""
        e = events_table.c
        wanted = sorted(set(keys))
        found: dict[str, Event] = {}
        with self.read() as conn:
            for i in range(0, len(wanted), 500):
                rows = conn.execute(
                    sa.select(e.idempotency_key, e.payload).where(
                        e.note_id == note_id, e.idempotency_key.in_(wanted[i : i + 500])
                    )
                )
                found.update(
                    (r.idempotency_key, event_from_dict(json.loads(r.payload))) for r in rows
                )
        return found

    def by_idempotency_keys_of(
        self, wanted: Mapping[str, Iterable[str]]
    ) -> dict[tuple[str, str], Event]:
        """The events written with any of the keys, note by note (``wanted``: note → keys), by
        (note, key): one query per :data:`IN_LIST` keys of all the notes together."""
        e = events_table.c
        pairs = sorted({(nid, k) for nid, keys in wanted.items() for k in keys})
        found: dict[tuple[str, str], Event] = {}
        with self.read() as conn:
            for i in range(0, len(pairs), IN_LIST):
                part = pairs[i : i + IN_LIST]
                rows = conn.execute(
                    sa.select(e.note_id, e.idempotency_key, e.payload).where(
                        e.note_id.in_(sorted({nid for nid, _ in part})),
                        e.idempotency_key.in_(sorted({k for _, k in part})),
                    )
                )
                asked = set(part)
                found.update(
                    ((r.note_id, r.idempotency_key), event_from_dict(json.loads(r.payload)))
                    for r in rows
                    if (r.note_id, r.idempotency_key) in asked
                )
        return found

    # -- settlements (by the indexed ``settlement_id`` column, never by replay) -------------------
    def settlement_used(self, settlement_id: str) -> bool:
        """Whether any event in the book belongs to settlement ``settlement_id``."""
        self._require()
        e = events_table.c
        with self.read() as conn:
            hit = conn.scalar(sa.select(e.seq).where(e.settlement_id == settlement_id).limit(1))
        return hit is not None

    def settlement_notes(self, settlement_id: str) -> list[str]:
        """The notes holding an event of settlement ``settlement_id``, by id."""
        self._require()
        e = events_table.c
        with self.read() as conn:
            found = conn.scalars(
                sa.select(e.note_id).where(e.settlement_id == settlement_id).distinct()
            )
            return sorted(str(x) for x in found)

    def append(
        self,
        events: Sequence[Event],
        *,
        expected_head: int,
        idempotency_key: str | None = None,
    ) -> list[Event]:
        """Append ``events`` (one note) after sequence ``expected_head``, all or nothing.

        Each event gets ``seq`` = head + 1, + 2, …; returns the events as stored.
        """
        if not events:
            return []
        return self.append_batch(
            [Append(events[0].note_id, tuple(events), expected_head, idempotency_key)]
        )[0]

    def append_batch(self, batch: Sequence[Append]) -> list[list[Event]]:
        """Append to several notes in one transaction: every note's events land, or none do.

        A settlement uses this: the loan is paid and terminated, the assigned notes change holder
        and the collateral is released together.  Notes are locked in id order (no deadlocks).
        """
        self._require()
        for item in batch:
            where = f"note {item.note_id}"
            for key in (item.idempotency_key, *item.keys):
                check_length("idempotency_key", key, where=where)
            for event in item.events:
                check_length("recorded_by", event.recorded_by, where=where)
        out: list[list[Event]] = []
        held: Connection | None = getattr(self._held, "conn", None)
        # inside a locked block: its transaction (no savepoint: a failure fails the whole block)
        # and the heads it read under its locks
        scope = nullcontext(held) if held is not None else self.write()
        self._forget_request_notes()
        try:
            with scope as conn:
                heads = {
                    nid: (r.head, r.head_hash) if (r := self._held_record(nid)) else self._lock(conn, nid)
                    for nid in sorted({a.note_id for a in batch})
                }  # fmt: skip
                rows: list[dict[str, Any]] = []
                moved: dict[str, tuple[int, str]] = {}
                for item in batch:
                    head, prev = heads[item.note_id]
                    if head != item.expected_head:
                        raise Conflict(
                            f"note {item.note_id}: expected to append after event "
                            f"#{item.expected_head}, but the ledger is at #{head}; re-read and "
                            "try again"
                        )
                    stored, heads[item.note_id] = self._append_in(conn, item, head, prev, rows)
                    out.append(stored)
                    moved[item.note_id] = heads[item.note_id]
                insert_events(conn, rows)  # every note's events at once
                if moved:
                    conn.execute(
                        notes_table.update()
                        .where(notes_table.c.id == sa.bindparam("note"))
                        .values(head=sa.bindparam("head"), head_hash=sa.bindparam("head_hash")),
                        [{"note": nid, "head": h, "head_hash": x} for nid, (h, x) in moved.items()],
                    )
                for note_id, (head, prev) in moved.items():
                    record = self._held_record(note_id)
                    if record is not None:
                        self._held.records[note_id] = replace(record, head=head, head_hash=prev)
        except sa.exc.IntegrityError as error:
            raise Conflict(
                f"note {', '.join(sorted({a.note_id for a in batch}))}: another writer recorded "
                f"the same event or idempotency key first; re-read and try again ({error.orig})"
            ) from None
        return out

    def note_texts(self, note_ids: Iterable[str]) -> dict[str, tuple[str, int, str]]:
        """The terms text, head and head hash of the notes of ``note_ids`` the book holds, by id
        (the terms not parsed: a process that prepares rows parses them itself)."""
        self._require()
        n = notes_table.c
        wanted = sorted(set(note_ids))
        out: dict[str, tuple[str, int, str]] = {}
        with self.read() as conn:
            for i in range(0, len(wanted), IN_LIST):
                rows = conn.execute(
                    sa.select(n.id, n.terms, n.head, n.head_hash).where(
                        n.id.in_(wanted[i : i + IN_LIST])
                    )
                )
                out.update((r.id, (r.terms, int(r.head), str(r.head_hash))) for r in rows)
        return out

    def append_prepared(self, prepared: Sequence[Prepared]) -> bool:
        """Write rows prepared ahead (:class:`Prepared`) in one transaction, if every note is still
        at the head they were chained after: the notes' rows are locked (``FOR UPDATE`` in id
        order; SQLite's write lock), their heads compared, the rows inserted and the heads moved.
        Returns False, writing nothing, if any note has moved (the caller then writes anew)."""
        self._require()
        if not prepared:
            return True
        n = notes_table.c
        ids = sorted({p.note_id for p in prepared})
        if len(ids) != len(prepared):
            raise InvalidInput("a note is prepared twice in one write")
        try:
            with self.write() as conn:
                heads: dict[str, tuple[int, str]] = {}
                for i in range(0, len(ids), IN_LIST):
                    rows = conn.execute(
                        sa.select(n.id, n.head, n.head_hash)
                        .where(n.id.in_(ids[i : i + IN_LIST]))
                        .order_by(n.id)
                        .with_for_update()
                    )
                    heads.update((r.id, (int(r.head), str(r.head_hash))) for r in rows)
                if any(heads.get(p.note_id) != (p.head, p.head_hash) for p in prepared):
                    return False  # nothing written yet: the transaction ends empty
                insert_events(conn, [row for p in prepared for row in p.rows])
                conn.execute(
                    notes_table.update()
                    .where(n.id == sa.bindparam("note"))
                    .values(head=sa.bindparam("head"), head_hash=sa.bindparam("head_hash")),
                    [{"note": p.note_id, "head": p.rows[-1]["seq"], "head_hash": p.rows[-1]["hash"]}
                     for p in prepared if p.rows],
                )  # fmt: skip
        except sa.exc.IntegrityError as error:
            raise Conflict(
                f"note {', '.join(ids)}: another writer recorded the same event or idempotency key "
                f"first; re-read and try again ({error.orig})"
            ) from None
        return True

    @staticmethod
    def _lock_rows(conn: Connection, note_ids: Sequence[str]) -> dict[str, NoteRecord]:
        """Lock the notes' rows (``SELECT … FOR UPDATE``, in id order: PostgreSQL locks the rows
        as the sorted query returns them) and read them, :data:`IN_LIST` notes to a query."""
        out: dict[str, NoteRecord] = {}
        for i in range(0, len(note_ids), IN_LIST):
            part = note_ids[i : i + IN_LIST]
            rows = conn.execute(_LOCK_ROWS, {"note_ids": list(part)}).all()
            out.update((r.id, _record(r)) for r in rows)
            missing = next((nid for nid in part if nid not in out), None)
            if missing is not None:
                raise NotFound(f"no note {missing!r} in the book")
        return out

    @staticmethod
    def _lock(conn: Connection, note_id: str) -> tuple[int, str]:
        n = notes_table.c
        row = conn.execute(
            sa.select(n.head, n.head_hash).where(n.id == note_id).with_for_update()
        ).first()
        if row is None:
            raise NotFound(f"no note {note_id!r} in the book")
        return int(row.head), str(row.head_hash)

    def _append_in(
        self, conn: Connection, item: Append, head: int, prev: str, rows: list[dict[str, Any]]
    ) -> tuple[list[Event], tuple[int, str]]:
        """Chain ``item``'s events after ``(head, prev)`` in memory, adding their rows to ``rows``
        (the caller inserts a batch's rows at once), and drop the checkpoints they make stale (a
        note with no events yet has none)."""
        note_id = item.note_id
        stored: list[Event] = []
        impact: date | None = None
        for offset, event in enumerate(item.events, start=1):
            if event.note_id != note_id:
                raise InvalidInput(f"event for note {event.note_id} in a batch for note {note_id}")
            if event.seq != head + offset:
                event = stamped(event, seq=head + offset)
            key = (
                item.keys[offset - 1]
                if item.keys
                else item.idempotency_key
                if offset == 1
                else None
            )
            row = event_row(note_id, event, prev, key)
            rows.append(row)
            prev = row["hash"]
            stored.append(event)
            day = self._impact(conn, event, rows)
            impact = day if impact is None else min(impact, day)
        if impact is not None and head > 0:
            c = checkpoints_table.c
            conn.execute(
                checkpoints_table.delete().where(c.note_id == note_id, c.through >= impact)
            )
        return stored, (head + len(stored), prev)

    @staticmethod
    def _impact(conn: Connection, event: Event, pending: list[dict[str, Any]]) -> date:
        """The earliest day whose replay ``event`` changes (a reversal also changes its target's,
        found among the batch's rows not inserted yet, else in the book)."""
        if not isinstance(event, Reversal):
            return event.effective_date
        target = next((r["effective_date"] for r in pending
                       if (r["note_id"], r["seq"]) == (event.note_id, event.target_seq)), None)  # fmt: skip
        if target is None:
            e = events_table.c
            target = conn.scalar(
                sa.select(e.effective_date).where(
                    e.note_id == event.note_id, e.seq == event.target_seq
                )
            )
        return min(event.effective_date, target) if target is not None else event.effective_date

    # -- checkpoints (caches: see promissory.book.checkpoints) ----------------------------------
    def checkpoint_before(self, note_id: str, before: date) -> StoredCheckpoint | None:
        """The latest checkpoint through a day before ``before`` whose hashes still hold.

        One whose content no longer matches its ``state_hash``, or whose event ``seq`` no longer
        has the chain hash it was taken with, is skipped: an earlier one serves, or none (replay
        from the start).
        """
        with self.read() as conn:
            rows = conn.execute(_CHECKPOINTS_BEFORE, {"note_id": note_id, "before": before}).all()
        for row in rows:
            stored = StoredCheckpoint(
                note_id, row.through, row.seq, row.chain_hash, row.state, row.state_hash
            )
            if stored.intact and row.event_hash == row.chain_hash:
                return stored
        return None

    def stored_checkpoints(self, note_id: str) -> list[StoredCheckpoint]:
        """Every checkpoint kept for the note, by day (for ``verify``)."""
        c = checkpoints_table.c
        query = (
            sa.select(c.through, c.seq, c.chain_hash, c.state, c.state_hash)
            .where(c.note_id == note_id)
            .order_by(c.through)
        )
        with self.read() as conn:
            rows = conn.execute(query).all()
        return [
            StoredCheckpoint(note_id, r.through, r.seq, r.chain_hash, r.state, r.state_hash)
            for r in rows
        ]

    def save_checkpoints(
        self, note_id: str, seq: int, chain_hash: str, states: Sequence[tuple[date, str]]
    ) -> bool:
        """Keep replay states computed from events ``1..seq``, if that is still the note's head."""
        if not states or seq == 0:
            return False
        c = checkpoints_table.c
        now = datetime.now(UTC)
        with self.write() as conn:
            if self._lock(conn, note_id) != (seq, chain_hash):
                return False  # someone appended meanwhile: these states may be stale
            days = [d for d, _ in states]
            conn.execute(
                checkpoints_table.delete().where(c.note_id == note_id, c.through.in_(days))
            )
            conn.execute(
                checkpoints_table.insert(),
                [
                    {"note_id": note_id, "through": d, "seq": seq, "chain_hash": chain_hash,
                     "state": s, "created_at": now,
                     "state_hash": checkpoint_hash(note_id, d, seq, chain_hash, s)}
                    for d, s in states
                ],
            )  # fmt: skip
        return True

    def drop_checkpoints(self, note_id: str | None = None) -> int:
        """Delete cached checkpoints (of one note or all); figures do not change."""
        query = checkpoints_table.delete()
        if note_id is not None:
            query = query.where(checkpoints_table.c.note_id == note_id)
        with self.write() as conn:
            return int(conn.execute(query).rowcount or 0)

    def checkpoint_count(self, note_id: str) -> int:
        c = checkpoints_table.c
        with self.read() as conn:
            return int(conn.scalar(sa.select(sa.func.count()).where(c.note_id == note_id)) or 0)

    # -- integrity ------------------------------------------------------------------------------
    def verify(self, note_id: str | None = None) -> list[ChainProblem]:
        """Re-derive every note's hash chain (or one note's); one record per event that fails."""
        self._require()
        ids = [note_id] if note_id is not None else self.note_ids()
        problems: list[ChainProblem] = []
        for nid in ids:
            problems.extend(self._verify_note(nid))
        return problems

    def _verify_note(self, note_id: str) -> list[ChainProblem]:
        n, e = notes_table.c, events_table.c
        with self.read() as conn:
            note = conn.execute(
                sa.select(n.terms, n.created_at, n.created_by, n.creation_hash, n.head,
                          n.head_hash).where(n.id == note_id)
            ).first()  # fmt: skip
            if note is None:
                raise NotFound(f"no note {note_id!r} in the book")
            rows = conn.execute(
                sa.select(events_table).where(e.note_id == note_id).order_by(e.seq)
            ).all()
            c = note_columns_table.c
            stored_columns = conn.execute(
                sa.select(*(c[name] for name in NOTE_COLUMNS)).where(c.note_id == note_id)
            ).first()
        out: list[ChainProblem] = []

        def problem(seq: int, what: str, message: str) -> None:
            out.append(ChainProblem(note_id, seq, what, message))

        creation = note.creation_hash
        if creation_hash(note_id, note.terms, note.created_at, note.created_by) != creation:
            problem(0, "terms", f"terms of note {note_id} were edited: its creation record (terms, "
                    "created at and by) no longer matches the creation hash taken when it was "
                    "added")  # fmt: skip
        elif rows and rows[0].seq == 1 and rows[0].prev_hash not in (creation, GENESIS):
            problem(0, "terms", f"terms of note {note_id} were edited and re-hashed: event #1 "
                    "chains to a different creation record")  # fmt: skip
        elif not rows and note.head == 0 and note.head_hash != creation:
            problem(0, "terms", f"terms of note {note_id} were edited and re-hashed: the note's "
                    "head records a different creation record")  # fmt: skip
        if not any(x.what == "terms" for x in out):  # columns of the terms the chain covers
            out.extend(_check_note_columns(note_id, note.terms, stored_columns))
        # event #1 chains to the creation hash (to 64 zeros if added before revision 0003)
        first = rows[0].prev_hash if rows and rows[0].prev_hash == GENESIS else creation
        prev, prev_seq, expected = first, 0, 1
        for r in rows:
            broken = False
            if r.seq > expected:
                missing = f"#{expected}" if r.seq == expected + 1 else f"#{expected}–#{r.seq - 1}"
                problem(expected, "removed", f"event {missing} is missing (removed)")
                broken = True
            try:
                payload = json.loads(r.payload)
            except ValueError:
                payload = {}
            intact = chain_hash(r.prev_hash, r.payload) == r.hash
            if not intact:
                problem(r.seq, "edited", "its content does not match its hash (edited)")
            if payload.get("seq") != r.seq:
                problem(r.seq, "reordered", f"it was recorded as event #{payload.get('seq')} "
                        "(events were renumbered: reordered or one removed)")  # fmt: skip
                broken = True
            if r.prev_hash != prev and not broken and r.seq > 1:
                problem(r.seq, "edited", f"it was chained to a different event #{prev_seq} "
                        f"(#{prev_seq} was edited and re-hashed, replaced or moved)")  # fmt: skip
            copied = {
                "note_id": r.note_id,
                "kind": r.kind,
                "effective_date": r.effective_date.isoformat(),
            }
            copied["recorded_by"] = r.recorded_by
            if r.settlement_id != settlement_column(payload):
                problem(r.seq, "inconsistent", f"column settlement_id = {r.settlement_id!r} "
                        f"differs from the hashed event ({payload.get('settlement_id')!r}): "
                        "edited, which would hide or invent a settlement's event")  # fmt: skip
            for key, value in copied.items():
                if payload.get(key) != value:
                    problem(r.seq, "inconsistent", f"column {key} = {value!r} differs from the "
                            f"hashed event ({payload.get(key)!r}): edited")  # fmt: skip
            # against the hashed payload (an edited payload is reported as edited, above)
            derived = event_columns(payload) if isinstance(payload, dict) else (None, None)
            if intact and (r.currency, r.amount_minor) != derived:
                problem(r.seq, "inconsistent", f"columns currency, amount_minor = {r.currency!r}, "
                        f"{r.amount_minor!r} differ from the hashed event ({derived[0]!r}, "
                        f"{derived[1]!r} in minor units): edited, which would change the "
                        "portfolio's figures")  # fmt: skip
            stamped = payload.get("recorded_at")
            column = utc(r.recorded_at)
            hashed = utc(datetime.fromisoformat(stamped)) if isinstance(stamped, str) else None
            if hashed != column:
                problem(r.seq, "inconsistent", f"column recorded_at = {column.isoformat()} "
                        f"differs from the hashed event ({stamped}): edited, which would change "
                        "what the book says it knew when")  # fmt: skip
            prev, prev_seq, expected = r.hash, r.seq, r.seq + 1
        if note.head > prev_seq:
            missing = (
                f"#{note.head}" if note.head == prev_seq + 1 else f"#{prev_seq + 1}–#{note.head}"
            )
            problem(prev_seq + 1, "removed", f"event {missing} is missing (removed)")
        elif note.head < prev_seq:
            problem(note.head + 1, "inconsistent", f"events after the note's head #{note.head} "
                    "were added outside promissory")  # fmt: skip
        elif note.head_hash != prev and prev_seq > 0:
            problem(prev_seq, "edited", "the last event differs from the one the note's head "
                    "records (edited and re-hashed, or replaced)")  # fmt: skip
        return out


def _check_note_columns(note_id: str, terms_text: str, stored: Any) -> list[ChainProblem]:
    """A note's ``note_columns`` row against the columns its terms text gives (revision 0008):
    the columnar portfolio engine computes from the row, so a row that disagrees would change
    the note's figures.  The book reads terms with rtoml (:func:`loads_stored_terms`); the text
    must read the same under ``tomllib``, or the figures would depend on the parser."""
    try:
        terms, alike = loads_terms_alike(terms_text)
    except PromissoryError:
        terms, alike = None, True
    if not alike:
        return [ChainProblem(note_id, 0, "inconsistent", "its terms text reads differently "
                             "under rtoml (how the book reads it) than under tomllib: the "
                             "figures would depend on the parser")]  # fmt: skip
    try:
        derived = note_columns(terms) if terms is not None else None
    except PromissoryError:
        derived = None
    if stored is None and derived is None:
        return []
    if stored is None:
        message = ("its note_columns row is missing though the columnar engine covers its terms "
                   "(removed outside promissory)")  # fmt: skip
    elif derived is None:
        message = (
            "it has a note_columns row though the columnar engine does not cover its "
            "terms (added outside promissory: it would take the columnar engine's path)"
        )
    else:
        wrong = [name for name, value in zip(NOTE_COLUMNS, stored, strict=True)
                 if value != derived[name]]  # fmt: skip
        if not wrong:
            return []
        shown = ", ".join(f"{name} = {stored[NOTE_COLUMNS.index(name)]!r} (terms: "
                          f"{derived[name]!r})" for name in wrong)  # fmt: skip
        message = (f"its note_columns row differs from its terms: {shown}: edited, which would "
                   "change the portfolio's figures")  # fmt: skip
    return [ChainProblem(note_id, 0, "inconsistent", message)]


def today_utc(now: datetime) -> date:
    return now.astimezone(UTC).date()
