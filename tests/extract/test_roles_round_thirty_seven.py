"""The thirty-seventh round of issue 16: mistakes of ``heldout-bz``, ``heldout-bx`` and
``heldout-ca``, read after each part's first and only score, each made a rule of its kind.

* "imputed interest (at the rate of seven percent (7%) per annum)" on a note "with no interest
  thereon": a figure for tax filings, not the note's rate, which is none;
* "a late or collection charge equal to ten percent (10%)": a late charge;
* "$11,500.00 on or before the first day of each and every month … for a period of twenty-four
  (24) months": installments, counted;
* a maturity that cannot be right (not after the issue date) judges no first payment;
* '"DEFAULT RATE" shall mean … the lesser of (i) five percent (5%) per annum plus the Interest
  Rate': a margin over the note's rate, not the rate after a default;
* "Interest … shall be paid by the Borrower to the Bank monthly": interest alone, no installments;
* "if the Company shall fail to make any payment … when due, … at … four percent (4%) above the
  rate otherwise applicable hereunder": a default, so a default margin;
* a typed form's bare "X" before "Variable Rate:" under a rule of dashes, and before "Single
  Advance:": ticked boxes;
* "and intending to be legally bound RIVERBEND …", "c/o Griffin Land & Nurseries, Inc.", "having
  an address at 189 South Orange Avenue, Suite 1700, …": the maker, not whom the mail is for, nor
  a street;
* a day count said of one rate "(to the extent applicable)": offered, not proposed;
* "Note Rate: 5.795%" in a loan terms table: the rate;
* "the sum of LIBOR and a margin of one and one-quarter percent": the margin;
* a margin over the index "after maturity": the rate after a default, not the note's margin;
* "No draws can be made after June 1, 2005": the end of the draw period;
* "Deeds of Trust … executed by Borrower in favor of Lender": the note is secured;
* "may loan hereunder to Borrower on a revolving basis": revolving;
* "BANK ONE, NA, successor by merger to BANK ONE, TEXAS, N.A.": the payee is the first bank.

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import PROMISE, offered
from role_notes import value as _value

from promissory.extract import extract_text


def test_imputed_interest_is_not_the_rate_of_a_note_without_interest() -> None:
    found = extract_text(
        "SECURED PROMISSORY NOTE\n$120,000.00 Date: March 3, 2009\nFOR VALUE RECEIVED, the "
        "undersigned Harbor Tools, LLC promises to pay to the order of Kestrel Labs, Inc. the "
        "principal sum of One Hundred Twenty Thousand Dollars ($120,000.00), with no interest "
        "thereon. Each party shall report imputed interest (at the rate of six percent (6%) per "
        "annum), if any, as the tax laws require.\n"
    )
    assert _value(found, "interest.rate") == Decimal(0)
    assert Decimal("0.06") not in offered(found, "interest.rate")


def test_a_late_or_collection_charge() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $90,000.00 in monthly payments. If any payment is not paid "
        "within ten days of its due date, Maker shall pay a late or collection charge equal to "
        "ten percent (10%) of the amount of such unpaid payment.\n"
    )
    assert _value(found, "late_charge") == Decimal("0.10")


def test_an_amount_due_on_a_day_of_each_month_for_a_period_of_months() -> None:
    found = extract_text(
        "PROMISSORY NOTE\nDate: May 1, 2003\n" + PROMISE + "the principal sum of Three Hundred "
        "Thousand Dollars ($300,000.00), payable in the following installments: (a) Twenty "
        "Thousand Dollars ($20,000.00) on or before May 1, 2003, and (b) Ten Thousand Dollars "
        "($10,000.00) on or before the first day of each and every month for the period beginning "
        "June 1, 2003 through May 31, 2005, for a period of twenty-four (24) months.\n"
    )
    assert _value(found, "schedule.installment") == Decimal("10000.00")
    assert _value(found, "schedule.payments") == 24
    assert _value(found, "schedule.first_payment") == dt.date(2003, 6, 1)
    assert _value(found, "maturity") is None  # (the first payment's day, not after the issue date)


def test_a_default_rate_of_five_percent_plus_the_interest_rate_is_a_margin() -> None:
    found = extract_text(
        PROMISE + 'the principal sum of $5,000,000.00 at the Interest Rate.\n"DEFAULT RATE" shall '
        "mean a rate per annum equal to the lesser of (i) five percent (5%) per annum plus the "
        "Interest Rate, and (ii) the Maximum Rate.\n"
    )
    assert _value(found, "interest.default_margin") == Decimal("0.05")
    assert _value(found, "interest.default_rate") is None


def test_interest_paid_monthly_is_no_schedule_of_installments() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $2,000,000.00 on September 30, 2002, with interest at the "
        "Base Lending Rate.\nInterest, at the rate set forth above, shall be paid by the Borrower "
        "to the Bank monthly in arrears, with the first such payment due on October 30, 2000 and "
        "each subsequent payment due on the last day of each month thereafter.\n"
    )
    assert _value(found, "schedule.frequency") is None


def test_a_failure_to_make_a_payment_when_due_is_a_default() -> None:
    found = extract_text(
        PROMISE + "the principal amount of $4,500,000.00 with interest at the rate or rates "
        "specified in the Credit Agreement; provided that, if the Company shall fail to make any "
        "payment of principal of or interest on this Note when due, the Company shall pay interest "
        "on such unpaid principal from the date due until paid in full at a rate per annum equal "
        "to four percent (4%) above the rate otherwise applicable hereunder.\n"
    )
    assert _value(found, "interest.default_margin") == Decimal("0.04")


_FORM = (
    "For value received, I promise to pay to you, or your order, the PRINCIPAL sum of ONE "
    "MILLION AND NO/100\n--------------------\nDollars $1,000,000.00\n----------\n"
    "X Single Advance: I will receive all of this principal sum on 03-02-2004.\n"
    "_ Open End Credit: You and I agree that I may borrow up to the maximum amount of principal "
    "more than one time.\n"
    "INTEREST: I agree to pay interest on the outstanding principal balance from\n"
    "03-02-2004 at the rate of 5.250% per year until 03-03-2004.\n"
    "---------- ----- ----------\nX Variable Rate: This rate may change as\n"
)


def test_a_typed_forms_bare_x_ticks_its_boxes() -> None:
    found = extract_text(_FORM)
    assert _value(found, "interest.rate") is None
    assert Decimal("0.0525") in offered(found, "interest.rate")
    assert _value(found, "revolving") is False


def test_the_maker_is_not_the_one_in_whose_care_mail_goes() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, and intending to be legally bound RIVER BEND HOLDINGS LLC, a "
        "limited liability company organized under the laws of the\nCommonwealth of "
        "Pennsylvania, with a mailing address at c/o Orchard Land &\nNurseries, Inc., 20 West "
        "Road, Bloomfield, Connecticut 06002 (the\n“Borrower”), promises to pay to FIRST STATE "
        "BANK, N.A. (“Lender”) the principal sum of $4,000,000.00.\n"
    )
    assert _value(found, "borrower") == "RIVER BEND HOLDINGS LLC"


def test_a_street_address_is_not_the_maker() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned, having an address at 100 South Orange\nAvenue, "
        "Suite 1700, Orlando, Florida 32801 (“Maker”), hereby promises to pay to\nthe order of "
        "KEY NATIONAL BANK (“Payee”) the principal sum of $5,000,000.00.\n"
    )
    assert _value(found, "borrower") is None


def test_a_day_count_said_of_one_rate_where_applicable_is_offered() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $10,000,000.00 with interest at the LIBOR-based Rate plus "
        "the Applicable Margin, except during any period in which it bears interest at the Prime "
        "Referenced Rate plus the Applicable Margin.\nInterest accruing hereunder on the basis of "
        "the Prime Referenced Rate (to the extent applicable) shall be computed on the basis of a "
        "360-day year, and shall be assessed for the actual number of days elapsed.\n"
    )
    assert _value(found, "interest.day_count") is None
    assert "ACT/360" in offered(found, "interest.day_count")


def test_a_loan_terms_tables_note_rate() -> None:
    found = extract_text(
        "LOAN TERMS TABLE\n|\nNote Date: May 1, 2007\n|\nOriginal Principal Amount: "
        "$2,500,000.00\n|\nNote Rate: 6.125%\n|\nMaturity Date: June 1, 2017\n"
    )
    assert _value(found, "interest.rate") == Decimal("0.06125")
    assert _value(found, "interest.default_margin") is None


def test_the_sum_of_an_index_and_a_margin_of() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $4,000,000.00. Interest shall accrue at a floating rate "
        "per annum equal to the sum of\nLIBOR and a margin of one and one-half percent.\n"
    )
    assert _value(found, "interest.floating.margin") == Decimal("0.015")


def test_a_margin_after_maturity_is_not_the_notes_margin() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $9,000,000.00 with interest at a rate equal to the three "
        "month LIBOR RATE plus two hundred (200) basis points from time to time until maturity, "
        "and at a rate equal to the three month LIBOR RATE plus eight hundred (800) basis points "
        "from time to time after maturity, whether by acceleration or otherwise.\n"
    )
    assert _value(found, "interest.floating.margin") == Decimal("0.0200")


def test_no_draws_after_a_day_ends_the_draw_period() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $4,000,000.00 on June 1, 2008. This Note represents a line "
        "of credit with draw provisions up to the commitment. No draws can be made after June 1, "
        "2005 without written permission from the Lender.\n"
    )
    assert _value(found, "draw_period_end") == dt.date(2005, 6, 1)


def test_deeds_of_trust_executed_in_favor_of_the_lender_secure_the_note() -> None:
    found = extract_text(
        PROMISE + "the principal amount of $41,000,000.00. This Note, the Deeds of Trust, Security "
        "Agreements and Fixture Filings dated as of even date herewith executed by Borrower in "
        "favor of Lender and all other documents are the Loan Documents.\n"
    )
    assert _value(found, "secured") is True


def test_lending_on_a_revolving_basis_is_revolving() -> None:
    found = extract_text(
        PROMISE + "the sum of $50,000,000.00 (the Revolving Credit Commitment). Lender, in its "
        "reasonable discretion, may loan hereunder to Borrower on a revolving basis such amounts "
        "as may from time to time be requested by Borrower.\n"
    )
    assert _value(found, "revolving") is True


def test_a_successor_by_merger_is_not_part_of_the_payees_name() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned (“Borrower”) does hereby unconditionally promise to "
        "pay to the order of FIRST CITY BANK, NA, successor by merger to FIRST CITY BANK, TEXAS, "
        "N.A., a national banking association (“Bank”), the principal amount of $10,000,000.00.\n"
    )
    assert _value(found, "lender") == "FIRST CITY BANK, NA"
