"""Shared instruments for the OID tests, each built from its published facts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from promissory.core.oid.instrument import DebtInstrument, fixed_rate_instrument
from promissory.core.oid.issue_price import explicit_issue_price
from promissory.core.oid.qsi import InterestTerms, RateStep


def pub1212_coupon_bond() -> DebtInstrument:
    """IRS Publication 1212 (2001), Example 16: $100,000, issued 2001-05-01 at $86,235.17,
    10% paid semiannually May 1 / Nov 1, maturing 2016-05-01 (DOMAIN.md)."""
    return fixed_rate_instrument(
        name="Pub 1212 coupon bond",
        issue_date=date(2001, 5, 1),
        maturity=date(2016, 5, 1),
        principal="100000.00",
        issue_price=explicit_issue_price("86235.17"),
        interest=InterestTerms((RateStep(date(2001, 5, 1), Decimal("0.10")),), payment_months=6),
    )


def zero_coupon_1272() -> DebtInstrument:
    """26 CFR 1.1272-1(j) Example 1 facts: issued 1994-07-01 at $675,564.17, pays $1,000,000 on
    1999-07-01 and nothing else (DOMAIN.md)."""
    return fixed_rate_instrument(
        name="1.1272-1(j) Example 1 zero coupon",
        issue_date=date(1994, 7, 1),
        maturity=date(1999, 7, 1),
        principal="1000000.00",
        issue_price=explicit_issue_price("675564.17"),
        interest=None,
    )


@pytest.fixture
def coupon_bond() -> DebtInstrument:
    return pub1212_coupon_bond()


@pytest.fixture
def zero_coupon() -> DebtInstrument:
    return zero_coupon_1272()
