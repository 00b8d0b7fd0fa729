"""The forty-first round of issue 16: mistakes of ``heldout-ce``, ``heldout-cf`` and
``heldout-cg``, read after each part's first and only score, each made a rule of its kind.

* old notes' dates: "April 20th, 1876", "Nov. 3d, 1869" (years before 1900, the old ordinal "d"),
  read (offered until the forty-eighth round; now reported, and left as a placeholder in the
  draft, since a ledger holds dates from 1900 on);
* "one and one-half per cent. per month": "per cent." goes on, so the rate is a month's, not a
  year's;
* "at the initial rate of 4.98 percent per annum": the first rate of a rate that changes;
* "the interest rate hereunder shall not fall below 6.25% per annum": a floor, not the rate;
* "Texas State Bank, McAllen": not the town; "PROMISE TO PAY, XXXXXXXXX X. XXXXXXXX": not the
  heading; "…, lselin, New Jersey, a corporation (… the "Borrower")": a state alone is no name;
* "(Signed) ROBERT BROS., INC., J. L. ROBERTS, Prest.", "[Signed] J.V. Wilkinson.": the maker;
* "On demand, and if no demand is made, then on Dec. 1, 1922, I … premise to pay": demand;
* "Ten thousand dollars with out interest": no interest;
* "with ten per cent, interest from maturity": the rate after the note falls due;
* "Interest may vary with bank rates": the rate stated is offered, not proposed as fixed;
* "amends and restates … that certain Promissory Note dated as of April 8, 2004": not this note's
  date;
* "Commencing upon January 31, 2013": the first payment.

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import PROMISE, offered
from role_notes import value as _value

from promissory.extract import extract_text


def test_an_old_notes_date() -> None:
    found = extract_text(
        "“$400. Camden, Ind., Nov. 3d, 1869.\n\nFor value received, one year after date, we "
        "promise to pay Thomas Tobin, or bearer, four hundred dollars.\n"
    )
    # read (since the forty-eighth round, reported as what the note says; its draft leaves the
    # date as a placeholder, since a ledger holds dates from 1900 on)
    assert _value(found, "issue_date") == dt.date(1869, 11, 3)


def test_a_rate_per_cent_per_month_is_no_yearly_rate() -> None:
    found = extract_text(
        '" Oroville, August 4, 1863.\n" $ 2843.\n" Six months after date, for value received, I '
        "promise to pay to the order of George Perkins the sum of $ 2843, with interest at one "
        "and one-half per cent. per month till paid.\n"
    )
    assert _value(found, "interest.rate") is None


def test_an_initial_rate_of() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $2,000,000.00. The indebtedness shall bear interest at the "
        "initial rate of 4.98 percent per annum. On the first day of each month the interest rate "
        "shall be adjusted to One Month LIBOR plus 3.14 percent.\n"
    )
    assert _value(found, "interest.rate") is None
    assert Decimal("0.0498") in offered(found, "interest.rate")


def test_a_rate_that_shall_not_fall_below_is_a_floor() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $682,000.00 with interest at the Wall Street Journal Prime "
        "Rate plus one percent. Notwithstanding anything herein to the contrary, the interest rate "
        "hereunder shall not fall below 6.25% per annum.\n"
    )
    assert _value(found, "interest.rate") is None
    assert _value(found, "interest.floating.floor") == Decimal("0.0625")


def test_a_banks_town_after_its_name() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned promises to pay to the order of Lone Star State "
        "Bank, McAllen, Texas, at its offices, the principal sum of $682,000.00.\n"
    )
    assert _value(found, "lender") == "Lone Star State Bank"


def test_a_state_alone_is_no_makers_name() -> None:
    found = extract_text(
        'THIS TERM PROMISSORY NOTE is entered into between FARMBANK, ACB ("Lender") and '
        "PINE WATER COMPANY, lselin, New Jersey, a corporation (together with its permitted "
        'successors and assigns, the "Borrower"). Borrower promises to pay Lender $3,600,000.\n'
    )
    assert _value(found, "borrower") != "New Jersey"


def test_a_signature_the_court_marks() -> None:
    found = extract_text(
        "$2,500. WENDELL, N.C. Aug. 15, 1912.\nNovember 16, 1912, after date we promise to pay to "
        "the order of Harding Lumber Company, twenty-five hundred dollars. (Signed) ROBERT BROS., "
        "INC., J. L. ROBERTS, Prest.\n"
    )
    assert _value(found, "borrower") == "ROBERT BROS., INC"


def test_on_demand_and_if_no_demand_is_made() -> None:
    found = extract_text(
        '"On demand, and if no demand is made, then on Dec. 1, 1922, I, we, or either of us '
        "premise to pay to the order of First National Bank at its office, Seventy-Nine Hundred "
        'Dollars for value received, with interest from date at the rate of eight per cent. per annum."\n'
    )
    assert _value(found, "demand") is True


def test_dollars_with_out_interest() -> None:
    found = extract_text(
        "For value received I promise to pay to Susanne Greeley Ten thousand dollars with out "
        "interest. This note is not negotiable.\nCyrus Greeley\n"
    )
    assert _value(found, "interest.rate") == Decimal(0)


def test_interest_from_maturity_is_the_rate_after_it_falls_due() -> None:
    found = extract_text(
        "For value received, one year after date, we promise to pay Thomas Tobin, or bearer, four "
        "hundred dollars, at the bank in Delphi, with ten per cent, interest from maturity.\n"
    )
    assert _value(found, "interest.rate") is None
    assert _value(found, "interest.default_rate") == Decimal("0.10")


def test_interest_that_may_vary_is_no_fixed_rate() -> None:
    found = extract_text(
        PROMISE
        + "Eleven Thousand Dollars ($11,000.00) with interest thereon from date at the rate "
        "of 14% interest per annum, payable in annual installments. Interest will be payable "
        "semi-annually. Interest may vary with bank rates charged to the holder.\n"
    )
    assert _value(found, "interest.rate") is None
    assert Decimal("0.14") in offered(found, "interest.rate")


def test_the_date_of_the_note_restated_is_not_this_notes() -> None:
    found = extract_text(
        "AMENDED AND RESTATED PROMISSORY NOTE\n" + PROMISE + "the principal sum of $2,040,767.68. "
        "This Amended and Restated Promissory Note amends and restates in its entirety that "
        "certain Promissory Note dated as of April 8, 2004, executed by the Agency.\n"
    )
    assert _value(found, "issue_date") is None


def test_commencing_upon_a_day() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $2,000,000.00 in annual installments of $200,000.00 "
        "commencing upon January 31, 2013 and on the last day of January during each year "
        "thereafter.\n"
    )
    assert _value(found, "schedule.first_payment") == dt.date(2013, 1, 31)
