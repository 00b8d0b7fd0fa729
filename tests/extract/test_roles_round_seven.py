"""The seventh round of issue 16: the misses read on ``heldout-t`` and ``heldout-u`` after their
one score — each written here as a short note of its own (not the corpus text), so that the rule
is held by the words that make it, not by one document."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import PROMISE, offered
from role_notes import value as _value

from promissory.extract import extract_text
from promissory.extract.amounts import MONEY_FIGURE, money_value

# -- prepayment -------------------------------------------------------------------------------


def test_without_penalty_after_the_prepayment_sentence_is_no_premium() -> None:
    """'may prepay … at any time, and from time to time, without penalty.' (not followed by
    'all or any'): prepayable without a premium."""
    found = extract_text(
        PROMISE + "the principal sum of $80,000.00 on March 1, 2006. The Maker may prepay all or "
        "any portion of the principal balance at any time, and from time to time, without "
        "penalty. All payments shall be applied first to interest."
    )
    assert _value(found, "prepayment.premium") == "none"


def test_without_penalty_then_and_provided_is_no_premium() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $80,000.00. Prepayment in whole or part may occur at any "
        "time hereunder without penalty and provided that any partial prepayment shall not "
        "postpone the installments."
    )
    assert _value(found, "prepayment.premium") == "none"


def test_without_premium_or_penalty_after_a_semicolon_reads_the_clause_before() -> None:
    """'Borrower may voluntarily prepay this Note … at any time; without premium or penalty.'"""
    found = extract_text(
        PROMISE + "the principal sum of $80,000.00. 3. Prepayment. Borrower may voluntarily "
        "prepay the loan evidenced by this Note in whole or in part at any time; without premium "
        "or penalty."
    )
    assert _value(found, "prepayment.premium") == "none"


def test_without_penalty_except_is_not_no_premium() -> None:
    """'without penalty except as set out below' leaves a premium to be read elsewhere."""
    found = extract_text(
        PROMISE + "the principal sum of $80,000.00. The Maker may prepay this Note without "
        "penalty except during the first loan year, when a fee of 2% of the amount prepaid is "
        "due."
    )
    assert _value(found, "prepayment.premium") != "none"


# -- installments -----------------------------------------------------------------------------


def test_monthly_installments_of_accrued_interest_do_not_start_the_schedule() -> None:
    """'On the first day of each month, commencing on February 1, 2019, … Borrower shall pay
    monthly installments of accrued interest hereon;': interest alone, not the first payment."""
    found = extract_text(
        PROMISE + "the principal sum of $400,000.00. (a) On the first day of each month, "
        "commencing on February 1, 2019, to and including June 1, 2020, there shall be due and "
        "Borrower shall pay monthly installments of accrued interest hereon; and (b) On June 17, "
        "2020, the entire remaining principal balance shall be due and payable in full."
    )
    assert _value(found, "schedule.first_payment") is None


def test_interest_payable_after_a_colon_and_a_letter_does_not_start_the_schedule() -> None:
    """'all interest shall be: (a) payable commencing on December 1, 2007 and on June 1 and
    December 1 for each year thereafter': when interest is paid."""
    found = extract_text(
        PROMISE + "the principal sum of $6,000,000.00. Subject to Section 5, all interest shall "
        "be: (a) payable commencing on December 1, 2007 and on June 1 and December 1 for each "
        "year thereafter, and (b) computed on the actual number of days elapsed."
    )
    assert _value(found, "schedule.first_payment") is None
    assert _value(found, "schedule.frequency") is None


def test_two_days_of_each_year_are_a_semiannual_schedule() -> None:
    """'installments of principal … on June 1 and December 1 of each year': twice a year."""
    found = extract_text(
        PROMISE + "the principal sum of $600,000.00 in installments of principal of $50,000.00 "
        "each, payable on June 1 and December 1 of each year, commencing June 1, 2008."
    )
    assert _value(found, "schedule.frequency") == "semiannual"
    assert _value(found, "schedule.first_payment") == dt.date(2008, 6, 1)


def test_two_months_of_each_year_are_a_semiannual_schedule() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $600,000.00 in installments of $50,000.00 each on the "
        "first day of January and July of each year, commencing July 1, 2008."
    )
    assert _value(found, "schedule.frequency") == "semiannual"


def test_installments_in_tranches_of_other_amounts_are_offered_not_proposed() -> None:
    """'(i) $120,000.00 in twelve (12) consecutive monthly installments of $10,000.00 …; (ii)
    $60,000.00 in twelve (12) consecutive monthly installments of $5,000.00 …': no one
    installment, count or period is the schedule's."""
    found = extract_text(
        PROMISE + "the principal sum of $180,000.00, payable as follows: (i) $120,000.00 in "
        "twelve (12) consecutive monthly installments of $10,000.00 per month, commencing "
        "January 31, 1997; (ii) $60,000.00 in twelve (12) consecutive monthly installments of "
        "$5,000.00 per month, commencing January 31, 1998."
    )
    assert _value(found, "schedule.installment") is None
    assert _value(found, "schedule.payments") is None
    assert _value(found, "schedule.frequency") is None
    assert Decimal("10000.00") in offered(found, "schedule.installment")


