"""Closes: the accounting periods closed per party, and each note's last event at the close.

``closes`` (party, period_end, note_id) → period label, frequency, head (the note's last event
seq when the period was closed), closed_at, closed_by.  New table only; nothing else changes.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "closes",
        sa.Column("party", sa.String(16), primary_key=True),
        sa.Column("period_end", sa.Date, primary_key=True),
        sa.Column("note_id", sa.String(64), sa.ForeignKey("notes.id"), primary_key=True),
        sa.Column("period", sa.String(16), nullable=False),
        sa.Column("frequency", sa.String(16), nullable=False),
        sa.Column("head", sa.Integer, nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_by", sa.String(200), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("closes")
