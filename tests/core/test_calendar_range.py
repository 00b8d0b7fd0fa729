"""Dates promissory accepts (core/dates.py: 1900-01-01 to 9899-12-31), and dates before the issue
date or a maturity amended out of order."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from ledger_dsl import book, terms
from promissory.core.dates import EARLIEST, LATEST
from promissory.core.engine import dues_on, per_diem, position
from promissory.core.events import Amendment, Payment
from promissory.core.money import Money
from promissory.core.reports import payoff_quote
from promissory.errors import InvalidInput

T = terms()
RANGE = "outside the dates promissory accepts: 1900-01-01 to 9899-12-31"


def test_a_reversal_dated_before_the_issue_date_is_refused() -> None:
    ledger = book(T, "2001-10-05 advance 1000000.00\n2001-01-01 reverse 1")
    assert [(p.seq, p.code) for p in ledger.problems] == [(2, "before-issue")]
    assert "reversal dated 2001-01-01 is before the note's issue date 2001-10-05" in (
        ledger.problems[0].message
    )
    assert ledger.final.principal == Decimal("1000000.00")  # the advance stands


def test_an_amendment_moving_maturity_before_the_issue_date_is_refused() -> None:
    ledger = book(T, "2001-10-05 advance 1000000.00\n2002-01-01 amend maturity=2001-01-01")
    assert [(p.seq, p.code) for p in ledger.problems] == [(2, "amended-maturity")]
    assert "maturity 2001-01-01 must be after the note's issue date 2001-10-05" in (
        ledger.problems[0].message
    )
    assert ledger.final.terms.maturity == date(2005, 9, 30)


def test_an_amendment_moving_maturity_before_the_draw_period_end_is_refused() -> None:
    """The seed note may be drawn until 2003-09-30: it cannot mature on 2003-06-30."""
    ledger = book(T, "2001-10-05 advance 1000000.00\n2002-01-01 amend maturity=2003-06-30")
    assert [p.code for p in ledger.problems] == ["amended-maturity"]
    assert "before the end of the draw period 2003-09-30" in ledger.problems[0].message


def test_an_amendment_moving_maturity_and_draw_period_together_is_accepted() -> None:
    ledger = book(
        T, "2001-10-05 advance 1000000.00\n2002-01-01 amend maturity=2003-06-30 "
        "draw_period_end=2003-03-31",
    )  # fmt: skip
    assert ledger.problems == () and ledger.final.terms.maturity == date(2003, 6, 30)


@pytest.mark.parametrize("day", [date(9999, 12, 31), date(9900, 1, 1), date(1899, 12, 31)])
def test_an_event_dated_outside_the_range_is_refused(day: date) -> None:
    with pytest.raises(InvalidInput, match=f"payment date {day} is {RANGE}"):
        Payment(note_id=T.id, effective_date=day, amount=Money.of("1000.00", "USD"))


def test_an_amended_maturity_outside_the_range_is_refused() -> None:
    with pytest.raises(InvalidInput, match=f"amended maturity 9999-12-31 is {RANGE}"):
        Amendment(note_id=T.id, effective_date=date(2002, 1, 1), maturity=date(9999, 12, 31))


@pytest.mark.parametrize(
    "ask",
    [
        lambda ledger, day: position(ledger, day),
        lambda ledger, day: payoff_quote(ledger, day),
        lambda ledger, day: dues_on(ledger, day),
        lambda ledger, day: per_diem(ledger, day),
    ],
)
def test_questions_as_of_a_date_outside_the_range_are_refused_not_overflowed(ask) -> None:  # type: ignore[no-untyped-def]
    ledger = book(T, "2001-10-05 advance 1000000.00")
    for day in (date(9999, 12, 31), date(1899, 12, 31)):
        with pytest.raises(InvalidInput, match=f"{day} is {RANGE}"):
            ask(ledger, day)


def test_the_last_day_of_the_range_is_answered_with_a_table_of_days_after_it() -> None:
    ledger = book(T, "2001-10-05 advance 1000000.00")
    assert position(ledger, LATEST).principal == Decimal("1000000.00")
    assert position(ledger, EARLIEST.replace(year=2001, month=10, day=5)).interest == 0
    quote = payoff_quote(ledger, date(9899, 12, 20), days=5)
    assert [d.day for d in quote.days][-1] == date(9899, 12, 25)


def test_an_amended_draw_period_must_end_between_issue_and_maturity() -> None:
    ledger = book(T, "2001-10-05 advance 1000000.00\n2002-01-01 amend draw_period_end=2006-01-01")
    assert [p.code for p in ledger.problems] == ["amended-draw-period"]
    assert "must fall between the issue date 2001-10-05 and maturity 2005-09-30" in (
        ledger.problems[0].message
    )


def test_terms_dated_outside_the_range_are_refused() -> None:
    with pytest.raises(InvalidInput, match=f"maturity 9999-12-31 is {RANGE}"):
        terms(maturity=date(9999, 12, 31))
