"""An import writes what its first pass checked: each note, once checked (here or in a checking
process), goes to a spool ready to write — its rows as the values the import stores — and the
second pass writes from the spool, reading the bundle once.  On each backend the stored rows are
the source book's, column for column (``COPY`` on PostgreSQL and tuples on SQLite for a big batch,
one multi-row insert for a small one); notes a checking process turns back are checked here and
land in their place; and a bundle changed after the first pass read it changes nothing."""

from __future__ import annotations

import pickle
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from promissory.app import Promissory
from promissory.app.onboarding import replay_problems
from promissory.book import bundle
from promissory.book.store import COPY_FROM

ROOT = Path(__file__).resolve().parents[2]
VALENCE = (ROOT / "examples" / "valence-2001-note.toml").read_text()
NOTES = 6
CHECK_BATCH = bundle._check_batch  # the real one (a test below puts another in its place)


def _fill(app: Promissory) -> int:
    """Six notes of 3 to 23 events (advances, expenses with text, payments), and one with none;
    returns how many events."""
    app.init()
    start = date(2001, 10, 5)
    count = 0
    for n in range(NOTES):
        note = f"VAL-{n}"
        app.add_note(VALENCE.replace('id = "VAL-2001-10-05"', f'id = "{note}"'), recorded_by="t")
        app.post(note, {"kind": "advance", "effective_date": start, "amount": "2000000.00"})
        app.post(note, {"kind": "expense", "effective_date": start + timedelta(days=3),
                        "amount": "125.50", "description": "counsel \u2014 caf\u00e9"},
                 idempotency_key=f"fee-{n}")  # fmt: skip
        for k in range(1, 2 + 4 * n):
            app.post(note, {"kind": "payment", "effective_date": start + timedelta(days=30 * k),
                            "amount": f"{1000 + n}.07"})  # fmt: skip
        count += 3 + 4 * n
    app.add_note(VALENCE.replace('id = "VAL-2001-10-05"', 'id = "VAL-EMPTY"'), recorded_by="t")
    return count


def _tables(app: Promissory) -> dict[str, list[tuple[Any, ...]]]:
    with app.book.engine.connect() as conn:
        return {
            table: [tuple(r) for r in conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY 1, 2")]
            for table in ("notes", "events", "note_columns")
        }


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("chunk", ["one batch", "a batch per note"])
def test_an_import_stores_every_row_of_the_source_book(
    two_book_urls: tuple[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    workers: int,
    chunk: str,
) -> None:
    source_url, copy_url = two_book_urls
    source = Promissory(source_url)
    events = _fill(source)
    assert events >= COPY_FROM  # one batch: COPY on PostgreSQL, the driver's tuples on SQLite
    path = tmp_path / "book.jsonl"
    source.export_book(path)
    monkeypatch.setattr(bundle, "CHECK_BATCH_EVENTS", 10)  # several checking batches
    if chunk == "a batch per note":  # fewer rows than COPY_FROM: one multi-row insert each
        monkeypatch.setattr(bundle, "CHUNK_EVENTS", 1)
    copy = Promissory(copy_url)
    copy.init()
    counts = copy.import_book(path, workers=workers)
    assert (counts.notes, counts.events) == (NOTES + 1, events)
    assert _tables(copy) == _tables(source)
    again = copy.import_book(path, workers=workers)
    assert (again.notes, again.events, again.notes_present, again.events_present) == (
        0, 0, NOTES + 1, events)  # fmt: skip
    assert _tables(copy) == _tables(source)
    source.book.engine.dispose()
    copy.book.engine.dispose()


def test_the_bundle_is_read_once_so_a_later_edit_is_not_written(tmp_path: Path) -> None:
    source = Promissory(f"sqlite:///{tmp_path / 'source.db'}")
    _fill(source)
    path = tmp_path / "book.jsonl"
    source.export_book(path)
    good = path.read_text().splitlines(keepends=True)
    bad = [line.replace('"1000.07"', '"9999.99"') for line in good]
    assert bad != good
    opened: list[int] = []

    def lines() -> Iterable[str]:
        opened.append(1)
        return good if len(opened) == 1 else bad  # a second reading would see the edit

    copy = Promissory(f"sqlite:///{tmp_path / 'copy.db'}")
    copy.init()
    bundle.import_book(copy.book, lines, check=replay_problems)
    assert opened == [1]
    assert _tables(copy) == _tables(source)


def _turning_back(
    notes: list[bundle._Note], check: bundle.Checker | None
) -> tuple[int | None, bytes]:
    """A checking process that passes only the first note of each batch and turns back the rest
    (as if it had failed them): the importer checks those itself."""
    failed, blob = CHECK_BATCH(notes[:1], check)
    return (failed if failed is not None else (1 if len(notes) > 1 else None)), blob


def test_notes_a_checking_process_turns_back_are_checked_here_in_their_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = Promissory(f"sqlite:///{tmp_path / 'source.db'}")
    events = _fill(source)
    path = tmp_path / "book.jsonl"
    source.export_book(path)
    monkeypatch.setattr(bundle, "CHECK_BATCH_EVENTS", 20)  # a few notes to a batch
    monkeypatch.setattr(bundle, "_check_batch", _turning_back)
    copy = Promissory(f"sqlite:///{tmp_path / 'copy.db'}")
    copy.init()
    counts = copy.import_book(path, workers=2)
    assert (counts.notes, counts.events) == (NOTES + 1, events)
    assert _tables(copy) == _tables(source)
    out = tmp_path / "out.jsonl"
    copy.export_book(out)
    assert out.read_bytes() == path.read_bytes()


def test_a_note_goes_to_a_checking_process_as_its_lines(tmp_path: Path) -> None:
    source = Promissory(f"sqlite:///{tmp_path / 'source.db'}")
    _fill(source)
    path = tmp_path / "book.jsonl"
    source.export_book(path)
    notes = [item for _, item in bundle._notes(path.read_text().splitlines(keepends=True))
             if isinstance(item, bundle._Note)]  # fmt: skip
    assert len(notes) == NOTES + 1
    for note in notes:
        sent = pickle.loads(pickle.dumps(note))
        assert (sent.record, sent.events, sent.version) == (note.record, note.events, note.version)
        assert len(sent.lines) == 1 + len(note.events)


def test_the_spool_gives_back_every_note_in_the_order_added(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(bundle, "CHECK_BATCH_EVENTS", 3)

    def ready(i: int, events: int) -> bundle._Ready:
        rows: list[tuple[Any, ...]] = [(f"N{i}", k) for k in range(events)]
        return bundle._Ready(f"N{i}", "c", {"id": f"N{i}"}, None, rows)

    notes = [ready(i, i % 4) for i in range(12)]

    def spooled() -> Iterator[bundle._Ready]:
        spool = bundle._Spool()
        try:
            spool.add(notes[0])
            spool.add_pickled(bundle._pickled(notes[1:5]))
            for note in notes[5:9]:
                spool.add(note)
            spool.add_pickled(bundle._pickled(notes[9:]))
            yield from spool
        finally:
            spool.close()

    assert list(spooled()) == notes
