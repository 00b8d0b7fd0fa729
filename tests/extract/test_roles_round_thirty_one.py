"""The thirty-first round of issue 16: the misses read on ``heldout-bn`` and ``heldout-bo`` after
their one score — each written here as a short note of its own (not the corpus text)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import PROMISE, offered
from role_notes import value as _value

from promissory.extract import extract_text

#: A bank's "universal note" form: each party's name above its own NAME AND ADDRESS label, boxes
#: ticked by filling the blank with an X.
UNIVERSAL = """EXAMPLE NOTE & SECURITY AGREEMENT
EXAMPLE HOLDING GROUP, INC.
100 MAIN STREET
SPRINGFIELD, IL 62703

BORROWER'S NAME AND ADDRESS
"I" includes each borrower above, jointly and severally.

FIRST STATE BANK OF EXAMPLE
Main office
200 Main Street
Livingston, TN 38570

LENDER'S NAME AND ADDRESS
"You" means the lender, its successors and assigns.

Loan Number 1234
Date 11/15/2001
Maturity Date 11/15/2002
Loan Amount $ 3300000. 00

For value  received,  I promise to pay to you,  or your order,  at your  address
listed above the PRINCIPAL sum of $ 3300000.00

__X__Multiple  Advance:  The principal sum shown above is the maximum  amount of
principal I can borrow under this note. On  11/15/2001 I will receive the
amount of $ 0.00 and future principal advances are contemplated.

__X__Open  End  Credit:  You and I agree  that I may  borrow  up to the  maximum
principal sum more than one time.

This feature is subject to all other conditions and expires on 11/15/2002.

_____Closed End Credit:  You and I agree that I may borrow (subject to all other
conditions) up to the maximum principal sum only one time.

INTEREST:  I agree to pay  interest on the  outstanding  principal  balance from
11/15/2001  at the rate of  5.000%  per year until the interest
rate as provided for in this note.

__X__Variable Rate: This rate may then change as stated below.

__X__Index Rate: The future rate will be EQUAL TO the following index rate:

THE  LOWEST OF THE U.S.  PRIME RATES AS PUBLISHED IN THE WALL STREET JOURNAL
"""


def test_names_above_their_own_stacked_labels() -> None:
    found = extract_text(UNIVERSAL)
    assert _value(found, "borrower") == "EXAMPLE HOLDING GROUP, INC."
    assert _value(found, "lender") == "FIRST STATE BANK OF EXAMPLE"


def test_an_x_filled_blank_ticks_open_end_credit_until_the_feature_expires() -> None:
    found = extract_text(UNIVERSAL)
    assert _value(found, "revolving") is True
    assert _value(found, "draw_period_end") == dt.date(2002, 11, 15)
    assert _value(found, "maturity") == dt.date(2002, 11, 15)


def test_a_rate_until_the_variable_rate_box_and_the_index_under_its_label() -> None:
    found = extract_text(UNIVERSAL)
    assert _value(found, "interest.rate") is None
    assert Decimal("0.05") in offered(found, "interest.rate")
    assert _value(found, "interest.floating.index") == "PRIME"


def test_a_note_and_security_agreement_title_alone_is_offered() -> None:
    found = extract_text(UNIVERSAL)
    assert _value(found, "secured") is None
    assert True in offered(found, "secured")


def test_a_uniform_adjustable_rate_notes_first_rate_payment_and_maturity() -> None:
    found = extract_text(
        "In return for a loan that I have received, I promise to pay U.S. $200,050.00, plus "
        "interest, to the order of the Lender.\n2. INTEREST\nInterest will be charged on unpaid "
        "principal until the full amount has been paid. I will pay interest at a yearly rate of "
        "7.99%. The interest rate I will pay will change in accordance with Section 4 of this "
        "Note.\n3. PAYMENTS\nI will make my scheduled payments on the 17th day of each month "
        "beginning on July 17, 1994. If, on June 17, 2019, I still owe amounts under this Note, I "
        'will pay those amounts in full on that date, which is called the "maturity date."\n'
        "(C) Amount of My Initial Scheduled Payments Each of my initial scheduled payments will be "
        "in the amount of U.S.$ 1,542.69. This amount may change."
    )
    assert _value(found, "interest.rate") is None
    assert Decimal("0.0799") in offered(found, "interest.rate")
    assert _value(found, "maturity") == dt.date(2019, 6, 17)
    assert _value(found, "schedule.installment") == Decimal("1542.69")


def test_a_name_over_its_address_block_and_a_renewed_notes_date() -> None:
    found = extract_text(
        "PROMISSORY NOTE\n$6,500,000.00\nAugust 21, 2007\nJohn Q. Example\n510 Example Avenue\n"
        "Burlington, North Carolina 27215\n(Hereinafter referred to as “Borrower”)\n"
        "(Hereinafter referred to as “Bank”)\nBorrower promises to pay to the order of Bank the "
        "sum of Six Million, Five Hundred Thousand and No/100 Dollars ($6,500,000.00).\n"
        "RENEWAL. This Promissory Note renews, extends, increases and/or modifies that certain "
        "Promissory Note dated October 13, 2005 (the “Original Promissory Note”).\nLINE OF "
        "CREDIT. Borrower may borrow, repay and reborrow. Bank’s obligation to make Advances under "
        "this Note shall terminate if a demand for payment is made under this Note or in any "
        "event, on September 30, 2008 unless renewed by Bank in writing."
    )
    assert _value(found, "borrower") == "John Q. Example"
    assert _value(found, "issue_date") == dt.date(2007, 8, 21)
    assert _value(found, "draw_period_end") == dt.date(2008, 9, 30)


def test_which_has_ends_a_name_and_the_note_itself_secures_nothing() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned, Example Energy, Inc., which has a business address "
        'of Suite 340, Houston, Texas 77056 ("Maker"), hereby promises to pay to the order of '
        'Example Oil & Gas Limited, which has an address of Suite 2404, Vancouver ("Payee"), the '
        "principal sum of $493,643.77. The outstanding amount due, which is secured by this "
        "Promissory Note, bears interest at the rate of 6% per annum. The entire amount of the "
        "Note shall be due and payable by the maker on demand."
    )
    assert _value(found, "borrower") == "Example Energy, Inc."
    assert _value(found, "lender") == "Example Oil & Gas Limited"
    assert _value(found, "demand") is True
    assert _value(found, "secured") is None


#: A header of labelled terms for a note floating over the Wall Street Journal's prime rate.
LABELLED = (
    PROMISE + "the Principal Amount on the terms below.\n\xa0\nPrincipal Amount: $5,000,000.00\n"
    "\xa0\nAnnual Interest Rate: WSJ Prime (currently 8.00%) plus Five and 50/100 percent\n"
    "(5.50%) per annum, currently equaling Thirteen and 50/100 percent (13.50%)\n\xa0\nFloor "
    "Rate: The interest rate will never be below Thirteen and 50/100 percent (13.50%) "
    "regardless of the Prime Interest Rate falling below 8.00%.\n\xa0\nMatured or accelerated "
    "unpaid, and past due, principal and interest shall bear interest from date of maturity "
    "until paid at the highest non-usurious "
    "rate allowed by state or federal law, or if no such rate is established, at a rate per "
    "annum equal to eighteen percent (18.00%) per annum\n\xa0\nTerms of Payment (principal and "
    "interest):\n\xa0\nInterest only shall be due and payable in monthly installments based on "
    "principal advanced, plus tax escrow in the amount of $7,843.59, commencing on May 1, 2023 "
    "and continuing regularly thereafter on the same date of each month until April 1, 2024, "
    "when the entire amount hereof, principal and interest then remaining unpaid, shall be due "
    "and payable."
)


def test_a_labelled_prime_rate_its_level_today_margin_and_floor() -> None:
    found = extract_text(LABELLED)
    assert _value(found, "interest.rate") is None
    assert _value(found, "interest.floating.index") == "PRIME"
    assert _value(found, "interest.floating.margin") == Decimal("0.055")
    assert _value(found, "interest.floating.floor") == Decimal("0.135")


def test_a_fallback_rate_where_the_law_sets_no_maximum_is_offered() -> None:
    found = extract_text(LABELLED)
    assert _value(found, "interest.default_rate") is None
    assert Decimal("0.18") in offered(found, "interest.default_rate")


def test_interest_only_installments_plus_escrow_are_no_schedule() -> None:
    found = extract_text(LABELLED)
    assert _value(found, "schedule.installment") is None
    assert _value(found, "schedule.frequency") is None


def test_the_greater_of_an_index_and_a_rate_after_a_long_proviso_is_a_floor() -> None:
    found = extract_text(
        PROMISE + "the principal sum of up to $4,785,000.00. The Loan evidenced by this Note is a "
        "revolving line of credit and amounts may be advanced and repaid hereunder. The "
        "outstanding principal balance of this Note shall bear interest at a rate equal to the "
        "greater of (i) a variable rate equal to the interest rate per annum published in the "
        "Wall Street Journal under the caption Money Rates, London Interbank Offer Rates for "
        "three-month calendar periods (the LIBOR Rate), plus the Spread (as defined below), "
        "provided that if such publication is not available or such rate is not set forth "
        "therein, the LIBOR Rate shall be determined on the basis of another source reasonably "
        "acceptable to Lender, or (ii) Three and 25/100 percent (3.25%) per annum."
    )
    assert _value(found, "interest.rate") is None
    assert _value(found, "interest.floating.floor") == Decimal("0.0325")
    assert _value(found, "revolving") is True


def test_a_public_authority_payee_and_payments_counted_in_months() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned Example Biosciences, Inc., a Delaware corporation "
        '(the "Company") hereby promises to pay to the order of the West Virginia Economic '
        'Development Authority (the "WVEDA") the sum of Two Hundred Forty-Two Thousand Six '
        "Hundred Thirty-One Dollars ($242,631.00), with interest at four percent (4.00%) per "
        "annum, as follows:\n1. On the 3rd day of each calendar month for one hundred twenty (120) "
        "successive calendar months beginning on the 3rd day of September, 2009, the Company shall "
        "pay the sum of $2,456.83 until August 3, 2019 when the entire unpaid principal balance "
        "shall be paid in full."
    )
    assert _value(found, "lender") == "West Virginia Economic Development Authority"
    assert _value(found, "schedule.installment") == Decimal("2456.83")
    assert _value(found, "schedule.payments") == 120


def test_a_constant_payment_after_interest_only_payments() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $12,588,000.00, to be paid as follows:\n(x) interest only "
        "on the first day of November, 2005 and on the first day of each calendar month "
        "thereafter up to and including the first day of October, 2008; and\n(y) a constant "
        "payment of $69,199.86, on the first day of November, 2008 and on the first day of each "
        "calendar month thereafter up to and including the first day of September, 2015;"
    )
    assert _value(found, "schedule.installment") == Decimal("69199.86")


def test_a_prepayment_right_and_a_premium_of_the_greater_of_yield_maintenance() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $38,500,000.00, with interest at seven and eighty-eight "
        "hundredths percent (7.88%) per annum. On the first day of each month installments of "
        "principal and interest shall be paid in the amount of $294,095.24. Borrower shall have "
        "the right, upon thirty (30) days advance written notice, beginning January 1, 2002 of "
        "paying this note in full with a prepayment fee. The fee shall be the greater of Yield "
        "Maintenance or 1% of the outstanding principal balance."
    )
    assert _value(found, "schedule.first_payment") != dt.date(2002, 1, 1)
    assert _value(found, "prepayment.premium") is None


def test_a_title_naming_the_rate_and_an_as_of_date_under_a_long_legend() -> None:
    legend = "THIS NOTE IS SUBORDINATED TO CERTAIN INDEBTEDNESS OWED BY THE MAKER HEREOF. " * 12
    found = extract_text(
        legend + "\n8% SUBORDINATED NON-NEGOTIABLE PROMISSORY NOTE\nDUE DECEMBER 31, 2003\n"
        "$219,593.00 As of November 15, 1996\nPaducah, Kentucky\nFOR VALUE RECEIVED, EXAMPLE "
        'FARM, INC., a Delaware corporation ("MAKER"), hereby promises to pay John Example '
        '("PAYEE") the principal sum of Two Hundred Nineteen Thousand Five Hundred Ninety-three '
        "and 00/100 Dollars ($219,593.00)."
    )
    assert _value(found, "interest.rate") == Decimal("0.08")
    assert _value(found, "issue_date") == dt.date(1996, 11, 15)


def test_thirty_day_months_with_actual_days_for_partial_payment_periods() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $20,000,000.00, with interest at six and one-half percent "
        '(6.50%) per annum (the "Loan Rate"). Interest at the Loan Rate shall be calculated on the '
        "basis of a three hundred sixty day (360) calendar year containing twelve (12) months of "
        "thirty days (30) each; provided that for partial payment periods, interest shall be "
        "calculated on the basis of the actual number of days elapsed over a three hundred "
        "sixty-five (365) day calendar year."
    )
    assert _value(found, "interest.day_count") == "30/360 US"


def test_words_and_figures_apart_after_cents_dollars_and_secured_and_guaranteed() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned, Example Federal, a Virginia Corporation "
        "(“Borrower”), HEREBY UNCONDITIONALLY PROMISES TO PAY to the order of Example Fund, LLC "
        "(“Lender”) the principal sum of Nine Hundred and Fifty Five Thousand Four Hundred and "
        "Seventy Two Dollars and Sixty One cents dollars ($ 995,472.61). This Note is secured and "
        "guaranteed as and to the extent provided in the Loan and Security Agreement."
    )
    assert _value(found, "commitment") is None
    assert _value(found, "secured") is True


def test_a_rate_after_maturity_in_a_list_after_a_colon() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $15,000 with interest at ten percent (10%) per annum.\n4. "
        "Interest and Default. From and after the Maturity Date the entire unpaid principal "
        "balance shall automatically bear an annual interest rate equal to the lesser of: (a) "
        "twelve percent (12%) per annum or (b) the maximum interest rate allowed by law."
    )
    assert _value(found, "interest.default_rate") == Decimal("0.12")


def test_a_single_payment_on_which_date_all_is_due_and_prepaid_with_no_penalty() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $1,900,000.00 with interest at seven percent (7%) per "
        "annum, payable as follows: One installment of the principal sum of $ 1,900,000.00 shall "
        "be due and payable on the 31st day of December,\n2019, on which date the entire balance "
        "of principal plus accrued interest shall be due and payable.\nThis note may be prepaid "
        "in part or in its entirety at any time with no penalty.\nThis note is secured by all "
        "assets owned by the Maker, including the assets purchased by Maker from Payee on or "
        "before January 1, 2019."
    )
    assert _value(found, "maturity") == dt.date(2019, 12, 31)
    assert _value(found, "prepayment.premium") == "none"


def test_the_first_of_payments_of_interest_alone_is_offered() -> None:
    found = extract_text(LABELLED)
    assert _value(found, "schedule.first_payment") is None
    assert dt.date(2023, 5, 1) in offered(found, "schedule.first_payment")
