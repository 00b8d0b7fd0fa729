"""The eighth round of issue 16: the misses read on ``heldout-af`` and ``heldout-ag`` after their
one score — each written here as a short note of its own (not the corpus text), so that the rule
is held by the words that make it, not by one document."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import PROMISE, offered
from role_notes import value as _value

from promissory.extract import extract_text
from promissory.extract.records import INFERRED

# -- rates ------------------------------------------------------------------------------------


def test_a_defined_capped_rate_is_no_fixed_rate() -> None:
    """'"Capped Interest Rate" means Six and twenty-five hundredths percent (6.25%) per annum' in
    an adjustable note's definitions is a ceiling, not the note's rate."""
    found = extract_text(
        PROMISE + "the principal sum of $900,000.00 with interest at the Adjustable Interest "
        'Rate. "Capped Interest Rate" means Six and twenty-five hundredths percent (6.25%) per '
        "annum. The Adjustable Interest Rate shall change on each Change Date."
    )
    assert _value(found, "interest.rate") is None
    assert Decimal("0.0625") in offered(found, "interest.rate")
    assert Decimal("0.0625") in (
        _value(found, "interest.max_rate"),
        _value(found, "interest.floating.cap"),
    )


def test_a_defined_floor_rate_is_no_fixed_rate() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $900,000.00 with interest at the Adjustable Interest "
        'Rate. "Floor Rate" means four percent (4%) per annum. The Adjustable Interest Rate '
        "shall change on each Change Date."
    )
    assert _value(found, "interest.rate") is None


def test_a_rate_until_a_day_then_a_ticked_variable_rate_is_the_first_rate() -> None:
    """'… at the rate of 6.500 % per year until 01-29-2005. [X] Variable Rate: This rate may
    then change as stated below.'"""
    found = extract_text(
        PROMISE + "the principal sum of $120,000.00. INTEREST: I agree to pay interest on the "
        "outstanding principal balance from 01-29-2004 at the rate of 6.500 % per year until "
        "01-29-2005.\n[X] Variable Rate: This rate may then change as stated below.\n[X] Index "
        "Rate: The future rate will be 1.000 PERCENT ABOVE the following index rate: the prime "
        "rate."
    )
    assert _value(found, "interest.rate") is None
    assert Decimal("0.065") in offered(found, "interest.rate")


def test_a_rate_until_maturity_with_an_unticked_variable_box_is_the_rate() -> None:
    """The same form with the Variable Rate box left empty: the rate holds to maturity."""
    found = extract_text(
        PROMISE + "the principal sum of $120,000.00. INTEREST: I agree to pay interest on the "
        "outstanding principal balance from 06-30-2008 at the rate of 7.500% per year until "
        "12-20-2015.\n|o\n|\n|Variable Rate: This rate may then change as stated below."
    )
    assert _value(found, "interest.rate") == Decimal("0.075")


def test_a_percent_higher_than_the_base_commercial_rate_is_a_margin() -> None:
    """'a rate which is 0% per annum higher than the base commercial rate of interest ("Base
    Rate") established from time to time by Bank': a margin of nothing over the bank's rate."""
    found = extract_text(
        PROMISE + "the principal sum of $1,000,000.00 with interest at a variable rate per annum "
        "which shall be equal to a rate which is 0% per annum higher than the base commercial "
        'rate of interest ("Base Rate") established from time to time by Bank.'
    )
    assert _value(found, "interest.rate") is None
    margins = [
        _value(found, "interest.floating.margin"),
        *offered(found, "interest.floating.margin"),
    ]
    assert Decimal("0") in margins


def test_a_headers_interest_rate_label_is_the_rate_not_a_margin() -> None:
    """'Principal Amount: $2,000,000.00 Interest Rate: 6.270% Date of Note: May 26, 2004'."""
    found = extract_text(
        "Principal Amount: $2,000,000.00 Interest Rate: 6.270% Date of Note: May 26, 2004\n"
        'PROMISE TO PAY. Acme LLC ("Borrower") promises to pay to the order of First Bank '
        '("Lender") the sum of $2,000,000.00, together with simple interest on the unpaid '
        "principal balance."
    )
    assert _value(found, "interest.rate") == Decimal("0.0627")
    assert _value(found, "interest.default_margin") is None


