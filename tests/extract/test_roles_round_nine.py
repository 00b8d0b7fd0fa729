"""The ninth round of issue 16: the misses read on ``heldout-al`` and ``heldout-am`` after their
one score — each written here as a short note of its own (not the corpus text), so that the rule
is held by the words that make it, not by one document."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from role_notes import PROMISE, offered
from role_notes import value as _value

from promissory.extract import extract_text
from promissory.extract.amounts import percent_mentions
from promissory.extract.numwords import parse_number_words
from promissory.extract.records import INFERRED
from promissory.extract.span import SourceText

# -- parties ----------------------------------------------------------------------------------


def test_a_maker_with_whose_address_is_before_the_defined_term() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, on the date hereof, the undersigned, JANE Q. PUBLIC, whose address "
        'is 12 Elm Street, Troy, Michigan 48098 (hereinafter referred to as "Borrower"), promises '
        "to pay to the order of ACME CREDIT LLC the principal sum of $50,000.00."
    )
    assert _value(found, "borrower") == "JANE Q. PUBLIC"


def test_a_payee_before_in_lawful_money() -> None:
    found = extract_text(
        "For value received, I promise to pay The Regents of the Example College in lawful money "
        "of the United States the sum of $2,000.00."
    )
    assert _value(found, "lender") == "The Regents of the Example College"


def test_the_united_states_acting_through_an_agency_is_the_payee() -> None:
    found = extract_text(
        'FOR VALUE RECEIVED, Example Water Association (herein called "Borrower") promises to pay '
        "to the order of the United States of America, acting through the Rural Utilities "
        'Service, United States Department of Agriculture, (herein called the "Government") the '
        "principal amount of $100,000.00."
    )
    assert _value(found, "lender") == "United States of America"


def test_a_promise_written_promised_still_names_the_maker() -> None:
    found = extract_text(
        'FOR VALUE RECEIVED, EXAMPLE BANCORP, an Indiana corporation ("Borrower"), hereby promised '
        'to pay to the order of SECOND NATIONAL BANK ("Bank") the principal sum of $4,000,000.00.'
    )
    assert _value(found, "borrower") == "EXAMPLE BANCORP"
    assert _value(found, "lender") == "SECOND NATIONAL BANK"


def test_secured_party_and_debtor_labels_on_one_line() -> None:
    found = extract_text(
        "SECURED PROMISSORY NOTE\nSECURED PARTY: EXAMPLE LEASING CORPORATION DEBTOR: Widget "
        "Makers Company\n1. Principal Amount. The original Principal Amount of this Note is: "
        "$150,000.00."
    )
    assert _value(found, "borrower") == "Widget Makers Company"
    assert _value(found, "lender") == "EXAMPLE LEASING CORPORATION"


def test_a_borrowers_label_after_another_cell() -> None:
    found = extract_text(
        "REVOLVING NOTE\nAmount $60,000 Borrower(s): Cash Example, Inc.\nAddress: 1 Main St.\n"
        "promise to pay to the order of:\nFIRST EXAMPLE BANK (the Bank)"
    )
    assert _value(found, "borrower") == "Cash Example, Inc."


def test_a_masked_name_with_a_word_left_is_a_name() -> None:
    """'XXXXXX TRUST AND SAVINGS BANK': the host masked part of it; the rest is one bank."""
    found = extract_text(
        "For Value Received, the undersigned, EXAMPLE NATIONAL BANK, a national banking "
        "association, hereby promises to pay to the order of XXXXXX TRUST AND SAVINGS BANK "
        '("Xxxxxx") the principal sum of $25,000,000.'
    )
    assert _value(found, "lender") == "XXXXXX TRUST AND SAVINGS BANK"


def test_a_wholly_masked_name_is_read_as_written_but_only_inferred() -> None:
    """The ninth round left such a name out; since the eighty-second it is read as written, as
    the truth keys have the readers label it, but never above inferred (the earlier parts'
    readers left it out)."""
    found = extract_text(
        "FOR VALUE RECEIVED, XXXXXXXXX CORPORATION promises to pay to the order of First Bank "
        "the principal sum of $25,000.00."
    )
    borrower = found.get("borrower")
    assert borrower is not None and borrower.value == "XXXXXXXXX CORPORATION"
    assert borrower.confidence == INFERRED


# -- rates, margins and day counts --------------------------------------------------------------


def test_a_rate_written_before_the_word_interest() -> None:
    found = extract_text(
        PROMISE + "within one year from the date of this Agreement, the principal sum of "
        "THREE HUNDRED THOUSAND DOLLARS ($300,000), with EIGHT percent (8%) interest."
    )
    assert _value(found, "interest.rate") == Decimal("0.08")


def test_without_interest_after_the_amount_is_a_rate_of_zero() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $638,400, without interest thereon, as and to the extent "
        "set forth herein."
    )
    assert _value(found, "interest.rate") == Decimal(0)


def test_a_fraction_alone_in_words_is_read() -> None:
    """'one-quarter of one percent (0.25%)' was read as "one percent" and disagreed with its
    figure; a fraction broken at a line's end ('one and one-\\nhalf') too."""
    assert parse_number_words("one-quarter") == Decimal("0.25")
    assert parse_number_words("three-eighths") == Decimal("0.375")
    assert parse_number_words("seven and one-eighth") == Decimal("7.125")
    for text, rate in (
        ("one-quarter of one percent (0.25%) below the Prime Rate", Decimal("0.0025")),
        ("one and one-\nhalf of one percent (1.5%) above LIBOR", Decimal("0.015")),
        ("three-eighths of one percent (.375%)", Decimal("0.00375")),
    ):
        (mention,) = percent_mentions(SourceText(text))
        assert (mention.value, mention.agrees) == (rate, True)


def test_a_bare_fraction_word_alone_is_refused_loosely_nowhere() -> None:
    with pytest.raises(Exception, match="quarter"):
        parse_number_words("quarter")


def test_the_denominator_of_no_thousandths_is_no_percent() -> None:
    """'NO/1000 percentage points above the Index Rate' is no rate of 1,000%."""
    assert not percent_mentions(SourceText("a rate equal to NO/1000 percentage points above"))


def test_a_defined_rate_at_the_index_less_a_margin() -> None:
    found = extract_text(
        PROMISE + "the principal sum of Nine Million Dollars ($9,000,000), together with interest "
        'at the "Interest Rate" (as defined below). "Interest Rate" means the "Prime Rate" (as '
        'defined below) less .125% per annum. "Prime Rate" means the variable rate of interest '
        'published in The Wall Street Journal under the caption "prime rate."'
    )
    assert _value(found, "interest.floating.index") == "PRIME"
    assert _value(found, "interest.floating.margin") == Decimal("-0.00125")


def test_a_margin_greater_than_the_index() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $600,000. INTEREST on this note shall be at a Variable "
        'Rate equal to: One percent (1%) per annum greater than the "New York Prime" interest rate '
        "as reported in the Wall Street Journal."
    )
    assert _value(found, "interest.floating.index") == "PRIME"
    assert _value(found, "interest.floating.margin") == Decimal("0.01")


def test_the_applicable_rate_defined_as_a_margin_above_the_index() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $1,000,000. The Applicable Interest Rate shall be equal "
        'to one-half percent (.5%) per annum ("Increment") above the following Index: lowest '
        "Wall Street Journal Prime Rate, as adjusted from time to time."
    )
    assert _value(found, "interest.floating.margin") == Decimal("0.005")
    assert _value(found, "interest.rate") is None


def test_a_rate_the_borrower_may_elect_is_an_option() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $1,000,000 with interest at 6.25% per annum until the "
        "Change Date. On the Change Date, the annual rate of interest shall, based upon "
        "Borrower's written election, be adjusted to either (a) the 5-year Treasury yield plus "
        "125 basis points, or (b) a fluctuating rate equal to the Prime Rate minus 150 basis "
        "points."
    )
    assert _value(found, "interest.floating.margin") is None
    found = extract_text(
        PROMISE + "the principal sum of $4,625,000.00. The Contract Rate shall be a fluctuating "
        "rate per annum equal to one-quarter of one percent (0.25%) below the Prime Rate. At "
        "Borrower's option, all or any portion of the Loan may bear interest at a fixed rate "
        "per annum equal to one and one-half of one percent (1.5%) above LIBOR."
    )
    assert _value(found, "interest.floating.margin") == Decimal("-0.0025")
    assert _value(found, "interest.floating.index") == "PRIME"


