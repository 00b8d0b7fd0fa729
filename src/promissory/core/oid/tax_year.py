"""OID per calendar year: what a holder includes (Form 1099-OID) and what the issuer deducts.

Rules:

* **Original holder** (26 CFR 1.1272-1(a), (b)): the sum of the daily portions for each day of the
  year on which it held the instrument.  A day belongs to the accrual period ``[start, end)``.
* **Issuer** (26 CFR 1.163-7(a)): deducts the same OID, year by year, as it accrues.
* **Later holder** who bought on ``date`` for ``price`` (excluding accrued QSI) includes the daily
  portions from the purchase date on (Publication 1212 counts the purchase day), compared with the
  adjusted issue price (AIP) at the start of that day:

  - price above AIP but not above the remaining SRPM → **acquisition premium**: each daily portion
    is reduced by the fraction (price − AIP) / (OID remaining after purchase) (1.1272-2(b)(4));
  - price above the remaining SRPM → bought at a **premium**: no OID is includible (IRC 1272(c)(1);
    the premium is amortisable bond premium under IRC 171, not handled here);
  - price below AIP → **market discount** = AIP − price, reported and not accrued unless the holder
    elects (IRC 1276, 1278(b)); it is de minimis when below 0.25% of the remaining SRPM × complete
    years to maturity (IRC 1278(a)(2)(C)).  Full daily portions are included.

Rounding (documented choice): daily portions are summed exactly; each year's amount is the
difference of the *cumulative* amounts rounded to the cent, so the years add up to the total OID
exactly and no cent is lost or doubled across years.

Worked example (Pub. 1212 (2001), Example 17): the coupon bond bought on Nov 1, 2001 for $87,000;
AIP $86,409.28; acquisition premium $590.72; OID remaining $13,590.72; fraction .04346; reduced
daily OID $1.01967 × (1 − .04346) ≈ $0.9754; OID for 2001 = 61 days → $59.50.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from fractions import Fraction

from promissory.core.money import ZERO, RoundingPolicy, to_decimal
from promissory.core.oid.accrual import OidSchedule
from promissory.core.oid.dates import complete_years
from promissory.core.oid.errors import OidRuleError


class AcquisitionKind(Enum):
    """How a later holder's price compares with the instrument's AIP and remaining SRPM."""

    AT_ADJUSTED_ISSUE_PRICE = "at adjusted issue price"
    ACQUISITION_PREMIUM = "acquisition premium"
    PREMIUM = "premium"
    MARKET_DISCOUNT = "market discount"


@dataclass(frozen=True, slots=True)
class Acquisition:
    """A purchase by a later holder: the day bought and the price paid (excluding accrued QSI)."""

    date: date
    price: Decimal


@dataclass(frozen=True, slots=True)
class AcquisitionAnalysis:
    """The acquisition compared with the schedule, with every figure used.

    ``adjusted_issue_price``  AIP at the start of the purchase day (exact).
    ``remaining_srpm``        payments that are not QSI falling after the purchase day.
    ``remaining_oid``         daily portions from the purchase day to maturity (exact).
    ``premium_fraction``      (price − AIP) / remaining OID for an acquisition premium, else 0
                              (1 for a premium purchase: nothing is included).
    ``market_discount``       AIP − price when bought at a discount, else 0 (exact).
    ``market_discount_de_minimis``  whether that discount is de minimis (IRC 1278(a)(2)(C)).
    ``reason``                the comparison as a sentence, with the rule.
    """

    acquisition: Acquisition
    kind: AcquisitionKind
    adjusted_issue_price: Fraction
    remaining_srpm: Decimal
    remaining_oid: Fraction
    premium_fraction: Fraction
    market_discount: Fraction
    market_discount_de_minimis: bool
    reason: str


@dataclass(frozen=True, slots=True)
class YearAmount:
    """OID of one calendar year: ``days`` counted, ``exact`` daily portions, ``amount`` cents."""

    year: int
    days: int
    exact: Fraction
    amount: Decimal


def analyse_acquisition(schedule: OidSchedule, acquisition: Acquisition) -> AcquisitionAnalysis:
    """Compare a later holder's purchase with the schedule (see the module docstring)."""
    instrument = schedule.instrument
    day = acquisition.date
    price = to_decimal(acquisition.price, what="purchase price")
    if not instrument.issue_date <= day < instrument.maturity:
        raise OidRuleError(
            f"acquisition date {day} must be on or after the issue date {instrument.issue_date} "
            f"and before maturity {instrument.maturity}",
            rule="26 CFR 1.1272-2",
        )
    aip = schedule.adjusted_issue_price_on(day)
    remaining_srpm = sum(
        (p.amount for p in instrument.payments if not p.qsi and p.date > day), ZERO
    )
    remaining_oid = schedule.oid_between(day, instrument.maturity)
    cost = Fraction(price)
    fraction = Fraction(0)
    discount = Fraction(0)
    de_minimis = False
    if cost > Fraction(remaining_srpm):
        kind = AcquisitionKind.PREMIUM
        fraction = Fraction(1)
        reason = (
            f"price {price} exceeds the remaining SRPM {remaining_srpm}: bought at a premium, no "
            "OID is includible (IRC 1272(c)(1)); the premium is bond premium under IRC 171"
        )
    elif cost > aip:
        kind = AcquisitionKind.ACQUISITION_PREMIUM
        fraction = (cost - aip) / remaining_oid if remaining_oid else Fraction(1)
        reason = (
            f"price {price} exceeds the adjusted issue price {_cents(aip)}: acquisition premium "
            f"{_cents(cost - aip)}; daily portions are reduced by the fraction "
            f"{_cents(cost - aip)} / {_cents(remaining_oid)} = {_places(fraction, 5)} "
            "(26 CFR 1.1272-2(b)(4))"
        )
    elif cost < aip:
        kind = AcquisitionKind.MARKET_DISCOUNT
        discount = aip - cost
        years = complete_years(day, instrument.maturity)
        de_minimis = discount < Fraction(remaining_srpm) * years / 400
        qualifier = " (de minimis, IRC 1278(a)(2)(C))" if de_minimis else ""
        reason = (
            f"price {price} is below the adjusted issue price {_cents(aip)}: market discount "
            f"{_cents(discount)}{qualifier}, reported and not accrued unless the holder elects "
            "(IRC 1276, 1278(b)); the full daily portions of OID are includible"
        )
    else:
        kind = AcquisitionKind.AT_ADJUSTED_ISSUE_PRICE
        reason = f"price {price} equals the adjusted issue price: full daily portions includible"
    return AcquisitionAnalysis(
        acquisition,
        kind,
        aip,
        remaining_srpm,
        remaining_oid,
        fraction,
        discount,
        de_minimis,
        reason,
    )


