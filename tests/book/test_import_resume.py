"""Import is resumable and idempotent: running it again completes what a crash left, posts nothing twice.

Before, a crashed ``import`` had no resume path: the notes it had written made the re-run refuse
the whole bundle ("already in the book").
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from storage_helpers import NOTE, SEED_TERMS, Clock

from promissory.app import Promissory
from promissory.book import bundle
from promissory.errors import Conflict

NOTES = 4


def _source(tmp_path: Path) -> Promissory:
    app = Promissory(f"sqlite:///{tmp_path / 'source.db'}", clock=Clock())
    app.init()
    for i in range(NOTES):
        app.add_note(SEED_TERMS.read_text().replace(NOTE, f"N{i}"))
        app.post(f"N{i}", {"kind": "advance", "effective_date": date(2001, 10, 5),
                           "amount": f"{i + 1}000.00"})  # fmt: skip
        app.post(f"N{i}", {"kind": "notation", "effective_date": date(2001, 11, 1), "text": "x"},
                 idempotency_key=f"k{i}")  # fmt: skip
    return app


def _clean_copy(tmp_path: Path, path: Path) -> bytes:
    clean = Promissory(f"sqlite:///{tmp_path / 'clean.db'}")
    clean.init()
    clean.import_book(path)
    out = tmp_path / "clean.jsonl"
    clean.export_book(out)
    return out.read_bytes()


def test_an_import_that_crashed_midway_completes_when_run_again(
    book_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "book.jsonl"
    _source(tmp_path).export_book(path)
    target = Promissory(book_url)
    target.init()
    real = bundle._write_notes
    written: list[str] = []

    def crash_after_two(book: object, batch: list[bundle._Note]) -> dict[str, int]:
        if len(written) == 2:
            raise KeyboardInterrupt("killed")  # the process dies between two chunks
        written.extend(note.id for note in batch)
        return real(book, batch)  # type: ignore[arg-type]

    monkeypatch.setattr(bundle, "_write_notes", crash_after_two)
    monkeypatch.setattr(bundle, "CHUNK_EVENTS", 1)  # a transaction per note
    with pytest.raises(KeyboardInterrupt):
        target.import_book(path)
    monkeypatch.setattr(bundle, "_write_notes", real)
    assert target.book.note_ids() == ["N0", "N1"]
    counts = target.import_book(path)
    assert (counts.notes, counts.events, counts.notes_present, counts.events_present) == (
        2, 4, 2, 4)  # fmt: skip
    again = target.import_book(path)
    assert (again.notes, again.events, again.notes_present, again.events_present) == (0, 0, 4, 8)
    out = tmp_path / "resumed.jsonl"
    target.export_book(out)
    assert out.read_bytes() == _clean_copy(tmp_path, path)
    assert target.verify() == []


def test_a_note_whose_ledger_is_a_prefix_of_the_bundles_is_completed(tmp_path: Path) -> None:
    source = _source(tmp_path)
    early = tmp_path / "early.jsonl"
    source.export_book(early)
    source.post("N0", {"kind": "payment", "effective_date": date(2002, 1, 5), "amount": "10.00"})
    source.add_note(SEED_TERMS)
    late = tmp_path / "late.jsonl"
    source.export_book(late)
    target = Promissory(f"sqlite:///{tmp_path / 'target.db'}", checkpoint_every=1)
    target.init()
    target.import_book(early)
    target.payoff("N0", date(2001, 12, 1))  # checkpoints the completion must not leave stale
    counts = target.import_book(late)
    assert (counts.notes, counts.events, counts.notes_present, counts.events_present) == (
        2, 1, 3, 8)  # fmt: skip
    out = tmp_path / "out.jsonl"
    target.export_book(out)
    assert out.read_bytes() == late.read_bytes()
    assert target.verify() == []
    assert target.payoff("N0", date(2002, 2, 1)) == source.payoff("N0", date(2002, 2, 1))


def test_a_note_that_went_another_way_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    source = _source(tmp_path)
    path = tmp_path / "book.jsonl"
    source.export_book(path)
    target = Promissory(f"sqlite:///{tmp_path / 'target.db'}", clock=Clock())
    target.init()
    target.add_note(SEED_TERMS.read_text().replace(NOTE, "N2"))
    target.post("N2", {"kind": "advance", "effective_date": date(2001, 10, 5), "amount": "1.00"})
    with pytest.raises(Conflict, match="note 'N2'"):
        target.import_book(path)
    assert target.book.note_ids() == ["N2"]
    assert target.book.head("N2")[0] == 1


def test_a_note_whose_events_differ_from_the_bundles_is_refused(tmp_path: Path) -> None:
    source = _source(tmp_path)
    early = tmp_path / "early.jsonl"
    source.export_book(early)
    source.post("N0", {"kind": "payment", "effective_date": date(2002, 1, 5), "amount": "10.00"})
    late = tmp_path / "late.jsonl"
    source.export_book(late)
    target = Promissory(f"sqlite:///{tmp_path / 'target.db'}", clock=Clock())
    target.init()
    target.import_book(early)
    target.post("N0", {"kind": "payment", "effective_date": date(2002, 1, 5), "amount": "20.00"})
    with pytest.raises(Conflict, match="note 'N0' event #3 in the book differs from the bundle's"):
        target.import_book(late)
    assert target.book.head("N0")[0] == 3
