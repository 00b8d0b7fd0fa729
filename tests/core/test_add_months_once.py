"""``add_months`` is written once (``core/calendar.py``) and imported everywhere: four copies with
slightly different edges (a clamp, a loop over 30/29/28, a month-end rule) used to live in
``calendar``, ``filings``, ``daycount`` and ``oid/dates``."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest

from promissory.core import calendar, daycount, filings
from promissory.core.oid import accrual, dates, instrument

SRC = Path(__file__).resolve().parents[2] / "src" / "promissory"
COPIES = {"add_months", "_add_months", "_shift_months", "shift_months", "months_later"}


def test_one_definition_in_the_source() -> None:
    found = []
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name in COPIES:
                found.append(f"{path.relative_to(SRC)}:{node.name}")
    assert found == ["core/calendar.py:add_months"]


@pytest.mark.parametrize("module", [filings, dates, accrual, instrument])
def test_every_user_imports_the_calendar_one(module: object) -> None:
    assert module.add_months is calendar.add_months  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("day", "months", "end_of_month", "expected"),
    [
        (date(2001, 1, 31), 1, False, date(2001, 2, 28)),  # clamped to the month's last day
        (date(2004, 8, 31), -6, False, date(2004, 2, 29)),
        (date(2001, 2, 28), 1, False, date(2001, 3, 28)),
        (date(2001, 2, 28), 1, True, date(2001, 3, 31)),  # a month end stays a month end (ICMA)
        (date(2001, 10, 5), 60, False, date(2006, 10, 5)),  # a UCC-1 lapses after five years
    ],
)
def test_the_one_add_months(day: date, months: int, end_of_month: bool, expected: date) -> None:
    assert calendar.add_months(day, months, end_of_month=end_of_month) == expected


def test_daycount_reference_periods_use_it() -> None:
    # ACT/ACT ICMA, a long first period: reference periods are rolled by add_months(end_of_month)
    yf = daycount.get_day_count("ACT/ACT ICMA").year_fraction(
        date(2000, 8, 31), date(2001, 2, 28),
        reference_start=date(2000, 8, 31), reference_end=date(2001, 2, 28), frequency=2,
    )  # fmt: skip
    assert yf == 1 / 2
