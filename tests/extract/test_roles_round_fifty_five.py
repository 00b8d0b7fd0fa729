"""The fifty-fifth round of issue 16: read on ``heldout-ds`` … ``heldout-du`` after their first and
only score.

* a bank's day count for the interest paid at closing only ("A payment of interest from the
  Closing Date to and including March 31, 2001 … the actual number of days elapsed … a 360-day
  year. Thereafter, …") is offered, not proposed;
* a judgment note's "promise to pay to the order of Ourselves" names no payee (and a name ends
  before a sum in words that opens with a teen, "Eighteen Thousand … Dollars");
* "the Farmers' State Bank of Greentop. Missouri, twenty-four hundred": the state after a full stop
  the scan put for a comma is not part of the name.

Each case is a short note of its own."""

from __future__ import annotations

from role_notes import offered as _offered
from role_notes import value as _value

from promissory.extract import extract_text


def test_the_closing_dates_day_count_is_offered() -> None:
    found = extract_text(
        "1. FOR VALUE RECEIVED, NEW BRIGHTON BUSINESS CENTER LLC hereby promises to pay to the "
        "order of PRINCIPAL LIFE INSURANCE COMPANY the principal sum of $6,200,000.00, together "
        "with interest at the rate of 7.23% per annum. A payment of interest from the Closing Date "
        "to and including March 31, 2001 shall be paid on the Closing Date calculated by "
        "multiplying the actual number of days elapsed in the period for which interest is being "
        "calculated by a daily rate based on the foregoing annual interest rate and a 360-day "
        "year. Thereafter, interest shall be computed on the basis of twelve months.\n"
    )
    assert _value(found, "interest.day_count") != "ACT/360"
    assert "ACT/360" in _offered(found, "interest.day_count")


def test_ourselves_is_no_payee() -> None:
    found = extract_text(
        "$18,500.00 Pittston, Pa., Sept. 17, 1928. Ninety days after date we promise to pay to the "
        "order of Ourselves Eighteen Thousand Five Hundred Dollars, at The Dime Bank.\n"
    )
    assert _value(found, "lender") is None


def test_a_state_after_a_full_stop() -> None:
    found = extract_text(
        "Ninety days after date, we, or either of us, promise to pay to the order of the Farmers' "
        "State Bank of Greentop. Missouri, twenty-four hundred forty-six and 19-100 dollars, with "
        "interest at eight per cent per annum.\n"
    )
    assert _value(found, "lender") == "Farmers' State Bank of Greentop"