def test_a_sentence_goes_on_over_a_blank_line_before_a_word_in_lower_case() -> None:
    """Double-spaced text: 'with interest thereon' / '' / 'from 1st day of January, 2015 on the
    unpaid principal at twelve percent (12%) per annum'."""
    found = extract_text(
        PROMISE + "the principal sum of fifteen thousand Dollars ($15,000.00) with interest "
        "thereon\n\nfrom 1st day of January, 2015 on the unpaid principal at twelve percent (12%) "
        "per annum as follows:\n\n1. PAYMENTS: Maker shall pay interest only."
    )
    assert _value(found, "interest.rate") == Decimal("0.12")


def test_without_any_interest_after_the_amount_is_no_interest() -> None:
    found = extract_text(
        PROMISE + 'the principal amount of $22,485.00 (the "Principal"), without any interest on '
        "the unpaid balance."
    )
    assert _value(found, "interest.rate") == Decimal("0")


# -- day count --------------------------------------------------------------------------------


def test_a_365_day_year_written_with_a_hyphen_after_its_figure() -> None:
    """'a three hundred sixty-five (365)-day year and actual days elapsed'."""
    found = extract_text(
        PROMISE + "the principal sum of $50,000.00 with interest at 6% per annum. All interest "
        "shall be computed on the basis of a three hundred sixty-five (365)-day year and actual "
        "days elapsed."
    )
    assert _value(found, "interest.day_count") == "ACT/365F"


def test_days_actually_elapsed_over_a_year_of_360_days() -> None:
    """'(based on a year of 360 days and computed on the number of days actually elapsed)'."""
    found = extract_text(
        PROMISE + "the principal sum of $50,000.00. Interest will accrue at 2.69% per annum "
        "(based on a year of 360 days and computed on the number of days actually elapsed)."
    )
    assert _value(found, "interest.day_count") == "ACT/360"


# -- dates and installments -------------------------------------------------------------------


def test_another_documents_date_is_not_the_notes() -> None:
    """'the Record of Disbursements prepared by the State dated April 1, 2004'."""
    found = extract_text(
        "PROMISSORY NOTE This Promissory Note is executed pursuant to the Loan Contract between "
        "the City and the State; the Record of Disbursements prepared by the State dated April 1, "
        "2004, which is attached as Appendix B. FOR VALUE RECEIVED, the City promises to pay to "
        "the State the principal sum of $1,000,000.00."
    )
    assert _value(found, "issue_date") != dt.date(2004, 4, 1)


def test_interest_commencing_on_a_day_is_not_the_first_installment() -> None:
    """'simple interest … assessed on the unpaid principal balance … as outstanding from time to
    time, commencing on May 26, 2004 and continuing until this Note is paid in full' — the first
    payment is the one the PAYMENT paragraph names."""
    found = extract_text(
        PROMISE + "the sum of $2,000,000.00, together with simple interest at the rate of 6.270% "
        "per annum assessed on the unpaid principal balance of this Note as outstanding from time "
        "to time, commencing on May 26, 2004 and continuing until this Note is paid in full. "
        "PAYMENT. Borrower will pay this loan in 59 regular payments of $17,271.50 each. "
        "Borrower's first payment is due June 26, 2004, and all subsequent payments are due on "
        "the same day of each month after that."
    )
    assert _value(found, "schedule.first_payment") == dt.date(2004, 6, 26)


