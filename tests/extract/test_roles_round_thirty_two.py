"""The thirty-second round of issue 16: the misses read on ``heldout-bp``, ``heldout-bq``,
``heldout-br`` and ``heldout-bs`` after their one score — each written here as a short note of its
own (not the corpus text)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import PROMISE, offered
from role_notes import value as _value

from promissory.extract import extract_text


def test_a_maker_written_as_its_defined_short_name() -> None:
    found = extract_text(
        "This Note is entered into pursuant to a Loan Agreement among Example Mortgage Trust, a "
        'California business trust, Fox Run L.P., a South Carolina limited partnership ("Fox Run '
        'L.P.") and Example Partners XI, a California limited partnership ("AP XI").\nFOR VALUE '
        "RECEIVED, AP XI promises to pay to the order of Example Mortgage Trust "
        "the principal sum of Eight Hundred and Seventy-Five Thousand Dollars ($875,000.00)."
    )
    assert _value(found, "borrower") == "Example Partners XI"


def test_a_headings_due_date_and_dated_as_of_on_one_line() -> None:
    found = extract_text(
        "SECURED PROMISSORY NOTE\n$10,000,000.00\nDue Date: March 30, 2001 Dated: As of March 31, "
        "2000\nFOR VALUE RECEIVED, on the Due Date, Example Financial, Inc. promises to pay to the "
        "order of Example National Bank the principal sum of TEN MILLION DOLLARS ($10,000,000.00)."
    )
    assert _value(found, "maturity") == dt.date(2001, 3, 30)
    assert _value(found, "issue_date") == dt.date(2000, 3, 31)


#: A Finnish loan note laid out as a table of labelled cells.
FINNISH = """PROMISSORY NOTE
|
17th May 2010
|
DEBTOR
|
Example Oy
|
Keilaranta 10
|
CREDITOR
|
Example Person
|
TRANSACTION
|
Debtor borrows 200.000 € from Creditor.
|
INTEREST RATE
|
Five per cent (5.0 %) per annum on the unpaid principal until 31 August 2010 and seven per cent \
(7.0%) % per annum on the unpaid principal from 1 September 2010 onwards.
|
REPAYMENT SCHEDULE The principal will be paid to Creditor on demand after 1 September 2010 in one \
instalment.
"""


def test_debtor_and_creditor_labels_a_stepped_rate_and_payment_on_demand() -> None:
    found = extract_text(FINNISH)
    assert _value(found, "borrower") == "Example Oy"
    assert _value(found, "lender") == "Example Person"
    assert _value(found, "interest.rate") is None
    assert Decimal("0.05") in offered(found, "interest.rate")
    assert _value(found, "demand") is True


def test_a_rate_based_upon_the_prime_rate_of_today_floats() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $50,000.00. This note shall bear interest at the rate of "
        "14.0% per annum, computed on the basis of a 360 day year for actual days elapsed.  This "
        "rate is based upon the prime rate of interest of 6.0%, the rate in effect as of this date. "
        "In no event shall the rate of interest chargeable hereunder be less than 1.0% per month."
    )
    assert _value(found, "interest.rate") is None
    assert Decimal("0.14") in offered(found, "interest.rate")
    assert _value(found, "interest.floating.index") == "PRIME"
    assert _value(found, "interest.floating.floor") is None


def test_the_applicable_annual_federal_rate_is_an_index() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned (“Maker”) promises to pay EXAMPLE GROUP, INC. "
        "(“Holder”), the sum of $500,000.00, together with interest at the Applicable Rate (as "
        "defined below) per annum on the unpaid principal.\n2. Interest. For the purposes of this "
        "Note, “Applicable Rate” means the minimum applicable annual federal rate, as adjusted from "
        "time to time."
    )
    assert _value(found, "interest.floating.index") == "AFR"


def test_a_canadian_banks_prime_plus_a_margin_on_the_earlier_of_demand() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED the undersigned hereby unconditionally promises to pay on the earlier of "
        "(i) DEMAND and (ii) 365 days following the date hereof, to Example Factor Inc. (the "
        '"Lender") the lesser of SEVEN HUNDRED AND FIFTY THOUSAND DOLLARS ($750,000) and so much '
        "thereof as may be owing together with interest thereon, both before and after demand, "
        "maturity, default and judgment, at a nominal rate per annum of the Bank of Montreal Prime "
        "Rate (being the floating annual rate of interest established from time to time by Bank of "
        "Montreal and designated as Prime Rate) plus SIXTEEN (16%) percent and interest on overdue "
        "interest payable at the same time, place and rate."
    )
    assert _value(found, "demand") is True
    assert _value(found, "interest.floating.index") == "PRIME"
    assert _value(found, "interest.floating.margin") == Decimal("0.16")


def test_interest_alone_paid_monthly_is_no_installment_schedule() -> None:
    found = extract_text(
        PROMISE + "the principal amount of Six Million Dollars ($6,000,000) at the rate of seven "
        "and one-half percent (7.50%) per annum.\n\nThe entire unpaid principal of this note shall "
        "be due and payable on or before November 30, 2013.  The interest on this Note shall be due "
        "and payable monthly as it accrues on the first day of each month until this Note is paid "
        "in full, commencing on December 1, 2008."
    )
    assert _value(found, "schedule.first_payment") is None
    assert _value(found, "schedule.frequency") is None


def test_a_daily_rate_earlier_advances_rate_and_a_loan_given_in_two_installments() -> None:
    daily = extract_text(
        PROMISE + "the principal sum of $441,000.00. Interest shall accrue on the outstanding "
        "principal balance at a daily rate of 12.25%."
    )
    assert _value(daily, "interest.rate") is None
    recital = extract_text(
        "From time to time beginning on or about August 28, 2006 and continuing until on or about "
        "August 3, 2007, Example Partners, LLC advanced various amounts in cash to Maker. These "
        "advances were intended as loans which were to be repaid by Maker at 8% interest, "
        "compounded monthly.\n" + PROMISE + "the principal sum of $1,458,582."
    )
    assert _value(recital, "interest.rate") is None
    assert _value(recital, "schedule.first_payment") is None
    funded = extract_text(
        PROMISE + "the sum of $167,765.00.\n1. Installments; Interest Rate. The principal amount "
        "under this Note shall be given to Borrower in two installments. The first installment of "
        "Eighty Thousand Dollars (USD) ($80,000) shall be given to the Borrower when this Note is "
        "executed. The Interest Rate shall be five percent (5.00%), compounded monthly."
    )
    assert _value(funded, "schedule.installment") is None
    assert _value(funded, "schedule.payments") is None


def test_names_in_table_cells_whose_words_a_page_broke_over_lines() -> None:
    found = extract_text(
        "EXHIBIT\n10.1\nterm note dated as of July 25, 2005.\nEXAMPLE\nINDUSTRIES, INC. |\nFIRST\n"
        "EXAMPLE BANK, N.A. |\nLoan\nNumber |\n164191-01 |\nBORROWER'S\nNAME AND ADDRESS |\n"
        "LENDER'S\nNAME AND ADDRESS |\nI promise to pay to you the principal sum of $605,095.00."
    )
    assert _value(found, "borrower") == "EXAMPLE INDUSTRIES, INC."
    assert _value(found, "lender") == "FIRST EXAMPLE BANK, N.A."


def test_wingdings_boxes_read_as_letters_n_ticked_o_empty() -> None:
    found = extract_text(
        "I promise to pay to you the principal sum of $605,095.00.\nn Single\nAdvance: I will receive "
        "all of this principal sum on 07-25-2005.\no Multiple\nAdvance: The principal sum shown above "
        "is the maximum amount of principal I can borrow under this note.\nINTEREST: I agree\nto pay "
        "interest on the outstanding principal balance from 07-25-2005\nat the\nrate of 6.250\n% per "
        "year\nuntil 07-26-2005.\nn Variable\nRate: This rate may then change as stated below."
    )
    assert _value(found, "interest.rate") is None
    assert _value(found, "revolving") is False
