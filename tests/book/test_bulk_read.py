"""Reading the whole book in chunks (``book/bulk.py``): every note and event, at one read point."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from promissory.app import Promissory
from promissory.book.bulk import count_notes, note_chunks

SEED = Path(__file__).parents[2] / "examples" / "valence-2001-note.toml"


def test_chunks_hold_every_note_and_see_one_moment(book_url: str) -> None:
    app = Promissory(book_url)
    app.init()
    text = SEED.read_text()
    for note_id in ("A", "B", "C"):
        app.add_note(text.replace("VAL-2001-10-05", note_id))
        app.post(note_id, {"kind": "advance", "amount": Decimal("1000.00"),
                           "effective_date": date(2001, 10, 5)})  # fmt: skip
    assert count_notes(app.book) == 3
    chunks = note_chunks(app.book, size=1)
    first = next(chunks)
    # another writer records an event for C while the read is under way
    app.post(
        "C", {"kind": "advance", "amount": Decimal("5.00"), "effective_date": date(2001, 10, 6)}
    )
    rest = [note for chunk in chunks for note in chunk]
    notes = {n.note_id: n for n in (*first, *rest)}
    assert sorted(notes) == ["A", "B", "C"]
    assert [len(n.events) for n in notes.values()] == [1, 1, 1]  # as the book was when it began
    assert 'id = "A"' in notes["A"].terms  # the terms file as stored
    later = {n.note_id: n for chunk in note_chunks(app.book, size=2) for n in chunk}
    assert len(later["C"].events) == 2
    assert [e[1] for e in later["C"].events] == ["advance", "advance"]
