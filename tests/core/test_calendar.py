"""Business days, business-day conventions, frequencies and regular schedules."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from promissory.core.calendar import (
    WEEKENDS,
    BusinessDayConvention,
    Calendar,
    Frequency,
    add_months,
    business_day_convention,
    get_calendar,
    months_for,
    regular_schedule,
)
from promissory.errors import ConventionError, InvalidInput

D = date.fromisoformat
BDC = BusinessDayConvention

# --- calendars ------------------------------------------------------------------------------------


def test_weekends_calendar_has_no_holidays() -> None:
    assert get_calendar() is WEEKENDS
    assert get_calendar(" Weekends ") is WEEKENDS
    assert WEEKENDS.is_business_day(D("2024-12-25"))  # Christmas, a Wednesday
    assert not WEEKENDS.is_business_day(D("2024-03-30"))  # Saturday
    assert not WEEKENDS.is_business_day(D("2024-03-31"))  # Sunday


@pytest.mark.parametrize(
    ("day", "holiday"),
    [
        ("2024-07-04", "Independence Day"),
        ("2024-11-28", "Thanksgiving Day"),
        ("2021-12-31", "New Year's Day 2022, observed on the Friday before"),
        ("2024-12-25", "Christmas Day"),
    ],
)
def test_us_federal_holidays_are_not_business_days(day: str, holiday: str) -> None:
    assert not get_calendar("US").is_business_day(D(day)), holiday


def test_nyse_closes_on_good_friday_but_the_federal_calendar_does_not() -> None:
    good_friday = D("2024-03-29")
    assert not get_calendar("NYSE").is_business_day(good_friday)
    assert get_calendar("US").is_business_day(good_friday)
    assert get_calendar("nyse").name == "NYSE"


def test_country_subdivision_calendar() -> None:
    # Patriots' Day (third Monday of April) is a Massachusetts holiday, not a federal one.
    patriots_day = D("2024-04-15")
    assert get_calendar("US-MA").name == "US-MA"
    assert not get_calendar("US-MA").is_business_day(patriots_day)
    assert get_calendar("US").is_business_day(patriots_day)


def test_unknown_calendar_is_refused_with_the_options() -> None:
    with pytest.raises(InvalidInput) as raised:
        get_calendar("Narnia")
    message = str(raised.value)
    assert "'Narnia'" in message
    assert "weekends" in message
    assert "NYSE" in message
    assert "US" in message


def test_extra_holidays_are_added_by_hand() -> None:
    closing = WEEKENDS.with_holidays([D("2024-06-03")])
    assert not closing.is_business_day(D("2024-06-03"))
    assert closing.adjust(D("2024-06-01"), BDC.FOLLOWING) == D("2024-06-04")
    assert WEEKENDS.adjust(D("2024-06-01"), BDC.FOLLOWING) == D("2024-06-03")
    assert closing == Calendar("weekends", frozenset({D("2024-06-03")}))


# --- business-day conventions (ISDA 2006 §4.12) -------------------------------------------------

# 2024-03-30 Saturday and 2024-03-31 Sunday close March; 2024-06-01 is a Saturday opening June.
ADJUSTMENTS = [
    ("2024-03-31", BDC.UNADJUSTED, "2024-03-31"),
    ("2024-03-31", BDC.FOLLOWING, "2024-04-01"),
    ("2024-03-31", BDC.MODIFIED_FOLLOWING, "2024-03-29"),  # following would cross into April
    ("2024-03-30", BDC.MODIFIED_FOLLOWING, "2024-03-29"),
    ("2024-03-16", BDC.MODIFIED_FOLLOWING, "2024-03-18"),  # mid-month: plain following
    ("2024-06-01", BDC.PRECEDING, "2024-05-31"),
    ("2024-06-01", BDC.MODIFIED_PRECEDING, "2024-06-03"),  # preceding would cross into May
    ("2024-06-15", BDC.MODIFIED_PRECEDING, "2024-06-14"),
    ("2024-04-01", BDC.MODIFIED_FOLLOWING, "2024-04-01"),  # a business day stays put
]


@pytest.mark.parametrize(("day", "convention", "expected"), ADJUSTMENTS)
def test_business_day_adjustment(day: str, convention: BDC, expected: str) -> None:
    assert WEEKENDS.adjust(D(day), convention) == D(expected)


def test_modified_following_across_a_month_end_with_holidays() -> None:
    # NYSE: Friday 2024-11-29 is open (half day); Thursday 2024-11-28 is Thanksgiving.
    nyse = get_calendar("NYSE")
    assert nyse.adjust(D("2024-11-28"), "modified-following") == D("2024-11-29")
    # US federal: Saturday 2022-12-31, Sunday 2023-01-01 (New Year observed Monday 01-02).
    us = get_calendar("US")
    assert us.adjust(D("2022-12-31"), BDC.FOLLOWING) == D("2023-01-03")
    assert us.adjust(D("2022-12-31"), BDC.MODIFIED_FOLLOWING) == D("2022-12-30")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("following", BDC.FOLLOWING),
        ("Modified Following", BDC.MODIFIED_FOLLOWING),
        ("modified_preceding", BDC.MODIFIED_PRECEDING),
        (" UNADJUSTED ", BDC.UNADJUSTED),
    ],
)
def test_business_day_convention_names(name: str, expected: BDC) -> None:
    assert business_day_convention(name) is expected


def test_unknown_business_day_convention_lists_the_options() -> None:
    with pytest.raises(ConventionError, match="nearest") as raised:
        business_day_convention("nearest")
    for convention in BDC:
        assert convention.value in str(raised.value)


def test_add_business_days_skips_weekends_and_holidays() -> None:
    us = get_calendar("US")
    assert us.add_business_days(D("2024-07-03"), 1) == D("2024-07-05")  # over July 4
    assert us.add_business_days(D("2024-07-08"), -3) == D("2024-07-02")
    assert us.add_business_days(D("2024-07-06"), 0) == D("2024-07-06")


# --- frequencies ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "months"),
    [("monthly", 1), ("quarterly", 3), ("semiannual", 6), ("Semi-Annual", 6), ("annual", 12)],
)
def test_months_for(name: str, months: int) -> None:
    assert months_for(name) == months


def test_frequency_enum_knows_months_and_periods_per_year() -> None:
    assert [f.months for f in Frequency] == [1, 3, 6, 12]
    assert [f.per_year for f in Frequency] == [12, 4, 2, 1]
    assert months_for(Frequency.QUARTERLY) == 3


def test_unknown_frequency_lists_the_options() -> None:
    with pytest.raises(InvalidInput) as raised:
        months_for("fortnightly")
    for option in ("monthly", "quarterly", "semiannual", "annual"):
        assert option in str(raised.value)


# --- month arithmetic and schedules ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "months", "eom", "expected"),
    [
        ("2024-01-31", 1, False, "2024-02-29"),
        ("2023-01-31", 1, False, "2023-02-28"),
        ("2024-02-29", 1, False, "2024-03-29"),
        ("2024-02-29", 1, True, "2024-03-31"),
        ("2024-04-30", -2, True, "2024-02-29"),
        ("2024-04-30", -2, False, "2024-02-29"),
        ("2024-03-15", -15, True, "2022-12-15"),
    ],
)
def test_add_months(day: str, months: int, eom: bool, expected: str) -> None:
    assert add_months(D(day), months, end_of_month=eom) == D(expected)


def test_short_first_stub_rolls_back_from_maturity() -> None:
    # Semiannual note maturing 2026-06-15, issued 2024-03-01: coupons on Jun/Dec 15.
    assert regular_schedule(D("2024-03-01"), D("2026-06-15"), 6) == tuple(
        map(D, ["2024-03-01", "2024-06-15", "2024-12-15", "2025-06-15", "2025-12-15", "2026-06-15"])
    )


def test_short_first_stub_with_end_of_month() -> None:
    # Quarterly to 2024-12-31: month ends keep to month ends (Mar 31, Jun 30, Sep 30).
    assert regular_schedule(D("2024-01-15"), D("2024-12-31"), 3) == tuple(
        map(D, ["2024-01-15", "2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31"])
    )
    # Each date comes from the anchor, not the previous date, so a 31st never drifts to the 30th.
    assert regular_schedule(D("2024-01-15"), D("2024-12-31"), 3, end_of_month=False) == tuple(
        map(D, ["2024-01-15", "2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31"])
    )


def test_end_of_month_rule_matters_for_a_february_maturity() -> None:
    # Quarterly to 2025-02-28 (a month end): with the rule, quarter dates are month ends.
    eom = regular_schedule(D("2024-04-10"), D("2025-02-28"), 3)
    assert eom == tuple(
        map(D, ["2024-04-10", "2024-05-31", "2024-08-31", "2024-11-30", "2025-02-28"])
    )
    plain = regular_schedule(D("2024-04-10"), D("2025-02-28"), 3, end_of_month=False)
    assert plain == tuple(
        map(D, ["2024-04-10", "2024-05-28", "2024-08-28", "2024-11-28", "2025-02-28"])
    )


def test_end_of_month_rule_from_a_february_end() -> None:
    # Semiannual to 2025-08-31 from Feb 29, 2024, short-last: Aug 31 and Feb 28 are month ends.
    got = regular_schedule(D("2024-02-29"), D("2025-08-31"), 6, stub="short-last")
    assert got == tuple(map(D, ["2024-02-29", "2024-08-31", "2025-02-28", "2025-08-31"]))
    plain = regular_schedule(
        D("2024-02-29"), D("2025-08-31"), 6, stub="short-last", end_of_month=False
    )
    assert plain == tuple(
        map(D, ["2024-02-29", "2024-08-29", "2025-02-28", "2025-08-29", "2025-08-31"])
    )


def test_regular_schedule_without_a_stub() -> None:
    assert regular_schedule(D("2024-01-01"), D("2025-01-01"), 3) == tuple(
        map(D, ["2024-01-01", "2024-04-01", "2024-07-01", "2024-10-01", "2025-01-01"])
    )
    assert regular_schedule(D("2024-01-01"), D("2025-01-01"), 3, stub="short-last") == tuple(
        map(D, ["2024-01-01", "2024-04-01", "2024-07-01", "2024-10-01", "2025-01-01"])
    )


def test_short_last_stub_rolls_forward_from_the_start() -> None:
    assert regular_schedule(D("2024-01-15"), D("2024-08-01"), 3, stub="short-last") == tuple(
        map(D, ["2024-01-15", "2024-04-15", "2024-07-15", "2024-08-01"])
    )


def test_schedule_refuses_bad_input() -> None:
    with pytest.raises(InvalidInput, match="2024-02-01"):
        regular_schedule(D("2024-02-01"), D("2024-01-01"), 1)
    with pytest.raises(InvalidInput, match="at least one month"):
        regular_schedule(D("2024-01-01"), D("2025-01-01"), 0)
    with pytest.raises(InvalidInput, match="stub"):
        regular_schedule(D("2024-01-01"), D("2025-01-01"), 1, stub="long-first")  # type: ignore[arg-type]


# --- properties -----------------------------------------------------------------------------------

dates = st.dates(min_value=date(1950, 1, 1), max_value=date(2150, 12, 31))
conventions = st.sampled_from(list(BDC))


@given(dates, conventions, st.sampled_from(["weekends", "US", "NYSE"]))
def test_adjusted_dates_are_business_days_near_the_date(
    d: date, convention: BDC, calendar_name: str
) -> None:
    calendar = get_calendar(calendar_name)
    moved = calendar.adjust(d, convention)
    if convention is BDC.UNADJUSTED:
        assert moved == d
        return
    assert calendar.is_business_day(moved)
    assert abs((moved - d).days) <= 7
    if convention in (BDC.MODIFIED_FOLLOWING, BDC.MODIFIED_PRECEDING):
        assert moved.month == d.month
    if calendar.is_business_day(d):
        assert moved == d


@given(dates, st.integers(min_value=1, max_value=3000), st.sampled_from([1, 3, 6, 12]))
@pytest.mark.parametrize("stub", ["short-first", "short-last"])
def test_schedule_is_whole_periods_from_the_anchor_plus_one_stub(
    stub: str, start: date, length: int, months: int
) -> None:
    end = start + timedelta(days=length)
    schedule = regular_schedule(start, end, months, stub=stub)  # type: ignore[arg-type]
    assert schedule[0] == start
    assert schedule[-1] == end
    assert list(schedule) == sorted(set(schedule))
    if stub == "short-first":
        rolled = [add_months(end, -months * k, end_of_month=True) for k in range(len(schedule) - 1)]
        assert list(reversed(schedule[1:])) == rolled
        assert add_months(end, -months * (len(schedule) - 1), end_of_month=True) <= start
    else:
        rolled = [
            add_months(start, months * k, end_of_month=True) for k in range(len(schedule) - 1)
        ]
        assert list(schedule[:-1]) == rolled
        assert add_months(start, months * (len(schedule) - 1), end_of_month=True) >= end