def test_a_rate_until_the_first_adjustment_date_is_the_first_rate() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $5,500,000.00. From the date hereof until the first "
        "Adjustment Date the Loan Interest Rate shall be EIGHT AND 250/1000 percent per annum. "
        "On each Adjustment Date the Loan Interest Rate shall be adjusted to the Index Rate."
    )
    assert _value(found, "interest.rate") is None
    assert Decimal("0.0825") in offered(found, "interest.rate")


def test_a_rate_that_is_the_index_offers_a_margin_of_zero() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $1,000,000, with interest at an annual rate equal to "
        'the prime rate of interest (the "Prime Rate") adopted by First Bank from time to time, '
        "changing on each day that the Prime Rate changes."
    )
    assert _value(found, "interest.floating.margin") is None
    assert Decimal(0) in offered(found, "interest.floating.margin")


def test_a_default_rate_over_the_index_less_the_notes_margin() -> None:
    found = extract_text(
        "The Borrower promises to pay to the order of First Bank the principal sum of $500,000 "
        "with interest at a fluctuating annual rate equal to 3.75% per annum above the Prime "
        "Rate; provided, however, that upon the occurrence and during the continuance of any "
        "Event of Default, the rate of interest hereunder shall be 5.75% per annum above the "
        "Prime Rate."
    )
    assert _value(found, "interest.default_margin") == Decimal("0.0200")


@pytest.mark.parametrize(
    ("words", "basis"),
    [
        (
            "on the basis of a year of three hundred sixty (360) days for the actual number of "
            "days elapsed",
            "ACT/360",
        ),
        ("calculated on a per diem basis, based upon a 365-day year", "ACT/365F"),
        ("computed on the basis of the number of days elapsed in a year of 360 days", "ACT/360"),
    ],
)
def test_day_counts_in_other_words(words: str, basis: str) -> None:
    found = extract_text(
        PROMISE + f"the principal sum of $100,000.00 with interest at 8% per annum, {words}."
    )
    assert _value(found, "interest.day_count") == basis


# -- schedules and dates --------------------------------------------------------------------------


def test_a_defined_monthly_amount_is_the_installment() -> None:
    found = extract_text(
        "MORTGAGE NOTE\n$3,300,000.00 July 14, 1995\n"
        + PROMISE
        + 'the Principal Amount with interest at the Interest Rate. "Monthly Amount" shall be the '
        "sum of Twenty-Five Thousand Three Hundred Twenty-Seven and 38/100 Dollars ($25,327.38)."
    )
    assert _value(found, "schedule.installment") == Decimal("25327.38")
    assert _value(found, "commitment") == Decimal("3300000.00")


def test_biweekly_installments_are_counted() -> None:
    found = extract_text(
        PROMISE + "the sum of $1,200.00, to be repaid over 12 biweekly installment payments of "
        "$100.00 each."
    )
    assert _value(found, "schedule.payments") == 12
    assert _value(found, "schedule.frequency") is None  # the terms have no biweekly period


def test_installments_by_their_period_alone() -> None:
    found = extract_text(
        PROMISE + "the sum of $5,000. I promise to repay the principal and interest over the "
        "course of the repayment period in equal monthly installments as determined by the "
        "University."
    )
    assert _value(found, "schedule.frequency") == "monthly"


@pytest.mark.parametrize(
    "sentence",
    [
        "Interest on this Loan shall be paid to the Bank in quarterly payments.",
        "Assumed Debt Service means the principal and interest that would be due on a loan "
        "amortized in substantially equal monthly payments at an assumed rate.",
    ],
)
def test_a_period_of_interest_alone_or_of_a_hypothetical_loan_is_no_schedule(
    sentence: str,
) -> None:
    found = extract_text(PROMISE + f"the sum of $5,000. {sentence}")
    assert _value(found, "schedule.frequency") is None


def test_the_ticked_frequency_box_is_the_period() -> None:
    found = extract_text(
        PROMISE + "the sum of $150,000.00 with interest at the fixed rate of 8.08% per annum, "
        "payable in (check one) [X] advance/[ ] arrears in consecutive (check one) [X] "
        "monthly/[ ] quarterly Installment Payments commencing on April 1, 1999."
    )
    assert _value(found, "schedule.frequency") == "monthly"


def test_two_days_of_each_year_thereafter_and_the_last_is_the_maturity() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $638,400, without interest thereon. Principal payments "
        "shall be paid on August 1, 2006 and each February 1 and August 1 thereafter to and "
        "including February 1, 2011."
    )
    assert _value(found, "schedule.frequency") == "semiannual"
    assert _value(found, "maturity") == dt.date(2011, 2, 1)


def test_installments_of_interest_only_give_no_first_payment() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $24,000,000.00. Each Maker shall pay regular and "
        "successive monthly installments of interest ONLY on the amounts advanced commencing on "
        "May 1, 2002, and continuing thereafter until April 30, 2003, at which time the entire "
        "unpaid balance of principal and interest shall be due."
    )
    assert _value(found, "schedule.first_payment") is None


def test_a_rate_adjustment_date_is_no_first_payment() -> None:
    found = extract_text(
        PROMISE + 'the principal sum of $5,500,000.00. The term "Adjustment Date" shall mean '
        "February 1, 1997, and the 1st day of each quarter thereafter."
    )
    assert _value(found, "schedule.first_payment") is None


def test_due_no_later_with_than_left_out_is_the_maturity() -> None:
    found = extract_text(
        PROMISE + "the sum of $1,200.00. The final payment of principal, if not paid sooner, "
        "shall be due and payable no later August 28, 2013."
    )
    assert _value(found, "maturity") == dt.date(2013, 8, 28)


# -- flags ----------------------------------------------------------------------------------------


def test_pre_payment_with_a_hyphen_without_penalty() -> None:
    found = extract_text(
        PROMISE + "the sum of $1,200.00. I understand that pre-payment may be made without "
        "penalty by sending a personal check."
    )
    assert _value(found, "prepayment.premium") == "none"


def test_a_revolving_term_is_revolving() -> None:
    found = extract_text(
        PROMISE + "the sum of $10,000,000.00. A. QUARTERLY INTEREST-ONLY PAYMENTS ON THE LINE OF "
        "CREDIT DURING THE REVOLVING TERM. Borrower shall make quarterly interest payments."
    )
    assert True in offered(found, "revolving")  # (the name alone: offered)


def test_upon_demand_filled_in_above_the_promise_is_a_demand_note() -> None:
    found = extract_text(
        "REVOLVING NOTE\nAmount $600,000\nUpon Demand\n------------\npromise to pay to the order "
        "of:\nFIRST EXAMPLE BANK (the Bank)\nSix Hundred Thousand Dollars"
    )
    assert _value(found, "demand") is True


def test_a_legend_saying_not_secured_is_unsecured() -> None:
    found = extract_text(
        "THIS OBLIGATION IS\nSUBORDINATED TO THE CLAIMS OF DEPOSITORS, IS INELIGIBLE AS\n"
        "COLLATERAL FOR A LOAN BY THE BORROWER, AND IS NOT SECURED.\nSUBORDINATED TERM NOTE\n"
        + PROMISE
        + "the principal sum of $25,000,000."
    )
    assert _value(found, "secured") is False


# -- a bank form's two columns of names -----------------------------------------------------------

_COLUMNS_FORM = (
    "-------------------------------- ------------------------------\n"
    "{names}\n"
    "0000 XXXX XXXXX 0000 XXXXXXXX XXX. Date September 10, 1996\n"
    "EDEN PRAIRIE, MN 55346 EDINA, MN 55435 Maturity Date January 1, 1997\n"
    "Loan Amount $2,500,000.00\n"
    "{labels} Renewal of 2973\n"
    "I promise to pay you, at your address listed above, the PRINCIPAL sum of TWO MILLION FIVE "
    "HUNDRED THOUSAND AND NO/100 Dollars $2,500,000.00\n"
)


@pytest.mark.parametrize(
    ("names", "labels", "borrower", "lender"),
    [
        (
            "AMCOM CORPORATION FIDELITY BANK Loan Number 2973",
            "BORROWER'S NAME AND ADDRESS LENDER'S NAME AND ADDRESS",
            "AMCOM CORPORATION",
            "FIDELITY BANK",
        ),
        (  # masked labels keep their words' length; the lender's column first
            "First Federal fsb Mississippi View Holding Company",
            "XXXXXX's NAME AND ADDRESS XXXXXXXX's NAME AND ADDRESS",
            "Mississippi View Holding Company",
            "First Federal fsb",
        ),
        (
            "OBSIDIAN LEASING COMPANY INC XXXXX COUNTY BANK & TRUST CO. KJW / GPG",
            "BORROWER'S NAME AND ADDRESS LENDER'S NAME AND ADDRESS",
            "OBSIDIAN LEASING COMPANY INC",
            "XXXXX COUNTY BANK & TRUST CO.",
        ),
        (
            "NUVERA EXAMPLE, INC. | CITIZENS BANK MINNESOTA | OFFICER: JAB |",
            "BORROWER'S NAME AND ADDRESS",
            "NUVERA EXAMPLE, INC.",
            "CITIZENS BANK MINNESOTA",
        ),
    ],
)
def test_two_names_run_into_one_line_above_the_columns_labels(
    names: str, labels: str, borrower: str, lender: str
) -> None:
    found = extract_text(_COLUMNS_FORM.format(names=names, labels=labels))
    assert (_value(found, "borrower"), _value(found, "lender")) == (borrower, lender)


