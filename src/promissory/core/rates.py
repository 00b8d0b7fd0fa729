"""The rate of interest on a day: contract rate, default rate and the maximum lawful rate.

Rules, in the words of the Loan Agreement behind the seed note: interest at "8% per annum simple
interest (or the maximum lawful rate if lower)", and "rate + 2% while an Event of Default continues".
So, on any day:

* the **contract rate** is the fixed ``rate``; or the latest :class:`~promissory.core.terms.RateStep`
  on or before the day; or, for a floating note, the index plus the margin, kept within the floor
  and cap — the index being the latest fixing on or before the day ("changes on the date the index
  changes") or, with a reset schedule, the latest fixing on or before the *observation day* of the
  period's reset (reset date − lookback days), floored at the index floor;
* with no floor in the terms the floating rate is never below zero (a negative floor allows it);
* the contract rate and the default rate (contract + ``default_margin``) are each capped at
  ``max_rate`` when the terms give one;
* the **default extra** is default rate − contract rate (what accrues into the default-interest
  bucket while an Event of Default continues).

Example: contract 8%, margin 2%, max lawful rate 9% → contract 8%, default rate 9%, extra 1%.

Example of a reset: monthly resets anchored on January 1, lookback 2 days, SOFR 0.0500 fixed on
December 30 and 0.0600 on January 15.  January's period resets on January 1, observes December 30
and accrues at 5.00% + margin for all of January; the January 15 fixing is first used on February 1.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import cache

from promissory.core.calendar import add_months
from promissory.core.money import EXACT
from promissory.core.terms import FloatingRate, InterestTerms, Terms

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
    resets: Sequence[date] = (),
) -> Decimal:
    """The contract rate for ``day`` (capped at the maximum lawful rate).

    ``fixing_dates`` (ordinals, ascending) and ``fixing_values`` are the fixings known to the ledger;
    ``resets`` the note's reset dates (:func:`reset_dates`) when its floating rate has a schedule.
    """
    floating = interest.floating
    if floating is not None:
        observed = observation_day(floating, resets, day)
        i = bisect_right(fixing_dates, observed.toordinal())
        if i == 0:
            raise MissingFixing(floating.index, observed)
        index = fixing_values[i - 1]
        if floating.index_floor is not None and index < floating.index_floor:
            index = floating.index_floor
        rate = EXACT.add(index, floating.margin)
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


def observation_day(floating: FloatingRate, resets: Sequence[date], day: date) -> date:
    """The day whose fixing sets the index on ``day``: ``day`` itself without a reset schedule;
    otherwise the latest reset on or before ``day``, less the lookback days."""
    if floating.reset is None or not resets:
        return day
    i = bisect_right(resets, day)
    reset = resets[i - 1] if i else resets[0]
    return reset - timedelta(days=floating.lookback_days)


@cache
def reset_dates(terms: Terms) -> tuple[date, ...]:
    """The reset dates of a floating rate with a schedule: the issue date, then every anchor ±
    whole periods after it and before maturity (``()`` without a schedule)."""
    floating = terms.interest.floating
    if floating is None or floating.reset is None:
        return ()
    months = floating.reset.months
    anchor = floating.reset_anchor or terms.issue_date
    k = 0  # the first whole period from the anchor on or before the issue date
    while add_months(anchor, months * k) > terms.issue_date:
        k -= 1
    while add_months(anchor, months * (k + 1)) <= terms.issue_date:
        k += 1
    out = [terms.issue_date]
    while (d := add_months(anchor, months * (k + 1))) < terms.maturity:
        if d > terms.issue_date:
            out.append(d)
        k += 1
    return tuple(out)


@dataclass(frozen=True, slots=True)
class StaleFixing:
    """A reset that used a fixing older than the terms' ``stale_after_days`` on its observation
    day: the rate was set, and the lender is warned to check the index."""

    note_id: str
    reset: date
    observed: date
    index: str
    fixing_date: date
    rate: Decimal
    age_days: int
    limit_days: int

    def __str__(self) -> str:
        return (
            f"{self.note_id} reset on {self.reset}: the {self.index} fixing of {self.fixing_date} "
            f"({self.rate}) is {self.age_days} days old on the observation day {self.observed}, "
            f"more than the {self.limit_days} days the terms allow (stale_after_days) [stale-fixing]"
        )


def stale_fixings(
    terms: Terms, fixing_dates: Sequence[int], fixing_values: Sequence[Decimal], through: date
) -> tuple[StaleFixing, ...]:
    """Every reset on or before ``through`` whose fixing was stale (see :class:`StaleFixing`).

    A reset with no fixing at all is not listed here: interest across it cannot be computed and
    the engine says so (``missing-fixing``).
    """
    floating = terms.interest.floating
    if floating is None or floating.stale_after_days is None:
        return ()
    limit = floating.stale_after_days
    out = []
    for reset in reset_dates(terms):
        if reset > through:
            break
        observed = reset - timedelta(days=floating.lookback_days)
        i = bisect_right(fixing_dates, observed.toordinal())
        if i == 0:
            continue
        age = observed.toordinal() - fixing_dates[i - 1]
        if age > limit:
            fixed = date.fromordinal(fixing_dates[i - 1])
            out.append(StaleFixing(terms.id, reset, observed, floating.index, fixed,
                                   fixing_values[i - 1], age, limit))  # fmt: skip
    return tuple(out)
