"""The ninety-fifth round of issue 16 (thirty-first session): what the thirtieth session's parts
showed once scored (a run-in section title "Maturity Date.", a note due "on the first anniversary
of this Note", a defined day count the note never uses, a bank's town and state read as a
maker, "$1.587.500,00") and what the thirty-first session's first draw (``heldout-mg`` …
``heldout-mk``) showed: an agreement's date before the promise, a form's next label "Maturity
Date AUGUST 27, 1998", "Principal Solar, Inc., of Dallas, Texas", a payee "a Nevada
corporation" before the sum, a header's sentence run into the promise, "the undersigned Owner",
the United States "acting through" an agency, "Interest Rate" closing a row of labels, a margin
"plus (ii) the Prime Rate", the final payment's day, the remaining balance's day, and
installments "on each of" listed days.

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import offered
from role_notes import value as _value

from promissory.extract import extract_text


def test_the_first_sentence_of_a_section_titled_maturity_date() -> None:
    found = extract_text(
        "SUBORDINATED PROMISSORY NOTE\n$500,000.00\nEffective: January 1, 2017\nFOR VALUE "
        "RECEIVED, ACME SOFTWARE, INC. (“Maker”) promises to pay to the order of PAYROLL, INC. "
        "(“Holder”) the sum of Five Hundred Thousand Dollars ($500,000.00), without interest.\n"
        "1.\nInterest. Unless there exists an Event of Default, interest shall not accrue.\n"
        "2.\nMaturity Date.  Unless accelerated at a prior date following an Event of Default, on "
        "April 30, 2018 the entire balance shall be paid.\n"
    )
    assert _value(found, "maturity") == dt.date(2018, 4, 30)


def test_a_note_due_on_the_first_anniversary_of_its_date() -> None:
    found = extract_text(
        "PROMISSORY NOTE\n$137,061.80\nAs of October 31, 1996\nFOR VALUE RECEIVED, Acme "
        "Corporation promises to pay to the order of Film Group, Inc. the principal sum of "
        "$137,061.80. The unpaid principal balance of this Note and all accrued interest shall "
        "be paid to Payee on the first anniversary of this Note.\n"
    )
    assert _value(found, "maturity") == dt.date(1997, 10, 31)


def test_an_anniversary_of_yearly_payments_is_no_maturity() -> None:
    found = extract_text(
        "PROMISSORY NOTE\n$300,000.00\nJune 17, 2009\nFOR VALUE RECEIVED, Acme Corporation "
        "promises to pay to the order of First Bank the principal sum of $300,000.00. Interest "
        "on the unpaid principal balance shall be paid on each anniversary of this Note, and an "
        "installment of principal shall be paid on the first anniversary of this Note.\n"
    )
    assert _value(found, "maturity") is None


def test_a_day_count_defined_in_a_list_of_definitions_and_never_used() -> None:
    found = extract_text(
        PROMISE_TEXT + "3. DEFINITIONS. For the purposes of this Note, the following terms shall "
        "have the following meanings:\n“30/360 Basis” means on the basis of a 360-day year "
        "consisting of 12 months of 30 days each.\n"
    )
    assert _value(found, "interest.day_count") is None
    assert offered(found, "interest.day_count") == ["30/360 US"]


def test_a_day_count_defined_and_used() -> None:
    found = extract_text(
        PROMISE_TEXT + "“30/360 Basis” means on the basis of a 360-day year consisting of 12 "
        "months of 30 days each. Interest shall be calculated on a 30/360 Basis.\n"
    )
    assert _value(found, "interest.day_count") == "30/360 US"


def test_a_town_and_its_states_postal_code_is_no_maker() -> None:
    found = extract_text(
        "EXHIBIT 10.10\nPOWER DRILLING INC BANK OF TRADE ACCOUNT #: 4174\n5020 COLLINWOOD #201 "
        "Loan Number 6176200\nFT WORTH, TX 76107-3664 Date JULY 29, 1998\nMaturity Date AUGUST "
        "27, 1998\nLoan Amount $100,000.00\nBORROWER'S NAME AND ADDRESS LENDER'S NAME AND "
        "ADDRESS\nFor value received, I promise to pay to you, or your order, the PRINCIPAL sum "
        "of ONE HUNDRED THOUSAND AND NO/100 Dollars $100,000.00\n"
    )
    assert _value(found, "borrower") != "FT WORTH, TX"
    # (and the next line's "Maturity Date AUGUST 27, 1998" is a label of its own, not the name of
    # the date before it)
    assert _value(found, "issue_date") == dt.date(1998, 7, 29)
    assert _value(found, "maturity") == dt.date(1998, 8, 27)


def test_a_doctors_name_is_not_a_town() -> None:
    found = extract_text(
        "BRIDGE NOTE\n$500,000\nMay 1, 2006\nFOR VALUE RECEIVED, Bridge Holdings, Inc. (the "
        "“Company”) promises to pay to the order of JOHN Q. SMITH, MD (the “Lender”) the "
        "principal sum of Five Hundred Thousand Dollars ($500,000).\n"
    )
    assert _value(found, "lender") == "JOHN Q. SMITH, MD"


def test_thousands_set_off_by_full_stops_and_cents_by_a_comma() -> None:
    found = extract_text(
        "U.S. Small Business Administration\nNOTE\n(Date) Oct. 28 , 1996\n$1.587.500,00\nFor "
        "value received, the undersigned promises to pay to the order of SMALL BUSINESS LENDING "
        "CORPORATION One Million Five Hundred Eighty-Seven Thousand Five Hundred dollars, with "
        "interest on unpaid principal at the initial rate of 10.25% per annum.\n"
    )
    assert _value(found, "commitment") == Decimal("1587500.00")


def test_the_date_of_the_agreement_the_note_corrects_is_not_its_own() -> None:
    found = extract_text(
        "SUBSTITUTE PROMISSORY NOTE\nU.S. $1,125,720.00\nThis Substitute Promissory Note is given "
        "to correct typographical errors contained in the form of Promissory Note provided as "
        "Exhibit C of that certain Lease Sale/Purchase Agreement between Acme Fuels Corporation "
        "and Nuclear Holdings, LLC signed and entered into on October13, 2011.\n1. For value "
        'received, Acme Fuels Corporation (the "Borrower") promises to pay Nuclear Holdings LLC '
        '(the "Note Holder") the principal sum of $1,125,720.00.\n'
    )
    assert _value(found, "issue_date") is None


def test_a_makers_town_after_its_name() -> None:
    found = extract_text(
        'FOR VALUE RECEIVED, Principal Power, Inc., of Dallas, Texas ("Borrower" or "Company"), '
        'hereby promises to pay to the Smith Revocable Trust ("Lender"), the principal sum of '
        "Two Hundred Thousand Dollars ($200,000.00).\n"
    )
    assert _value(found, "borrower") == "Principal Power, Inc."


def test_a_header_sum_above_a_promise_of_installments() -> None:
    found = extract_text(
        "NON-INTEREST BEARING PROMISSORY NOTE\n|\n$125,000.00\n|\nOctober 4, 2016\nFor value "
        "received, I promise to pay to the order of Powin Corporation, a Nevada corporation, ONE "
        "HUNDRED TWENTY-FIVE THOUSAND AND NO/100 U.S. DOLLARS ($125,000.00), with no interest, "
        "which said amount shall be due and payable in four (4) consecutive annual installments "
        "of THIRTY-ONE THOUSAND TWO HUNDRED FIFTY AND NO/100 U.S. DOLLARS ($31,250.00) on each of "
        "December 31, 2017, December 31, 2018, December 31, 2019, and December 31, 2020.\n"
    )
    assert _value(found, "commitment") == Decimal("125000.00")
    assert _value(found, "schedule.installment") == Decimal("31250.00")
    assert _value(found, "schedule.first_payment") == dt.date(2017, 12, 31)
    assert _value(found, "maturity") == dt.date(2020, 12, 31)


def test_the_undersigned_owner_is_no_name() -> None:
    found = extract_text(
        "MORTGAGE NOTE\nFor Value Received, the undersigned Owner promises to pay to the order of "
        "First Bank the sum of Five Thousand Dollars ($5,000).\n"
    )
    assert _value(found, "borrower") is None
    assert _value(found, "lender") == "First Bank"


def test_the_united_states_acting_through_an_agency() -> None:
    found = extract_text(
        "For value received, the undersigned borrower promises to pay to the order of the United\n"
        "States of America, Department of Agriculture, acting through the Farm Service Agency "
        "(Government), the principal sum of Ten Thousand Dollars ($10,000).\n"
    )
    assert _value(found, "lender") == "United States of America"


def test_interest_rate_closing_a_row_of_labels() -> None:
    found = extract_text(
        "SBA Paycheck Protection Program\nPROMISSORY NOTE\nSBA Loan # 88277371-04 Date May 8, "
        "2020 Loan Amount $ 1,317,100.00 Interest Rate\n1.00% fixed Borrower Ranor, Inc. Lender "
        "Berkshire Bank\n1.PROMISE TO PAY:\nIn return for the Loan, Borrower promises to pay to "
        "the order of Lender the principal amount referenced above.\n"
    )
    assert _value(found, "interest.rate") == Decimal("0.0100")


def test_a_margin_plus_the_prime_rate_numbered_in_a_sum() -> None:
    found = extract_text(
        PROMISE_TEXT + "Interest shall be payable monthly at a fluctuating rate per annum which "
        "shall at all times be equal to the sum of (i) one (1 %) percent per annum plus (ii) the "
        "Prime Rate, as in effect from time to time.\n"
    )
    assert _value(found, "interest.floating.index") == "PRIME"
    assert _value(found, "interest.floating.margin") == Decimal("0.01")


def test_the_final_payments_day_after_an_irregular_first_payment() -> None:
    found = extract_text(
        "COLLATERAL NOTE\nPrincipal Amount: $358,461.88 Date of Collateral Note:\nMarch 29, 2000\n"
        "For value received, Acme Holdings, Inc. promises to pay to Citizens Telephone Company, "
        "or order, the principal amount of $358,461.88. Borrowers will pay this Note in eleven "
        "payments as follows: one irregular payment of Nineteen Thousand Dollars (19,883.84) on "
        "April 1, 2000, nine regular payments of ($13,810.98) each and one irregular last "
        "payment. Borrower's first payment is due April 1, 2000, and all subsequent payments "
        "are due on the first day of each month thereafter. Borrower's final payment due March "
        "1, 2001, will be for all principal and accrued interest not yet paid.\n"
    )
    assert _value(found, "maturity") == dt.date(2001, 3, 1)


def test_the_remaining_balances_day_after_a_list_of_sums() -> None:
    found = extract_text(
        PROMISE_TEXT + "The principal sum shall be paid as follows:\n(a) The sum of One Million "
        "Dollars ($1,000,000) shall be paid on\nor before November 1, 2000;\n(b) The further sum "
        "of One Million Dollars ($1,000,000) shall be\npaid on or before January 1, 2001;\n(c) "
        "The remaining balance of the principal sum, plus accrued\ninterest, if any, shall be "
        "paid on or before July 1, 2001.\n"
    )
    assert _value(found, "maturity") == dt.date(2001, 7, 1)


def test_interest_on_the_unpaid_balance_due_on_a_day_is_no_maturity() -> None:
    found = extract_text(
        PROMISE_TEXT + "Principal and interest shall be due and payable as follows: (a) An "
        "installment of interest on the unpaid principal balance of this Note from the date of "
        "funding through September 30, 2000 shall be due and payable on October 1, 2000. (b) "
        "Thereafter, the unpaid principal balance shall be paid in monthly installments.\n"
    )
    found_maturity = found.get("maturity")
    assert found_maturity is None or found_maturity.confidence < Decimal("0.90")


#: The opening every case above without its own puts its words after.
PROMISE_TEXT = (
    "PROMISSORY NOTE\n$4,000,000.00\nJanuary 10, 2000\nFOR VALUE RECEIVED, Acme Widgets, Inc. "
    "promises to pay to the order of First Bank the principal sum of Four Million Dollars "
    "($4,000,000.00).\n"
)


# A reviewer who never wrote these rules tried them on notes of its own; each reading it found
# made wrong is held here.


def test_interest_days_listed_on_each_of_are_no_installments() -> None:
    found = extract_text(
        PROMISE_TEXT + "The entire principal balance shall be due and payable on December 1, "
        "2022. Accrued interest shall be paid on each of June 30, 2018, December 31, 2018, June "
        "30, 2019, and December 31, 2019.\n"
    )
    assert _value(found, "maturity") == dt.date(2022, 12, 1)


def test_a_holders_call_days_listed_on_each_of_are_no_maturity() -> None:
    found = extract_text(
        PROMISE_TEXT + "Principal and interest shall be payable in monthly installments of "
        "$4,427.00 beginning July 1, 2020, with the entire remaining balance due on June 1, 2040. "
        "Lender may require payment in full of this Note on each of June 1, 2025, June 1, 2030, "
        "and June 1, 2035, upon 90 days' prior written notice.\n"
    )
    assert _value(found, "maturity") == dt.date(2040, 6, 1)


def test_a_notice_day_in_a_section_titled_maturity_date() -> None:
    found = extract_text(
        PROMISE_TEXT + "2. Maturity Date. The Borrower may, by notice delivered no later than "
        "December 1, 2022, extend the maturity of this Note to the Extended Maturity Date.\n"
    )
    finding = found.get("maturity")
    assert finding is None or finding.confidence < Decimal("0.90")


def test_a_day_count_defined_then_used_in_other_capitals() -> None:
    found = extract_text(
        PROMISE_TEXT + '1. Definitions. "30/360 Basis" means the basis of a 360-day year '
        "consisting of twelve 30-day months. 2. Interest. Interest shall accrue at six percent "
        "(6%) per annum, computed on a 30/360 basis, payable monthly.\n"
    )
    assert _value(found, "interest.day_count") == "30/360 US"


def test_a_professional_association_is_not_a_town() -> None:
    found = extract_text(
        'FOR VALUE RECEIVED, Kaplan Orthodontics, PA ("Borrower") promises to pay to the order of '
        'First Bank ("Lender") the principal sum of Ten Thousand Dollars ($10,000.00).\n'
    )
    assert _value(found, "borrower") == "Kaplan Orthodontics, PA"


def test_anniversaries_that_are_not_the_whole_balances_day() -> None:
    for words in (
        "The outstanding principal of this Note shall be paid in five equal annual payments, the "
        "first to be made on the first anniversary of this Note.",
        "Accrued interest on this Note shall be paid on the first anniversary of this Note and on "
        "each anniversary thereafter.",
        "The Company may prepay the outstanding principal of this Note without premium on the "
        "second anniversary of this Note.",
        "The outstanding principal of this Note shall automatically convert into shares on the "
        "first anniversary of the Issue Date.",
        "The entire outstanding principal balance of this Note shall be due and payable on the "
        "second anniversary of the Closing Date.",
    ):
        found = extract_text(PROMISE_TEXT + words + "\n")
        assert _value(found, "maturity") is None, words


def test_an_anniversary_counted_in_figures() -> None:
    found = extract_text(
        PROMISE_TEXT + "The entire unpaid principal balance shall be paid on the 12th anniversary "
        "of this Note.\n"
    )
    assert _value(found, "maturity") == dt.date(2012, 1, 10)


def test_a_part_of_the_then_outstanding_balance_is_no_maturity() -> None:
    found = extract_text(
        PROMISE_TEXT + "A payment of ten percent of the then outstanding balance shall be paid "
        "on May 1, 1999, and the entire remaining principal balance shall be due and payable on "
        "May 1, 2003.\n"
    )
    assert _value(found, "maturity") == dt.date(2003, 5, 1)


def test_a_scans_full_stop_for_a_thousands_comma_is_no_european_sum() -> None:
    found = extract_text(
        "PROMISSORY NOTE\n$1.250,000.00\nJanuary 10, 2000\nFOR VALUE RECEIVED, Acme Widgets, "
        "Inc. promises to pay to the order of First Bank the principal sum of One Million Two "
        "Hundred Fifty Thousand Dollars.\n"
    )
    assert _value(found, "commitment") != Decimal("1250.00")


# What the thirty-first session's second draw (``heldout-ml`` … ``heldout-mp``) and the first's
# last misses showed.


def test_a_court_quotes_on_demand() -> None:
    found = extract_text(
        "The suit is on a promissory note\npayable “On demand after date”\n“with interest at the "
        "rate of six per cent, per annum after date until paid.”\n"
    )
    assert _value(found, "demand") is True


def test_a_payee_whose_name_begins_as_to_does() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned, Acme Solutions, Inc. a Delaware Corporation "
        "(“Acme”), promises to pay Tony Altieri (“Altieri”) at his address of 2487 Wellesley "
        "Drive, Columbus, Ohio 43221, the sum of Three Hundred Thousand Dollars ($300,000.00).\n"
    )
    assert _value(found, "lender") == "Tony Altieri"


def test_a_payee_run_into_to() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned,Dynamic Health, Inc. (“Borrower”), promises to pay "
        "toGeoPharma, Inc.(“Lender”) the principal sum of $3,509,337.00.\n"
    )
    assert _value(found, "lender") == "GeoPharma, Inc."


def test_a_floor_in_no_instance_with_its_number_in_words_first() -> None:
    found = extract_text(
        "The rate of interest shall be the amount stated on the reverse side, or (two) 2% above "
        "the New York prime interest rate, whichever is greater, but in no instance shall this "
        "note bear a rate of interest less than (ten) 10% or in excess of the maximum allowed.\n"
    )
    assert _value(found, "interest.floating.floor") == Decimal("0.10")


def test_a_rate_or_a_margin_over_prime_whichever_is_higher() -> None:
    found = extract_text(
        '"[A]t 8 per cent per annum or 3 per cent over the published New York prime interest '
        'rate, whichever is higher, the interest rate to be adjusted semi-annually."\n'
    )
    assert _value(found, "interest.floating.floor") == Decimal("0.08")
    assert _value(found, "interest.floating.margin") == Decimal("0.03")
    assert _value(found, "interest.rate") is None


def test_a_receipt_irrevocably_acknowledged_before_the_maker() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the receipt and sufficiency of which is hereby irrevocably "
        "acknowledged, BANKSVILLE, N.V., . . . promises to pay to the order of [appellees] the "
        "principal sum of ONE MILLION DOLLARS ($1,000,000.00).\n"
    )
    assert _value(found, "borrower") in {"BANKSVILLE, N.V.", "BANKSVILLE, N.V"}


def test_a_maker_under_a_dateline_with_its_day_left_blank() -> None:
    found = extract_text(
        "EXHIBIT 10.17\nPROMISSORY NOTE\n|$25,000,000\n|September , 2004\nARGONAUT GROUP, INC., "
        "a Delaware corporation (the “Borrower”), promises to pay to the order of LASALLE BANK "
        "NATIONAL ASSOCIATION (the “Lender”) the aggregate unpaid principal amount of all Loans.\n"
    )
    assert _value(found, "borrower") == "ARGONAUT GROUP, INC."


def test_a_maker_after_an_exhibits_number_and_title() -> None:
    found = extract_text(
        "EX-10.47 11 doc10.txt Exhibit 10.47 AMENDED AND RESTATED PROMISSORY NOTE A.B. WATLEY "
        'GROUP INC., a Delaware corporation (the "BORROWER"), for value received, promises and '
        'agrees to pay to PENSON FINANCIAL SERVICES, INC. (the "LENDER") the sum of $2,150,994.00.\n'
    )
    assert _value(found, "borrower") == "A.B. WATLEY GROUP INC."


def test_for_the_value_received() -> None:
    found = extract_text(
        "FOR THE VALUE RECEIVED, BioForce Nanosciences, Inc., (the Borrower), located at 1615 "
        "Golden Aspen Drive, Ames, Iowa, 50010, promises to pay to the State of Iowa, Department "
        'of Economic Development (the "Department") the sum of $92,253.82.\n'
    )
    assert _value(found, "borrower") == "BioForce Nanosciences, Inc."


def test_a_forms_columns_under_edgar_tags() -> None:
    found = extract_text(
        "<PAGE>\n\n                                   Exhibit 10.5\n<TABLE>\n<CAPTION>\n"
        "==========================================================\n<S>      <C>     <C>\n"
        "TEXAS TIMBERJACK, INC.             BANCORPSOUTH BANK           Loan Number 2650001\n"
        "   6004 S US HWY 59               501 SOUTH WASHINGTON\n"
        "BORROWER'S NAME AND ADDRESS      LENDER'S NAME AND ADDRESS\n</TABLE>\n\nFor value "
        "received, I promise to pay to you, or your order, the principal sum of $1,500,000.00.\n"
    )
    assert _value(found, "borrower") == "TEXAS TIMBERJACK, INC."
    assert _value(found, "lender") == "BANCORPSOUTH BANK"


def test_a_forms_columns_before_an_account_number() -> None:
    found = extract_text(
        "EXHIBIT 10.10\n"
        "POWER DRILLING INC BANK OF COMMERCE ACCOUNT #: 4174\n"
        "BORROWER'S NAME AND ADDRESS LENDER'S NAME AND ADDRESS\nFor value received, I promise to "
        "pay to you, or your order, the principal sum of $100,000.00.\n"
    )
    assert _value(found, "borrower") == "POWER DRILLING INC"
    assert _value(found, "lender") == "BANK OF COMMERCE"


def test_monthly_installments_as_follows() -> None:
    found = extract_text(
        PROMISE_TEXT + "The Borrower shall make a payment of accrued interest on April 1, 2004. "
        "Thereafter, the Borrower shall pay consecutive monthly installments of principal and "
        "interest, as follows: $12,451.87 on May 1, 2004, and the same amount on the first day "
        "thereafter until paid in full.\n"
    )
    assert _value(found, "schedule.frequency") == "monthly"


def test_installments_on_a_day_of_each_succeeding_year() -> None:
    found = extract_text(
        PROMISE_TEXT + "(a) Maker agrees to pay, on June 7 of each succeeding year, installments "
        "of TWO MILLION AND 00/100 UNITED STATES DOLLARS ($2,000,000.00) of principal, plus "
        "accrued interest on the unpaid principal balance.\n"
    )
    assert _value(found, "schedule.frequency") == "annual"
