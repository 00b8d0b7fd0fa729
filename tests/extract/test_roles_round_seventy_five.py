"""The seventy-fifth round of issue 16: misses of the twenty-third session's third draw
(``heldout-fx``, ``heldout-fy``, ``heldout-fz``) after their first and only scores.

* a day in words and figures: "shall mature on the twenty-second (22nd) day of December, 2020";
* "EZRaider LLC, its affiliates and assigns (the “Borrower”)": the name ends before "its";
* a transcription's "I promise to pay to Danl S. Mosby & Co on order Forty one — Dollars": the
  payee ends before "on order";
* "A late payment of 5% of any principal or interest payment made more than 10 days after the
  due date": a late charge.

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from role_notes import value as _value

from promissory.extract import extract_text

PROMISE = (
    "FOR VALUE RECEIVED, WC Acquisition Corp. (the “Maker”) promises to pay to the order of "
    "Wildcat Mountain, Inc. (the “Payee”) the principal sum of $4,500,000.00.\n"
)


@pytest.mark.parametrize(
    ("day", "read"),
    [("(22nd)", dt.date(2020, 12, 22)), ("(23rd)", None)],  # (words and figures at odds: none)
)
def test_a_day_in_words_and_figures(day: str, read: dt.date | None) -> None:
    found = extract_text(
        PROMISE
        + f"3. Maturity. This note shall mature on the twenty-second {day} day of December, "
        "2020 and any accrued interest and all principal shall be due and payable at that time.\n"
    )
    assert _value(found, "maturity") == read


def test_the_makers_affiliates_and_assigns_are_not_its_name() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, EZRaider LLC, its affiliates and assigns (the “Borrower”), hereby "
        "promises to pay to COOPER DuBois (“Lender”), the principal sum of FIVE HUNDRED THOUSAND "
        "DOLLARS ($500,000.00).\n"
    )
    assert _value(found, "borrower") == "EZRaider LLC"


def test_a_payee_before_on_order() -> None:
    found = extract_text(
        "41.36/100 On Demand I promise to pay to Danl S. Mosby & Co on order Forty one — Dollars "
        "and Thirty Six cents, current money of Virginia, for value received As witness my hand "
        "and seal this 14 —— day of December 1826\n"
    )
    assert _value(found, "lender") == "Danl S. Mosby & Co"


def test_a_late_payment_of_a_fraction() -> None:
    found = extract_text(
        PROMISE
        + "A late payment of 5% of any principal or interest payment made more than 10 days "
        "after the due date thereof shall be due with any such late payment.\n"
    )
    assert _value(found, "late_charge") == Decimal("0.05")
