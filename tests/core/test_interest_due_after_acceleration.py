"""After acceleration everything is due: interest past due is all accrued interest, and no later
interest payment date is pending.

Seed terms (8% ACT/360, default margin 2%, interest payable at maturity 2005-09-30).  Advance
1,000,000.00 on 2001-10-05, Event of Default 2002-01-05, acceleration 2002-02-05.  On 2002-03-05:
interest 1,000,000 × 0.08 × 151/360 = 33,555.555… → 33,555.56; default interest
1,000,000 × 0.02 × 59/360 = 3,277.777… → 3,277.78; all of it, 36,833.34, is past due.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ledger_dsl import book, terms
from promissory.core.reports import interest_due

HISTORY = """
    2001-10-05 advance 1000000.00
    2002-01-05 default
    2002-02-05 accelerate
"""


def test_everything_accrued_is_past_due_after_acceleration() -> None:
    due = interest_due(book(terms(), HISTORY), date(2002, 3, 5))
    assert due.past_due == Decimal("36833.34")
    assert due.next_due_date is None
    assert due.last_due_date == date(2002, 2, 5)  # the day everything fell due


def test_payments_after_acceleration_reduce_what_is_past_due() -> None:
    # 10,000.00 paid 2002-02-20 goes to default interest first (seed waterfall), then interest:
    # default interest to 2002-02-20 is 1,000,000 × 0.02 × 46/360 = 2,555.56; the rest,
    # 7,444.44, to interest.  On 2002-03-05: default interest 13 days = 722.22; interest
    # 33,555.56 − 7,444.44 = 26,111.12 (exact 33,555.555… − 7,444.44 = 26,111.1155… → 26,111.12).
    ledger = book(terms(), HISTORY + "    2002-02-20 pay 10000.00\n")
    due = interest_due(ledger, date(2002, 3, 5))
    assert due.past_due == Decimal("26833.34")
    assert due.next_due_date is None


def test_before_acceleration_interest_is_due_at_maturity() -> None:
    due = interest_due(book(terms(), HISTORY), date(2002, 2, 4))
    assert due.past_due == Decimal("0.00")
    assert due.next_due_date == date(2005, 9, 30)
