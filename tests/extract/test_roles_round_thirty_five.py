"""The thirty-fifth round of issue 16: mistakes of ``heldout-bv`` and ``heldout-bw``, read after
their first and only score, each made a rule of its kind.

* a form's paragraph heading run into the maker's name ("PROMISE TO PAY, PENN OCTANE CORPORATION
  ("Borrower")") is not part of the name;
* Laser Pro's 'the Rate … referred to as "Prime Rate" (the "Index")' names the note's index;
* "1/2 of 1%" is half of one percent, and "rounded upwards … to the next highest 1/100 of 1%" is a
  rounding step, not a rate's margin;
* '(the "Final Maturity Date")' after a day names the maturity, as '(the "Maturity Date")' does;
  so does the day "one final installment … to prepay the Term Loan in full on";
* "THIS PROMISSORY NOTE IS A REFINANCING OF … A $2,963,841.91 PROMISSORY NOTE DATED DECEMBER 1,
  1998" dates the note refinanced, across a heading's blank lines;
* "the sum of (i) the greater of (A) the Prime Rate and (B) 3.25%, plus (ii) 8%": an index with
  its floor and a margin over both;
* an index named only inside the definition of an index's name the text never uses (a note cut
  before it says which rate it bears) is offered, not proposed;
* "_X_ SINGLE ADVANCE": a typed form's ticked blank, as "__X__" is.

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import PROMISE, offered
from role_notes import value as _value

from promissory.extract import extract_text
from promissory.extract.amounts import percent_value


def test_a_paragraph_heading_is_not_part_of_the_makers_name() -> None:
    found = extract_text(
        "Borrower: PENN OCTANE CORPORATION Lender: Bay Area Bank\n"
        "Principal Amount: $251,495.00 Date of Note: April 2, 1997\n"
        'PROMISE TO PAY, PENN OCTANE CORPORATION ("Borrower") promises to pay to Bay\n'
        'Area Bank ("Lender"), or order, in lawful money of the United States of\n'
        "America, the principal amount of Two Hundred Fifty One Thousand Four Hundred\n"
        "Ninety Five & 00/100 Dollars ($251,495.00).\n"
    )
    assert _value(found, "borrower") == "PENN OCTANE CORPORATION"


def test_the_rate_referred_to_as_prime_rate_is_the_index() -> None:
    found = extract_text(
        PROMISE + "$251,495.00.\nVARIABLE INTEREST RATE. The interest rate on this Note is subject "
        "to change\nfrom time to time based on changes in an independent index which is the Rate\n"
        'as listed in The Wall Street Journal "Money Rates" section, referred to as\n'
        '"Prime Rate" (the "Index"). The index is not necessarily the lowest rate charged\n'
        "by Lender on its loans.\n"
    )
    assert _value(found, "interest.floating.index") == "PRIME"


def test_a_fraction_of_one_percent() -> None:
    assert percent_value("1/2 of 1%") == Decimal("0.005")
    assert percent_value("1/100 of 1%") == Decimal("0.0001")
    assert percent_value("1/8 of 1 %") == Decimal("0.00125")


def test_a_rounding_step_is_not_a_margin() -> None:
    found = extract_text(
        PROMISE + "$25,000,000 with interest at the Prime Rate (rounded upwards, if necessary, "
        "to the next highest 1/100 of 1%) in effect from day to day.\n"
    )
    assert _value(found, "interest.floating.margin") is None
    assert offered(found, "interest.rate") == []  # (1% was once offered as a rate)


def test_the_final_maturity_date_names_the_maturity() -> None:
    found = extract_text(
        PROMISE + "$1,564,457.18. The entire remaining unpaid balance and all accrued and unpaid "
        "charges due hereunder and under the Security Agreement shall be due and payable on "
        'December\n15, 2001 (the "Final Maturity Date").\n'
    )
    assert _value(found, "maturity") == dt.date(2001, 12, 15)


def test_the_final_installment_that_pays_in_full_is_the_maturity() -> None:
    found = extract_text(
        PROMISE + "$15,000,000. The Term Loan shall be payable in seven (7) consecutive, equal "
        "quarterly principal installments, commencing on the first such date following the "
        "Conversion Date, and one final installment in the amount necessary to prepay the Term "
        "Loan in full on December 31, 2001.\n"
    )
    assert _value(found, "maturity") == dt.date(2001, 12, 31)


def test_the_date_of_the_refinanced_note_is_not_the_issue_date() -> None:
    found = extract_text(
        "COMMUNITY BANCSHARES, INC.\n\nFebruary 11, 2004\n\n$1,735,476.04\n\nPROMISSORY NOTE\n\n"
        "THIS PROMISSORY NOTE IS A\n\nREFINANCING OF THE OBLIGATIONS OF BORROWER UNDER A\n\n"
        "$2,963,841.91 PROMISSORY NOTE DATED DECEMBER 1, 1998.\n\n"
        "FOR VALUE RECEIVED, the undersigned promises to pay to the order of COMMUNITY "
        "BANCSHARES, INC. the principal sum of $1,735,476.04.\n"
    )
    assert _value(found, "issue_date") == dt.date(2004, 2, 11)


def test_a_margin_over_a_floored_index() -> None:
    found = extract_text(
        PROMISE + "the principal sum of Three Million Dollars ($3,000,000.00), with interest "
        "thereon from the date hereof until maturity at a variable rate per annum equal to the "
        "sum of (i) the greater of (A) the Prime Rate and (B) three and one-quarters percent "
        "(3.25%), plus (ii) eight percent (8.00%) (the “Designated Rate”).\n"
    )
    assert _value(found, "interest.floating.index") == "PRIME"
    assert _value(found, "interest.floating.margin") == Decimal("0.08")


def test_an_index_defined_but_never_used_is_only_offered() -> None:
    found = extract_text(
        PROMISE + "$4,000,000.00.\nAs used herein, the following terms shall have the meanings "
        "set forth after each:\n\n(a) “Daily One Month LIBOR” means, for any day, the rate of "
        "interest equal to\nLIBOR then in effect for delivery for a one (1) month period.\n"
    )
    assert _value(found, "interest.floating.index") is None
    assert "LIBOR" in offered(found, "interest.floating.index")


def test_an_index_defined_and_then_used_is_still_read() -> None:
    found = extract_text(
        PROMISE + "$4,000,000.00.\n(a) “Daily One Month LIBOR” means, for any day, the rate of "
        "interest equal to LIBOR then in effect for delivery for a one (1) month period.\n"
        "The outstanding principal balance shall bear interest at a fluctuating rate per annum "
        "2.25% above Daily One Month LIBOR.\n"
    )
    assert _value(found, "interest.floating.index") == "LIBOR"


def test_a_typed_blank_ticked_single_advance_is_not_revolving() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $1,680,000.00. _X_ SINGLE ADVANCE: I have received all "
        "of this principal sum. No additional advances will be made under this note. ___ "
        "OPEN-END CREDIT: You and I agree that I can borrow up to the maximum amount of "
        "principal more than one time.\n"
    )
    assert _value(found, "revolving") is False
