"""Small books for the settlement tests: a secured loan, a note receivable and a restricted note."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from promissory.app import Promissory
from promissory.core.events import OpeningBalance
from promissory.core.money import Money

ROOT = Path(__file__).resolve().parents[2]
LOAN = "VAL-2002-LOAN"
NOTES = "VAL-MORTGAGE-NOTES"
SEED = "VAL-2001-10-05"
DAY = date(2002, 3, 31)


def fixed_clock() -> datetime:
    return datetime(2026, 1, 2, 12, 0, tzinfo=UTC)


def opening(note_id: str, day: date, principal: Decimal, interest: Decimal) -> OpeningBalance:
    usd = "USD"
    return OpeningBalance(
        note_id=note_id, effective_date=day, principal=Money(principal, usd),
        interest=Money(interest, usd), default_interest=Money.zero(usd), expenses=Money.zero(usd),
    )  # fmt: skip


@contextmanager
def golden_book(
    loan: tuple[Decimal, Decimal] = (Decimal("17500000.00"), Decimal("1140370.41")),
    notes: tuple[Decimal, Decimal] = (Decimal("17533226.80"), Decimal("951754.93")),
) -> Iterator[Promissory]:
    """The 2002 letter's book: the loan and the mortgage notes by their balances, pledged."""

    with tempfile.TemporaryDirectory() as tmp:
        p = Promissory(f"sqlite:///{tmp}/book.db", clock=fixed_clock)
        p.init()
        p.add_note(ROOT / "examples/valence-2002-loan.toml")
        p.add_note(ROOT / "examples/valence-2002-mortgage-notes.toml")
        p.record(opening(LOAN, DAY, *loan))
        p.record(opening(NOTES, DAY, *notes))
        p.pledge(LOAN, NOTES, DAY)
        p.file_statement(LOAN, "CA-0106360123", "California", date(2001, 3, 5))
        yield p
        p.book.engine.dispose()
