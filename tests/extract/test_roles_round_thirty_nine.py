"""The thirty-ninth round of issue 16: mistakes of ``heldout-cc``, read after its first and only
score, each made a rule of its kind.

* "XXXXXXXX BROS. CONSTRUCTION, INC.": an abbreviation in capitals is no heading run into the name;
* Laser Pro's "6 monthly consecutive interest payments": interest alone, no installments;
* "… Wall Street Journal (currently 3.250%), plus a margin of 1.500 percentage points": a margin;
* "The total principal amount of Loans outstanding at any one time hereunder shall not exceed
  TWELVE MILLION …": the note's cap;
* "no obligation to make any advances hereunder after", "the right to request and receive monies
  … shall cease and terminate on", "The term of the Commitment shall be … up to and including":
  the last day for draws;
* "… between TECON WATER COMPANY, L.P. (the “Company”) and CoBANK, ACB (“CoBank”)" where "CoBank
  agrees to make a loan": the lender;
* a Laser Pro title "(Commercial - Single Advance)": not revolving.

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import PROMISE
from role_notes import value as _value

from promissory.extract import extract_text


def test_an_abbreviation_in_a_masked_name_is_no_heading() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned, XXXXXXXX BROS. CONSTRUCTION, INC.,\na Minnesota "
        'corporation (the "Borrower"), promises to pay to the order of FIRST BANK NATIONAL '
        'ASSOCIATION (the "Lender") the principal sum of $5,000,000.00.\n'
    )
    assert _value(found, "borrower") == "XXXXXXXX BROS. CONSTRUCTION, INC."


def test_laser_pros_consecutive_interest_payments_and_margin() -> None:
    found = extract_text(
        PROMISE + "the principal amount of $1,000,000.00.\nPAYMENT. Borrower will pay this loan in "
        "accordance with the following payment schedule: 6 monthly consecutive interest payments, "
        "beginning April 21, 2012, with interest calculated on the unpaid principal balances using "
        "an interest rate based on the prime rate as published in the Money Rate Section of the "
        "Wall Street Journal (currently 3.250%), plus a margin of 1.500 percentage points, the sum "
        "rounded up to the nearest 0.001.\n"
    )
    assert _value(found, "schedule.frequency") is None
    assert _value(found, "interest.floating.margin") == Decimal("0.01500")


def test_a_cap_on_the_loans_outstanding_at_any_one_time() -> None:
    found = extract_text(
        "MASTER NOTE\nFOR VALUE RECEIVED, on or before December 29, 1997, Borrower promises to pay "
        'to the order of THE FIRST TRUST COMPANY (called "Lender") the unpaid principal amount of '
        "each loan made by Lender to Borrower hereunder. The total principal amount of Loans "
        "outstanding at any one time hereunder shall not exceed TWELVE MILLION AND NO/100 DOLLARS "
        "($12,000,000).\n"
    )
    assert _value(found, "commitment") == Decimal("12000000.00")


def test_no_obligation_to_make_advances_after_a_day() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $36,000,000.00 on December 31, 2022, or so much as is "
        "advanced. Provided, however, Lender shall have no obligation to make any advances "
        "hereunder after December 31, 2018.\n"
    )
    assert _value(found, "draw_period_end") == dt.date(2018, 12, 31)


def test_the_right_to_request_monies_ceases_on_a_day() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $3,500,000 on November 9, 2008, provided that the right "
        "to request and receive monies from Lender hereunder shall cease and terminate on "
        "November 9, 2007.\n"
    )
    assert _value(found, "draw_period_end") == dt.date(2007, 11, 9)


def test_a_note_between_the_borrower_and_the_lender_that_agrees_to_lend() -> None:
    found = extract_text(
        "PROMISSORY NOTE AND SUPPLEMENT\nTHIS PROMISSORY NOTE AND SUPPLEMENT is entered into as of "
        "May 1, 2002, between LAKE WATER COMPANY, L.P. (the “Company”) and FARMBANK, ACB "
        "(“FarmBank”).\nSECTION 1. FarmBank agrees to make a loan to the Company in the principal "
        "amount of $15,400,000. The term of the Commitment shall be from the date hereof up to and "
        "including June 1, 2002.\n"
    )
    assert _value(found, "lender") == "FARMBANK, ACB"
    assert _value(found, "borrower") == "LAKE WATER COMPANY, L.P."
    assert _value(found, "draw_period_end") == dt.date(2002, 6, 1)


def test_a_commercial_single_advance_title_is_not_revolving() -> None:
    found = extract_text(
        "PROMISSORY NOTE\n(Commercial - Single Advance)\n" + PROMISE + "the principal amount of "
        "$900,000.00.\n"
    )
    assert _value(found, "revolving") is False
