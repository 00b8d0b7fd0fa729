"""The twenty-sixth round of issue 16: the misses read on ``heldout-bf`` and ``heldout-bg`` after
their one score — each written here as a short note of its own (not the corpus text), so that the
rule is held by the words that make it, not by one document."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import PROMISE, offered
from role_notes import value as _value

from promissory.extract import extract_text


def test_a_rate_for_a_first_period_then_another_is_offered_not_stated() -> None:
    found = extract_text(
        PROMISE
        + "the principal sum of $340,000.00, plus interest at a rate per annum equal to the "
        "Base Rate (hereinafter defined).\n“Base Rate” means interest at the rate of three percent "
        "(3%) per annum, for periods through September 30, 2016, and thereafter interest at a rate "
        "of five percent (5%) per annum."
    )
    assert _value(found, "interest.rate") is None
    assert Decimal("0.03") in offered(found, "interest.rate")
    assert _value(found, "interest.floating.index") is None  # the note's own name for its rate
    found = extract_text(
        PROMISE
        + "the sum of $100,000 at an interest rate equal to eighteen percent (18%) per annum "
        "for\nthe first six months the Note is outstanding; the interest rate\nwill increase each "
        "month thereafter by 25 basis points (0.25%)\nuntil the Maturity Date."
    )
    assert _value(found, "interest.rate") is None
    assert Decimal("0.18") in offered(found, "interest.rate")


def test_a_rate_after_maturity_over_prime_with_a_comma_is_no_margin_over_the_notes() -> None:
    found = extract_text(
        PROMISE + "the sum of $15,000,000.00. In the event this Note has not been paid, in "
        "accordance with the terms hereof, the principal and all accrued but unpaid interest shall "
        "be due and payable on December 28, 2019 (“Maturity”). Interest shall accrue at the Wall "
        "Street Journal Prime Rate minus one hundred and twenty five (125) basis points. After this "
        "Note shall become due, whether by acceleration or otherwise, this Note shall bear interest "
        "at a rate equal to the Wall Street Journal stated Prime Rate, plus three percent (3%) per "
        "annum, floating."
    )
    assert _value(found, "maturity") == dt.date(2019, 12, 28)
    assert _value(found, "interest.default_margin") is None
    assert Decimal("0.03") in offered(found, "interest.default_margin")


def test_the_date_of_the_note_and_an_earlier_loans_sum_restated() -> None:
    found = extract_text(
        "PROMISSORY NOTE AND LOAN AGREEMENT\nDate of the Note: May 16, 2012\nPayee: Richard "
        'Example\nFOR VALUE RECEIVED, the undersigned, Example Corporation (the "Maker") promises to '
        "pay to the order of the Payee the amount of the Note.\n5. Maker and Payee agree that the "
        "original amount loaned in June 2010, in the sum of $40,019 plus accrued interest "
        "accumulated to date is restated herein."
    )
    assert _value(found, "issue_date") == dt.date(2012, 5, 16)
    assert _value(found, "commitment") is None


def test_a_subsidiary_maker_named_after_a_heading_with_a_blank_date() -> None:
    found = extract_text(
        "PROMISSORY NOTE\nDecember____, 2020\nThe Example Organics Supply LLC (hereinafter called "
        'the\n"Company"), an Oregon limited liability company and subsidiary of\nThe Example '
        "Organics, Inc., a Delaware corporation (hereinafter\ncalled the “Parent”), for value "
        'received, promises to\npay to ___________________________ (the "Holder") the principal '
        "sum of $[_____]."
    )
    assert _value(found, "borrower") == "The Example Organics Supply LLC"


def test_the_payees_defined_term_is_not_read_as_the_maker() -> None:
    found = extract_text(
        "FORM OF RECOURSE SECURED PROMISSORY NOTE $374,900 June 26, 2001 FOR VALUE RECEIVED, the "
        'undersigned (the "Stockholder") hereby promises to pay to the order of Example Holdings, '
        'Inc., a Delaware corporation (the "Company"), the principal amount of $374,900.'
    )
    assert _value(found, "lender") == "Example Holdings, Inc."
    assert _value(found, "borrower") is None


def test_an_empty_box_before_on_demand_in_a_run_together_form() -> None:
    found = extract_text(
        'The undersigned (hereinafter called "Maker") promise(s) to pay to the order of EXAMPLE '
        "BANK the sum of $5,000,000.00. [X] Multiple Payment Principal and interest are payable as "
        'follows: AS SET FORTH IN THE LOAN AGREEMENT (THE "LOAN AGREEMENT"). [ ] ON DEMAND '
        "Principal payable ON DEMAND with Interest payable__________"
    )
    assert _value(found, "demand") is None


def test_a_rate_on_a_condition_no_interest_dated_this_and_a_due_date_for_full_repayment() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $25,000.00.\n1. The loan will have 0% interest if repaid "
        "within sixty (60) days of receipt of funds by the Maker.\n2. The loan’s due date for full "
        "repayment is December 31, 2014.\nDATED this 3rd day of June, 2011."
    )
    assert _value(found, "interest.rate") is None
    assert _value(found, "maturity") == dt.date(2014, 12, 31)
    assert _value(found, "issue_date") == dt.date(2011, 6, 3)
    found = extract_text(
        "For value received, the endorser promises to pay to the order of Example Dentistry (the "
        '"Lender") the sum of the Amount Financed with no interest.'
    )
    assert _value(found, "interest.rate") == Decimal(0)


def test_an_agreement_between_the_parties_dated_as_of_dates_no_note() -> None:
    found = extract_text(
        "Note Date: | April 16, 2007 | $27,605,870.00 |\n" + PROMISE + "the principal sum of "
        "$27,605,870.00. This promissory note is executed pursuant to a Construction Loan "
        "Agreement between. BORROWER and\nBANK dated as of December 16, 2005."
    )
    assert _value(found, "issue_date") == dt.date(2007, 4, 16)
