"""The closes table: periods closed per party, with each note's last event at the close."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa

from promissory.book.schema import check_length, closes
from promissory.book.store import Book, utc
from promissory.errors import Conflict


@dataclass(frozen=True, slots=True)
class CloseRow:
    """One note's part of a close: period ``period`` (ending ``period_end``) closed for
    ``party`` at ``closed_at`` while the note's last event was ``head``."""

    party: str
    period_end: date
    note_id: str
    period: str
    frequency: str
    head: int
    closed_at: datetime
    closed_by: str


def add_close(book: Book, rows: Sequence[CloseRow]) -> None:
    """Record a close (all its notes in one transaction); a period closed twice is a Conflict."""
    book.create_required()
    for row in rows:
        check_length("created_by", row.closed_by, where=f"close of {row.period}")
    with book.write() as conn:
        for row in rows:
            found = conn.execute(
                sa.select(closes.c.head).where(
                    closes.c.party == row.party,
                    closes.c.period_end == row.period_end,
                    closes.c.note_id == row.note_id,
                )
            ).first()
            if found is not None:
                raise Conflict(f"period {row.period} is already closed for the {row.party} of "
                               f"note {row.note_id}")  # fmt: skip
            conn.execute(sa.insert(closes).values(
                party=row.party, period_end=row.period_end, note_id=row.note_id,
                period=row.period, frequency=row.frequency, head=row.head,
                closed_at=utc(row.closed_at), closed_by=row.closed_by))  # fmt: skip


def list_closes(book: Book, party: str | None = None) -> list[CloseRow]:
    """Every close row (of ``party`` if given), by period end then note."""
    book.create_required()
    query = sa.select(closes).order_by(closes.c.party, closes.c.period_end, closes.c.note_id)
    if party is not None:
        query = query.where(closes.c.party == party)
    with book.read() as conn:
        return [
            CloseRow(
                r.party,
                r.period_end,
                r.note_id,
                r.period,
                r.frequency,
                r.head,
                utc(r.closed_at),
                r.closed_by,
            )
            for r in conn.execute(query)
        ]
