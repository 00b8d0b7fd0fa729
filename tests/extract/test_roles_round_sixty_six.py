"""The sixty-sixth round of issue 16: misses of ``heldout-ew`` left over from the sixty-fifth round,
then those of ``heldout-ez`` … ``heldout-fb`` after their first and only score.

* forms: the SBA's box of terms ("Borrower Flexshopper LLC" / "Lender Customers Bank", or flattened
  on one line); a plain-language note's "Lender is COUNTRYWIDE HOME LOANS, INC." without "The";
  "IsoRay, Inc. (BORROWER)" in capitals; "the TRI-CITY INDUSTRIAL DEVELOPMENT COUNCIL"; "which is
  the maximum amount to be loaned"; words that begin inside a word the parser does not know
  ("SEVENTY THOUSAND TWENY-FOUR DOLLARS … ($70,024.55)") leave the figure standing alone; "by 731
  Office One LLC";
* rates and prepayment: "36% simple interest per annum"; a rate "until the occurrence of an event
  …, when the Interest Rate shall thereafter equal the Default Rate"; "eight percent per annum
  payable only after maturity" is no rate before it; "There shall be no penalty for prepayment"; a
  heading of two ("PREPAYMENT; MINIMUM INTEREST CHARGE. Genesis may pay without penalty");
* old notes quoted in opinions: "On demand I promise to pay"; "A.M. Dickinson and Caroline B.
  Dickinson, his wife"; "to said Cotner College"; "none per cent per annum"; "[Signed] W. D.
  Johnson,"; "Oct. 1st, A.D. 1933"; cents "25–100" with an en dash.

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import value as _value

from promissory.extract import extract_text


def test_the_sba_forms_box_of_terms() -> None:
    found = extract_text(
        "U.S. Small Business Administration\nNote\nPaycheck Protection Program\nSBA Loan # "
        "6286467103\nSBA Loan Name Flexshopper LLC\nDate 4/30/2020\nLoan Amount $ 1914100\n"
        "Interest Rate 1.0 Percent Per Year\nBorrower Flexshopper LLC\nLender Customers Bank\n\n"
        "1.PROMISE TO PAY:\nIn return for the Loan, Borrower promises to pay to the order of Lender "
        "the amount of $1914100.00.\n"
    )
    assert _value(found, "borrower") == "Flexshopper LLC"
    assert _value(found, "lender") == "Customers Bank"


def test_the_sba_forms_box_flattened_onto_one_line() -> None:
    found = extract_text(
        "SBA Loan # 3226687104 Date April 18, 2020 Loan Amount $1,356,570.00 Interest\nRate 1.00% "
        "fixed Borrower INTELLIGENT PRODUCT SOLUTIONS INC. Lender TD BANK,\nN.A.\n\n1. PROMISE TO "
        "PAY:\nIn return for the Loan, Borrower promises to pay to the order of Lender the amount "
        "of $1,356,570.00.\n"
    )
    assert _value(found, "borrower") == "INTELLIGENT PRODUCT SOLUTIONS INC."
    assert _value(found, "lender") == "TD BANK, N.A."


def test_lender_is_without_the() -> None:
    found = extract_text(
        "1. BORROWER'S PROMISE TO PAY In return for a loan that I have received, I promise to pay "
        'U.S. $228,000.00 (this amount is called "Principal"), plus interest, to the order of '
        "Lender. Lender is COUNTRYWIDE HOME LOANS, INC. I will make all payments under this Note "
        "in the form of cash.\n"
    )
    assert _value(found, "lender") == "COUNTRYWIDE HOME LOANS, INC."


def test_a_role_in_capitals_a_hyphened_payee_and_the_maximum_amount() -> None:
    found = extract_text(
        "This Promissory Note is given as evidence of the obligation of the undersigned to repay "
        "all sums which the TRI-CITY INDUSTRIAL DEVELOPMENT COUNCIL (TRIDEC) may advance to "
        "IsoRay, Inc. (BORROWER) in the amount of Forty Thousand Dollars ($40,000.00), which is "
        "the maximum amount to be loaned.\nFor value received, the undersigned promises to pay to "
        "the order of the TRI-CITY INDUSTRIAL DEVELOPMENT COUNCIL at its office at 901 N. "
        "Colorado, Kennewick, Washington 99336, the total unpaid principal balance.\n"
    )
    assert _value(found, "borrower") == "IsoRay, Inc."
    assert _value(found, "lender") == "TRI-CITY INDUSTRIAL DEVELOPMENT COUNCIL"
    assert _value(found, "commitment") == Decimal("40000.00")


def test_words_that_begin_inside_an_unknown_word_leave_the_figure_alone() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned promises to pay to the order of the IOWA ECONOMIC "
        "DEVELOPMENT AUTHORITY the sum of SEVENTY THOUSAND TWENY-FOUR DOLLARS AND FIFTY-FIVE CENTS "
        "($70,024.55) with interest thereon at SIX PERCENT (6%).\n"
    )
    assert _value(found, "commitment") == Decimal("70024.55")


def test_a_name_that_opens_with_a_number() -> None:
    found = extract_text(
        "PROMISSORY NOTE A-3, dated as of February 13, 2004 (this NOTE), by 731 Office One LLC, a "
        "Delaware limited liability company (BORROWER), in favor of GERMAN AMERICAN CAPITAL "
        "CORPORATION (LENDER).\nFOR VALUE RECEIVED, BORROWER promises to pay to LENDER the sum of "
        "$35,000,000.00.\n"
    )
    assert _value(found, "borrower") == "731 Office One LLC"


def test_simple_interest_per_annum() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, Allied Corp. (“Maker”) hereby promises to pay to SLCI, LLC "
        "(“Holder”) the principal sum of One Million Dollars ($1,000,000.00), plus 36% simple "
        "interest per annum.\n"
    )
    assert _value(found, "interest.rate") == Decimal("0.36")


def test_a_rate_until_an_event_when_the_default_rate_applies() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, Mercantile Bancorp, Inc. (“Borrower”) promises to pay to the order of "
        "GREAT RIVER BANCSHARES, INC. (“Lender”), ON DEMAND, the principal sum of $7,552,000.00, "
        "together with interest at the Interest Rate. As used herein, the term “Interest Rate” "
        "shall mean, until the occurrence of an event described in Paragraph 7 below, when the "
        "Interest Rate shall thereafter equal the Default Rate, a per annum rate of interest equal "
        "to seven and one-half percent (7.50%).\n"
    )
    assert _value(found, "interest.rate") == Decimal("0.075")


def test_a_rate_payable_only_after_maturity() -> None:
    found = extract_text(
        "Defendant advanced plaintiff $35,000 on October 31, 1972. Her negotiable hand note "
        "provided for the payment of a principal sum of $41,300 with interest at the rate of eight "
        "percent per annum payable only after maturity.\n"
    )
    assert _value(found, "interest.rate") is None


def test_no_penalty_for_prepayment() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, INC.UBATOR CAPITAL, INC. promises to pay to EXETER PARTNERS, LLC. the "
        "sum of $250,000 ON DEMAND. There shall be no penalty for prepayment.\n"
    )
    assert _value(found, "prepayment.premium") == "none"


def test_a_heading_of_two_before_without_penalty() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, GENESIS CAPITAL MANAGEMENT LIMITED promises to pay to COGENCO "
        "INTERNATIONAL, INC. the sum of $250,000.\n\nPREPAYMENT; MINIMUM INTEREST CHARGE. Genesis "
        "may pay without penalty all or a\nportion of the amount owed earlier than it is due.\n"
    )
    assert _value(found, "prepayment.premium") == "none"


def test_on_demand_i_promise() -> None:
    found = extract_text(
        '"$880.00. October 27th, 1885.\n\n"On demand I promise to pay to the order of Helen A. '
        'Curtis eight hundred and eighty dollars.\n\n"Value received. HANNAH E. WILCOXSON."\n'
    )
    assert _value(found, "demand") is True


def test_a_payee_and_his_wife() -> None:
    found = extract_text(
        '"$2875.00. Portland, Oregon, July 21, 1920.\n\n"On or before nine years after date, for '
        "value received, we promise to pay to A.M. Dickinson and Caroline B. Dickinson, his wife, "
        "or order at First National Bank Portland Oregon Twenty-eight Hundred and Seventy-five "
        '($2875.00) Dollars in quarterly payments of $75.00 or more."\n'
    )
    assert _value(found, "lender") == "A.M. Dickinson"


def test_said_payee_none_per_cent_and_a_signers_comma() -> None:
    found = extract_text(
        "“In consideration of our interest in Christian education, we hereby promise to pay to "
        "said Cotner College the sum of ten thousand dollars ($10,000), upon the following terms: "
        "this note shall bear a rate of interest of none per cent per annum.\n“Done at "
        "Morrowville, Kansas, this 14th day of April, 1926.\n[Signed] W. D. Johnson,\nElva D. "
        "Johnson.”\n"
    )
    assert _value(found, "lender") == "Cotner College"
    assert _value(found, "interest.rate") == Decimal(0)
    assert _value(found, "borrower") == "W. D. Johnson"


def test_old_dates_and_cents() -> None:
    dated = extract_text(
        '"$5000.00 Brenham, Texas, April 7, 1923.\n"On Oct. 1st, A.D. 1933, After date, we or '
        "either of us promise to pay to Mrs. Lotte Sommer the sum of Five Thousand ($5000.00) "
        'Dollars."\n'
    )
    assert _value(dated, "maturity") == dt.date(1933, 10, 1)
    cents = extract_text(
        "“CHICAGO, November 1, 1883.\n\n“For value received I promise to pay to S. F. Smithers two "
        "thousand and forty-eight and 25–100 dollars, payable at my convenience.\n\nA. JUNKER,”\n"
    )
    assert _value(cents, "commitment") == Decimal("2048.25")
