"""The Decimal yield solver against QuantLib (test-only dependency) on randomised fixed-rate bonds.

Matched conventions: regular coupon periods only (no stub), dates on day 1..28 and the 30/360 Bond
Basis day counter, so every QuantLib coupon period is exactly 1/f of a year and QuantLib's
``Compounded`` yield at frequency f discounts by (1 + y/f)^-n, exactly as our per-period compounding
does; the yield is solved at the issue date (no accrued interest).  QuantLib works in binary floats;
our solver in 50-digit Decimal.  Agreement is required to 1e-9 (absolute, as a decimal yield).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promissory.core.oid.accrual import oid_schedule
from promissory.core.oid.dates import add_months
from promissory.core.oid.instrument import fixed_rate_instrument
from promissory.core.oid.issue_price import explicit_issue_price
from promissory.core.oid.qsi import InterestTerms, RateStep

ql = pytest.importorskip("QuantLib")

FREQUENCIES = {1: "Annual", 2: "Semiannual", 4: "Quarterly"}


def quantlib_yield(
    issue: date, maturity: date, rate: Decimal, per_year: int, price_pct: Decimal
) -> Decimal:
    start = ql.Date(issue.day, issue.month, issue.year)
    end = ql.Date(maturity.day, maturity.month, maturity.year)
    ql.Settings.instance().evaluationDate = start
    frequency = getattr(ql, FREQUENCIES[per_year])
    schedule = ql.Schedule(
        start,
        end,
        ql.Period(frequency),
        ql.NullCalendar(),
        ql.Unadjusted,
        ql.Unadjusted,
        ql.DateGeneration.Backward,
        False,
    )
    day_count = ql.Thirty360(ql.Thirty360.BondBasis)
    bond = ql.FixedRateBond(0, 100.0, schedule, [float(rate)], day_count)
    price = ql.BondPrice(float(price_pct), ql.BondPrice.Clean)
    y = bond.bondYield(price, day_count, ql.Compounded, frequency, start, 1e-14, 1000)
    return Decimal(repr(y))


@settings(max_examples=80, deadline=None)
@given(
    year=st.integers(1990, 2040),
    month=st.integers(1, 12),
    day=st.integers(1, 28),
    years=st.integers(2, 30),
    per_year=st.sampled_from([1, 2, 4]),
    rate_quarters=st.integers(0, 60),
    price_permille=st.integers(500, 999),
)
def test_yield_matches_quantlib(
    year: int,
    month: int,
    day: int,
    years: int,
    per_year: int,
    rate_quarters: int,
    price_permille: int,
) -> None:
    issue = date(year, month, day)
    maturity = add_months(issue, 12 * years)
    rate = Decimal(rate_quarters) / 400  # multiples of 0.25%: coupons on 100,000 are whole cents
    price = Decimal(100_000) * price_permille / 1000
    note = fixed_rate_instrument(
        name="ql",
        issue_date=issue,
        maturity=maturity,
        principal=100_000,
        issue_price=explicit_issue_price(price),
        interest=InterestTerms((RateStep(issue, rate),), payment_months=12 // per_year),
    )
    ours = oid_schedule(note, accrual_months=12 // per_year).yield_.annual
    theirs = quantlib_yield(issue, maturity, rate, per_year, Decimal(price_permille) / 10)
    assert abs(ours - theirs) < Decimal("1e-9"), (ours, theirs)
