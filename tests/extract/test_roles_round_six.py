"""The sixth round of issue 16: the misses read on ``heldout-m`` after its one score (and on the
parts seen before) — each written here as a short note of its own (not the corpus text), so that
the rule is held by the words that make it, not by one document."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import PROMISE
from role_notes import value as _value

from promissory.extract import extract_text

# -- rates ------------------------------------------------------------------------------------


def test_a_fraction_of_a_percent_is_read_whole_not_as_its_denominator() -> None:
    """'1/2% above the Bank's Prime Rate' is a margin of one half of one percent, not 2%."""
    found = extract_text(
        PROMISE + "the principal sum of $470,000.00 with interest at a per annum rate of 1/2% "
        "above the Bank's Prime Rate, adjusted as of the date of each such change."
    )
    assert _value(found, "interest.floating.index") == "PRIME"
    assert _value(found, "interest.floating.margin") == Decimal("0.005")


def test_a_whole_number_and_a_fraction_of_a_percent() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $470,000.00 with interest at a per annum rate of "
        "1 1/4% above the Bank's Prime Rate."
    )
    assert _value(found, "interest.floating.margin") == Decimal("0.0125")


def test_words_then_the_figure_then_percent() -> None:
    """'one (1%) percent per annum' states one percent once in words and once in figures."""
    found = extract_text(
        PROMISE + "the principal sum of $700,000.00 with interest at a fluctuating rate equal "
        "to the aggregate of (x) the Prime Rate, and (y) one (1%) percent per annum."
    )
    assert _value(found, "interest.floating.index") == "PRIME"
    assert _value(found, "interest.floating.margin") == Decimal("0.01")


def test_the_banks_prime_rate_is_the_index_though_the_sentence_names_a_default() -> None:
    """'… or until Default, as later defined, at a per annum rate equal to the Bank's prime
    rate from time to time in effect': the index, with no margin."""
    found = extract_text(
        PROMISE + "the principal sum of Five Hundred Thousand Dollars ($500,000) with interest "
        "until maturity, "
        "whether by acceleration or otherwise, or until Default, as later defined, at a per "
        "annum rate equal to the Bank's prime rate from time to time in effect per annum, and "
        "after that at a rate equal to the rate of interest otherwise prevailing under this "
        "Note plus three percent (3%) per annum."
    )
    assert _value(found, "interest.floating.index") == "PRIME"
    assert _value(found, "interest.default_margin") == Decimal("0.03")


def test_a_default_rate_above_the_index_is_a_margin_over_the_rate_below_it() -> None:
    """Interest 'three-eighths of one percent (37.5 basis points) below the Index Rate until
    maturity and after maturity … one and five eighths percent (162.5 basis points) above the
    Index Rate': after maturity the rate is two points higher."""
    found = extract_text(
        PROMISE + "the sum of Ten Million Dollars ($10,000,000), together with interest on "
        "the unpaid balance at an annual rate equal to three-eighths of one percent (37.5 basis "
        "points) below the Index Rate until maturity and after maturity at an annual rate "
        "equal to one and five eighths percent (162.5 basis points) above the Index Rate."
    )
    assert _value(found, "interest.floating.margin") == Decimal("-0.00375")
    assert _value(found, "interest.default_margin") == Decimal("0.02")


def test_a_day_count_with_a_scanning_slip_for_the_hyphen() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $2,025,000.00 with interest at 7.65% per annum. "
        "Interest shall be calculated on the basis of actual days elapsed and a 360!day year."
    )
    assert _value(found, "interest.day_count") == "ACT/360"


# -- dates ------------------------------------------------------------------------------------


def test_a_stray_comma_in_a_date() -> None:
    found = extract_text(
        "PROMISSORY NOTE\n$ 470,000.00 Melville, N.Y.\nDate: August 24, ,2000\n"
        + PROMISE
        + "the principal sum of $470,000.00 on demand."
    )
    assert _value(found, "issue_date") == dt.date(2000, 8, 24)


def test_a_date_that_opens_the_promise_is_the_maturity() -> None:
    """A form's 'On October 23, 2000 (insert specific date or "DEMAND"), for value received,
    the undersigned hereby promises to pay'."""
    found = extract_text(
        "PROMISSORY NOTE\n$ 470,000.00 Melville, N.Y.\nDate: August 24, 2000\n"
        'On October 23, 2000 (insert specific date or "DEMAND"), for value received,\nthe '
        "undersigned hereby promises to pay to the order of THE FIRST BANK the sum of "
        "$470,000.00 with interest at 8% per annum."
    )
    assert _value(found, "issue_date") == dt.date(2000, 8, 24)
    assert _value(found, "maturity") == dt.date(2000, 10, 23)


