"""The book's parties: the legal persons that appear on notes (borrowers, lenders, holders).

A party is a record — legal name, entity type, state of organisation, address — kept under a short
id ("berg", "valence").  The book stores and returns them; it checks only that an id is new.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from promissory.book.schema import check_length
from promissory.book.schema import parties as parties_table
from promissory.book.store import Book
from promissory.core.terms import Party
from promissory.errors import InvalidInput, NotFound


@dataclass(frozen=True, slots=True)
class PartyRecord:
    """A party in the book under its ``id``."""

    id: str
    party: Party
    created_at: datetime


def add_party(book: Book, party_id: str, party: Party, *, created_at: datetime) -> PartyRecord:
    """Add a party; its id must be new."""
    if not party_id.strip() or not party.name.strip():
        raise InvalidInput("a party needs an id and a legal name")
    check_length("party id", party_id)
    where = f"party {party_id!r}"
    check_length("party name", party.name, where=where)
    check_length("party entity_type", party.entity_type, where=where)
    check_length("party jurisdiction", party.jurisdiction, where=where)
    with book.engine.begin() as conn:
        exists = conn.execute(
            sa.select(parties_table.c.id).where(parties_table.c.id == party_id)
        ).first()
        if exists:
            raise InvalidInput(f"party {party_id!r} is already in the book")
        conn.execute(
            parties_table.insert().values(
                id=party_id,
                name=party.name,
                entity_type=party.entity_type,
                jurisdiction=party.jurisdiction,
                address=party.address,
                created_at=created_at,
            )
        )
    return PartyRecord(party_id, party, created_at)


def list_parties(book: Book) -> list[PartyRecord]:
    """Every party, by id."""
    with book.engine.connect() as conn:
        rows = conn.execute(sa.select(parties_table).order_by(parties_table.c.id)).all()
    return [
        PartyRecord(r.id, Party(r.name, r.entity_type, r.jurisdiction, r.address), r.created_at)
        for r in rows
    ]


def get_party(book: Book, party_id: str) -> PartyRecord:
    """The party under ``party_id``."""
    for record in list_parties(book):
        if record.id == party_id:
            return record
    raise NotFound(f"no party {party_id!r} in the book")
