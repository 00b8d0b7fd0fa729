"""The sixty-third round of issue 16: misses read again on parts already seen while
``heldout-eq`` … ``heldout-es`` were being collected, then those parts' own misses after their
first and only score.

* a national bank's legal form after its name ("THE BANK OF CALIFORNIA, National Association") is
  part of the name, not a town.

Each case is a short note of its own."""

from __future__ import annotations

from role_notes import value as _value

from promissory.extract import extract_text


def test_a_national_banks_legal_form() -> None:
    found = extract_text(
        "84,000. Seattle, Washington, Mar. 15, 1917.\nOn demand after date, we jointly and "
        "severally as principals promise to pay to the order of THE BANK OF CALIFORNIA, National "
        "Association, Four Thousand Dollars for value received, with interest from date at the "
        "rate of 6 per cent, per annum.\n"
    )
    assert _value(found, "lender") == "THE BANK OF CALIFORNIA, National Association"