def test_an_initial_principal_payment_is_neither_an_installment_nor_the_maturity() -> None:
    """'shall make an initial principal payment of $500,000 on or before December 24, 2008.
    Thereafter, … equal monthly installments … commencing on February 1, 2009'."""
    found = extract_text(
        PROMISE + "the principal sum of $1,500,000 with interest at six percent (6%) per annum. "
        "The Maker shall make an initial principal payment of $500,000 on or before December 24, "
        "2008. Thereafter, the remaining principal and accrued interest shall be paid in equal "
        "monthly installments of principal and interest, evenly amortized over a period of sixty "
        "(60) months commencing on February 1, 2009 and continuing on the first day of each "
        "month thereafter until paid in full."
    )
    assert _value(found, "schedule.installment") != Decimal("500000")
    assert _value(found, "maturity") != dt.date(2008, 12, 24)


def test_a_schedule_that_ends_on_the_maturity_is_corroborated() -> None:
    """Sixty monthly payments from February 1, 2002 end on January 1, 2007, the maturity: the
    count and the first day check out."""
    found = extract_text(
        PROMISE + "the principal sum of $120,000.00 with interest at 7% per annum, payable in "
        "sixty (60) equal monthly installments of $2,376.14 each, commencing on February 1, 2002 "
        "and continuing on the first day of each month thereafter, with a final payment of all "
        "principal and interest due on January 1, 2007 (the Maturity Date)."
    )
    first, count = found.get("schedule.first_payment"), found.get("schedule.payments")
    assert first is not None and first.value == dt.date(2002, 2, 1)
    assert count is not None and count.value == 60
    assert first.confidence == count.confidence == Decimal("0.95")


def test_a_schedule_unchecked_against_the_maturity_is_inferred() -> None:
    """Without a maturity to check against, the first day and the count are inferred."""
    found = extract_text(
        PROMISE + "the principal sum of $120,000.00 with interest at 7% per annum, payable in "
        "sixty (60) equal monthly installments of $2,376.14 each, commencing on February 1, 2002 "
        "and continuing on the first day of each month thereafter."
    )
    for field in ("schedule.first_payment", "schedule.payments"):
        finding = found.get(field)
        assert finding is not None and finding.confidence == Decimal("0.70"), field


# -- revolving --------------------------------------------------------------------------------


def test_a_draw_feature_behind_an_empty_box_does_not_deny_revolving() -> None:
    """'REVOLVING OR DRAW FEATURE: : This Note possesses a revolving feature. … ¨ This Note
    possesses a draw feature. … Any repayment may not be reborrowed.' (¨: an empty box)."""
    found = extract_text(
        "COMMERCIAL VARIABLE RATE REVOLVING NOTE\n"
        + PROMISE
        + "the principal amount of $5,000,000.00. REVOLVING OR DRAW FEATURE: : This Note "
        "possesses a revolving feature. Borrower shall be entitled to borrow up to the full "
        "principal amount and to repay and reborrow from time to time. ¨ This Note possesses a "
        "draw feature. Borrower shall be entitled to draw one or more times under this Note. Any "
        "repayment may not be reborrowed."
    )
    assert _value(found, "revolving") is True


# -- parties ----------------------------------------------------------------------------------


def test_a_payee_written_as_its_defined_term_is_named_in_full() -> None:
    """'… Turbine International, a Delaware limited liability company, located at … ("TI") and
    Capstone Turbine Corporation, located at 21211 Nordhoff Street, Chatsworth, CA 91311
    ("Capstone") … 1.TI hereby promises to pay to the order of Capstone, the principle sum …'."""
    found = extract_text(
        "Promissory Note\nThis is a Promissory Note made as of October 13, 2017 by and between "
        "Turbine International, a Delaware limited liability company, located at 1209 Orange St., "
        "Wilmington, Delaware (“TI”) and Capstone Turbine Corporation, located at 21211 Nordhoff "
        "Street, Chatsworth, CA 91311 (“Capstone”)\nNow, the parties agree as follows:\n1.TI "
        "hereby promises to pay to the order of Capstone, the principle sum of Three Million US "
        "Dollars (US$ 3,000,000)."
    )
    assert _value(found, "lender") == "Capstone Turbine Corporation"
    assert _value(found, "borrower") == "Turbine International"


