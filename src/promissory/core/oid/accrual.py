"""Constant-yield accrual: OID per accrual period, daily portions and the adjusted issue price.

Rule (26 CFR 1.1272-1(b)(1)): a holder includes in income the sum of the *daily portions* of OID for
each day it holds the instrument.  They are found in four steps:

1. **Accrual periods** (1.1272-1(b)(1)(ii)): any lengths up to one year, each scheduled payment on
   the first or last day of a period.  By default the periods are the intervals between payment
   dates; ``accrual_months`` chooses regular periods counted back from maturity instead, so that any
   short period comes first.  Payment dates always stay period boundaries.
2. **Yield** (1.1272-1(b)(1)(i)), compounded at the end of each period — see :mod:`.yield_`.
3. **OID for a period** (1.1272-1(b)(1)(iii)) = adjusted issue price at the start × yield for the
   period − qualified stated interest allocable to the period.  For a short period of ``f`` of a
   regular period the yield for the period is r·f (1.1272-1(j), OID = IP × (i/k) × f).  QSI is
   allocated to periods ratably by days between QSI payment dates.  The **final period** takes
   SRPM − issue price − OID of all earlier periods, so the total is exact.
4. **Adjusted issue price** (1.1275-1(b)): issue price, plus the OID of earlier periods, less every
   payment that is not QSI.  **Daily portions**: the period's OID spread evenly over its days; a
   period [start, end) contains its first day and not its last, as Publication 1212 counts.

Rounding (documented choice, matching Publication 1212): OID per period is rounded to the cent
by the schedule's :class:`RoundingPolicy` (half-up); the adjusted issue price is therefore a cent
amount and the next period's OID is computed from it (Pub. 1212: $86,409.28 × 6% − $5,000 =
$184.56).  The daily portion is the rounded period OID / days, kept exact; Pub. 1212 shows it to 5
decimals ($184.56 / 181 = $1.01967).  The unrounded OID of every period is kept in ``oid_exact``.

Worked example (Pub. 1212 coupon bond, 12% compounded semiannually): first period May 1 –
Nov 1, 2001: $86,235.17 × 0.06 − $5,000 = $174.1102 → $174.11; AIP Nov 1, 2001 =
$86,409.28; second period $184.56 over 181 days = $1.01967 a day.
Total over 30 periods = $100,000 − $86,235.17 = $13,764.83.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction

from promissory.core.money import EXACT, ZERO, RoundingMode, RoundingPolicy, currency_quantum
from promissory.core.oid.dates import add_months, whole_months_between
from promissory.core.oid.deminimis import DeMinimisTest, de_minimis_test
from promissory.core.oid.errors import OidRuleError
from promissory.core.oid.instrument import DebtInstrument
from promissory.core.oid.yield_ import YieldResult, solve_yield

ALLOWED_MONTHS = (1, 2, 3, 4, 6, 12)
RULE_PERIODS = "26 CFR 1.1272-1(b)(1)(ii)"


@dataclass(frozen=True, slots=True)
class AccrualPeriod:
    """One accrual period ``[start, end)`` of the constant-yield schedule.

    ``length``                        the period as a fraction of a regular period (1 when regular).
    ``adjusted_issue_price``          AIP at the start of the period (cents).
    ``qsi``                           QSI allocable to the period (exact).
    ``oid_exact``                     AIP × yield × length − QSI, before rounding.
    ``oid``                           the period's OID (cents; the final period's is the remainder).
    ``paid_not_qsi``                  payments that are not QSI made at the end of the period.
    ``adjusted_issue_price_end``      AIP at the end, after those payments.
    """

    start: date
    end: date
    length: Fraction
    adjusted_issue_price: Decimal
    qsi: Fraction
    oid_exact: Fraction
    oid: Decimal
    paid_not_qsi: Decimal
    adjusted_issue_price_end: Decimal

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    @property
    def daily_portion(self) -> Fraction:
        """The period's OID per day, exact."""
        return Fraction(self.oid) / self.days

    def daily_portion_shown(self, places: int = 5) -> Decimal:
        """The daily portion as Pub. 1212 prints it ($1.01967): ``places`` decimals, half-up."""
        return RoundingPolicy(Decimal(1).scaleb(-places), RoundingMode.HALF_UP).round(
            self.daily_portion
        )


@dataclass(frozen=True, slots=True)
class OidSchedule:
    """The constant-yield OID schedule of one instrument.

    ``accrual_months``  the regular accrual period (also the yield's compounding period).
    ``yield_``          the solved yield, at ``yield_.precision_digits`` significant digits.
    ``yield_places``    None when accruals use the solved yield; else the percent decimals the
                        yield was rounded to before accruing.
    ``accrual_rate``    the per-period yield the accruals used (exact).
    ``de_minimis``      the 1.1273-1(d) test; when de minimis there are no periods and no OID.
    ``periods``         the accrual periods in order.
    ``rounding``        the policy that rounds each period's OID.
    """

    instrument: DebtInstrument
    accrual_months: int
    yield_: YieldResult
    yield_places: int | None
    accrual_rate: Fraction
    de_minimis: DeMinimisTest
    periods: tuple[AccrualPeriod, ...]
    rounding: RoundingPolicy

    @property
    def total_oid(self) -> Decimal:
        """OID accrued over the life (SRPM − issue price, or zero when de minimis)."""
        total = ZERO
        for period in self.periods:
            total = EXACT.add(total, period.oid)
        return total

    def adjusted_issue_price_on(self, day: date) -> Fraction:
        """AIP at the start of ``day``: the period's AIP plus the daily portions before it."""
        instrument = self.instrument
        if day <= instrument.issue_date or not self.periods:
            return Fraction(instrument.issue_price.amount)
        for period in self.periods:
            if period.start <= day < period.end:
                elapsed = (day - period.start).days
                return Fraction(period.adjusted_issue_price) + period.daily_portion * elapsed
        return Fraction(self.periods[-1].adjusted_issue_price_end)

    def oid_between(self, first: date, stop: date) -> Fraction:
        """Exact OID of the days ``first`` ≤ day < ``stop`` (the sum of their daily portions)."""
        total = Fraction(0)
        for period in self.periods:
            lo, hi = max(first, period.start), min(stop, period.end)
            if lo < hi:
                total += period.daily_portion * (hi - lo).days
        return total


