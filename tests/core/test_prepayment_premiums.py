"""Prepayment premiums (issue 11): yield maintenance, lockout, and the premium after acceleration.

The seed note's terms (8% ACT/360, maturity 2005-09-30), $1,000,000.00 advanced on 2001-10-05.
Yield maintenance figures are recomputed here independently of the engine: the engine uses the
closed form ((c − y)/k) × (1 − (1 + y/k)^−n) / (y/k) (``core/premiums.py``); the test sums the
discounted lost interest period by period, Σ_{j=1..n} ((c − y)/k) / (1 + y/k)^j, in fractions.
"""

from __future__ import annotations

import math
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

import pytest

from ledger_dsl import book, terms
from promissory.codec.terms_toml import dumps_terms, loads_terms
from promissory.core.reports import payoff_quote
from promissory.errors import InvalidInput, TermsError

D = Decimal
CENT = D("0.01")
ADVANCE = "2001-10-05 advance 1000000.00\n"


def note(**prepayment: Any) -> Any:
    return terms(prepayment=prepayment)


def ym(**extra: Any) -> Any:
    return note(yield_maintenance={"index": "UST-1Y", **extra})


def factor_by_sum(c: str, y: str, n: int, k: int = 12) -> Decimal:
    """Σ_{j=1..n} ((c − y)/k) / (1 + y/k)^j, half-up to 12 places (the terms' rounding point)."""
    cf, yf = Fraction(c), Fraction(y)
    total = sum((cf - yf) / k / (1 + yf / k) ** j for j in range(1, n + 1))
    return D(math.floor(total * 10**12 + Fraction(1, 2))).scaleb(-12)


def test_the_issue_case_a_premium_kept_through_acceleration() -> None:
    """A 5% premium until maturity on 1,000,000.00 prepaid: 50,000.00 the day before acceleration;
    after it 0.00 by default, and still 50,000.00 when the terms keep it."""
    events = ADVANCE + "2002-04-01 default\n2002-05-01 accelerate"
    step = [{"until": date(2005, 9, 30), "percent": "0.05"}]
    ends = book(note(premium=step), events)
    keeps = book(note(premium=step, premium_on_acceleration=True), events)
    assert payoff_quote(ends, date(2002, 4, 30)).premium == D("50000.00")
    assert payoff_quote(ends, date(2002, 5, 2)).premium == D("0.00")
    assert payoff_quote(keeps, date(2002, 4, 30)).premium == D("50000.00")
    assert payoff_quote(keeps, date(2002, 5, 2)).premium == D("50000.00")


def test_paying_a_quote_that_keeps_the_premium_leaves_zero() -> None:
    step = [{"until": date(2005, 9, 30), "percent": "0.05"}]
    events = ADVANCE + "2002-04-01 default\n2002-05-01 accelerate\n"
    t = note(premium=step, premium_on_acceleration=True)
    quote = payoff_quote(book(t, events), date(2002, 6, 3))
    paid = book(t, events + f"2002-06-03 pay {quote.total}")
    assert not paid.problems
    assert paid.rows[-1].state.paid_on == date(2002, 6, 3)
    assert paid.rows[-1].split.premium == D("50000.00")


def test_yield_maintenance_against_a_period_by_period_sum() -> None:
    """Prepaid on 2004-09-30, treasury 4.00% fixed 2004-09-01: 12 monthly periods to maturity
    (Oct 31, 2004 … Sep 30, 2005), lost interest (8% − 4%)/12 a month."""
    ledger = book(ym(), ADVANCE + "2004-09-01 fixing UST-1Y 0.04")
    factor = factor_by_sum("0.08", "0.04", 12)
    # the closed form in floating point, as a third check: 0.03914664807699575
    assert factor == D("0.039146648077")
    quote = payoff_quote(ledger, date(2004, 9, 30))
    expected = (D("1000000.00") * factor).quantize(CENT, rounding=ROUND_HALF_UP)
    assert quote.premium == expected == D("39146.65")
    paid = book(ym(), ADVANCE + f"2004-09-01 fixing UST-1Y 0.04\n2004-09-30 pay {quote.total}")
    assert not paid.problems and paid.rows[-1].state.paid_on == date(2004, 9, 30)