def test_stacked_names_above_masked_labels_without_their_addresses() -> None:
    found = extract_text(
        "CAPITOL EXAMPLE OF ARKANSAS,\nINC. 000 XXXX 0XX XXXXXX XXXXX 000\nXXXXXX XXXX XX 00000\n"
        "XXXXXXXX'S NAME AND ADDRESS\nBANK OF THE EXAMPLES P O BOX 8811\nLITTLE ROCK AR 72231\n"
        "XXXXXX'S NAME AND ADDRESS\nDate APRIL 20, 2004\nLoan Amount $ 2,050,000.00\n"
        "For value received, I promise to pay to you the PRINCIPAL sum of $2,050,000.00"
    )
    assert _value(found, "borrower") == "CAPITOL EXAMPLE OF ARKANSAS, INC."
    assert _value(found, "lender") == "BANK OF THE EXAMPLES"


# -- more dates and indexes read on the seen parts ------------------------------------------------


def test_the_maturity_date_of_a_date() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $1,000,000.00. On the Maturity Date of September 7, 2015, "
        "all accrued interest and unpaid principal shall be due."
    )
    assert _value(found, "maturity") == dt.date(2015, 9, 7)


def test_a_header_table_with_stacked_labels_and_no_promise() -> None:
    """The labels "Agreement / Date" and "Maturity / Date" stacked over two lines, the dates in a
    row below; the earlier is the note's date, the later its maturity."""
    found = extract_text(
        "Principal Funding/\nOfficer Interest Amount/ Agreement Maturity Customer Loan\n"
        "Identification Rate Credit Limit Date Date Number Number\n"
        "GBG VARIABLE $8,000,000.00 08/15/01 08/15/06\n"
        "Borrower: Example Corp. Lender: Example Bank\n"
    )
    assert _value(found, "issue_date") == dt.date(2001, 8, 15)
    assert _value(found, "maturity") == dt.date(2006, 8, 15)


def test_the_maturity_date_is_the_first_to_occur_of_events_or_a_date() -> None:
    found = extract_text(
        PROMISE + 'the principal sum of $100,000. I. Maturity Date: As used herein, the "Maturity '
        'Date" for this Note shall be the first to occur of acceleration in accordance with the '
        "terms of this Note, or January 1, 2002."
    )
    assert _value(found, "maturity") == dt.date(2002, 1, 1)


def test_until_a_day_when_the_balance_is_due() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $500,000 in monthly installments of $3,500.00 each until "
        "the first day of March, 2009, when the balance of said principal sum with all accrued "
        "interest shall be due and payable."
    )
    assert _value(found, "maturity") == dt.date(2009, 3, 1)


def test_a_ticked_index_rate_box_names_the_index_after_its_label() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $2,500,000.00. INTEREST. I agree to pay interest at the "
        "rate of 8.25% per year until January 1, 1997.\n[X] Variable Rate: This rate may then "
        "change as stated below.\n[X] Index Rate: The future rate will be 0.500% over the "
        "following index rate: PRIME RATE ESTABLISHED BY FIRST EXAMPLE BANK\n[ ] No Index: The "
        "future rate will not be subject to any internal or external index."
    )
    assert _value(found, "interest.floating.index") == "PRIME"
    assert _value(found, "interest.floating.margin") == Decimal("0.005")


def test_a_ticked_index_rate_box_makes_the_margin_firm_without_the_name() -> None:
    """The index's name past the excerpt's cut: the margin is still over an index."""
    found = extract_text(
        PROMISE + "the principal sum of $2,000,000.00 at the rate of 6.500% per year until "
        "01-29-2009.\n[X] Variable Rate: This rate may then change as stated below.\n[X] Index "
        "Rate: The future rate will be 1.000 PERCENT ABOVE the following\nindex rate: THE HI"
    )
    assert _value(found, "interest.floating.margin") == Decimal("0.01")


def test_an_unticked_no_index_option_is_no_index() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $2,000,000.00 at the rate of 1.000% per year until "
        "04-16-2022.\nD Variable Rate. This rate may then change as stated below.\nD Index Rate. "
        "The future rate will be the following index rate:\nD No Index. The future rate will "
        "not be subject to any internal or external index."
    )
    assert _value(found, "interest.floating.index") is None


def test_the_base_rate_on_corporate_loans_known_as_the_prime_rate() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $500,000.00.\n[X] Index Rate: The future rate will be "
        "1.000 PERCENT ABOVE the following index rate: THE BASE RATE ON CORPORATE LOANS POSTED "
        "BY AT LEAST 70% OF THE 10 LARGEST U.S. BANKS KNOWN AS THE WALL STREET JOURNAL U.S. "
        "PRIME RATE."
    )
    assert _value(found, "interest.floating.index") == "PRIME"


# -- installments read on the seen parts ----------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "installment"),
    [
        ("In 35 equal payments of $15,000.00 due on January 31, 1996.", "15000.00"),
        (
            "in 60 principal payments ofOne Hundred Twenty thousand and 00/100 ($120,000.00)"
            "Dollars each, commencing on 3/28/2004.",
            "120000.00",
        ),
        (
            "Maker shall make equal monthly payments to the Lender in the amount of FIVE THOUSAND "
            "SEVEN HUNDRED TWENTY FOUR AND 94/100 ($5,724.94), each such payment to be allocated "
            "between principal and interest.",
            "5724.94",
        ),
        (
            "In addition to payments on account of interest, principal reduction payments of "
            "$116,667 shall be made on the last day of each month.",
            "116667.00",
        ),
    ],
)
def test_an_installment_by_its_count_its_period_or_its_day(words: str, installment: str) -> None:
    found = extract_text(PROMISE + f"the principal sum of $1,800,000.00. {words}")
    assert _value(found, "schedule.installment") == Decimal(installment)


def test_a_loan_terms_tables_monthly_payment() -> None:
    found = extract_text(
        "LOAN TERMS TABLE ---- Borrower(s): Example USA, Inc., a Delaware corporation Monthly "
        "Payment $56,664.74 Original Loan Principal Amount $5,000,000.00\n"
        + PROMISE
        + "the principal amount of $5,000,000.00."
    )
    assert _value(found, "schedule.installment") == Decimal("56664.74")


def test_equal_monthly_installments_of_interest_are_no_installment() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $40,000,000. Monthly Installment: Equal monthly "
        "installments of interest at the Interest Rate each in the amount of $174,559.00."
    )
    finding = found.get("schedule.installment")
    assert finding is None or finding.confidence < Decimal("0.90")


def test_a_count_of_consecutive_principal_and_interest_payments() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $1,000,000 in 83 monthly consecutive principal and "
        "interest payments of $14,000.00 each."
    )
    assert _value(found, "schedule.payments") == 83


# -- security and a header table's rate -----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "As security for this Note, Borrower shall execute that certain Deed of Trust of even date.",
        "The loan is secured by, inter alia, that certain Mortgage, Security Agreement and Fixture "
        "Filing.",
        'The Open-End Mortgage Deed from Borrower to Lender (the "Mortgage") securing, inter alia, '
        "this Note.",
        "The LOAN CONTRACT creates security interests in favor of the STATE to secure the prompt "
        "payment of all amounts.",
        "This Note is also entitled to the benefits of the Pledge Agreement dated as of July 28, "
        "2005.",
        "The Borrower pledges revenue and income of its water facility to repay the loan.",
        "Security for Payment: (i) Vendor's lien contained in Special Warranty Deed of even date.",
    ],
)
def test_security_in_other_words(sentence: str) -> None:
    found = extract_text(PROMISE + f"the principal sum of $100,000.00. {sentence}")
    assert _value(found, "secured") is True