def test_one_count_of_installments_is_still_the_schedule() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $120,000.00 in twelve (12) consecutive monthly "
        "installments of $10,000.00 each, commencing January 31, 1997."
    )
    assert _value(found, "schedule.installment") == Decimal("10000.00")
    assert _value(found, "schedule.payments") == 12


# -- amounts and rates ------------------------------------------------------------------------


def test_thousands_set_off_by_full_stops_are_read_as_thousands() -> None:
    """'$206.404.55' (a typing slip) is $206,404.55, not $206.40."""
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned promises to pay to the order of Green County the "
        "sum of $206.404.55 said sum bearing no interest unless in default."
    )
    assert _value(found, "commitment") == Decimal("206404.55")
    match = MONEY_FIGURE.search("the sum of $1.234.567.89 in all")
    assert match is not None and money_value(match.group(0)) == Decimal("1234567.89")
    match = MONEY_FIGURE.search("a fee of $206.40 and no more")
    assert match is not None and money_value(match.group(0)) == Decimal("206.40")


def test_prime_less_basis_points_is_a_negative_margin() -> None:
    """'the fluctuating prime lending rate of the Bank, as such rate is in effect less 100 basis
    points'."""
    found = extract_text(
        PROMISE + "the principal amount of $225,000.00, with interest at a rate equal to the "
        "fluctuating prime lending rate of Lake Bank, N.A., as such rate is in effect less 100 "
        "basis points until paid in full."
    )
    assert _value(found, "interest.floating.index") == "PRIME"
    assert _value(found, "interest.floating.margin") == Decimal("-0.01")


def test_an_initial_rate_with_interest_thereafter_at_another_is_not_the_rate() -> None:
    """'Interest will accrue at the Initial Interest Rate of 7.050 percent per annum, with
    interest thereafter at the rate provided in the option below'."""
    found = extract_text(
        PROMISE + "the principal sum of $760,000.00. Interest will accrue at the Initial Interest "
        "Rate of 7.050 percent per annum, with interest thereafter at the rate provided in the "
        "interest rate option specified below."
    )
    assert _value(found, "interest.rate") is None


# -- parties and features ---------------------------------------------------------------------


def test_the_role_word_before_the_makers_name_is_not_part_of_it() -> None:
    """'the undersigned Borrower, Alameda Paper Industries, Inc., promises to pay'."""
    found = extract_text(
        "A. For value received, the undersigned Borrower, Alameda Paper Industries, Inc., "
        'promises to pay to the order of the City of San Marco ("Holder") the principal sum of '
        "two million dollars ($2,000,000) with interest at seven (7) percent per annum."
    )
    assert _value(found, "borrower") == "Alameda Paper Industries, Inc."


def test_a_city_named_with_its_state_keeps_the_state() -> None:
    """'to the order of MACON, GEORGIA, its successors or assigns': the city's legal name."""
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned promises to pay to the order of MACON, GEORGIA, its "
        "successors or assigns, the sum of $50,000.00 bearing no interest."
    )
    assert _value(found, "lender") == "MACON, GEORGIA"


def test_a_county_named_with_its_state_loses_the_state() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned promises to pay to the order of LEON COUNTY, "
        "Florida, its successors or assigns, the sum of $50,000.00 bearing no interest."
    )
    assert _value(found, "lender") == "LEON COUNTY"


def test_i_slash_we_is_not_a_makers_name_and_dollars_before_the_payee() -> None:
    """'For value received, I/we, the undersigned Maker(s), jointly and severally promise to pay
    in U.S. dollars to Prairie Farm Credit, PCA, Lender, at its office'."""
    found = extract_text(
        "For value received, I/we, the undersigned Maker(s), jointly and severally promise to "
        "pay in U.S. dollars to Prairie Farm Credit, PCA, Lender, at its office in Omaha, "
        "Nebraska, or order, the principal sum of $500,000.00 plus interest."
    )
    assert _value(found, "borrower") is None
    assert _value(found, "lender") == "Prairie Farm Credit, PCA"


def test_a_revolving_loan_fund_lender_does_not_make_the_note_revolving() -> None:
    """'to the order of the State Revolving Loan Fund': a lender's name, not a feature."""
    found = extract_text(
        "FOR VALUE RECEIVED, the City of Dawson promises to pay to the order of the State "
        "Revolving Loan Fund of the State of Georgia the principal sum of $4,000,000.00 with "
        "interest at four percent (4%) per annum."
    )
    assert _value(found, "revolving") is None
    found = extract_text(
        PROMISE + "the principal sum of $400,000.00 under a revolving line of credit."
    )
    assert True in offered(found, "revolving")  # (the name alone: offered)


def test_three_lenders_named_together_propose_the_first() -> None:
    """'to the order of NORTH ASSET HOLDINGS LLC, PLAINS BANK and RIVER STATE BANK (collectively,
    the "Lender")': one of them, the first."""
    found = extract_text(
        'PROMISE TO PAY. For value received, PRAIRIE FUELS, LLC ("Borrower") promises to pay to '
        "the order of NORTH ASSET HOLDINGS LLC, PLAINS BANK and RIVER STATE BANK (collectively, "
        'the "Lender") the principal sum of SIX MILLION and 00/100 Dollars ($6,000,000.00).'
    )
    assert _value(found, "lender") == "NORTH ASSET HOLDINGS LLC"


