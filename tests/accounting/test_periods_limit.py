"""A journal's period ends are bounded: a request to 9899 is refused with the rule, not left to run."""

from __future__ import annotations

from datetime import date

import pytest

from promissory.core.accounting.periods import MAX_PERIODS, period_ends
from promissory.errors import InvalidInput


def test_a_journal_to_the_end_of_the_calendar_is_refused_naming_the_limit() -> None:
    with pytest.raises(
        InvalidInput, match=r"monthly journal from 2024-01-01 to 9899-12-31 .* 5,000"
    ):
        period_ends(date(2024, 1, 1), date(9899, 12, 31), "monthly")


def test_the_limit_itself_is_allowed() -> None:
    ends = period_ends(date(2000, 1, 1), date(2000, 1, 1), "daily")
    assert ends == (date(2000, 1, 1),)
    last = date.fromordinal(date(2000, 1, 1).toordinal() + MAX_PERIODS - 1)
    assert len(period_ends(date(2000, 1, 1), last, "daily")) == MAX_PERIODS
