"""Day-count conventions: the days of interest a period earns and the fraction of a year it is.

Interest for a period is ``balance × annual rate × year fraction``.  The note's *day-count
convention* fixes the year fraction; promissory keeps it as an exact :class:`fractions.Fraction`
until it meets money (see :mod:`promissory.core.money`).  Each convention is a small immutable
strategy object with its standard ``name``, a prose ``rule`` and two methods, ``days`` and
``year_fraction``; they are registered by name and looked up with :func:`get_day_count`.

The rules (ISDA 2006 Definitions §4.16; the 30/360 family as restated in the 2008 ISDA memo on
30/360; ACT/ACT ICMA from ICMA Rule 251 and the 1998 ISDA memo "EMU and market conventions:
recent developments"):

=================  ===============================================================================
``ACT/360``        actual days / 360 (§4.16(e)); the rule of the Valence loan agreement.
``ACT/365F``       actual days / 365, leap year or not (§4.16(d)).
``ACT/ACT ISDA``   days falling in a leap year / 366 + days falling in other years / 365 (§4.16(b)).
``ACT/ACT ICMA``   days / (frequency × days in the regular coupon period containing them)
                   (§4.16(c), ICMA Rule 251); a stub is measured against notional regular periods.
``30/360 US``      30/360 with the SIA end-of-February rules (SIA *Standard Securities Calculation
                   Methods*; 30/360 US municipal).  The February rules apply unconditionally.
``30/360 Bond``    ``30/360 Bond Basis``: D1 = 31 → 30; D2 = 31 → 30 when D1 ≥ 30 (§4.16(f)).
``30E/360``        Eurobond basis: D1 = 31 → 30; D2 = 31 → 30 (§4.16(g)).
``30E/360 ISDA``   a month-end D1 → 30; a month-end D2 → 30 unless it is the termination date in
                   February (§4.16(h)).
=================  ===============================================================================

For the 30/360 family the day count is ``360 × (Y2 − Y1) + 30 × (M2 − M1) + (D2 − D1)`` after the
convention has adjusted D1 and D2, and the year fraction is that count over 360.  A period runs
from ``start`` (counted) to ``end`` (not counted); ``start == end`` is zero days and
``start > end`` is refused with :class:`InvalidInput`.

Worked example (the second row of the 2008 ISDA memo's table): 2008-02-28 → 2008-08-31.
Bond Basis keeps D2 = 31 because D1 = 28 < 30: 360×0 + 30×6 + (31 − 28) = 183 days, 183/360.
30E/360 always cuts D2 to 30: 180 + 2 = 182 days, 182/360.  ACT/360 counts the calendar: 185/360.
On 17,500,000.00 at 8% ACT/360 the period earns 17,500,000.00 × 0.08 × 185/360 = 719,444.44…
exactly.

ACT/ACT ICMA, a short first coupon (1998 ISDA memo): annual coupons on 1 July, first period
1999-02-01 → 1999-07-01 inside the notional regular period 1998-07-01 → 1999-07-01 (365 days):
150 / (1 × 365).  A long first coupon 2002-08-15 → 2003-07-15, semiannual, regular period
2003-01-15 → 2003-07-15: 153/(2 × 184) for the part in the notional period 2002-07-15 → 2003-01-15
plus 181/(2 × 181) for the rest.

An ambiguous name ("ACT/ACT", "30/360", "ACT/365", "30/360 ISDA") raises
:class:`AmbiguousConvention` listing what it could mean; the terms must name one convention exactly.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from itertools import pairwise
from typing import ClassVar, Final, Protocol

from promissory.core.calendar import add_months
from promissory.errors import AmbiguousConvention, ConventionError, InvalidInput

__all__ = [
    "ACT_360",
    "ACT_365F",
    "ACT_ACT_ICMA",
    "ACT_ACT_ISDA",
    "THIRTY_360_BOND_BASIS",
    "THIRTY_360_US",
    "THIRTY_E_360",
    "THIRTY_E_360_ISDA",
    "DayCount",
    "day_count_names",
    "get_day_count",
]


class DayCount(Protocol):
    """What every day-count convention offers (name, rule, days, year_fraction)."""

    @property
    def name(self) -> str:
        """The standard name, e.g. ``"ACT/360"``."""
        ...

    @property
    def rule(self) -> str:
        """The rule in prose, with its source."""
        ...

    def days(self, start: date, end: date, *, termination_date: date | None = None) -> int:
        """The day count of ``[start, end)``: actual days, or the 30/360 formula's days."""
        ...

    def year_fraction(
        self,
        start: date,
        end: date,
        *,
        reference_start: date | None = None,
        reference_end: date | None = None,
        frequency: int | None = None,
        termination_date: date | None = None,
    ) -> Fraction:
        """The exact fraction of a year from ``start`` to ``end``."""
        ...


