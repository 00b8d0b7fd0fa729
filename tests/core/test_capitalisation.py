"""Compounding: interest is capitalised on its day, not before (from the first review)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ledger_dsl import book, terms
from promissory.core.engine import position

D = Decimal


def test_capitalisation_waits_for_its_day_when_both_days_count() -> None:
    """Both days counted, quarterly capitalisation (2002-01-05): a payment on 2002-01-04 pays the
    interest through that day (92 days → 20,444.44) before anything is capitalised."""
    t = terms(interest_count_first_and_last_day=True, interest_compounding="quarterly")
    ledger = book(t, "2001-10-05 advance 1000000.00\n2002-01-04 pay 10000.00")
    kinds = [(r.effective_date, r.kind) for r in ledger.rows]
    assert kinds == sorted(kinds, key=lambda k: k[0])
    assert ledger.rows[1].to_interest == D("10000.00")
    assert position(ledger, date(2002, 1, 4)).principal == D("1000000.00")
    after = position(ledger, date(2002, 1, 5))
    assert after.principal == D("1010444.44") and after.interest > 0  # capitalised 01-05