def test_a_fund_and_its_suffix_are_one_lender() -> None:
    found = extract_text(
        "For value received, Prairie Fuels, LLC promises to pay to the order of Granite Fund I, "
        'LLC and Plains Bank (together, the "Lender") the principal sum of $6,000,000.00.'
    )
    assert _value(found, "lender") == "Granite Fund I, LLC"


# -- security ---------------------------------------------------------------------------------


def test_words_that_name_what_secures_the_note_make_it_secured() -> None:
    """'the mortgage securing this Note', 'the land, which secures this note', 'As security for
    payment of this Note, the Owner has granted', 'secured by, among other things, a Security
    Agreement', 'NOTE SECURED BY DEED OF TRUST'."""
    for words in (
        "If the Maker defaults under the covenants of the mortgage securing this Note, the sum "
        "shall be due.",
        "The abatement depends on Borrower continuing to own the land, which secures this note.",
        "2. Security. As security for payment of this Note, the Owner has granted a deed of "
        "trust on the Property.",
        "This Note is issued under a Loan Agreement and secured by, among other things, a "
        "Security Agreement of even date.",
    ):
        found = extract_text(PROMISE + "the principal sum of $80,000.00. " + words)
        assert _value(found, "secured") is True, words
    found = extract_text(
        "NOTE SECURED BY DEED OF TRUST\n$80,000.00\nFor value received, Acme Widgets, Inc. "
        "promises to pay to the order of First Bank the sum of $80,000.00."
    )
    assert _value(found, "secured") is True


def test_each_succeeding_calendar_month_is_monthly() -> None:
    found = extract_text(
        PROMISE + "the sum of $236,248 with interest at six percent (6.0%) per annum, payable in "
        "installments (of principal and accrued interest) in the amount of $4,567.34, commencing "
        "on April 1, 2011, and continuing on the first day of each succeeding calendar month."
    )
    assert _value(found, "schedule.frequency") == "monthly"
    assert _value(found, "schedule.installment") == Decimal("4567.34")


def test_a_public_body_after_the_is_the_payee_without_the() -> None:
    """'promises to pay to the City of Cathedral Springs, a municipal corporation': the city is
    the payee, named without the sentence's 'the' (a name that writes 'THE' keeps it)."""
    found = extract_text(
        "For value received, Urban Revival Corporation, a California nonprofit corporation, "
        'promises to pay to the City of Cathedral Springs, a municipal corporation ("City"), or '
        "order, the principal sum of $2,500,000."
    )
    assert _value(found, "lender") == "City of Cathedral Springs"
    found = extract_text(
        "For value received, Urban Revival Corporation promises to pay to the order of THE CITY "
        "OF PARIS, TEXAS, the principal sum of $2,500,000."
    )
    assert _value(found, "lender") == "THE CITY OF PARIS"


def test_a_finance_companys_form_names_you_and_the_borrower_under_its_label() -> None:
    """'Borrower(s):' then the name on a line of its own; 'The words "you" and "your(s)" mean
    Skyline Finance Corporation, …' is the lender."""
    found = extract_text(
        "PROMISSORY NOTE\nLoan No. 01-901\nBorrower(s):\nAIR CHARTER, INC.\n----------\n"
        'NAME(S)\n1. Definitions. In this Promissory Note, the words "I," "me," and "mine" '
        'mean all who sign this Promissory Note as Borrower(s). The words "you" and "your(s)" '
        "mean Skyline Finance Corporation, 100 Main Street, Wichita, Kansas, and any party to "
        "whom Skyline Finance Corporation assigns this Promissory Note.\n"
    )
    assert _value(found, "borrower") == "AIR CHARTER, INC."
    assert _value(found, "lender") == "Skyline Finance Corporation"


def test_principal_and_interest_due_days_from_the_date_of_note() -> None:
    """'DATED this 29th day of December, 2005. … Principal and accrued interest shall be due and
    payable on or before thirty (30) days from the date of Note.'"""
    found = extract_text(
        "PROMISSORY NOTE\n\nDATED this 29th day of December, 2005.\n\nFor valuable consideration, "
        'MEMORIAL LIFE COMPANY (the "Maker") hereby promises to pay to the order of PLAINS LIFE '
        'COMPANY (the "Payee") the sum of Thirty Million Dollars ($30,000,000), together with '
        "interest thereon. Principal and accrued interest shall be due and payable on or before "
        "thirty (30) days from the date of Note."
    )
    # (worked out: offered from the sixty-fifth round, proposed as inferred since the eighty-sixth)
    assert found.get("maturity").value == dt.date(2006, 1, 28)  # type: ignore[union-attr]


# -- after heldout-v and heldout-w's one score ------------------------------------------------