def test_a_reference_to_the_security_described_elsewhere_is_not_read() -> None:
    """'… the Credit Agreement, to which reference is made for a description of the security for
    this Note': readers disagreed on it, so it says nothing either way."""
    found = extract_text(
        PROMISE + "the principal sum of $100,000.00. This Note is one of the Notes referred to "
        "in the Credit Agreement, to which reference is made for a description of the security "
        "for this Note."
    )
    assert _value(found, "secured") is None


def test_the_one_percent_under_a_stacked_interest_rate_label() -> None:
    found = extract_text(
        "OFFICER INTEREST PRINCIPAL AMOUNT/ FUNDING/ MATURITY CUSTOMER LOAN\n"
        "INITIALS RATE CREDIT LIMIT AGREEMENT DATE DATE NUMBER NUMBER\n"
        "JLM 6.400% $8,500,000.00 01/29/01 01/29/03 4600240001\n"
        "PROMISE TO PAY: For value received, Borrower promises to pay to the order of Lender the "
        "principal amount of $8,500,000.00."
    )
    assert _value(found, "interest.rate") == Decimal("0.064")


def test_a_rate_fixed_for_the_term_at() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $100,000.00. The interest rate shall be fixed for the "
        "term of the loan at twelve percent\n(12%)."
    )
    assert _value(found, "interest.rate") == Decimal("0.12")


@pytest.mark.parametrize(
    ("words", "amount"),
    [
        (
            "the principal balance of Seventy-one Million Eight Hundred Thousand and no/100's "
            "Dollars ($71,800,000.00)",
            "71800000.00",
        ),
        (
            "the principle sum of Three Million Eight Hundred Thousand US Dollars (US$ 3,800,000)",
            "3800000",
        ),
        (
            "the principal sum ofSix Million Five Hundred Thousand and 00/100 Dollars "
            "($6,500,000.00)",
            "6500000.00",
        ),
    ],
)
def test_the_principal_in_other_words(words: str, amount: str) -> None:
    found = extract_text(PROMISE + words + ", or so much thereof as may be advanced.")
    assert _value(found, "commitment") == Decimal(amount)


@pytest.mark.parametrize(
    ("sentence", "floor"),
    [
        (
            "In no event shall the interest rate be less than seven percent (7.0%) per annum.",
            "0.07",
        ),
        (
            "Notwithstanding the foregoing, the Interest Rate shall not at any time be less than "
            "seven\npercent (7.0%) per annum.",
            "0.07",
        ),
        (
            "provided, however, that the Interest Rate shall never be less than four and "
            "three-quarter percent (4.75%) per annum.",
            "0.0475",
        ),
    ],
)
def test_a_floor_under_the_notes_own_rate(sentence: str, floor: str) -> None:
    found = extract_text(
        PROMISE + "the principal sum of $1,000,000.00 with interest at the rate of Wall Street "
        f"Journal Prime Rate plus one percent (1.0%) per annum. {sentence}"
    )
    assert _value(found, "interest.floating.floor") == Decimal(floor)
    assert _value(found, "interest.floating.margin") == Decimal("0.01")


def test_the_greater_of_a_rate_or_a_margin_over_the_index() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $500,000 with interest at a rate per annum equal to the "
        "greater of [i] six percent (6%) or [ii] one percent (1%) in excess of the Prime Rate."
    )
    assert _value(found, "interest.floating.floor") == Decimal("0.06")
    assert _value(found, "interest.floating.margin") == Decimal("0.01")


def test_a_rate_after_maturity_is_not_the_notes_rate() -> None:
    found = extract_text(
        PROMISE + "the sum of $1,000,000, with interest thereon until default or maturity at a "
        "per annum rate equal to 12 percent. All past due principal and interest on this Note "
        "shall bear interest after maturity until paid at an interest rate per annum which shall "
        "be equal to the lesser of (i) the Maximum Rate or (ii) the rate of 18 percent per annum."
    )
    assert _value(found, "interest.rate") == Decimal("0.12")
    assert _value(found, "interest.default_rate") == Decimal("0.18")


def test_the_above_described_rate_plus_after_the_note_becomes_due() -> None:
    found = extract_text(
        PROMISE + "the sum of $500,000 with interest at the rate of twelve percent (12%) per "
        "annum. At any time after this Note shall become due and payable (whether by demand or "
        "otherwise) the interest shall accrue at the above-described rate plus two percent (2%)."
    )
    assert _value(found, "interest.default_margin") == Decimal("0.02")
    assert _value(found, "interest.floating.margin") is None


def test_a_rate_below_the_index_is_no_fixed_rate() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $24,000,000.00 with interest at a per annum rate equal to "
        "one percent (1.0%) below the Prime Rate most recently published in the Wall Street "
        "Journal."
    )
    assert _value(found, "interest.rate") is None
    assert _value(found, "interest.floating.margin") == Decimal("-0.01")


def test_a_borrower_information_block_and_a_lender_defined_by_means() -> None:
    found = extract_text(
        "COMMERCIAL PROMISSORY NOTE\nBORROWER INFORMATION\nHome Example Savings Bank\n4405 Mundy "
        'Mill Road\nNOTE. This Commercial Promissory Note will be referred to as the "Note".\n'
        'LENDER. "Lender" means Example Bank whose address is 3500 Blue Lake Drive, its '
        "successors and assigns.\nPROMISE TO PAY. For value received, the Borrower promises to "
        "pay the principal amount of $400,000.00."
    )
    assert _value(found, "borrower") == "Home Example Savings Bank"
    assert _value(found, "lender") == "Example Bank"


def test_names_of_makers_and_payees_under_their_labels() -> None:
    found = extract_text(
        "THE MAKER of this Note promises to pay to the order of the Payee the Principal Amount.\n"
        "SPECIFIC INFORMATION:\nName(s) of Maker(s):\nBTND Example, LLC\nDate of Note\nMay 11, "
        "2007\nPrincipal Amount\n$806,317\nName(s) of Payee(s)\nSTEN Example Corporation\n"
    )
    assert _value(found, "borrower") == "BTND Example, LLC"
    assert _value(found, "lender") == "STEN Example Corporation"


def test_a_payee_in_care_of_an_agent() -> None:
    found = extract_text(
        'FOR VALUE RECEIVED, TIME EXAMPLE, INC., a Nevada corporation (the "Company"), promises '
        "to pay to EXAMPLE MASTER FUND, LTD., c/o M&C Corporate Services Limited, P.O. Box 309 "
        'GT (the "Holder") the sum of $2,000,000.'
    )
    assert _value(found, "lender") == "EXAMPLE MASTER FUND, LTD."


# -- the seventeenth round: heldout-an's and heldout-ao's misses ----------------------------------


def test_labels_run_into_one_line_name_the_parties() -> None:
    found = extract_text(
        "Promissory Note (Revolving Line of Credit) June 12, 2007 Borrower: Example National Life "
        "Insurance Company Lender: Example First National Bank Amount: $40,000,000.00 Maturity: "
        "June 12, 2008 For value received, Borrower promises to pay to the order of Lender the "
        "sum of Forty Million dollars ($40,000,000.00)."
    )
    assert _value(found, "borrower") == "Example National Life Insurance Company"
    assert _value(found, "lender") == "Example First National Bank"
    found = extract_text(
        "PROMISSORY NOTE MAKER: Example Income & Dividend Enterprises, Inc. HOLDER: Pride "
        "Example, Inc. FACE AMOUNT: $360,000 INTEREST: 4.25% per annum. Installments of $10,000 "
        "shall be due on the 15th day of each consecutive month until the Maturity Date, with "
        "the first installment due December 15, 2002."
    )
    assert _value(found, "borrower") == "Example Income & Dividend Enterprises, Inc."
    assert _value(found, "lender") == "Pride Example, Inc."
    assert _value(found, "schedule.first_payment") == dt.date(2002, 12, 15)
    assert _value(found, "schedule.frequency") == "monthly"


def test_a_margin_over_another_rate_is_no_fixed_rate() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $5,000,000. The interest payable under this Note shall "
        "be a fluctuating rate per annum equal to one (1.00) percentage point higher than the "
        'effective rate of interest paid by the Lender on the "Pledged Account".'
    )
    assert _value(found, "interest.rate") is None
    assert Decimal("0.01") in offered(found, "interest.floating.margin")


