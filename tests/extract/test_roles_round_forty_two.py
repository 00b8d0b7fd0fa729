"""The forty-second round of issue 16: mistakes of ``heldout-ch``, ``heldout-ci`` and
``heldout-cj``, read after each part's first and only score, each made a rule of its kind.

* a demand note's own promise "to pay UPON DEMAND", and an aside in parentheses on when the note
  may fall due ("(unless … accelerated upon the occurrence of a Default Event …)"), do not make the
  rate stated in the same sentence a rate after default;
* "Each of the Advances … shall bear interest at the Eurodollar-based Rate or the Prime-based Rate,
  as elected by Borrower": neither index is the note's, nor the day count said of one of them;
* "($121,-276.40)": a court reporter's hyphen after a thousands comma;
* "to the order of WILLIAM L. BALLOU at Paris, Texas": not the town;
* "— On Demand — After Date, I, We, Or Either Of Us, Promise To Pay": a demand note;
* "the loan is being made on an interest-free basis": no interest, and "if this Note remains unpaid
  past the principal repayment date, the Note will carry interest … at the Prime Rate": the rate
  after it falls due, not the note's index.

Each case is a short note of its own."""

from __future__ import annotations

from decimal import Decimal

from role_notes import offered
from role_notes import value as _value

from promissory.extract import extract_text


def test_a_demand_notes_promise_is_no_default() -> None:
    found = extract_text(
        "DEMAND NOTE\n$500,000 December 1, 1999\nFOR VALUE RECEIVED, ACME TECHNOLOGIES INC. "
        '("Company") promises to pay UPON DEMAND to WILMINGTON HOLDINGS, INC. ("Holder"), the '
        "principal sum of Five Hundred Thousand Dollars ($500,000), together with interest on the "
        "unpaid principal balance at a rate equal to eight percent (8.0%) per annum.\n"
    )
    assert _value(found, "interest.rate") == Decimal("0.08")
    assert _value(found, "interest.default_rate") is None


def test_an_aside_on_acceleration_is_no_default() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, NEPTUNE HOLDINGS, INC. promises to pay to Brooklyn Investors LLC, on "
        "February 2, 2010 (the “Due Date”) (unless this Note shall have been repaid sooner or the "
        "amount owing hereunder is accelerated upon the occurrence of a Default Event as "
        "hereinafter provided), Three Million Dollars ($3,000,000) and to pay simple interest on "
        "the Principal Amount at the rate of thirteen and one half percent (13.5%) per annum.\n"
    )
    assert _value(found, "interest.rate") == Decimal("0.135")
    assert _value(found, "interest.default_rate") is None


def test_rates_the_borrower_elects_per_advance() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned promises to pay to the order of FIRST BANK the "
        "principal sum of $30,000,000.\nEach of the Advances made hereunder shall bear interest at "
        "the Eurodollar-based Rate or the Prime-based Rate, as elected by Borrower.\nInterest "
        "accruing at the Prime-based Rate shall be computed on the basis of a year of 365 days, "
        "and shall be assessed for the actual number of days elapsed.\n"
    )
    assert _value(found, "interest.floating.index") is None
    assert _value(found, "interest.day_count") is None
    assert "ACT/365F" in offered(found, "interest.day_count")


def test_a_reporters_hyphen_in_a_figure_and_a_payees_town() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, I, we, or either of us promise to pay to the order of WILLIAM L. "
        "BALLARD at Paris, Texas, the sum of ONE HUNDRED TWENTY-ONE THOUSAND TWO HUNDRED "
        "SEVENTY-SIX AND 40/100 ($121,-276.40) DOLLARS.\n"
    )
    assert _value(found, "commitment") == Decimal("121276.40")
    assert _value(found, "lender") == "WILLIAM L. BALLARD"


def test_on_demand_after_date_between_dashes() -> None:
    found = extract_text(
        '"$8,467.68 Albuquerque, N.M., July 10, 1946 — On Demand — After Date, I, We, Or Either '
        "Of Us, Promise To Pay To The Order Of Virgil Strand, at the rate of 5 per cent per annum.\n"
    )
    assert _value(found, "demand") is True


def test_an_interest_free_loan_with_prime_after_it_falls_due() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned promises to pay to the order of ACME TECHNOLOGIES, "
        "INC. the principal sum of $150,000.\n1. INTEREST. The Company is not charging interest on "
        "the principal amount of the loan, and the loan is being made on an interest-free basis. "
        "However, if this Note remains unpaid past the principal repayment date, the Note will "
        "carry interest from such date at the Prime Rate of interest as published in the Wall "
        "Street Journal until paid.\n"
    )
    assert _value(found, "interest.rate") == Decimal(0)
    assert _value(found, "interest.floating.index") is None
