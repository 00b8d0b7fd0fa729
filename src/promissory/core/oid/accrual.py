"""Constant-yield accrual: OID per accrual period, daily portions and the adjusted issue price.

Rule (26 CFR 1.1272-1(b)(1)): a holder includes in income the sum of the *daily portions* of OID for
each day it holds the instrument.  They are found in four steps:

1. **Accrual periods** (1.1272-1(b)(1)(ii)): any lengths up to one year, each scheduled payment on
   the first or last day of a period.  Regular periods of ``accrual_months`` (default: the interval
   of the payment dates) are laid out by the *accrual rule* (:class:`AccrualRule`):
   ``back_from_maturity`` (the default) counts them back from maturity, so any short period comes
   first; ``from_issue`` counts them forward from the issue date, so any short period comes last;
   ``calendar_year`` ends them on January 1 and every ``accrual_months`` after it (calendar years
   for 12 months, Jan 1 / Jul 1 for 6), so a first short period runs from issue to the first such
   date and a last one from the last such date to maturity.  Payment dates always stay period
   boundaries.  A short period is ``f`` of a regular period: its days over the days of the
   regular period ending on its last day — or, for a period that starts on the rule's grid
   (``from_issue``, ``calendar_year``: a final short period), of the one starting on its first.
2. **Yield** (1.1272-1(b)(1)(i)), compounded at the end of each period — see :mod:`.yield_`.
3. **OID for a period** (1.1272-1(b)(1)(iii)) = adjusted issue price at the start × yield for the
   period − qualified stated interest allocable to the period.  For a short period of ``f`` of a
   regular period the yield for the period depends on the *short-period method*
   (:class:`ShortPeriod`): ``simple`` (the default) r·f (1.1272-1(j), OID = IP × (i/k) × f);
   ``compound`` (1 + r)^f − 1, the fractional exponent of Publication 1212.  QSI is
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

import decimal
import itertools
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from fractions import Fraction

from promissory.core.calendar import add_months
from promissory.core.money import EXACT, ZERO, RoundingMode, RoundingPolicy, currency_quantum
from promissory.core.oid.dates import whole_months_between
from promissory.core.oid.deminimis import DeMinimisTest, de_minimis_test
from promissory.core.oid.errors import OidRuleError
from promissory.core.oid.instrument import DebtInstrument
from promissory.core.oid.yield_ import WORKING_DIGITS, YieldResult, growth, solve_yield

ALLOWED_MONTHS = (1, 2, 3, 4, 6, 12)
_DIGITS = decimal.Context(prec=WORKING_DIGITS, rounding=decimal.ROUND_HALF_EVEN)
RULE_PERIODS = "26 CFR 1.1272-1(b)(1)(ii)"


class AccrualRule(Enum):
    """How regular accrual periods are laid out between issue and maturity (any is allowed by
    26 CFR 1.1272-1(b)(1)(ii), as long as every payment falls on a period boundary)."""

    BACK_FROM_MATURITY = "back_from_maturity"  # counted back from maturity: short period first
    FROM_ISSUE = "from_issue"  # counted forward from the issue date: short period last
    CALENDAR_YEAR = "calendar_year"  # ending Jan 1 (and every accrual_months after): both ends

    @property
    def words(self) -> str:
        return {
            AccrualRule.BACK_FROM_MATURITY: "counted back from maturity",
            AccrualRule.FROM_ISSUE: "counted forward from the issue date",
            AccrualRule.CALENDAR_YEAR: "ending on calendar dates from January 1",
        }[self]


class ShortPeriod(Enum):
    """How the yield compounds over a short accrual period of ``f`` of a regular period."""

    SIMPLE = "simple"  # 1 + r·f: 26 CFR 1.1272-1(j), OID = IP × (i/k) × f
    COMPOUND = "compound"  # (1 + r)^f: the fractional exponent of IRS Publication 1212

    @property
    def words(self) -> str:
        return {
            ShortPeriod.SIMPLE: "simple interest, r × f (26 CFR 1.1272-1(j))",
            ShortPeriod.COMPOUND: "compound interest, (1 + r)^f − 1 (IRS Publication 1212)",
        }[self]


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
    ``accrual_rule``    how the regular periods were laid out.
    ``short_period``    how the yield compounds over a short period.
    """

    instrument: DebtInstrument
    accrual_months: int
    yield_: YieldResult
    yield_places: int | None
    accrual_rate: Fraction
    de_minimis: DeMinimisTest
    periods: tuple[AccrualPeriod, ...]
    rounding: RoundingPolicy
    accrual_rule: AccrualRule = AccrualRule.BACK_FROM_MATURITY
    short_period: ShortPeriod = ShortPeriod.SIMPLE

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


def regular_dates(
    instrument: DebtInstrument,
    months: int,
    rule: AccrualRule = AccrualRule.BACK_FROM_MATURITY,
) -> tuple[date, ...]:
    """The dates the rule puts regular periods on, from the issue date to maturity inclusive
    (the issue date and maturity only where they fall on the rule's grid)."""
    issue, maturity = instrument.issue_date, instrument.maturity
    found: list[date] = []
    if rule is AccrualRule.BACK_FROM_MATURITY:
        k = 0
        while (day := add_months(maturity, -months * k)) >= issue:
            found.append(day)
            k += 1
    elif rule is AccrualRule.FROM_ISSUE:
        k = 0
        while (day := add_months(issue, months * k)) <= maturity:
            found.append(day)
            k += 1
    else:
        day = date(issue.year, 1, 1)
        while day <= maturity:
            if day >= issue:
                found.append(day)
            day = add_months(day, months)
    return tuple(sorted(found))