def _check_order(convention: str, start: date, end: date) -> None:
    if start > end:
        raise InvalidInput(f"{convention}: period start {start} is after its end {end}")


def _is_month_end(d: date) -> bool:
    return d.day == _stdlib_calendar.monthrange(d.year, d.month)[1]


def _is_last_of_february(d: date) -> bool:
    return d.month == 2 and _is_month_end(d)


# --- actual/fixed ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ActualFixed:
    """Actual days over a fixed year of ``basis`` days (ACT/360, ACT/365F)."""

    name: str
    rule: str
    basis: int

    def days(self, start: date, end: date, *, termination_date: date | None = None) -> int:
        _check_order(self.name, start, end)
        return (end - start).days

    def year_fraction(
        self,
        start: date,
        end: date,
        *,
        reference_start: date | None = None,
        reference_end: date | None = None,
        frequency: int | None = None,
        termination_date: date | None = None,
    ) -> Fraction:
        return Fraction(self.days(start, end), self.basis)


# --- actual/actual -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ActualActualISDA:
    """Actual days, each calendar year's share over that year's length (365 or 366)."""

    name: str
    rule: str

    def days(self, start: date, end: date, *, termination_date: date | None = None) -> int:
        _check_order(self.name, start, end)
        return (end - start).days

    def year_fraction(
        self,
        start: date,
        end: date,
        *,
        reference_start: date | None = None,
        reference_end: date | None = None,
        frequency: int | None = None,
        termination_date: date | None = None,
    ) -> Fraction:
        _check_order(self.name, start, end)
        total = Fraction(0)
        for year in range(start.year, end.year + 1):
            piece_start = max(start, date(year, 1, 1))
            piece_end = min(end, date(year + 1, 1, 1)) if year < 9999 else end
            year_length = 366 if _stdlib_calendar.isleap(year) else 365
            total += Fraction((piece_end - piece_start).days, year_length)
        return total


#: Coupon frequencies ACT/ACT ICMA accepts: a whole number of months per period.
ICMA_FREQUENCIES: Final = (1, 2, 3, 4, 6, 12)


@dataclass(frozen=True, slots=True)
class ActualActualICMA:
    """Actual days over ``frequency`` × the days of the (notional) regular coupon period."""

    name: str
    rule: str

    def days(self, start: date, end: date, *, termination_date: date | None = None) -> int:
        _check_order(self.name, start, end)
        return (end - start).days

    def year_fraction(
        self,
        start: date,
        end: date,
        *,
        reference_start: date | None = None,
        reference_end: date | None = None,
        frequency: int | None = None,
        termination_date: date | None = None,
    ) -> Fraction:
        _check_order(self.name, start, end)
        missing = [
            arg
            for arg, value in (
                ("reference_start", reference_start),
                ("reference_end", reference_end),
                ("frequency", frequency),
            )
            if value is None
        ]
        if missing:
            raise InvalidInput(
                f"{self.name} needs the regular coupon period and the coupon frequency; "
                f"missing: {', '.join(missing)}"
            )
        assert reference_start is not None
        assert reference_end is not None
        assert frequency is not None
        if frequency not in ICMA_FREQUENCIES:
            raise InvalidInput(
                f"{self.name}: frequency {frequency!r} must be coupons per year, one of "
                f"{', '.join(map(str, ICMA_FREQUENCIES))}"
            )
        if reference_start >= reference_end:
            raise InvalidInput(
                f"{self.name}: reference period {reference_start} → {reference_end} is empty"
            )
        if start == end:
            return Fraction(0)
        # Notional regular periods: the reference period, extended backward from its start and
        # forward from its end by whole coupon periods until [start, end) is covered (Rule 251
        # for long stubs).  Each piece counts its days over frequency × its period's days.
        step = 12 // frequency
        bounds = [reference_start, reference_end]
        k = 1
        while bounds[0] > start:
            bounds.insert(0, add_months(reference_start, -step * k, end_of_month=True))
            k += 1
        k = 1
        while bounds[-1] < end:
            bounds.append(add_months(reference_end, step * k, end_of_month=True))
            k += 1
        total = Fraction(0)
        for period_start, period_end in pairwise(bounds):
            overlap = (min(end, period_end) - max(start, period_start)).days
            if overlap > 0:
                total += Fraction(overlap, frequency * (period_end - period_start).days)
        return total


