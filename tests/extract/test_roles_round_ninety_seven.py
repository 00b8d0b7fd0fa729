"""The ninety-seventh round of issue 16 (thirty-first session): what the session's fifth draw
(``heldout-na`` … ``heldout-ne``) showed — a promise "RECEIPT OF WHICH IS HEREBY ACKNOWLEDGED,
within thirty (30) days after demand", a rate "from the date hereof through the due date", no
interest for a time only, a form's two columns set apart by a wide gap with a person first, a
form's heading "PROMISE TO PAY" before the makers, and joint makers with a comma before "and".

Each case is a short note of its own."""

from __future__ import annotations

from decimal import Decimal

from role_notes import offered
from role_notes import value as _value

from promissory.extract import extract_text


def test_a_promise_within_days_after_demand_after_the_receipt() -> None:
    found = extract_text(
        "A FORM OF PROMISSORY NOTE\n$            MINNEAPOLIS, MINNESOTA\n\n FOR GOOD AND VALUABLE "
        "CONSIDERATION, RECEIPT OF WHICH IS\nHEREBY ACKNOWLEDGED, within thirty (30) days after "
        "demand, the undersigned\npromises to pay to the order of INTELEFILM CORPORATION the sum "
        "of\n($             ) with interest on the unpaid balance of this Note which shall\naccrue "
        "at the rate of 14% per annum from the date hereof through the due date,\nand shall "
        "accrue on the basis of actual days based on a 365-day year.\n"
    )
    assert _value(found, "borrower") is None
    assert _value(found, "lender") == "INTELEFILM CORPORATION"
    assert _value(found, "demand") is True
    assert _value(found, "interest.rate") == Decimal("0.14")
    assert _value(found, "interest.default_rate") is None


def test_no_interest_for_a_time_only() -> None:
    found = extract_text(
        "PROMISSORY NOTE\n$500,000.00\nFOR VALUE RECEIVED, Singular Payments, LLC promises to pay "
        "to the order of Payment Data Systems, Inc. the principal sum of $500,000.00.\nAnnual "
        "Interest Rate: From the Date this Note to the earlier of May 31, 2017 or the closing of "
        "the Proposed Transaction (the “Interest Start Date”), the unpaid Principal Amount shall "
        "not bear interest.\n"
    )
    assert _value(found, "interest.rate") is None
    assert Decimal(0) in offered(found, "interest.rate")


def test_a_forms_columns_set_apart_by_a_wide_gap() -> None:
    found = extract_text(
        "<TABLE>\n<CAPTION>\n---------------------------------- ------------------------\n"
        "Garry J. Graham                                   First Savings Bank, FSB\n"
        "4108 Rosebud                                      301 South Center Street\n"
        "          BORROWER'S NAME AND ADDRESS                     LENDER'S NAME AND ADDRESS\n"
        "</TABLE>\nFor value received, I promise to pay to you, or your order, the principal sum "
        "of $500,000.00.\n"
    )
    assert _value(found, "borrower") == "Garry J. Graham"
    assert _value(found, "lender") == "First Savings Bank, FSB"


def test_a_forms_promise_to_pay_heading_before_joint_makers() -> None:
    found = extract_text(
        "PROMISSORY NOTE\nPrincipal Amount $2,010,027 00    Date of Note March 19, 2013\nPROMISE "
        "TO PAY Foundation Surgery Affiliates, LLC, and East El Paso Physicians Medical Center, "
        "LLC (“Borrower”) jointly and severally promise to pay to Legacy Bank (“Lender”), or "
        "order, in lawful money of the United States of America the principal amount of Two "
        "Million Ten Thousand Twenty-seven & 00/100 Dollars ($2,010,027.00).\n"
    )
    assert _value(found, "borrower") == "Foundation Surgery Affiliates, LLC"
    assert _value(found, "lender") == "Legacy Bank"
