"""The fifth round of issue 16: the misses read on ``heldout-g`` after its one score (and on the
parts seen before) — each written here as a short note of its own (not the corpus text), so that
the rule is held by the words that make it, not by one document."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from role_notes import PROMISE
from role_notes import offered as _offered
from role_notes import value as _value

from promissory.extract import extract_file, extract_text
from promissory.extract.records import AMBIGUOUS

# -- rates ------------------------------------------------------------------------------------


def test_two_rates_per_annum_are_offered_and_neither_is_proposed_as_sure() -> None:
    """'at the rate of 10% per annum, and thereafter ... at the rate of 15% per annum': a
    stepped rate; which is the note's rate is the reader's choice."""
    found = extract_text(
        PROMISE + "the principal sum of $5,000,000 and to pay interest quarterly during 1998 at "
        "the rate of 10% per annum, and thereafter monthly at the rate of 15% per annum until "
        "this Note has been paid in full."
    )
    rate = found.get("interest.rate")
    assert rate is None or rate.confidence <= AMBIGUOUS
    assert {Decimal("0.10"), Decimal("0.15")} <= set(_offered(found, "interest.rate"))
    assert any("several rates per annum" in w for w in found.warnings)


def test_a_margin_and_a_floor_after_the_rate_do_not_make_it_one_of_several() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $500,000.00 with interest at five percent (5.00%) per "
        "annum for five years, and thereafter at the Prime Rate plus one percent (1.00%) per "
        "annum, but in no event shall the rate be less than five percent (5.00%) per annum."
    )
    assert _value(found, "interest.rate") == Decimal("0.05")


def test_a_labelled_header_states_the_parties_the_rate_and_no_security() -> None:
    found = extract_text(
        "NOTE\nDate: July 28, 2009\nMaker: Acme Widgets, Inc.\nPayee: First Lending Corporation\n"
        "Principal Amount: Twenty-five Thousand U.S. dollars (USD$25,000.00)\n"
        "Annual Interest Rate on Unpaid Principal from Date of Funding: Three percent (3%)\n"
        "Terms of Payment: Principal and interest shall be due and payable on demand.\n"
        "Security for Payment: None\n"
        "Maker promises to pay to the order of Payee the principal amount plus interest.\n"
    )
    assert _value(found, "borrower") == "Acme Widgets, Inc."
    assert _value(found, "lender") == "First Lending Corporation"
    assert _value(found, "interest.rate") == Decimal("0.03")
    assert _value(found, "secured") is False


def test_a_rate_defined_as_the_index_is_that_rate_and_percentage_points_are_a_margin() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $1,440,000.00, with interest at a variable rate. The "
        "interest rate is subject to change based on an index which is the First Bank Base Rate "
        '(the "Index"). The interest rate to be applied to the unpaid principal balance of this '
        "Note will be at a rate of 0.250 percentage points over the Index."
    )
    assert _value(found, "interest.floating.index") == "BASE"
    assert _value(found, "interest.floating.margin") == Decimal("0.00250")


# -- the note's shape -------------------------------------------------------------------------


def test_a_non_revolving_line_of_credit_is_not_revolving() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $2,500,000.00. This Note shall be disbursed as a "
        "non-revolving line of credit."
    )
    assert _value(found, "revolving") is False
    # (the name alone is offered, not proposed: twenty-ninth round)
    assert True in _offered(
        extract_text(PROMISE + "under a revolving line of credit."), "revolving"
    )


def test_installments_of_interest_alone_are_not_the_installments() -> None:
    interest_only = extract_text(
        PROMISE + "the principal sum of $2,500,000.00. Eleven (11) monthly installments of all "
        "accrued but unpaid interest shall be due and payable, with the first such installment "
        "due February 18, 2006. A final payment of the entire principal balance plus accrued "
        "interest shall be due and payable on January 18, 2007."
    )
    assert _value(interest_only, "schedule.payments") is None
    assert _value(interest_only, "schedule.frequency") is None
    amortizing = extract_text(
        PROMISE + "the principal sum of $184,268.95, payable in forty-eight (48) equal consecutive "
        "monthly installments of principal of $3,838.94, plus accrued interest through the date "
        "of payment of interest, commencing June 1, 2007."
    )
    assert _value(amortizing, "schedule.payments") == 48
    assert _value(amortizing, "schedule.frequency") == "monthly"


# -- parties ----------------------------------------------------------------------------------


def test_a_party_name_is_copied_without_what_runs_into_it() -> None:
    """The opening words, 'its successors and/or assigns', ', A Texas ... Corporation' stay out
    of the name; a middle initial stays in it."""
    found = extract_text(
        'September 29, 1999\nFOR VALUE RECEIVED, Acme Electronics, Incorporated (the "Borrower") '
        "promises to pay to the order of ORION BANK,\nits successors and/or assigns, the "
        "principal sum of $25,000.00."
    )
    assert _value(found, "borrower") == "Acme Electronics, Incorporated"
    assert _value(found, "lender") == "ORION BANK"
    texan = extract_text(
        "PROMISE TO PAY. PARIS DEVELOPMENT CORPORATION, A Texas Non-Stock, Non-Profit "
        'Development Corporation ("Borrower"), promises to pay to the order of CLYDE A.\n'
        "BISTON, the principal amount of $2,000,000.00."
    )
    # the name, and a line's fragment of its description: ambiguous, so offered for review
    assert texan.get("borrower") is None
    assert "PARIS DEVELOPMENT CORPORATION" in _offered(texan, "borrower")
    said = next(w for w in texan.warnings if w.startswith("borrower:"))
    assert "'PARIS DEVELOPMENT CORPORATION' at" in said and "Texas" not in said
    assert _value(texan, "lender") == "CLYDE A. BISTON"


def test_a_web_page_s_line_breaks_are_line_breaks(tmp_path: Path) -> None:
    page = tmp_path / "note.txt"
    page.write_text(
        "PROMISSORY NOTE <br />Borrower: ACME WIDGETS, INC. <br />Lender: FIRST BANK, N.A. "
        "<br />Principal Amount: $2,000,000.00 <br />PROMISE TO PAY. ACME WIDGETS, INC. promises "
        "to pay to the order of FIRST BANK, N.A. <br />the principal amount of $2,000,000.00."
    )
    found = extract_file(page)
    assert _value(found, "lender") == "FIRST BANK, N.A."
    assert found.get("lender").source_text == "FIRST BANK, N.A."  # type: ignore[union-attr]


def test_a_maker_named_before_a_long_definition_and_for_value_received() -> None:
    """'(herein called the "Company," which term includes any successor ...), for value
    received': the name before it, without the certificate number on the line above."""
    found = extract_text(
        "Senior Subordinated Note, 1998 Series\n$5,000,000 No. G-1\nCreditrust Corporation, a "
        "corporation duly organized and existing under\nthe laws of the State of Maryland (herein "
        'called the "Company," which term\nincludes any successor to the Company by merger), for '
        "value received, hereby promises to pay to the order of First Bank the principal sum of "
        "Five Million Dollars ($5,000,000)."
    )
    assert _value(found, "borrower") == "Creditrust Corporation"