# --- the 30/360 family -------------------------------------------------------------------------

#: Adjusts (D1, D2) for one 30/360 variant; arguments are start, end and the termination date.
Adjust = Callable[[date, date, date | None], tuple[int, int]]


def _us(start: date, end: date, termination: date | None) -> tuple[int, int]:
    d1, d2 = start.day, end.day
    if _is_last_of_february(start) and _is_last_of_february(end):
        d2 = 30
    if _is_last_of_february(start):
        d1 = 30
    if d2 == 31 and d1 >= 30:
        d2 = 30
    if d1 == 31:
        d1 = 30
    return d1, d2


def _bond_basis(start: date, end: date, termination: date | None) -> tuple[int, int]:
    d1, d2 = start.day, end.day
    if d1 == 31:
        d1 = 30
    if d2 == 31 and d1 > 29:
        d2 = 30
    return d1, d2


def _eurobond(start: date, end: date, termination: date | None) -> tuple[int, int]:
    return min(start.day, 30), min(end.day, 30)


def _e_isda(start: date, end: date, termination: date | None) -> tuple[int, int]:
    d1 = 30 if _is_month_end(start) else start.day
    keep_february_end = end == termination and end.month == 2
    d2 = 30 if _is_month_end(end) and not keep_february_end else end.day
    return d1, d2


@dataclass(frozen=True, slots=True)
class Thirty360:
    """Months of 30 days and years of 360; ``adjust`` is the variant's rule for D1 and D2."""

    name: str
    rule: str
    adjust: Adjust
    #: every 30/360 year fraction is days / 360 (lets accrual skip building a Fraction)
    basis: ClassVar[int] = 360

    def days(self, start: date, end: date, *, termination_date: date | None = None) -> int:
        _check_order(self.name, start, end)
        if start == end:
            return 0
        d1, d2 = self.adjust(start, end, termination_date)
        return 360 * (end.year - start.year) + 30 * (end.month - start.month) + (d2 - d1)

    def year_fraction(
        self,
        start: date,
        end: date,
        *,
        reference_start: date | None = None,
        reference_end: date | None = None,
        frequency: int | None = None,
        termination_date: date | None = None,
    ) -> Fraction:
        return Fraction(self.days(start, end, termination_date=termination_date), 360)


# --- the conventions ---------------------------------------------------------------------------

ACT_360: Final = ActualFixed(
    "ACT/360",
    "Actual days in the period divided by 360 (ISDA 2006 Definitions §4.16(e), 'Actual/360').",
    360,
)
ACT_365F: Final = ActualFixed(
    "ACT/365F",
    "Actual days in the period divided by 365, in leap years too (ISDA 2006 §4.16(d), "
    "'Actual/365 (Fixed)').",
    365,
)
ACT_ACT_ISDA: Final = ActualActualISDA(
    "ACT/ACT ISDA",
    "Actual days in the period falling in a leap year divided by 366, plus the actual days "
    "falling in a non-leap year divided by 365 (ISDA 2006 §4.16(b), 'Actual/Actual (ISDA)').",
)
ACT_ACT_ICMA: Final = ActualActualICMA(
    "ACT/ACT ICMA",
    "Actual days in the period divided by (coupons per year × actual days in the regular coupon "
    "period); a stub is split into notional regular periods, each piece over its own period "
    "(ISDA 2006 §4.16(c), ICMA Rule 251).",
)
THIRTY_360_US: Final = Thirty360(
    "30/360 US",
    "360×(Y2−Y1) + 30×(M2−M1) + (D2−D1), over 360, where: if D1 and D2 are both the last day "
    "of February, D2 = 30; if D1 is the last day of February, D1 = 30; if D2 = 31 and D1 ≥ 30, "
    "D2 = 30; if D1 = 31, D1 = 30 (SIA Standard Securities Calculation Methods, 30/360 US).",
    _us,
)
THIRTY_360_BOND_BASIS: Final = Thirty360(
    "30/360 Bond Basis",
    "360×(Y2−Y1) + 30×(M2−M1) + (D2−D1), over 360, where D1 = 31 becomes 30, and D2 = 31 becomes "
    "30 when D1 (so adjusted) is greater than 29 (ISDA 2006 §4.16(f), '30/360', 'Bond Basis').",
    _bond_basis,
)
THIRTY_E_360: Final = Thirty360(
    "30E/360",
    "360×(Y2−Y1) + 30×(M2−M1) + (D2−D1), over 360, where a D1 or D2 of 31 becomes 30 "
    "(ISDA 2006 §4.16(g), '30E/360', 'Eurobond Basis').",
    _eurobond,
)
THIRTY_E_360_ISDA: Final = Thirty360(
    "30E/360 ISDA",
    "360×(Y2−Y1) + 30×(M2−M1) + (D2−D1), over 360, where D1 on the last day of a month becomes "
    "30, and D2 on the last day of a month becomes 30 unless it is the termination date and the "
    "month is February (ISDA 2006 §4.16(h), '30E/360 (ISDA)').",
    _e_isda,
)