def test_each_kind_of_advance_at_its_own_rate_is_an_option() -> None:
    found = extract_text(
        "GRID DEMAND PROMISSORY NOTE\nFOR VALUE RECEIVED, the undersigned promises to pay to the "
        "order of EXAMPLE DISCOUNT BANK the principal sum of SIXTEEN MILLION DOLLARS "
        "($16,000,000.00). Each Advance hereunder which is a Eurodollar Advance shall bear "
        "interest at a rate per annum equal to LIBOR plus a margin of 150 basis points. Each "
        "Advance which is a Prime Rate Advance shall bear interest at a fluctuating rate per "
        "annum equal to the Prime Rate minus a margin of 1/2% per annum. The undersigned shall "
        "notify the Bank of each Advance which the undersigned requests to maintain at a rate of "
        'interest based on LIBOR (a "Eurodollar Advance").'
    )
    assert _value(found, "demand") is True
    for field in ("interest.rate", "interest.floating.index", "interest.floating.margin"):
        assert _value(found, field) is None, field


def test_names_lose_their_county_and_town() -> None:
    found = extract_text(
        'FOR VALUE RECEIVED the CITY OF EXAMPLE CANADA, Ramsey\nCounty, Minnesota, (the "City") '
        "hereby promises to pay to the order of EXAMPLE BANK AND TRUST CO., Minneapolis, "
        'Minnesota, a Minnesota corporation (the "Interim Lender"), the principal sum of '
        "$525,000.00, with interest at the rate of ten and three quarters (10 -3/4 %) percent per "
        "annum."
    )
    assert _value(found, "borrower") == "CITY OF EXAMPLE CANADA"
    assert _value(found, "lender") == "EXAMPLE BANK AND TRUST CO."
    assert _value(found, "interest.rate") == Decimal("0.1075")


def test_repaid_amounts_that_may_not_or_may_be_reborrowed() -> None:
    found = extract_text(
        PROMISE + "the sum of $7,000,000. No principal amount repaid may be reborrowed."
    )
    assert _value(found, "revolving") is False
    found = extract_text(
        PROMISE + "the sum of $7,000,000. Reference is made to the Credit Agreement for the terms "
        "pursuant to which the indebtedness evidenced hereby may be prepaid and may be reborrowed."
    )
    assert _value(found, "revolving") is True


def test_a_year_for_each_kind_of_borrowing_is_offered() -> None:
    found = extract_text(
        PROMISE + "the sum of $7,000,000. Interest on this Note shall be calculated on the basis "
        "of actual number of days elapsed (i) in a 365-day year in the case of the Base Rate "
        "Borrowings, and (ii) in a 360-day year in the case of Eurodollar Borrowings."
    )
    assert _value(found, "interest.day_count") is None
    assert {"ACT/365F", "ACT/360"} <= set(offered(found, "interest.day_count"))


def test_an_employee_named_after_the_employer_and_no_interest_due() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned employee of Example Depot U.S.A., Inc., Bill E. "
        'Sample (the "Employee"), promises to pay to Example Depot U.S.A., Inc. the principal sum '
        "of $500,000.00. This loan is for a term of five (5) years, during which term no interest "
        "shall be due or payable by Employee to Holder;"
    )
    assert _value(found, "borrower") == "Bill E. Sample"
    assert _value(found, "interest.rate") == Decimal(0)


def test_a_place_before_a_defined_term_is_no_name() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, EXAMPLE INDUSTRIES, INC. promises to pay to the order of PAUL L. "
        "SAMPLE, JOHANNA M. SAMPLE, LYSIANE M. SAMPLE, CLAUDIA J. SAMPLE AND MARLON E. SAMPLE AS "
        'JOINT TENANTS WITH RIGHT OF SURVIVORSHIP residents of the Dutch Caribbean ("Holder") the '
        "principal sum of Fifty Thousand Dollars ($50,000.00)."
    )
    assert _value(found, "lender") != "Dutch Caribbean"


def test_a_maker_with_an_address_before_for_value_received() -> None:
    found = extract_text(
        'IFMI EXAMPLE, LLC, a Delaware limited liability company (the "Company" or "Maker"), '
        "having an address at 2929 Arch Street, Philadelphia, PA 19104, for value received, "
        "hereby promises to pay to the order of Example Holdings LP the principal amount of "
        "$8,000,000.00."
    )
    assert _value(found, "borrower") == "IFMI EXAMPLE, LLC"


def test_a_rate_named_by_its_defined_term_then_equal_to() -> None:
    found = extract_text(
        PROMISE + "the sum of $500,000, with interest computed on the basis of a 360-day year, at "
        'a per annum rate (the "Note Rate") equal to twelve percent (12%).'
    )
    assert _value(found, "interest.rate") == Decimal("0.12")
    assert _value(found, "interest.default_margin") is None


def test_semiannual_installments_under_an_amortization_schedule() -> None:
    found = extract_text(
        PROMISE + "the principal sum of One Million Dollars ($1,000,000.00). The principal amount "
        "of this Note shall be payable in semi-annual installments together with interest accrued "
        "on each June 30 and December 31 as provided in the Amortization Schedule attached hereto."
    )
    assert _value(found, "schedule.frequency") == "semiannual"


@pytest.mark.parametrize(
    "words",
    [
        "promises to pay to EXAMPLE MORTGAGE CORPORATION the principal sum of FIVE HUNDRED "
        "MILLION DOLLARS on July 29, 2008, with interest at 4.656% per annum.",
        "promises to pay to Example Bank the sum of $500,000.00. [Check (a) or (b).]\n(a)|X| "
        "Single Payment. In one payment on July 29, 2008, plus interest.",
        "promises to pay to Example Bank the sum of $500,000.00. In any event, the Maker shall pay "
        "the unpaid principal amount, plus all unpaid and accrued interest, in full on July 29, "
        "2008.",
    ],
)
def test_the_day_to_pay_in_other_words(words: str) -> None:
    found = extract_text(f"FOR VALUE RECEIVED, Example Maker, Inc. {words}")
    assert _value(found, "maturity") == dt.date(2008, 7, 29)


def test_a_maturity_date_label_stacked_over_two_lines() -> None:
    found = extract_text(
        "INTEREST\n\nRATE\n\nVARIABLE\n\nPRINCIPAL\n\nAMOUNT/\n\nCREDIT LIMIT\n\n$5,000,000.00\n\n"
        "FUNDING/\n\nAGREEMENT DATE\n\n05/01/03\n\nMATURITY\n\nDATE\n\n \n\n11/26/03\n\nPROMISE TO "
        "PAY: Example Corp. promises to pay to the order of Example Bank the principal amount of "
        "$5,000,000.00."
    )
    assert _value(found, "maturity") == dt.date(2003, 11, 26)
    assert _value(found, "issue_date") == dt.date(2003, 5, 1)


@pytest.mark.parametrize(
    ("words", "index"),
    [
        (
            "The outstanding principal balance shall bear interest at a per annum rate of Base Rate.",
            "BASE",
        ),
        ('"Governing rate" shall mean a rate equal to the " LIBOR Rate."', "LIBOR"),
    ],
)
def test_an_index_named_as_the_rate(words: str, index: str) -> None:
    found = extract_text(PROMISE + f"the principal sum of $1,000,000. {words}")
    assert _value(found, "interest.floating.index") == index


def test_the_applicable_federal_rate_of_a_tax_rule_is_no_index() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $1,000,000 with interest at 3.46% per annum. This Note "
        "shall provide for adequate stated interest computed at the “applicable federal "
        "rate” prescribed by Internal Revenue Code Section 1274."
    )
    assert _value(found, "interest.floating.index") is None


@pytest.mark.parametrize(
    "words",
    [
        "In 35 equal payments of $15,000.00 due on January 31, 1996, and on [x] the same day(s) "
        "of each succeeding month thereafter, and a final payment on December 31, 1998.",
        "in installments of $15,000.00, with the first installment being due and payable on or "
        "before January 31, 1996, and a like installment on the same day of each month, the "
        "balance due on December 31, 1998.",
        "principal reduction payments of $15,000.00 shall be made on the last day of each month, "
        "commencing with the first such payment due on January 31, 1996, and with the "
        "outstanding principal amount payable in full on December 31, 1998.",
    ],
)
def test_the_first_installments_day_is_not_the_maturity(words: str) -> None:
    found = extract_text(PROMISE + f"the principal sum of $540,000.00 {words}")
    assert _value(found, "schedule.first_payment") == dt.date(1996, 1, 31)
    assert _value(found, "maturity") == dt.date(1998, 12, 31)


def test_a_labelled_borrower_beginning_with_a_number() -> None:
    found = extract_text(
        "PROMISSORY NOTE DEFINED TERMS\nLoan Amount: $47,607,000.00    Interest Rate: 4.40% per "
        "annum\nBorrower: 1225 EXAMPLE STREET, N.W. ASSOCIATES LLC, a Delaware limited liability "
        "company\nBorrower's Address:   \n\nc/o Example Capital Partners, LLC\n"
    )
    assert _value(found, "borrower") == "1225 EXAMPLE STREET, N.W. ASSOCIATES LLC"


