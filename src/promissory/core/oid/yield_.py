"""Yield to maturity: the constant rate, compounded once per accrual period, that prices the note.

Rule (26 CFR 1.1272-1(b)(1)(i)): the yield is the discount rate that, used to compute the present
value of every payment under the instrument, produces the issue price.  It is constant over the
term, is computed with compounding at the end of each accrual period, and when expressed as a
percentage must be calculated to at least two decimal places.

Period lengths.  Every accrual period is a *regular* period of ``m`` months (the compounding
period; the yield is stated per annum compounded 12/m times a year) or shorter.  A shorter period
(a short first or last period, or a period cut by a payment date) is ``f`` of a regular period
(actual days / days of the regular period it is measured against, see :mod:`.accrual`).  How it
grows is a term of the computation, the *short-period method*:

* ``simple`` (the default): 1 + r·f — the regulation's formula for an initial short accrual
  period, OID = IP × (i/k) × f (26 CFR 1.1272-1(j), the formula after Example 1's table), used here
  for the yield as well so that the yield and the accruals agree;
* ``compound``: (1 + r)^f — the fractional exponent of IRS Publication 1212 ("Figuring OID on
  Stripped Bonds and Coupons"): the yield when there is a short initial accrual period is
  n × ((s.r.p. / a.p.)^(1 / (r/s + m)) − 1), and the daily OID of that short period is
  (a.p. × (1 + y/n)^(r/s) − a.p.) / r, with r/s the short period's fraction of a full period.

So the present value is

    PV(r) = Σ_k  payment_k / Π_{i ≤ k} g(r, f_i),   g = 1 + r·f  or  (1 + r)^f

Solution.  PV is strictly decreasing in r for positive payments.  The solver brackets the root
(PV(0) ≥ price > PV(hi)) and runs Newton's method safeguarded by bisection in a Decimal context
of ``WORKING_DIGITS`` significant digits until a step is below 10^-``WORKING_DIGITS``+5; the
per-period yield is then kept to ``PRECISION_DIGITS`` significant digits and the precision is
recorded on the result.  No binary floating point is involved.

Worked example (IRS Publication 1212's coupon bond): price $86,235.17, thirty $5,000 coupons and
$100,000 at the end of the thirtieth half-year → r = 0.0600000000 (to 10 places) per half-year,
i.e. 12.00% compounded semiannually.
"""

from __future__ import annotations

import decimal
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Final

from promissory.core.money import RoundingMode, RoundingPolicy
from promissory.core.oid.errors import OidRuleError

#: Significant digits of the working context the solver iterates in.
WORKING_DIGITS: Final = 50
#: Significant digits kept of the per-period yield (far beyond the two decimals the rule asks).
PRECISION_DIGITS: Final = 40

RULE: Final = "26 CFR 1.1272-1(b)(1)(i)"

_SOLVER: Final = decimal.Context(
    prec=WORKING_DIGITS,
    rounding=decimal.ROUND_HALF_EVEN,
    Emax=decimal.MAX_EMAX,
    Emin=decimal.MIN_EMIN,
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)
_KEEP: Final = decimal.Context(prec=PRECISION_DIGITS, rounding=decimal.ROUND_HALF_EVEN)

_COMPOUNDING: Final = {
    1: "annually",
    2: "semiannually",
    3: "every four months",
    4: "quarterly",
    6: "every two months",
    12: "monthly",
}


@dataclass(frozen=True, slots=True)
class YieldResult:
    """The solved yield and how it was found.

    ``per_period``        yield per regular accrual period, as a decimal (0.06 = 6% per half-year).
    ``periods_per_year``  compounding periods per year (2 = semiannual).
    ``precision_digits``  significant digits kept of ``per_period``.
    ``iterations``        Newton/bisection steps taken.
    """

    per_period: Decimal
    periods_per_year: int
    precision_digits: int
    iterations: int

    @property
    def annual(self) -> Decimal:
        """The nominal annual yield (per-period yield × periods per year), as a decimal."""
        return _KEEP.multiply(self.per_period, Decimal(self.periods_per_year))

    def percent(self, places: int = 2) -> Decimal:
        """The annual yield as a percent rounded (half-up) to ``places`` decimals: 12.00."""
        policy = RoundingPolicy(Decimal(1).scaleb(-places), RoundingMode.HALF_UP)
        return policy.round(Fraction(self.annual) * 100)

    @property
    def compounding(self) -> str:
        return _COMPOUNDING.get(self.periods_per_year, f"{self.periods_per_year} times a year")

    def describe(self, places: int = 2) -> str:
        return f"{self.percent(places)}% compounded {self.compounding}"