def test_an_expiration_date_defined_by_the_note_is_its_maturity() -> None:
    found = extract_text(
        PROMISE + "the principal amount of $250,000.00 or so much as may be outstanding. "
        "Borrower will pay this loan in one payment of all outstanding principal plus all "
        "accrued unpaid interest on the Expiration Date. Borrower may borrow, repay and "
        'reborrow hereunder until the Expiration Date. The "Expiration Date" shall mean '
        "JANUARY 8, 2005, or such later date as may be designated by Lender."
    )
    assert _value(found, "maturity") == dt.date(2005, 1, 8)
    assert _value(found, "revolving") is True


def test_the_whole_balance_to_be_fully_paid_on_a_date_is_the_maturity() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $2,025,000.00 with interest at 7.65% per annum. In all "
        "events the entire principal balance, together with all accrued interest is to be "
        "fully paid on January 1, 2007."
    )
    assert _value(found, "maturity") == dt.date(2007, 1, 1)


def test_interest_payable_monthly_beginning_a_date_is_not_an_installment_schedule() -> None:
    found = extract_text(
        PROMISE + "the sum of Ten Million Dollars ($10,000,000) with interest at 6% per annum. "
        "The interest on this Note shall be payable monthly beginning July 29th, 2005, and "
        "continuing on the first day of each succeeding month until the principal is paid in "
        "full."
    )
    assert _value(found, "schedule.first_payment") is None
    assert _value(found, "schedule.frequency") is None


def test_interest_paid_in_monthly_installments_is_not_an_installment_schedule() -> None:
    found = extract_text(
        PROMISE + "the principal sum of Five Million Dollars ($5,000,000) with interest at ten "
        "percent (10%) per annum. Interest accrued prior to the Due Date shall be paid in "
        "arrears in monthly installments beginning on January 1, 1999, and on the first day of "
        "every consecutive month thereafter."
    )
    assert _value(found, "schedule.first_payment") is None
    assert _value(found, "schedule.frequency") is None


# -- installments -----------------------------------------------------------------------------


def test_installments_as_follows_then_the_same_amount_each_month() -> None:
    """'in sixty (60) installments, as follows: $11,667.00 on September 1, 2003, and the same
    amount … on the first day of each month thereafter'."""
    found = extract_text(
        'For value received, the undersigned promises to pay to First Bank ("Bank") the '
        "principal sum of Seven Hundred Thousand ($700,000.00) Dollars in sixty (60) "
        "installments, as follows: $11,667.00 on September 1, 2003, and the same amount "
        "(except the last installment which shall be the unpaid balance) on the first day of "
        "each month thereafter until this note is fully paid, with interest at 6% per annum."
    )
    assert _value(found, "commitment") == Decimal("700000.00")
    assert _value(found, "schedule.installment") == Decimal("11667.00")
    assert _value(found, "schedule.payments") == 60
    assert _value(found, "schedule.first_payment") == dt.date(2003, 9, 1)
    assert _value(found, "schedule.frequency") == "monthly"


def test_one_principal_payment_is_not_an_installment() -> None:
    found = extract_text(
        PROMISE + "the principal amount of Five Hundred Thousand & 00/100 Dollars ($500,000.00). "
        "Borrower will pay this loan in one principal payment of $500,000.00 plus interest on "
        "February 4, 2001."
    )
    assert _value(found, "schedule.installment") is None
    assert _value(found, "maturity") == dt.date(2001, 2, 4)


def test_a_count_of_installments_or_more() -> None:
    found = extract_text(
        PROMISE + "the entire principal amount of $25,000.00 in 36 (or more) monthly "
        "installments of principal and interest in the amount of $812.36."
    )
    assert _value(found, "schedule.payments") == 36
    assert _value(found, "schedule.installment") == Decimal("812.36")
    assert _value(found, "schedule.frequency") == "monthly"


# -- parties and security ---------------------------------------------------------------------


def test_a_bank_label_in_a_header_and_a_trade_name_after_the_borrower() -> None:
    found = extract_text(
        "BUSINESS INSTALLMENT NOTE\nDate:  August 4, 2000       Principal Amount:  $25,000.00\n\n"
        "Borrower: ACME WIDGETS, INC. dba Crescent Moon\n\n"
        "Bank:    FIRST TRADERS TRUST COMPANY, a New York banking corporation\n"
        "         with its principal office at One Plaza, Buffalo, New York\n\n"
        "1. PROMISE TO PAY. For value received, Borrower promises to pay to the order of the "
        "Bank the entire principal amount stated above."
    )
    assert _value(found, "borrower") == "ACME WIDGETS, INC. dba Crescent Moon"
    assert _value(found, "lender") == "FIRST TRADERS TRUST COMPANY"


