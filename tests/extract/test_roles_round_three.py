"""The third round of issue 16: a value whose role is not sure is offered, not reported, and the
misses read on ``heldout-d`` — each written here as a short note of its own (not the corpus text),
so that the rule is held by the words that make it, not by one document."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import PROMISE
from role_notes import offered as _offered
from role_notes import value as _value

from promissory.extract import extract_text
from promissory.extract.records import STATED


def test_a_margin_over_an_index_after_the_words_interest_rate_is_a_margin_not_a_rate() -> None:
    """'The interest rate ... is a floating rate of one percent (1%) per annum in excess of the
    New York prime rate': the 1% is the margin over prime; it was read as a fixed rate of 1%."""
    found = extract_text(
        PROMISE + "the principal sum of $500,000.00. The interest rate charged on the outstanding "
        "balance is a floating rate of one percent (1%) per annum in excess of the New York prime "
        "rate as quoted in the Wall Street Journal."
    )
    assert found.get("interest.rate") is None
    assert found.get("interest.default_margin") is None
    margin = found.get("interest.floating.margin")
    assert margin is not None and margin.value == Decimal("0.01")
    index = found.get("interest.floating.index")
    assert index is not None and index.value == "PRIME"


def test_a_floor_after_per_annum_wording_is_not_the_fixed_rate() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $200,000.00 with interest at a variable rate of one and "
        "one-half percent (1.5%) per annum above the Prime Rate; provided that in no event shall "
        "the rate be less than five and one-half percent (5.5%) per annum."
    )
    assert found.get("interest.rate") is None
    assert found.get("interest.default_margin") is None
    floor = found.get("interest.floating.floor")
    assert floor is not None and floor.value == Decimal("0.055")


def test_a_margin_over_the_rate_with_no_default_words_is_offered() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $100,000.00 with interest at the note rate plus two "
        "percent (2%) per annum, as the holder may elect."
    )
    assert found.get("interest.default_margin") is None
    assert Decimal("0.02") in _offered(found, "interest.default_margin")


def test_a_rate_that_becomes_a_named_default_rate_is_a_default_rate() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $40,000.00 with interest at the rate of seven percent (7%) "
        "per annum. Upon an Event of Default the interest rate shall become twelve percent (12%) "
        '("Default Rate").'
    )
    rate, default = found.get("interest.rate"), found.get("interest.default_rate")
    assert rate is not None and rate.value == Decimal("0.07")
    assert default is not None and default.value == Decimal("0.12")
    assert found.get("interest.default_margin") is None or found.value(
        "interest.default_margin"
    ) == Decimal("0.05")


def test_an_initial_rate_until_a_date_then_variable_is_offered() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $100,025.00. INTEREST: I agree to pay interest at the rate "
        "of 5.000 % per year until 01-18-2013, and then the rate may change as stated below."
    )
    assert found.get("interest.rate") is None
    assert Decimal("0.05000") in _offered(found, "interest.rate")


def test_a_conditional_floor_does_not_outrank_the_plain_one() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $8,000,000.00 together with interest at the Wall Street "
        "Journal Prime Rate. The interest rate is subject to a floor of 5%. If the Prime Rate is "
        "greater than 6%, the interest rate hereon shall be reduced by 50 basis points, subject to "
        "a floor of 6%."
    )
    # the plain floor is proposed, or offered first when the conditional one makes it ambiguous
    assert _value(found, "interest.floating.floor") != Decimal("0.06")
    floors = [_value(found, "interest.floating.floor"), *_offered(found, "interest.floating.floor")]
    assert Decimal("0.05") in floors


def test_an_index_named_only_for_the_rate_after_default_is_offered() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $1,000,000.00 with interest at eight percent (8%) per "
        "annum. Any principal not paid when due shall bear interest at the prime rate plus 2%."
    )
    assert found.get("interest.floating.index") is None


def test_a_heading_run_into_the_makers_name_is_cut_off() -> None:
    found = extract_text(
        'PROMISE TO PAY. Prairie Finance Corporation ("Borrower") promises to pay to Plains '
        'Bank, N.A. ("Lender"), or order, the principal amount of $6,000,000.00.'
    )
    borrower = found.get("borrower")
    assert borrower is not None and borrower.value == "Prairie Finance Corporation"


def test_joint_makers_joined_by_and_give_the_first_inferred() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned, HILLTOP NURSING, LLC and SUMMIT HEALTH SYSTEMS, "
        'INC. ("Maker"), promises to pay to the order of CITY BANK ("Payee") the principal sum of '
        "$1,000,000.00."
    )
    borrower = found.get("borrower")
    assert borrower is not None and borrower.value == "HILLTOP NURSING, LLC"
    assert borrower.confidence < STATED
    assert "SUMMIT HEALTH SYSTEMS" in borrower.note


