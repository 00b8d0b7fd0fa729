"""The fifty-third round of issue 16: read on ``heldout-dm`` … ``heldout-do`` after their first and
only score, and on the court-quoted notes of earlier seen parts.

* the maker signed a few lines under the quotation ("Anton Anderson." after the place of payment,
  "D. A. Frame." after "This April 20th, 1922."), after "I, the subscriber, of P. O. …, severally
  promise", under seal ("T. A. Hamilton, [l.s.]", "P. R. Miller, [seal]"), or between the time and
  the promise ("Sixty days after date, Old Town Permanent Building Association, promises to pay");
  a heading under the note ("SCHEDULE OF ADVANCES") is no maker;
* an old note's sum in words with "no-100" ("forty-five hundred no-100 dollars"), and the sum after
  a payee with "&" or "or to his order" in its name;
* a payee's name ends at ", or hearer" (the scan's "bearer") and at "formerly …"; a name's address
  block ("2064" / "Highway 116 North", "Shelton," / "Connecticut 06484") is not its name;
* "Prior to any Event of Default, … interest … shall accrue at the rate of 4.75%" is the rate;
* a margin from a later day ("(b) beginning on January 1, 2001, … LIBOR plus 2.50%") is offered;
* "(i) Interest accrued … shall be due and payable on August 15, 1996" is no maturity;
* actual days over a 365-day year for the first broken period only is offered;
* "This Note is secured, inter alia, by", "Borrower has granted or will grant Bank a security
  interest in" say the note is secured; "In the event of an exercise of a Repayment Option, … this
  Note shall be secured by" does not yet.

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import PROMISE
from role_notes import offered as _offered
from role_notes import value as _value

from promissory.extract import extract_text


def test_the_maker_signed_after_the_place_of_payment() -> None:
    found = extract_text(
        "$350. Crookston, May 1, 1903. Six months after date I promise to pay to the order of the "
        "Maplebay Wind Stacker Company three hundred and fifty dollars;\n"
        "Value received, with interest at the rate of 10 per cent, per annum until paid.\n"
        "Payable at Christine State Bank, Christine, N. D.\n"
        "Anton Anderson.\n"
        "Sec. Twp. Range.\n"
    )
    assert _value(found, "borrower") == "Anton Anderson"


def test_the_maker_signed_after_a_date_line() -> None:
    found = extract_text(
        '"I promise to pay to my wife the sum of Five Thousand ($5,000.00) Dollars, this note not '
        'due for six months after my death.\n"This April 20th, 1922.\n"D. A. Frame."\n'
    )
    assert _value(found, "borrower") == "D. A. Frame"


def test_the_subscriber_of_a_post_office() -> None:
    found = extract_text(
        "“ For value received, on or before the first day of January, 1878, I, the subscriber, of "
        "P. O. Fairbury, county of Jefferson, state of Nebraska, severally promise to pay to the "
        "order of Y. J. Williams & Co. Sixty dollars at the office of Bank in Fairbury.\n"
        "“ A. L. Heard.\n“ S. H. Heard.\n"
    )
    assert _value(found, "borrower") == "A. L. Heard"


def test_a_maker_under_seal() -> None:
    found = extract_text(
        "On the first day of November next, i promise to pay to the Atlantic and Virginia "
        "Fertilizing Company, or order, two hundred and twenty-nine 60-100 dollars, for value "
        "received.\n\nIn witness whereof, I have hereunto set my hand and seal, this the ninth day "
        'of May, 1879. T. A. Hamilton, [l.s.]"\n'
    )
    assert _value(found, "borrower") == "T. A. Hamilton"


def test_a_company_between_the_time_and_its_promise() -> None:
    found = extract_text(
        "Sixty days after date, Old Town Permanent Building Association, promises to pay to the "
        "order of Myers Brothers, nine hundred 00/100 dollars, with interest for value received.\n"
        "Thomas H. Boyer, Prest.\n"
    )
    assert _value(found, "borrower") == "Old Town Permanent Building Association"


def test_a_heading_under_the_note_is_no_maker() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, I promise to pay to the order of Lenoir-Rhyne University such sums "
        "as are advanced to me, with interest at 18% per annum.\n\nSCHEDULE OF ADVANCES\n"
    )
    assert _value(found, "borrower") is None


def test_a_sum_in_words_with_no_100() -> None:
    found = extract_text(
        "Joplin, Mo., May 31, 1911.\nFive years after date I promise to pay to the order of Edward "
        "Lee Shepherd forty-five hundred no-100 dollars, with interest from date.\n"
    )
    assert _value(found, "commitment") == Decimal("4500")


def test_the_sum_after_a_payee_or_to_his_order() -> None:
    found = extract_text(
        "Two years after date we promise to pay Joseph Griffin, or to his order, $2000, with ten "
        "per cent. interest.\n"
    )
    assert _value(found, "commitment") == Decimal("2000.00")


def test_or_hearer_is_no_part_of_the_payee() -> None:
    found = extract_text(
        "On October 1, 1908, after date, for value received, we promise to pay to the order of "
        "J. C. Crouch & Son, or hearer, one thousand dollars, with interest at six per cent.\n"
    )
    assert _value(found, "lender") == "J. C. Crouch & Son"


def test_a_former_name_is_no_part_of_the_payee() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, EATERIES, INC. promises to pay to the order of LOCAL OKLAHOMA BANK, "
        'N.A., formerly Local Federal Bank, F.S.B. ("Lender"), the principal sum of $6,593,488.11.\n'
    )
    assert _value(found, "lender") == "LOCAL OKLAHOMA BANK, N.A."


def test_names_above_their_address_blocks() -> None:
    found = extract_text(
        "PROMISSORY\nNOTE\n$2,500,000.00\nMay 21, 2008\nSonomaWest\nHoldings, Inc.\n2064\n"
        'Highway 116 North\nSebastopol,\nCalifornia 95472\n(Hereinafter\nreferred to as "Borrower")\n'
        "Wachovia\nBank, National Association\nShelton,\nConnecticut 06484\n(Hereinafter\n"
        'referred to as "Bank")\nBorrower\npromises to pay to the order of Bank the principal '
        "amount of $2,500,000.00.\n"
    )
    assert _value(found, "borrower") == "SonomaWest Holdings, Inc."
    assert _value(found, "lender") == "Wachovia Bank, National Association"


def test_the_rate_prior_to_any_event_of_default() -> None:
    found = extract_text(
        PROMISE + "$5,323,000.00.\n2.1 Payment of Principal and Interest. Prior to any Event of "
        "Default, as defined in Section 3.1 hereof, interest on the principal balance of this Note "
        "shall accrue at the rate of four and three-quarters percent (4.75%) per annum.\n"
    )
    assert _value(found, "interest.rate") == Decimal("0.0475")
    assert _value(found, "interest.default_rate") is None


def test_a_margin_from_a_later_day_is_offered() -> None:
    found = extract_text(
        PROMISE + "$6,593,488.11 with interest as follows.\n1. Rate. (a) to and including December "
        "31, 2000, the Rate shall be a floating rate equal to the sum of LIBOR plus the applicable "
        "Rate Differential, and (b) beginning on January 1, 2001, the Rate shall be a floating rate "
        "equal to the sum of LIBOR plus two and one half percent (2.50%).\n"
    )
    assert _value(found, "interest.floating.margin") is None
    assert Decimal("0.025") in _offered(found, "interest.floating.margin")


def test_a_payment_of_interest_alone_is_no_maturity() -> None:
    found = extract_text(
        PROMISE + "$3,350,000.00.\nPayment Provision:\n(i) Interest accrued on the unpaid "
        "principal balance of this Note, from the date of disbursement hereof at the rate of 7.10% "
        "percent per annum, shall be due and payable on August 15, 1996.\n"
    )
    assert _value(found, "maturity") != dt.date(1996, 8, 15)


def test_the_first_broken_periods_day_count_is_offered() -> None:
    found = extract_text(
        PROMISE + "$29,875,000.00 with interest at 8.58% per annum. If the Advancement Date is not "
        "the first day of a calendar month, then Maker shall pay to Holder on the Advancement Date "
        "interest only on the Principal Indebtedness, at the Interest Rate, calculated on the basis "
        "of a 365-day year and for the actual number of days from and including the Advancement "
        "Date to and including the first day of the calendar month following the Advancement "
        "Date.\n"
    )
    assert _value(found, "interest.day_count") is None
    assert "ACT/365F" in _offered(found, "interest.day_count")


def test_secured_inter_alia_by() -> None:
    found = extract_text(
        PROMISE + "$4,000,000.00.\n2. Security. This Note is secured, inter alia, by (i) that "
        'certain Deed to Secure Debt and Security Agreement (the "Deed to Secure Debt").\n'
    )
    assert _value(found, "secured") is True


def test_has_granted_or_will_grant_a_security_interest() -> None:
    found = extract_text(
        PROMISE + "$2,500,000.00.\nSECURITY.\nBorrower has granted or will grant Bank a security "
        "interest in the collateral described in the Loan Documents.\n"
    )
    assert _value(found, "secured") is True


def test_security_that_comes_only_with_an_option() -> None:
    found = extract_text(
        PROMISE + "$125,000 with interest at 8% per annum. In the event of an exercise of a "
        "Repayment Option, as provided herein, this Note shall be secured by the assets of the "
        "Company.\n"
    )
    assert _value(found, "secured") is None
