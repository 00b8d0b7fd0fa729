"""The seventy-third round of issue 16: misses of the twenty-third session's first draw
(``heldout-fr``, ``heldout-fs``, ``heldout-ft``) after their first and only scores.

* a header table converted one cell to a line, a label over two lines of its cell ("Default" /
  "Interest Rate:" over "Eighteen percent (18%)"): the rate after a default, not the note's rate;
* a late fee of "the greater of (a) 5.00% of the amount overdue, or (b) $35.00": a fraction with a
  flat sum beside it, not stated as certain;
* an OCR's "March 23,2001" before the maker's name;
* a courtesy title's full stop ("to the order of Mrs. Hannah Allport Five Hundred Dollars") ends
  no sentence;
* "nineteen hundred seventeen and 50-100 (1917.50) dollars" payable "to the order of myself".

Each case is a short note of its own."""

from __future__ import annotations

from decimal import Decimal

from role_notes import value as _value

from promissory.extract import extract_text
from promissory.extract.records import STATED

TABLE = (
    "PROMISSORY NOTE\nDate:\n|\n|\nMarch 23, 2007\n|\n|\nBorrower:\n|\n|\nHHC San Antonio "
    "Northwest NC, LP\n|\n|\nLender:\n|\n|\nPlainsCapital Bank\n|\n|\nPrincipal\nAmount:\n|\n|\n"
    "$8,900,000.00\n|\n|\nMargin\nPercentage:\n|\n|\nOne-half\npercent (0.50%)\n|\n|\nDefault\n"
    "Interest Rate:\n|\n|\nEighteen\npercent (18%)\nPayment\nTerms:\nThis Note is payable monthly."
    "\nFOR VALUE RECEIVED, Borrower promises to pay to the order of Lender the Principal Amount "
    "with interest at the Prime Rate plus the Margin Percentage.\n"
)


def test_a_label_over_two_lines_of_a_tables_cell() -> None:
    found = extract_text(TABLE)
    assert _value(found, "interest.rate") is None
    assert _value(found, "interest.default_rate") == Decimal("0.18")


def test_a_late_fee_of_the_greater_of_a_fraction_and_a_sum() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned promises to pay to the order of DANVERSBANK the "
        "principal sum of $5,000,000.00. Any payment hereunder not paid within fifteen (15) days "
        "of the date when due shall be subject to a late fee equal to the greater of (a) 5.00% of "
        "the amount overdue, or (b) $35.00.\n"
    )
    late = found.get("late_charge")
    assert late is not None and late.value == Decimal("0.0500")
    assert late.confidence < STATED


def test_a_date_run_into_its_year_before_the_maker() -> None:
    found = extract_text(
        "PROMISSORY NOTE -$100,000- March 23,2001 Columbia Heights Housing Limited Parmership I, "
        'a Minnesota limited partnership (the "Maker"), for value received, hereby promises to pay '
        'to the City of Columbia Heights (the "City") the principal sum of One Hundred Thousand '
        "and no/100ths Dollars ($100,000), without interest thereon.\n"
    )
    assert _value(found, "borrower") == "Columbia Heights Housing Limited Parmership I"


def test_a_courtesy_title_ends_no_sentence() -> None:
    found = extract_text(
        "No. 1. April 29, 1908.\nTwo years after date for Value Received we promise to pay to the "
        "order of Mrs. Hannah Allport Five Hundred Dollars at 3517 Dearborn St., with interest "
        "thereon at the rate of 10 per cent, per annum.\n"
    )
    assert _value(found, "commitment") == Decimal("500.00")


def test_cents_after_and_then_a_figure_without_its_sign_to_the_makers_own_order() -> None:
    found = extract_text(
        "“Four months after date I promise to pay to the order of myself, nineteen hundred "
        "seventeen and 50-100 (1917.50) dollars, with interest thereon at the rate of six per cent "
        "per annum after maturity — for value received.\n“ Cha’s. Mater.”\n"
    )
    assert _value(found, "commitment") == Decimal("1917.50")