# -- read on heldout-h after its one score ------------------------------------------------------


def test_a_plain_language_maker_is_not_named_i_and_a_bank_is_not_cut_at_and_or_ampersand() -> None:
    plain = extract_text(
        "For value received, I promise to pay to you the PRINCIPAL sum of $1,000.00."
    )
    assert _value(plain, "borrower") is None
    banks = extract_text(
        "FOR VALUE RECEIVED, Acme Widgets, Inc. promises to pay to Southwest Bank, an M&I Bank "
        "(“Lender”), the principal amount of $1,325,000.00."
    )
    assert _value(banks, "lender") == "Southwest Bank"
    trust = extract_text(
        "FOR VALUE RECEIVED, the undersigned (the “Borrower”) hereby PROMISES TO PAY to the order "
        "of CLAYTON BANK AND TRUST COMPANY (“Lender”), the principal amount of $5,000,000.00."
    )
    assert _value(trust, "lender") == "CLAYTON BANK AND TRUST COMPANY"


def test_a_step_up_that_is_not_a_default_is_neither_the_rate_nor_a_default_rate() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $2,000,000.00 with interest as set out in the table "
        "below. If Maker makes this election, the Note shall not be deemed in default and the "
        "interest rate of the Note shall increase 2% per annum for the rest of its term."
    )
    assert _value(found, "interest.rate") is None
    assert _value(found, "interest.default_rate") is None