def test_yield_maintenance_quarterly_with_a_spread_and_a_later_fixing() -> None:
    """Quarterly, treasury 3.00% + spread 0.50%; prepaid 2003-11-15: quarter ends after it are
    Dec 31 2003 … Sep 30 2005 (8 quarters).  A fixing after the day does not apply."""
    t = ym(frequency="quarterly", spread="0.005")
    ledger = book(t, ADVANCE + "2003-11-01 fixing UST-1Y 0.03\n2003-11-20 fixing UST-1Y 0.07")
    factor = factor_by_sum("0.08", "0.035", 8, k=4)
    quote = payoff_quote(ledger, date(2003, 11, 15))
    assert quote.premium == (D("1000000.00") * factor).quantize(CENT, rounding=ROUND_HALF_UP)


def test_yield_maintenance_is_never_below_its_minimum() -> None:
    """Treasury 9% above the note's 8%: no lost interest, so the 1% minimum: 10,000.00."""
    ledger = book(ym(minimum_percent="0.01"), ADVANCE + "2004-09-01 fixing UST-1Y 0.09")
    assert payoff_quote(ledger, date(2004, 9, 30)).premium == D("10000.00")
    bare = book(ym(), ADVANCE + "2004-09-01 fixing UST-1Y 0.09")
    assert payoff_quote(bare, date(2004, 9, 30)).premium == D("0.00")


def test_without_a_treasury_fixing_interest_may_be_paid_but_principal_not_prepaid() -> None:
    ledger = book(ym(), ADVANCE + "2002-01-05 pay 20000.00\n2002-02-05 pay 500000.00")
    assert [p.code for p in ledger.problems] == ["missing-fixing"]
    assert "UST-1Y" in ledger.problems[0].message
    with pytest.raises(InvalidInput, match="UST-1Y"):
        payoff_quote(ledger, date(2002, 3, 1))


def test_a_fixing_of_another_index_is_refused() -> None:
    ledger = book(ym(), ADVANCE + "2004-09-01 fixing SOFR 0.04")
    assert [p.code for p in ledger.problems] == ["wrong-index"]


def test_a_prepayment_in_the_lockout_is_refused_interest_is_not() -> None:
    """(The lockout is issue 10's ``prepayment.lockout_until``; checked here with the premiums.)
    Lockout until 2003-01-01: 10,000.00 on 2002-06-01 pays interest only (53,111.11 accrued);
    100,000.00 would prepay principal and is refused; after the lockout it is applied."""
    t = note(lockout_until=date(2003, 1, 1))
    ledger = book(t, ADVANCE + "2002-06-01 pay 10000.00\n2002-06-01 pay 100000.00\n"
                  "2003-01-02 pay 200000.00")  # fmt: skip
    assert [(p.seq, p.code) for p in ledger.problems] == [(3, "no-prepayment")]
    assert "may not be prepaid before 2003-01-01" in ledger.problems[0].message
    assert ledger.rows[-1].split.principal > 0


def test_after_acceleration_the_lockout_does_not_stop_payment() -> None:
    t = note(lockout_until=date(2003, 1, 1))
    events = ADVANCE + "2002-04-01 default\n2002-05-01 accelerate\n"
    quote = payoff_quote(book(t, events), date(2002, 6, 1))
    assert not book(t, events + f"2002-06-01 pay {quote.total}").problems


def test_the_new_keys_round_trip() -> None:
    t = terms(prepayment={"yield_maintenance": {"index": "UST-1Y", "frequency": "quarterly",
              "spread": "0.005", "minimum_percent": "0.01"}, "lockout_until": date(2002, 1, 1),
              "premium_on_acceleration": True})  # fmt: skip
    assert loads_terms(dumps_terms(t)) == t


@pytest.mark.parametrize(
    ("prepayment", "message"),
    [
        ({"yield_maintenance": {"index": "UST-1Y"},
          "premium": [{"until": date(2003, 1, 1), "percent": "0.01"}]}, "not both"),
        ({"yield_maintenance": {"index": "UST-1Y", "spread": "-0.01"}}, "must not be negative"),
        ({"yield_maintenance": {"frequency": "monthly"}}, "index"),
        ({"premium_on_acceleration": "yes"}, "true or false"),
    ],
)  # fmt: skip
def test_bad_prepayment_keys(prepayment: dict[str, Any], message: str) -> None:
    with pytest.raises(TermsError, match=message):
        terms(prepayment=prepayment)


def test_yield_maintenance_on_a_floating_note_is_refused() -> None:
    with pytest.raises(TermsError, match="floating"):
        terms(interest_rate=None, interest_floating={"index": "SOFR", "margin": "0.03"},
              prepayment={"yield_maintenance": {"index": "UST-1Y"}})  # fmt: skip