def test_a_word_in_capitals_in_parentheses_inside_a_payees_name() -> None:
    found = extract_text(
        'FOR VALUE RECEIVED, the undersigned ("Maker") promises to pay to the order of '
        'BROOKFIELD BRP HOLDINGS (CANADA) INC., a corporation formed under the laws of Ontario ("'
        'Payee"), the sum of $5,500,000.00.'
    )
    assert _value(found, "lender") == "BROOKFIELD BRP HOLDINGS (CANADA) INC."


def test_a_forms_role_word_as_payee_is_no_name() -> None:
    """'… unconditionally promises to pay to the order of Foundation ("XXX") …'."""
    found = extract_text(
        'For value received, ____________ ("Borrower"), unconditionally promises to pay to the '
        'order of Foundation ("XXX"), without setoff or counterclaim, the principal sum of '
        "$100,000.00."
    )
    assert _value(found, "lender") is None


def test_a_payee_before_hereinafter_and_its_defined_term() -> None:
    """'… promises to pay to Ed Schradermeier, hereinafter “Holder” with an address at …'."""
    found = extract_text(
        "FOR VALUE RECEIVED REGULUS Corporation, a Washington State Company, hereinafter “Maker” "
        "promises to pay to Ed Schradermeier, hereinafter “Holder” with an address at 2468 Cooper "
        "Dr., Freeport IL 61032, the principal sum of fifteen thousand Dollars ($15,000.00)."
    )
    assert _value(found, "lender") == "Ed Schradermeier"


def test_a_forms_title_between_the_borrower_label_and_the_name() -> None:
    """'BORROWER' / 'COMMERCIAL VARIABLE RATE REVOLVING OR DRAW NOTE' / 'HENDERSON … INC.'."""
    found = extract_text(
        "BORROWER\n\nCOMMERCIAL VARIABLE RATE REVOLVING OR DRAW NOTE\n\nHENDERSON CITIZENS "
        "DELAWARE BANCSHARES, INC.\n\nPROMISE TO PAY: For value received, Borrower promises to "
        "pay to the order of Lender the principal amount of $5,000,000.00."
    )
    assert _value(found, "borrower") == "HENDERSON CITIZENS DELAWARE BANCSHARES, INC."


# == the fourteenth round: heldout-ah's and heldout-ai's misses, read after their one score =====


def test_a_restated_notes_original_amount_and_date_are_not_this_notes() -> None:
    """'Original Issuance: May 25, 2011' / 'Effective as of September 1, 2015, this Amended and
    Restated … Note amends and restates that certain … Note, dated May 25, 2011 in the original
    stated principal amount of $75,000 (the "Original Note") …' — then the promise of $112,785.84."""
    found = extract_text(
        "Amended and Restated Unsecured Term Promissory Note\n$112,785.84 | Original Issuance: May "
        "25, 2011 |\nEffective as of September 1, 2015, this Amended and Restated Unsecured Term "
        "Promissory Note amends and restates that certain Unsecured Term Convertible Promissory "
        "Note, dated May 25, 2011 in the original stated principal amount of $75,000 (the “Original "
        "Note”) issued by Myomo, Inc. (“Maker”) to Steve Kelly.\nFOR VALUE RECEIVED, the "
        "undersigned Maker, promises to pay to the order of the Lender the sum of ONE HUNDRED "
        "TWELVE THOUSAND SEVEN HUNDRED EIGHTY FIVE AND 84/100 Dollars ($112,785.84) plus interest."
    )
    assert _value(found, "commitment") == Decimal("112785.84")
    # (the two dates disagree: the note's own is proposed, or offered when the reading is ambiguous)
    assert _value(found, "issue_date") != dt.date(2011, 5, 25)
    assert dt.date(2015, 9, 1) in [_value(found, "issue_date"), *offered(found, "issue_date")]


