"""The sixty-eighth round of issue 16: a miss of ``heldout-fe`` after its first and only score.

* an old note's "with ten per cent, interest from date, if not paid when due": the rate only if
  the note is not paid when due, not the note's rate (its comma after "per cent" does not end the
  clause that says so).

Each case is a short note of its own."""

from __future__ import annotations

from role_notes import value as _value

from promissory.extract import extract_text


def test_a_rate_if_not_paid_when_due() -> None:
    found = extract_text(
        "“$60.19. Noblesville, Ind., Jan. 29th, 1877.\n“ One day after date, we jointly and "
        "severally promise to pay to the order of Pontious & Wainwright, at Citizens Bank, "
        "Noblesville, Ind., sixty 19-100 dollars, with ten per cent, interest from date, if not "
        "paid when due, and reasonable attorney’s fees ; value received.”\n"
    )
    assert _value(found, "interest.rate") is None
