"""The ninety-first round of issue 16: what the twenty-ninth session's second and third draws
showed the rules missed — a form's table flattened with "|" between its cells (a premium finance
agreement's row of labels over its row of values), old banks' notes and certificates of deposit,
installments offered as one of two ways of paying, a payee "or holder" or "called "Payee"", a
town in lower case.

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import value as _value

from promissory.extract import extract_text

_PREMIUM_FINANCE = (
    "Commercial Premium Finance Agreement - Promissory Note\n"
    "Insured (Name and Address as shown on the policy)\nNeose Technologies, Inc.\n"
    "A) Total Premiums | B) Down Payment | C) Amount Financed | D) Finance Charge | E) Total "
    "Payments | ||||\n"
    "$458,693.00 | $91,739.00 | $366,954.00 | $9,544.44 | $376,498.44 | ||||\n"
    "F) Annual Percentage Rate | No. of Payments | Amount of Payments | First Installment Due | "
    "Installment Due Dates | ||||\n"
    "6.200% | 9 (Monthly) | $41,833.16 | 03/15/2007 | 15th |\n"
    "(1) DEFINITIONS: The above named Insured is the borrower. AFCO Credit Corporation is the "
    "lender.\n"
)


def test_a_value_under_its_label_in_a_row_of_cells() -> None:
    found = extract_text(_PREMIUM_FINANCE)
    assert _value(found, "commitment") == Decimal("366954.00")
    assert _value(found, "schedule.installment") == Decimal("41833.16")
    assert _value(found, "schedule.first_payment") == dt.date(2007, 3, 15)


def test_the_first_cell_of_a_row_is_labelled_by_its_column_not_the_row_above_its_end() -> None:
    assert _value(extract_text(_PREMIUM_FINANCE), "interest.rate") == Decimal("0.06200")


def test_rows_of_unequal_cells_are_not_read_by_column() -> None:
    found = extract_text(
        "PROMISSORY NOTE\nA) Total Premiums | B) Down Payment | C) Amount Financed |\n"
        "$458,693.00 | $366,954.00 |\nFOR VALUE RECEIVED, Acme Inc. promises to pay to the order "
        "of Beta LLC the principal sum of $10,000.00.\n"
    )
    assert _value(found, "commitment") == Decimal("10000.00")


def test_an_old_bank_note_names_its_bank_as_the_maker() -> None:
    found = extract_text(
        'The following instrument was held to be a promissory note: "The President, Directors '
        "and Co. of the Montreal Bank promise to pay five dollars, on demand, to W. Martin, or "
        'bearer: "MONTREAL, June 1, 1853. "A. SIMPSON, Cashier."\n'
    )
    assert _value(found, "borrower") == "The President, Directors and Co. of the Montreal Bank"
    assert _value(found, "lender") == "W. Martin"


def test_a_bank_note_signed_for_the_bank_not_by_its_cashier() -> None:
    found = extract_text(
        "I promise to pay to Mr. Robert Goordon or bearer on demand the sum of 20 pounds,\n\n"
        "London, the 2d day of March, 1779, for the governor and company of the Bank of "
        "England.\n\nO. Geething.\n"
    )
    assert _value(found, "borrower") == "governor and company of the Bank of England"


def test_certificates_made_with_us_with_this_company_or_a_banker() -> None:
    with_us = extract_text(
        "On June 11, 1914, the bank issued the following certificate:\n“Time Certificate of "
        "Deposit.—The LaSalle Street Trust and Savings Bank of Chicago.—No. 265.\nChicago, "
        "Illinois, June 11, 1914.\n“John A. McCormick, Treas., has deposited with us fifty "
        "thousand dollars, payable to the order of himself on the 3d day of September, 1914.\n"
    )
    assert _value(with_us, "borrower") == "The LaSalle Street Trust and Savings Bank of Chicago"
    assert _value(with_us, "lender") == "John A. McCormick"
    banker = extract_text(
        "the following certificate:\n\nJ. D. WITTER, BANKER, GRAND RAPIDS, WISCONSIN.\n\n"
        "Mr. James Curran has deposited in this bank five hundred and forty dollars, payable to "
        "his order on the return of this certificate properly indorsed.\n\nJ. D. WITTER.\n"
    )
    assert _value(banker, "borrower") == "J. D. WITTER"
    assert _value(banker, "demand") is True  # (no time named: paid when presented)


def test_a_certificate_with_a_time_is_not_payable_on_demand() -> None:
    found = extract_text(
        "“This certifies that Columbia Casualty Company has deposited in this bank two hundred "
        "and forty-five and no/100 dollars, payable to the order of self, due August 5, 1913, on "
        "the return of this certificate properly endorsed.\n"
    )
    assert _value(found, "demand") is None


def test_installments_offered_as_one_of_two_ways_of_paying_are_no_schedule() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, Medizone International, Inc. promises to pay to the order of Dr. "
        "Michael Shannon the principal sum of $111,109.00. Upon the occurrence of a Trigger "
        "Event, the Principal Amount shall be paid to Holder either (i) in equal installments of "
        "Four Thousand Dollars ($4,000.00) each to be paid on the last date of each month "
        "commencing after the Trigger Event or (ii) in one lump sum.\n"
    )
    assert _value(found, "schedule.installment") is None


def test_a_payee_or_holder() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, Eurasia Energy Ltd. promises to pay to Justin DeAngelis or holder "
        "the principal sum of $399,000.00.\n"
    )
    assert _value(found, "lender") == "Justin DeAngelis"


def test_a_payee_whose_long_parenthesis_calls_it_payee() -> None:
    found = extract_text(
        'FITZGERALDS RENO, INC., a Nevada corporation ("Maker"), For Value Received, promises '
        "and, agrees to pay in installments unto the order of SCOUT DEVELOPMENT\nCORPORATION "
        "(which together with its successors and assigns and any subsequent owners and holders of "
        'this note is called "Payee") the principal sum of $2,250,000.00.\n'
    )
    assert _value(found, "lender") == "SCOUT DEVELOPMENT CORPORATION"


def test_a_town_in_lower_case() -> None:
    found = extract_text(
        ".$20,000.00. Framingham, May 20, 1909.\nThe town of Framingham, in the county of "
        "Middlesex and state of Massachusetts, for value received, promises to pay to the order "
        "of its treasurer twenty thousand dollars, on the twentieth day of May, 1910.\n"
    )
    assert _value(found, "borrower") == "town of Framingham"


_QUOTED_TIME_NOTE = (
    "This is an action to recover upon the following promissory note:\n"
    '"$5,000. Carnegie, Pa. June 1, 1919.\n'
    '"Two years after date, I promise to pay to the order of Mildred G. Nesbit — Five Thousand — '
    "00/100 Dollars, at Mahoning National Bank, Youngstown, without defalcation, for value "
    'received.\n"SARA IRENE BUDD."\n'
    "Judgment was rendered in favor of plaintiff for $5,000, together with interest from June 1, "
    "1921, at the rate of seven per cent per annum. Defendant contends that the court erred in "
    "allowing interest prior to November 24, 1924, date of first demand for payment of said "
    "note.\n"
)


def test_a_quoted_notes_own_time_after_date_beats_the_courts_date() -> None:
    found = extract_text(_QUOTED_TIME_NOTE)
    assert _value(found, "maturity") == dt.date(1921, 6, 1)
    assert _value(found, "lender") == "Mildred G. Nesbit"  # (the court's dash after it goes)


def test_the_judgments_rate_is_not_the_rate_of_a_note_that_names_none() -> None:
    assert _value(extract_text(_QUOTED_TIME_NOTE), "interest.rate") is None
