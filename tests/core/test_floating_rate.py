"""A floating rate: index plus margin, fixings refused or missing (from the first review)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from ledger_dsl import book, terms
from promissory.core.engine import position
from promissory.core.reports import payoff_quote
from promissory.errors import InvalidInput

D = Decimal


def test_a_negative_index_never_makes_negative_interest_without_a_floor() -> None:
    """SOFR −5% + 1% with no floor: the rate is 0, and a payment of 1,000 reduces principal by
    exactly 1,000 (it used to 'pay' −40,555.56 of interest and free that for principal)."""
    t = terms(interest_rate=None, interest_floating={"index": "SOFR", "margin": "0.01"})
    ledger = book(t, "2001-10-05 fixing SOFR -0.05\n2001-10-05 advance 1000000.00\n"
                     "2002-10-05 pay 1000.00")  # fmt: skip
    row = ledger.rows[-1]
    assert (row.to_interest, row.to_principal, row.principal) == (0, D("1000.00"), D("999000.00"))


def test_a_refused_fixing_never_sets_the_rate() -> None:
    t = terms(interest_rate=None, interest_floating={"index": "SOFR", "margin": "0.03"})
    base = "2001-10-05 fixing SOFR 0.05\n2001-10-05 advance 1000000.00\n"
    good, bad = book(t, base), book(t, base + "2001-10-20 fixing LIBOR 0.50")
    assert [p.code for p in bad.problems] == ["wrong-index"]
    assert position(bad, date(2002, 1, 1)).interest == position(good, date(2002, 1, 1)).interest
    assert position(bad, date(2002, 1, 1)).contract_rate == D("0.08")


def test_a_missing_fixing_is_bad_input_naming_it() -> None:
    t = terms(interest_rate=None, interest_floating={"index": "SOFR", "margin": "0.03"})
    ledger = book(t, "2001-10-05 fixing SOFR 0.05\n2001-10-05 advance 1.00")
    late = terms(interest_rate=None, interest_floating={"index": "SOFR", "margin": "0.03"})
    unfixed = book(late, "2001-10-05 advance 1000.00")
    with pytest.raises(InvalidInput, match="SOFR"):
        payoff_quote(unfixed, date(2001, 11, 1))
    with pytest.raises(InvalidInput, match="SOFR"):
        position(unfixed, date(2001, 11, 1))
    assert payoff_quote(ledger, date(2001, 11, 1)).total > 0
