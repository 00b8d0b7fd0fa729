"""Integrity: a creation hash per note (terms in the chain) and a content hash per checkpoint.

* ``notes.creation_hash``: SHA-256 over 64 zeros, a newline and the note's canonical creation
  record (``{"created_at", "created_by", "note_id", "record": "note", "terms"}``, sorted keys, no
  spaces), computed here for every note already in the book.  Nothing else is re-linked: events
  already stored keep chaining to 64 zeros (rewriting them would change every hash a holder may
  have published), so for those notes the creation hash catches an edit of the terms row but not
  one that also recomputes the creation hash.  A note with no events yet gets its head moved to
  the creation hash, as a new note has, and its first event will chain to it.
* ``checkpoints.state_hash``: the checkpoints already kept are dropped (they are caches; the next
  question lays them again, each with its content hash).

The hash is spelt out here rather than imported, so this revision means the same thing forever.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

GENESIS = "0" * 64


def _creation_hash(note_id: str, terms: str, created_at: datetime, created_by: str) -> str:
    moment = created_at.replace(tzinfo=UTC) if created_at.tzinfo is None else created_at
    record = {
        "record": "note",
        "note_id": note_id,
        "terms": terms,
        "created_at": moment.astimezone(UTC).isoformat(),
        "created_by": created_by,
    }
    text = json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((GENESIS + "\n" + text).encode()).hexdigest()


def upgrade() -> None:
    with op.batch_alter_table("notes") as batch:
        batch.add_column(
            sa.Column("creation_hash", sa.String(64), nullable=False, server_default=GENESIS)
        )
    notes = sa.table(
        "notes",
        sa.column("id", sa.String),
        sa.column("terms", sa.Text),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("created_by", sa.String),
        sa.column("head", sa.Integer),
        sa.column("head_hash", sa.String),
        sa.column("creation_hash", sa.String),
    )
    conn = op.get_bind()
    for r in conn.execute(sa.select(notes)).all():
        digest = _creation_hash(r.id, r.terms, r.created_at, r.created_by or "")
        values = {"creation_hash": digest}
        if r.head == 0:
            values["head_hash"] = digest
        conn.execute(notes.update().where(notes.c.id == r.id).values(**values))
    op.execute("DELETE FROM checkpoints")
    with op.batch_alter_table("checkpoints") as batch:
        batch.add_column(
            sa.Column("state_hash", sa.String(64), nullable=False, server_default=GENESIS)
        )
    # The defaults only fill the rows already there.  SQLite cannot drop a column default without
    # rebuilding the table (which its foreign keys forbid here), so it keeps them: a row written
    # without a hash gets zeros, which ``verify`` and the checkpoint reader refuse anyway.
    if conn.dialect.name != "sqlite":
        op.alter_column("notes", "creation_hash", server_default=None)
        op.alter_column("checkpoints", "state_hash", server_default=None)


def downgrade() -> None:
    op.execute("DELETE FROM checkpoints")
    with op.batch_alter_table("checkpoints") as batch:
        batch.drop_column("state_hash")
    op.execute(f"UPDATE notes SET head_hash = '{GENESIS}' WHERE head = 0")
    with op.batch_alter_table("notes") as batch:
        batch.drop_column("creation_hash")
