"""The calendar range promissory accepts, defined once.

Every effective date of an event and every as-of date of a question (``position``, ``dues_on``,
``per_diem`` and the payoff quotes built on them) must lie between :data:`EARLIEST` and
:data:`LATEST`.  Python's ``date`` runs from 0001-01-01 to 9999-12-31, but servicing computes
dates *after* the ones it is given: the next day of a per diem (``day + 1``), a payoff table of the
next days after a good-through date, the year-end cut of ACT/ACT ISDA, the next capitalisation or
ACT/ACT ICMA reference period, and a financing statement's lapse five years after filing (and five
more for each continuation).  A date near 9999-12-31 makes that arithmetic overflow
(``OverflowError`` from ``date + timedelta``).  Ending the range at 9899-12-31 leaves a century
for all of it; starting it at 1900-01-01 keeps to the years the holiday calendars and the day
counts are written and tested for.  No promissory note is dated outside either bound.

Example: ``check_date(date(9999, 12, 31), "payment date")`` raises ``InvalidInput("payment date
9999-12-31 is outside the dates promissory accepts: 1900-01-01 to 9899-12-31")``.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from promissory.errors import InvalidInput

EARLIEST: Final = date(1900, 1, 1)
LATEST: Final = date(9899, 12, 31)


def check_date(day: date, what: str) -> None:
    """Refuse ``day`` outside :data:`EARLIEST` … :data:`LATEST`, naming it, ``what`` and the range."""
    if not EARLIEST <= day <= LATEST:
        raise InvalidInput(
            f"{what} {day} is outside the dates promissory accepts: {EARLIEST} to {LATEST}"
        )
