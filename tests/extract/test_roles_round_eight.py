"""The eighth round of issue 16: the misses read on ``heldout-af`` and ``heldout-ag`` after their
one score — each written here as a short note of its own (not the corpus text), so that the rule
is held by the words that make it, not by one document."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import PROMISE, offered
from role_notes import value as _value

from promissory.extract import extract_text

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
