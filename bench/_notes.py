"""Shared set-up for the storage benchmarks: a long-lived revolving note and its history."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from promissory.core.events import Advance, Event, Payment
from promissory.core.money import Money

ROOT = Path(__file__).resolve().parents[1]
PG = os.environ.get("PROMISSORY_BENCH_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
START = date(2000, 1, 3)
PER_DAY = 10


def terms_text(note_id: str) -> str:
    text = (ROOT / "examples" / "valence-2001-note.toml").read_text()
    for old, new in (
        ('id = "VAL-2001-10-05"', f'id = "{note_id}"'),
        ("issue_date = 2001-10-05", "issue_date = 2000-01-01"),
        ('commitment = "20000000.00"', 'commitment = "900000000000.00"'),
        ("revolving = false", "revolving = true"),
        ("draw_period_end = 2003-09-30", "draw_period_end = 2098-12-31"),
        ("maturity = 2005-09-30", "maturity = 2099-12-31"),
    ):
        text = text.replace(old, new)
    return text


def history(note_id: str, count: int, start: int = 0) -> Iterator[Event]:
    """Events ``start`` … ``count - 1``: ten a day, six advances and four payments."""
    at = datetime(2026, 1, 1, tzinfo=UTC)
    for i in range(start, count):
        day = START + timedelta(days=i // PER_DAY)
        if i % PER_DAY < 6:
            yield Advance(note_id=note_id, effective_date=day, recorded_at=at,
                          amount=Money.of("1000.00", "USD"))  # fmt: skip
        else:
            yield Payment(note_id=note_id, effective_date=day, recorded_at=at,
                          amount=Money.of("100.00", "USD"))  # fmt: skip


def day_of(i: int) -> date:
    return START + timedelta(days=i // PER_DAY)


def pg_available() -> bool:
    try:
        engine = sa.create_engine(PG)
        with engine.connect():
            pass
        engine.dispose()
        return True
    except sa.exc.OperationalError:
        return False


@contextmanager
def pg_schema() -> Iterator[str]:
    """A fresh schema in the PostgreSQL test database; yields a book URL that uses it."""
    admin = sa.create_engine(PG, isolation_level="AUTOCOMMIT")
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
    try:
        yield f"{PG}?options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()
