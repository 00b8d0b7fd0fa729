"""Invariants of the constant-yield schedule, for any accrual period choice (hypothesis)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from promissory.core.oid.accrual import oid_schedule
from promissory.core.oid.dates import add_months
from promissory.core.oid.instrument import DebtInstrument, fixed_rate_instrument
from promissory.core.oid.issue_price import explicit_issue_price
from promissory.core.oid.qsi import InterestPayable, InterestTerms, RateStep


@st.composite
def notes(draw: st.DrawFn, *, payment_months: tuple[int, ...] = (1, 3, 6, 12)) -> DebtInstrument:
    """A fixed-rate or zero-coupon note issued at a discount (issue price 50–99.9% of face)."""
    issue = date(draw(st.integers(1990, 2030)), draw(st.integers(1, 12)), draw(st.integers(1, 28)))
    months = draw(st.integers(13, 20 * 12))
    stub = draw(st.booleans())
    maturity = add_months(issue, months)
    if stub:  # issue part-way into a period: a short first accrual period
        issue = date.fromordinal(issue.toordinal() + draw(st.integers(1, 25)))
    face = Decimal(draw(st.integers(1, 10_000)) * 1000)
    price = face * Decimal(draw(st.integers(500, 999))) / 1000
    zero = draw(st.booleans())
    interest = None
    if not zero:
        rate = Decimal(draw(st.integers(0, 60))) / 400
        pay = draw(st.sampled_from(payment_months))
        interest = InterestTerms((RateStep(issue, rate),), payment_months=pay)
    return fixed_rate_instrument(
        name="random",
        issue_date=issue,
        maturity=maturity,
        principal=face,
        issue_price=explicit_issue_price(price.quantize(Decimal("0.01"))),
        interest=interest,
    )


@settings(max_examples=60, deadline=None)
@given(notes(), st.sampled_from([None, 1, 2, 3, 4, 6, 12]), st.sampled_from([None, 2, 4]))
def test_total_oid_is_srpm_less_issue_price_exactly(
    note: DebtInstrument, months: int | None, places: int | None
) -> None:
    """26 CFR 1.1272-1(b)(1): the daily portions over the life add up to SRPM − issue price, to the
    cent exactly, whatever the accrual periods; the last AIP is zero after the final payment."""
    schedule = oid_schedule(note, accrual_months=months, yield_places=places)
    expected = (
        Decimal(0) if schedule.de_minimis.is_de_minimis else note.srpm - note.issue_price.amount
    )
    assert schedule.total_oid == expected
    if schedule.periods:
        assert schedule.periods[-1].adjusted_issue_price_end == 0
        assert all(p.length <= 1 for p in schedule.periods)
        assert all(p.days <= 366 for p in schedule.periods)


@st.composite
def annual_notes(draw: st.DrawFn) -> DebtInstrument:
    """Whole years, no stub, no QSI (zero coupon, or interest capitalised or paid at maturity).

    Notes with QSI are left out on purpose: QSI accrues ratably over the accrual periods it is
    attributable to (26 CFR 1.446-2(b)), so annual QSI with 6-month periods lowers the mid-year AIP
    by half a coupon that has not been paid, and the AIPs of the two schedules legitimately differ
    by QSI × r/2 on the anniversaries.  Without QSI the AIP is the present value of what remains."""
    issue = date(draw(st.integers(1990, 2030)), draw(st.integers(1, 12)), draw(st.integers(1, 28)))
    years = draw(st.integers(2, 30))
    face = Decimal(draw(st.integers(1, 10_000)) * 1000)
    price = (face * Decimal(draw(st.integers(300, 985))) / 1000).quantize(Decimal("0.01"))
    interest = None
    kind = draw(st.sampled_from(["zero", "capitalised", "at-maturity"]))
    if kind != "zero":
        interest = InterestTerms(
            (RateStep(issue, Decimal(draw(st.integers(1, 40))) / 400),),
            payment_months=12,
            capitalised=kind == "capitalised",
            payable=InterestPayable(kind) if kind == "at-maturity" else InterestPayable.PERIODIC,
        )
    return fixed_rate_instrument(
        name="annual",
        issue_date=issue,
        maturity=add_months(issue, 12 * years),
        principal=face,
        issue_price=explicit_issue_price(price),
        interest=interest,
    )


@settings(max_examples=60, deadline=None)
@given(annual_notes())
def test_aip_agrees_on_common_boundaries(note: DebtInstrument) -> None:
    """With exact arithmetic the AIP on a date is the present value of the remaining payments at
    the yield, whatever the compounding period, so 6- and 12-month schedules agree on every
    anniversary.  Each schedule rounds its period OID to the cent (Pub. 1212) and compounds that
    rounding forward: each rounding moves its AIP by at most half a cent, which then grows at the
    yield.  The tolerance is one cent per accrual period elapsed in the finer schedule (half a cent
    from each schedule, with room for that growth); at maturity both are exactly zero."""
    semi = oid_schedule(note, accrual_months=6)
    annual = oid_schedule(note, accrual_months=12)
    if semi.de_minimis.is_de_minimis:
        return
    fine = {p.end: (i + 1, p.adjusted_issue_price_end) for i, p in enumerate(semi.periods)}
    for p in annual.periods:
        elapsed, semi_aip = fine[p.end]
        tolerance = Decimal("0.01") * elapsed
        assert abs(p.adjusted_issue_price_end - semi_aip) <= tolerance, (p.end, elapsed)
    assert annual.periods[-1].adjusted_issue_price_end == semi.periods[-1].adjusted_issue_price_end
