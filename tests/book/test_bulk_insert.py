"""A batch of events lands at once (PostgreSQL: by COPY) and is refused whole (issue 15).

From :data:`~promissory.book.store.COPY_FROM` rows on, PostgreSQL gets a batch of events by
``COPY … FROM STDIN``; SQLite by one multi-row insert.  Either way an idempotency key the note
already holds refuses the whole batch as a conflict, and nothing of it is written.
"""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime

import pytest
from storage_helpers import SEED_TERMS

from promissory.book.store import COPY_FROM, Append, Book
from promissory.codec.terms_toml import loads_terms
from promissory.core.events import Notation
from promissory.errors import Conflict

AT = datetime(2026, 1, 1, tzinfo=UTC)


def _notes(note_id: str, count: int) -> tuple[Notation, ...]:
    return tuple(Notation(note_id=note_id, effective_date=date(2001, 10, 6), recorded_at=AT,
                          text=f"n{k}") for k in range(count))  # fmt: skip


def test_a_batch_over_the_copy_threshold_lands_chained_and_whole(book_url: str) -> None:
    book = Book(book_url)
    book.create()
    terms = loads_terms(SEED_TERMS.read_text())
    book.add_note(terms, created_at=AT)
    count = COPY_FROM * 3
    keys = tuple(f"k{k}" for k in range(count))
    book.append_batch([Append(terms.id, _notes(terms.id, count), 0, keys=keys)])
    stored = book.stored_events(terms.id)
    assert [s.event.seq for s in stored] == list(range(1, count + 1))
    assert [s.idempotency_key for s in stored] == list(keys)
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(stored))
    assert book.head(terms.id) == (count, stored[-1].hash)
    assert book.verify() == []


def test_a_batch_repeating_a_held_key_is_refused_whole(book_url: str) -> None:
    book = Book(book_url)
    book.create()
    terms = loads_terms(SEED_TERMS.read_text())
    book.add_note(terms, created_at=AT)
    book.append_batch([Append(terms.id, _notes(terms.id, 1), 0, keys=("held",))])
    count = COPY_FROM * 2
    keys = tuple("held" if k == count - 1 else f"k{k}" for k in range(count))
    with pytest.raises(Conflict, match="same event or idempotency key"):
        book.append_batch([Append(terms.id, _notes(terms.id, count), 1, keys=keys)])
    assert book.head(terms.id)[0] == 1
    assert len(book.stored_events(terms.id)) == 1
    assert book.verify() == []