def test_a_day_due_only_if_something_fails_is_no_maturity() -> None:
    """'If the SBA Loan is not secured, the full unpaid principal … shall be fully due and
    immediately payable on December 31, 2010.'"""
    found = extract_text(
        PROMISE + "the sum of $443,500.00, with annual interest at 5% on the unpaid balance. The "
        "full unpaid principal and earned interest shall be paid within 30 days after the "
        "retirement of the SBA Loan. If the SBA Loan is not secured, the full unpaid principal and "
        "any earned interest shall be fully due and immediately payable on December 31, 2010."
    )
    assert _value(found, "maturity") is None


def test_if_not_sooner_paid_keeps_the_maturity() -> None:
    found = extract_text(
        PROMISE + "the sum of $443,500.00 with interest at 5% per annum. If not sooner paid, the "
        "entire unpaid principal shall be due and payable on December 31, 2010."
    )
    assert _value(found, "maturity") == dt.date(2010, 12, 31)


def test_the_company_paid_by_a_purchaser_is_the_payee() -> None:
    """'… by and between the undersigned (the "Purchaser") and Chain Link Technologies, Inc., a
    Delaware corporation (the "Company") … Purchaser hereby promises to pay to the order of the
    Company …'."""
    found = extract_text(
        'Reference is made to that certain Restricted Stock Purchase Agreement (the "Purchase '
        'Agreement") by and between the undersigned (the "Purchaser") and Chain Link '
        'Technologies, Inc., a Delaware corporation (the "Company"). 1. Obligation. Purchaser '
        "hereby promises to pay to the order of the Company on January 3, 2004 the principal sum "
        "of $1,643,355.00."
    )
    assert _value(found, "borrower") is None
    assert _value(found, "lender") == "Chain Link Technologies, Inc."


def test_a_redacted_name_is_read_as_written_but_only_inferred() -> None:
    """The eighth round left it out; since the eighty-second it is read as the truth keys have
    the readers label it, never above inferred."""
    found = extract_text(
        "PROMISSORY NOTE\n$950,000.00 Dated as of August 4, 1998\nNew York, New York\nXxxxx X. "
        'Xxxxx ("Maker") promises to pay on August 4, 2001, to the order of ALLIANCE National '
        'Incorporated ("Payee"), the principal amount of $950,000.00.'
    )
    borrower = found.get("borrower")
    assert borrower is not None and borrower.value == "Xxxxx X. Xxxxx"
    assert borrower.confidence == INFERRED


def test_a_day_to_pay_without_demand_before_the_makers_name() -> None:
    """'ON DEMAND AND IF NO DEMAND IS MADE, ON JUNE 30th, 2000, 5TH AVENUE CHANNEL CORPORATION,
    a Florida corporation (hereinafter "Borrower"), … promises to pay …'."""
    found = extract_text(
        "DEMAND NOTE\nAmount: $600,000.00 Date: April 24, 2000\nON DEMAND AND IF NO DEMAND IS "
        "MADE, ON JUNE 30th, 2000, 5TH AVENUE CHANNEL CORPORATION, a Florida corporation "
        '(hereinafter "Borrower"), promises to pay to the order of FRANKLIN CAPITAL CORPORATION '
        '("lender") the principal sum of Six Hundred Thousand Dollars ($600,000.00).'
    )
    assert _value(found, "borrower") == "5TH AVENUE CHANNEL CORPORATION"
    assert _value(found, "maturity") == dt.date(2000, 6, 30)


def test_interest_payable_monthly_on_a_single_payment_note_is_no_schedule() -> None:
    """'[X] payable in full on May 10, 1996. with interest payable Monthly commencing on June 1,
    1995, and each Month thereafter;'."""
    found = extract_text(
        PROMISE + "the principal sum of $500,000.00 with interest at the prime rate.\nTERMS [X] "
        "payable in full on May 10, 1996.\nwith interest payable Monthly commencing on June 1, "
        "1995, and each Month thereafter;"
    )
    assert _value(found, "schedule.frequency") is None
    assert _value(found, "schedule.first_payment") is None