def test_a_lien_and_security_interest_granted_by_the_note() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $470,000.00 on demand. The undersigned hereby grants to "
        "the Bank a lien on, security interest in and right of set-off against all monies, "
        "securities and other property of the undersigned."
    )
    assert _value(found, "secured") is True


def test_an_index_rate_defined_as_the_lenders_prime_rate_is_prime() -> None:
    found = extract_text(
        PROMISE + "the sum of Ten Million Dollars ($10,000,000), together with interest at an "
        "annual rate equal to one percent (1%) above the Index Rate. \u201cIndex Rate\u201d means "
        "the interest rate that Lender announces from time to time as its \u201cprime\u201d "
        "interest rate."
    )
    assert _value(found, "interest.floating.index") == "PRIME"
    assert _value(found, "interest.floating.margin") == Decimal("0.01")


# -- readings that cannot stand together --------------------------------------------------------


def test_an_installment_as_large_as_the_principal_is_offered_not_proposed() -> None:
    found = extract_text(
        "January 5, 2003\n" + PROMISE + "the principal sum of $275,000.00 in monthly "
        "installments of $275,000.00 beginning February 5, 2003."
    )
    assert found.get("schedule.installment") is None
    assert Decimal("275000.00") in [f.value for f in found.offered("schedule.installment")]
    assert any("is not less than the principal" in w for w in found.warnings)


def test_a_first_payment_after_the_maturity_is_offered_not_proposed() -> None:
    found = extract_text(
        "January 5, 2003\n" + PROMISE + "the principal sum of $100,000.00 in monthly "
        "installments of $5,000.00 commencing on March 1, 2006. The entire balance is due and "
        "payable on February 1, 2005."
    )
    assert _value(found, "maturity") == dt.date(2005, 2, 1)
    assert found.get("schedule.first_payment") is None
    assert any("is after the maturity" in w for w in found.warnings)


def test_a_draw_period_ending_after_the_maturity_is_offered_not_proposed() -> None:
    found = extract_text(
        "January 5, 2003\n" + PROMISE + "the principal sum of $100,000.00. Advances may be "
        "requested until June 30, 2006. The entire balance is due and payable on "
        "February 1, 2005."
    )
    assert _value(found, "maturity") == dt.date(2005, 2, 1)
    assert found.get("draw_period_end") is None
    assert any("draw_period_end" in w and "after the maturity" in w for w in found.warnings)


def test_a_named_30_360_basis_is_30_360_whatever_the_sentence_says_of_days() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $100,000.00 with interest at 6% per annum. Interest on "
        "this Note is computed on a 30/360 simple interest basis; that is, by applying the "
        "ratio of the annual interest rate over a year of 360 days, multiplied by the "
        "outstanding principal balance, multiplied by the actual number of days."
    )
    assert _value(found, "interest.day_count") == "30/360 US"


def test_prepayment_without_penalty_of_all_or_part() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $100,000.00 with interest at 6% per annum. PREPAYMENT. "
        "Borrower may pay without penalty all or a portion of the amount owed earlier than it "
        "is due."
    )
    assert _value(found, "prepayment.premium") == "none"


def test_no_security_provided_is_unsecured() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $100,000.00 with interest at 6% per annum. 3. Security. "
        "The parties agree that no security is provided for the Note under this Agreement."
    )
    assert _value(found, "secured") is False


# -- labelled headers -------------------------------------------------------------------------


def test_a_table_of_labels_each_value_on_the_line_after_its_label() -> None:
    """A form converted to text: each label in its cell, its value in the next."""
    found = extract_text(
        "PROMISSORY NOTE\n\nDate\n\nApril 16, 2020\n\nLoan Amount\n\n$526,700.00\n\n"
        "Interest Rate\n\n1.00%\n\nMaturity Date\n\nApril 16, 2022\n\nBorrower\n\nAcme Widgets LLC\n\n"
        "Lender\n\nFirst Bank, N.A.\n\n1. PROMISE TO PAY: In return for the Loan, Borrower "
        "promises to pay to the order of Lender the amount of $526,700.00 and all accrued "
        "interest."
    )
    assert _value(found, "issue_date") == dt.date(2020, 4, 16)
    assert _value(found, "maturity") == dt.date(2022, 4, 16)
    assert _value(found, "commitment") == Decimal("526700.00")
    assert _value(found, "interest.rate") == Decimal("0.01")
    assert _value(found, "borrower") == "Acme Widgets LLC"
    assert _value(found, "lender") == "First Bank, N.A."


