"""Accounting periods: monthly by default, daily or quarterly by choice.

A period is named by a label and ends on a day: ``2002-03`` (monthly) ends on 2002-03-31,
``2002-Q1`` (quarterly) on 2002-03-31, ``2002-03-31`` (daily) on that day.  Accrual entries are
posted at every period end, and a close is made per period.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta
from typing import Final, Literal

from promissory.core.dates import check_date
from promissory.errors import InvalidInput

Frequency = Literal["daily", "monthly", "quarterly"]
FREQUENCIES: Final[tuple[Frequency, ...]] = ("daily", "monthly", "quarterly")
ONE_DAY: Final = timedelta(days=1)
#: The most period ends one journal may have: 5,000 is 416 years of months or 13 years of days.
#: Beyond it a request (a reconciliation "to 9899-12-31") is refused rather than left to run.
MAX_PERIODS: Final = 5_000


def frequency_of(text: str) -> Frequency:
    if text in FREQUENCIES:
        return text
    raise InvalidInput(f"period frequency {text!r} must be one of {', '.join(FREQUENCIES)}")


def period_end(day: date, frequency: Frequency) -> date:
    """The last day of the period holding ``day``."""
    if frequency == "daily":
        return day
    month = day.month if frequency == "monthly" else ((day.month - 1) // 3 + 1) * 3
    return date(day.year, month, monthrange(day.year, month)[1])


def period_ends(first: date, last: date, frequency: Frequency) -> tuple[date, ...]:
    """Every period end from the period holding ``first`` up to ``last`` (inclusive)."""
    out: list[date] = []
    end = period_end(first, frequency)
    while end <= last:
        if len(out) == MAX_PERIODS:
            raise InvalidInput(
                f"a {frequency} journal from {first} to {last} would have more than "
                f"{MAX_PERIODS:,} period ends: end it sooner or use longer periods"
            )
        out.append(end)
        end = period_end(end + ONE_DAY, frequency)
    return tuple(out)


def label(end: date, frequency: Frequency) -> str:
    """The period's name: ``2002-03``, ``2002-Q1`` or ``2002-03-31``."""
    if frequency == "daily":
        return end.isoformat()
    if frequency == "monthly":
        return f"{end.year:04d}-{end.month:02d}"
    return f"{end.year:04d}-Q{(end.month - 1) // 3 + 1}"


_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_period(text: str) -> tuple[date, Frequency]:
    """A period label (``2002-03``, ``2002-Q1``, ``2002-03-31``): its last day and frequency."""
    text = text.strip()
    try:
        if m := _MONTH.match(text):
            year, month = int(m[1]), int(m[2])
            end = date(year, month, monthrange(year, month)[1])
            frequency: Frequency = "monthly"
        elif m := _QUARTER.match(text):
            year, month = int(m[1]), int(m[2]) * 3
            end = date(year, month, monthrange(year, month)[1])
            frequency = "quarterly"
        elif _DAY.match(text):
            end = date.fromisoformat(text)
            frequency = "daily"
        else:
            raise ValueError(text)
    except ValueError:
        raise InvalidInput(
            f"period {text!r} must be a month (2002-03), a quarter (2002-Q1) or a day (2002-03-31)"
        ) from None
    check_date(end, "period end")
    return end, frequency
