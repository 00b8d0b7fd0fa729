"""Paying the quote on the day the note is accelerated.

The lender declares the note due in the morning (recorded first); the borrower wires the payoff
quoted for that day in the afternoon (recorded second).  Same-day order applies a payment before
the day's acceleration ("an acceleration declared on a day counts that day's payments first"), so
the payment pays the note in full and the acceleration finds nothing left to accelerate.  That
acceleration is moot, not a broken rule: the payment must be accepted, the note is paid, and the
acceleration's row says it changed nothing.  (It used to be refused: the acceleration, replayed
after the payoff, became an 'after-payoff' problem that the payment was blamed for.)
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from ledger_dsl import parse_events, terms
from promissory.core.engine import position, replay
from promissory.core.events import Payment
from promissory.core.money import Money
from promissory.core.reports import payoff_quote
from promissory.core.state import Status

DAY = date(2002, 3, 1)


def test_paying_the_quote_on_the_acceleration_day_pays_the_note() -> None:
    note = terms()
    events = parse_events(
        note.id,
        """
        2001-10-05 advance 1000000.00
        2002-02-01 default
        2002-03-01 accelerate
        """,
    )
    quote = payoff_quote(replay(note, events), DAY)
    # 1,000,000.00 × 8% × 147/360 = 32,666.67 contract interest; 1,000,000.00 × 2% × 28/360 =
    # 1,555.56 default interest (2002-02-01 … 2002-02-28), no premium (the seed note has none)
    assert quote.total == Decimal("1034222.23")
    pay = Payment(note_id=note.id, effective_date=DAY, seq=4, amount=Money.of(quote.total, "USD"))
    ledger = replay(note, [*events, pay])
    assert ledger.problems == ()
    end = position(ledger, DAY)
    assert end.status is Status.PAID
    assert end.total == 0
    moot = [r for r in ledger.rows if r.kind == "acceleration"]
    assert len(moot) == 1
    assert "paid" in moot[0].notation


def test_an_acceleration_after_the_payoff_day_is_still_refused() -> None:
    note = terms()
    events = parse_events(
        note.id,
        """
        2001-10-05 advance 1000000.00
        2002-02-01 default
        """,
    )
    quote = payoff_quote(replay(note, events), DAY)
    pay = Payment(note_id=note.id, effective_date=DAY, seq=3, amount=Money.of(quote.total, "USD"))
    later = replace(parse_events(note.id, "2002-03-02 accelerate")[0], seq=4)
    ledger = replay(note, [*events, pay, later])
    assert [p.code for p in ledger.problems] == ["after-payoff"]
