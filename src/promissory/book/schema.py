"""The book's tables (SQLAlchemy Core), the same on SQLite and PostgreSQL.

This module describes the schema at the *head* migration; the migrations in
``promissory/book/migrations/versions`` build it step by step (a test checks the two agree).

``notes``
    one row per note: its id and its terms as TOML text (the terms file, normalised), and the
    note's *head*: the sequence number and chain hash of its last event.  Every append locks this
    row and moves the head in the same transaction, so writers to one note are serialised and a
    removal of the last event shows up in ``verify``.
``events``
    the append-only ledger: ``(note_id, seq)`` is the key and ``seq`` runs 1, 2, 3 … without gaps
    per note.  ``payload`` is the event as canonical JSON (:mod:`promissory.codec.events_json`);
    ``hash`` is SHA-256 over the predecessor's hash and the payload, so an edit, a removal or a
    reordering made outside promissory breaks the chain.  ``idempotency_key`` (unique per note)
    lets a client repeat a write safely.  ``kind``, ``effective_date`` and ``recorded_at`` repeat
    fields of the payload so they can be indexed (``verify`` checks that they agree with it).
``parties``
    the legal persons that appear on notes (borrowers, lenders, holders, assignees).
``checkpoints``
    caches of replayed state (:mod:`promissory.book.checkpoints`): deleting any or all of them
    changes no figure.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

notes = Table(
    "notes",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("terms", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("created_by", String(200), nullable=False, default=""),
    Column("head", Integer, nullable=False, server_default="0"),
    Column("head_hash", String(64), nullable=False, server_default="0" * 64),
)

events = Table(
    "events",
    metadata,
    Column("note_id", String(64), ForeignKey("notes.id"), primary_key=True),
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("kind", String(32), nullable=False),
    Column("effective_date", Date, nullable=False),
    Column("recorded_at", DateTime(timezone=True), nullable=False),
    Column("recorded_by", String(200), nullable=False),
    Column("payload", Text, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    Column("idempotency_key", String(200), nullable=True),
    UniqueConstraint("note_id", "idempotency_key", name="uq_events_idempotency"),
    Index("ix_events_effective", "note_id", "effective_date"),
    Index("ix_events_recorded", "note_id", "recorded_at"),
    Index("ix_events_kind", "note_id", "kind"),
)

parties = Table(
    "parties",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("name", String(300), nullable=False),
    Column("entity_type", String(100), nullable=True),
    Column("jurisdiction", String(100), nullable=True),
    Column("address", Text, nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

checkpoints = Table(
    "checkpoints",
    metadata,
    Column("note_id", String(64), ForeignKey("notes.id"), primary_key=True),
    Column("through", Date, primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("chain_hash", String(64), nullable=False),
    Column("state", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
