"""The sixty-third round of issue 16: misses read again on parts already seen while
``heldout-eq`` … ``heldout-es`` were being collected, then those parts' own misses after their
first and only score.

* a national bank's legal form after its name ("THE BANK OF CALIFORNIA, National Association") is
  part of the name, not a town;
* read on ``heldout-es`` after its score: a maker named in capitals in the promise ("I, HELEN
  SLAVESKI, promise to pay"); the sum after two payees ("to the order of Erich Poehnert and Lizzie
  Poehnert Two Thousand and no/100 Dollars");
* read on ``heldout-er``: the last of a run of payments, then "and to pay all remaining unpaid
  principal and accrued interest on August 1, 2018": that later day is the maturity; an entity
  and a person joined by "and" are joint makers, the first proposed; a form's blank "Name (the
  "Noteholder")" is no payee.

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

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


def test_a_maker_named_in_capitals_in_the_promise() -> None:
    found = extract_text(
        "“I, HELEN SLAVESKI, promise to pay to the order of CORNELIUS J. REESE the sum of Ten "
        "Thousand ($10,000.00) Dollars within three (3) years from the date hereof.”\n"
    )
    assert _value(found, "borrower") == "HELEN SLAVESKI"


def test_two_payees_then_the_sum() -> None:
    found = extract_text(
        "“On or before three years after date, for value received, I, we, or either of us promise "
        "to pay to the order of Erich Poehnert and Lizzie Poehnert Two Thousand and no/100 Dollars "
        "at Boerne, Texas, with six per centum interest per annum from date until paid.”\n"
    )
    assert _value(found, "commitment") == Decimal("2000.00")
    assert _value(found, "lender") == "Erich Poehnert"


def test_the_remaining_principal_after_a_run_of_payments() -> None:
    found = extract_text(
        "January 31, 2018\nFOR VALUE RECEIVED, Advanced Voice Recognition Systems, Inc. promises "
        "to pay to the order of Meyer & Associates, LLC the principal sum of $52,385.46. Maker shall "
        "pay one thousand dollars ($1,000) per month on the first day of each month beginning "
        "February 1, 2018 and continuing through July 1, 2018 (“Monthly Payment Dates”), and to pay "
        "all remaining unpaid principal and accrued interest on August 1, 2018 (the “Maturity "
        "Date”).\n"
    )
    assert _value(found, "maturity") == dt.date(2018, 8, 1)


def test_an_entity_and_a_person_as_joint_makers() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, Advanced Voice Recognition Systems, Inc. and Walter Geldenhuys "
        "(jointly and severally, “Maker”) promise to pay to the order of Meyer & Associates, LLC, a "
        "Colorado limited liability company, the principal sum of $52,385.46.\n"
    )
    assert _value(found, "borrower") == "Advanced Voice Recognition Systems, Inc."


def test_a_forms_name_blank_is_no_payee() -> None:
    found = extract_text(
        "SUBORDINATED PROMISSORY NOTE\n$__________\nFOR VALUE RECEIVED, Xxxxxx'x, Inc., a "
        'Minnesota corporation (the "Company"), promises to pay to\nName (the "Noteholder")\nthe '
        "principal sum of ______ Dollars, with interest at eleven percent (11%) per annum.\n"
    )
    assert _value(found, "lender") is None
