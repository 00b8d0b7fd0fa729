"""The prepayment premium on a day: a step-down percentage, or yield maintenance (make-whole).

**Step-down** (``[[prepayment.premium]]``): principal prepaid before a step's ``until`` date carries
that step's percentage of the principal prepaid.

**Yield maintenance** (``[prepayment.yield_maintenance]``): the lender is made whole for the
interest it loses by reinvesting the principal prepaid at the treasury rate until maturity.  Per
unit of principal prepaid on day *d*:

    c = the note's contract rate on d
    y = the treasury fixing in force on d (the latest of the named index on or before d) + spread
    k = periods a year at ``frequency`` (12 for monthly)
    n = the periods left: the period ends maturity, maturity − 1 period, … that fall after d
    factor = Σ_{j=1..n} ((c − y) / k) / (1 + y / k)^j
           = ((c − y) / k) × (1 − (1 + y/k)^−n) / (y / k)        (y > 0)
           = ((c − y) / k) × n                                    (y = 0)

The factor is 0 when c ≤ y; it is never below ``minimum_percent``.  It is computed exactly (as a
fraction) and rounded once, half-up, to :data:`FACTOR_PLACES` decimal places — the named rounding
point of the premium rate; the premium is then rounded to the note's quantum like any premium
(:meth:`promissory.core.waterfall.Dues.premium`).

Example: 8% note, treasury 4%, monthly, 12 periods left: (0.04/12) × (1 − (1 + 0.04/12)^−12) /
(0.04/12) = 0.039146648077 of the principal; 1,000,000.00 prepaid costs a premium of 39,146.65.

**After acceleration** the premium is 0 unless ``premium_on_acceleration`` keeps it; on or after
maturity it is always 0.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction

from promissory.core.calendar import add_months
from promissory.core.terms import PrepaymentTerms, YieldMaintenance

ZERO = Decimal(0)
FACTOR_PLACES = 12


class MissingTreasuryFixing(Exception):
    """No fixing of the yield-maintenance index on or before the prepayment day (internal)."""

    def __init__(self, index: str, day: date) -> None:
        self.index = index
        self.day = day
        super().__init__(f"no {index} fixing on or before {day} for the yield maintenance premium")


def periods_left(ym: YieldMaintenance, day: date, maturity: date) -> int:
    """The period ends at ``ym.frequency``, counted back from maturity, that fall after ``day``."""
    n = 0
    while add_months(maturity, -ym.frequency.months * n, end_of_month=True) > day:
        n += 1
    return n


def yield_maintenance_factor(
    ym: YieldMaintenance, contract: Decimal, treasury: Decimal, day: date, maturity: date
) -> Decimal:
    """The premium per unit of principal prepaid (see the module docstring)."""
    k = ym.frequency.per_year
    n = periods_left(ym, day, maturity)
    y = Fraction(treasury + ym.spread)
    lost = (Fraction(contract) - y) / k
    if lost <= 0 or n == 0:
        factor = Fraction(0)
    elif y == 0:
        factor = lost * n
    else:
        per = y / k
        factor = lost * (1 - 1 / (1 + per) ** n) / per
    # half-up to FACTOR_PLACES, in integers: floor(factor × 10^places + 1/2) (factor ≥ 0)
    units = math.floor(factor * 10**FACTOR_PLACES + Fraction(1, 2))
    return max(Decimal(units).scaleb(-FACTOR_PLACES), ym.minimum_percent)


def premium_rate(
    prepayment: PrepaymentTerms,
    day: date,
    maturity: date,
    accelerated: bool,
    contract: Decimal,
    fixing_dates: Sequence[int] = (),
    fixing_values: Sequence[Decimal] = (),
) -> Decimal:
    """The premium per unit of principal prepaid on ``day`` (0 when none is owed)."""
    if day >= maturity or (accelerated and not prepayment.premium_on_acceleration):
        return ZERO
    ym = prepayment.yield_maintenance
    if ym is not None:
        i = bisect_right(fixing_dates, day.toordinal())
        if i == 0:
            raise MissingTreasuryFixing(ym.index, day)
        return yield_maintenance_factor(ym, contract, fixing_values[i - 1], day, maturity)
    for step in prepayment.premium:
        if day < step.until:
            return step.percent
    return ZERO
