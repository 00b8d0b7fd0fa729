"""Business days, business-day conventions and regular payment schedules.

A note says when money is due (the 15th of each month, each quarter-end, at maturity) and what
happens when that day is not a business day.  This module answers three questions:

* **Is it a business day?**  A :class:`Calendar` is Saturdays and Sundays plus a set of holidays.
  ``get_calendar("weekends")`` has no holidays; ``"US"`` is US federal holidays (with their
  observed days), ``"NYSE"`` the New York Stock Exchange, and any other country code (``"GB"``,
  ``"DE"``, ``"US-CA"`` for a subdivision) or market code (``"ECB"`` for TARGET2, ``"XLON"``) known
  to the `holidays` package works too.  Holiday rules come from that package, so they are as
  current as the installed version.
* **Where does a payment date land?**  :meth:`Calendar.adjust` applies a
  :class:`BusinessDayConvention` (ISDA 2006 Definitions §4.12):

  - *unadjusted*: the date stays where it is, business day or not;
  - *following*: the first business day on or after it;
  - *modified following*: following, unless that falls in the next calendar month, then preceding;
  - *preceding*: the last business day on or before it;
  - *modified preceding*: preceding, unless that falls in the previous month, then following.

* **What are the period boundaries?**  :func:`regular_schedule` rolls whole periods of ``months``
  months from maturity back to the start (``"short-first"``: coupons fall on maturity
  anniversaries and any odd period is the first one, the usual bond convention) or from the start
  forward (``"short-last"``).  Under the end-of-month rule a schedule anchored on a month's last day
  keeps to last days (Feb 28/29, Mar 31, Apr 30, …).  Dates are *unadjusted*: interest normally
  accrues between unadjusted dates and only the payment moves to a business day.

Worked example: quarterly from 2024-01-15 to 2024-12-31, short first stub, end-of-month:
``regular_schedule(date(2024, 1, 15), date(2024, 12, 31), 3)`` gives 2024-01-15, 2024-03-31,
2024-06-30, 2024-09-30, 2024-12-31 (a short first period of 2½ months, then quarter ends),
and 2024-03-31 (a Sunday) under modified following on the weekends calendar is Friday 2024-03-29,
because the following business day, Monday 2024-04-01, is in the next month.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import Enum
from functools import lru_cache
from typing import Final, Literal

import holidays as _holidays

from promissory.errors import ConventionError, InvalidInput

__all__ = [
    "WEEKENDS",
    "BusinessDayConvention",
    "Calendar",
    "Frequency",
    "add_months",
    "business_day_convention",
    "get_calendar",
    "months_for",
    "regular_schedule",
]

_SATURDAY: Final = 5


class BusinessDayConvention(Enum):
    """How a date that is not a business day moves (ISDA 2006 Definitions §4.12)."""

    UNADJUSTED = "unadjusted"
    FOLLOWING = "following"
    MODIFIED_FOLLOWING = "modified-following"
    PRECEDING = "preceding"
    MODIFIED_PRECEDING = "modified-preceding"


def business_day_convention(name: str | BusinessDayConvention) -> BusinessDayConvention:
    """The convention called ``name`` ("modified following", "Modified-Following", ...)."""
    if isinstance(name, BusinessDayConvention):
        return name
    key = "-".join(name.strip().lower().replace("_", " ").replace("-", " ").split())
    try:
        return BusinessDayConvention(key)
    except ValueError:
        options = ", ".join(c.value for c in BusinessDayConvention)
        raise ConventionError(
            f"business-day convention {name!r} is unknown; use one of {options}"
        ) from None


@dataclass(frozen=True, slots=True)
class Calendar:
    """Business days: every day except Saturdays, Sundays and the calendar's holidays.

    ``name`` is what :func:`get_calendar` was given; ``extra_holidays`` are days a note or an
    agreement adds by hand; ``source`` is the `holidays` package's rule set, if any (consulted
    lazily, year by year).
    """

    name: str = "weekends"
    extra_holidays: frozenset[date] = frozenset()
    source: _holidays.HolidayBase | None = field(default=None, compare=False, repr=False)

    def is_holiday(self, d: date) -> bool:
        return d in self.extra_holidays or (self.source is not None and d in self.source)

    def is_business_day(self, d: date) -> bool:
        return d.weekday() < _SATURDAY and not self.is_holiday(d)

    def with_holidays(self, days: Iterable[date]) -> Calendar:
        """This calendar with ``days`` added as holidays."""
        return replace(self, extra_holidays=self.extra_holidays | frozenset(days))

    def following(self, d: date) -> date:
        while not self.is_business_day(d):
            d += timedelta(days=1)
        return d

    def preceding(self, d: date) -> date:
        while not self.is_business_day(d):
            d -= timedelta(days=1)
        return d

    def adjust(
        self,
        d: date,
        convention: BusinessDayConvention | str = BusinessDayConvention.FOLLOWING,
    ) -> date:
        """``d`` moved to a business day by ``convention`` (see the module docstring)."""
        rule = business_day_convention(convention)
        if rule is BusinessDayConvention.UNADJUSTED:
            return d
        if rule is BusinessDayConvention.FOLLOWING:
            return self.following(d)
        if rule is BusinessDayConvention.PRECEDING:
            return self.preceding(d)
        if rule is BusinessDayConvention.MODIFIED_FOLLOWING:
            moved = self.following(d)
            return moved if moved.month == d.month else self.preceding(d)
        moved = self.preceding(d)  # MODIFIED_PRECEDING
        return moved if moved.month == d.month else self.following(d)

    def add_business_days(self, d: date, count: int) -> date:
        """The business day ``count`` business days after ``d`` (before it if negative)."""
        step = timedelta(days=1 if count >= 0 else -1)
        remaining = abs(count)
        while remaining:
            d += step
            if self.is_business_day(d):
                remaining -= 1
        return d


WEEKENDS: Final = Calendar()


@lru_cache(maxsize=64)
def get_calendar(name: str = "weekends") -> Calendar:
    """The calendar called ``name``: ``"weekends"``, a market code or a country[-subdivision]."""
    key = name.strip().upper()
    if key == "WEEKENDS":
        return WEEKENDS
    if key in _holidays.list_supported_financial():
        return Calendar(key, source=_holidays.financial_holidays(key))
    country, _, subdivision = key.partition("-")
    countries = _holidays.list_supported_countries()
    if country in countries and (not subdivision or subdivision in countries[country]):
        source = _holidays.country_holidays(country, subdiv=subdivision or None)
        return Calendar(key, source=source)
    markets = ", ".join(sorted(_holidays.list_supported_financial()))
    raise InvalidInput(
        f"calendar {name!r} is unknown; use 'weekends', a market ({markets}) or a country code "
        "of the holidays package such as 'US', 'GB', 'DE' or 'US-NY'"
    )


class Frequency(Enum):
    """How often a note's regular periods recur; the value is the name used in terms files."""

    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    SEMIANNUAL = "semiannual"
    ANNUAL = "annual"

    @property
    def months(self) -> int:
        return _MONTHS[self]

    @property
    def per_year(self) -> int:
        """Periods a year: the ``frequency`` argument of ACT/ACT ICMA."""
        return 12 // _MONTHS[self]


