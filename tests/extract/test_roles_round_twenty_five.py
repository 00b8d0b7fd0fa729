"""The twenty-fifth round of issue 16: the misses read on ``heldout-bd`` and ``heldout-be`` after
their one score — each written here as a short note of its own (not the corpus text), so that the
rule is held by the words that make it, not by one document."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import PROMISE, offered
from role_notes import value as _value

from promissory.extract import extract_text


def test_a_header_of_one_cell_a_line_whose_maturity_disagrees_with_the_words() -> None:
    cells = "\n|\n".join(["|Principal", "|Loan Date", "|Maturity", "|Loan No"])
    values = "\n|\n".join(["|$5,000,000.00", "|07-31-2010", "|07-28-2011", "|7657418442-26"])
    found = extract_text(
        cells + "\n" + values + "\n" + PROMISE + "the sum of $5,000,000.00. Borrower will pay "
        "this loan in one payment of all outstanding principal plus all accrued unpaid interest "
        "on July 31, 2011."
    )
    finding = found.get("maturity")
    assert finding is None or finding.confidence < Decimal("0.90")
    assert dt.date(2011, 7, 28) in offered(found, "maturity")


def test_a_laser_pro_sum_in_words_with_its_cents_and_currency_before_the_figure() -> None:
    found = extract_text(
        'Principal\nAmount: $11,550,000.00\nPROMISE TO PAY. EXAMPLE BANCORP, INC. ("Borrower") '
        'promises to pay to the order of EXAMPLE BANK ("Lender") the sum of Eleven Million Eight '
        "Hundred Thousand & 00/100\nDollars(U.S. $11,800,000.00), together with simple interest "
        "assessed on the unpaid principal balance of this Note as outstanding from time to time, "
        "commencing on April 30, 2008 and continuing until this Note is paid in full.\nMULTIPLE "
        "ADVANCE LOAN. This Note contemplates multiple loan advances. Once the total amount of "
        "principal has been advanced under this Note, Borrower will not be entitled to further "
        "loan advances."
    )
    finding = found.get("commitment")
    assert finding is None or finding.confidence < Decimal("0.90")
    assert Decimal("11800000.00") in [*offered(found, "commitment"), _value(found, "commitment")]
    assert _value(found, "schedule.first_payment") is None
    assert _value(found, "revolving") is False


def test_a_partnerships_phase_in_its_name() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, EXAMPLE RESORT (PHASE 2), LTD., a Florida limited partnership, "
        'and EXAMPLE CLUBHOUSE, INC., a Florida corporation (collectively, "Maker"), hereby '
        "promises to pay to the order of EXAMPLE BANK the principal sum of $1,000,000.00."
    )
    assert _value(found, "borrower") == "EXAMPLE RESORT (PHASE 2), LTD."


def test_the_first_installments_of_interest_alone_are_not_the_first_payment() -> None:
    found = extract_text(
        PROMISE + "the sum of $31,000,000.00. This Note shall be due and payable in thirty-two "
        "(32) quarterly payments, each being due and payable on the first day of February, May, "
        "August, and November of each year commencing May 1, 2015, with the first four (4) "
        "installments (through February 1, 2016) each in the amount of all accrued and unpaid "
        "interest and the fifth through thirty-first installments in the amount necessary to "
        "amortize the unpaid principal balance."
    )
    assert _value(found, "schedule.first_payment") != dt.date(2015, 5, 1)


def test_on_a_date_the_undersigned_promises_to_pay() -> None:
    found = extract_text(
        "Beverly Hills, California\nNovember 4, 2004\nOn February 1, 2009, the undersigned, "
        'Example Services, Inc. a California corporation ("Borrower"), promises to pay to the '
        "order of Example National Bank the principal sum of $25,000,000.00."
    )
    assert _value(found, "maturity") == dt.date(2009, 2, 1)
    assert _value(found, "issue_date") == dt.date(2004, 11, 4)


def test_a_floor_after_a_long_description_of_the_index() -> None:
    found = extract_text(
        PROMISE + "the sum of $2,750,000. The outstanding Principal balance under this Note shall "
        "bear interest from the date hereof at a rate of the greater of: (a) the prime rate as "
        "published on the tenth business day before the monthly due date in The Wall Street "
        "Journal under the caption “Money Rates, Prime Rate”, plus two and one-half percent "
        "(2.5%), or (b) six percent (6%) per annum (the “Applicable Rate”)."
    )
    assert _value(found, "interest.floating.floor") == Decimal("0.06")
    assert _value(found, "interest.rate") is None


def test_a_year_of_365_or_366_days_in_words_and_blended_installments() -> None:
    found = extract_text(
        PROMISE + "the sum of $400,000. All interest will be computed as a per diem charge for "
        "the actual number of days elapsed on the basis of a year consisting of three hundred\n"
        "sixty-five (365) or three hundred sixty-six (366) days, as the case may be. The unpaid "
        "principal balance will be paid by the Borrower paying to the Lender twelve (12) blended "
        "quarterly installments of principal and\ninterest equal to Thirty Six Thousand Six "
        "Hundred Seventy Two Dollars\n($36,672.00), commencing on June 26, 2008."
    )
    assert _value(found, "interest.day_count") != "ACT/365F"
    assert _value(found, "schedule.installment") == Decimal("36672.00")
    assert _value(found, "schedule.payments") == 12


def test_a_professional_corporation_its_named_principal_and_a_sum_per_month() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned, JANE EXAMPLE, D.O., A PROFESSIONAL CORPORATION, a "
        "California professional corporation (the “Maker”), hereby promises to pay to the order "
        "of EXAMPLE MANAGEMENT INC., the amount of Fifty Thousand Dollars ($50,000.00) (the "
        "“Principal”), on or before the Maturity Date.\n1.2 Term and payment: Maker shall pay "
        "Five Thousand and No/100 Dollars ($5,000.00) per month commencing on the 1st day of the "
        "calendar month following the closing."
    )
    assert _value(found, "borrower") == "JANE EXAMPLE, D.O., A PROFESSIONAL CORPORATION"
    assert _value(found, "commitment") == Decimal("50000.00")
    assert _value(found, "schedule.installment") == Decimal("5000.00")