def test_a_count_in_figures_beside_long_words_is_the_figure() -> None:
    """'one hundred seventy nine (179) installments': 179, not the last two words' 79."""
    found = extract_text(
        PROMISE + "the principal sum of $2,000,000.00, payable in one hundred seventy nine (179) "
        "installments of principal and interest in the amount of $18,739.66 each, commencing "
        "on August 1, 1996."
    )
    assert _value(found, "schedule.payments") == 179


def test_libor_plus_a_lettered_margin_and_the_higher_of_a_floor_is_not_a_fixed_rate() -> None:
    """'at the higher of: (a) … the sum of (i) the LIBOR Rate, plus (ii) one hundred seventy
    (170) basis points, or (b) 3.30% per annum': a margin over LIBOR; 3.30% is no fixed rate."""
    found = extract_text(
        PROMISE + "the Note Amount of $5,000,000.00, together with interest at the higher of: "
        '(a) the "LIBOR Based Rate", which shall be the rate per annum determined by Payee to '
        "be equal to the sum of (i) the LIBOR Rate, plus (ii) one hundred seventy (170) basis "
        "points, or (b) 3.30% per annum, computed on the basis of a 360 day year."
    )
    assert _value(found, "interest.floating.margin") == Decimal("0.017")
    assert _value(found, "interest.rate") is None


def test_a_rate_that_will_be_adjusted_is_initial() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $450,000.00 with interest on the unpaid principal "
        "balance being equal to 8.77% per annum and will be adjusted on the first day of each "
        "calendar quarter."
    )
    assert _value(found, "interest.rate") is None


def test_not_payable_on_demand_is_not_demand() -> None:
    """An SBA form's 'Lender must ensure the Note … has a stated maturity and is not payable on
    demand'."""
    found = extract_text(
        PROMISE + "the principal sum of $1,000,000.00. If Lender uses its own Note, Lender must "
        "ensure the Note is legally enforceable, has a stated maturity and is not payable on "
        "demand."
    )
    assert _value(found, "demand") is None


def test_a_definition_of_collateral_does_not_make_the_note_secured() -> None:
    """'"Collateral" means any property taken as security for payment of this Note', and a
    security agreement named in prose, not as a heading."""
    found = extract_text(
        PROMISE + 'the principal sum of $1,000,000.00. "Collateral" means any property taken '
        "as security for payment of this Note or any guarantee of this Note."
    )
    assert _value(found, "secured") is None
    found = extract_text(
        PROMISE + "so much of the principal sum of $3,750,000 as has been advanced by Lender "
        "pursuant to the terms of a Security Agreement\ndated as of February 24, 1998."
    )
    assert _value(found, "secured") is None


def test_entitled_to_the_benefit_and_security_of_an_agreement_is_secured() -> None:
    found = extract_text(
        PROMISE + "the principal amount of $5,000,000.00. This Note is issued pursuant to the "
        "Loan and Security Agreement and is entitled to the benefit and security of the Loan "
        "and Security Agreement."
    )
    assert _value(found, "secured") is True


def test_a_place_line_and_a_role_word_are_not_part_of_the_makers_name() -> None:
    found = extract_text(
        "PROMISSORY NOTE\n$50,000\nBethesda, Maryland\nGlobal\nWidgets, Inc. (the "
        "“Maker”) promises to pay\nto the order of Rama Kumar (the\n“Payee”) the principal "
        "sum of Fifty Thousand Dollars ($50,000)."
    )
    assert _value(found, "borrower") == "Global Widgets, Inc."
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned Maker, J.D. NORTON, (“Maker”), hereby\npromises "
        "and agrees to pay on demand to the order of NORTON GUARANTY CORPORATION, a\nKentucky "
        "Corporation (“Payee”), the principal sum of TEN MILLION DOLLARS ($10,000,000.00)."
    )
    assert _value(found, "borrower") == "J.D. NORTON"
    assert _value(found, "lender") == "NORTON GUARANTY CORPORATION"


def test_a_share_of_the_afr_in_a_tax_test_is_no_index_and_no_floor() -> None:
    """'the yield to maturity is not less than 100 percent of the applicable Federal rate': a
    tax rule's test; the note's rate is its own 2.51%."""
    found = extract_text(
        PROMISE + "the sum of $8,000,000.00 plus interest at the annual rate of Two and "
        "Fifty-one Hundredths percent (2.51%) compounded annually, due and payable on the 20th "
        "of July 2027 (the “Maturity Date”). This Note may be prepaid in whole or in part "
        "without additional fee or penalty. Thus (iv) the yield to maturity is not less than "
        "100 percent of the applicable Federal rate and not greater than 130 percent of the "
        "applicable Federal rate."
    )
    assert _value(found, "interest.floating.index") is None
    assert _value(found, "interest.floating.floor") is None
    assert _value(found, "interest.rate") == Decimal("0.0251")
    assert _value(found, "maturity") == dt.date(2027, 7, 20)
    assert _value(found, "prepayment.premium") == "none"