def test_an_index_which_is_named_and_a_year_of_365_or_366_days() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $1,325,000.00. The interest rate on this loan is subject "
        "to change from time to time based on changes in an independent index which is the one "
        "month British Bankers Association (BBA) LIBOR (the “Index”). Interest shall be computed "
        "on the basis of a 365-day year or 366-day year, as applicable, and actual days lapsed."
    )
    assert _value(found, "interest.floating.index") == "LIBOR"
    day_count = found.get("interest.day_count")
    assert day_count is None or day_count.value != "ACT/365F"


def test_a_note_that_bears_no_interest_has_a_rate_of_zero() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $70,999.54. This Note shall bear no interest."
    )
    assert _value(found, "interest.rate") == Decimal(0)


# -- read on heldout-i after its one score ------------------------------------------------------


def test_basis_points_with_their_figure_and_a_margin_after_the_note_s_rate_words() -> None:
    bp = extract_text(
        PROMISE + "the principal sum of $6,000,000.00. The Loan shall bear interest at LIBOR plus "
        "three hundred (300) basis points, adjusted on the date of any change in LIBOR."
    )
    assert _value(bp, "interest.floating.margin") == Decimal("0.03")
    prime = extract_text(
        PROMISE + "the principal amount of $2,506,037, together with interest at the simple "
        "interest rate equal to the Prime Rate plus 1%."
    )
    assert _value(prime, "interest.floating.margin") == Decimal("0.01")
    assert _value(prime, "interest.default_margin") is None


def test_a_form_s_libor_based_rate_and_its_margin_of_percentage_points_to_the_index() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $750,000.00.\nTYPE OF INTEREST RATE: Adjustable Rate LIBOR "
        "Based\nOn the first day of each month the Interest Rate shall be adjusted by adding a "
        "margin of 2.5000 percentage points to the index."
    )
    assert _value(found, "interest.floating.index") == "LIBOR"
    assert _value(found, "interest.floating.margin") == Decimal("0.025000")


def test_a_floor_is_not_the_rate_and_a_premium_that_steps_down_is_offered() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $900,000.00 with interest at the Wall Street Journal Prime "
        "Rate plus two percent (2.0%). Notwithstanding the foregoing, the Interest Rate shall not "
        "at any time be less than seven percent (7.0%) per annum. Borrower agrees to a "
        "prepayment premium of five percent (5.0%) of any additional principal amount paid in "
        "year one (1); four percent (4.0%) in year two (2)."
    )
    assert _value(found, "interest.rate") is None
    assert _value(found, "prepayment.premium") is None
    assert Decimal("0.05") in [Decimal(str(v)) for v in _offered(found, "prepayment.premium")]


# -- read on heldout-j after its one score ------------------------------------------------------


def test_interest_payable_from_a_day_is_not_the_first_installment() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $3,000,000.00. Interest. Interest shall be payable on the "
        "last day of each month; beginning January 31, 2001. Principal shall be payable under "
        "this Note on March 31, 2009."
    )
    assert _value(found, "schedule.first_payment") is None
    assert _value(found, "schedule.frequency") is None
    assert str(_value(found, "maturity")) == "2009-03-31"


def test_laser_pro_s_one_payment_and_a_latest_day_are_the_maturity() -> None:
    one = extract_text(
        PROMISE + "the principal amount of $1,800,000.00. PAYMENT. Borrower will pay this loan in "
        "one payment of all outstanding principal plus all accrued unpaid interest on July 20, "
        "2021. In addition, Borrower will pay regular monthly payments of all accrued unpaid "
        "interest due as of each payment date, beginning August 20, 2018."
    )
    assert str(_value(one, "maturity")) == "2021-07-20"
    latest = extract_text(
        PROMISE + "the principal sum of $25,000,000.00, or so much thereof as may be advanced, "
        "but in no event later than June 30, 2025, with interest at the rate set out below."
    )
    assert str(_value(latest, "maturity")) == "2025-06-30"


