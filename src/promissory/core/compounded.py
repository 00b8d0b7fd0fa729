"""SOFR compounded in arrears: the rate of an interest period from the daily fixings.

The rule (ARRC, "SOFR 'In Arrears' Conventions for Syndicated Business Loans", and the New York
Fed's "Additional Information about the SOFR Averages and Index"): over an interest period of
``d`` calendar days,

    compounded rate = [ Π (1 + SOFR_i × n_i / 360) − 1 ] × 360 / d

where the product runs over the business days ``i`` of the period, ``SOFR_i`` is the fixing a
lookback of ``L`` business days before day ``i``, and ``n_i`` is the number of calendar days the
fixing applies for: from ``i`` to the next business day (a Friday's rate counts three times).
With an **observation shift** the product runs over the business days of the *observation
period* instead — the period moved back by ``L`` business days — and ``n_i`` and ``d`` are
counted there.  The rate is rounded to ``rate_decimals`` decimals of a percent (half up; the New
York Fed publishes the SOFR Averages to five) and the margin added; the index floor, the all-in
floor and cap and the maximum lawful rate apply as to any floating rate.

**Days inside a period (cumulative).**  Interest to a day ``t`` inside a period that began on
``S`` is principal × A(t) × yf(S, t), where A(t) is the all-in rate compounded from ``S`` to
``t`` (the formula above with the period cut at ``t``).  A stretch [s, e) of the period therefore
earns principal × (A(e) × yf(S, e) − A(s) × yf(S, s)): the stretches of a period add up to
principal × A(E) × yf(S, E), the whole period's interest, and a payment or a payoff mid-period
needs only the fixings observed so far (the ARRC's cumulative compounded convention).

Worked example (illustrative fixings): interest period Mon 2024-06-03 to Mon
2024-06-10 (7 days), lookback 2 business days, fixings 5.33% (May 30), 5.32% (May 31),
5.33% (Jun 3), 5.34% (Jun 4), 5.35% (Jun 5): the days Jun 3..Jun 6 observe May 30..Jun 4 and Fri
Jun 7 observes Jun 5 for three days, so the product is (1 + .0533/360)(1 + .0532/360)(1 +
.0533/360)(1 + .0534/360)(1 + .0535 × 3/360) and the rate 5.3406060…% → 5.34061% after rounding
(``tests/core/test_compounded.py`` works such weeks and months out by hand with fractions, with
and without the observation shift).

A missing fixing is bad input naming the business day whose fixing is needed.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

from promissory.core import rates
from promissory.core.calendar import Calendar, get_calendar
from promissory.core.terms import FloatingRate, InArrears, Terms

ONE_DAY = timedelta(days=1)
#: SOFR's own convention: ACT/360 for the compounding, whatever the note's day count.
INDEX_BASIS = 360


class MissingDailyFixing(rates.MissingFixing):
    """No fixing of the index on a business day the compounded rate observes."""

    def __init__(self, index: str, day: date) -> None:
        rates.MissingFixing.__init__(self, index, day)
        self.args = (
            f"no {index} fixing for {day} (a rate compounded in arrears needs the fixing of "
            "every business day it observes)",
        )


def _fixing(index: str, day: date, dates: Sequence[int], values: Sequence[Decimal]) -> Fraction:
    i = bisect_right(dates, day.toordinal())
    if i == 0 or dates[i - 1] != day.toordinal():
        raise MissingDailyFixing(index, day)
    return Fraction(values[i - 1])


def _observations(rule: InArrears, cal: Calendar, start: date,
                  end: date) -> tuple[list[tuple[date, int]], int]:  # fmt: skip
    """The business days observed for interest over [start, end), each with its weight n_i in
    calendar days, and the days d the rate is annualised over."""
    lookback = rule.lookback_days
    out: list[tuple[date, int]] = []
    if rule.observation_shift:
        obs_start = cal.add_business_days(cal.following(start), -lookback)
        obs_end = cal.add_business_days(cal.following(end), -lookback)
        day = obs_start
        while day < obs_end:
            nxt = min(cal.add_business_days(day, 1), obs_end)
            out.append((day, (nxt - day).days))
            day = nxt
        if obs_end == obs_start:  # days inside one weekend: the observed day's own fixing
            out.append((obs_start, 0))
        return out, (obs_end - obs_start).days
    day = start
    while day < end:  # each run of days that share a business day (on or before them)
        nxt = min(cal.add_business_days(cal.preceding(day), 1), end)
        out.append((cal.add_business_days(cal.preceding(day), -lookback), (nxt - day).days))
        day = nxt
    return out, (end - start).days


def compounded_rate(floating: FloatingRate, start: date, end: date, dates: Sequence[int],
                    values: Sequence[Decimal]) -> Decimal:  # fmt: skip
    """The index compounded in arrears over [start, end), rounded to the terms' decimals of a
    percent (module docstring); raises :class:`MissingDailyFixing` naming a day without one."""
    rule = floating.in_arrears
    assert rule is not None
    observed, days = _observations(rule, get_calendar(rule.calendar), start, end)
    if not days:  # an observation period of no days (a shift inside a weekend)
        exact = _fixing(floating.index, observed[0][0], dates, values)
    else:
        product = Fraction(1)
        for day, weight in observed:
            product *= 1 + _fixing(floating.index, day, dates, values) * weight / INDEX_BASIS
        exact = (product - 1) * INDEX_BASIS / days
    scale = 10 ** (rule.rate_decimals + 2)  # decimals of a percent: two more of the rate
    rounded = math.floor(exact * scale + Fraction(1, 2))  # half up (the rate is never < -50%)
    return Decimal(rounded).scaleb(-(rule.rate_decimals + 2))


class Compounding:
    """The compounded-in-arrears rate of a note on its replay (kept by :class:`~promissory.core.
    run.Run`): the all-in rate to a day and the interest factor of a stretch."""

    def __init__(self, terms: Terms) -> None:
        floating = terms.interest.floating
        assert floating is not None and floating.in_arrears is not None
        self.interest = terms.interest
        self.floating = floating
        self.resets = rates.reset_dates(terms)

    def period_start(self, day: date) -> date:
        i = bisect_right(self.resets, day)
        return self.resets[i - 1] if i else self.resets[0]

    def all_in(self, start: date, end: date, dates: Sequence[int],
               values: Sequence[Decimal]) -> Decimal:  # fmt: skip
        """The all-in rate compounded over [start, end): the compounded index within the index
        floor, plus the margin, within the floor and cap and the maximum lawful rate (the same
        clamp as any floating rate: :func:`promissory.core.rates.contract_rate` on that index)."""
        index = compounded_rate(self.floating, start, end, dates, values)
        return rates.contract_rate(self.interest, start, (start.toordinal(),), (index,))

    def rate_on(self, day: date, dates: Sequence[int], values: Sequence[Decimal]) -> Decimal:
        """The all-in rate of the period in progress on ``day``, compounded over the days before
        it (the rate a position or a per diem on ``day`` can know); on the period's first day,
        the rate of that day."""
        start = self.period_start(day)
        return self.all_in(start, max(day, start + ONE_DAY), dates, values)

    def stretch(self, start: date, end: date, dates: Sequence[int], values: Sequence[Decimal],
                year_fraction: Callable[[date, date], Fraction]) -> tuple[Decimal, Fraction]:  # fmt: skip
        """The all-in rate through ``end`` and the factor that × principal is the interest of
        [start, end): A(end) × yf(S, end) − A(start) × yf(S, start) (module docstring)."""
        period = self.period_start(start)
        rate = self.all_in(period, end, dates, values)
        factor = Fraction(rate) * year_fraction(period, end)
        if start > period:
            factor -= Fraction(self.all_in(period, start, dates, values)) * year_fraction(
                period, start
            )
        return rate, factor


def first_observed(terms: Terms, day: date) -> date:
    """The earliest fixing the period in progress on ``day`` may observe (checkpoints keep the
    fixings from there)."""
    floating = terms.interest.floating
    assert floating is not None and floating.in_arrears is not None
    rule = floating.in_arrears
    cal = get_calendar(rule.calendar)
    start = Compounding(terms).period_start(day)
    return cal.add_business_days(cal.preceding(start), -rule.lookback_days - 1)