def test_a_label_only_counts_when_the_value_stands_in_its_own_cell() -> None:
    """'… due on the Maturity Date April 16, 2022' runs on from a sentence: no label."""
    from promissory.extract.roles import label_of

    text = "all principal is due on the Maturity Date April 16, 2022"
    assert label_of(text, text.index("April")) == ""
    cells = "| MATURITY DATE | April 16, 2022"
    assert label_of(cells, cells.index("April")) == "MATURITY DATE"
    columns = "Date:  August 4, 2000      Principal Amount:  $25,000.00"
    assert label_of(columns, columns.index("$")) == "Principal Amount"
    assert label_of(columns, columns.index("August")) == "Date"


def test_a_maturity_stated_as_months_from_the_date_of_the_note() -> None:
    found = extract_text(
        "Dated: March 3, 2015\n" + PROMISE + "the principal sum of $100,000.00 with interest at "
        "8% per annum, all due and payable twelve (12) months from the date hereof."
    )
    # (worked out: offered from the sixty-fifth round, proposed as inferred since the eighty-sixth)
    assert found.get("maturity").value == dt.date(2016, 3, 3)  # type: ignore[union-attr]


def test_a_first_installment_months_from_the_date_is_not_the_maturity() -> None:
    found = extract_text(
        "Dated: March 3, 2015\n" + PROMISE + "the principal sum of $100,000.00 with interest at "
        "8% per annum in monthly installments of $2,000.00 commencing one (1) month from the "
        "date hereof and 3 months after date."
    )
    assert found.get("maturity") is None or found.get("maturity").value != dt.date(2015, 4, 3)


# -- a bank form's boxes ----------------------------------------------------------------------


def test_a_ticked_open_end_credit_box_is_revolving() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $100,000.00.\n"
        "[ ] Single Advance: I will receive all of the loan amount on ______.\n"
        "[X] Multiple Advance: The loan amount shown above is the maximum amount I can borrow.\n"
        "[X] Open End Credit: You and I agree that I may borrow up to the maximum amount of "
        "principal more than one time.\n"
    )
    assert _value(found, "revolving") is True


def test_a_ticked_single_advance_box_is_not_revolving() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $100,000.00.\n"
        "[ X ] SINGLE ADVANCE: I will receive all of this principal sum on 12/28/2005.\n"
        "[ ] MULTIPLE ADVANCE: The principal sum shown above is the maximum amount.\n"
    )
    assert _value(found, "revolving") is False


def test_the_ticked_closed_end_option_wins_over_the_unticked_open_end_one() -> None:
    """A word processor's boxes: 'o' empty, 'ý' ticked."""
    found = extract_text(
        PROMISE + "the principal sum of $100,000.00.\n"
        "o This is a multiple-advance, open end, Note. Borrower may borrow, repay and re-borrow "
        "from time to time prior to Maturity of this revolving Note.\n"
        "ý This Note is a multiple-advance closed end Note. Principal shall be advanced from "
        "time to time.\n"
    )
    assert _value(found, "revolving") is False


def test_a_full_stop_for_the_comma_in_a_date() -> None:
    found = extract_text(
        "Dated: July 21, 2006\n" + PROMISE + "the principal sum of $100,000.00 in 60 monthly "
        "installments of $1,933.28. Borrower's first payment is due August 21. 2006, and all "
        "subsequent payments are due on the same day of each month after that."
    )
    assert _value(found, "schedule.first_payment") == dt.date(2006, 8, 21)


# -- the sixth round's second part: heldout-n's misses ----------------------------------------


def test_a_promise_to_pay_on_a_date_then_to_the_payee() -> None:
    found = extract_text(
        "PROMISSORY NOTE\nMarch 2, 2009\nFOR VALUE RECEIVED, ACME, INC. (the \u201cCompany\u201d), "
        "DOES HEREBY PROMISE TO PAY ON February 27, 2011 (the \u201cMaturity Date\u201d), to "
        "EUROAMERICAN INVESTMENT CORP., a New York corporation, the principal sum of $750,000."
    )
    assert _value(found, "lender") == "EUROAMERICAN INVESTMENT CORP."
    assert _value(found, "maturity") == dt.date(2011, 2, 27)


