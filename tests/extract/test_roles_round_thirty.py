"""The thirtieth round of issue 16: the misses read on ``heldout-bl`` and ``heldout-bm`` after
their one score — each written here as a short note of its own (not the corpus text)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import PROMISE, offered
from role_notes import value as _value

from promissory.extract import extract_text


def test_no_interest_except_on_amounts_not_timely_paid() -> None:
    found = extract_text(
        'FOR VALUE RECEIVED, the undersigned, EXAMPLE HOMEOWNERS ASSOCIATION (the "Maker"), '
        'hereby promises to pay to EXAMPLE NATIONAL BANK,national association(the "Holder"), or '
        "order, the sum of $750,000.00, which amount shall not accrue interest except in the event "
        "a payment is not timely made, whereupon interest shall accrue on any amount not timely "
        "paid at the rate of five percent (5%)per annum. If the full amount of Seven Hundred "
        "Fifty Thousand and 00/100 Dollars ($750,000.00) is advanced, such amount shall be repaid "
        "in equal monthly payments of $4,166.67."
    )
    assert _value(found, "interest.rate") == Decimal("0")
    assert _value(found, "interest.default_rate") == Decimal("0.05")
    assert _value(found, "lender") == "EXAMPLE NATIONAL BANK"
    assert _value(found, "schedule.installment") == Decimal("4166.67")


def test_interest_paid_quarterly_with_annual_principal_payments() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $500,000.00. I will pay this amount as follows:\n"
        "(e) [X] (other) Interest paid quarterly, beginning July 15, 2001 and each quarter "
        "thereafter with annual principal payments of $100,000.00 on July 15, 2002 and annually "
        "thereafter until July 15, 2006 when all remaining principal plus accrued interest is due."
    )
    assert _value(found, "schedule.frequency") == "annual"
    assert _value(found, "schedule.first_payment") != dt.date(2001, 7, 15)
    assert dt.date(2002, 7, 15) in [
        *offered(found, "schedule.first_payment"),
        _value(found, "schedule.first_payment"),
    ]


def test_a_payees_name_after_the_that_ends_as_a_company() -> None:
    found = extract_text(
        'For Value received, the undersigned ("Maker") promises to pay to the order of the '
        'Example County Economic Development Council, Inc. ("ECEDC") at its offices the principal '
        "sum of Nine hundred eighty thousand dollars ($980,000.00)."
    )
    assert _value(found, "lender") == "Example County Economic Development Council, Inc."


def test_a_maturity_date_or_b_on_demand() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $5,000.00. The outstanding principal shall be due and "
        "payable by the Maker either (a) on April 21, 2008 (the “Maturity Date”) or (b) on demand "
        "by the Lender at any time prior to the Maturity Date."
    )
    assert _value(found, "demand") is True


def test_an_employee_borrower_and_the_company_he_pays() -> None:
    found = extract_text(
        'FOR VALUE RECEIVED, JOHN Q. EXAMPLE ("BORROWER"), an employee of EXAMPLE SOFTWARE, INC. '
        '("COMPANY"), hereby unconditionally promises to pay to the order of Company the principal '
        "sum of $2,057,631.72."
    )
    assert _value(found, "borrower") == "JOHN Q. EXAMPLE"
    assert _value(found, "lender") == "EXAMPLE SOFTWARE, INC."


def test_two_makers_on_lines_of_their_own_under_the_label() -> None:
    found = extract_text(
        "PROMISSORY NOTE\n$4,000,000.00\n\nBorrower(s):\n\nExample Logistics, Inc.\nExample "
        "Manufacturing, L.L.C.\n\nLender:\n\nExample Bank of Commerce\n\nFOR VALUE RECEIVED, "
        "Borrower promises to pay to the order of Lender the principal sum of $4,000,000.00."
    )
    assert _value(found, "borrower") == "Example Logistics, Inc."