_CONVENTIONS: Final[tuple[DayCount, ...]] = (
    ACT_360,
    ACT_365F,
    ACT_ACT_ISDA,
    ACT_ACT_ICMA,
    THIRTY_360_US,
    THIRTY_360_BOND_BASIS,
    THIRTY_E_360,
    THIRTY_E_360_ISDA,
)

# Other names in use for exactly one convention.
_ALIASES: Final[dict[str, str]] = {
    "Actual/360": "ACT/360",
    "A/360": "ACT/360",
    "French": "ACT/360",
    "ACT/365 Fixed": "ACT/365F",
    "Actual/365 (Fixed)": "ACT/365F",
    "Actual/365F": "ACT/365F",
    "A/365F": "ACT/365F",
    "English": "ACT/365F",
    "Actual/Actual (ISDA)": "ACT/ACT ISDA",
    "A/A ISDA": "ACT/ACT ISDA",
    "Actual/Actual (ICMA)": "ACT/ACT ICMA",
    "ACT/ACT ISMA": "ACT/ACT ICMA",
    "Actual/Actual (ISMA)": "ACT/ACT ICMA",
    "Actual/Actual (Bond)": "ACT/ACT ICMA",
    "30/360 SIA": "30/360 US",
    "30U/360": "30/360 US",
    "30/360 US Municipal": "30/360 US",
    "Bond Basis": "30/360 Bond Basis",
    "Eurobond Basis": "30E/360",
    "30/360 ICMA": "30E/360",
    "30E/360 (ISDA)": "30E/360 ISDA",
    "30/360 German": "30E/360 ISDA",
    "German": "30E/360 ISDA",
}

# Names in use for more than one convention: refused, with what they could mean.
_AMBIGUOUS: Final[dict[str, tuple[str, ...]]] = {
    "ACT/ACT": ("ACT/ACT ISDA", "ACT/ACT ICMA"),
    "Actual/Actual": ("ACT/ACT ISDA", "ACT/ACT ICMA"),
    "A/A": ("ACT/ACT ISDA", "ACT/ACT ICMA"),
    # ISDA 2000 used "Actual/365" for what ISDA 2006 calls Actual/Actual (ISDA).
    "ACT/365": ("ACT/365F", "ACT/ACT ISDA"),
    "Actual/365": ("ACT/365F", "ACT/ACT ISDA"),
    "A/365": ("ACT/365F", "ACT/ACT ISDA"),
    "30/360": ("30/360 US", "30/360 Bond Basis", "30E/360"),
    "360/360": ("30/360 US", "30/360 Bond Basis", "30E/360"),
    "30/360 ISDA": ("30/360 Bond Basis", "30E/360 ISDA"),
}


def _key(name: str) -> str:
    """Case, spaces and parentheses do not matter: 'Actual/365 (Fixed)' ≡ 'actual/365fixed'."""
    return "".join(name.split()).replace("(", "").replace(")", "").upper()


_BY_KEY: Final[dict[str, DayCount]] = {_key(c.name): c for c in _CONVENTIONS}
_BY_KEY.update({_key(alias): _BY_KEY[_key(canonical)] for alias, canonical in _ALIASES.items()})
_AMBIGUOUS_BY_KEY: Final = {_key(name): candidates for name, candidates in _AMBIGUOUS.items()}


def day_count_names() -> tuple[str, ...]:
    """The canonical names of the conventions promissory knows, in a stable order."""
    return tuple(c.name for c in _CONVENTIONS)


def get_day_count(name: str) -> DayCount:
    """The convention called ``name`` (its standard name or an unambiguous alias).

    Raises :class:`AmbiguousConvention` for a name with several meanings and
    :class:`ConventionError` for a name promissory does not know.
    """
    key = _key(name)
    if key in _AMBIGUOUS_BY_KEY:
        raise AmbiguousConvention(name, _AMBIGUOUS_BY_KEY[key])
    try:
        return _BY_KEY[key]
    except KeyError:
        raise ConventionError(
            f"day count {name!r} is unknown; known conventions: {', '.join(day_count_names())}"
        ) from None
