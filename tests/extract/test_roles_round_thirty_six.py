"""The thirty-sixth round of issue 16: mistakes of ``heldout-by``, read after its first and only
score, each made a rule of its kind.

* "FOR VALUE RECEIVED, UNDERSIGNED GEOSPATIAL HOLDINGS, INC." — "undersigned" without "the" is not
  part of the maker's name;
* '… the undersigned SAN DIEGO REVITALIZATION CORPORATION, A CALIFORNIA NON PROFIT PUBLIC BENEFIT
  CORPORATION, (the "Borrower")': the description in capitals is not part of the name;
* "All past-due principal … shall … bear simple interest at … the lesser of the highest
  applicable rate or 18%, payable on demand": past-due (with a hyphen) is about default; the 18%
  is the rate after it, not the note's rate nor a demand note's;
* "interest may be charged on the amount delinquent at a rate no more than 3% greater than the
  interest rate contracted for": a ceiling, offered, not the default margin.

Each case is a short note of its own."""

from __future__ import annotations

from decimal import Decimal

from role_notes import PROMISE, offered
from role_notes import value as _value

from promissory.extract import extract_text


def test_undersigned_without_the_is_not_part_of_the_name() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, UNDERSIGNED GEOSPATIAL HOLDINGS, INC., a corporation organized under "
        'the laws of the State of Nevada (the "Borrower"), promises to pay to the order of Lowery '
        'Enterprises, LLC (the "Lender") the principal sum of $300,000.\n'
    )
    assert _value(found, "borrower") == "GEOSPATIAL HOLDINGS, INC."


def test_a_description_in_capitals_is_not_part_of_the_name() -> None:
    found = extract_text(
        "FOR THE VALUE RECEIVED, the undersigned SAN DIEGO REVITALIZATION\nCORPORATION, A "
        'CALIFORNIA NON PROFIT PUBLIC BENEFIT CORPORATION, (the\n"Borrower"), promises to pay to '
        "the order of the PRICE FAMILY CHARITABLE TRUST the sum of $9,000,000.\n"
    )
    assert _value(found, "borrower") == "SAN DIEGO REVITALIZATION CORPORATION"


def test_past_due_interest_payable_on_demand_is_the_rate_after_default() -> None:
    found = extract_text(
        PROMISE + "the principal sum of TWO HUNDRED THOUSAND AND No/100 DOLLARS ($200,000.00), "
        "payable in twenty-four monthly installments. All past-due principal on this note shall, "
        "from maturity (stated or by acceleration) until paid, bear simple interest at a rate per "
        "annum equal to the lesser of the highest applicable rate or 18%, payable on demand.\n"
        "Notwithstanding anything to the contrary herein, there shall be a five (5) calendar day "
        "grace period for each monthly installment payment during which 18% interest as set forth "
        "above shall not accrue.\n"
    )
    assert _value(found, "demand") is None
    assert _value(found, "interest.rate") is None
    assert _value(found, "interest.default_rate") == Decimal("0.18")


def test_at_most_so_much_over_the_rate_is_a_ceiling() -> None:
    found = extract_text(
        PROMISE + "up to $500,000 with interest at ten percent (10%) per annum. In the event of "
        "default, at the option of Holder, interest may be charged on the amount delinquent at a "
        "rate no more than 3% greater than the interest rate contracted for on the principal "
        "herein.\n"
    )
    assert _value(found, "interest.default_margin") is None
    assert _value(found, "interest.default_rate") is None
    assert Decimal("0.03") in offered(found, "interest.default_margin")