def _cents(value: Fraction) -> Decimal:
    return RoundingPolicy().round(value)


def _places(value: Fraction, places: int) -> Decimal:
    return RoundingPolicy(Decimal(1).scaleb(-places)).round(value)


#: A holding of the note: from ``start`` (its first day held) to ``end`` (its first day no longer
#: held; None: to maturity), of ``share`` of the instrument (1 for the whole).
Holding = tuple[date, date | None, Fraction]


def _held(schedule: OidSchedule, lo: date, hi: date, held: tuple[Holding, ...] | None) -> Fraction:
    if held is None:
        return schedule.oid_between(lo, hi)
    out = Fraction(0)
    for start, end, share in held:
        a, b = max(lo, start), min(hi, end or hi)
        if a < b:
            out += schedule.oid_between(a, b) * share
    return out


def _by_year(
    schedule: OidSchedule,
    first: date,
    factor: Fraction,
    rounding: RoundingPolicy,
    held: tuple[Holding, ...] | None = None,
) -> tuple[YearAmount, ...]:
    maturity = schedule.instrument.maturity
    if not schedule.periods or first >= maturity:
        return ()
    rows: list[YearAmount] = []
    cumulative = Fraction(0)
    reported = ZERO
    for year in range(first.year, maturity.year + 1):
        lo = max(first, date(year, 1, 1))
        hi = min(maturity, date(year + 1, 1, 1))
        if lo >= hi:
            continue
        if held is not None and not any(
            max(lo, s) < min(hi, e or hi) for s, e, _ in held
        ):  # a year the holder did not hold the note has no line
            continue
        exact = _held(schedule, lo, hi, held) * factor
        cumulative += exact
        total = rounding.round(cumulative)
        rows.append(YearAmount(year, (hi - lo).days, exact, total - reported))
        reported = total
    return tuple(rows)


def holder_inclusions(
    schedule: OidSchedule,
    acquisition: Acquisition | None = None,
    held: tuple[Holding, ...] | None = None,
) -> tuple[YearAmount, ...]:
    """OID includible by the holder for each calendar year (the Form 1099-OID amounts).

    ``held``: the holder's holdings (a participation, a part assigned away): only the days held
    count, each at the share held then; None holds the whole instrument throughout."""
    if acquisition is None:
        first = schedule.instrument.issue_date
        return _by_year(schedule, first, Fraction(1), schedule.rounding, held)
    analysis = analyse_acquisition(schedule, acquisition)
    return _by_year(schedule, acquisition.date, 1 - analysis.premium_fraction, schedule.rounding,
                    held)  # fmt: skip


def issuer_deductions(schedule: OidSchedule) -> tuple[YearAmount, ...]:
    """OID the issuer deducts for each calendar year as it accrues (26 CFR 1.163-7(a))."""
    return _by_year(schedule, schedule.instrument.issue_date, Fraction(1), schedule.rounding)
