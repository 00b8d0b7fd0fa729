"""The fifty-fourth round of issue 16: read on ``heldout-dp`` … ``heldout-dr`` after their first
and only score, and on the court-quoted notes of earlier seen parts.

* "seven per cent. (payable annually) interest per annum from date" is the rate (the full stop
  after "cent" does not end the sentence before a parenthesis);
* a payee after "the" whose name holds "and" ("the Atlantic and Virginia Fertilizing Company, or
  order"); a name ends at "at their office" and at a blank left for the sum ("G. W. Gregory
  _____ dollars");
* "On demand, after date, … I (we) promise" and "Demand after date we … promise" are demand notes;
* a firm signs the note: "A. L. Grady & Co." under it, "… value received. Barnes & Haynes." at its
  end;
* "two thousand and forty and twenty one-hundredths dollars" is 2,040.20;
* "7 per cent per annum until maturity and after maturity at the highest rate allowed by law" is
  no rate after default;
* "a single payment in the amount of $1,700,000.00" that settles the note is no installment;
* a Laser Pro schedule's rate for its interest payments only ("24 monthly consecutive interest
  payments … at an interest rate of 7.000% per annum; 335 monthly consecutive principal and
  interest payments … at an interest rate based on the … PRIME RATE") is no fixed rate.

Each case is a short note of its own."""

from __future__ import annotations

from decimal import Decimal

from role_notes import PROMISE
from role_notes import value as _value

from promissory.extract import extract_text


def test_per_cent_then_a_parenthesis() -> None:
    found = extract_text(
        "“$500.00. Marshalltown, Iowa, July 8, 1895. June 1, 1896, after date, we promise to pay to "
        "F. S. Rockafellow, or order, five hundred dollars, with seven per cent. (payable annually) "
        "interest per annum from date.\n"
    )
    assert _value(found, "interest.rate") == Decimal("0.07")


def test_the_payee_after_the_with_and_in_its_name() -> None:
    found = extract_text(
        "On the first day of November next, I promise to pay to the Atlantic and Virginia "
        "Fertilizing Company, or order, two hundred dollars, for value received.\n"
    )
    assert _value(found, "lender") == "Atlantic and Virginia Fertilizing Company"


def test_a_payee_at_their_office() -> None:
    found = extract_text(
        "“$945.00 Chicago, Ill., Jan. 14, 1910.\nFor value received, we promise to pay to the "
        "order of Lyon & Healy, at their office in Chicago, Ill., the full sum of Nine Hundred "
        "Forty-five Dollars.\n"
    )
    assert _value(found, "lender") == "Lyon & Healy"


def test_a_payee_before_a_blank_for_the_sum() -> None:
    found = extract_text(
        "'On or before 3 years after date without grace I promise to pay to the order of G. W. "
        "Gregory _____ dollars in gold coin of the United States of America.\n"
    )
    assert _value(found, "lender") == "G. W. Gregory"


def test_on_demand_comma_after_date() -> None:
    found = extract_text(
        "“On demand, after date, for value received I (we) promise to pay to the order of "
        "Springfield Shingle Co. the sum of Four hundred no-100 Dollars with interest at the rate "
        "of 8 per cent per annum from date until paid.\n"
    )
    assert _value(found, "demand") is True


def test_demand_after_date() -> None:
    found = extract_text(
        '"Rock Falls, Iowa Oct 3, 1944 $16193.40 Demand after date we, or either of us promise to '
        "pay to the order of Ernest Stebens Sixteen Thousand One Hundred Ninety-three Dollars.\n"
    )
    assert _value(found, "demand") is True


def test_a_firm_signs_under_the_note() -> None:
    found = extract_text(
        "$500. One day after date we promise to pay to the order of John W. Walker, five hundred "
        "dollars, with interest at 10 per cent, per annum, value received.\nA. L. Grady & Co.”\n"
    )
    assert _value(found, "borrower") == "A. L. Grady & Co."


def test_a_firm_signs_at_the_end_of_the_quotation() -> None:
    found = extract_text(
        "“2,040.20. Medina, Kas., March 4th, 1877. Thirty days after date we promise to pay to "
        "the order of Powers, Lynde & Co. two thousand and forty and twenty one-hundredths "
        "dollars, with interest at twelve per cent per annum after maturity until paid; value "
        "received. Barnes & Haynes.”\n"
    )
    assert _value(found, "borrower") == "Barnes & Haynes"
    assert _value(found, "commitment") == Decimal("2040.20")


def test_a_rate_until_maturity_is_no_default_rate() -> None:
    found = extract_text(
        "“$162.00 Chicago, Ill., March 1, 1926. For value received I promise to pay to the order "
        "of Warner & Moore one hundred sixty-two dollars with interest after date at the rate of 7 "
        "per cent per annum until maturity and after maturity at the highest rate allowed by "
        "law.”\n"
    )
    assert _value(found, "interest.rate") == Decimal("0.07")
    assert _value(found, "interest.default_rate") is None


def test_a_single_payment_that_settles_the_note_is_no_installment() -> None:
    found = extract_text(
        PROMISE + "$1,975,000.00 with interest at 11% per annum. Borrower may fully satisfy "
        "Borrower's obligations under this note by making a single payment in the amount of "
        "$1,700,000.00, by wire transfer.\n"
    )
    assert _value(found, "schedule.installment") is None


def test_a_laser_pro_rate_for_interest_payments_only() -> None:
    found = extract_text(
        PROMISE + "$5,200,000.00.\nPAYMENT. Borrower will pay this loan in accordance with the "
        "following payment schedule: 24 monthly consecutive interest payments, beginning April 1, "
        "2004, with interest calculated on the unpaid principal balances at an interest rate of "
        "7.000% per annum; 335 monthly consecutive principal and interest payments in the "
        "initial amount of $30,366.22 each, beginning April 1, 2006, with interest calculated on "
        "the unpaid principal balances at an interest rate based on the THE LOWEST NEW YORK PRIME "
        "RATE.\n"
    )
    assert _value(found, "interest.rate") is None