def growth(rate: Decimal, f: Fraction, *, compound: bool = False) -> Decimal:
    """What 1 grows to over a period of ``f`` regular periods at per-period ``rate``.

    A regular period (f = 1) grows to 1 + r.  A short period grows to 1 + r·f by simple interest
    (the default), or to (1 + r)^f with ``compound`` — the fractional exponent of IRS Publication
    1212's formulas for a short accrual period.  Computed in the solver's 50-digit context.
    """
    ctx = _SOLVER
    if compound and f != 1:
        exponent = ctx.divide(Decimal(f.numerator), Decimal(f.denominator))
        return ctx.power(ctx.add(Decimal(1), rate), exponent)
    return ctx.add(Decimal(1), ctx.divide(ctx.multiply(rate, f.numerator), f.denominator))


def present_value(
    rate: Decimal,
    lengths: Sequence[Fraction],
    payments: Sequence[Decimal],
    *,
    compound: bool = False,
) -> Decimal:
    """PV at per-period ``rate`` of ``payments[i]`` paid at the end of period ``i`` (length f_i)."""
    ctx = _SOLVER
    discount = Decimal(1)
    total = Decimal(0)
    for f, pay in zip(lengths, payments, strict=True):
        discount = ctx.divide(discount, growth(rate, f, compound=compound))
        total = ctx.add(total, ctx.multiply(pay, discount))
    return total


def _value_and_slope(
    rate: Decimal, lengths: Sequence[Fraction], payments: Sequence[Decimal], compound: bool
) -> tuple[Decimal, Decimal]:
    ctx = _SOLVER
    discount = Decimal(1)
    log_slope = Decimal(0)  # Σ d ln g_i / dr: f_i / (1 + r f_i), or f_i / (1 + r) compounded
    total = Decimal(0)
    slope = Decimal(0)
    for f, pay in zip(lengths, payments, strict=True):
        grown = growth(rate, f, compound=compound)
        discount = ctx.divide(discount, grown)
        base = ctx.add(Decimal(1), rate) if compound and f != 1 else grown
        log_slope = ctx.add(log_slope, ctx.divide(ctx.divide(f.numerator, f.denominator), base))
        term = ctx.multiply(pay, discount)
        total = ctx.add(total, term)
        slope = ctx.subtract(slope, ctx.multiply(term, log_slope))
    return total, slope


def solve_yield(
    price: Decimal,
    lengths: Sequence[Fraction],
    payments: Sequence[Decimal],
    *,
    periods_per_year: int,
    compound: bool = False,
) -> YieldResult:
    """The per-period yield at which ``payments`` (ending periods of ``lengths``) cost ``price``.

    ``compound``: a short period grows by the fractional exponent (1 + r)^f rather than 1 + r·f.
    """
    ctx = _SOLVER
    if len(lengths) != len(payments) or not lengths:
        raise OidRuleError("yield needs one payment total per accrual period", rule=RULE)
    total = sum(payments, Decimal(0))
    if price <= 0:
        raise OidRuleError(f"issue price {price} must be positive", rule=RULE)
    if total < price:
        raise OidRuleError(
            f"payments total {total} is less than the issue price {price}: the yield would be "
            "negative",
            rule=RULE,
        )
    tolerance = Decimal(1).scaleb(-(WORKING_DIGITS - 5))
    low, high = Decimal(0), Decimal(1)
    while present_value(high, lengths, payments, compound=compound) > price:
        low, high = high, ctx.multiply(high, 2)
        if high > 10**6:
            raise OidRuleError(f"no yield below 10^8% prices the note at {price}", rule=RULE)
    rate = ctx.divide(ctx.add(low, high), 2)
    iterations = 0
    if total == price:
        rate, high = Decimal(0), Decimal(0)
    while iterations < 1000 and high - low > tolerance:
        iterations += 1
        value, slope = _value_and_slope(rate, lengths, payments, compound)
        excess = ctx.subtract(value, price)
        if excess == 0:
            break
        if excess > 0:
            low = rate
        else:
            high = rate
        candidate = ctx.subtract(rate, ctx.divide(excess, slope)) if slope else rate
        if not low < candidate < high:
            candidate = ctx.divide(ctx.add(low, high), 2)
        step = abs(ctx.subtract(candidate, rate))
        rate = candidate
        if step <= tolerance:
            break
    return YieldResult(_KEEP.plus(rate), periods_per_year, PRECISION_DIGITS, iterations)