def test_default_interest_beside_a_late_charge_is_not_the_late_charge() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $1,000,000.00 with interest at 12% per annum. 1. DEFAULT "
        "INTEREST. In addition to any late payment charge which may be due under this Note, if "
        "the Principal Amount is not paid in full when due, the Maker shall pay interest at a "
        "rate per annum equal to the rate initially payable hereunder plus 5%."
    )
    assert _value(found, "late_charge") is None


def test_two_runs_of_installments_are_tranches_and_the_first_begins_the_schedule() -> None:
    """'payable in eight (8) equal principal only monthly installments of Thirty Five Thousand
    Dollars ($35,000) each, beginning on (i) August 15, 2009 …; and three (3) equal installments
    of Sixty Five Thousand Dollars ($65,000) …'."""
    found = extract_text(
        PROMISE + "the principal sum of $475,000, which shall be payable in eight (8) equal "
        "principal only monthly installments of Thirty Five Thousand Dollars ($35,000) each, "
        "beginning on (i) August 15, 2009 and ending (ii) March 15, 2010; and three (3) equal "
        "installments of Sixty Five Thousand Dollars ($65,000) plus all accrued interest "
        "beginning on April 15, 2010."
    )
    assert _value(found, "schedule.installment") is None
    assert _value(found, "schedule.payments") is None
    assert _value(found, "schedule.first_payment") != dt.date(2010, 4, 15)
    first = [_value(found, "schedule.first_payment"), *offered(found, "schedule.first_payment")]
    assert dt.date(2009, 8, 15) in first


def test_another_notes_stated_amount_is_not_the_commitment() -> None:
    found = extract_text(
        "PROMISSORY NOTE\n$25,000,000.00\nJuly 1, 2010\nTHIS PROMISSORY NOTE is made by Acme "
        'Towers, LLC ("Borrower") and River Life Insurance Company ("Lender"). NOW, '
        "THEREFORE, the Consolidated Note is superseded by this Note and that certain Promissory "
        "Note dated the date hereof from Borrower to the order of River Annuity Company in the "
        "stated principal amount of $10,500,000.00 (the “Annuity Note”)."
    )
    assert _value(found, "commitment") != Decimal("10500000.00")


def test_a_laser_pro_header_gives_the_maturity_and_the_borrower_before_the_lender() -> None:
    found = extract_text(
        "PROMISSORY NOTE\n----------\nPrincipal Loan Date Maturity Loan No. Initials\n"
        "$750,000.00 4/26/99 11/26/99 101\n----------\nBorrower: ACE Widget Company_ Lender: "
        "AutoFinance, Inc.\nPrincipal Amount: $750,000 Initial Rate: 14.250% Note: 4/26/99\n"
        'PROMISE TO PAY. ACE Widget Company (formerly known as Widget Co.) ("Borrower") '
        'promises to pay AutoFinance, Inc. ("Lender"), or order, the principal amount of '
        "Seven Hundred Fifty Thousand and 00/100 Dollars ($750,000.00)."
    )
    assert _value(found, "maturity") == dt.date(1999, 11, 26)
    assert _value(found, "borrower") == "ACE Widget Company"


def test_a_grid_cell_fixed_rate_is_read_under_its_label() -> None:
    found = extract_text(
        "Note\n\nLOAN AMOUNT\n\n$1,353,600.00\n\nINTEREST RATE\n\nFixed 1%\n\nBORROWER\n\n"
        "WIDGETS, INC.\n\nLENDER\n\nPLAINS BANK\n"
    )
    assert _value(found, "interest.rate") == Decimal("0.01")


def test_hundredths_in_words() -> None:
    from promissory.extract.numwords import parse_number_words

    assert parse_number_words("Two and Fifty-one Hundredths") == Decimal("2.51")
    assert parse_number_words("five and sixty-eight hundredths") == Decimal("5.68")


# -- after heldout-x and heldout-y's one score ------------------------------------------------


def test_a_percent_over_the_notes_own_or_an_index_rate_is_no_fixed_rate() -> None:
    """'"Alternative Rate" means the interest rate of three percent (3%) per annum over the
    Applicable Interest Rate'; '"Applicable Interest Rate" means … 2.75% per annum above the
    LIBOR Rate'; 'The initial Index Rate is currently EIGHT AND NO/1000 percent (8.000%)'."""
    found = extract_text(
        PROMISE + 'the principal sum of $5,000,000.00. (a) The term "Alternative Rate" means '
        "the interest rate of three percent (3%) per annum over the Applicable Interest Rate. "
        '(b) The term "Applicable Interest Rate" means the interest rate of 2.75% per annum '
        "above the LIBOR Rate in effect from time to time."
    )
    assert _value(found, "interest.rate") is None
    found = extract_text(
        PROMISE + "the principal sum of $500,000.00 with interest at the variable rate of ONE "
        "AND 500/1000 percent (1.500%) per annum over the Index Rate. The initial Index Rate is "
        "currently EIGHT AND NO/1000 percent (8.000%) per annum."
    )
    assert _value(found, "interest.rate") != Decimal("0.08")


def test_interest_on_late_payments_payable_on_demand_is_not_a_demand_note() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $160,000.00 on March 1, 1998. If any payment which is "
        "to be made is not paid when due, each payment shall bear interest, payable on demand, "
        "at a rate per annum equal to the Bank's base rate plus 5%."
    )
    assert _value(found, "demand") is None


