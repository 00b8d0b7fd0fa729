"""The book: notes and their append-only event ledgers, on SQLite or PostgreSQL.

Writes state the sequence they expect (optimistic concurrency): appending event ``n + 1`` to a note
whose head is ``n``.  Two writers racing for the same ``n + 1`` meet the primary key; the loser gets
:class:`~promissory.errors.Conflict` and may re-read and retry.  A write with an idempotency key that
was already used returns the event first written under it and writes nothing.

The book stores and returns records; it computes nothing about the note (that is the core's job).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from promissory.book.schema import events as events_table
from promissory.book.schema import metadata
from promissory.book.schema import notes as notes_table
from promissory.codec.events_json import event_from_dict, event_to_dict
from promissory.codec.terms_toml import dumps_terms, loads_terms
from promissory.core.events import Event
from promissory.core.terms import Terms
from promissory.errors import BookError, Conflict, InvalidInput, NotFound

DEFAULT_BOOK = "sqlite:///promissory.db"
GENESIS = "0" * 64


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
    return hashlib.sha256((prev_hash + "\n" + payload_json).encode()).hexdigest()


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


@dataclass(frozen=True, slots=True)
class NoteRecord:
    """A note in the book: its terms and how many events it has."""

    terms: Terms
    created_at: datetime
    head: int


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


class Book:
    """A servicing book at a database URL."""

    def __init__(self, url: str | None = None, *, engine: Engine | None = None) -> None:
        self.url = book_url(url)
        try:
            self.engine = engine or sa.create_engine(self.url, future=True)
        except (sa.exc.ArgumentError, ImportError) as error:
            raise BookError(f"cannot open book {self.url!r}: {error}") from None
        if self.engine.dialect.name == "sqlite":
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)

    # -- lifecycle ------------------------------------------------------------------------------
    def create(self) -> None:
        """Create the book's tables if they do not exist."""
        try:
            metadata.create_all(self.engine)
        except sa.exc.OperationalError as error:
            raise BookError(f"cannot create book at {self.url}: {error.orig}") from None

    def exists(self) -> bool:
        return sa.inspect(self.engine).has_table("events")

    def _require(self) -> None:
        if not self.exists():
            raise BookError(f"no book at {self.url}: run `promissory init` first")

    @contextmanager
    def _tx(self) -> Iterator[Connection]:
        try:
            with self.engine.begin() as conn:
                yield conn
        except sa.exc.OperationalError as error:
            raise BookError(f"book {self.url}: {error.orig}") from None

    # -- notes ----------------------------------------------------------------------------------
    def add_note(self, terms: Terms, *, created_at: datetime, created_by: str = "") -> None:
        self._require()
        with self._tx() as conn:
            exists = conn.execute(
                sa.select(notes_table.c.id).where(notes_table.c.id == terms.id)
            ).first()
            if exists:
                raise InvalidInput(f"note {terms.id!r} is already in the book")
            conn.execute(
                notes_table.insert().values(
                    id=terms.id,
                    terms=dumps_terms(terms),
                    created_at=created_at,
                    created_by=created_by,
                )
            )

    def note_ids(self) -> list[str]:
        self._require()
        with self.engine.connect() as conn:
            return list(conn.scalars(sa.select(notes_table.c.id).order_by(notes_table.c.id)))

    def note(self, note_id: str) -> NoteRecord:
        self._require()
        with self.engine.connect() as conn:
            row = conn.execute(
                sa.select(notes_table.c.terms, notes_table.c.created_at).where(
                    notes_table.c.id == note_id
                )
            ).first()
            if row is None:
                known = ", ".join(self.note_ids()) or "none"
                raise NotFound(f"no note {note_id!r} in the book (notes: {known})")
            head = conn.scalar(
                sa.select(sa.func.coalesce(sa.func.max(events_table.c.seq), 0)).where(
                    events_table.c.note_id == note_id
                )
            )
        return NoteRecord(loads_terms(row.terms), _aware(row.created_at), int(head or 0))

    # -- events ---------------------------------------------------------------------------------
    def stored_events(self, note_id: str, *, known_on: datetime | None = None) -> list[StoredEvent]:
        """The note's events in sequence order; with ``known_on``, only those recorded by then."""
        self._require()
        query = (
            sa.select(
                events_table.c.payload,
                events_table.c.prev_hash,
                events_table.c.hash,
                events_table.c.idempotency_key,
            )
            .where(events_table.c.note_id == note_id)
            .order_by(events_table.c.seq)
        )
        if known_on is not None:
            query = query.where(events_table.c.recorded_at <= known_on)
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        return [
            StoredEvent(
                event_from_dict(json.loads(r.payload)), r.prev_hash, r.hash, r.idempotency_key
            )
            for r in rows
        ]

    def events(self, note_id: str, *, known_on: datetime | None = None) -> list[Event]:
        return [s.event for s in self.stored_events(note_id, known_on=known_on)]

    def by_idempotency_key(self, note_id: str, key: str) -> Event | None:
        with self.engine.connect() as conn:
            payload = conn.scalar(
                sa.select(events_table.c.payload).where(
                    events_table.c.note_id == note_id, events_table.c.idempotency_key == key
                )
            )
        return event_from_dict(json.loads(payload)) if payload is not None else None

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
        and the collateral is released together.
        """
        self._require()
        out: list[list[Event]] = []
        current = ""
        try:
            with self.engine.begin() as conn:
                for item in batch:
                    current = item.note_id
                    out.append(self._append_in(conn, item))
        except sa.exc.IntegrityError:
            raise Conflict(
                f"note {current}: another writer appended to it first; re-read and try again"
            ) from None
        except sa.exc.OperationalError as error:
            raise BookError(f"book {self.url}: {error.orig}") from None
        return out

    def _append_in(self, conn: Connection, item: Append) -> list[Event]:
        note_id = item.note_id
        head_row = conn.execute(
            sa.select(events_table.c.seq, events_table.c.hash)
            .where(events_table.c.note_id == note_id)
            .order_by(events_table.c.seq.desc())
            .limit(1)
        ).first()
        head, prev = (head_row.seq, head_row.hash) if head_row else (0, GENESIS)
        if head != item.expected_head:
            raise Conflict(
                f"note {note_id}: expected to append after event #{item.expected_head}, "
                f"but the ledger is at #{head}; re-read and try again"
            )
        stored: list[Event] = []
        for offset, event in enumerate(item.events, start=1):
            if event.note_id != note_id:
                raise InvalidInput(f"event for note {event.note_id} in a batch for note {note_id}")
            event = replace(event, seq=head + offset)
            payload = canonical(event_to_dict(event))
            digest = chain_hash(prev, payload)
            conn.execute(
                events_table.insert().values(
                    note_id=note_id,
                    seq=event.seq,
                    kind=event.kind,
                    effective_date=event.effective_date,
                    recorded_at=event.recorded_at,
                    recorded_by=event.recorded_by,
                    payload=payload,
                    prev_hash=prev,
                    hash=digest,
                    idempotency_key=item.idempotency_key if offset == 1 else None,
                )
            )
            prev = digest
            stored.append(event)
        return stored

    def verify(self, note_id: str) -> list[str]:
        """Re-derive the hash chain; returns one message per event that does not verify."""
        problems = []
        prev = GENESIS
        expected_seq = 1
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(events_table)
                .where(events_table.c.note_id == note_id)
                .order_by(events_table.c.seq)
            ).all()
        for r in rows:
            if r.seq != expected_seq:
                problems.append(f"{note_id}: event #{expected_seq} is missing (next is #{r.seq})")
                expected_seq = r.seq
            if r.prev_hash != prev:
                problems.append(
                    f"{note_id} event #{r.seq}: its predecessor's hash does not match (removed or reordered)"
                )
            if chain_hash(r.prev_hash, r.payload) != r.hash:
                problems.append(
                    f"{note_id} event #{r.seq}: content does not match its hash (edited)"
                )
            prev = r.hash
            expected_seq += 1
        return problems


def today_utc(now: datetime) -> date:
    return now.astimezone(UTC).date()