def test_a_lender_label_on_the_borrower_labels_line() -> None:
    found = extract_text(
        "PROMISSORY NOTE\nBORROWER: ACME, INC. (TIN: 000000000) LENDER: FIRST BANK - TEXAS\n"
        'PROMISE TO PAY. Acme, Inc. ("Borrower") promises to pay to First Bank - Texas '
        '("Lender"), or order, the principal amount of $374,940.00.'
    )
    assert str(_value(found, "lender")).casefold() == "first bank - texas"


def test_pay_this_loan_on_demand_or_in_principal_payments_and_not_the_final_one() -> None:
    found = extract_text(
        PROMISE + "the principal amount of $374,940.00. PAYMENT. Borrower will pay this loan on "
        "demand, or if no demand is made, in 35 principal payments of $10,415.00 each and one "
        "final principal and interest payment of $10,493.11. Borrower's first principal payment "
        "is due November 1, 1997, and all subsequent principal payments are due on the same day "
        "of each month after that. Borrower's first interest payment due November 1, 1997 and "
        "all subsequent interest payments are due on the same day of each month after that."
    )
    assert _value(found, "demand") is True
    assert _value(found, "schedule.payments") == 35
    assert _value(found, "schedule.installment") == Decimal("10415.00")
    assert _value(found, "maturity") is None


def test_a_header_table_with_the_notes_date_repeated_below_it() -> None:
    found = extract_text(
        "PROMISSORY NOTE\nPRINCIPAL LOAN DATE MATURITY LOAN NO\n$374,940.00 09-12-1997 10-01-2000 "
        "599\nPRINCIPAL AMOUNT: $374,940.00 DATE OF NOTE: SEPTEMBER 12, 1997\n" + PROMISE + "the "
        "principal amount of $374,940.00."
    )
    assert _value(found, "issue_date") == dt.date(1997, 9, 12)
    assert _value(found, "maturity") == dt.date(2000, 10, 1)


def test_a_section_number_is_not_a_count_of_payments() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $1,000,000.00. 1.4 Principal payments, which shall be "
        "amortized over thirteen (13) years, shall be made on a monthly basis."
    )
    assert _value(found, "schedule.payments") is None


def test_draw_feature_boxes_and_principal_not_available_again() -> None:
    draw = extract_text(
        PROMISE + "the principal amount of $8,500,000.00. REVOLVING OR DRAW FEATURE: |_| This "
        "Note possesses a revolving feature. Borrower may repay and reborrow. |X| This Note "
        "possesses a draw feature. Borrower may make draws."
    )
    assert _value(draw, "revolving") is False
    gone = extract_text(
        PROMISE + "the principal sum of $5,000,000.00. Principal sums(s) disbursed and repaid will "
        "not be available for redisbursement. Interest shall be calculated on a 360 day year "
        "basis with each month consisting of 30 days."
    )
    assert _value(gone, "revolving") is False
    assert _value(gone, "interest.day_count") == "30/360 US"


def test_the_rate_before_maturity_or_default_names_its_index_and_a_security_agreement() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, ACME LEASING LLC (\u201cDebtor\u201d) promises to pay to the order of "
        "FIRST BANK (\u201cLender\u201d) the principal sum of $5,000,000.00. This Note evidences the "
        "Loan funded by Lender under, and secured in part by, that certain LOAN AND SECURITY "
        "AGREEMENT dated as of even date herewith. 1. Rate. Prior to the Maturity Date or an "
        "Event of Default, the Rate shall be the LESSER of (a) the MAXIMUM RATE, or (b) the LIBOR "
        "RATE plus THREE PERCENT (3.00%) (the \u201cRate Margin\u201d)."
    )
    assert _value(found, "interest.floating.index") == "LIBOR"
    assert _value(found, "interest.floating.margin") == Decimal("0.03")
    assert _value(found, "secured") is True


def test_installments_in_the_principal_amount_of_and_the_first_such_installment() -> None:
    found = extract_text(
        PROMISE + "the principal sum of Fifteen Million Five Hundred Thousand Dollars "
        "($15,500,000). 1. Payment Terms. (a) Thirty-nine (39) quarterly installments in the "
        "principal amount of Three Hundred Eighty-Seven Thousand Five Hundred and No/100 Dollars "
        "($387,500) each, plus accrued and unpaid interest, shall be due and payable, the first "
        "such installment to be due and payable on March 31, 2008, with like successive "
        "installments on the last day of each succeeding calendar quarter thereafter."
    )
    assert _value(found, "commitment") == Decimal("15500000.00")
    assert _value(found, "schedule.installment") == Decimal("387500.00")
    assert _value(found, "schedule.first_payment") == dt.date(2008, 3, 31)
    assert _value(found, "schedule.payments") == 39
    assert _value(found, "maturity") is None


