"""The ninety-first round of issue 16: what the twenty-ninth session's second draw showed the
rules missed in a form's table flattened with "|" between its cells — a premium finance
agreement's row of labels over its row of values.

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