def test_payable_on_demand_after_the_payee() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, Vista Real Estate, LLC (“Borrower”) promises to pay to the order "
        "of Harbor Media Group, Inc. (“Lender”) on demand at the principal office of Lender the "
        "principal sum of $771,928.06."
    )
    assert _value(found, "demand") is True


def test_names_with_a_state_in_parentheses_and_a_band_of_indians() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the NOTTAWA BAND OF POTAWATOMI, a federally recognized Indian Tribe "
        "(“Borrower”), promises to pay to the order of Gaming Partners (Michigan), LLC "
        "(“Lender”), a Delaware limited liability company, the principal sum of $25,000,000."
    )
    assert _value(found, "lender") == "Gaming Partners (Michigan), LLC"
    found = extract_text(
        'FOR VALUE RECEIVED, The Kaw Band of Potawatomi Indians (the "Band") promises to pay '
        'to LAKES GAMING, INC., a Minnesota corporation ("Lakes"), the principal sum of '
        "$43,000,000."
    )
    assert _value(found, "borrower") == "The Kaw Band of Potawatomi Indians"


def test_a_payee_whose_defined_term_follows_without_a_space() -> None:
    found = extract_text(
        "For value received, the undersigned promises to pay to the order of National Student "
        'Loan Network, Inc.("Lender" or "Holder"), at 121 S. 13th Street, the principal sum '
        "of $5,000,000.00."
    )
    assert _value(found, "lender") == "National Student Loan Network, Inc."


def test_a_dateline_is_not_a_makers_name() -> None:
    found = extract_text(
        "PROMISSORY NOTE\nU.S. $22,000,000.00 New York, New York\nAs of December 31, 1998\nFOR "
        'VALUE RECEIVED, XXX, X.X. (the "Borrower"), a Delaware limited partnership, promises '
        "to pay to the order of Lakeside Americas, Inc. the principal sum of $22,000,000.00."
    )
    # (the masked name itself is read as written since the eighty-second round, inferred)
    assert _value(found, "borrower") == "XXX, X.X"


def test_interest_beginning_on_a_day_is_not_the_first_payment() -> None:
    found = extract_text(
        PROMISE + "the sum of Three Million Dollars ($3,000,000.00), together with variable "
        "interest on the unpaid balance beginning May 31, 2001, at the rate the Internal Revenue "
        "Service applies to underpayments."
    )
    assert _value(found, "schedule.first_payment") is None


def test_an_agreement_dated_as_of_in_capitals_does_not_date_the_note() -> None:
    found = extract_text(
        "THIS NOTE IS SUBORDINATE AS SET FORTH IN THAT CERTAIN SUBORDINATION AGREEMENT (THE "
        "“SUBORDINATION AGREEMENT”) DATED AS OF JUNE 30,\n2007 AMONG BORROWER AND THE "
        "CREDITORS.\n" + PROMISE + "the principal sum of $500,000.00."
    )
    assert _value(found, "issue_date") != dt.date(2007, 6, 30)


def test_another_company_is_not_the_maker_when_the_maker_is_the_borrower() -> None:
    """'the undersigned (the "Borrower") promises to pay …; … the shareholders of Middleton Pest
    Control, Inc. (the "Company")': the Company is the business bought, not the maker; and a
    trust's date is not the note's."""
    found = extract_text(
        'SUBORDINATED PROMISSORY NOTE FOR VALUE RECEIVED, the undersigned (the "Borrower") '
        "promises to pay to Sellers' Representative on behalf of the Carl P. Stone Irrevocable "
        "Trust, dated April 22, 2002, the principal sum of $5,000,000. This Note is issued under "
        "a Stock Purchase Agreement between Sunrise Pest Holdings, Inc and the shareholders of "
        'Middleton Pest Control, Inc. (the "Company").'
    )
    assert _value(found, "borrower") is None
    assert _value(found, "issue_date") is None


def test_a_laser_pro_note_whose_payments_change_with_the_index_floats_on_it() -> None:
    """'PAYMENT. Subject to any payment changes resulting from changes in the Index, Borrower
    will pay …'; 'THE INTEREST RATE WILL NOT INCREASE ABOVE 18.000%.' is the floating rate's cap."""
    found = extract_text(
        PROMISE + "the principal amount of $4,300,000.00, together with interest on the unpaid "
        "principal balance from July 30, 1997, until paid in full. The interest rate will not "
        "increase above 18.000%.\nPAYMENT. Subject to any payment changes resulting from "
        "changes in the Index, Borrower will pay this loan in 3 principal payments of "
        "$152,500.00 each."
    )
    # (the unnamed Index is offered, not proposed, since the twenty-ninth round)
    assert "INDEX" in offered(found, "interest.floating.index")
    assert _value(found, "interest.floating.cap") == Decimal("0.18")


def test_abr_flat_is_the_base_rate() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $160,000.00 on March 1, 1998, with interest at a rate "
        "per annum equal to A.B.R. flat, but not to exceed the maximum amount permitted by law."
    )
    assert _value(found, "interest.floating.index") == "BASE"


