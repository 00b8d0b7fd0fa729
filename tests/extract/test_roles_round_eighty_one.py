"""The eighty-first round of issue 16: the first draw's misses left after the eightieth round
(``heldout-gp`` … ``heldout-gu``, no longer held out) and the second draw's (``heldout-gv`` …
``heldout-ha``, rules frozen at 8eaf2b0) after their first and only scores.

* a form's "the undersigned Debtor(s), jointly and severally if more than one, … promise to
  pay" names no maker;
* "(i) eleven and one-half percent (11.5%) for the first advance, and (ii) LIBOR plus six percent
  (6%) for each additional advance": each advance's own rate, none the note's.

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import PROMISE
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


def test_a_numbered_promise_to_pay_heading_before_the_makers_name() -> None:
    found = extract_text(
        "PRINCIPAL AMOUNT: $150,000\nDATE OF NOTE: March 3, 2006\n1. Promise to Pay. Aspen "
        'Ridge, Inc., a Colorado corporation ("Borrower"), promises to pay to Jane Doe (the '
        '"Lender"), or order, the principal amount of $150,000.\n'
    )
    assert _value(found, "borrower") == "Aspen Ridge, Inc."


def test_a_forms_index_rate_written_in_after_its_label() -> None:
    found = extract_text(
        "PROMISE TO PAY: For value received, Borrower promises to pay to the order of Lender the "
        "principal amount of $900,000.00. Interest on this Note shall be calculated and payable at "
        "a variable rate equal to 1.500% per annum over the Index Rate. INDEX RATE: The Index "
        'Rate for this Note shall be: SEE ANNEX "A", LIBOR RATE for rate definitions and '
        "additional terms.\n"
    )
    assert _value(found, "interest.floating.index") == "LIBOR"


def test_the_libor_base_rate_is_libor() -> None:
    found = extract_text(
        PROMISE + "the sum of $800,000. Interest shall accrue at the rate of two hundred fifty "
        '(250) basis points above the "LIBOR Base Rate", as hereinafter defined.\n'
    )
    assert _value(found, "interest.floating.index") == "LIBOR"


def test_payment_in_full_of_the_principal_on_or_before_a_day() -> None:
    found = extract_text(
        PROMISE + "the sum of $1,000,000 with interest at 9% per annum. Interest accrued on the "
        "unpaid balance of this Note shall be paid as of the first day of each calendar month "
        "following the date of this Note, with payment in full of the outstanding principal "
        "balance and all accrued but unpaid interest to be made on or before July 27, 2006.\n"
    )
    assert _value(found, "maturity") == dt.date(2006, 7, 27)


def test_another_notes_date_sum_and_mortgage_in_an_interest_note() -> None:
    found = extract_text(
        '"Bethel, May 1, 1867.\n"For value received, I promise to pay Asa Holt or order, two '
        "hundred and ten dollars and forty cents, on demand, and interest annually. This note is "
        "for the interest on a certain note dated May 1, 1850, for the sum of $180, payable in one "
        'year from date and interest, and signed by myself and secured by mortgage.\nEli Ames."\n'
    )
    assert _value(found, "demand") is True
    assert _value(found, "secured") is None
    assert _value(found, "issue_date") == dt.date(1867, 5, 1)
    assert _value(found, "commitment") == Decimal("210.40")


def test_a_payees_town_and_abbreviated_state_after_of() -> None:
    found = extract_text(
        '"On or before the first day of May, 1900, for value received, I promise to pay to the '
        "order of R.T. Hale, of Camden, S.C. four hundred and ten dollars, payable at the bank in "
        'Camden.\nJ.B. Fox."\n'
    )
    assert _value(found, "lender") == "R.T. Hale"


def test_a_daily_rate_of_a_360th_over_the_actual_days() -> None:
    found = extract_text(
        PROMISE + "the sum of $900,000 with interest at the Prime Rate plus two (2) percentage "
        "points. Interest on the unpaid principal balance hereof shall be calculated at a daily "
        "rate equal to 1/360th of the rate per annum herein provided, and shall be charged and "
        "collected on the actual number of days elapsed.\n"
    )
    assert _value(found, "interest.day_count") == "ACT/360"