def test_basis_points_over_the_london_rate_and_a_state_in_capitals_after_a_name() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, Acme Widgets, Inc. promises to pay to the order of BANKERS CREDIT "
        'CORPORATION, A FLORIDA CORPORATION, (the "LENDER") the principal sum of $3,000,000.00 '
        "with interest at a floating interest rate equal to 80 basis points in excess of the "
        "London Interbank Offered Rate for U.S. dollar deposits having a term of one month."
    )
    assert _value(found, "lender") == "BANKERS CREDIT CORPORATION"
    assert _value(found, "interest.floating.margin") == Decimal("0.0080")


# -- read on heldout-k after its one score ------------------------------------------------------


def test_two_people_an_address_and_a_legend_are_read_as_they_are() -> None:
    people = extract_text(
        "FOR VALUE RECEIVED, John A. Story and Mary B. Story promise to pay to the order of First "
        "Bank the principal sum of $110,000.00."
    )
    assert _value(people, "borrower") == "John A. Story"
    located = extract_text(
        'THIS PROMISSORY NOTE ("Note") is by and between Silvaco, Inc., with offices located at '
        "4701 Patrick Henry Drive Bldg #23, Santa Clara, CA 95054 (“Borrower”), and Katherine "
        "Ngai-Pesic, an individual (“Lender”). Borrower promises to pay Lender $10,000,000.00."
    )
    assert _value(located, "borrower") in ("Silvaco, Inc.", None)
    legend = extract_text(
        "THE SECURITIES MAY BE PLEDGED IN CONNECTION WITH A BONA FIDE MARGIN ACCOUNT OR OTHER\n"
        "LOAN OR FINANCING ARRANGEMENT SECURED BY THE SECURITIES.\n\n" + PROMISE + "$100,000.00."
    )
    assert _value(legend, "secured") is None


# -- read on heldout-l after its one score ------------------------------------------------------


def test_an_assumed_rate_and_a_cut_of_the_line_are_not_the_rate_or_an_installment() -> None:
    found = extract_text(
        PROMISE + 'the principal sum of $9,000,000.00. "Assumed Annual Debt Service" means the '
        "principal and interest on a loan amortized at an assumed rate of interest at the then "
        "current Standard Note Rate or six percent (6%) per annum, whichever is greater. The "
        "Maximum Amount shall be reduced by the amount of $87,500 on July 1, 1998."
    )
    assert _value(found, "interest.rate") is None
    assert _value(found, "schedule.first_payment") is None


def test_laser_pro_s_demand_a_definitions_list_rate_and_each_annual_payment() -> None:
    demand = extract_text(
        "PROMISE TO PAY. Acme Widgets, Inc. (“Borrower”) promises to pay to First Bank (“Lender”), "
        "or order, in lawful money of the United States of America, on demand, the principal "
        "amount of One Million & 00/100 Dollars ($1,000,000.00)."
    )
    assert _value(demand, "demand") is True
    listed = extract_text(
        PROMISE + "the principal sum of $1,591,200.00.\nInterest Rate: The annual rate of Six and "
        "845/1000ths percent (6.845%).\nEach annual payment shall be in the amount of One Hundred "
        "Ninety Thousand Nine Hundred Forty-Two and 52/100 Dollars ($190,942.52)."
    )
    assert _value(listed, "interest.rate") == Decimal("0.06845")
    assert _value(listed, "schedule.installment") == Decimal("190942.52")


def test_a_maturity_not_after_the_issue_date_is_offered_so_the_draft_still_loads() -> None:
    found = extract_text(
        "December 18, 2007\n" + PROMISE + "the principal sum of $1,000,000.00, payable in full "
        "on December 18, 2007."
    )
    assert _value(found, "issue_date") is not None
    assert found.get("maturity") is None and "maturity" in found.missing
