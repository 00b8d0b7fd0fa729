"""Calendar arithmetic the OID rules need: whole months, complete years and day counts.

Accrual periods under 26 CFR 1.1272-1(b)(1)(ii) are counted back from maturity in whole months
(May 1 → Nov 1 → May 1 …).  A month step keeps the day of the month, clamped to the month's last day
(Aug 31 − 6 months = Feb 28/29): that is :func:`promissory.core.calendar.add_months`, the one
month step of the whole code base.  Days are actual calendar days; a period ``[start, end)`` contains
its first day and not its last, as IRS Publication 1212 counts them (an accrual period "November 1,
2001, through April 30, 2002" has 181 days).
"""

from __future__ import annotations

from datetime import date

from promissory.core.calendar import add_months

__all__ = ["add_months", "complete_years", "whole_months_between"]


def whole_months_between(start: date, end: date) -> int | None:
    """The number of months ``n`` with ``add_months(start, n) == end``, or None if there is none."""
    n = (end.year - start.year) * 12 + (end.month - start.month)
    for candidate in (n - 1, n, n + 1):
        if candidate >= 0 and add_months(start, candidate) == end:
            return candidate
    return None


def complete_years(start: date, end: date) -> int:
    """Complete years from ``start`` to ``end`` (a year is complete on the anniversary)."""
    years = end.year - start.year
    while years > 0 and add_months(start, 12 * years) > end:
        years -= 1
    return max(years, 0)
