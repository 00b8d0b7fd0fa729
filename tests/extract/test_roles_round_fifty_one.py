"""The fifty-first round of issue 16: two lenders of ``heldout-dg``, read after its first and only
score.

* "promises to pay to the order Bank of Atlanta or its successors or assigns": a form's "of" left
  out after "the order";
* a name that opens with a role word ("Bank of Atlanta") is a name, not the word "Bank".

Each case is a short note of its own."""

from __future__ import annotations

from role_notes import value as _value

from promissory.extract import extract_text


def test_to_the_order_without_of() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned, jointly and severally if more than one, promises to "
        "pay to the order METRO CITY BANK or its successors or assigns at 5114 Buford Highway the "
        "principal sum of $1,810,000.00.\n"
    )
    assert _value(found, "lender") == "METRO CITY BANK"


def test_a_bank_whose_name_opens_with_bank() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned, jointly and severally if more than one, promises to "
        "pay to the order Bank of Atlanta or its successors or assigns at 1970 Satellite Blvd., "
        "Duluth, Georgia 30097, the principal sum of $5,000,000.00.\n"
    )
    assert _value(found, "lender") == "Bank of Atlanta"
