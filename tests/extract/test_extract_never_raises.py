"""Extraction reads whatever text it is given: a day the calendar does not have, in any of the
places the rules read a date, is left unread (with a warning where a rule named it), never an
exception (``heldout-dz`` note 1637, "September 31, 2003", stopped the frozen rules of 57faa69)."""

from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from promissory.extract import extract_text

_MONTHS = calendar.month_name[1:]

#: Sentences in which the rules read a date, each with a ``{date}`` to fill.
_PLACES = (
    "This Note is dated {date}.",
    "Dated: {date}",
    "The principal shall be due and payable in full on {date}.",
    "The Maturity Date means {date}.",
    "This Note matures on {date}.",
    "Advances may be made until {date}.",
    "No Loans shall be made after {date}.",
    "This letter agreement is entered into as of {date} in settlement of the Loan Agreement "
    "dated as of {date} between the Lender and the Borrower.",
    "The first installment shall be due on {date}, and the last of which shall be due on {date}.",
)


def _real(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


@given(
    place=st.sampled_from(_PLACES),
    month=st.integers(min_value=1, max_value=12),
    day=st.integers(min_value=0, max_value=39),
    year=st.integers(min_value=1850, max_value=2099),
    day_first=st.booleans(),
)
def test_any_day_in_any_place_is_read_or_left_unread(
    place: str, month: int, day: int, year: int, day_first: bool
) -> None:
    written = (
        f"{day} {_MONTHS[month - 1]} {year}" if day_first else f"{_MONTHS[month - 1]} {day}, {year}"
    )
    text = (
        "PROMISSORY NOTE\nFOR VALUE RECEIVED, ACME CORP. promises to pay to the order of FIRST "
        "BANK the principal sum of $10,000.00 with interest at 6% per annum. "
        + place.format(date=written)
        + "\n"
    )
    found = extract_text(text)
    if not _real(year, month, day):  # nothing is read from the day that is not one
        assert not any(
            isinstance(finding.value, dt.date) and finding.source_text.strip() == written
            for finding in found.findings
        )


#: Digits Python's ``\d`` knows that a note's figure is not written in: Arabic-Indic, full-width,
#: Devanagari (a reviewer's ``extract_text("$١")`` raised ``InvalidInput`` until 2026-12-07).
_FOREIGN_DIGITS = "٠١٢٣٤٥٦٧٨٩" + "０１２３４５６７８９" + "०१२३४५६७८९"
_FIGURES = ("$1", "$1,000.00", "5%", "7.25%", "EUR 100", "€12", "the sum of 5 pounds", "5 pesos")


@given(
    figure=st.sampled_from(_FIGURES),
    digits=st.lists(st.sampled_from(_FOREIGN_DIGITS), min_size=1, max_size=4),
)
def test_a_figure_in_digits_that_are_not_ascii_is_left_unread(
    figure: str, digits: list[str]
) -> None:
    ascii_digits = [i for i, c in enumerate(figure) if c in "0123456789"]
    written = list(figure)
    for index, digit in zip(ascii_digits, digits, strict=False):
        written[index] = digit
    text = (
        "PROMISSORY NOTE\nFOR VALUE RECEIVED, ACME CORP. promises to pay to the order of FIRST "
        f"BANK the principal sum of {''.join(written)} with interest at {''.join(written)} a year.\n"
    )
    found = extract_text(text)  # never raises
    assert not any(
        any(c in _FOREIGN_DIGITS for c in finding.source_text) for finding in found.findings
    )