def test_prose_is_not_a_payee_name() -> None:
    found = extract_text(
        "PROMISSORY NOTE\nIn return for a loan that I have received, I promise to pay to In return "
        "for the principal amount of $1,800,000.00."
    )
    assert found.get("lender") is None


def test_a_state_after_a_payees_name_is_dropped() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, Gulf Gaming Centers, Inc. promises to pay to the order of "
        "ORANGE COUNTY, Florida the principal sum of $4,000,000.00."
    )
    lender = found.get("lender")
    assert lender is not None and lender.value == "ORANGE COUNTY"


def test_a_listing_title_line_gives_no_issue_date() -> None:
    found = extract_text(
        "Exhibit 10.2 FORM OF REVOLVING NOTE\nRevolving Note • September 17th, 2008 • Church "
        "Lending Co • Real estate\n\nChurch Lending Co, a Minnesota corporation, for value "
        "received, hereby promises to pay to the order of Lake Bank the principal sum of Eight "
        "Million Dollars ($8,000,000.00)."
    )
    assert found.get("issue_date") is None
    assert True in _offered(found, "revolving")  # (the name alone: offered)


def test_a_secured_note_title_in_mixed_case() -> None:
    found = extract_text(
        "Filer – Secured Promissory Note (April 11th, 2018)\n\nFOR VALUE RECEIVED, Blue Drinks, "
        "Inc. hereby promises to pay to the order of Spring Bottling, LLC the sum of Four Million "
        "Six Hundred Forty-Four Thousand Nine Hundred Six and No Cents ($4,644,906.00) (the "
        '"PRINCIPAL AMOUNT"), together with interest.'
    )
    assert found.value("secured") is True
    assert found.get("issue_date") is None
    assert found.value("commitment") == Decimal("4644906.00")


def test_adjusted_quarterly_is_not_the_installments_period() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $8,320,000.00 in installments of principal and interest "
        "of $60,000.00 each, with the interest rate adjusted quarterly."
    )
    assert found.get("schedule.frequency") is None


def test_the_basis_that_says_how_days_count_wins_over_a_bare_year_of_360_days() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $6,000,000.00 with interest at 5.500% per annum based on "
        "a year of 360 days. INTEREST CALCULATION METHOD. Interest on this Note is computed on a "
        "365/360 basis."
    )
    assert found.value("interest.day_count") == "ACT/360"


def test_a_year_composed_of_365_days_and_one_365th_of_the_annual_rate() -> None:
    composed = extract_text(
        PROMISE + "$1,000.00. All interest shall be computed on the basis of the actual number of "
        "days elapsed over a year composed of 365 days."
    )
    assert composed.value("interest.day_count") == "ACT/365F"
    daily = extract_text(
        PROMISE + "$1,000.00, with interest accruing daily for the actual number of days elapsed "
        "at 1/365th of the annual rate of interest stated below."
    )
    assert daily.value("interest.day_count") == "ACT/365F"


def test_maturity_years_after_the_note_date() -> None:
    found = extract_text(
        "PROMISSORY NOTE\nDATE OF NOTE: June 1, 2011\nMATURITY DATE: four (4) years after the "
        "date of this Note.\n1. For value received, Maker promises to pay to the order of Lender "
        "$10,000.00."
    )
    # it rests on the date read: offered from the sixty-fifth round, proposed as inferred since the
    # eighty-sixth (when the corpus took one rule for such a time)
    maturity = found.get("maturity")
    assert maturity is not None
    assert maturity.value == dt.date(2015, 6, 1)
    assert maturity.confidence < STATED


def test_maturity_when_interest_only_payments_end_with_the_principal() -> None:
    found = extract_text(
        PROMISE + "the principal amount of $2,000,000.00. The Maker shall pay interest only "
        "beginning on December 15, 2006 and on June 15 and December 15 of each year thereafter "
        "until December 15, 2010, at which time the outstanding principal shall become due."
    )
    assert found.value("maturity") == dt.date(2010, 12, 15)


def test_a_first_payment_is_due_date_is_not_the_maturity() -> None:
    found = extract_text(
        PROMISE + "the principal amount of $6,000,000.00 in 60 monthly payments of $114,866.22 "
        "each payment. Borrower's first payment is due July 13, 2009, and all subsequent payments "
        "are due on the same day of each month after that."
    )
    assert found.get("maturity") is None
    assert found.value("schedule.first_payment") == dt.date(2009, 7, 13)