def test_a_period_commencing_on_a_date_is_not_a_first_payment() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $2,495,000.00 at a rate equal to the SOFR Index plus the "
        "Margin. The first Interest Rate Period hereunder shall be the period commencing on "
        "August 23, 2024, and ending on September 10, 2024."
    )
    assert _value(found, "schedule.first_payment") is None


def test_a_monthly_rate_beside_the_annual_one_is_not_the_rate() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $500,000.00. The Borrower shall pay interest on the unpaid "
        "principal amount at a rate of eight point four percent (8.4%) per annum. Interest "
        "accrued at the rate of 0.7% during each calendar month shall be payable monthly."
    )
    assert _value(found, "interest.rate") == Decimal("0.084")


def test_number_words_with_a_decimal_point() -> None:
    from promissory.extract.numwords import parse_number_words

    assert parse_number_words("eight point four") == Decimal("8.4")
    assert parse_number_words("six point two five") == Decimal("6.25")


# -- heldout-o's misses -----------------------------------------------------------------------


def test_day_counts_of_twelve_months_of_thirty_days_and_actual_days_basis() -> None:
    months = extract_text(
        PROMISE + "the principal sum of $2,800,000.00 with interest at 9% per annum. Interest "
        "shall be calculated on the basis of a three hundred sixty (360) day year composed of "
        "twelve (12) months of thirty (30) days each, except that interest due and payable for a "
        "period less than a full month shall be calculated by multiplying the actual number of "
        "days elapsed in such period by a daily rate based on said 360 day year."
    )
    assert _value(months, "interest.day_count") == "30/360 US"
    unhyphened = extract_text(
        PROMISE + "the principal sum of $2,800,000.00 with interest at 10% per annum, payable in "
        "arrears and calculated on the basis of a 360 day year containing twelve 30 day months."
    )
    assert _value(unhyphened, "interest.day_count") == "30/360 US"
    actual = extract_text(
        PROMISE + "the principal sum of $2,800,000.00 at the Prime Rate plus 1.5%. Interest shall "
        "accrue on a three hundred sixty (360) actual days basis."
    )
    assert _value(actual, "interest.day_count") == "ACT/360"


def test_a_sofr_sum_and_a_fraction_in_words() -> None:
    """(The floor after "; and (b)" is past the sentence the cues read: left alone.)"""
    found = extract_text(
        PROMISE + "the principal sum of $1,000,000.00, with interest at an annual rate equal to "
        "the greater of (a) the sum of (i) SOFR and (ii) seven percent (7%); and (b) twelve and "
        "a half percent (12.5%)."
    )
    assert _value(found, "interest.floating.index") == "SOFR"
    assert _value(found, "interest.floating.margin") == Decimal("0.07")
    from promissory.extract.numwords import parse_number_words

    assert parse_number_words("twelve and a half") == Decimal("12.5")


def test_a_floor_of_four_and_three_quarters_of_one_percent() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $1,000,000.00 at a rate per annum equal to the Wall "
        "Street Journal Prime Rate plus one and one half percent (1.50%); provided, however, "
        "that during the term of the Loan the interest rate shall not be less than four and "
        "three quarters of one percent (4.75%)."
    )
    assert _value(found, "interest.floating.margin") == Decimal("0.015")
    assert _value(found, "interest.floating.floor") == Decimal("0.0475")


def test_parties_after_a_holder_payee_label_with_a_curly_apostrophe_and_a_holder_tail() -> None:
    labelled = extract_text(
        "CONTINGENT PROMISSORY NOTE\n\nDate:\nMarch 3, 2015\n\nMaker:        Victory Energy "
        "Corporation, a Nevada Corporation (\u201cVictory\u201d)\n\nHolder/Payee:        Louise H. "
        "Rogers, as her separate property (\u201cRogers\u201d)\n\nPrincipal Amount:\n$250,000.00\n"
    )
    assert _value(labelled, "lender") == "Louise H. Rogers"
    curly = extract_text(
        "FOR VALUE RECEIVED, Lex Partners II, LLC (\u201cBorrower\u201d) promises to pay to "
        "Shepherd\u2019s Finance, LLC (\u201cLender\u201d) the principal sum of $500,000.00."
    )
    assert _value(curly, "lender") == "Shepherd\u2019s Finance, LLC"
    holder = extract_text(
        "FOR VALUE RECEIVED, Holcomb Bridge Partners, L.P. promises to pay to the order of "
        "ALLSTATE LIFE INSURANCE COMPANY, and any subsequent holder of this Note, the principal "
        "sum of $5,000,000.00."
    )
    assert _value(holder, "lender") == "ALLSTATE LIFE INSURANCE COMPANY"


