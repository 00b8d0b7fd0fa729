"""On the day a settlement paid the loan, a payoff quote says what is owed after it: nothing.

The 2002 letter settles the loan on 2002-03-31.  A quote that day used to meet the state before
the day's settlement (same-day order puts payments first, then the settlement), so it said the
loan was active and owed 18,640,370.41 while ``balance`` said terminated and 0.00.
"""

from __future__ import annotations

from decimal import Decimal

from settlement_books import DAY, LOAN, NOTES, golden_book

from promissory.app import NoteToAssign
from promissory.core.settlement import Cash


def test_the_quote_on_the_settlement_day_is_zero_and_terminated() -> None:
    with golden_book() as p:
        before = p.payoff(LOAN, DAY)
        assert before.total == Decimal("18640370.41")
        p.accept_settlement(LOAN, DAY, [NoteToAssign(NOTES), Cash(Decimal("155388.68"))])
        quote, balance = p.payoff(LOAN, DAY), p.balance(LOAN, DAY)
        assert (quote.total, quote.status.value) == (Decimal("0.00"), "terminated")
        assert (balance.total, balance.status.value) == (Decimal("0.00"), "terminated")
