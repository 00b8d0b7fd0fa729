"""The sixty-second round of issue 16: misses read again on parts already seen while
``heldout-en`` … ``heldout-ep`` were being collected, then those parts' own misses after their
first and only score.

* an old note's month abbreviated with no mark ("Feby. 19th, 1926", "Jany.", "Septr.");
* a payee named with his office before "or order" ("… to Henry S. Long, as trustee, or order,
  thirteen thousand three hundred thirty three and 33/100 dollars"): the sum after it is the
  principal.

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import value as _value

from promissory.extract import extract_text


def test_a_month_abbreviated_with_no_mark_and_a_payee_as_trustee() -> None:
    found = extract_text(
        "Following is a copy of one of the notes:\n“$13,333.33 Sanford, Florida,\nFeby. 19th, "
        "1926.\n“On or before one year next after date, I promise to pay to Henry S. Long, as "
        "trustee, or order, thirteen thousand three hundred thirty three and 33/100 dollars, with "
        "interest after date at the rate of eight per cent, per annum until paid.”\n"
    )
    assert _value(found, "issue_date") == dt.date(1926, 2, 19)
    commitment = found.get("commitment")
    assert commitment is not None and commitment.value == Decimal("13333.33")
    assert "also stated" in commitment.note  # the words corroborate the figures