_MONTHS: Final = {
    Frequency.MONTHLY: 1,
    Frequency.QUARTERLY: 3,
    Frequency.SEMIANNUAL: 6,
    Frequency.ANNUAL: 12,
}


def months_for(name: str | Frequency) -> int:
    """Months per period for a frequency name ("monthly" → 1, ..., "annual" → 12)."""
    if isinstance(name, Frequency):
        return name.months
    key = name.strip().lower().replace("-", "").replace("_", "").replace(" ", "")
    for frequency in Frequency:
        if key == frequency.value:
            return frequency.months
    options = ", ".join(f"{f.value} ({f.months})" for f in Frequency)
    raise InvalidInput(f"frequency {name!r} is unknown; use one of {options}")


def _is_month_end(d: date) -> bool:
    return d.day == _stdlib_calendar.monthrange(d.year, d.month)[1]


def add_months(d: date, months: int, *, end_of_month: bool = False) -> date:
    """``d`` moved by ``months`` whole months (negative goes back).

    A day that does not exist in the target month becomes that month's last day (Jan 31 + 1 month
    = Feb 28/29).  With ``end_of_month`` a month-end ``d`` always lands on a month end (Feb 28 +
    1 month = Mar 31).
    """
    index = d.year * 12 + d.month - 1 + months
    year, month0 = divmod(index, 12)
    if not 1 <= year <= 9999:
        raise InvalidInput(f"{d} + {months} months is outside the calendar")
    last = _stdlib_calendar.monthrange(year, month0 + 1)[1]
    day = last if end_of_month and _is_month_end(d) else min(d.day, last)
    return date(year, month0 + 1, day)


def regular_schedule(
    start: date,
    end: date,
    months: int,
    *,
    stub: Literal["short-first", "short-last"] = "short-first",
    end_of_month: bool = True,
) -> tuple[date, ...]:
    """Unadjusted period boundaries from ``start`` to ``end``, both included.

    Periods are ``months`` long, counted back from ``end`` (``"short-first"``) or forward from
    ``start`` (``"short-last"``); the odd period, if any, is the first or the last.  Each date is
    computed from the anchor (not from the previous date), so a 31st does not drift to the 30th;
    with ``end_of_month`` a month-end anchor gives month ends.
    """
    if start >= end:
        raise InvalidInput(f"schedule start {start} must be before its end {end}")
    if months < 1:
        raise InvalidInput(f"a schedule period must be at least one month, not {months}")
    if stub == "short-first":
        inner: list[date] = []
        k = 1
        while (d := add_months(end, -months * k, end_of_month=end_of_month)) > start:
            inner.append(d)
            k += 1
        return (start, *reversed(inner), end)
    if stub == "short-last":
        inner = []
        k = 1
        while (d := add_months(start, months * k, end_of_month=end_of_month)) < end:
            inner.append(d)
            k += 1
        return (start, *inner, end)
    raise InvalidInput(f"stub {stub!r} must be 'short-first' or 'short-last'")
