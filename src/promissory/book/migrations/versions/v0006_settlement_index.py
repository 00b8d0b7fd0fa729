"""Settlement index: ``events.settlement_id``, the settlement each event belongs to, indexed.

A copy of the payload's ``settlement_id`` (NULL when the event has none or it is empty), like
``kind`` and ``effective_date``: accepting a settlement checks that its id is unused, and finding
or reversing one reads its events, by this index instead of replaying every note.  The column is
filled here from the payloads already stored; ``verify`` checks it agrees with them.

The payload field is read here rather than through the event codec, so this revision means the
same thing forever.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

CHUNK = 5000


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("settlement_id", sa.Text, nullable=True))
    op.create_index("ix_events_settlement", "events", ["settlement_id"])
    events = sa.table(
        "events",
        sa.column("note_id", sa.String),
        sa.column("seq", sa.Integer),
        sa.column("payload", sa.Text),
        sa.column("settlement_id", sa.Text),
    )
    conn = op.get_bind()
    # only payloads that mention a settlement id can carry one; read them in key order, by chunks
    query = (
        sa.select(events.c.note_id, events.c.seq, events.c.payload)
        .where(events.c.payload.like('%"settlement_id"%'))
        .order_by(events.c.note_id, events.c.seq)
    )
    found = []
    for r in conn.execute(query):
        value = json.loads(r.payload).get("settlement_id")
        if isinstance(value, str) and value:
            found.append({"n": r.note_id, "s": r.seq, "sid": value})
    update = (
        events.update()
        .where(events.c.note_id == sa.bindparam("n"), events.c.seq == sa.bindparam("s"))
        .values(settlement_id=sa.bindparam("sid"))
    )
    for i in range(0, len(found), CHUNK):
        conn.execute(update, found[i : i + CHUNK])


def downgrade() -> None:
    op.drop_index("ix_events_settlement", table_name="events")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("settlement_id")
