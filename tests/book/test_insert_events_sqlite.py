"""A batch of events rows goes to SQLite as tuples, each column processed by SQLAlchemy's own bind
processor: what is stored — every column's text and type, dates and moments included — is what
SQLAlchemy's insert of the same rows stores."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from storage_helpers import NOTE, SEED_TERMS

from promissory.app import Promissory
from promissory.book.schema import events as events_table
from promissory.book.store import COPY_FROM, event_row, insert_events
from promissory.codec.events_json import event_from_dict

COLUMNS = [c.name for c in events_table.columns]


def _raw(app: Promissory) -> list[tuple[Any, ...]]:
    """Every stored value with its SQLite type (``quote`` shows the stored text exactly)."""
    shown = ", ".join(f"typeof({c}), quote({c})" for c in COLUMNS)
    with app.book.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(f"SELECT {shown} FROM events ORDER BY seq")]


def test_a_batch_is_stored_as_sqlalchemys_insert_stores_it(tmp_path: Path) -> None:
    rows: list[dict[str, Any]] = []
    prev = "0" * 64
    moment = datetime(2026, 1, 1, 9, 30, 15, 123456, tzinfo=UTC)
    for seq in range(1, COPY_FROM + 6):
        kind = "advance" if seq == 1 else "payment"
        event = event_from_dict({
            "kind": kind, "note_id": NOTE, "seq": seq, "effective_date": f"2001-10-{5 + seq % 20:02d}",
            "recorded_at": (moment + timedelta(seconds=seq)).isoformat(), "recorded_by": "ops",
            "memo": "caf\u00e9" if seq % 7 == 0 else "", "currency": "USD",
            "amount": "2000000.00" if seq == 1 else "1000.07",
        })  # fmt: skip
        rows.append(event_row(NOTE, event, prev, f"k-{seq}" if seq % 3 else None))
        prev = rows[-1]["hash"]
    stored = []
    for name, insert in (("batch", insert_events),
                         ("core", lambda conn, rs: conn.execute(events_table.insert(), rs))):  # fmt: skip
        app = Promissory(f"sqlite:///{tmp_path / name}.db")
        app.init()
        app.add_note(SEED_TERMS)
        with app.book.engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            insert(conn, rows)
        stored.append(_raw(app))
        app.book.engine.dispose()
    assert stored[0] == stored[1] and len(stored[0]) == COPY_FROM + 5
    assert {r[COLUMNS.index("recorded_at") * 2] for r in stored[0]} == {"text"}