def test_laser_pro_cells_one_a_line_give_the_date_and_maturity() -> None:
    found = extract_text(
        "PROMISSORY NOTE\n|Principal\n|\n|Loan Date\n|\n|Maturity\n|\n|Loan No\n|$1,992,715.00\n|\n"
        "|10-11-2005\n|\n|10-11-2006\n|\n|704023\nBorrower:\n|\n|LOUIS A WATERS\n|Lender:\n|\n"
        "|Post Oak Bank, N.A.\n|Principal Amount: $1,992,715.00\n|Date of Note: October 11, 2005\n"
        "PROMISE TO PAY. LOUIS A WATERS (\u201cBorrower\u201d) promises to pay to Post Oak Bank, "
        "N.A. (\u201cLender\u201d) the principal amount of $1,992,715.00."
    )
    assert _value(found, "issue_date") == dt.date(2005, 10, 11)
    assert _value(found, "maturity") == dt.date(2006, 10, 11)


def test_an_installments_principal_amount_is_not_the_notes() -> None:
    found = extract_text(
        PROMISE + "the sum of FIFTEEN MILLION FIVE HUNDRED THOUSAND AND NO/100 DOLLARS "
        "($15,500,000). (a) Thirty-nine (39) quarterly installments in the principal amount of "
        "Three Hundred Eighty-Seven Thousand Five Hundred and No/100 Dollars ($387,500) each "
        "shall be due and payable."
    )
    assert _value(found, "commitment") == Decimal("15500000.00")
    assert _value(found, "schedule.installment") == Decimal("387500.00")


def test_words_with_a_comma_after_a_scale_word() -> None:
    found = extract_text(
        PROMISE + "the principal sum of SEVEN HUNDRED FIFTY EIGHT THOUSAND, TWO HUNDRED FIVE "
        "DOLLARS ($758,205.00), together with interest at 5.5% per annum."
    )
    assert _value(found, "commitment") == Decimal("758205.00")
    assert found.get("commitment").confidence >= Decimal("0.95")  # words and figures agree


# -- after heldout-p and heldout-q's one score: party names -------------------------------------


def test_names_lose_an_address_a_town_and_a_numbered_heading() -> None:
    from promissory.extract.roles import _without_heading

    assert (
        _without_heading("Gordon V. Smith, 8716 Crider Brook Way, Potomac, Maryland 20854")
        == "Gordon V. Smith"
    )
    assert _without_heading("JOHN D. DOHERTY of South Hamilton, Massachusetts") == "JOHN D. DOHERTY"
    assert _without_heading("Bank of America") == "Bank of America"
    assert (
        _without_heading("West Chester, PA 1. Amount. PRESCIENT APPLIED INTELLIGENCE, INC.")
        == "PRESCIENT APPLIED INTELLIGENCE, INC."
    )


def test_a_bare_entity_word_a_document_word_or_a_date_is_not_a_name() -> None:
    from promissory.extract.roles import _plausible_name

    assert not _plausible_name("Inc.")
    assert not _plausible_name("Note")
    assert not _plausible_name("A Dated March 12, 1993")
    assert _plausible_name("First Bank, N.A.")


def test_a_bare_365_day_year_is_offered_like_a_bare_360_day_year() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $100,000.00 with interest at 18% per annum. Interest "
        "shall be computed on the basis of a 365-day year."
    )
    assert found.get("interest.day_count") is None
    assert "ACT/365F" in [f.value for f in found.offered("interest.day_count")]
    actual = extract_text(
        PROMISE + "the principal sum of $100,000.00 with interest at 18% per annum, computed on "
        "the basis of a 365-day year for the actual number of days elapsed."
    )
    assert _value(actual, "interest.day_count") == "ACT/365F"


def test_a_defined_terms_opening_run_into_the_name_is_cut() -> None:
    from promissory.extract.roles import _without_heading

    assert _without_heading("Puraverde, LLC(referred to herein as") == "Puraverde, LLC"


