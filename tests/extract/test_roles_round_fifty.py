"""The fiftieth round of issue 16: mistakes of ``heldout-dd`` and ``heldout-df``, read after each
part's first and only score, each made a rule of its kind.

* "in no event shall this Note accrue interest at a per annum contract rate (not Default Rate) less
  than four and one-half percentage points (4.50%)" and "(until maturity or default as hereinafter
  provided), interest shall accrue at the rate of seven and three-quarters percent (7.75%)": asides
  that name a default only to set it apart make no rate after default (the two confidently wrong
  rates of ``heldout-dd``);
* "to the order of the Kaspar American State Bank Four Thousand ($4,000.00) Dollars": the bank's
  name ends before the sum in words.

Each case is a short note of its own."""

from __future__ import annotations

from decimal import Decimal

from role_notes import PROMISE
from role_notes import value as _value

from promissory.extract import extract_text


def test_not_default_rate_in_parentheses_is_no_default() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $4,823,332.74. The unpaid principal amount hereof shall "
        "accrue interest at a variable per annum rate equal from day to day to the Bank's Base "
        "Rate, but in no event shall this Note accrue interest at a per annum contract rate (not "
        "Default Rate) less than four and one-half percentage points (4.50%) per annum.\n"
    )
    assert _value(found, "interest.default_rate") is None


def test_until_maturity_or_default_in_parentheses_is_no_default() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $4,900,000.00, to be paid in the following manner: From "
        "and after the date hereof (until maturity or default as hereinafter provided), interest "
        "shall accrue at the rate of seven and three-quarters percent (7.75%) per annum simple "
        "interest.\n"
    )
    assert _value(found, "interest.default_rate") is None
    assert _value(found, "interest.rate") == Decimal("0.0775")


def test_a_bank_before_the_sum_in_words() -> None:
    found = extract_text(
        "“Chicago, Ill. June 10, 1932.\n“Two months after date, for value received, the undersigned "
        "jointly and severally promise to pay to the order of the Kaspar American State Bank Four "
        "Thousand ($4,000.00) Dollars.\n"
    )
    assert _value(found, "lender") == "Kaspar American State Bank"
