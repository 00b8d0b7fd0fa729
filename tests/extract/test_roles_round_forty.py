"""The fortieth round of issue 16: mistakes of ``heldout-cd``, read after its first and only
score, each made a rule of its kind.

* "Principal Healthcare Finance Limited, a company incorporated … having its principal office at
  Cater Allen House, …, Channel Islands (hereinafter, "Borrower")": a name that opens with
  "Principal" is a name when it ends as a company's, a long description may stand between it and
  its defined term, and a building after "office at" is no name;
* "one of a duly authorized issue of Notes of Apollo Resources International, Inc.": not "Notes of";
* interest that "will accrue … through and until September 3, 2022 (the “Maturity Date”)" names the
  maturity, not the end of a draw period;
* "On demand after date I, we, or either of us promise to pay to the order of … or bearer": a
  demand note, and "or bearer" is no part of the payee's name;
* "For value received, I, Cecilia V. Lucas promise to pay": "I," is no part of the name; "Ten ($10)
  Dollars on the 31st day of every month": an installment.

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import PROMISE
from role_notes import value as _value

from promissory.extract import extract_text


def test_a_company_named_principal_with_a_long_description() -> None:
    found = extract_text(
        "1. Promise to Pay. The undersigned, Principal Care Finance Limited,\na company "
        "incorporated with limited liability under the laws of Jersey, having\nits principal "
        "office at Cater Allen House, Commercial Street, St. Helier,\nJersey JE2 3RU, Channel "
        'Islands (hereinafter, "Borrower"), promises to pay to\nOmega Investors, Inc. the '
        "principal sum of $1,000,000.\n"
    )
    assert _value(found, "borrower") == "Principal Care Finance Limited"


def test_notes_of_a_company_is_the_company() -> None:
    found = extract_text(
        "SECURED NOTE\nThis Note, in the principal amount of up to $200,000.00, is one of a duly "
        "authorized issue of Notes of Zephyr Resources International,\nInc.,\na Utah corporation "
        "(the “Maker”). FOR VALUE RECEIVED, the Maker promises to pay to the holder the principal "
        "amount.\n"
    )
    assert _value(found, "borrower") == "Zephyr Resources International, Inc."


def test_interest_accruing_until_the_maturity_date_is_no_draw_period() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $2,900,000.\n2. Interest Rate. Interest on the unpaid "
        "principal, including accrued interest and any additional advances or disbursements by "
        "Maker, will accrue hereunder from the date hereof through and until September 3, 2022 "
        "(the “Maturity Date”), at a rate of 4% per annum.\n"
    )
    assert _value(found, "draw_period_end") is None
    assert _value(found, "maturity") == dt.date(2022, 9, 3)


def test_on_demand_after_date_or_bearer() -> None:
    found = extract_text(
        '"$70.00 Ripley, Miss., Oct. 25, 1920.\n\n"On demand after date I, we, or either of us '
        "promise to pay to the order of S.S. Finger Merc., Co., or bearer seventy dollars for "
        "value received with interest at eight per cent, after date until paid.\n"
    )
    assert _value(found, "demand") is True
    assert _value(found, "lender") == "S.S. Finger Merc., Co."


def test_i_before_the_makers_name_and_ten_dollars_every_month() -> None:
    found = extract_text(
        "Boston, Mass., March 31, 1925 For value received, I, Cecilia V. Lucas promise to pay to "
        "Everett E. Dickey or order, the sum of Twenty-five Hundred Dollars with interest at the "
        "rate of 7 per cent per annum payable monthly, said principal sum shall be paid in the "
        "following manner, to wit: The sum of Ten ($10) Dollars on the 30th day of April 1925, and "
        "the further sum of Ten ($10) Dollars on the 31st day of every month, thereafter until the "
        "31st day of March 1928.\n"
    )
    assert _value(found, "borrower") == "Cecilia V. Lucas"
    assert _value(found, "schedule.installment") == Decimal("10.00")