def test_interest_after_the_maturity_payable_on_demand_is_no_demand_note() -> None:
    found = extract_text(
        PROMISE + "the sum of $7,000,000.00 on November 1, 2003. Interest after the maturity "
        "hereof (whether by acceleration or otherwise) shall be payable upon demand at a rate of "
        "three percent (3.00%) per annum in excess of the rate in effect at maturity."
    )
    assert _value(found, "demand") is None


def test_a_day_after_for_value_received_is_the_day_to_pay() -> None:
    """'FOR VALUE RECEIVED, on November 1, 2003, the undersigned ("Maker") promises to pay …'."""
    found = extract_text(
        "FOR VALUE RECEIVED, on November 1, 2003, the undersigned (“Maker”) promises to pay to "
        "the order of Atlantic Bank (the “Bank”) the sum of Seven million and 00/100 Dollars "
        "($7,000,000.00), plus interest as specified herein."
    )
    assert _value(found, "maturity") == dt.date(2003, 11, 1)
    assert _value(found, "issue_date") != dt.date(2003, 11, 1)


def test_a_description_after_comma_and_ends_the_payees_name() -> None:
    """'… to the order of THE FIRST NATIONAL BANK OF MARYLAND, and national banking association'
    ("a" misread as "and")."""
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned Chindex, Inc., a New York Corporation (hereafter, the "
        "'BORROWER'), promises to pay to the order of THE FIRST NATIONAL BANK OF MARYLAND, and "
        "national banking association (hereafter, the 'BANK'), ON DEMAND, the sum of $1,750,000."
    )
    assert _value(found, "lender") == "THE FIRST NATIONAL BANK OF MARYLAND"


def test_a_figure_with_its_scale_word() -> None:
    found = extract_text(
        "$1.20 MILLION PROMISSORY NOTE\n" + PROMISE + "the Maximum Principal Amount, to the "
        "extent advanced, with interest at 10% per annum."
    )
    assert found.get("commitment") is None or _value(found, "commitment") == Decimal("1200000")
    from promissory.extract.amounts import MONEY_FIGURE, money_value

    figure = MONEY_FIGURE.search("a loan of $2.5 million dollars")
    assert figure is not None and money_value(figure.group(0)) == Decimal("2500000.00")


def test_labels_within_a_line_name_the_parties() -> None:
    """'BORROWER: Uncommon Care, Inc., a Texas corporation BORROWER'S ADDRESS FOR NOTICE: … LENDER:
    American Physicians Service Group, Inc., a Texas corporation LENDER'S ADDRESS …'."""
    found = extract_text(
        "PROMISE TO PAY: For value received, the undersigned Borrower promises to pay to the order "
        "of Lender the Maximum Principal Amount. BORROWER: Uncommon Care, Inc., a Texas "
        "corporation BORROWER'S ADDRESS FOR NOTICE: 1301 Capital of Texas Highway, Austin, Texas "
        "78746 LENDER: American Physicians Service Group, Inc., a Texas corporation LENDER'S "
        "ADDRESS FOR PAYMENT: 1301 Capital of Texas Highway"
    )
    assert _value(found, "borrower") == "Uncommon Care, Inc."
    assert _value(found, "lender") == "American Physicians Service Group, Inc."


def test_the_lesser_of_the_maximum_rate_and_a_named_contract_rate() -> None:
    """'… at a rate per annum equal to the lesser of (a) the Maximum Rate (defined below), and (b)
    five percent (5%) (the "Contract Rate")'."""
    found = extract_text(
        PROMISE + "the principal amount of $1,500,000.00, together with interest on the unpaid "
        "balance at a rate per annum equal to the lesser of (a) the Maximum Rate (defined below), "
        "and (b) five percent (5%) (the “Contract Rate”)."
    )
    assert _value(found, "interest.rate") == Decimal("0.05")


