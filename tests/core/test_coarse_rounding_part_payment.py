"""A part payment of interest never leaves the exact accrual below zero.

Under a rounding unit coarser than the currency's (``quantum = "1"``, ``mode = "up"`` on a USD
note) the interest due on 0.01 advanced for two days is 1.00 while only 0.0000277… has accrued;
a payment of 0.01 pays 0.01 of that interest.  Before the fix the exact accrual went to
−0.0099972…, which rounds "up" (away from zero) to −1: the note then owed −0.99 in all.  What the
cents paid beyond the exact interest is closed as residue on the payment's row.  (Found by the
portfolio's property test comparing the columnar and per-note engines.)
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ledger_dsl import book, terms
from promissory.core.engine import dues_on
from promissory.core.money import ZERO_EXACT


def test_cents_paid_beyond_the_exact_interest_close_as_residue() -> None:
    t = terms(rounding={"quantum": "1", "mode": "up"})
    led = book(t, """
        2001-10-05 advance 0.01
        2001-10-07 pay 0.01
    """)  # fmt: skip
    assert led.problems == ()
    row = led.rows[-1]
    assert row.split.interest == Decimal("0.01")
    assert row.state.interest == ZERO_EXACT
    # 0.01 × 8% × 2/360 accrued, 0.01 paid: the difference is the residue the row closes
    accrued = Decimal("0.01") * Decimal("0.08") * 2 / 360
    assert row.residue.decimal(20) == (accrued - Decimal("0.01")).quantize(Decimal("1e-20"))
    _, dues = dues_on(led, date(2001, 10, 7))  # the end of the payment's day
    assert dues.total(t.rounding) >= 0
