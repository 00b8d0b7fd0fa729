"""Columns for the columnar portfolio engine (issue 15): ``note_columns`` and two event columns.

``note_columns`` (note_id) holds the engine's fields of a note's terms (the rate as an integer,
its places, the day-count basis, the rounding, the commitment in minor units, the parties, the
dates), one row per note the engine covers; ``events.currency`` and ``events.amount_minor`` repeat
each event's currency and its amount as an integer of minor units.  So the portfolio reads plain
columns instead of parsing every terms file and every event's JSON.  They are filled here for the
notes and events already stored, by the same functions the book writes them with
(:mod:`promissory.codec.columns`); ``verify`` checks they agree with the terms and the payloads.

Unlike the earlier revisions, this one imports those functions: the columns are a derivation of
what the chain covers, and they must be the derivation the code of the day checks (``verify``).
A later change to the derivation comes with a revision that refills them.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from promissory.codec.columns import event_columns, note_columns
from promissory.codec.terms_toml import loads_terms
from promissory.errors import PromissoryError

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

CHUNK = 5000


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("currency", sa.String(8), nullable=True))
        batch.add_column(sa.Column("amount_minor", sa.BigInteger, nullable=True))
    columns = op.create_table(
        "note_columns",
        sa.Column("note_id", sa.String(64), sa.ForeignKey("notes.id"), primary_key=True),
        sa.Column("lender", sa.Text, nullable=False),
        sa.Column("borrower", sa.Text, nullable=False),
        sa.Column("currency", sa.String(8), nullable=False),
        sa.Column("issue_date", sa.Date, nullable=False),
        sa.Column("maturity", sa.Date, nullable=False),
        sa.Column("scale", sa.SmallInteger, nullable=False),
        sa.Column("commitment", sa.BigInteger, nullable=False),
        sa.Column("revolving", sa.Boolean, nullable=False),
        sa.Column("last_draw_date", sa.Date, nullable=False),
        sa.Column("rate", sa.BigInteger, nullable=False),
        sa.Column("rate_places", sa.SmallInteger, nullable=False),
        sa.Column("basis", sa.SmallInteger, nullable=False),
        sa.Column("round_shift", sa.SmallInteger, nullable=False),
        sa.Column("round_mode", sa.String(32), nullable=False),
    )
    conn = op.get_bind()
    notes = sa.table("notes", sa.column("id", sa.String), sa.column("terms", sa.Text))
    rows = []
    for r in conn.execute(sa.select(notes.c.id, notes.c.terms).order_by(notes.c.id)):
        try:
            cols = note_columns(loads_terms(r.terms))
        except PromissoryError:  # terms the codec refuses: no row, the per-note path
            cols = None
        if cols is not None:
            rows.append({"note_id": r.id, **cols})
    for i in range(0, len(rows), CHUNK):
        conn.execute(columns.insert(), rows[i : i + CHUNK])
    events = sa.table(
        "events",
        sa.column("note_id", sa.String),
        sa.column("seq", sa.Integer),
        sa.column("payload", sa.Text),
        sa.column("currency", sa.String),
        sa.column("amount_minor", sa.BigInteger),
    )
    update = (
        events.update()
        .where(events.c.note_id == sa.bindparam("n"), events.c.seq == sa.bindparam("s"))
        .values(currency=sa.bindparam("c"), amount_minor=sa.bindparam("a"))
    )
    found = []
    query = sa.select(events.c.note_id, events.c.seq, events.c.payload).where(
        events.c.payload.like('%"currency"%')
    )
    for e in conn.execute(query):
        try:
            payload = json.loads(e.payload)
        except ValueError:
            continue
        currency, amount = event_columns(payload) if isinstance(payload, dict) else (None, None)
        if currency is not None:
            found.append({"n": e.note_id, "s": e.seq, "c": currency, "a": amount})
    for i in range(0, len(found), CHUNK):
        conn.execute(update, found[i : i + CHUNK])


def downgrade() -> None:
    op.drop_table("note_columns")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("amount_minor")
        batch.drop_column("currency")
