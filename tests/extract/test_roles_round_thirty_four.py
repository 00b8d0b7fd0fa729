"""The thirty-fourth round of issue 16: mistakes of ``heldout-bt`` and ``heldout-bu``, read after
their first and only score, each made a rule of its kind.

* "any mortgage, deed of trust, or other security instrument … securing this Note" (a form's
  payment-application wording) and "the sale of any collateral securing this Note" name whatever
  may secure the note, not what does: no longer read as security; a filled-in "Collateral:" line
  of a form is;
* "in no event shall the applicable rate hereunder exceed 20% per annum" is a cap, not the rate
  after a default, though "the Default Rate" follows it;
* a numbered heading longer than thirty letters run into a maker's name ("1. Principal Obligation
  and Interest. Lake Xxxx Partners, LLC") is cut off;
* "THOMAS G. KUNIGONIS, JR. and his assigns": the assigns are not the payee's name.

Each case is a short note of its own."""

from __future__ import annotations

from decimal import Decimal

from role_notes import PROMISE
from role_notes import value as _value

from promissory.extract import extract_text


def test_whatever_security_instrument_may_secure_the_note_is_not_security() -> None:
    found = extract_text(
        PROMISE + "the principal amount of $304,500.00. Unless otherwise agreed, payments will be "
        "applied first to accrued unpaid interest; then to principal; then to any escrow or "
        "reserve account payments as required under any mortgage, deed of trust, or other "
        "security instrument or security agreement securing this Note; and then to any late "
        "charges."
    )
    assert _value(found, "secured") is None


def test_the_sale_of_any_collateral_securing_the_note_is_not_security() -> None:
    found = extract_text(
        PROMISE + "$5,000,000. Any payment(s) on this Note using the proceeds of any insurance "
        "award or from a refinancing or from the sale of any collateral securing this Note shall "
        "be applied first to principal."
    )
    assert _value(found, "secured") is None


def test_the_mortgage_securing_this_note_is_still_security() -> None:
    found = extract_text(
        PROMISE + "$2,600,000.00. The Borrower's obligations are further evidenced by that "
        "certain Mortgage of even date herewith on 2 Gateway Boulevard (the Mortgage) securing "
        "this Note."
    )
    assert _value(found, "secured") is True


def test_a_filled_in_collateral_line_is_security() -> None:
    found = extract_text(
        PROMISE + "$144,000.00.\n\nCollateral: (if none, leave blank): Note is a contract for "
        "deed for the store on Main Street\n"
    )
    assert _value(found, "secured") is True


def test_a_rate_that_may_never_exceed_twenty_percent_is_not_the_default_rate() -> None:
    found = extract_text(
        PROMISE + "$5,000,000.00 with interest at fifteen percent (15%) per annum, increasing by "
        "one percent (1.0%) per annum on the first day of each calendar month; provided however, "
        "that in no event shall the applicable rate hereunder exceed 20% per annum at any time "
        "(except to the extent due to application of the Default Rate)."
    )
    assert _value(found, "interest.default_rate") is None
    assert _value(found, "interest.default_margin") is None


def test_a_long_numbered_heading_is_cut_from_the_makers_name() -> None:
    found = extract_text(
        "PROMISSORY NOTE\n(Non-Revolving)\nLas Vegas, Nevada\nMade and effective as of\n"
        "November 12, 2015\n1. Principal Obligation and Interest.\nLake Xxxx Partners, LLC, a "
        'Delaware limited-liability company ("Borrower"), unconditionally promises to pay to '
        'NEVADA STATE BANK ("Bank"), or order, the principal sum of $29,500,000.00.'
    )
    assert _value(found, "borrower") == "Lake Xxxx Partners, LLC"


def test_his_assigns_are_not_the_payees_name() -> None:
    found = extract_text(
        "PROMISSORY NOTE\n\n$250,000.00\n\nFOR VALUE RECEIVED, Incentra Solutions, Inc. "
        '("Maker") promises to pay to the order of THOMAS G. KUNIGONIS, JR. and his assigns '
        '("Payee") the principal sum of Two Hundred Fifty Thousand Dollars ($250,000.00).'
    )
    assert _value(found, "lender") == "THOMAS G. KUNIGONIS, JR."
    assert _value(found, "commitment") == Decimal("250000.00")