def accrual_boundaries(
    instrument: DebtInstrument,
    months: int,
    rule: AccrualRule = AccrualRule.BACK_FROM_MATURITY,
) -> tuple[date, ...]:
    """Issue date, maturity, every payment date, and the rule's regular dates between them."""
    found = {instrument.issue_date, instrument.maturity, *(p.date for p in instrument.payments)}
    found.update(regular_dates(instrument, months, rule))
    return tuple(sorted(found))


def _length(start: date, end: date, months: int, from_start: bool = False) -> Fraction:
    """``[start, end)`` as a fraction of a regular period: of the one ending on ``end``, or with
    ``from_start`` of the one starting on ``start``."""
    if from_start:
        full_end = add_months(start, months)
        if full_end == end:
            return Fraction(1)
        return Fraction((end - start).days, (full_end - start).days)
    full_start = add_months(end, -months)
    if full_start == start:
        return Fraction(1)
    return Fraction((end - start).days, (end - full_start).days)


def period_lengths(
    bounds: tuple[date, ...],
    months: int,
    rule: AccrualRule,
    grid: tuple[date, ...],
) -> list[Fraction]:
    """Each period's fraction of a regular period (1 when regular).

    Counted back from maturity, every period is measured against the regular period ending on its
    last day (as before the rule was a term).  Under the other rules a period starting on the grid
    (a final short period, or one cut by a payment date) is measured against the regular period
    starting on its first day, any other against the one ending on its last day.
    """
    on_grid = set(grid) if rule is not AccrualRule.BACK_FROM_MATURITY else set()
    return [_length(a, b, months, a in on_grid) for a, b in itertools.pairwise(bounds)]


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
    accrual_rule: AccrualRule = AccrualRule.BACK_FROM_MATURITY,
    short_period: ShortPeriod = ShortPeriod.SIMPLE,
) -> OidSchedule:
    """The constant-yield schedule of ``instrument`` (see the module docstring for the rules).

    ``accrual_months``  regular accrual period in months (1, 2, 3, 4, 6 or 12); default: the
                        interval of the payment dates.
    ``yield_places``    accrue at the yield rounded to this many decimals of a percent (the rule's
                        minimum is 2); default: the solved yield at full precision.
    ``rounding``        how each period's OID is rounded (default: half-up to the currency's cent).
    ``accrual_rule``    how the regular periods are laid out (default: back from maturity).
    ``short_period``    how the yield compounds over a short period (default: simple, r × f).
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
    if not isinstance(accrual_rule, AccrualRule) or not isinstance(short_period, ShortPeriod):
        raise TypeError(
            f"accrual_rule {accrual_rule!r} / short_period {short_period!r}: pass the enums"
        )
    bounds = accrual_boundaries(instrument, months, accrual_rule)
    lengths = period_lengths(
        bounds, months, accrual_rule, regular_dates(instrument, months, accrual_rule)
    )
    compound = short_period is ShortPeriod.COMPOUND
    paid_at: dict[date, Decimal] = defaultdict(lambda: ZERO)
    not_qsi_at: dict[date, Decimal] = defaultdict(lambda: ZERO)
    for payment in instrument.payments:
        paid_at[payment.date] = EXACT.add(paid_at[payment.date], payment.amount)
        if not payment.qsi:
            not_qsi_at[payment.date] = EXACT.add(not_qsi_at[payment.date], payment.amount)
    issue_price = instrument.issue_price.amount
    solved = solve_yield(
        issue_price,
        lengths,
        [paid_at[end] for end in bounds[1:]],
        periods_per_year=12 // months,
        compound=compound,
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
            exact = Fraction(aip) * _period_yield(rate, lengths[i], compound) - qsi[i]
            oid = remaining if i == last else policy.round(exact)
            remaining = EXACT.subtract(remaining, oid)
            end_aip = EXACT.subtract(EXACT.add(aip, oid), not_qsi_at[end])
            periods.append(
                AccrualPeriod(
                    start, end, lengths[i], aip, qsi[i], exact, oid, not_qsi_at[end], end_aip
                )
            )
            aip = end_aip
    return OidSchedule(instrument, months, solved, yield_places, rate, test, tuple(periods), policy,
                       accrual_rule, short_period)  # fmt: skip


def _period_yield(rate: Fraction, length: Fraction, compound: bool) -> Fraction:
    """The yield for a period of ``length`` regular periods: r × f, or (1 + r)^f − 1 compounded
    (exact for a regular period; the fractional power to the solver's 50 digits)."""
    if not compound or length == 1:
        return rate * length
    return Fraction(growth(_to_decimal(rate), length, compound=True)) - 1


def _to_decimal(value: Fraction) -> Decimal:
    return _DIGITS.divide(Decimal(value.numerator), Decimal(value.denominator))