def test_words_then_the_figure_then_dollars() -> None:
    found = extract_text(
        'For valuable consideration, Acme Associates, Inc. (the "Borrower") promises to pay to '
        'the order of First Insurance Group, Inc. (the "Lender") the principal sum of One '
        "Million ($1,000,000.00) Dollars, payable in one or more installments as the Lender "
        "shall from time to time demand."
    )
    assert _value(found, "commitment") == Decimal("1000000.00")
    assert found.get("commitment").confidence >= Decimal("0.90")


def test_the_lesser_of_the_lawful_maximum_or_a_rate_is_that_rate() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $1,000,000.00 with interest at a rate equal to the "
        "lesser of the maximum lawful rate under applicable law or twelve percent (12%) per "
        'annum (the "Interest Rate").'
    )
    assert _value(found, "interest.rate") == Decimal("0.12")
    both = extract_text(
        PROMISE + "the principal sum of $1,000,000.00 with interest until paid at an annual "
        "rate equal to the lesser of (i) the maximum non-usurious rate permitted by applicable "
        "law and (ii) six percent (6%) calculated monthly (the \u201cInterest Rate\u201d)."
    )
    assert _value(both, "interest.rate") == Decimal("0.06")


def test_a_payee_then_its_street_address() -> None:
    found = extract_text(
        "1. Promise to Pay. FOR VALUE RECEIVED, the undersigned (hereinafter referred to as "
        "Debtor) hereby absolutely and unconditionally promises to pay to the order of Raytheon "
        "Aircraft Credit Corporation, at 101 S. Webb Street, Suite 300, Wichita, Kansas 67207 "
        "(together with its successor and assigns), the principal sum of $2,116,573.70."
    )
    assert _value(found, "lender") == "Raytheon Aircraft Credit Corporation"


# -- after heldout-r and heldout-s's one score ---------------------------------------------------


def test_boxes_on_their_own_lines_before_the_features() -> None:
    found = extract_text(
        PROMISE
        + "the principal sum of $6,500,000.00.\n- \u00fd\n- REVOLVING FEATURE: Borrower shall "
        "be entitled to borrow up to the Principal Amount and to repay and re-borrow.\n- o\n"
        "- DRAW FEATURE: Borrower shall be entitled to make one or more draws. Any repayment may "
        "not be re-borrowed.\n"
    )
    assert _value(found, "revolving") is True


def test_a_former_name_stays_with_the_name_and_an_address_line_is_no_name() -> None:
    former = extract_text(
        "PROMISE TO PAY.  Sun American Bancorp f/k/a PanAmerican Bancorp (\u201cBorrower\u201d) "
        "promises to pay to The Independent Banker\u2019s Bank of Florida (\u201cLender\u201d), or "
        "order, the principal amount of $5,000,000.00."
    )
    assert _value(former, "borrower") == "Sun American Bancorp f/k/a PanAmerican Bancorp"
    from promissory.extract.parties import _NOT_A_NAME

    assert _NOT_A_NAME.search("Chicago, Illinois 60610")


def test_a_note_without_interest() -> None:
    found = extract_text(
        PROMISE + "the principal sum of Five Million Two Hundred Thirty Thousand and No/100 "
        "Dollars ($5,230,000.00) without interest, payable on June 30, 2007."
    )
    assert _value(found, "interest.rate") == Decimal("0")
    unless = extract_text(
        PROMISE + "the principal sum of $1,000,000.00 on June 30, 2021. This Note shall not "
        "accrue interest unless an Event of Default shall occur."
    )
    assert _value(unless, "interest.rate") == Decimal("0")


def test_the_day_interest_is_payable_is_not_the_maturity() -> None:
    found = extract_text(
        PROMISE + "the principal sum of FIFTY THOUSAND DOLLARS ($50,000.00). Interest on the "
        "unpaid principal balance of this Note shall accrue at the rate of ten percent (10%) per "
        "annum, and shall be payable on June 28, 2002, as to all interest accrued as of such "
        "date, with the balance and all unpaid principal due on the Maturity Date."
    )
    assert _value(found, "maturity") is None


def test_a_rate_for_the_first_months_is_an_initial_rate_and_or_order_ends_a_name() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, Acme Building, Ltd. promises to pay to FIRST UNITED BANK, or order, "
        "the principal sum of $100,000.00. I will pay interest for the first six (6) months of "
        "this loan at a yearly rate of 10.00%. The interest rate I will pay will change."
    )
    assert _value(found, "lender") == "FIRST UNITED BANK"
    assert _value(found, "interest.rate") is None
