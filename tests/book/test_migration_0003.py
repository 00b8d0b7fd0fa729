"""Revision 0003 gives every note already in a book its creation hash and re-links nothing else."""

from __future__ import annotations

from datetime import UTC, date, datetime

import sqlalchemy as sa
from storage_helpers import NOTE, SEED_TERMS
from tamper_helpers import sql

from promissory.app import Promissory
from promissory.book import migrate
from promissory.book.store import GENESIS, Book, canonical, chain_hash, creation_hash
from promissory.codec.events_json import event_to_dict
from promissory.codec.terms_toml import dumps_terms, load_terms
from promissory.core.events import Advance, Payment
from promissory.core.money import Money

AT = datetime(2002, 1, 1, 12, 30, 15, 250000, tzinfo=UTC)
EMPTY = "EMPTY-NOTE"


def _book_at_0002(url: str) -> Book:
    """A book at revision 0002 holding a note with two events and a note with none."""
    book = Book(url)
    migrate.upgrade(book.engine, "0002")
    text = dumps_terms(load_terms(SEED_TERMS))
    events = [
        Advance(note_id=NOTE, seq=1, effective_date=date(2001, 10, 5), recorded_at=AT,
                amount=Money.of("1000000.00", "USD")),
        Payment(note_id=NOTE, seq=2, effective_date=date(2002, 1, 5), recorded_at=AT,
                amount=Money.of("5000.00", "USD")),
    ]  # fmt: skip
    prev = GENESIS
    with book.engine.begin() as conn:
        for note_id, terms in ((NOTE, text), (EMPTY, text.replace(NOTE, EMPTY))):
            conn.execute(
                sa.text("INSERT INTO notes (id, terms, created_at, created_by) "
                        "VALUES (:i, :t, :c, 'ops')"),
                {"i": note_id, "t": terms, "c": AT},
            )  # fmt: skip
        for e in events:
            payload = canonical(event_to_dict(e))
            digest = chain_hash(prev, payload)
            conn.execute(
                sa.text("INSERT INTO events (note_id, seq, kind, effective_date, recorded_at, "
                        "recorded_by, payload, prev_hash, hash) VALUES (:n, :s, :k, :d, :r, '', "
                        ":p, :ph, :h)"),
                {"n": NOTE, "s": e.seq, "k": e.kind, "d": e.effective_date, "r": AT,
                 "p": payload, "ph": prev, "h": digest},
            )  # fmt: skip
            prev = digest
        conn.execute(sa.text("UPDATE notes SET head = 2, head_hash = :h WHERE id = :i"),
                     {"h": prev, "i": NOTE})  # fmt: skip
        conn.execute(
            sa.text("INSERT INTO checkpoints (note_id, through, seq, chain_hash, state, "
                    "created_at) VALUES (:n, :d, 2, :h, '{}', :c)"),
            {"n": NOTE, "d": date(2001, 12, 31), "h": prev, "c": AT},
        )  # fmt: skip
    return book


def test_an_old_book_gets_creation_hashes_and_keeps_its_chains(book_url: str) -> None:
    book = _book_at_0002(book_url)
    assert book.create() == ("0002", migrate.head_revision())
    app = Promissory(book_url)
    text = dumps_terms(load_terms(SEED_TERMS))
    assert app.note(NOTE).creation_hash == creation_hash(NOTE, text, AT, "ops")
    stored = app.book.stored_events(NOTE)
    assert stored[0].prev_hash == GENESIS  # events are not re-linked
    assert app.book.head(NOTE)[1] == stored[-1].hash
    empty = app.note(EMPTY).creation_hash
    assert app.book.head(EMPTY) == (0, empty)  # no events: the head is the creation
    assert app.book.stored_checkpoints(NOTE) == []  # caches dropped, laid again with hashes
    assert app.verify() == []
    app.post(EMPTY, {"kind": "advance", "effective_date": date(2001, 10, 5), "amount": "1.00"})
    assert app.book.stored_events(EMPTY)[0].prev_hash == empty
    assert app.verify() == []
    sql(app, "UPDATE notes SET terms = REPLACE(terms, 'rate = \"0.08\"', 'rate = \"0.18\"')")
    assert {(p.note_id, p.what) for p in app.verify()} == {(NOTE, "terms"), (EMPTY, "terms")}
