"""The book's tables (SQLAlchemy Core), the same on SQLite and PostgreSQL.

``notes``
    one row per note: its id and its terms as TOML text (the terms file, normalised).
``events``
    the append-only ledger: ``(note_id, seq)`` is the key and ``seq`` runs 1, 2, 3 … without gaps
    per note.  ``payload`` is the event as JSON (:mod:`promissory.codec.events_json`); ``hash`` is
    SHA-256 over the predecessor's hash and the canonical payload, so an edit, a removal or a
    reordering made outside promissory breaks the chain.  ``idempotency_key`` (unique per note)
    lets a client repeat a write safely.
``parties``
    the legal persons that appear on notes (borrowers, lenders, holders, assignees).
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    ForeignKey,
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
