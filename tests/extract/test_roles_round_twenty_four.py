"""The twenty-fourth round of issue 16: the misses read on ``heldout-bb`` and ``heldout-bc`` after
their one score — each written here as a short note of its own (not the corpus text), so that the
rule is held by the words that make it, not by one document."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import PROMISE, offered
from role_notes import value as _value

from promissory.extract import extract_text

# -- parties ----------------------------------------------------------------------------------


def test_names_in_the_cells_under_a_tables_labels() -> None:
    found = extract_text(
        "MODIFICATION PROMISSORY NOTE\n$1,000,000.00 | January 16, 2009 |\n"
        "BORROWER NAME AND ADDRESS: | LENDER NAME AND ADDRESS: |\n|\n"
        "EXAMPLE BANCORP. | EXAMPLE BANK, N.A. (Bank) |\n"
        "a Delaware corporation (Borrower) | 1 Main Street, |\n"
        "Borrower promises to pay to the order of Bank the sum of $1,000,000.00."
    )
    assert _value(found, "borrower") == "EXAMPLE BANCORP."
    assert _value(found, "lender") == "EXAMPLE BANK, N.A."


def test_joint_makers_each_a_corporation_promising_jointly_and_severally() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, EXAMPLE-LINE, INC., EXAMPLE-SIGN, INC. and EXAMPLE MARKETING "
        'SERVICES, INC., each a Tennessee corporation (collectively, the "Borrower"), hereby '
        "promise, jointly and severally, to pay to the order of EXAMPLE BANK, a national banking "
        'association (the "Bank"), the principal amount of $9,500,000.'
    )
    assert _value(found, "borrower") == "EXAMPLE-LINE, INC."
    found = extract_text(
        "FOR VALUE RECEIVED, Example Holdings, LLC and Other Example Holdings, LLC, both Georgia "
        "Limited Liability Companies, (collectively the Borrower) promise to pay to the order of "
        "Example City Bank the principal sum of $6,950,000.00."
    )
    assert _value(found, "borrower") == "Example Holdings, LLC"


def test_a_payees_defined_term_run_into_its_name() -> None:
    found = extract_text(
        'FOR VALUE RECEIVED,the undersigned Example Strategies, Inc. ("Borrower") promises to pay '
        'to the order of Jane Q. Example("Example")athisoffice, the principal sum of $10,000.'
    )
    assert _value(found, "lender") == "Jane Q. Example"


def test_a_first_person_note_signed_below_and_its_sum_in_words() -> None:
    found = extract_text(
        "Minneapolis, Minn., July 3, 1922.\n\nTwo months after date I promise to pay to the order "
        "of John Example five hundred dollars, with interest at 6%.\n\nPhilip Example\n\nThe maker "
        "might write otherwise."
    )
    assert _value(found, "borrower") == "Philip Example"
    assert _value(found, "lender") == "John Example"
    assert _value(found, "commitment") == Decimal("500.00")


def test_a_county_that_is_justly_indebted_to_the_bearer() -> None:
    found = extract_text(
        "SANITARY SEWER BOND ANTICIPATION NOTE\nThe County of Example, a municipal corporation in "
        "the State\nof North Carolina, is justly indebted and for value received\nhereby promises "
        "to pay to the bearer on the 16th day of March,\n1988, the principal sum of\nTHOUSAND "
        "DOLLARS\nand to pay interest thereon at the rate of six per centum (6%) per annum."
    )
    assert _value(found, "borrower") == "County of Example"
    assert _value(found, "maturity") == dt.date(1988, 3, 16)


def test_a_templates_parties_filled_in_quotes() -> None:
    found = extract_text(
        'FOR VALUE RECEIVED, the undersigned, "Daniel", an individual residing at "1 Main Street" '
        '(“Maker”), hereby promises to pay to the order of "Clause Inc.", a CORP, having offices '
        'at "1 Fifth Ave", or its successors and permitted assigns (“Lender”), the principal sum '
        "of 500.00 USD."
    )
    assert _value(found, "borrower") == "Daniel"
    assert _value(found, "lender") == "Clause Inc."


# -- amounts and dates ------------------------------------------------------------------------


def test_a_recited_earlier_notes_date_and_amount_are_not_this_notes() -> None:
    found = extract_text(
        "MODIFICATION PROMISSORY NOTE\n$7,528,870.98 January 16, 2009\n"
        "WHEREAS, Borrower executed and delivered to Bank a Promissory Note With Revolving "
        "Feature dated as of January 16, 2008 in the maximum principal amount of Eight Million "
        "and 00/100 Dollars ($8,000,000.00) of which $7,528,870.98 remains outstanding (the "
        "Original Note);\nBorrower promises to pay to the order of Bank the sum of Seven Million "
        "Five Hundred Twenty Eight Thousand Eight Hundred Seventy and 98/100 Dollars "
        "($7,528,870.98)."
    )
    assert _value(found, "commitment") == Decimal("7528870.98")
    assert _value(found, "issue_date") != dt.date(2008, 1, 16)


def test_an_agreement_dated_well_after_its_name_dates_no_note() -> None:
    found = extract_text(
        "SECURED PROMISSORY NOTE\n$400,000.00\nJune 16, 2009\n" + PROMISE + "the sum of "
        "$400,000.00. This Note has been executed pursuant to (i) an Owner Participation "
        "Agreement executed by and between Borrower and the Redevelopment Agency of the City of "
        'Example ("Agency") dated as of May 3, 2006.'
    )
    assert _value(found, "issue_date") == dt.date(2009, 6, 16)


def test_a_loan_sum_and_an_installment_payable_each_month_after_a_web_pages_prose() -> None:
    found = extract_text(
        "The example note below has a principal of 100,000, paid back monthly over five years, "
        "with an interest of 6%. Any spreadsheet can calculate the payment. For this example it "
        "is $1,933.28. The final note would appear as follows:\n*** Simple Promissory Note ***\n"
        "I, BORROWER, do promise to "
        "pay LENDER the loan sum of $100,000.  Repayment will be made in 60 equal payments at 6% "
        "annual interest, or $1933.28 payable on the 1st of each month, beginning START DATE."
    )
    assert _value(found, "commitment") != Decimal("1933.28")
    assert Decimal("100000.00") in [_value(found, "commitment"), *offered(found, "commitment")]
    assert _value(found, "schedule.installment") == Decimal("1933.28")


# -- interest ---------------------------------------------------------------------------------


def test_a_floor_after_an_index_and_a_year_chosen_by_the_kind_of_loan() -> None:
    found = extract_text(
        PROMISE + "the sum of $1,000,000. The unpaid principal balance shall bear interest at the "
        "greater of (a) the Prime Referenced Rate plus the Applicable Margin, or (b) six percent "
        "(6.0%) per annum. Interest accruing hereunder shall be computed on the basis of a 360 "
        "day year if this Note evidences a business or commercial loan or a 365/366-day year if "
        "a consumer loan, and shall be assessed for the actual number of days elapsed."
    )
    assert _value(found, "interest.floating.floor") == Decimal("0.06")
    assert _value(found, "interest.rate") is None
    assert _value(found, "interest.day_count") is None
    assert {"ACT/360", "ACT/365F"} <= set(offered(found, "interest.day_count"))


def test_rates_the_borrower_elects_and_a_title_naming_two_indexes() -> None:
    found = extract_text(
        "Master Revolving Note\nLIBOR-based Rate/Prime Referenced Rate\n" + PROMISE + "the sum "
        "of $6,000,000. Each of the Advances made hereunder shall bear interest at the LIBOR-based "
        "Rate plus the Applicable Margin or the Prime Referenced Rate plus the Applicable Margin, "
        "as elected by the undersign"
    )
    assert _value(found, "interest.floating.index") is None
    assert {"LIBOR", "PRIME"} <= set(offered(found, "interest.floating.index"))


# -- schedule, security, revolving --------------------------------------------------------------


def test_interest_on_the_principal_is_no_schedule_of_principal() -> None:
    found = extract_text(
        PROMISE + "the sum of $4,500,000. Borrower shall pay interest on all principal outstanding "
        "under this Note in monthly installments at the annual rate of one percent (1.0%) above "
        "the Base Rate."
    )
    assert _value(found, "schedule.frequency") is None
    found = extract_text(
        PROMISE + "the sum of $10,000,000, payable as follows:\nA. Beginning on August 1, 1997 and "
        "on the first (1st) day of each calendar month thereafter, Borrower shall pay interest on "
        "the outstanding principal amount of advances evidenced hereby."
    )
    assert _value(found, "schedule.first_payment") is None


def test_a_deed_of_trust_note_by_its_title_alone_is_offered_secured() -> None:
    # (inferred in the twenty-fourth round; offered, not proposed, since the twenty-ninth)
    found = extract_text("DEED OF TRUST NOTE\n" + PROMISE + "the sum of $10,000,000.")
    assert found.get("secured") is None
    assert True in offered(found, "secured")


def test_advances_repaid_and_requested_again_and_re_advances_of_sums_repaid() -> None:
    for clause in (
        "The Borrower may request advances, repay and request additional advances hereunder.",
        "The indebtedness may include re-advances of sums previously repaid under this Note.",
    ):
        found = extract_text(PROMISE + "the sum of $50,000,000. " + clause)
        assert _value(found, "revolving") is True, clause
