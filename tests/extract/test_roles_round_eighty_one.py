"""The eighty-first round of issue 16: the first draw's misses left after the eightieth round
(``heldout-gp`` … ``heldout-gu``, no longer held out) and the second draw's (``heldout-gv`` …
``heldout-ha``, rules frozen at 8eaf2b0) after their first and only scores.

* a form's "the undersigned Debtor(s), jointly and severally if more than one, … promise to
  pay" names no maker;
* "(i) eleven and one-half percent (11.5%) for the first advance, and (ii) LIBOR plus six percent
  (6%) for each additional advance": each advance's own rate, none the note's.

Each case is a short note of its own."""

from __future__ import annotations

from role_notes import value as _value

from promissory.extract import extract_text


def test_the_undersigned_debtors_is_no_name() -> None:
    found = extract_text(
        "PROMISSORY NOTE\nFOR VALUE RECEIVED, the undersigned Debtor(s), jointly and severally if "
        "more than one, agree to the terms of this Note and promise to pay to the order of Lender "
        "named below the Principal Amount of $250,000 together with interest at 8% per annum.\n"
    )
    assert _value(found, "borrower") is None


def test_a_rate_for_the_first_advance_and_another_for_each_later_one() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, Delta Drilling LLC promises to pay to the order of Apex Capital LLC "
        "the principal amount of all advances made hereunder. Interest shall accrue on the "
        "principal amount of each advance made hereunder at a per annum fixed rate equal to (i) "
        "ten percent (10%) for the first advance, and (ii) LIBOR plus five percent (5%) for each "
        "additional advance.\n"
    )
    assert _value(found, "interest.rate") is None
    assert _value(found, "interest.floating.index") is None
    assert _value(found, "interest.floating.margin") is None
