"""An import writes the rows the book wrote: every column of every event (the payload text, its
hashes, and the ``currency`` and ``amount_minor`` columns derived from the payload) and every note's
``note_columns`` row are the source book's, whether the terms the check read are still kept when
their columns are worked out or have to be read again, and whether the notes were checked here or
in checking processes (which send back the notes ready to write, columns included)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from promissory.app import Promissory
from promissory.book import bundle
from promissory.codec.terms_toml import loads_stored_terms

ROOT = Path(__file__).resolve().parents[2]
VALENCE = (ROOT / "examples" / "valence-2001-note.toml").read_text()


def _rows(p: Promissory, table: str) -> list[tuple[Any, ...]]:
    with p.book.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.text(f"SELECT * FROM {table} ORDER BY 1, 2"))]


@pytest.mark.parametrize(("kept", "workers"), [(4096, 1), (0, 1), (4096, 2), (1, 2)])
def test_an_import_writes_every_column_the_source_book_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kept: int, workers: int
) -> None:
    source = Promissory(f"sqlite:///{tmp_path / 'source.db'}")
    source.init()
    start = date(2001, 10, 5)
    for n in range(4):
        note = f"VAL-{n}"
        source.add_note(VALENCE.replace('id = "VAL-2001-10-05"', f'id = "{note}"'))
        source.post(note, {"kind": "advance", "effective_date": start, "amount": "2000000.00"})
        source.post(note, {"kind": "expense", "effective_date": start + timedelta(days=3),
                           "amount": "125.50", "description": "counsel"})  # fmt: skip
        for k in range(1, 2 + n):
            source.post(note, {"kind": "payment", "effective_date": start + timedelta(days=30 * k),
                               "amount": f"{1000 + n}.07"})  # fmt: skip
    path = tmp_path / "book.jsonl"
    source.export_book(path)
    monkeypatch.setattr(bundle, "_terms", bundle._TermsCache(kept))
    copy = Promissory(f"sqlite:///{tmp_path / 'copy.db'}")
    copy.init()
    monkeypatch.setattr(bundle, "CHECK_BATCH_EVENTS", 3)  # a few notes to a checking batch
    copy.import_book(path, workers=workers)
    events = _rows(copy, "events")
    assert events == _rows(source, "events") and len(events) == 4 * 2 + 1 + 2 + 3 + 4
    assert _rows(copy, "note_columns") == _rows(source, "note_columns")
    assert len(_rows(copy, "note_columns")) == 4


def test_the_kept_terms_are_the_ones_the_book_reads() -> None:
    cache = bundle._TermsCache(1)
    other = VALENCE.replace('id = "VAL-2001-10-05"', 'id = "VAL-X"')
    assert cache(VALENCE)[1] and cache.stored(VALENCE) == loads_stored_terms(VALENCE)
    cache(other)  # the first one is let go: the cache holds one
    assert cache.stored(VALENCE) == loads_stored_terms(VALENCE) and len(cache._kept) == 1
