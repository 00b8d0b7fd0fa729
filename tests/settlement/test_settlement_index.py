"""Settlements by the indexed ``events.settlement_id`` column (revision 0006), never by replay.

The column is written with every event, refilled from the payloads by the migration, and checked
by ``verify`` against the hashed events; the facade's replay cache is bounded.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from settlement_books import DAY, LOAN, NOTES, golden_book

from promissory.app import NoteToAssign, Promissory
from promissory.book import migrate
from promissory.core.settlement import Cash
from promissory.errors import InvalidInput, NotFound

OFFER = [NoteToAssign(NOTES), Cash(Decimal("155388.68"))]


def _column(p: Promissory) -> dict[tuple[str, int], str | None]:
    with p.book.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT note_id, seq, settlement_id FROM events"))
        return {(r.note_id, r.seq): r.settlement_id for r in rows}


def test_every_event_a_settlement_writes_carries_its_id_in_the_indexed_column() -> None:
    with golden_book() as p:
        applied = p.accept_settlement(LOAN, DAY, OFFER, settlement_id="S-1")
        column = _column(p)
        written = {(n, e.seq) for n, events in applied.written for e in events}
        assert {k for k, v in column.items() if v == "S-1"} == written
        assert len(written) >= 3  # the settlement, a release, a termination, the transfer
        assert p.book.settlement_notes("S-1") == sorted({LOAN, NOTES})
        assert p.book.settlement_used("S-1") and not p.book.settlement_used("S-2")
        record = p.find_settlement("S-1")
        assert {(n, e.seq) for n, e in record.linked} == written
        with pytest.raises(NotFound, match="no settlement 'S-2'"):
            p.find_settlement("S-2")
        p.reverse_settlement("S-1", DAY)
        assert p.find_settlement("S-1").reversed
        with pytest.raises(InvalidInput, match="'S-1' is already used"):  # reversed, still used
            p.accept_settlement(LOAN, DAY, OFFER, settlement_id="S-1")
        again = p.accept_settlement(LOAN, DAY, OFFER)  # a generated id skips the used ones
        assert again.settlement_id == f"{LOAN}@{DAY.isoformat()}"
        assert p.verify() == []


def test_the_migration_refills_the_column_from_the_stored_payloads() -> None:
    with golden_book() as p:
        p.accept_settlement(LOAN, DAY, OFFER, settlement_id="S-1")
        before = _column(p)
        with p.book.engine.begin() as conn:
            command.downgrade(migrate.config(conn), "0005")
        with p.book.engine.connect() as conn:
            columns = {c["name"] for c in sa.inspect(conn).get_columns("events")}
        assert "settlement_id" not in columns
        p.book.create()
        assert _column(p) == before
        assert p.find_settlement("S-1").event.settlement_id == "S-1"
        assert p.verify() == []


def test_verify_names_a_settlement_column_that_disagrees_with_the_hashed_event() -> None:
    with golden_book() as p:
        p.accept_settlement(LOAN, DAY, OFFER, settlement_id="S-1")
        with p.book.engine.begin() as conn:
            conn.execute(sa.text("UPDATE events SET settlement_id = NULL WHERE note_id = :n "
                                 "AND settlement_id = 'S-1'"), {"n": NOTES})  # fmt: skip
            conn.execute(sa.text("UPDATE events SET settlement_id = 'S-9' WHERE note_id = :n "
                                 "AND seq = 1"), {"n": LOAN})  # fmt: skip
        found = [(x.note_id, x.what) for x in p.verify() if "settlement_id" in x.message]
        assert (NOTES, "inconsistent") in found and (LOAN, "inconsistent") in found
        assert len(found) == 2


def test_the_replay_cache_keeps_at_most_its_size_least_recently_used_first() -> None:
    with golden_book() as p:
        small = Promissory(p.book, clock=p.clock, replay_cache=1)
        small.view(LOAN)
        small.view(NOTES)
        assert list(small._cache) == [NOTES]
        assert small.view(LOAN).ledger == p.view(LOAN).ledger  # dropped, replayed again
        none = Promissory(p.book, replay_cache=0)
        none.view(LOAN)
        assert len(none._cache) == 0
        with pytest.raises(InvalidInput, match="replay cache size -1"):
            Promissory(p.book, replay_cache=-1)


def test_a_day_with_no_settlement_ids_used_generates_the_plain_one() -> None:
    with golden_book() as p:
        assert p.accept_settlement(LOAN, date(2002, 3, 31), OFFER).settlement_id.endswith(
            "@2002-03-31"
        )


def test_an_imported_bundle_fills_the_column_and_finds_the_settlement(tmp_path: Path) -> None:
    with golden_book() as p:
        p.accept_settlement(LOAN, DAY, OFFER, settlement_id="S-1")
        p.export_book(tmp_path / "book.jsonl")
        copy = Promissory(f"sqlite:///{tmp_path / 'copy.db'}")
        copy.init()
        copy.import_book(tmp_path / "book.jsonl")
        assert _column(copy) == _column(p)
        assert copy.find_settlement("S-1").linked == p.find_settlement("S-1").linked
        assert copy.verify() == []
        copy.book.engine.dispose()