def test_a_labelled_lender_before_its_defined_term() -> None:
    found = extract_text(
        "$750,000.00 MAY 10, 1995\nLENDER: FIRST EXAMPLE NATIONAL BANK OF NORTH CAROLINA "
        '(hereinafter termed "LENDER"), CHARLOTTE, North Carolina\n'
    )
    assert _value(found, "lender") == "FIRST EXAMPLE NATIONAL BANK OF NORTH CAROLINA"


def test_a_payee_in_capitals_after_the() -> None:
    found = extract_text(
        'For value received Example, Inc., a Delaware Corporation (the "Recipient"), promises to '
        'pay to the MASSACHUSETTS EXAMPLE SCIENCES CENTER or its assigns ("Holder") the '
        "principal sum of $750,000."
    )
    assert _value(found, "lender") == "MASSACHUSETTS EXAMPLE SCIENCES CENTER"


@pytest.mark.parametrize(
    "words",
    [
        "which amount shall be payable in full on any future date on which the Lender demands "
        "repayment.",
        "Interest will accrue on the unpaid principal balance at the rate set forth below until "
        "demand by Bank for payment of this Note.",
    ],
)
def test_demand_in_other_words(words: str) -> None:
    found = extract_text(PROMISE + f"the sum of $10,000.00, {words}")
    assert _value(found, "demand") is True


@pytest.mark.parametrize(
    "words",
    [
        'On May 1, 2007 and on the first day of each month after such date (each a "Payment '
        'Date"), Maker shall pay to Payee the amount of interest which shall have accrued during '
        "the calendar month immediately preceding such Payment Date.",
        "The Company promises to pay interest thereon semiannually in arrears commencing May 1, "
        '2007 (each a "Scheduled Interest Payment Date").',
    ],
)
def test_days_on_which_interest_alone_is_paid_are_no_schedule(words: str) -> None:
    found = extract_text(PROMISE + f"the principal sum of $9,000,000 on the Maturity Date. {words}")
    assert _value(found, "schedule.first_payment") is None
    assert _value(found, "schedule.frequency") is None


# -- the eighteenth round: heldout-ap's and heldout-aq's misses -----------------------------------


def test_on_demand_after_the_payees_name() -> None:
    found = extract_text(
        "Effective as of September 1, 2002, for value received, the undersigned corporation "
        "promises to pay Example Bank, National Association, on demand, such principal amounts "
        "from time to time outstanding hereunder up to the sum of $2,000,000,000.00."
    )
    assert _value(found, "demand") is True


def test_a_numbered_definitions_list_and_a_draw_period_ending_on_its_term() -> None:
    found = extract_text(
        "REVOLVING NOTE\n1. DEFINED TERMS.\n1.1 Borrower:\niCAD EXAMPLE, INC.\n \na Delaware "
        "corporation\n1.2 Lender:\nEXAMPLE CITIZENS, N.A.\n1.3 Maximum Credit:\nNot to exceed "
        "$5,000,000.00\n1.5 Expiration Date:\nJune 30, 2009.\n2. DEBT: For value received, "
        "Borrower hereby promises to pay to the order of Lender all amounts outstanding under this "
        "Note. This Note evidences a Revolving Loan, such that, prior to the Expiration Date, "
        "Borrower may from time to time borrow, repay and re-borrow principal under this Note.\n"
        "3. INTEREST: During the term of this Note and at Borrower's written election for each "
        "requested advance, advances under this Note shall accrue interest at either: (i) a "
        "fluctuating per annum rate of interest equal to the sum of the Prime Rate plus one "
        "percent (1%), or (ii) LIBOR plus three percent (3%)."
    )
    assert _value(found, "borrower") == "iCAD EXAMPLE, INC."
    assert _value(found, "lender") == "EXAMPLE CITIZENS, N.A."
    assert _value(found, "commitment") == Decimal("5000000.00")
    assert _value(found, "draw_period_end") == dt.date(2009, 6, 30)
    assert _value(found, "maturity") is None
    assert _value(found, "interest.floating.index") is None


def test_promise_s_to_pay_and_a_payee_doing_business_as() -> None:
    found = extract_text(
        'FOR VALUE RECEIVED, the undersigned ("MAKER") promise(s) to pay to the order of BANK OF '
        "EXAMPLE NATIONAL TRUST AND SAVINGS ASSOCIATION, doing business as EXAMPLE BANK "
        '("LENDER"), the principal sum of $17,000,000.'
    )
    assert _value(found, "lender") == "BANK OF EXAMPLE NATIONAL TRUST AND SAVINGS ASSOCIATION"


def test_an_accelerated_maturity_date_is_no_maturity() -> None:
    found = extract_text(
        PROMISE + 'the principal sum of $15,150,000. (a) Definitions. i. "Accelerated Maturity '
        'Date" shall mean April 30, 2003.'
    )
    assert _value(found, "maturity") is None


def test_a_line_of_credit_agreements_customer_and_maximum_credit() -> None:
    found = extract_text(
        "EXAMPLE LINE OF CREDIT AGREEMENT\nThe Customer referred to below has applied for, and "
        'Example Trust and Savings Bank, Chicago, Illinois ("Bank"), has approved a line of '
        "credit.\nName of Customer: EXAMPLE BANKSHARES, INC..\nAmount of Maximum Credit: "
        "$40,000,000\n"
    )
    assert _value(found, "borrower") == "EXAMPLE BANKSHARES, INC."
    assert _value(found, "commitment") == Decimal("40000000")


def test_names_under_labels_across_a_tables_bars() -> None:
    found = extract_text(
        "REVOLVING LINE OF CREDIT PROMISSORY NOTE\n|\nBorrower:\n|\nFrederick Example Bancorp, "
        "Inc.\n|\n|\nLender:\n|\nAtlantic Example Bankers Bank\n|\nPROMISE TO PAY. Borrower "
        "promises to pay to the Lender the principal amount of $2,000,000.00."
    )
    assert _value(found, "borrower") == "Frederick Example Bancorp, Inc."
    assert _value(found, "lender") == "Atlantic Example Bankers Bank"


def test_the_us_small_business_administration_and_its_aggregate_installment() -> None:
    found = extract_text(
        "For value received, the SSBIC hereby promises to pay to the order of the U.S. Small "
        'Business Administration ("SBA") the principal sum of $3,571,578 and to pay principal '
        "and interest in the aggregate amount of $169,872.52 quarterly on July 1, 1993."
    )
    assert _value(found, "lender") == "U.S. Small Business Administration"
    assert _value(found, "schedule.installment") == Decimal("169872.52")


def test_interest_only_payments_due_from_a_first_payment_day() -> None:
    found = extract_text(
        PROMISE
        + "the principal sum of $8,193,774.44, with interest at the rate of 8.75% per annum "
        "payable interest only in the amount of $59,746.27 on the first day of each month, with "
        "the first payment due on December 1, 1995."
    )
    assert _value(found, "schedule.first_payment") is None


@pytest.mark.parametrize(
    ("words", "rate"),
    [
        ("No interest shall accrue or be payable on the principal amount of this Note.", "0"),
        (
            "accruing from the date hereof at an annual rate equal to six percent (6%), provided "
            "that the rate shall not exceed the maximum rate permitted by law.",
            "0.06",
        ),
    ],
)
def test_rates_in_other_words(words: str, rate: str) -> None:
    found = extract_text(PROMISE + f"the principal sum of $2,500,000.00. {words}")
    assert _value(found, "interest.rate") == Decimal(rate)


def test_a_section_number_is_no_name_and_a_promise_to_repay() -> None:
    found = extract_text(
        'FOR VALUE RECEIVED, Example, Inc. ("Borrower") hereby promises to pay to [NAME OF '
        'HOLDER] or its permitted transferees pursuant to Section 3 (in each case, a "Holder") '
        "the principal sum of $[____]."
    )
    assert _value(found, "lender") is None
    found = extract_text(
        'I, ______________, promise to repay to California Example University, Los Angeles ("Employer") '
        "the total amount of the moneys which are paid by Employer to me, at an interest rate of "
        "ten percent (10%) which shall commence to run on the unpaid balance."
    )
    assert _value(found, "lender") == "California Example University, Los Angeles"
    assert _value(found, "interest.rate") == Decimal("0.10")
    assert _value(found, "interest.default_margin") is None


# -- the nineteenth round: heldout-ar's and heldout-as's misses -----------------------------------


