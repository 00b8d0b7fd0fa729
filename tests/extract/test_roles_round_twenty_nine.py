"""The twenty-ninth round of issue 16: the misses read on ``heldout-bj`` and ``heldout-bk`` after
their one score — each written here as a short note of its own (not the corpus text)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import PROMISE, offered
from role_notes import value as _value

from promissory.extract import extract_text
from promissory.extract.numwords import parse_number_words
from promissory.extract.records import INFERRED


def test_revolving_said_by_a_readvance_anywhere_is_stated_and_a_refusal_is_not() -> None:
    found = extract_text(
        "REVOLVING LINE OF CREDIT NOTE\n" + PROMISE + "the sum of $1,000,000.00. Advances "
        "hereunder, to the total amount of the principal sum, may be made, and re-advances of "
        "amounts paid shall be made, at the oral or written request of Borrower."
    )
    said = found.get("revolving")
    assert said is not None and said.value is True and said.confidence > INFERRED
    found = extract_text(
        PROMISE + "the sum of $1,000,000.00. Amounts advanced under this Note cannot be "
        "reborrowed, regardless of any repayments."
    )
    assert _value(found, "revolving") is False
    # an option of a form whose box is empty, beside the ticked one, says nothing for it
    found = extract_text(
        PROMISE + "the sum of $1,000,000.00. REVOLVING OR DRAW FEATURE: |_| This Note possesses "
        "a revolving feature. Borrower shall be entitled to repay and reborrow from time to time. "
        "|X| This Note possesses a draw feature. Borrower shall be entitled to make draws."
    )
    assert _value(found, "revolving") is False


def test_a_former_name_is_not_part_of_the_name() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, Example Realty, Inc. promises to pay to the order of NATIONAL "
        "EXAMPLE BANK OF COLUMBUS, formerly known as National Example Bank, Columbus (the "
        '"Bank"), the principal sum of $2,125,000.00.'
    )
    assert _value(found, "lender") == "NATIONAL EXAMPLE BANK OF COLUMBUS"


def test_a_banks_region_in_parentheses_is_part_of_its_name_and_a_role_word_is_not() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, Example Holdings, Inc. hereby promises to pay to the order of FIFTH "
        "EXAMPLE BANK (CENTRAL INDIANA), its successors and assigns (“Lender”), the principal sum "
        "of $12,000,000.00."
    )
    assert _value(found, "lender") == "FIFTH EXAMPLE BANK (CENTRAL INDIANA)"
    found = extract_text(
        "FOR VALUE RECEIVED, Example Holdings, Inc. promises to pay to the order of PLAINS "
        "EXAMPLE BANK (Lender) the principal sum of $1,000,000.00."
    )
    assert _value(found, "lender") == "PLAINS EXAMPLE BANK"


def test_a_masked_person_and_a_company_are_joint_makers() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned XXXXX XXXXX AND EXAMPLE VINEYARDS, INC.\n"
        '("Borrower") promises to pay to the order of EXAMPLE BANK, NATIONAL ASSOCIATION ("Bank") '
        "the principal sum of $1,500,000.00."
    )
    borrower = found.get("borrower")
    assert borrower is not None and borrower.value == "EXAMPLE VINEYARDS, INC."
    assert borrower.confidence == INFERRED
    # a masked founder "& SON" is one firm
    found = extract_text(
        "FOR VALUE RECEIVED, XXXX X. XXXXXXXXXX & SON, INC. promises to pay to the order of "
        "Example Bank the principal sum of $100,000.00."
    )
    assert _value(found, "borrower") != "SON, INC."


def test_an_amendment_that_increases_the_principal_from_one_sum_to_another() -> None:
    found = extract_text(
        "AMENDMENT TO PROMISSORY NOTE\nThis Amendment is made by and between Example Corporation "
        '(the "Borrower") and EXAMPLE BANK N.A. ("Lender").\n1. The principal sum available under '
        "the Note is hereby increased by Two Hundred Thousand Dollars ($200,000) from the current "
        "principal amount of Six Hundred Thousand Dollars ($600,000) to Eight Hundred Thousand "
        "Dollars and No/100 ($800,000)."
    )
    assert _value(found, "commitment") == Decimal("800000.00")


def test_a_maturity_date_label_stacked_over_two_lines() -> None:
    found = extract_text(
        "Promissory\nNote\n| July\n7, 2005\n|\nMaturity\nDate: July 1, 2010\n|\nAmount:\n"
        "$9,360,775.00\n|\nFOR VALUE RECEIVED, the undersigned Borrower promises to pay to the "
        "order of Bank the principal amount of $9,360,775.00."
    )
    assert _value(found, "maturity") == dt.date(2010, 7, 1)
    assert _value(found, "issue_date") == dt.date(2005, 7, 7)


def test_hundredths_written_as_one_hundredths() -> None:
    assert parse_number_words("six and sixty-one one hundredths") == Decimal("6.61")
    assert parse_number_words("six and twenty one hundredths") == Decimal("6.21")
    found = extract_text(
        PROMISE + "the principal amount of $9,360,775.00.\n1. Rate. The Rate charged hereon shall "
        "be fixed at six and sixty-one one hundredths percent (6.61%) per annum."
    )
    assert _value(found, "interest.rate") == Decimal("0.0661")


def test_a_rate_to_an_adjustment_date_is_a_first_rate() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $20,000,000.00.\n1.A. Interest Rate. From the Disbursement "
        "Date to March 1, 2018 (the “Interest Adjustment Date”), interest will accrue on the "
        "outstanding principal balance hereof at the rate of seven and sixty-three "
        "one-hundredths percent (7.63%) per annum."
    )
    assert _value(found, "interest.rate") is None


def test_a_name_under_its_label_broken_over_lines() -> None:
    found = extract_text(
        "Promissory Note\n| New\n|\nAmount:\n$9,360,775.00\n|\nBank:\nBank\nof Example, N.A.\n"
        "Banking\nCenter:\n414\nUnion Street\n|\nBorrower:\nARC\nHDV, LLC\n111\nWestwood Place\n"
        "FOR VALUE RECEIVED, the undersigned Borrower promises to pay to the order of Bank the "
        "principal amount of $9,360,775.00."
    )
    assert _value(found, "borrower") == "ARC HDV, LLC"
    assert _value(found, "lender") == "Bank of Example, N.A."


def test_monthly_payments_of_interest_alone_are_no_installments() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $30,000,000.00, together with interest thereon at the "
        "adjustable variable annual rate of interest hereinafter specified, which interest is due "
        "and payable in consecutive monthly installments on the last day of each calendar month, "
        "commencing June 30, 2018, and at final maturity on June 30, 2020."
    )
    assert _value(found, "schedule.frequency") is None
    assert _value(found, "schedule.first_payment") is None
    assert _value(found, "maturity") == dt.date(2020, 6, 30)
    found = extract_text(
        PROMISE + "the principal sum of $2,400,000.00.\nMANNER OF RE-PAYMENT. Maker shall pay to "
        "Holder on July 1, 2008, and on the first day of each month thereafter during the term of "
        "the Loan, all accrued but unpaid interest."
    )
    assert _value(found, "schedule.frequency") is None
    assert _value(found, "schedule.first_payment") is None


def test_all_principal_plus_all_interest_on_a_day_is_the_maturity() -> None:
    found = extract_text(
        PROMISE + "the principal amount of $2,500,000.00.\n1.3. PAYMENT. Borrower will pay all "
        "outstanding principal plus all accrued and unpaid interest under this Loan on December "
        "31, 2002. In addition, Borrower will pay regular monthly payments of accrued and unpaid "
        "interest in arrears beginning January 15, 1996."
    )
    assert _value(found, "maturity") == dt.date(2002, 12, 31)


def test_the_offers_name_every_reading() -> None:
    found = extract_text("REVOLVING NOTE\n" + PROMISE + "the sum of $5,000,000.00.")
    assert offered(found, "revolving") == [True]


def test_the_first_quarterly_payment_and_successive_payments_date_no_maturity() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $781,000.00. This Note shall be payable in twelve (12) "
        "quarterly payments. The first such quarterly payment shall be due and payable on April "
        "1, 1999 and successive quarterly payments shall be due and payable on July 1, 1999, "
        "October 1, 1999 and January 1, 2000 and on each April 1, July 1, October 1 and January 1 "
        "thereafter until January 1, 2002, when the entire principal sum and all accrued "
        "interest shall be paid."
    )
    assert _value(found, "maturity") != dt.date(1999, 7, 1)
    assert dt.date(1999, 4, 1) in [
        *offered(found, "schedule.first_payment"),
        _value(found, "schedule.first_payment"),
    ]


def test_installments_thereafter_until_a_day_when_the_entire_sum_is_paid() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $781,000.00, payable in quarterly payments due on each "
        "April 1, July 1, October 1 and January 1 thereafter until January 1, 2002, when the "
        "entire principal sum and all accrued interest shall be paid."
    )
    assert _value(found, "maturity") == dt.date(2002, 1, 1)


def test_a_payees_defined_term_without_to() -> None:
    found = extract_text(
        "FOR VALID CONSIDERATION, and in consideration for the terms set forth in the Fund "
        "Agreement (the “Agreement”) between the Wisconsin Department of Example (the "
        "“Department”) and Example Dynamics, Inc. (the “Borrower”), the Borrower promises to "
        "pay the Department the principal sum of One Million and 00/100 Dollars ($1,000,000.00)."
    )
    assert _value(found, "lender") == "Wisconsin Department of Example"


def test_a_bracketed_defined_term_after_the_payee() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, EXAMPLE HOSPITAL, LLC, a Delaware limited liability company (herein "
        "called “Maker”), promises to pay to the order of AMERICAN EXAMPLE BANK [herein, together "
        'with all subsequent holders of this Promissory Note (“Note”), called “Payee"], the '
        "principal sum of NINE MILLION AND NO/100 DOLLARS ($9,000,000.00)."
    )
    assert _value(found, "lender") == "AMERICAN EXAMPLE BANK"


def test_the_earlier_of_demand_or_a_day_over_a_blank_line() -> None:
    found = extract_text(
        "REVOLVING CREDIT LOAN NOTE\n\n$1,500,000.00\n\nDue Date: The earlier of Demand or\n\n"
        "April 4, 2018\n\nDated: April 3, 2017\n\nFOR VALUE RECEIVED, the undersigned "
        "(“Borrower”) promises to pay to the order of EXAMPLE BANK the principal sum of "
        "$1,500,000.00."
    )
    assert _value(found, "demand") is True
    assert _value(found, "maturity") == dt.date(2018, 4, 4)


def test_a_maturity_far_ahead_of_a_weak_other_date_is_kept() -> None:
    found = extract_text(
        "TERM NOTE\n|July 30, 2004 (Effective Date)\n|April 12, 2006 (Third Revision)\n"
        "1. PROMISE TO PAY. On or before July 30, 2007 (the “Maturity Date”), the undersigned, "
        "Example Vision, Inc. (“Borrower”), promises to pay to the order of Example Bank (the "
        "“Lender”) the sum of $2,000,000.00, less such amounts as shall have been repaid in "
        "accordance with this Note which is a revision and restatement of that note originally "
        "executed on July 30, 2004 and revised and restated on September 2, 2005."
    )
    maturity = found.get("maturity")
    assert maturity is not None and maturity.value == dt.date(2007, 7, 30)
    assert maturity.confidence == INFERRED


def test_a_default_rate_at_the_lesser_of_a_rate_or_the_highest_lawful_rate() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $584,823.00 without interest. Any sum payable under this "
        "Note which is not paid when due shall bear interest from the date such payment is due "
        "until paid at the lesser of 18% or the Highest Lawful Rate under the statutes of the "
        "laws of West Virginia then in force and effect (with whichever rate is applicable being "
        "referred to herein as the “Default Rate”)."
    )
    assert _value(found, "interest.default_rate") == Decimal("0.18")


def test_the_first_and_the_last_of_which_installments() -> None:
    found = extract_text(
        "NON-NEGOTIABLE PROMISSORY NOTE\n$361,111.20 March 1, 2006\nFOR VALUE RECEIVED, the "
        "undersigned, Example Resources LP (“Maker”), hereby promises to pay to The Example "
        "Family Trust (“Payee”) the principal sum of $361,111.20.\n1. Payments\n1.1 Principal and "
        "Interest.Interest on the outstanding principal balance of this note will be due and "
        "payable monthly in arrears, at a rate of 12.0% per annum, commencing on March 1, 2006 "
        "until the Maker commences making principal payments.\nThe principal amount of this Note "
        "will be due and payable in equal monthly installments, the first of which will be made on "
        "September 1, 2006 and the last of which will be made on August 1, 2009."
    )
    assert _value(found, "schedule.first_payment") == dt.date(2006, 9, 1)
    assert _value(found, "maturity") == dt.date(2009, 8, 1)
    assert _value(found, "issue_date") == dt.date(2006, 3, 1)
