"""A write prepared ahead for a note with no events yet (``prepare_fresh``, what onboarding does in
other processes) stores exactly what the unit of work stores: the same rows, byte for byte — payload
text, hashes, keys, derived columns — and the same head; and whenever it declines (a problem, a key
given twice, a control character, more rows than make a checkpoint), the unit of work decides.
Rows prepared for a head the note has left are not written."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from storage_helpers import NOTE, SEED_TERMS

from promissory.app import Promissory
from promissory.app.unit_of_work import Entry, prepare_fresh
from promissory.codec.events_json import event_from_dict, event_to_dict
from promissory.errors import PromissoryError

MOMENT = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
ISSUE = date(2001, 10, 5)


def _book(folder: Path, checkpoint_every: int = 32) -> Promissory:
    folder.mkdir(parents=True, exist_ok=True)
    app = Promissory(f"sqlite:///{folder / 'book.db'}", clock=lambda: MOMENT,
                     checkpoint_every=checkpoint_every)  # fmt: skip
    app.init()
    app.add_note(SEED_TERMS)
    return app


def _stored(app: Promissory) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    with app.book.engine.connect() as conn:
        events = [tuple(r) for r in conn.exec_driver_sql("SELECT * FROM events ORDER BY seq")]
        heads = [tuple(r) for r in conn.exec_driver_sql("SELECT id, head, head_hash FROM notes")]
    return events, heads


row = st.tuples(
    st.sampled_from(["advance", "advance", "payment", "payment", "expense"]),
    st.integers(0, 400),
    st.sampled_from(["1000.00", "25000.00", "250.55", "999999.99", "3000000.00", "0.01"]),
    st.sampled_from(["", "", "", "wire", "caf\u00e9 \u2014 note", "", "", "", "", "bad\x1bmemo"]),
    st.sampled_from([None] * 12 + ["k-1", "k-2", "x" * 300]),
)
FIRST = ("advance", 0, "2000000.00", "", None)


def _entries(rows: list[tuple[str, int, str, str, str | None]]) -> list[Entry]:
    out = []
    for kind, day, amount, memo, key in rows:
        data = {"kind": kind, "note_id": NOTE, "effective_date": ISSUE + timedelta(days=day),
                "amount": amount, "currency": "USD", "memo": memo, "recorded_by": "ops"}  # fmt: skip
        if kind == "expense":
            data["description"] = "counsel"
        out.append(Entry(event_from_dict(data), key))
    return out


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(row, min_size=1, max_size=12), st.sampled_from([32, 5]), st.booleans())
def test_prepared_rows_are_the_unit_of_works_rows(
    tmp_path_factory: Any,
    rows: list[tuple[str, int, str, str, str | None]],
    every: int,
    given_encoded: bool,
) -> None:
    folder = tmp_path_factory.mktemp("prepared")
    entries = _entries([FIRST, *rows] if rows[0][0] != "advance" or len(rows) % 3 else rows)
    general = _book(folder / "general", every)
    try:
        general.write([NOTE], lambda: {NOTE: entries}, rows=False)
        refused = False
    except PromissoryError:
        refused = True
    other = _book(folder / "prepared", every)
    record = other.note(NOTE)
    encoded = [event_to_dict(e.event) for e in entries] if given_encoded else None
    prepared = prepare_fresh(record.terms, record.head_hash, entries, MOMENT, every, encoded)
    event("declined" if prepared is None else "prepared")
    if prepared is None:  # declined: only where the unit of work refuses or keeps checkpoints
        assert refused or len(entries) > every
        return
    assert not refused
    assert other.book.append_prepared([prepared])
    assert _stored(other) == _stored(general)
    assert other.verify() == []


def test_rows_prepared_for_a_head_the_note_has_left_are_not_written(tmp_path: Path) -> None:
    app = _book(tmp_path)
    record = app.note(NOTE)
    entries = _entries([("advance", 0, "25000.00", "", None), ("payment", 30, "1000.00", "", None)])
    prepared = prepare_fresh(record.terms, record.head_hash, entries, MOMENT, 32)
    assert prepared is not None and len(prepared.rows) == 2
    app.post(NOTE, {"kind": "advance", "effective_date": ISSUE, "amount": "1000.00"})
    before = _stored(app)
    assert not app.book.append_prepared([prepared])
    assert _stored(app) == before and len(before[0]) == 1
