"""The sixty-first round of issue 16: read on ``heldout-ek`` … ``heldout-em`` after their first
and only score.

* a payee run into a sum in lower case ("the Patrick Land Company of Omaha three hundred
  twenty-two and .04 dollars"), a payee's town after a comma ("J. M. Swenson, of Sidney, one
  thousand"), a maker named by initials then his town ("O. M. Rankin of Caldwell R. 4 promises");
* a due day then "after due" ("Nov. 1st, 1895, after due, for value received, I promise"): the
  maturity; "In case this note is not paid at maturity, it shall bear interest at the rate of ten
  per cent": the rate after a default; "with interest payable quarterly at 8%": the rate;
* read on ``heldout-el``: a name with a slash ("Peregrine/Bridge Transfer Corporation"); no party
  "WHEREAS" from a recital ('WHEREAS, Xxxxx Xxxxxxx (the "Lender") desires to loan'); a title over
  the maker's name ("7% CONVERTIBLE PROMISSORY NOTE" / "DUE FEBRUARY 8, 2002" / "FINANCIAL
  INTRANET, INC., a Nevada corporation (the "Company")");
* read on ``heldout-ek``: a header's row of labels ending in MATURITY DATE over a row of values
  ending in a date, against a promise that gives another day: both offered, neither proposed;
  "The Daiwa Bank, Limited" whole; "On January 1, 2003 (which shall be the first Payment Date
  hereunder)" is the first payment, not the maturity.

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import offered as _offered
from role_notes import value as _value

from promissory.extract import extract_text


def test_a_payee_run_into_a_sum_in_lower_case_and_a_rate_if_not_paid_at_maturity() -> None:
    found = extract_text(
        "“$322.04. Omaha, Nebraska, August 13, 1890. On the 13th day of January, 1891, for value "
        "received, I promise to pay to the order of the Patrick Land Company of Omaha three "
        "hundred twenty-two and .04 dollars, at its office, in Omaha, Nebraska, with interest from "
        "this date at the rate of eight per cent. per annum, payable semiannually. In case this "
        "note is not paid at maturity, it shall bear interest at the rate of ten per cent. per "
        "annum until paid. [Signed] Henry W. Pennock.”\n"
    )
    assert _value(found, "lender") == "Patrick Land Company of Omaha"
    assert _value(found, "interest.rate") == Decimal("0.08")
    assert _value(found, "interest.default_rate") == Decimal("0.10")


def test_a_payees_town_after_a_comma() -> None:
    found = extract_text(
        '"June 26, 1911, for value received, we jointly and severally promise to pay to the order '
        "of J. M. Swenson, of Sidney, one thousand and no/100 dollars at the First National Bank "
        'of Sidney, Nebraska."\n'
    )
    assert _value(found, "lender") == "J. M. Swenson"


def test_a_maker_by_initials_then_his_town() -> None:
    found = extract_text(
        "“$1100.00. March 1, 1920.\n“On or before the 1st day of March, 1921, for value received "
        "O. M. Rankin of Caldwell R. 4 promises to pay to Northwestern Investment Company, a "
        "corporation, or order, at Pocatello, Idaho, Eleven hundred Dollars.”\n"
    )
    assert _value(found, "borrower") == "O. M. Rankin"


def test_a_due_day_then_after_due() -> None:
    found = extract_text(
        "“$400. Langford, S. D., June 15th, 1893.\n“Nov. 1st, 1895, after due, for value received, "
        "I promise to pay to the order of E. W. Davis four hundred dollars, at Langford, So. Dak., "
        "with interest from date until fully paid at the rate of ten per cent, per annum.”\n"
    )
    assert _value(found, "maturity") == dt.date(1895, 11, 1)
    assert _value(found, "issue_date") == dt.date(1893, 6, 15)


def test_interest_payable_quarterly_at_a_rate() -> None:
    found = extract_text(
        '"$4,150.00. Portland, Me., August 12, 1925.\n\n"One year after date, I promise to pay to '
        "the order of Harriett T. Small, forty-one hundred and fifty dollars at any bank in "
        'Portland, payable $125 each and every three months with interest payable quarterly at 8%."\n'
    )
    assert _value(found, "interest.rate") == Decimal("0.08")


def test_a_name_with_a_slash() -> None:
    found = extract_text(
        "CONSOLIDATED PROMISSORY NOTE $3,584,028.00 Houston, Texas August 14, 2002 "
        'Peregrine/Bridge Transfer Corporation (hereinafter called "Maker"), a Delaware '
        "corporation, For Value Received, promises and agrees to pay on or before March 31, 2005 "
        'unto the order of Neon Systems, Inc., a Delaware corporation, (hereinafter called "Payee")'
        ", the principal sum of $3,584,028.00.\n"
    )
    assert _value(found, "borrower") == "Peregrine/Bridge Transfer Corporation"


def test_no_party_named_whereas() -> None:
    found = extract_text(
        'PROMISSORY NOTE\n$150,000 JULY 1, 1997\nWHEREAS, Xxxxx Xxxxxxx (the "Lender") desires '
        "to loan to Data Net\nInternational, Incorporated, a California Corporation (the "
        '"Borrower") and\nthe Borrower desires to borrow from the Lender, the principal amount of\n'
        "$150,000.\nNOW, THEREFORE, Xxxxxxxx hereby promises to pay to the order of lender the "
        "principal amount of one hundred fifty thousand ($150,000) dollars.\n"
    )
    assert _value(found, "lender") != "WHEREAS"
    assert _value(found, "borrower") == "Data Net International, Incorporated"


def test_a_title_over_the_makers_name() -> None:
    found = extract_text(
        "FINANCIAL INTRANET, INC.\nUS$600,000\n7% CONVERTIBLE PROMISSORY NOTE\nDUE FEBRUARY 8, "
        '2002\nFINANCIAL INTRANET, INC., a Nevada corporation (the "Company"), for value\n'
        "received, hereby promises to pay to XXXXXX XXXX or registered assigns (the\n"
        '"Holder") on demand, the principal sum of SIX HUNDRED THOUSAND ($600,000) Dollars.\n'
    )
    assert _value(found, "borrower") == "FINANCIAL INTRANET, INC."


def test_a_header_maturity_against_the_promises() -> None:
    found = extract_text(
        "COMMERCIAL PROMISSORY NOTE\n\nLOAN NUMBER NOTE DATE PRINCIPAL AMOUNT LOAN TERM MATURITY "
        "DATE\n22016770 May 26, 2022 $4,463,283.00 252 Months May 6, 2043\n\nPROMISE TO PAY. "
        "GA HIA, LLC (“Borrower”) promises to pay to the order of Pinnacle Bank (“Lender”) the "
        "principal amount of $4,463,283.00. Borrower will pay this loan in full on or before "
        "May 26, 2043 (the “Maturity Date”).\n"
    )
    assert _value(found, "maturity") is None
    assert {dt.date(2043, 5, 6), dt.date(2043, 5, 26)} <= set(_offered(found, "maturity"))


def test_a_bank_limited() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, Sunrise Resources, Inc. jointly and severally promise to pay to the "
        'order of The Daiwa Bank, Limited (the "Lender"),\nat The Sumitomo Bank, Ltd., the '
        "principal sum of $4,464,778.55.\n"
    )
    assert _value(found, "lender") == "The Daiwa Bank, Limited"


def test_the_first_payment_date_hereunder() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, SOLOMONS BEACON INN LIMITED PARTNERSHIP promises to pay to the order "
        "of GREENWICH CAPITAL FINANCIAL PRODUCTS, INC. the principal sum of $40,000,000, in "
        "installments as follows:\nA. A payment of $50,000 on the date hereof;\nB. On January 1, "
        "2003 (which shall be the first Payment Date hereunder) and each Payment Date thereafter "
        "through and including November 1, 2012, the Principal and interest thereon shall be "
        "payable in equal monthly installments of $322,237.28.\n"
    )
    assert _value(found, "schedule.first_payment") == dt.date(2003, 1, 1)
    assert _value(found, "maturity") != dt.date(2003, 1, 1)
