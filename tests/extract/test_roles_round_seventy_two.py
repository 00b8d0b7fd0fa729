"""The seventy-second round of issue 16: misses of the twenty-second session's fourth draw
(``heldout-fo``, ``heldout-fp``, ``heldout-fq``) after their first and only scores.

* a rate whose words are no number: "at fixed rate of fourteen six (6%) per annum" (offered, not
  proposed: the reader leaves it out);
* an old note's "$5,437 50/100." over "five thousand four hundred and thirty-seven 50/100
  dollars";
* "with 8 per cent. interest per annum from maturity until paid": the rate after maturity;
* a court reporter's page marker before a word ("to the *401 order of");
* "For value received, on demand or at such other maturity or maturities …";
* "INTERNATIONALE NEDERLANDEN (U.S.) CAPITAL CORPORATION": "(U.S.)" inside a name.

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from role_notes import value as _value

from promissory.extract import extract_file, extract_text


def test_a_rate_whose_words_are_no_number() -> None:
    found = extract_text(
        "In return for a loan that it has received, Idea Lab X Products, Inc. (the “Borrower”) "
        'does promise to pay the sum of $2,120,000 (the "Principal"), plus interest.\nInterest '
        "shall be charged until the full amount of Principal has been repaid in full at fixed rate "
        "of fourteen six (6%) per annum (the “Interest Rate”).\n"
    )
    assert _value(found, "interest.rate") is None


def test_cents_as_a_fraction_after_a_space() -> None:
    found = extract_text(
        "'$5,437 50/100. Philadelphia, November 28th, 1836. Five years after date, I promise to "
        "pay to the order of James H. Johnson, five thousand four hundred and thirty-seven 50/100 "
        "dollars, without defalcation, for value received.'\n"
    )
    assert _value(found, "commitment") == Decimal("5437.50")


def test_interest_per_annum_from_maturity() -> None:
    found = extract_text(
        '"$85.00. New Orleans, La., October 1, 1918.\n"On May 1, 1920, we promise to pay to the '
        "order of ourselves eighty-five and no/100 dollars, with 8 per cent. interest per annum "
        'from maturity until paid."\n'
    )
    assert _value(found, "interest.rate") is None
    assert _value(found, "interest.default_rate") == Decimal("0.08")
    assert _value(found, "maturity") == dt.date(1920, 5, 1)


def test_a_page_marker_before_a_word(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(
        "One year after date I promise to pay to the *401 order of John Smith five hundred "
        "dollars.\n",
        encoding="utf-8",
    )
    assert _value(extract_file(note), "lender") == "John Smith"


def test_for_value_received_on_demand() -> None:
    found = extract_text(
        "For value received, on demand or at such other maturity or maturities as may be agreed, "
        "the undersigned promise to pay to the order of NBD Bank the principal sum of "
        "$9,000,000.\n"
    )
    assert _value(found, "demand") is True


def test_a_country_in_parentheses_inside_a_name() -> None:
    found = extract_text(
        "TERM NOTE $9,000,000.00 May 31, 1996 FOR VALUE RECEIVED, the undersigned, AFGL "
        'INTERNATIONAL, INC. (the "Borrower"), promises to pay to the order of INTERNATIONALE '
        'NEDERLANDEN (U.S.) CAPITAL CORPORATION, a Delaware corporation (the "Lender"), the '
        "principal sum of NINE MILLION AND NO/100 DOLLARS ($9,000,000.00).\n"
    )
    assert _value(found, "lender") == "INTERNATIONALE NEDERLANDEN (U.S.) CAPITAL CORPORATION"