# -- after heldout-z and heldout-aa's one score -----------------------------------------------


def test_an_unticked_demand_option_within_a_line_is_not_demand() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $500,000.00. The Borrower will repay this Note in "
        "accordance with the schedule checked as follows: a. |_| Demand. On Demand, the Borrower "
        "will pay the Principal; the Principal continues to be payable on Demand. b. |X| Time. "
        "On September 30, 1998, the Borrower will pay the Principal with interest."
    )
    assert _value(found, "demand") is None


def test_words_and_a_figure_with_its_currency_that_disagree_are_offered() -> None:
    """'the principal amount of TWO HUNDRED THOUSAND EIGHTY DOLLARS ($280,000 U.S.)'."""
    found = extract_text(
        "FOR VALUE RECEIVED, VERTEX SYSTEMS, INC. promises to pay to the order of Jane Roe the "
        "principal amount of TWO HUNDRED THOUSAND EIGHTY DOLLARS ($280,000 U.S.), together with "
        "interest at four percent (4%) per annum."
    )
    assert _value(found, "commitment") is None


def test_the_first_few_payments_are_not_the_count_of_installments() -> None:
    found = extract_text(
        PROMISE + "the principal amount of $280,000. The principal shall be payable in monthly "
        "installments: i. The\nfirst\nfour monthly payments shall be for Five Thousand Dollars "
        "($5,000.00) ii. All remaining monthly payments shall be for Ten Thousand Dollars "
        "($10,000.00)."
    )
    assert _value(found, "schedule.payments") is None


def test_a_principal_sum_with_additional_advances_up_to_a_total_is_that_total() -> None:
    """'the principal sum of Fifteen Thousand Dollars ($15,000.00), without interest, … together
    with such additional sums as may be advanced … up to a total of Forty Five Thousand Dollars
    ($45,000)': the ceiling, and no interest."""
    found = extract_text(
        "FOR VALUE RECEIVED the undersigned, jointly and severally, promise to pay to Danny Roe "
        "or order, the principal sum of Fifteen Thousand Dollars ($15,000.00), without interest, "
        "payable at the office of Danny Roe together with such additional sums as may be "
        "advanced by Roe after this date in accordance herein up to a total of Forty Five "
        "Thousand Dollars ($45,000)."
    )
    assert _value(found, "commitment") != Decimal("15000.00")
    assert Decimal("45000.00") in [_value(found, "commitment"), *offered(found, "commitment")]
    assert _value(found, "interest.rate") == Decimal(0)


def test_a_rate_until_a_date_is_initial() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $250,000. Interest on the principal balance shall accrue "
        "from the date hereof until December 31, 2002 at the rate of seven percent (7.00%) per "
        "year."
    )
    assert _value(found, "interest.rate") is None


def test_a_blank_payee_has_no_lender_from_a_bank_named_elsewhere() -> None:
    found = extract_text(
        "WHEREAS, Paradigm intends to acquire the Property through a foreclosure sale by Lake "
        "Valley Bank (the “Bank”). For valuable consideration, VERTEX SYSTEMS, INC. "
        "(“Promissor”) promises to pay to the order of ________________, a Texas resident, the "
        "principal amount of $280,000."
    )
    assert _value(found, "lender") is None


def test_hereafter_referred_to_as_ends_a_name() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned promises to pay to La Mesa Cove Investors, Inc., "
        "hereafter referred to as the Holder, the principal sum of $100,000.00."
    )
    assert _value(found, "lender") == "La Mesa Cove Investors, Inc."


def test_equal_installments_of_interest_only_are_no_schedule() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $250,000. Interest only shall be payable quarterly in "
        "arrears in equal installments of Four Thousand Four Hundred Twenty-Three and 61/100 "
        "Dollars ($4,423.61)."
    )
    assert _value(found, "schedule.installment") is None


# -- after heldout-ab and heldout-ac's one score ----------------------------------------------


def test_interest_to_be_paid_annually_beginning_is_no_schedule() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $1,800,000.00 together with the interest thereon at the "
        "rate of nine (9%) percent per annum until maturity, as follows: interest to be paid on "
        "annually beginning on January 4, 2007, and on the same date every year thereafter."
    )
    assert _value(found, "schedule.first_payment") is None
    assert _value(found, "schedule.frequency") is None


def test_spouses_named_together_and_demand_after_an_event_of_default() -> None:
    found = extract_text(
        'FOR VALUE RECEIVED, Sonic Widgets, Inc. ("Maker"), promises to pay to the order of '
        'Aris A. Bell and Claire Horne, husband and wife ("Payee"), the principal sum of One '
        "Million Dollars ($1,000,000.00) on or before March 18, 2003. In the event of any Event "
        "of Default the principal of this Note may, at the option of the holders hereof, become "
        "immediately due and payable on demand."
    )
    assert _value(found, "lender") == "Aris A. Bell"
    assert _value(found, "demand") is None


