"""Over-long text is refused at the book's boundary, naming the field, on SQLite as on PostgreSQL.

Before, ``--by`` or an idempotency key over 200 characters dumped a psycopg DataError (with the
payload) on PostgreSQL and was stored on SQLite, so a SQLite export could not be imported into
PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from storage_helpers import NOTE, SEED_TERMS, Clock
from tamper_helpers import read_bundle, rehash_bundle, write_bundle

from promissory.app import Promissory
from promissory.app.onboarding import export_book, import_book
from promissory.book import schema
from promissory.book.parties import add_party
from promissory.book.store import Book
from promissory.cli import cli
from promissory.core.terms import Party
from promissory.errors import InvalidInput

WHO_MAX = 200  # recorded_by, created_by and idempotency keys (promissory.book.schema.LIMITS)
LONG = "x" * (WHO_MAX + 1)
ADVANCE = {"kind": "advance", "effective_date": date(2001, 10, 5), "amount": "1000.00"}


@pytest.fixture
def app(book_url: str) -> Promissory:
    p = Promissory(book_url, clock=Clock())
    p.init()
    p.add_note(SEED_TERMS)
    return p


def test_an_over_long_recorded_by_is_refused_naming_the_field(app: Promissory) -> None:
    with pytest.raises(InvalidInput, match="recorded_by is 201 characters long; the book stores "
                       "at most 200"):  # fmt: skip
        app.post(NOTE, ADVANCE, recorded_by=LONG)
    app.post(NOTE, ADVANCE, recorded_by="x" * WHO_MAX)  # the limit itself is fine
    assert app.book.head(NOTE)[0] == 1


def test_an_over_long_idempotency_key_is_refused_naming_the_field(app: Promissory) -> None:
    with pytest.raises(InvalidInput, match="idempotency_key is 201 characters long"):
        app.post(NOTE, ADVANCE, idempotency_key=LONG)
    assert app.book.head(NOTE)[0] == 0


def test_an_over_long_created_by_is_refused(app: Promissory) -> None:
    text = SEED_TERMS.read_text()
    with pytest.raises(InvalidInput, match="note OTHER: created_by is 201 characters long"):
        app.add_note(text.replace(NOTE, "OTHER"), recorded_by=LONG)
    assert app.book.note_ids() == [NOTE]
    assert schema.LIMITS["created_by"] == WHO_MAX


def test_import_checks_the_limits_before_writing(book_url: str, tmp_path: Path) -> None:
    """A SQLite bundle with a long ``recorded_by`` (as older books could hold) is refused whole."""
    source = Promissory(f"sqlite:///{tmp_path / 'source.db'}", clock=Clock())
    source.init()
    source.add_note(SEED_TERMS)
    source.post(NOTE, ADVANCE)
    path = tmp_path / "book.jsonl"
    export_book(source, path)
    records = read_bundle(path)
    event = next(r for r in records if r["record"] == "event")
    event["recorded_by"] = event["payload"]["recorded_by"] = LONG
    write_bundle(path, rehash_bundle(records))
    target = Promissory(book_url)
    target.init()
    with pytest.raises(InvalidInput, match=f"note {NOTE} event #1: recorded_by is 201 characters"):
        import_book(target, path)
    assert target.book.note_ids() == []


def test_an_over_long_party_field_is_refused(book_url: str) -> None:
    book = Book(book_url)
    book.create()
    with pytest.raises(InvalidInput, match="party 'p1': party name is 301 characters long"):
        add_party(
            book,
            "p1",
            Party("n" * 301, None, None, None),
            created_at=datetime(2026, 1, 1, tzinfo=UTC),
        )


def test_the_cli_refuses_an_over_long_by_with_the_rule_not_a_database_error(
    app: Promissory,
) -> None:
    result = CliRunner().invoke(
        cli, ["--book", app.book.url, "advance", NOTE, "1000.00", "--date", "2001-10-05",
              "--by", LONG],
    )  # fmt: skip
    assert isinstance(result.exception, InvalidInput), result.output
    assert "recorded_by is 201 characters long; the book stores at most 200" in str(
        result.exception
    )
    assert app.book.head(NOTE)[0] == 0