def default_accrual_months(instrument: DebtInstrument) -> int:
    """The regular interval of the payment dates (capped at 12 months, a divisor of 12)."""
    dates = sorted({instrument.issue_date, *(p.date for p in instrument.payments)})
    gaps = [whole_months_between(a, b) for a, b in itertools.pairwise(dates)]
    whole = [g for g in gaps if g]
    shortest = min(whole) if whole else 12
    return max(m for m in ALLOWED_MONTHS if m <= min(shortest, 12))


def accrual_boundaries(instrument: DebtInstrument, months: int) -> tuple[date, ...]:
    """Issue date, every payment date, and the regular dates counted back from maturity."""
    found = {instrument.issue_date, *(p.date for p in instrument.payments)}
    k = 1
    while (day := add_months(instrument.maturity, -months * k)) > instrument.issue_date:
        found.add(day)
        k += 1
    return tuple(sorted(found))


def _length(start: date, end: date, months: int) -> Fraction:
    full_start = add_months(end, -months)
    if full_start == start:
        return Fraction(1)
    return Fraction((end - start).days, (end - full_start).days)


def _qsi_allocation(instrument: DebtInstrument, bounds: tuple[date, ...]) -> list[Fraction]:
    """QSI allocable to each period: each QSI payment spread by days since the previous one."""
    paid: dict[date, Decimal] = defaultdict(lambda: ZERO)
    for payment in instrument.payments:
        if payment.qsi:
            paid[payment.date] = EXACT.add(paid[payment.date], payment.amount)
    shares = [Fraction(0)] * (len(bounds) - 1)
    previous = instrument.issue_date
    for when in sorted(paid):
        span = (when - previous).days
        for i, (start, end) in enumerate(itertools.pairwise(bounds)):
            lo, hi = max(start, previous), min(end, when)
            if lo < hi:
                shares[i] += Fraction(paid[when]) * (hi - lo).days / span
        previous = when
    return shares


def oid_schedule(
    instrument: DebtInstrument,
    *,
    accrual_months: int | None = None,
    yield_places: int | None = None,
    rounding: RoundingPolicy | None = None,
) -> OidSchedule:
    """The constant-yield schedule of ``instrument`` (see the module docstring for the rules).

    ``accrual_months``  regular accrual period in months (1, 2, 3, 4, 6 or 12); default: the
                        interval of the payment dates.
    ``yield_places``    accrue at the yield rounded to this many decimals of a percent (the rule's
                        minimum is 2); default: the solved yield at full precision.
    ``rounding``        how each period's OID is rounded (default: half-up to the currency's cent).
    """
    months = default_accrual_months(instrument) if accrual_months is None else accrual_months
    if months not in ALLOWED_MONTHS:
        raise OidRuleError(
            f"accrual period of {months} months is not one of {ALLOWED_MONTHS} (an accrual period "
            "may not exceed one year and must divide it)",
            rule=RULE_PERIODS,
        )
    if yield_places is not None and yield_places < 2:
        raise OidRuleError(
            f"yield_places {yield_places}: the yield must be calculated to at least two decimal "
            "places",
            rule="26 CFR 1.1272-1(b)(1)(i)",
        )
    policy = rounding or RoundingPolicy(currency_quantum(instrument.currency))
    bounds = accrual_boundaries(instrument, months)
    lengths = [_length(a, b, months) for a, b in itertools.pairwise(bounds)]
    paid_at: dict[date, Decimal] = defaultdict(lambda: ZERO)
    not_qsi_at: dict[date, Decimal] = defaultdict(lambda: ZERO)
    for payment in instrument.payments:
        paid_at[payment.date] = EXACT.add(paid_at[payment.date], payment.amount)
        if not payment.qsi:
            not_qsi_at[payment.date] = EXACT.add(not_qsi_at[payment.date], payment.amount)
    issue_price = instrument.issue_price.amount
    solved = solve_yield(
        issue_price, lengths, [paid_at[end] for end in bounds[1:]], periods_per_year=12 // months
    )
    if yield_places is None:
        rate = Fraction(solved.per_period)
    else:
        rate = Fraction(solved.percent(yield_places)) / 100 / solved.periods_per_year
    test = de_minimis_test(instrument)
    periods: list[AccrualPeriod] = []
    if not test.is_de_minimis:
        qsi = _qsi_allocation(instrument, bounds)
        remaining = EXACT.subtract(instrument.srpm, issue_price)
        aip = issue_price
        last = len(lengths) - 1
        for i, (start, end) in enumerate(itertools.pairwise(bounds)):
            exact = Fraction(aip) * rate * lengths[i] - qsi[i]
            oid = remaining if i == last else policy.round(exact)
            remaining = EXACT.subtract(remaining, oid)
            end_aip = EXACT.subtract(EXACT.add(aip, oid), not_qsi_at[end])
            periods.append(
                AccrualPeriod(
                    start, end, lengths[i], aip, qsi[i], exact, oid, not_qsi_at[end], end_aip
                )
            )
            aip = end_aip
    return OidSchedule(instrument, months, solved, yield_places, rate, test, tuple(periods), policy)