def test_a_header_default_interest_rate_is_the_default_rate() -> None:
    found = extract_text(
        "SPECIFIC INFORMATION:\nName(s) of Maker(s):\nBTND, LLC\nDate of Note\nMay 11, 2007\n"
        "Principal Amount\n$806,317\nAnnual Interest Rate:\n7%\nDefault Interest Rate\n9%\n"
        "FOR VALUE RECEIVED, the Maker promises to pay to the Payee the Principal Amount."
    )
    assert _value(found, "interest.default_rate") == Decimal("0.09")


def test_interest_after_the_due_date_is_the_default_rate() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $100,000.00 with interest at ten percent (10%) per annum "
        "compounded monthly, due on September 12, 2023. Should this Note not be paid back in "
        "full by the Due Date, then any unpaid principal after the Due Date shall accrue "
        "interest at a rate of 18% annually until paid."
    )
    assert _value(found, "interest.rate") == Decimal("0.10")


def test_an_initial_advance_is_not_the_commitment() -> None:
    found = extract_text(
        'FOR VALUE RECEIVED, Stone Holdings LLC (the "BORROWER") hereby unconditionally '
        'promises to pay to Tower Partners LLC (the "HOLDER") the sum of (i) a principal sum '
        'of two hundred thousand dollars ($200,000) (the "INITIAL ADVANCE"), plus the principal '
        "amount of any Additional Advances, on April 1, 2010."
    )
    assert _value(found, "commitment") is None


def test_revolving_operating_and_revolving_draw_titles() -> None:
    found = extract_text(
        "REVOLVING OPERATING NOTE\n" + PROMISE + "the principal sum of $40,000,000.00."
    )
    assert True in offered(found, "revolving")  # (the name alone: offered)
    # (the bank form's "(Commercial - Revolving Draw)", the counterpart of its "(Commercial -
    # Single Advance)", is proposed since the sixty-ninth round: its readers labelled each one)
    found = extract_text(
        "PROMISSORY NOTE\n(Commercial - Revolving Draw)\n"
        + PROMISE
        + "the principal sum of $40,000,000.00."
    )
    assert _value(found, "revolving") is True


def test_obligations_secured_by_the_collateral_and_secured_as_provided() -> None:
    for words in (
        "This Note and the obligations of the undersigned hereunder are “Obligations” secured "
        "by the “Collateral” as defined in the Aircraft Security Agreement.",
        "This Note is secured as provided in the Loan Documents.",
    ):
        found = extract_text(PROMISE + "the principal sum of $1,000,000.00. " + words)
        assert _value(found, "secured") is True, words


# -- after heldout-ad and heldout-ae's one score ----------------------------------------------


def test_monthly_interest_payments_of_an_amount_are_no_installments() -> None:
    found = extract_text(
        PROMISE
        + "the principal sum of $350,000 at 12% per annum. Beginning on August 1, 2017, and "
        "on the first of each ensuing month, the Company will make monthly interest payments in "
        "the amount of $3,500."
    )
    assert _value(found, "schedule.installment") is None
    assert _value(found, "schedule.frequency") is None


def test_a_town_line_then_for_value_received_is_no_name() -> None:
    found = extract_text(
        'PROMISSORY NOTE\nSanta Rosa, California\nFOR VALUE RECEIVED, (the "Borrower"),\n'
        "promises to pay to the CITY OF SANTA ROSA the principal sum of $500,000."
    )
    assert _value(found, "borrower") is None


def test_names_with_a_word_in_parentheses_entities_and_tribes_of_a_state() -> None:
    found = extract_text(
        "A SPAC I Acquisition Corp. (the “Maker”) promises to pay to the order of A SPAC "
        "(Holdings) Acquisition Corp. or its designated affiliate (the “Payee”) the principal "
        "sum of $500,000."
    )
    assert _value(found, "lender") == "A SPAC (Holdings) Acquisition Corp."
    found = extract_text(
        'FOR VALUE RECEIVED, the undersigned Rush Truck entities (collectively, "Rush"), '
        "promise to pay to the order of PACCAR Financial Corp. the sum of $800,000,000.00."
    )
    assert _value(found, "borrower") is None
    found = extract_text(
        "FOR VALUE RECEIVED, Jane Roe (“Borrower”) promises to pay to the Tulalip Tribes of\n"
        "Washington (“Holder”) the sum of $5,000.00."
    )
    assert _value(found, "lender") == "Tulalip Tribes of Washington"


def test_a_bank_name_over_two_lines_above_the_label_and_a_decimal_comma_rate() -> None:
    found = extract_text(
        "MACC LIQUIDATING TRUST\n24040 CAMINO DEL AVION\nBORROWER’S NAME AND ADDRESS\n"
        "FARMERS & MERCHANTS\nSAVINGS BANK\n200 1ST ST SW\nLENDER’S NAME AND ADDRESS\n"
        "PROMISE TO PAY: I promise to pay to you $500,000.00 plus interest.\nINTEREST: I agree "
        "to pay interest at the rate of\n 5,000\n% per year until 11-07-2012."
    )
    assert _value(found, "lender") == "FARMERS & MERCHANTS SAVINGS BANK"
    assert _value(found, "interest.rate") != Decimal("0.00")
