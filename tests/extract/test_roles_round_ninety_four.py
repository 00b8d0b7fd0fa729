"""The ninety-fourth round of issue 16 (thirtieth session): borrowers the rules missed on parts
seen before — a maker after a section heading broken over lines ("1. Principal and\\nInterest.\\n
PACIFIC BEACH BIOSCIENCES, INC. (the “Company”)", ``heldout-dz`` 1635), a run-in label's name
broken over two lines ("Borrower: MOODY NATIONAL\\nYALE-SEATTLE HOLDING, LLC, a Delaware …",
``heldout-co`` 1163), a bank form's "Borrower Name" with no colon (``heldout-ci`` 1101); and
what the thirtieth session's first draw (``heldout-lb`` … ``heldout-lf``) showed: a court's "The
note is dated …", "interest from its maturity", a judgment's rate.

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import value as _value

from promissory.extract import extract_text


def test_a_maker_after_a_section_heading_broken_over_lines() -> None:
    found = extract_text(
        "CONVERTIBLE NOTE\n$2,000,000\nJanuary 15, 2009\n1. Principal and\nInterest.\nACME "
        "ROBOTICS,\nINC. (the “Company”), a Delaware\ncorporation, for value received, hereby "
        "promises to pay to the order of FIRST CAPITAL PARTNERS,\nLLC (“Holder”), the principal "
        "amount of Two Million Dollars ($2,000,000).\n"
    )
    assert _value(found, "borrower") == "ACME ROBOTICS, INC."
    assert _value(found, "lender") == "FIRST CAPITAL PARTNERS, LLC"


def test_a_run_in_labels_name_broken_over_two_lines() -> None:
    found = extract_text(
        "PROMISSORY NOTE\nLOAN TERMS TABLE Lender: Big Bank National Association, a national "
        "banking\nassociation, its successors and assigns Loan No.: 1234 Borrower: GRAND HARBOR\n"
        "HOTEL HOLDING, LLC, a Delaware limited liability company Borrower’s\nAddress: 12 Main "
        "Street, Houston, Texas 77057 Original Principal Amount: $45,000,000.00\n"
    )
    assert _value(found, "borrower") == "GRAND HARBOR HOTEL HOLDING, LLC"
    assert _value(found, "lender") == "Big Bank National Association"


def test_a_run_in_label_ends_its_name_before_the_next_lines_label() -> None:
    found = extract_text(
        "PROMISSORY NOTE\nBorrower: ACME INC.\nAddress of Lender: 12 Main St\nLender: First Bank\n"
    )
    assert _value(found, "borrower") == "ACME INC."
    assert _value(found, "lender") == "First Bank"


def test_a_bank_forms_borrower_name_with_no_colon() -> None:
    found = extract_text(
        "CREDIT LINE NOTE\nBorrower Name ACME RENTALS CORP., a California corporation | ||||\n"
        "Borrower Address 12 Main Street |\nMay 13, 2004 |\nFOR VALUE RECEIVED, on July 2, 2007, "
        "the undersigned (“Borrower”) promises to pay to the order of GOLDEN STATE BANK, N.A. "
        "(“Bank”) the principal sum of Five Million Dollars ($5,000,000).\n"
    )
    assert _value(found, "borrower") == "ACME RENTALS CORP."
    assert _value(found, "lender") == "GOLDEN STATE BANK, N.A."


def test_a_courts_note_is_dated_and_bears_interest_from_maturity() -> None:
    found = extract_text(
        "Court of Appeal, Fourth Circuit.\nNovember 8, 1972.\nThis suit on a promissory note was "
        "brought by the holder against the maker. The note is dated May 6, 1968, payable to "
        "bearer on demand, in the face amount of $5,750. It bore 8% per annum interest from its "
        "maturity until paid.\n"
    )
    assert _value(found, "issue_date") == dt.date(1968, 5, 6)
    assert _value(found, "interest.default_rate") == Decimal("0.08")
    assert _value(found, "interest.rate") is None


def test_a_judgments_rate_is_offered_not_proposed() -> None:
    found = extract_text(
        "The note is dated May 6, 1968, in the face amount of $5,750. After a trial on the "
        "merits, there was judgment in favor of the plaintiff for $5,750, with 8% per annum "
        "interest from May 12, 1969 until paid.\n"
    )
    assert _value(found, "interest.rate") is None
    assert Decimal("0.08") in [c.value for c in found.candidates if c.field == "interest.rate"]


def test_a_late_charge_by_the_month_is_offered_not_proposed() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, ACME INC. promises to pay to FIRST BANK the principal amount of "
        "Twenty Thousand Dollars ($20,000), without interest. If any Payment is not paid within "
        "ten (10) days after any Due Date, ACME shall pay a late payment charge equal to one "
        "percent (1%) per month of the amount of the Payment from such Due Date until paid.\n"
    )
    assert _value(found, "late_charge") is None
    assert Decimal("0.01") in [c.value for c in found.candidates if c.field == "late_charge"]


def test_the_date_of_a_superseded_note_made_by_its_parties() -> None:
    found = extract_text(
        "AMENDED AND RESTATED LOAN NOTE\n$9,000,000\nMay 26, 2010\nThis Amended and Restated Loan "
        "Note amends, restates and supersedes in its entirety, the Revolving Loan Note, made by "
        "Old Bancorp (“Bancorp”) to Northeast Bankers’ Bank (“Lender”), dated September 16, 2008. "
        "For value received, ACME FINANCIAL, INC. promises to pay to the order of NORTHEAST "
        "BANKERS’ BANK the principal amount of NINE MILLION DOLLARS ($9,000,000).\n"
    )
    assert _value(found, "issue_date") == dt.date(2010, 5, 26)


def test_values_stacked_under_labels_in_the_same_order() -> None:
    found = extract_text(
        "LINE OF CREDIT NOTE |\nPrincipal Amount: |\nMaturity Date of Note: |\nDate of Note: |\n"
        "|\nU.S. $25,000,000.00 |\nMarch 4, 2006 |\nDecember 31, 2003 |\n|\nPROMISE TO PAY. ACME "
        'OIL, INC. ("Borrower") promises to pay to the order of GULF NATIONAL BANK ("Lender") '
        "the sum of twenty five million and 00/100 dollars (U.S. $25,000,000.00).\n"
    )
    assert _value(found, "maturity") == dt.date(2006, 3, 4)
    assert _value(found, "issue_date") == dt.date(2003, 12, 31)


def test_a_rate_until_a_day_or_any_default_is_no_default_rate() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, ACME INC. promises to pay to the order of FIRST BANK the principal "
        "sum of $10,000.00.\n(a) Interest. From and after the date hereof (until January 31, 2007 "
        "or any Default (as hereinafter defined) occurring prior thereto), interest shall accrue "
        "at the rate which is equal to the sum of one hundred fifty (150) basis points plus the "
        "“Atlanta Prime” (as hereinafter defined) per annum.\n"
    )
    assert _value(found, "interest.floating.margin") == Decimal("0.0150")
    assert _value(found, "interest.floating.index") == "PRIME"


def test_the_words_defining_the_prime_rate_do_not_dispute_it() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, ACME INC. promises to pay on demand to the order of FIRST BANK the "
        "principal sum of $1,000,000.00. The principal balance shall bear interest at a per annum "
        "rate equal to One Percent (1%) above the Prime Rate (as hereinafter defined).\nPrime Rate "
        "means the rate per annum from time to time established by the Bank as the Prime Rate or, "
        "in the discretion of the Bank, the base, reference or other rate then designated by the "
        "Bank for general commercial loan reference purposes, it being understood that such rate "
        "is a reference rate, not necessarily the lowest.\n"
    )
    assert _value(found, "interest.floating.index") == "PRIME"


def test_a_date_is_no_makers_name() -> None:
    found = extract_text(
        'On or before December I, 2037 (the "Maturity Date"), for value received, the '
        'undersigned Borrower promises to pay to Acme Molding Company ("Lender") or order the '
        "principal sum of Six Hundred Thousand Dollars ($600,000).\n"
    )
    assert _value(found, "borrower") is None
    assert _value(found, "lender") == "Acme Molding Company"


def test_the_secured_title_of_the_note_this_one_restates_is_not_its_own() -> None:
    found = extract_text(
        "SECOND AMENDED AND RESTATED LOAN AGREEMENT and 10% PROMISSORY NOTE\n$250,000 | April 14, "
        "2007 |\nFor value received, Acme Bio, Inc. (the “Maker”) hereby promises to pay to the "
        "order of Toucan Partners, LLC (the “Holder”), the principal amount of Two Hundred Fifty "
        "Thousand Dollars ($250,000.00) upon written demand by Holder at any time on or after "
        "June 30, 2007.\nThis Note amends and restates in its entirety that certain Acme Bio, "
        "Inc. Loan Agreement, Security Agreement and 10% Secured Promissory Note dated December "
        "30, 2005.\n"
    )
    assert _value(found, "secured") is None
    assert _value(found, "demand") is True


def test_a_rate_in_thousandths_in_words() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, ACME PLACE ASSOCIATES promises to pay to the order of FIRST BANK the "
        "principal sum of TWO MILLION EIGHT HUNDRED THOUSAND AND 00/100 DOLLARS ($2,800,000.00) "
        "together with interest at the rate of Nine and One Hundred Twenty-Five Thousandths "
        '(9.125%) percent per annum (the "Note Rate").\n'
    )
    assert _value(found, "interest.rate") == Decimal("0.09125")


def test_a_margin_it_will_be_reduced_to_is_a_later_step() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, ACME ASSOCIATES promises to pay to the order of FIRST BANK the "
        "principal sum of $13,750,000.00. Interest shall be charged on the outstanding principal "
        "balance at a rate equal to 1-month LIBOR plus one and sixty-five hundredths per cent "
        '(1.65%) per annum ("LIBOR-Based Rate"). Upon full occupancy of the retail space at the '
        "Property, the interest rate will be reduced to 1-month LIBOR plus one and forty-five "
        "hundredths percent (1.45%) per annum.\n"
    )
    assert _value(found, "interest.floating.margin") == Decimal("0.0165")


def test_an_interest_rate_of_points_over_the_index_is_a_margin() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, ACME PLAZA, LTD. promises to pay to the order of FIRST BANK the "
        "principal sum of $1,650,000.00.\nBorrower will pay 12 consecutive monthly interest "
        "payments, beginning July 1, 1998, with interest calculated on the unpaid principal "
        "balances at an interest rate of 1.750 percentage points over the Index described below.\n"
    )
    assert _value(found, "interest.floating.margin") == Decimal("0.01750")


def test_the_date_of_the_agreement_a_note_is_given_under_is_not_its_own() -> None:
    found = extract_text(
        "PROMISSORY NOTE\nIn consideration of, and in connection with, the Settlement Agreement "
        "and Mutual Release entered into as of October 9, 1998, by and among plaintiff John Doe "
        '("Doe") and defendant, Acme Bone, Inc. ("Acme"), the undersigned, Acme, promises to pay '
        "to the order of Doe the principal amount of three hundred eighty one thousand dollars "
        "($381,000.00) in installments.\n"
    )
    assert _value(found, "issue_date") is None


def test_a_table_of_terms_run_into_one_line_between_rules() -> None:
    found = extract_text(
        "PROMISSORY NOTE (Bank Note A) DEFINED TERMS ---------------- ---------------- EXECUTION "
        "DATE: December 30, 2003 CITY AND STATE OF SIGNING: Atlanta, Georgia ---------------- "
        "---------------- AMOUNT: SIX MILLION AND NO/100 DOLLARS ($6,000,000.00) INTEREST RATE: "
        "The Interest Rate is set forth in Section 1 below. ---------------- BORROWER: Acme "
        "Center Plaza, LLC, a Georgia limited liability company. ---------------- HOLDER: "
        "MATURITY DATE: Big Bank, N.A. December 1, 2006 ----------------\n"
    )
    assert _value(found, "commitment") == Decimal("6000000.00")
    assert _value(found, "lender") is None


def test_a_default_add_on_rate_by_its_label() -> None:
    found = extract_text(
        "PROMISSORY NOTE/LOAN AGREEMENT\nLENDER: FARM CREDIT SERVICES, PCA\nLOAN AMOUNT: "
        "$15,000,000.00\nSTATED INTEREST RATE: 7.37%\nDEFAULT ADD-ON RATE:   2.00% will be added "
        "to the interest rate that would otherwise be in effect for this loan, if Borrowers "
        "default as explained in the Additional Provisions.\n"
    )
    assert _value(found, "interest.default_margin") == Decimal("0.0200")


def test_interest_alone_each_month_or_quarter_is_no_schedule() -> None:
    for words in (
        "Commencing on the first day of September 2001, all accrued and unpaid interest shall be "
        'due and payable on the first day of each calendar month (a "Payment Date").',
        "Interest payments are due Quarterly beginning on April 1, 2008. The remaining unpaid "
        "balance of the loan is payable in its entirety on the Maturity Date.",
    ):
        found = extract_text(
            "FOR VALUE RECEIVED, ACME INC. promises to pay to the order of FIRST BANK the principal "
            f"sum of $5,000,000.00 with interest at the Prime Rate plus 1.5% per annum. {words}\n"
        )
        assert _value(found, "schedule.frequency") is None, words


def test_a_floor_rate_defined_on_its_own() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, ACME RESORT, LLC promises to pay to the order of WESTERN BANK the "
        "principal sum of $31,000,000.00.\n“Interest Rate” shall mean a rate of interest at all "
        "times equal to the greater of: (i) 1.50% per annum above the Index Rate, or (ii) the "
        "Floor Rate.\n“Floor Rate” shall mean a rate of interest equal to five percent (5.00%) "
        "per annum.\n"
    )
    assert _value(found, "interest.floating.floor") == Decimal("0.05")
    assert _value(found, "interest.rate") is None


def test_a_rate_until_and_after_maturity_is_the_notes_rate() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, ACME TECHNOLOGIES, INC. promises to pay to the order of JOHN DOE the "
        "principal sum of $5,000,000.00. Interest shall begin to accrue as of February 1, 1996 on "
        "the principal amount outstanding from time to time until and after the maturity hereof "
        "(whether by stated maturity, acceleration or otherwise) and shall be payable at the rate "
        "of six percent (6%) per annum simple interest.\n"
    )
    assert _value(found, "interest.rate") == Decimal("0.06")
    assert _value(found, "interest.default_rate") is None


def test_what_runs_on_after_a_name_is_cut() -> None:
    for text, field, name in (
        (
            "For value received, the undersigned, Acme & Co., L.P., a\nMissouri limited "
            '("Broker"), hereby promises to pay to the\norder of The Boatmen\'s National Bank of '
            "St. Louis, One Boatmen's\nPlaza, 800 Market Street, St. Louis, Missouri, 63101 "
            '("Bank"), on\ndemand, the principal sum of $60,000,000.00.\n',
            "lender",
            "The Boatmen's National Bank of St. Louis",
        ),
        (
            "$1080. Salt Lake City, Utah, June 1, 1872. Sixty days after date I promise to pay to "
            "the order of D. B. Magee & Co., onethous-\nand and eighty dollars, without interest. "
            "JOHN M. MURPHY.\n",
            "lender",
            "D. B. Magee & Co.",
        ),
    ):
        assert _value(extract_text(text), field) == name


def test_a_place_a_dateline_or_spelled_out_letters_are_no_names() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, by execution and delivery of this Note, Acme\nInvestments S.a r.l., "
        "a company organized\nunder the laws of Luxembourg (the “Borrower”), hereby\npromises to "
        "pay to John Doe the principal sum of $25,941,051.\n"
    )
    assert _value(found, "borrower") != "Luxembourg"
    found = extract_text(
        "9th January 2013\nHarmonic Wind Inc., a Nevada corporation (“Borrower”), having an office "
        'at 3rd Floor, London, promises to pay to the order of Legacy Markets ("Lender"), the '
        "principal sum of FIFTY THOUSAND DOLLARS ($50,000).\n"
    )
    assert _value(found, "borrower") == "Harmonic Wind Inc."
    found = extract_text(
        "CERTIFICATE OF TIME DEPOSIT\nACME SAVINGS BANK\nThis is to Certify that B E A R E R has "
        "deposited in this Bank the sum of FOUR THOUSAND DOLLARS, payable to the bearer.\n"
    )
    assert _value(found, "lender") != "E A R E R"


#: A note's opening for the reviewer's cases below.
_P = (
    "FOR VALUE RECEIVED, ACME LLC promises to pay to the order of BETA BANK the principal amount "
    "of $60,000.00 "
)


def test_a_reviewers_notes_read_as_before_the_round() -> None:
    """A reviewer who never wrote these rules found readings the round had made wrong; each reads
    as it did before the round (or better)."""
    found = extract_text(
        _P + "with interest at six percent (6%) per annum until paid or any Event of Default, "
        "after which interest shall accrue at ten percent (10%) per annum.\n"
    )
    assert _value(found, "interest.rate") == Decimal("0.06")
    assert _value(found, "interest.default_rate") == Decimal("0.10")
    found = extract_text(
        _P + "with interest at 5.5% per annum. Principal and interest payments are due monthly "
        "in the amount of $4,775.43 beginning April 15, 2021.\n"
    )
    assert _value(found, "schedule.frequency") == "monthly"
    found = extract_text(
        _P + "Both before and after any judgment entered hereon, the unpaid principal shall bear "
        "interest at 5.5% per annum.\n"
    )
    assert _value(found, "interest.rate") == Decimal("0.055")
    found = extract_text(
        _P + "with interest at 5% per annum. This Note is issued pursuant to that certain Note "
        "Purchase Agreement, and is one of the Secured Promissory Notes issued thereunder.\n"
    )
    assert _value(found, "secured") is True
    found = extract_text(
        "PROMISSORY NOTE\nDate of Note:\nMaturity Date:\n|\nMay 1, 2020\nMay 1, 2025\n|\nFOR VALUE "
        "RECEIVED, ACME INC. promises to pay to FIRST BANK $10,000 with interest at 6% per annum.\n"
    )
    assert _value(found, "issue_date") == dt.date(2020, 5, 1)
    assert _value(found, "maturity") == dt.date(2025, 5, 1)
    found = extract_text(
        "AMENDED AND RESTATED PROMISSORY NOTE\n$100,000.00   June 1, 2022\nThis Note amends and "
        "restates the Original Note "
        "(the note was dated June 1, 2015). FOR VALUE RECEIVED, ACME INC. promises to pay to FIRST "
        "BANK $100,000.00 with interest at 6% per annum.\n"
    )
    assert _value(found, "issue_date") != dt.date(2015, 6, 1)
    found = extract_text(
        "PROMISSORY NOTE\nBORROWER:\nBorrower Name Printed\nJohn Smith\nFOR VALUE RECEIVED, the "
        "undersigned promises to pay to FIRST BANK $10,000.\n"
    )
    assert _value(found, "borrower") != "Printed"


def test_a_note_the_holder_may_call_from_a_day_is_payable_on_demand() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, ACME Response, Inc. (the “Company”), promises to pay to Mr. John Doe "
        "(“Investor”) the principal sum of One Million Dollars ($1,000,000.00). All unpaid "
        "principal shall be due and payable on the earlier of (i) a declaration by Investor on or "
        "after June 30, 2010 (the “Maturity Date”) that such amounts are due and payable or (ii) "
        "upon an Event of Default.\n"
    )
    assert _value(found, "demand") is True
    assert _value(found, "maturity") is None


def test_a_sum_in_pesos_and_centavos_in_words() -> None:
    found = extract_text(
        "For value of the goods we have received we promise to pay jointly and severally to "
        "Michael & Co., or its order, in the municipality of Cebu, the sum of six thousand three "
        "hundred and nineteen pesos and thirty-three centavos (6,319.33), in the manner "
        "hereinafter set forth.\n"
    )
    assert _value(found, "commitment") == Decimal("6319.33")


def test_a_late_charge_in_cents_on_the_dollar() -> None:
    found = extract_text(
        _P + "with interest at 6% per annum. In the event that any payment is not received prior "
        "to the fifth (5th) day after its due date, the Undersigned agrees to pay a late charge "
        "of $.05 per $1.00 of unpaid payment as and for liquidated damages.\n"
    )
    assert _value(found, "late_charge") == Decimal("0.05")


def test_a_payment_named_a_balloon_is_no_installment() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned promises to pay to ACME LEASING & CAPITAL, LLC the "
        "principal sum of $28,000,000.00. This Note shall be payable in (i) sixty (60) consecutive "
        "installments of principal and interest commencing on August 27, 2017 and continuing "
        "monthly thereafter and (ii) an additional principal payment in the amount of "
        "$15,375,000.00 (the “Principal Balloon Payment”) due on the Maturity Date.\n"
    )
    assert _value(found, "schedule.installment") != Decimal("15375000.00")