def test_a_margin_minus_the_index_named_note_rate_is_no_fixed_rate() -> None:
    """'… the following Index Rate, [ ] plus |X| minus 0.750 percentage points ("Note Rate")'."""
    found = extract_text(
        PROMISE + "the principal sum of $300,000.00. (b)|X| Variable Rate. At the annual rate "
        'which is equal to the following Index Rate, [ ] plus |X| minus 0.750 percentage points ("'
        'Note Rate"), and the Note Rate shall be adjusted as provided below.'
    )
    assert _value(found, "interest.rate") is None


def test_a_forms_stars_around_the_payee_and_no_cents() -> None:
    """'… to the order of: ******************** The Money Store Investment Corporation
    ******************** …' and 'Three Hundred Fifty-Seven Thousand Dollars and No Cents
    ($357,000.00)'."""
    found = extract_text(
        "For value received, the undersigned promises to pay to the order of: "
        "******************** The Money Store Investment Corporation ******************** at its "
        "office, the principal sum of Three Hundred Fifty-Seven Thousand Dollars and No Cents "
        "($357,000.00), with interest."
    )
    assert _value(found, "lender") == "The Money Store Investment Corporation"
    assert _value(found, "commitment") == Decimal("357000.00")


def test_with_no_pre_payment_penalty_is_no_premium() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $250,000.00. Borrower shall have the right to prepay all "
        "or a portion of this Promissory Note without the prior written consent of Lender, and "
        "with no pre-payment penalty."
    )
    assert _value(found, "prepayment.premium") == "none"


def test_a_one_time_charge_on_a_payment_not_paid_within_days_is_a_late_charge() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $500,000.00 on February 28, 2010. In the event the "
        "principal payment due under this Note is not paid within 10 days of the due date "
        "Borrower shall be charged an additional one-time charge of 5% of the then due payment."
    )
    assert _value(found, "late_charge") == Decimal("0.05")


def test_a_rate_said_to_pass_the_minimum_rate_of_the_tax_code() -> None:
    """'… together with interest compounded annually on the unpaid principal at the rate of
    6.21%, which rate is not less than the minimum rate established pursuant to Section 1274(d) of
    the Internal Revenue Code'."""
    found = extract_text(
        PROMISE + "the principal sum of $1,643,355.00, together with interest compounded annually "
        "on the unpaid principal at the rate of 6.21%, which rate is not less than the minimum "
        "rate established pursuant to Section 1274(d) of the Internal Revenue Code of 1986."
    )
    assert _value(found, "interest.rate") == Decimal("0.0621")


def test_secured_full_recourse_and_pledge_agreement_titles() -> None:
    recourse = extract_text("Secured Full Recourse Promissory Note\n" + PROMISE + "$10,000.00.")
    pledge = extract_text(
        "AMENDED AND RESTATED\nPROMISSORY NOTE\nAND PLEDGE AGREEMENT\n" + PROMISE + "$10,000.00."
    )
    assert _value(recourse, "secured") is True
    assert _value(pledge, "secured") is True


# == the fifteenth round: heldout-aj's and heldout-ak's misses, read after their one score =======


def test_a_margin_above_the_banks_designated_reference_rate() -> None:
    """'1% per annum above the rate of interest designated by the Bank, and in effect from time
    to time, as its “Reference Rate”' — a margin over the bank's own rate, not a rate of 1%."""
    found = extract_text(
        PROMISE + "the principal sum of $400,000.00 with interest at a rate equal to 1% per annum "
        "above the rate of interest designated by the Bank, and in effect from time to time, as "
        "its “Reference Rate”, adjusted when said Reference Rate changes."
    )
    assert _value(found, "interest.rate") is None
    assert _value(found, "interest.floating.margin") == Decimal("0.01")
    assert "BASE" in [
        _value(found, "interest.floating.index"),
        *offered(found, "interest.floating.index"),
    ]


