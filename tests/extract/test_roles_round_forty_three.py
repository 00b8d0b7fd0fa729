"""The forty-third round of issue 16: mistakes of ``heldout-cf`` and ``heldout-ci`` (scored once
last session), each made a rule of its kind, and the readings that rule first upset on the seen
parts.

* "shall be finally due and payable on the first day of June, 2020, which is the maturity date of
  this Note": a day written "the first day of …" is read as a day written "June 1, 2020" is (the
  "the" before it no longer hides "payable on");
* … so that "the first of which installments is due on the 1st day of April, 2004", "with
  subsequent payments due on the 15th day of April, 1999", "Interest alone shall be due and
  payable on the first day of December, 1995" and "… to and including the first day of August,
  2007, the Maker shall pay … monthly installments of interest" are not the maturity;
* "the Wall Street Journal Prime Interest Rate** plus one (1.00%) percentum per annum": a margin
  over prime (its words before the figure; "Prime Interest Rate" is no note rate);
* "the sum of (A) LIBOR in effect on each Reset Date plus (B) ---- two hundred thirty-seven and
  one-half (237.5) basis points": a text export's underline is no word.

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import PROMISE
from role_notes import value as _value

from promissory.extract import extract_text


def test_a_day_written_the_first_day_of_a_month_is_the_maturity() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $995,000.00. Borrower shall make payments of principal and "
        "interest in One Hundred Eighty (180) equal monthly amounts of $8,532.00 payable on the "
        "first day of each month, commencing with the first day of July, 2005, until the entire "
        "indebtedness is fully paid, except that any remaining indebtedness if not sooner paid "
        "shall be finally due and payable on the first day of June, 2020, which is the maturity "
        "date of this Note.\n"
    )
    assert _value(found, "maturity") == dt.date(2020, 6, 1)


def test_the_first_of_which_installments_is_not_the_maturity() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $65,402.69, in quarterly installments of $1,500.00 each, "
        "the first of which installments is due on the 1st day of April, 2004, and the others "
        "regularly and quarterly on the 1st day of each July, October, January and April "
        "thereafter.\n"
    )
    assert _value(found, "maturity") is None
    assert _value(found, "schedule.first_payment") == dt.date(2004, 4, 1)


def test_subsequent_payments_are_not_the_maturity() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $100,000.00 in payments of $10,000.00. The first such "
        "payment shall be due on the 15th day of April, 1998, with subsequent payments due on the "
        "15th day of April, 1999 and on the 15th day of each April thereafter.\n"
    )
    assert _value(found, "maturity") is None


def test_a_day_of_interest_alone_is_not_the_maturity() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $3,230,000.00 with interest payable in monthly "
        "installments as follows: Interest alone shall be due and payable on the first day of "
        "December, 1995.\n"
    )
    assert _value(found, "maturity") is None


def test_the_last_day_of_interest_payments_is_not_the_maturity() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $3,000,000.00.\na. On the first day of the first month "
        "after the Initial Advance, and on the first day of each month thereafter to and "
        "including the first day of August, 2007, the Maker shall pay to the Payee monthly "
        "installments of interest at the rate aforesaid.\n"
    )
    assert _value(found, "maturity") is None


def test_a_margin_over_the_prime_interest_rate_in_words_and_figures() -> None:
    found = extract_text(
        PROMISE + "the principal sum of SIX HUNDRED EIGHTY-TWO THOUSAND AND NO/100 DOLLARS "
        "($682,000.00) with interest from date until maturity at the Wall Street Journal Prime "
        "Interest Rate** plus one (1.00%) percentum per annum, based on a 360-day year.\n"
    )
    assert _value(found, "interest.floating.index") == "PRIME"
    assert _value(found, "interest.floating.margin") == Decimal("0.0100")
    assert _value(found, "interest.default_margin") is None


def test_an_underline_between_plus_and_the_margin() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $6,975,000.00. The principal amount outstanding under "
        "this Note will bear interest at a rate per annum equal to the sum of (A) LIBOR in effect "
        "on each Reset Date plus (B) ---- two hundred thirty-seven and one-half (237.5) basis "
        "points.\n"
    )
    assert _value(found, "interest.floating.margin") == Decimal("0.02375")
