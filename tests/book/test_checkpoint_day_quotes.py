"""A payoff quote on a checkpoint's own day is what a payment that day needs.

A checkpoint holds the state at the *end* of its day; a payment on that day meets the state
part-way through it (before that day's acceleration, transfer or release: ``ordering``).  The
application used to resume a quote on day D from a checkpoint through D itself, so on a day with an
acceleration it quoted as if the payment came after the acceleration: 2,058,444.44 with no
prepayment premium, where a payment that day needs 2,098,444.44 (the 2% premium on 2,000,000.00
still applies before the acceleration; see tests/core/test_payoff_quotes.py).  Found by
tests/core/test_replay_properties.py.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from storage_helpers import NOTE, SEED_TERMS, Clock

from promissory.app import Promissory
from promissory.core.engine import replay
from promissory.core.reports import payoff_quote

ACCELERATED_ON = date(2002, 3, 1)


def test_a_quote_on_an_acceleration_day_resumed_from_a_checkpoint(book_url: str) -> None:
    app = Promissory(book_url, clock=Clock(), checkpoint_every=2)
    app.init()
    with_premium = SEED_TERMS.read_text().replace(
        'premium = "none"', 'premium = [{ until = 2005-01-01, percent = "0.02" }]'
    )
    assert with_premium != SEED_TERMS.read_text()
    app.add_note(with_premium)
    for fields in (
        {"kind": "advance", "amount": "1000000.00", "effective_date": date(2001, 10, 5)},
        {"kind": "advance", "amount": "1000000.00", "effective_date": date(2001, 11, 5)},
        {"kind": "default", "effective_date": ACCELERATED_ON},
        {"kind": "acceleration", "effective_date": ACCELERATED_ON},
        {"kind": "notation", "text": "later", "effective_date": date(2002, 4, 1)},
    ):
        app.post(NOTE, fields)
    app.balance(NOTE, date(2002, 6, 1))  # lays down checkpoints, one through the acceleration day
    assert app.book.checkpoint_count(NOTE) > 0
    record = app.book.note(NOTE)
    full = payoff_quote(replay(record.terms, app.book.events(NOTE)), ACCELERATED_ON)
    assert full.total == Decimal("2098444.44")  # 2,000,000.00 + interest + the 2% premium
    quote = app.payoff(NOTE, ACCELERATED_ON)
    assert (quote.total, quote.status) == (full.total, full.status)
    # and the borrower who pays that quote the same day pays the note (the morning's acceleration
    # is moot: tests/core/test_acceleration_day_payoff.py)
    app.post(
        NOTE, {"kind": "payment", "amount": str(quote.total), "effective_date": ACCELERATED_ON}
    )
    after = app.balance(NOTE, date(2002, 6, 1))
    assert (after.total, after.status.value) == (Decimal(0), "paid")