def test_a_margin_named_by_a_defined_term_before_the_index() -> None:
    """'one-half percent (.5%) per annum ("Increment") above the following Index: lowest Wall
    Street Journal Prime Rate'."""
    found = extract_text(
        PROMISE + "the principal sum of $400,000.00. The Applicable Interest Rate shall be equal "
        'to one-half percent (.5%) per annum ("Increment") above the following Index: lowest '
        "Wall Street Journal Prime Rate, so-called, as adjusted from time to time."
    )
    assert _value(found, "interest.rate") is None
    margins = [
        _value(found, "interest.floating.margin"),
        *offered(found, "interest.floating.margin"),
    ]
    assert Decimal("0.005") in margins


def test_a_month_of_30_days_and_actual_days_name_both_bases() -> None:
    """'calculated on a year of 360 days and a month of 30 days but accrued on the actual number
    of days elapsed': both bases named, neither proposed."""
    found = extract_text(
        PROMISE + "the principal sum of $3,700,000.00 with interest at 7% per annum. Interest "
        "hereunder shall be calculated on a year of 360 days and a month of 30 days but accrued "
        "on the actual number of days elapsed."
    )
    assert _value(found, "interest.day_count") is None
    assert set(offered(found, "interest.day_count")) == {"ACT/360", "30/360 US"}


def test_days_per_year_factor_over_actual_days() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $100,000.00 with interest at twelve percent (12%) per "
        "annum. Interest shall be calculated on the basis of a three hundred and sixty (360) days "
        "per year factor applied to the number of actual days elapsed."
    )
    assert _value(found, "interest.day_count") == "ACT/360"


def test_tenths_of_a_percent_in_words_and_figures() -> None:
    """'at the rate of six and nine tenths percent (6 9/10%) per annum' — and never 10% read from
    the tail of "9/10%"."""
    found = extract_text(
        PROMISE + "the principal sum of $3,700,000.00 with interest at the rate of six and nine "
        "tenths percent (6 9/10%) per annum, payable on the first day of each month."
    )
    assert _value(found, "interest.rate") == Decimal("0.069")
    bare = extract_text(PROMISE + "$50,000.00 with interest at 6 9/10% per annum.")
    assert _value(bare, "interest.rate") in (None, Decimal("0.069"))


def test_names_end_before_as_trustee_and_a_comma_run_into_a() -> None:
    trustee = extract_text(
        "FOR VALUE RECEIVED, Skye International, Inc. promises to pay to the order of Steven G. "
        "Mihaylo, as trustee under The Steven G. Mihaylo Trust, the principal sum of $100,000.00."
    )
    comma = extract_text(
        "FOR VALUE RECEIVED, Sparkle, LLC promises to pay to the order of SPARKLE ACQUISTION, "
        "INC.,a North Carolina corporation, ON DEMAND the principal sum of $100,000.00."
    )
    assert _value(trustee, "lender") == "Steven G. Mihaylo"
    assert _value(comma, "lender") == "SPARKLE ACQUISTION, INC."


def test_without_interest_after_a_forms_blank_and_with_no_interest() -> None:
    form = extract_text(
        "For value received, __[ (6) Intermediary]__ promises to pay to the order of the United "
        'States of America ("Government") the sum of $_[ (9) Loan Amount]__, without interest, '
        "in monthly installments."
    )
    plain = extract_text(
        PROMISE + "the principal sum of $6,713,416, with no interest on the principal amount."
    )
    assert _value(form, "interest.rate") == Decimal("0")
    assert _value(plain, "interest.rate") == Decimal("0")


def test_a_period_borrowed_from_the_words_around_a_schedule_is_inferred() -> None:
    """'… payable in equal installments of $2,376.14 each, commencing on February 1, 2002 and on
    the first day of each month thereafter' (no count, no maturity): the period is read from the
    words around the first day, so it is inferred, not stated."""
    found = extract_text(
        PROMISE + "the principal sum of $120,000.00 with interest at 7% per annum, payable in "
        "equal installments of $2,376.14 each, commencing on February 1, 2002 and on the first day "
        "of each month thereafter."
    )
    period = found.get("schedule.frequency")
    assert period is not None and period.value == "monthly"
    assert period.confidence == Decimal("0.70")
