"""The eighty-sixth round of issue 16: the twenty-seventh session's first draw (``heldout-hz`` …
``heldout-ie``, rules frozen at 3828628) after its first and only scores, and the corpus's one
rule for a maturity given as a time after the note's date (worked out, months by the calendar,
with no days of grace).

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import offered
from role_notes import value as _value

from promissory.extract import extract_text


def _maturity(found: object) -> tuple[object, Decimal]:
    finding = found.get("maturity")  # type: ignore[attr-defined]
    assert finding is not None
    return finding.value, finding.confidence


def test_a_time_in_words_after_the_notes_date_is_its_maturity_inferred() -> None:
    found = extract_text(
        '"$450. Independence, Mo., March 28, 1855. Six months after date we promise to pay John '
        'P. Collins, or order, four hundred and fifty dollars, with ten per cent interest."\n'
    )
    assert _maturity(found) == (dt.date(1855, 9, 28), Decimal("0.70"))


def test_years_and_months_after_date_are_counted_together() -> None:
    found = extract_text(
        "$4,000.00. Topeka, Kansas, January 31, 1918. Two years and nine months after date, for "
        "value received, I promise to pay to the order of Elsie Burnett Four Thousand Dollars.\n"
    )
    assert _value(found, "maturity") == dt.date(1920, 10, 31)


def test_days_in_words_with_hundreds() -> None:
    found = extract_text(
        "$7,433.88. Kansas City, Mo., May 29, 1900. One hundred and eighty-two days after date, "
        "without grace, I promise to pay to the order of Goodloe & McClelland Commission Co. "
        "Seven Thousand Four Hundred Thirty-three and 88/100 Dollars.\n"
    )
    assert _value(found, "maturity") == dt.date(1900, 11, 27)


def test_after_date_before_the_makers_capitalised_name() -> None:
    found = extract_text(
        "$5,000. Kissimmee, Fla., June 6th, 1891. On or before two years after date The Florida "
        "Pebble Phosphate Company promises to pay to the order of Nat Poyntz Five Thousand "
        "Dollars.\n"
    )
    assert _value(found, "maturity") == dt.date(1893, 6, 6)


def test_on_demand_or_a_time_after_date_is_offered_not_proposed() -> None:
    found = extract_text(
        "$2,000. Boston, May 30, 1890. On demand, or six months after date, I promise to pay to "
        "the order of the Nashua Savings Bank Two Thousand Dollars.\n"
    )
    assert _value(found, "maturity") is None
    assert dt.date(1890, 11, 30) in offered(found, "maturity")


def test_a_first_payment_after_date_is_not_the_maturity() -> None:
    found = extract_text(
        "Dated: June 1, 2019. For value received, Nakaddu LLC promises to pay to Red Oak Capital "
        "Fund II the sum of $500,000, payment commencing thirty (30) days from the date hereof.\n"
    )
    assert _value(found, "maturity") is None


def test_one_rate_before_and_after_each_of_maturity_default_and_judgment() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, TransAtlantic Petroleum Corp. promises to pay to the order of Dalea "
        "Partners, LP the principal amount of $1,000,000 on the earliest of (i) December 31, 2010 "
        "and (ii) the occurrence of an Event of Default as such term is defined in the Credit "
        "Agreement,\n\ntogether with interest accruing on the outstanding principal amount from "
        "the date\nhereof at a rate of TEN PERCENT (10%) per annum, compounded quarterly, before "
        "and after each of maturity, default and judgment.\n"
    )
    assert _value(found, "interest.rate") == Decimal("0.10")
    assert _value(found, "interest.default_rate") is None


def test_words_before_a_figure_with_its_sign_and_a_rate_before_and_another_after() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, Red Mile Entertainment, Inc. promises to pay to SilverBirch Inc. the "
        "sum of $750,000,\n\ntogether\nwith interest accruing from and after May 7, 2008, on the "
        "outstanding principal\namount and overdue interest, if any, from the date hereof at a "
        "rate of ten (10%)\nper annum, before and twenty percent (20%) per annum after maturity or "
        "default,\npayable by the Borrower to the Lender quarterly.\n"
    )
    assert _value(found, "interest.rate") == Decimal("0.10")
    assert _value(found, "interest.default_rate") == Decimal("0.20")


def test_a_fraction_at_the_end_of_number_words_is_not_the_rate() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned promises to pay to the order of C.W. Gilluly the "
        "principal sum of $147,422.00, with interest at a fixed rate per annum equal, at all "
        "times, to eleven-and-one-half (11.5%). Any amount of overdue principal shall bear "
        "interest at a fixed rate per annum of fifteen percent (15.0%).\n"
    )
    assert _value(found, "interest.rate") != Decimal("0.005")
    assert Decimal("0.005") not in offered(found, "interest.rate")
