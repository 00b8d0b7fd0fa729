"""The forty-seventh round of issue 16: mistakes of ``heldout-cu``, ``heldout-cv`` and
``heldout-cw`` (and one name of ``heldout-ct``), read after each part's first and only score.

* "Donald B. Cohen, Vice President of The Quantum Group, Inc. (the “Payee”)" and "J. V. Felker City
  Treas.": a person's office is no part of the name;
* "This Note … is entitled to all benefits and security of the Loan Agreement", "entitled to the
  security therefor": the note says it is secured.

Each case is a short note of its own."""

from __future__ import annotations

from role_notes import PROMISE
from role_notes import value as _value

from promissory.extract import extract_text


def test_a_persons_office_is_no_part_of_the_name() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, The Quantum Group, Inc. promises to pay to the order of Donald B. "
        "Cohen, Vice President of The Quantum Group, Inc. (the “Payee”), the principal sum of "
        "$158,120.85.\n"
    )
    assert _value(found, "lender") == "Donald B. Cohen"
    treasurer = extract_text(
        "$25,000. Newburyport, Mass., April 13, 1906.\nSix months after date the City of "
        "Newburyport promises to pay to the order of J. V. Felker City Treas. twenty-five thousand "
        "dollars.\n"
    )
    assert _value(treasurer, "lender") == "J. V. Felker"


def test_entitled_to_the_benefits_and_security_of_the_loan_agreement() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $1,522,400.00. This Note is the Term Note referred to in "
        "the Loan Agreement and is entitled to all benefits and security of the Loan Agreement.\n"
    )
    assert _value(found, "secured") is True
    therefor = extract_text(
        PROMISE + "the principal sum of $20,000,000.00. This Note is issued under the Credit "
        "Agreement and is entitled to the security therefor.\n"
    )
    assert _value(therefor, "secured") is True
