"""The eighty-fifth round of issue 16: the twenty-sixth session's fourth draw (``heldout-ht`` …
``heldout-hy``, rules frozen at 4c209c7) after its first and only scores.

Each case is a short note of its own."""

from __future__ import annotations

from role_notes import offered
from role_notes import value as _value

from promissory.extract import extract_text


def test_a_default_rate_of_nothing_is_offered_not_proposed() -> None:
    found = extract_text(
        '"$4,500.00. Kansas City, Mo., September 18, 1907. Six months after date I promise to pay '
        "to the order of Merchants' Refrigerating Company Forty-five Hundred Dollars, with "
        'interest after maturity at the rate of 0 per cent per annum. C. B. Hoffman."\n'
    )
    assert _value(found, "interest.default_rate") is None
    assert 0 in offered(found, "interest.default_rate")


def test_a_second_payee_after_and_or() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, Falcon Ridge Development, Inc. promises to pay to Karen Y. Duran. "
        "And/or Fred M. Montano the sum of $20,000 per month with interest at prime.\n"
    )
    assert _value(found, "lender") == "Karen Y. Duran"
