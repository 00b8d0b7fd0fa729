"""Migrations: from an empty database, from revision 0001 and from a pre-Alembic book."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from storage_helpers import NOTE, SEED_TERMS

from promissory.app import Promissory
from promissory.book import migrate
from promissory.book.schema import metadata
from promissory.book.store import GENESIS, Book, canonical, chain_hash
from promissory.codec.events_json import event_to_dict
from promissory.codec.terms_toml import dumps_terms, load_terms
from promissory.core.collateral import Release
from promissory.core.events import Advance, Payment
from promissory.core.money import Money


def test_the_migrations_build_exactly_the_schema_the_code_uses(book_url: str) -> None:
    book = Book(book_url)
    book.create()
    with book.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def _first_book_rows(engine: sa.Engine) -> None:
    """Write a note and two events with raw SQL, as promissory 0.1 did."""
    terms = load_terms(SEED_TERMS)
    at = datetime(2002, 1, 1, tzinfo=UTC)
    events = [
        Advance(note_id=NOTE, seq=1, effective_date=date(2001, 10, 5), recorded_at=at,
                amount=Money.of("1000000.00", "USD")),
        Payment(note_id=NOTE, seq=2, effective_date=date(2002, 1, 5), recorded_at=at,
                amount=Money.of("5000.00", "USD")),
    ]  # fmt: skip
    prev = GENESIS
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO notes (id, terms, created_at, created_by) VALUES (:i, :t, :c, '')"
            ),
            {"i": NOTE, "t": dumps_terms(terms), "c": at},
        )
        for e in events:
            payload = canonical(event_to_dict(e))
            digest = chain_hash(prev, payload)
            conn.execute(
                sa.text(
                    "INSERT INTO events (note_id, seq, kind, effective_date, recorded_at, "
                    "recorded_by, payload, prev_hash, hash) VALUES (:n, :s, :k, :d, :r, '', :p, "
                    ":ph, :h)"
                ),
                {"n": NOTE, "s": e.seq, "k": e.kind, "d": e.effective_date, "r": at,
                 "p": payload, "ph": prev, "h": digest},
            )  # fmt: skip
            prev = digest


def _check_upgraded(book_url: str) -> None:
    app = Promissory(book_url)
    before, after = app.book.create()
    assert before == "0001"
    assert after == migrate.head_revision()
    assert app.verify() == []
    assert app.book.head(NOTE)[0] == 2
    assert app.balance(NOTE, date(2002, 1, 5)).principal == 1000000
    app.post(NOTE, {"kind": "advance", "effective_date": date(2002, 2, 1), "amount": "1.00"})
    assert app.verify() == []
    payloads = [json.loads(canonical(event_to_dict(e))) for e in app.book.events(NOTE)]
    assert [p["seq"] for p in payloads] == [1, 2, 3]


def test_a_book_at_revision_0001_is_upgraded_with_its_data_intact(book_url: str) -> None:
    book = Book(book_url)
    migrate.upgrade(book.engine, "0001")
    assert book.revision() == "0001"
    _first_book_rows(book.engine)
    _check_upgraded(book_url)


def test_a_book_made_before_alembic_is_adopted_and_upgraded(book_url: str) -> None:
    engine = sa.create_engine(Book(book_url).url)
    old = sa.MetaData()
    for table in ("notes", "events", "parties"):
        metadata.tables[table].to_metadata(old)
    for column in ("head", "head_hash", "creation_hash"):
        old.tables["notes"]._columns.remove(old.tables["notes"].c[column])  # the 0.1 notes table
    old.tables["events"]._columns.remove(old.tables["events"].c["settlement_id"])  # revision 0006
    for column in ("currency", "amount_minor"):  # revision 0008
        old.tables["events"]._columns.remove(old.tables["events"].c[column])
    old.tables["events"].indexes.clear()
    old.create_all(engine)
    _first_book_rows(engine)
    engine.dispose()
    _check_upgraded(book_url)


def test_revision_0006_fills_the_settlement_column_from_the_payloads(book_url: str) -> None:
    book = Book(book_url)
    book.create()
    at = datetime(2026, 1, 1, tzinfo=UTC)
    book.add_note(load_terms(SEED_TERMS), created_at=at)
    book.append([
        Advance(note_id=NOTE, effective_date=date(2001, 10, 5), recorded_at=at,
                amount=Money.of("1000.00", "USD")),
        Release(note_id=NOTE, effective_date=date(2002, 3, 31), recorded_at=at, asset="A",
                settlement_id="S-1"),
    ], expected_head=0)  # fmt: skip
    with book.engine.begin() as conn:
        command.downgrade(migrate.config(conn), "0005")
    book.engine.dispose()
    assert Book(book_url).create() == ("0005", migrate.head_revision())
    with book.engine.connect() as conn:
        column = dict(conn.execute(sa.text("SELECT seq, settlement_id FROM events")).all())
    assert column == {1: None, 2: "S-1"}
    assert book.settlement_notes("S-1") == [NOTE] and not book.settlement_used("S-2")
    assert book.verify() == []


def test_revision_0008_fills_the_columns_the_portfolio_reads(book_url: str) -> None:
    """The note's columnar terms and its events' currency and minor units, from what is stored:
    the same as the book writes for a new note, and verify agrees with them."""
    book = Book(book_url)
    book.create()
    at = datetime(2026, 1, 1, tzinfo=UTC)
    book.add_note(load_terms(SEED_TERMS), created_at=at)
    book.append([
        Advance(note_id=NOTE, effective_date=date(2001, 10, 5), recorded_at=at,
                amount=Money.of("1000.00", "USD")),
        Release(note_id=NOTE, effective_date=date(2002, 3, 31), recorded_at=at, asset="A"),
    ], expected_head=0)  # fmt: skip
    query = "SELECT rate, rate_places, basis, commitment FROM note_columns"
    with book.engine.connect() as conn:
        written = conn.execute(sa.text(query)).all()
    with book.engine.begin() as conn:
        command.downgrade(migrate.config(conn), "0007")
    book.engine.dispose()
    assert Book(book_url).create() == ("0007", migrate.head_revision())
    with book.engine.connect() as conn:
        assert conn.execute(sa.text(query)).all() == written == [(8, 2, 360, 2000000000)]
        events = conn.execute(sa.text("SELECT seq, currency, amount_minor FROM events")).all()
    assert sorted(events) == [(1, "USD", 100000), (2, None, None)]
    assert book.verify() == []


def test_the_head_read_from_file_names_is_alembics_head() -> None:
    """Commands check the book's revision without importing Alembic; the file names say the head."""
    from alembic.script import ScriptDirectory

    assert migrate.head_revision() == ScriptDirectory(str(migrate.MIGRATIONS)).get_current_head()


def test_the_revision_read_without_alembic_is_alembics(book_url: str) -> None:
    book = Book(book_url)
    assert book.revision() is None  # nothing stamped yet
    book.create()
    with book.engine.connect() as conn:
        assert (
            migrate.current_revision(conn)
            == MigrationContext.configure(conn).get_current_revision()
        )
        assert migrate.current_revision(conn) == migrate.head_revision()
