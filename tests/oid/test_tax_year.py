"""Per-year OID for the original holder, a later holder and the issuer."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

from promissory.core.oid.accrual import oid_schedule
from promissory.core.oid.instrument import DebtInstrument
from promissory.core.oid.tax_year import (
    Acquisition,
    AcquisitionKind,
    analyse_acquisition,
    holder_inclusions,
    issuer_deductions,
)


def test_pub1212_example_17_acquisition_premium(coupon_bond: DebtInstrument) -> None:
    """IRS Publication 1212 (2001), Example 17: the Example 16 bond bought Nov 1, 2001 for $87,000.
    AIP $86,409.28; acquisition premium $590.72; OID remaining $13,590.72; fraction .04346;
    OID to include for 2001 is $59.50 ($.97536 × 61 days)."""
    schedule = oid_schedule(coupon_bond)
    bought = Acquisition(date(2001, 11, 1), Decimal("87000.00"))
    analysis = analyse_acquisition(schedule, bought)
    assert analysis.kind is AcquisitionKind.ACQUISITION_PREMIUM
    assert analysis.adjusted_issue_price == Decimal("86409.28")
    assert Fraction(87000) - analysis.adjusted_issue_price == Decimal("590.72")
    assert analysis.remaining_oid == Decimal("13590.72")
    assert round(analysis.premium_fraction, 5) == Fraction("0.04346")
    first = holder_inclusions(schedule, bought)[0]
    assert (first.year, first.days, first.amount) == (2001, 61, Decimal("59.50"))
    # Pub. 1212 prints the reduced daily OID as $.97536 from 5-decimal intermediates
    # (1.01967 − 1.01967 × .04346); the exact reduced daily portion is 0.975349…
    reduced = schedule.periods[1].daily_portion * (1 - analysis.premium_fraction)
    assert abs(reduced - Fraction("0.97536")) < Fraction(2, 100000)  # two 5-decimal roundings


def test_years_add_up_to_total_and_issuer_matches(coupon_bond: DebtInstrument) -> None:
    """Yearly amounts are differences of rounded cumulative amounts, so they reconcile exactly;
    the issuer deducts what the original holder includes (26 CFR 1.163-7(a))."""
    schedule = oid_schedule(coupon_bond)
    years = holder_inclusions(schedule)
    assert sum(y.amount for y in years) == schedule.total_oid == Decimal("13764.83")
    assert years == issuer_deductions(schedule)
    # 2001: first period $174.11 + 61 days (Nov 1 – Dec 31) of the second period's $184.56 / 181.
    expected_2001 = Decimal("174.11") + Decimal("184.56") * 61 / 181
    assert years[0].amount == expected_2001.quantize(Decimal("0.01"))


def test_market_discount_is_reported_not_accrued(coupon_bond: DebtInstrument) -> None:
    """IRC 1276/1278: bought below AIP → market discount reported; full daily portions included."""
    schedule = oid_schedule(coupon_bond)
    bought = Acquisition(date(2001, 11, 1), Decimal("80000.00"))
    analysis = analyse_acquisition(schedule, bought)
    assert analysis.kind is AcquisitionKind.MARKET_DISCOUNT
    assert analysis.market_discount == Decimal("6409.28")
    assert not analysis.market_discount_de_minimis
    later = holder_inclusions(schedule, bought)
    assert sum(y.amount for y in later) == Decimal("13590.72")


def test_premium_purchase_includes_nothing(coupon_bond: DebtInstrument) -> None:
    """IRC 1272(c)(1): bought above the remaining SRPM → no OID includible."""
    schedule = oid_schedule(coupon_bond)
    bought = Acquisition(date(2001, 11, 1), Decimal("100500.00"))
    assert analyse_acquisition(schedule, bought).kind is AcquisitionKind.PREMIUM
    assert all(y.amount == 0 for y in holder_inclusions(schedule, bought))
