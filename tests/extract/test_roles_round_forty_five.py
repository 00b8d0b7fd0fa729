"""The forty-fifth round of issue 16: mistakes of ``heldout-co``, ``heldout-cp`` and
``heldout-cq``, read after each part's first and only score, each made a rule of its kind.

* "with the first installment of $30,277 plus accrued interest due on December 15, 2012 and
  thereafter annually until repaid in whole": the first installment, not the maturity (the one
  confidently wrong date of ``heldout-cp``);
* "… recorded in said Registry in Book 11160, Page 359, and Sonesta of Massachusetts,
  Incorporated": a deed's recording reference is no part of a maker's name;
* "MELLON NATIONAL BANK OF PITTSBURGA; 02 OEM ON August 1. 1931": no name goes on past a semicolon;
* "release of any collateral granted as security for this Note": a waiver's words, not security;
* "due within 3 Business Days of DEMAND": a demand note;
* "the eleventh day of November, 2027": every ordinal day in words;
* "The maturity date of the Advancing Note shall be April 8, 2031.";
* "eight and one/half percent (8½%)", "6.999  % per annum": printed fractions, a slash between a
  fraction's words, and a form's spaces before the sign;
* "There shall be no interest accrued on this note": no interest.

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import PROMISE
from role_notes import value as _value

from promissory.extract import extract_text
from promissory.extract.amounts import percent_mentions
from promissory.extract.mentions import date_mentions
from promissory.extract.span import SourceText


def test_the_first_installment_plus_interest_is_not_the_maturity() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $302,770.00. The note is to be repaid in ten (10) equal "
        "annual installments of $30,277, with the first installment of $30,277 plus accrued "
        "interest due on December 15, 2012 and thereafter annually until repaid in whole.\n"
    )
    assert _value(found, "maturity") is None
    assert _value(found, "schedule.first_payment") == dt.date(2012, 12, 15)


def test_a_recording_reference_is_no_part_of_a_name() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, Peter J. Sonnabend, as Trustee of the Charterhouse Trust, under "
        "Declaration of Trust recorded in said Registry in Book 11160, Page 359, and Sonesta of "
        "Massachusetts, Incorporated, a Massachusetts corporation (jointly and severally, "
        "“Borrower”), promises to pay to the order of FIRST BANK the principal sum of $32,000,000.\n"
    )
    assert "Book" not in str(_value(found, "borrower"))


def test_no_name_goes_past_a_semicolon() -> None:
    found = extract_text(
        "COUNTY OF WASHINGTON, a municipal corporation, for value received, hereby acknowledges "
        "itself indebted and promises to pay to the MELLON NATIONAL BANK OF PITTSBURGH; 02 OEM ON "
        "August 1. 1931, the sum of One Hundred Twenty-five Thousand Dollars.\n"
    )
    assert _value(found, "lender") == "MELLON NATIONAL BANK OF PITTSBURGH"


def test_a_waiver_of_any_collateral_is_not_security() -> None:
    found = extract_text(
        PROMISE + "the amount of $1,500,000.00. Borrowers waive notice upon the exchange, "
        "substitution, or release of any collateral granted as security for this Note.\n"
    )
    assert _value(found, "secured") is None


def test_due_within_days_of_demand() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $90,000,000.00, with the entire unpaid balance of "
        "principal and interest due within 3 Business Days of DEMAND (the “Maturity Date”).\n"
    )
    assert _value(found, "demand") is True


def test_every_ordinal_day_in_words() -> None:
    text = "due and payable on the eleventh day of November, 2027 and the twenty-first day of May, 2028"
    days = [m.value for m in date_mentions(SourceText(text))]
    assert days == [dt.date(2027, 11, 11), dt.date(2028, 5, 21)]


def test_the_maturity_date_of_the_note_shall_be() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $1,000,000.00. The maturity date of the Advancing Note "
        "shall be April 8, 2031.\n"
    )
    assert _value(found, "maturity") == dt.date(2031, 4, 8)


def test_printed_fractions_and_spaces_before_the_sign() -> None:
    text = (
        "at the rate of eight and one/half percent (8½%) simple interest per year; at 7 ¼ % a "
        "year; with interest on the outstanding balance at     6.999  % per annum"
    )
    found = [(m.value, m.agrees) for m in percent_mentions(SourceText(text))]
    assert found == [
        (Decimal("0.085"), True),
        (Decimal("0.0725"), None),
        (Decimal("0.06999"), None),
    ]


def test_there_shall_be_no_interest() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $225,000.00 in ten annual payments.\nNo Interest:\nThere "
        "shall be no interest accrued on this note (“Note”).\n"
    )
    assert _value(found, "interest.rate") == Decimal(0)
