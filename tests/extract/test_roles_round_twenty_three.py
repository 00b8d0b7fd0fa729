"""The twenty-third round of issue 16: the misses read on ``heldout-ay`` and ``heldout-ba`` after
their one score — each written here as a short note of its own (not the corpus text), so that the
rule is held by the words that make it, not by one document."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import PROMISE, offered
from role_notes import value as _value

from promissory.extract import extract_text

# -- parties ----------------------------------------------------------------------------------


def test_an_authority_in_and_for_a_city_is_named_whole() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, Example Ventures, LLC, an Indiana limited liability company "
        '("Borrower") promises to pay to the order of The Housing and Redevelopment Authority in '
        "and\nfor the City of Example, Minnesota, a public body politic and corporate under the "
        'laws of the State of Minnesota ("Lender") the principal sum of $1,000,000.00.'
    )
    assert _value(found, "lender") == (
        "The Housing and Redevelopment Authority in and for the City of Example"
    )


def test_or_assigns_ends_the_payees_name() -> None:
    found = extract_text(
        'For value received, the undersigned (the "Maker") promises to pay to the order of Example '
        'Franchise Capital\nCorporation, or assigns (the "Holder"), the principal sum of $100,000.'
    )
    assert _value(found, "lender") == "Example Franchise Capital Corporation"


def test_a_maker_opening_the_line_with_its_role_before_the_promise() -> None:
    found = extract_text(
        "REVOLVING CREDIT NOTE\n$20,000,000.00\nExample Acquisitions Corporation, a Nevada "
        "corporation, (the Borrower) promises to pay to the order of EXAMPLE BANK NATIONAL "
        "ASSOCIATION, (the Lender), the principal amount of $20,000,000.00."
    )
    assert _value(found, "borrower") == "Example Acquisitions Corporation"
    # a line broken inside "FOR VALUE RECEIVED" is no name
    found = extract_text(
        "FOR VALUE\nRECEIVED, the undersigned (the Borrower) promises to pay to the order of "
        "Example Bank the principal sum of $10,000."
    )
    assert _value(found, "borrower") is None


def test_a_maker_with_whose_address_is_before_for_value_received() -> None:
    found = extract_text(
        'On July 1, 2003 (the "Maturity Date"), EXAMPLE BANC CORPORATION, INC., a Kansas '
        'corporation (the "Undersigned"), whose address is 1 Main Street, Leawood, Kansas 66211, '
        "for value received, promises to pay to the order of EXAMPLE BANK NATIONAL ASSOCIATION "
        '(the "Bank") the principal sum of $25,000,000.'
    )
    assert _value(found, "borrower") == "EXAMPLE BANC CORPORATION, INC."


def test_joint_makers_one_incorporated() -> None:
    found = extract_text(
        "PROMISE TO PAY. EXAMPLE, INCORPORATED and EXAMPLE PARTNERS LIMITED PARTNERSHIP "
        '("Borrower") promises to pay to EXAMPLE BANK ("Lender") the principal amount of '
        "$255,000.00."
    )
    assert _value(found, "borrower") == "EXAMPLE, INCORPORATED"


# -- interest ---------------------------------------------------------------------------------


def test_no_interest_accrues_on_amounts_advanced() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $1,420,000.00, or so much thereof as Lender has advanced. "
        "Absent a default by Borrower in the timely payment of amounts due under this Note, no "
        "interest shall accrue on amounts advanced under this Promissory Note."
    )
    assert _value(found, "interest.rate") == Decimal(0)


def test_a_rate_established_by_the_bank_as_its_base_rate() -> None:
    found = extract_text(
        PROMISE + "the sum of $500,000. Interest shall be charged on the unpaid principal balance "
        "of this Note at a rate (the Note Rate) equal to the sum of one percent (1%) per annum "
        "plus a fluctuating interest rate per annum as established from time to time by Bank, as "
        "Bank’s “Base Rate.”"
    )
    assert _value(found, "interest.floating.index") == "BASE"


def test_kinds_of_loan_each_at_its_own_rate_and_year() -> None:
    found = extract_text(
        'FOR VALUE RECEIVED, Jane Example (the "Borrower") promises to pay to the order of EXAMPLE '
        'TRUST COMPANY (the "Bank"), ON DEMAND, the lesser of $16,500,000.00 or the principal of '
        'each loan. "Lending Office" means (i) with regard to Loans bearing interest based on the '
        'Prime Rate (collectively, "Domestic Loans"), the office of the Bank and (ii) with regard '
        'to Loans bearing interest based on the Eurodollar Rate (collectively, "Eurodollar '
        'Loans"), the Nassau office of the Bank.\nInterest based on the Prime Rate shall be '
        "computed on the basis of a year of 365 days and paid for actual days elapsed. Interest "
        "based on the Eurodollar Rate shall be computed on the basis of a year of 360 days and "
        "paid for the actual number of days elapsed.\nEach Eurodollar Loan shall bear interest at "
        'a rate per annum (the "Eurodollar Rate") equal to the Adjusted Eurodollar Rate plus '
        '1.000% (the "Eurodollar Margin").'
    )
    assert _value(found, "interest.day_count") is None
    assert {"ACT/360", "ACT/365F"} <= set(offered(found, "interest.day_count"))
    assert _value(found, "interest.floating.index") is None
    assert _value(found, "interest.floating.margin") is None
    assert Decimal("0.01") in offered(found, "interest.floating.margin")


# -- schedule ---------------------------------------------------------------------------------


def test_an_examples_dates_are_not_the_notes() -> None:
    found = extract_text(
        "Promissory Note\nDate: ____________\nFOR VALUE RECEIVED, the undersigned promises to pay "
        "to the order of ____________ the amount up to $__________. So long as Borrower is not in "
        "default, the balance shall be reduced by $5,000.00 on each anniversary date of this "
        "Note. For example, if this Note were for $15,000.00, and the date of this Note were "
        "November 1, 2016, then: Date of Reduction Amount November 1, 2017 $5,000.00 $10,000.00 "
        "November 1, 2018 $5,000.00 $5,000.00 November 1, 2019 $5,000.00 $0.00"
    )
    assert _value(found, "issue_date") is None
    assert offered(found, "issue_date") == []


def test_a_balloon_after_the_installments_and_a_named_first_payment_date() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $1,633,090.00, principal and interest being payable in "
        "Sixty (60) months as follows: Fifty-Nine (59) equal and successive monthly installments "
        "each in the amount of $18,073.29, beginning with the payment due on July 10, 2013 "
        '("First Payment Date") and continuing on the same day of each and every month '
        "thereafter followed by one (1) month installment in the amount of $954,500.21."
    )
    assert _value(found, "schedule.installment") == Decimal("18073.29")
    assert _value(found, "schedule.first_payment") == dt.date(2013, 7, 10)
    assert _value(found, "maturity") is None


def test_yearly_installments() -> None:
    found = extract_text(
        PROMISE + "the sum of $[______]. Principal and interest are payable in yearly installments "
        "due on or before the end of the first quarter of every year until paid in full."
    )
    assert _value(found, "schedule.frequency") == "annual"


# -- demand and revolving ---------------------------------------------------------------------


def test_a_template_payable_to_its_lender_or_order_on_demand_with_a_right_to_reborrow() -> None:
    found = extract_text(
        "> **FOR VALUE RECEIVED**, the undersigned, **[Borrower-name]** (“Borrower”), hereby "
        "promises to pay to **[Lender-name]**, a **[Lender-entity-type]** (“Lender”), or order, "
        "on demand the principal sum of **[Loan-amount]** dollars or so much as may have been "
        "advanced.\n> - (ii) Borrower shall have the right to re-borrow any Advance to the extent "
        "that it has been repaid."
    )
    assert _value(found, "demand") is True
    assert _value(found, "revolving") is True
    found = extract_text(PROMISE + "the sum of $10,000. Borrower shall have no right to re-borrow.")
    assert _value(found, "revolving") is not True


def test_a_forms_demand_alternative_is_not_yet_the_notes() -> None:
    found = extract_text(
        "For value received, ___________ (the “Company”), promises to pay to «Purchaser» (the "
        "“Holder”), the principal sum of $_________. [Alternative 1 - Demand Note] 1. Maturity\n\n"
        "Principal and any accrued but unpaid interest under this Note shall be due and payable "
        "upon demand by the Holder at any time after __________.\n\n[Alternative 2- Term Note] 1. "
        "Maturity\n\nThis Note will automatically mature and be due and payable on ________."
    )
    assert _value(found, "demand") is None
