"""The sixty-seventh round of issue 16: misses of ``heldout-fa`` left over from the sixty-sixth
round, read while ``heldout-fc`` … ``heldout-fe`` were being collected.

* makers: "For good and valuable consideration, the receipt of which is hereby acknowledged,
  GENESIS CAPITAL MANAGEMENT LIMITED, … (“Genesis”) promises to pay"; "For value received, the
  corporation known as Osborne Manufacturing Inc., herein referred to as Borrower or OMI, promises
  to pay"; "for value received, we, A-Z South State Corporation, a Utah corporation";
* an installment note's minimum payments: "The sum of $4,231.38 or more will become due and
  payable on or before the 1st day of January, 2000, and the sum of $4,231.38 or more on or before
  the 1st day of each and every succeeding month thereafter, until the 1st day of December, 2002,
  at which time the remaining principal balance plus accrued interest shall become due".

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import value as _value

from promissory.extract import extract_text


def test_for_good_and_valuable_consideration() -> None:
    found = extract_text(
        "PROMISE TO PAY. For good and valuable consideration, the receipt of which is\nhereby "
        "acknowledged, GENESIS CAPITAL MANAGEMENT LIMITED, a licensed fund\nmanagement company "
        "(“Genesis”) promises to pay to COGENCO INTERNATIONAL, INC.\n(“Cogenco”), or order, the "
        "principal amount of $250,000.00.\n"
    )
    assert _value(found, "borrower") == "GENESIS CAPITAL MANAGEMENT LIMITED"


def test_the_corporation_known_as() -> None:
    found = extract_text(
        "For value received, the corporation known as Osborne Manufacturing Inc., herein referred "
        "to as Borrower or OMI, promises to pay to the order of Unitrend, Inc., the sum of "
        "$264,113.17.\n"
    )
    assert _value(found, "borrower") == "Osborne Manufacturing Inc."


def test_an_installment_notes_minimum_payments() -> None:
    found = extract_text(
        "$400,000.00 Salt Lake City, UT\nNovember 30, 1999\n1. In Installments as herein stated for "
        "value received, we, A-Z South State\nCorporation, a Utah corporation, hereinafter referred "
        'to as "Maker", promise to\npay to Abdul Rashid Afridi the sum of FOUR HUNDRED\nTHOUSAND '
        "DOLLARS ($400,000.00), with interest at the rate of 9.725% percent per annum, said "
        "principal and\ninterest being payable as follows:\nThe sum of $4,231.38 or more will "
        "become due and payable on or before the 1st\nday of January, 2000, and the sum of "
        "$4,231.38 or more on or before the 1st day\nof each and every succeeding month "
        "thereafter, until the 1st day of December,\n2002, at which time the remaining principal "
        "balance plus accrued interest shall\nbecome due and payable in full.\n"
    )
    assert _value(found, "borrower") == "A-Z South State Corporation"
    assert _value(found, "schedule.installment") == Decimal("4231.38")
    assert _value(found, "schedule.first_payment") == dt.date(2000, 1, 1)
    assert _value(found, "maturity") == dt.date(2002, 12, 1)
