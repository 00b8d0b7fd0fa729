"""The rate of interest on a day: contract rate, default rate and the maximum lawful rate.

Rules, in the words of the Loan Agreement behind the seed note: interest at "8% per annum simple
interest (or the maximum lawful rate if lower)", and "rate + 2% while an Event of Default continues".
So, on any day:

* the **contract rate** is the fixed ``rate``; or the latest :class:`~promissory.core.terms.RateStep`
  on or before the day; or, for a floating note, the latest index fixing on or before the day plus
  the margin, kept within the floor and cap;
* with no floor in the terms the floating rate is never below zero (a negative floor allows it);
* the contract rate and the default rate (contract + ``default_margin``) are each capped at
  ``max_rate`` when the terms give one;
* the **default extra** is default rate − contract rate (what accrues into the default-interest
  bucket while an Event of Default continues).

Example: contract 8%, margin 2%, max lawful rate 9% → contract 8%, default rate 9%, extra 1%.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from promissory.core.money import EXACT
from promissory.core.terms import InterestTerms

ZERO = Decimal(0)


class MissingFixing(Exception):
    """No index fixing is known on or before a day of a floating-rate note (internal signal)."""

    def __init__(self, index: str, day: date) -> None:
        self.index = index
        self.day = day
        super().__init__(f"no {index} fixing on or before {day}")


def contract_rate(
    interest: InterestTerms,
    day: date,
    fixing_dates: Sequence[int] = (),
    fixing_values: Sequence[Decimal] = (),
) -> Decimal:
    """The contract rate for ``day`` (capped at the maximum lawful rate).

    ``fixing_dates`` (ordinals, ascending) and ``fixing_values`` are the fixings known to the ledger.
    """
    floating = interest.floating
    if floating is not None:
        i = bisect_right(fixing_dates, day.toordinal())
        if i == 0:
            raise MissingFixing(floating.index, day)
        rate = EXACT.add(fixing_values[i - 1], floating.margin)
        # no interest below zero unless the terms set a floor (a negative floor allows it)
        floor = floating.floor if floating.floor is not None else ZERO
        if rate < floor:
            rate = floor
        if floating.cap is not None and rate > floating.cap:
            rate = floating.cap
    else:
        rate = interest.rate if interest.rate is not None else ZERO
        for step in interest.steps:
            if step.start <= day:
                rate = step.rate
            else:
                break
    if interest.max_rate is not None and rate > interest.max_rate:
        rate = interest.max_rate
    return rate


def default_extra(interest: InterestTerms, contract: Decimal) -> Decimal:
    """The part of the default rate above the contract rate, after the maximum lawful rate."""
    default_rate = EXACT.add(contract, interest.default_margin)
    if interest.max_rate is not None and default_rate > interest.max_rate:
        default_rate = interest.max_rate
    return max(ZERO, EXACT.subtract(default_rate, contract))


def step_dates(interest: InterestTerms) -> tuple[date, ...]:
    """Days on which the contract rate changes by the terms themselves (not by events)."""
    return tuple(step.start for step in interest.steps)
