"""Golden figures: every number here is transcribed from the source its test cites.

Sources: IRS Publication 1212 (2001 ed.), Examples 16 and 17 ("Figuring OID on Long-Term Debt
Instruments"), as quoted in /work/shared/DOMAIN.md; 26 CFR 1.1272-1(j) Example 1; the de minimis
figures of DOMAIN.md (26 CFR 1.1273-1(d)).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from promissory.core.oid.accrual import oid_schedule
from promissory.core.oid.deminimis import de_minimis_test
from promissory.core.oid.instrument import DebtInstrument, fixed_rate_instrument
from promissory.core.oid.issue_price import explicit_issue_price

# The published periods are reproduced both by the yield solved to full precision (the default)
# and by the yield rounded to the two decimals the publications print (12.00%, 8.00%).
YIELDS = [pytest.param(None, id="solved-yield"), pytest.param(2, id="yield-to-2-decimals")]


@pytest.mark.parametrize("places", YIELDS)
def test_pub1212_coupon_bond(coupon_bond: DebtInstrument, places: int | None) -> None:
    """Pub. 1212 (2001) Example 16: yield 12.00% compounded semiannually; first-period OID $174.11;
    AIP Nov 1, 2001 $86,409.28; daily OID in the second period $1.01967; total OID $13,764.83."""
    schedule = oid_schedule(coupon_bond, yield_places=places)
    assert schedule.yield_.describe(2) == "12.00% compounded semiannually"
    first, second = schedule.periods[0], schedule.periods[1]
    assert (first.start, first.end) == (date(2001, 5, 1), date(2001, 11, 1))
    assert first.oid == Decimal("174.11")
    assert first.adjusted_issue_price_end == Decimal("86409.28")
    assert schedule.adjusted_issue_price_on(date(2001, 11, 1)) == Decimal("86409.28")
    assert second.days == 181
    assert second.daily_portion_shown(5) == Decimal("1.01967")
    assert schedule.total_oid == Decimal("13764.83")
    assert len(schedule.periods) == 30
    assert schedule.periods[-1].adjusted_issue_price_end == 0


@pytest.mark.parametrize("places", YIELDS)
def test_zero_coupon_1272_example_1(zero_coupon: DebtInstrument, places: int | None) -> None:
    """26 CFR 1.1272-1(j) Example 1: yield 8.00% compounded semiannually; OID for the first
    six-month accrual period $27,022.57; total OID $324,435.83."""
    schedule = oid_schedule(zero_coupon, accrual_months=6, yield_places=places)
    assert schedule.yield_.describe(2) == "8.00% compounded semiannually"
    assert schedule.periods[0].oid == Decimal("27022.57")
    assert schedule.total_oid == Decimal("324435.83")
    assert len(schedule.periods) == 10


def _ten_year_note(price: str) -> DebtInstrument:
    return fixed_rate_instrument(
        name="de minimis",
        issue_date=date(2000, 1, 1),
        maturity=date(2010, 1, 1),
        principal="1000.00",
        issue_price=explicit_issue_price(price),
        interest=None,
    )


def test_de_minimis_980_is_zero() -> None:
    """DOMAIN.md / 26 CFR 1.1273-1(d): SRPM $1,000, 10 complete years, issue price $980 →
    OID $20 < 0.25% × 1,000 × 10 = $25 → treated as zero."""
    note = _ten_year_note("980.00")
    test = de_minimis_test(note)
    assert test.oid == Decimal("20.00")
    assert test.threshold == 25
    assert test.is_de_minimis
    schedule = oid_schedule(note)
    assert schedule.total_oid == 0
    assert schedule.periods == ()


def test_de_minimis_950_accrues() -> None:
    """DOMAIN.md / 26 CFR 1.1273-1(d): issue price $950 → OID $50 ≥ $25 → accrues in full."""
    note = _ten_year_note("950.00")
    assert not de_minimis_test(note).is_de_minimis
    assert oid_schedule(note).total_oid == Decimal("50.00")