def test_a_margin_with_a_parenthesis_before_in_excess_of_the_index() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $2,000,000. The unpaid principal shall bear interest at a "
        "daily rate equal to the daily rate equivalent of 0.0% per annum (computed on the basis of "
        "a 360-day year and actual days elapsed) in excess of the rate of interest announced by "
        "Bank as its prime or base rate."
    )
    assert _value(found, "interest.rate") is None


def test_an_index_defined_as_the_banks_prime_rate_and_payments_of_interest_only() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned DVL EXAMPLE HOLDINGS, LLC, a Delaware limited "
        "liability company with principal place of business at Heron Tower, 00 Xxxx 00xx Xxxxxx, "
        '0xx Xxxxx, Xxx Xxxx, XX 00000 ("Holdings") and DVL EXAMPLE, INC., a Delaware corporation '
        "with principal place of business at Heron Tower, 00 Xxxx 00xx Xxxxxx, 0xx Xxxxx, Xxx "
        'Xxxx, XX 00000 ("DVL") (Holdings and DVL are sometimes referred to herein individually as '
        'a "Borrower" and collectively as "Borrowers") hereby jointly and severally promise to pay '
        "to the order of EXAMPLE NATIONAL BANK the principal sum of $1,400,000.00.\n(a) Commencing "
        "January 28, 2005, and on the same day of each calendar month thereafter, Borrowers will "
        "make consecutive monthly payments of interest only as it accrues.\n(b) On or before "
        "December 28 in each calendar year hereafter, Borrowers will make a principal installment "
        "payment of $50,000.00 per year.\n2. Interest. The interest rate on the Loan shall be a "
        'variable per annum rate equal to the sum of an "Index" plus a "Margin." The "Index" '
        'shall be Bank\'s "prime rate".'
    )
    assert _value(found, "borrower") == "DVL EXAMPLE HOLDINGS, LLC"
    assert _value(found, "schedule.first_payment") != dt.date(2005, 1, 28)
    assert _value(found, "schedule.frequency") == "annual"
    assert _value(found, "interest.floating.index") == "PRIME"


def test_a_defined_term_as_the_maker_is_not_its_name() -> None:
    found = extract_text(
        "CREDIT FACILITY NOTE\nLEGAL NAME:               Example Partners Investment Corporation\n"
        'STATE OF INCORPORATION:    CA\n(hereinafter referred to as "CUSO")\n'
        "FOR VALUE RECEIVED, CUSO promises to pay to the order of Members Example the principal "
        "sum of $100,000,000.00 on the first to occur (i) demand or (ii) the maturity date."
    )
    assert _value(found, "borrower") == "Example Partners Investment Corporation"
    assert _value(found, "demand") is True


def test_a_loan_kind_defined_with_is_a_is_a_definition() -> None:
    found = extract_text(
        PROMISE + 'the principal sum of $100,000,000.00. A "Demand Loan" is a loan with a maximum '
        "term of one (1) year and a variable rate, with the Wall Street Journal Prime Rate as the "
        "index plus or minus a spread."
    )
    finding = found.get("interest.floating.index")
    assert finding is None or finding.confidence < Decimal("0.90")


@pytest.mark.parametrize(
    ("words", "field", "value"),
    [
        (
            "No interest shall accrue on the Principal Amount of this Note.",
            "interest.rate",
            Decimal(0),
        ),
        (
            "This Note shall be due and payable in full on the earlier of (a) January 1, 2005, and "
            "(b) the sixtieth (60th) day following the termination of the Executive's employment.",
            "maturity",
            dt.date(2005, 1, 1),
        ),
        (
            "or such lesser amount as may be due in accordance with the following paragraph, "
            "without interest thereon.",
            "interest.rate",
            Decimal(0),
        ),
    ],
)
def test_no_interest_and_the_earlier_of_a_and_b(words: str, field: str, value: object) -> None:
    found = extract_text(PROMISE + f"the principal sum of $1,000,000, {words}")
    assert _value(found, field) == value


def test_a_maker_referred_to_as_and_a_blank_payee_described_only() -> None:
    found = extract_text(
        "Example Energy Corporation, a Texas corporation whose address is 710 North Post Oak Road, "
        'Houston, Texas 77024 (hereinafter referred to as "Example" or the "Company"), for value '
        'received, hereby promises to pay to ________________, a Texas Business (the "Payee"), '
        "the sum of $100,000."
    )
    assert _value(found, "borrower") == "Example Energy Corporation"
    assert _value(found, "lender") is None


# -- the twentieth round: heldout-at's and heldout-au's misses ------------------------------------


def test_a_year_computed_as_if_it_had_365_days() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $1,000,000, with interest at 5% per annum (computed, for "
        "actual days elapsed, as if each full calendar year consisted of 365 days)."
    )
    assert _value(found, "interest.day_count") == "ACT/365F"


def test_principal_which_may_be_borrowed_repaid_and_reborrowed() -> None:
    found = extract_text(
        PROMISE
        + "the principal sum of $8,000,000. This Note shall constitute the terms of payment "
        "of principal which may be borrowed, repaid and reborrowed from time to time."
    )
    assert _value(found, "revolving") is True


def test_a_vendors_lien_secures_the_note() -> None:
    found = extract_text(
        PROMISE
        + "the principal sum of $1,000,000. The Company consents to the giving of this Note "
        "and the related Vendor's lien and Deed of Trust by Buyer."
    )
    assert _value(found, "secured") is True


def test_a_merge_field_a_pointer_to_a_schedule_and_a_title_are_no_names() -> None:
    found = extract_text(
        "CONVERTIBLE SUBORDINATED PROMISSORY NOTE\nExample Corporation, a Delaware corporation "
        '(the "Company"), for value received, hereby promises to pay to Name~ (the "Holder") the '
        "principal sum of $100,000."
    )
    assert _value(found, "borrower") == "Example Corporation"
    assert _value(found, "lender") is None
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned promises to pay to the order of SEE ATTACHED "
        'SCHEDULE "A" (the "Lenders") the principal sum of $19,000,000.'
    )
    assert _value(found, "lender") is None


def test_a_defined_first_payment_date_and_a_forms_expiry_date() -> None:
    found = extract_text(
        "MORTGAGE NOTE\nNEW YORK September 21, 2001 $2,500,000.00\n" + PROMISE + "the principal "
        'sum of $2,500,000.00.\nDEFINITIONS.\n2. "First Payment Date" shall mean the first day '
        'of November, 2001.\n3. "Maturity Date" shall mean October 1, 2011.'
    )
    assert _value(found, "schedule.first_payment") == dt.date(2001, 11, 1)
    assert _value(found, "issue_date") == dt.date(2001, 9, 21)
    found = extract_text(
        "Surplus Cash Note / U.S. Department of Housing\nOMB Approval No. 2502-0598\n(Exp. "
        "06/30/2017)\n______(Maker) promises to pay to ______(Payee) the sum of ______Dollars."
    )
    assert _value(found, "issue_date") is None


# -- the twenty-first round: heldout-av's and heldout-aw's misses ---------------------------------


def test_the_greater_of_a_floor_and_the_sum_of_a_margin_and_libor() -> None:
    found = extract_text(
        PROMISE
        + "the principal sum of $5,000,000.\n1. Interest Rate.\n(a) Interest shall accrue at the "
        "rate which is equal to the greater of:\n(i) six percent (6.00%), or\n(ii) the sum of: "
        "(A) two and one-half percent (2.50%) and (B) the LIBOR Rate (as hereinafter defined) "
        "then in effect."
    )
    assert _value(found, "interest.floating.index") == "LIBOR"
    assert _value(found, "interest.floating.margin") == Decimal("0.025")
    assert _value(found, "interest.floating.floor") == Decimal("0.06")
    assert _value(found, "interest.rate") is None


def test_a_mortgage_securing_this_promissory_note() -> None:
    for words in (
        "THE MORTGAGE AND SECURITY AGREEMENT SECURING THIS PROMISSORY NOTE WAS RECORDED.",
        "As security for payment of this Promissory Note, the undersigned shall execute a "
        "Mortgage.",
    ):
        found = extract_text(PROMISE + "the principal sum of $400,000. " + words)
        assert _value(found, "secured") is True, words


def test_a_housing_and_redevelopment_authority_after_to_colon() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, Example Partners LP, a Minnesota limited partnership, hereby "
        "promises to pay to: the Housing and Redevelopment Authority in and for the City of "
        'Example Falls, a public body corporate and politic (hereinafter referred to as "Lender"), '
        "the principal sum of $400,000."
    )
    assert _value(found, "lender") == (
        "Housing and Redevelopment Authority in and for the City of Example Falls"
    )


