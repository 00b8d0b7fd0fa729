"""The seventy-fourth round of issue 16: misses of the twenty-third session's second draw
(``heldout-fu``, ``heldout-fv``, ``heldout-fw``) after their first and only scores.

* a maker called "the Company" or "Maker", then its parent by its own name ("Majestic") just
  before "for value received", under a title run into the maker's name;
* a court's stray quotation mark before the payee ('to the order of "Warren A. Thomas, …');
* a sum after "or bearer, for value received,";
* a trustee's capacity before the maker's defined term ("…, as Administrative Trustee (the
  “Borrower”)"): no name;
* a bank form's numbered option left blank ("3. (Demand Loan) Interest … is due and payable
  _______________ … on demand."): no demand.

Each case is a short note of its own."""

from __future__ import annotations

from decimal import Decimal

from role_notes import value as _value

from promissory.extract import extract_text


def test_the_makers_own_term_before_its_parents_name() -> None:
    found = extract_text(
        "THE DATE OF THIS NOTE IS: September 3, 2002 FREEDOM OIL & GAS, INC. $15,000.00 Convertible "
        'Promissory Note FREEDOM OIL & GAS, INC., a Nevada corporation (the "Company" or "Maker"), '
        "and wholly-owned subsidiary of The Majestic Companies, Ltd., a Nevada corporation "
        '("Majestic"), for value received, hereby promises to pay to PHIL JESSEE (the "Holder") '
        "the principal sum of Fifteen Thousand Dollars ($15,000.00).\n"
    )
    assert _value(found, "borrower") == "FREEDOM OIL & GAS, INC."


def test_a_stray_quotation_mark_before_the_payee() -> None:
    found = extract_text(
        "“$1,764.53. Goshen, Ind., October 26th, 1870.\n“ Two years after date, for value received, "
        'we promise to pay to the order of "Warren A. Thomas, seventeen hundred and sixty-four '
        "dollars and fifty-three cents, payable at Salem Bank, with interest at the rate of eight "
        "per cent, per annum.” “ John A. Roach.”\n"
    )
    assert _value(found, "lender") == "Warren A. Thomas"


def test_a_sum_after_or_bearer_for_value_received() -> None:
    found = extract_text(
        '"Mason, Michigan, October 24, 1930.\n\n"On or before sixty days after date, I promise to '
        "pay to August Musolff or bearer, for value received, eleven hundred fifty dollars at the "
        "office of Dart National Bank, Mason, Michigan, with interest at the rate of seven per "
        "cent. per annum.\n"
    )
    assert _value(found, "commitment") == Decimal("1150.00")


def test_a_trustees_capacity_is_no_name() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned Amandla MK Trust u/a dated January 17, 2018, Patrick "
        "Beans, Trustee and The Bryn Mawr Trust Company of Delaware, as Administrative Trustee "
        "(the “Borrower”), whose address is 709 Pier 2, Lincoln, NE 68528, hereby promises to pay "
        "to the order of Michael D. Hays, a Nebraska resident (the “Lender”), the principal sum of "
        "$62,548,000.\n"
    )
    assert _value(found, "borrower") != "Administrative Trustee"


def test_a_numbered_option_left_blank_is_not_the_notes() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned promises to pay to the order of Meridian Bank the "
        "principal sum of $560,000.00. REPAYMENT TERMS 1. (Single Principal Payment Loan) Interest "
        "on the unpaid principal is due and payable monthly beginning April 30, 1998 . The full sum "
        "of the unpaid principal and interest is due and payable on September 3, 1998 . 2. "
        "(Discounted Time Note) The full sum is due and payable in days on _______________. 3. "
        "(Demand Loan) Interest on the unpaid principal is due and payable _______________ "
        "beginning __________. The full sum of the unpaid principal and interest is due and "
        "payable on demand. 4. (Credit Availability) Interest on the unpaid principal is due.\n"
    )
    assert _value(found, "demand") is None
