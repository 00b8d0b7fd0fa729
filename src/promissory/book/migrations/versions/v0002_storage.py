"""Durable storage: each note's head, indexes for history and replay, checkpoints.

* ``notes.head`` / ``notes.head_hash``: the last event's sequence number and chain hash, filled in
  from the events already there.  Appends lock the note's row and move its head.
* indexes on ``events`` by effective date (replay from a checkpoint), by recorded-at time (the
  ``--as-known-on`` view) and by kind (reversals).
* ``checkpoints``: cached replay states (deleting them changes no figure).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

GENESIS = "0" * 64


def upgrade() -> None:
    with op.batch_alter_table("notes") as batch:
        batch.add_column(sa.Column("head", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(
            sa.Column("head_hash", sa.String(64), nullable=False, server_default=GENESIS)
        )
    op.execute(
        "UPDATE notes SET "
        "head = COALESCE((SELECT MAX(e.seq) FROM events e WHERE e.note_id = notes.id), 0), "
        f"head_hash = COALESCE((SELECT e.hash FROM events e WHERE e.note_id = notes.id "
        f"ORDER BY e.seq DESC LIMIT 1), '{GENESIS}')"
    )
    op.create_index("ix_events_effective", "events", ["note_id", "effective_date"])
    op.create_index("ix_events_recorded", "events", ["note_id", "recorded_at"])
    op.create_index("ix_events_kind", "events", ["note_id", "kind"])
    op.create_table(
        "checkpoints",
        sa.Column("note_id", sa.String(64), sa.ForeignKey("notes.id"), primary_key=True),
        sa.Column("through", sa.Date, primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("chain_hash", sa.String(64), nullable=False),
        sa.Column("state", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("checkpoints")
    op.drop_index("ix_events_kind", "events")
    op.drop_index("ix_events_recorded", "events")
    op.drop_index("ix_events_effective", "events")
    with op.batch_alter_table("notes") as batch:
        batch.drop_column("head_hash")
        batch.drop_column("head")