def test_a_payees_description_with_no_comma_before_it() -> None:
    found = extract_text(
        "The undersigned promises to pay to: EXAMPLE HOLDINGS, INC. A CALIFORNIA CORPORATION. or "
        'order ("Lender"), the principal sum of $100,000.'
    )
    assert _value(found, "lender") == "EXAMPLE HOLDINGS, INC."


def test_a_prime_rate_subtitle_under_the_title() -> None:
    found = extract_text(
        "DEMAND GRID PROMISSORY NOTE\n\nPRIME RATE\n\n$350,000.00\n\n" + PROMISE + "the "
        "principal amount of $350,000.00 ON DEMAND, with interest at the rate hereinafter "
        "specified."
    )
    assert _value(found, "interest.floating.index") == "PRIME"


def test_interest_on_overdue_amounts_at_a_rate_is_a_default_rate() -> None:
    found = extract_text(
        PROMISE
        + "the principal sum of $100,000, with interest at a per annum rate equal to 5.81%. In "
        "addition, the Borrower shall pay on demand interest on any overdue payment of principal "
        "and interest (to the extent legally enforceable) at 7.81%."
    )
    assert _value(found, "interest.default_rate") == Decimal("0.0781")
    assert _value(found, "interest.rate") == Decimal("0.0581")


def test_a_forms_edition_date_is_no_note_date() -> None:
    found = extract_text(
        "FSA-1940-17 U.S. DEPARTMENT OF AGRICULTURE\n\n(10-26-99) Farm Service Agency\n\n"
        "PROMISSORY NOTE\n\n5. Date\n\nFOR VALUE RECEIVED, the undersigned promises to pay to the "
        "order of the United States of America the principal sum of ______ dollars."
    )
    assert _value(found, "issue_date") is None
    found = extract_text(
        "Form 1234 (Rev. 10/26/99)\nPROMISSORY NOTE\n" + PROMISE + "the principal sum of $1,000."
    )
    assert _value(found, "issue_date") is None


def test_four_months_of_each_year_are_quarterly() -> None:
    found = extract_text(
        PROMISE
        + "the principal sum of $9,000,000. Commencing on the first day of July, 1986 and on the "
        "first day of each October, January, April and July thereafter through April 1, 1991, "
        "the undersigned shall pay equal installments of principal each in the amount of $450,000."
    )
    assert _value(found, "schedule.frequency") == "quarterly"


def test_an_applicant_named_on_a_forms_filled_line() -> None:
    found = extract_text(
        "PROMISSORY NOTE\n(Deferred Payment Loan)\nApplicant Name(s) Jane Q. Example, Trustee "
        'Date: August 8 2008\nFOR VALUE RECEIVED, the undersigned ("Borrower") hereby promises to '
        "pay to the CITY OF EXAMPLE the principal sum of $35,000.00."
    )
    assert _value(found, "borrower") == "Jane Q. Example, Trustee"


def test_a_templates_placeholders_are_no_names_but_its_period_is_read() -> None:
    found = extract_text(
        'FOR VALUE RECEIVED Borrower Name, a Texas Ownership Structure ("Borrower"), promises to '
        'pay to the order of Example Lending Fund ("Lender") the principal sum of Loan Amount '
        "Dollars ($XX,XXX.XX).\nc) Installments of principal and interest in the amount of "
        "Monthly P & I Payment and XX/100 Dollars ($X,XXX.XX), shall be due and payable monthly "
        "commencing on the 1st day of Month, 20XX."
    )
    assert _value(found, "borrower") is None
    assert _value(found, "schedule.frequency") == "monthly"


def test_a_table_of_payments_a_year_apart() -> None:
    found = extract_text(
        PROMISE
        + "the sum of $1,015,099.\n(c) Borrower shall make the following principal payments "
        "under this Note:\nPayment Date Principal Payment Interest Payment\nDecember 1, 1995 "
        "79,958 $20,042\nDecember 1, 1996 40,355 13,645\nDecember 1, 1997 43,583 10,417\n"
        "December 1, 1998 86,626 6,930\nIn the event Borrower punctually makes the foregoing "
        "payments, the remainder is forgiven."
    )
    assert _value(found, "schedule.first_payment") == dt.date(1995, 12, 1)
    assert _value(found, "schedule.frequency") == "annual"
    assert _value(found, "schedule.payments") is None
    uneven = extract_text(
        PROMISE + "the sum of $100.\nPayment Date Amount\nDecember 1, 1995 $10\nMarch 1, 1996 $10"
        "\nDecember 1, 1996 $10\n"
    )
    assert _value(uneven, "schedule.frequency") is None


# -- the twenty-second round: heldout-ax's and heldout-az's misses --------------------------------


def test_a_laser_pro_header_run_into_one_line_gives_the_maturity() -> None:
    found = extract_text(
        "PROMISSORY NOTE Principal Loan Date Maturity Loan No Call Collateral $176,755.00 "
        "11-30-1998 11-30-1999 93327 41 2 References in the shaded area are for Lender's use "
        'only. Date of Note: November 30, 1998 PROMISE TO PAY. EXAMPLE GROUP, LLC. ("Borrower") '
        'promises to pay to the order of EXAMPLE BANK ("Lender") the sum of $176,755.00.'
    )
    assert _value(found, "maturity") == dt.date(1999, 11, 30)
    assert _value(found, "issue_date") == dt.date(1998, 11, 30)


def test_the_maturity_read_by_its_column_beside_a_mistyped_loan_date() -> None:
    found = extract_text(
        "                                PROMISSORY NOTE\n<TABLE>\n"
        " Principal         Loan Date        Maturity        Loan No.        Officer\n"
        "<S>               <C>              <C>              <C>             <C>\n"
        "$750,000.00       10-11-2003       04-24-2002                       JBS\n"
        "</TABLE>\nDate of Note: October 11, 2001\n"
        'PROMISE TO PAY. Example Bank ("Borrower") promises to pay to The Bankers Bank '
        '("Lender") the sum of $750,000.00.'
    )
    assert _value(found, "maturity") == dt.date(2002, 4, 24)


def test_a_default_rate_over_an_index_is_no_margin_over_the_notes_rate() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $5,000,000. The rate of interest on each Loan shall be the "
        "interest rate which shall be determined for each Loan by agreement between Company and "
        "Bank. All past due amounts shall bear interest at a per annum interest rate equal to the "
        "Prime Rate plus one percent (1%)."
    )
    assert _value(found, "interest.default_margin") is None
    assert Decimal("0.01") in offered(found, "interest.default_margin")


def test_a_misspelt_opening_and_on_demand_are_no_part_of_a_name() -> None:
    found = extract_text(
        "FOR VALUED RECEIVED, Example Housing Corporation, a California nonprofit public benefit "
        'corporation ("Borrower"), promises to pay to the City of Example ("City") the principal '
        "sum of $1,000,000."
    )
    assert _value(found, "borrower") == "Example Housing Corporation"
    found = extract_text(
        "COMMERCIAL DEMAND NOTE\n$100,000.00\nON DEMAND, the undersigned promises to pay to the "
        "order of Example Recovery Limited Partnership the principal sum of $100,000.00."
    )
    assert _value(found, "borrower") is None


def test_interest_from_the_date_hereof_in_monthly_payments_is_no_schedule() -> None:
    found = extract_text(
        PROMISE
        + "the principal sum of $100,000.00 ON DEMAND. From the date hereof interest on the daily "
        "outstanding principal balance for the actual number of days elapsed in each payment "
        "period shall be due and payable in monthly payments in arrears commencing November 1, "
        "2001 and continuing on the 1st day of each month thereafter."
    )
    assert _value(found, "schedule.frequency") is None


def test_a_federal_administration_as_administrator_of_a_fund_is_the_payee() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned, [Credit Union Name] (Borrower) promises to pay to "
        "the order of the National Credit Union Administration as administrator of the Community "
        "Development Revolving Loan Fund (NCUA), the principal sum of $[Loan Amount]."
    )
    assert _value(found, "lender") == "National Credit Union Administration"


def test_a_secured_title_in_parentheses_and_repay_upon_demand() -> None:
    found = extract_text(
        "PROMISSORY NOTE\n(Secured)\n" + PROMISE + "the principal sum of $840,000."
    )
    assert _value(found, "secured") is True
    found = extract_text(
        PROMISE + "the sum of $150,436.\n1. RATE. The Borrower shall pay interest at the rate of "
        "9.75%.\n2. REPAYMENT TERMS. The Borrower will repay this Note upon demand."
    )
    assert _value(found, "demand") is True
