"""A loan taken on mid-life by its opening balances (from the first review)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ledger_dsl import book, terms
from promissory.core.engine import position

D = Decimal


def test_an_opening_balance_after_a_reversed_advance() -> None:
    ledger = book(terms(), "2001-12-01 advance 5.00\n2002-03-31 opening 17500000.00 1140370.41\n"
                           "2002-04-01 reverse 1")  # fmt: skip
    assert ledger.problems == ()
    assert position(ledger, date(2002, 4, 30)).principal == D("17500000.00")
