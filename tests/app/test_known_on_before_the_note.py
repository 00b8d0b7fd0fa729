"""An audit read "as known on" a moment before the note was added to the book is refused: the book
knew nothing of the note then, so there is no undrawn note to report."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from storage_helpers import NOTE, SEED_TERMS, Clock

from promissory.app import Promissory
from promissory.errors import NotFound

BEFORE = datetime(2025, 12, 31, 23, 0, tzinfo=UTC)  # the clock starts at 2026-01-01
AS_OF = date(2002, 1, 5)


@pytest.fixture
def app(tmp_path: Path) -> Promissory:
    app = Promissory(f"sqlite:///{tmp_path / 'book.db'}", clock=Clock())
    app.init()
    app.add_note(SEED_TERMS)
    app.post(NOTE, {"kind": "advance", "effective_date": date(2001, 10, 5),
                    "amount": "1000000.00"})  # fmt: skip
    return app


READS: dict[str, Callable[[Promissory, datetime], Any]] = {
    "view": lambda a, k: a.view(NOTE, known_on=k),
    "schedule": lambda a, k: a.schedule(NOTE, known_on=k),
    "balance": lambda a, k: a.balance(NOTE, AS_OF, known_on=k),
    "payoff": lambda a, k: a.payoff(NOTE, AS_OF, known_on=k),
    "interest_due": lambda a, k: a.interest_due(NOTE, AS_OF, known_on=k),
    "explain": lambda a, k: a.explain(NOTE, AS_OF, known_on=k),
    "schedule_a_document": lambda a, k: a.schedule_a_document(NOTE, "text", known_on=k),
    "payoff_letter_document": lambda a, k: a.payoff_letter_document(
        NOTE, "text", as_of=AS_OF, known_on=k
    ),
    "note_oid": lambda a, k: a.note_oid(NOTE, known_on=k),
    "holder_of_record": lambda a, k: a.holder_of_record(NOTE, AS_OF, known_on=k),
}


@pytest.mark.parametrize("read", READS, ids=list(READS))
def test_a_read_known_on_before_the_note_was_added_is_refused(app: Promissory, read: str) -> None:
    with pytest.raises(NotFound) as error:
        READS[read](app, BEFORE)
    message = str(error.value)
    assert f"note {NOTE} was not in the book on {BEFORE.isoformat()}" in message
    assert "it was added at 2026-01-01" in message


def test_a_naive_moment_is_taken_as_utc(app: Promissory) -> None:
    with pytest.raises(NotFound, match="was not in the book"):
        app.balance(NOTE, AS_OF, known_on=BEFORE.replace(tzinfo=None))


def test_a_read_known_on_after_the_note_was_added_still_answers(app: Promissory) -> None:
    added = app.book.note(NOTE).created_at
    assert app.balance(NOTE, AS_OF, known_on=added).principal == 0  # added, not yet advanced
    later = datetime(2026, 1, 2, tzinfo=UTC)
    assert app.balance(NOTE, AS_OF, known_on=later).principal == 1000000
