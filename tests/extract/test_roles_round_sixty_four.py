"""The sixty-fourth round of issue 16: misses read again on parts already seen (a filing whose
quotation marks were lost), then the misses of ``heldout-et`` … ``heldout-ev`` after their first
and only score.

* a role's own word in brackets without quotation marks ("(the Borrower)", "(herein called
  Borrower)") defines the party as the quoted one does; a payee the promise names in lower case
  ("… promises to pay and deliver to the company") is the party that term stands for; a word cut
  from a hyphened one ("Non -Profit Industrial Development Corporation") is no name;
* read on ``heldout-eu``: words that read as no number ("Four Million Thousand Dollars
  ($4,000,000)") cannot vouch for the figure; a margin over an index defined in a bracket "(as
  defined in the Loan Agreement …)"; an index after "the current `Prime Rate"" (a backtick for the
  quotation mark); a ceiling the note names ("(the "Maximum Rate")") is no margin; two makers
  joined by "and" before ", each of which is a New York corporation"; a definition whose first
  quotation mark was lost ('Maturity Date” May 31, 2011'), and the day a loan is first funded is
  not its maturity;
* read on ``heldout-et``: "No prepaid amount may be reborrowed" says the note does not revolve;
* read on ``heldout-ev``: a two-digit year on a form whose blanks print "19__"; "six (6) annual
  principal installments" counted; "the first payment of principal and interest to be payable on
  June 1, 1953" is the first installment, not the maturity; a payee "trading and doing business
  as" a firm; a form's signature lines ("Signature GEORGE N. RENSHAW "Address Union Trust Co."").

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import value as _value

from promissory.extract import extract_text


def test_a_role_in_brackets_without_quotation_marks() -> None:
    found = extract_text(
        "This Promissory Note dated as of June 20, 2014, is made by SofTech, Inc., a Massachusetts "
        "corporation with offices at 650 Suffolk Street, Lowell, MA 01854 (the Borrower) in favor "
        "of EssigPR, Inc., a Puerto Rico corporation (the Lender).\nFor value received, the "
        "Borrower promises to pay to the Lender the principal amount of Seven Hundred and Fifty "
        "Thousand Dollars ($750,000).\n"
    )
    assert _value(found, "borrower") == "SofTech, Inc."
    assert _value(found, "lender") == "EssigPR, Inc."


def test_a_role_herein_called_without_quotation_marks() -> None:
    found = extract_text(
        "GERMAN AMERICAN BANCORP, INC., an Indiana corporation (herein called Borrower), for value "
        "received, hereby promises to pay to the order of U.S. BANK NATIONAL ASSOCIATION (Lender) "
        "the principal sum of $15,000,000.\n"
    )
    assert _value(found, "borrower") == "GERMAN AMERICAN BANCORP, INC."


def test_a_payee_named_by_its_term_in_lower_case() -> None:
    found = extract_text(
        "This Promissory Note is entered into on the 10th day of May 1998 between Citizens Capital "
        "Corp., a Texas corporation, hereafter known as (the Company) and the Citizens Capital "
        "Corp. Employee Stock Ownership Trust, a Texas Trust hereafter known as (the Trust).\nThe "
        "Trust promises to pay and deliver to the company a 5 year; 14.5%; $50,100,000 promissory "
        "note.\n"
    )
    assert _value(found, "lender") == "Citizens Capital Corp."


def test_the_tail_of_a_hyphened_word_is_no_name() -> None:
    found = extract_text(
        "Borrower: PARIS ECONOMIC DEVELOPMENT CORPORATION\nLender: THE CITY OF PARIS\nPROMISE TO "
        "PAY. PARIS ECONOMIC DEVELOPMENT CORPORATION, A Texas Non -Stock, Non -Profit Industrial "
        "Development Corporation (Borrower), promises to pay to the order of THE CITY OF PARIS "
        "(Lender) the principal amount of $2,500,000.\n"
    )
    assert _value(found, "borrower") == "PARIS ECONOMIC DEVELOPMENT CORPORATION"


def test_words_that_read_as_no_number_do_not_vouch_for_the_figure() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, Iron Flag, LLC (“Borrower”) promises to pay to the order of Grown "
        "Rogue Unlimited, LLC (“Lender”) the aggregate of all amounts Lender has disbursed up to "
        "the principal sum of Four Million Thousand Dollars ($4,000,000) (the “Maximum Amount”).\n"
    )
    assert _value(found, "commitment") is None
    assert [f.value for f in found.offered("commitment")] == [Decimal("4000000.00")]
    assert any("read as no number" in w for w in found.warnings)


def test_a_margin_after_an_index_defined_elsewhere() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, PalWeb Corporation promises to pay to the order of PAUL A. KRUGER "
        '(the "Lender") the principal sum of SEVEN MILLION DOLLARS ($7,000,000.00) together with '
        "interest on the unpaid balance at the Prime Lending Rate of Interest (as defined in the "
        "Loan Agreement between the Lender and Borrowers dated as of even date herewith [the "
        '"Loan Agreement"]) plus three hundred basis points (3.0%).\n'
    )
    assert _value(found, "interest.floating.margin") == Decimal("0.03")


def test_an_index_after_a_backtick() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, WN TRUCK STOP, LLC promises to pay to the order of SBL CAPITAL "
        "FUNDING LLC the sum of $4,750,000.00, with interest at the rate equal to the greater of "
        "(i) Fourteen and 50/100 (14.50%) percent per annum, or (ii) Eight Hundred (800) basis "
        'points\nabove the current `Prime Rate" as published in the Wall Street Journal.\n'
    )
    assert _value(found, "interest.floating.margin") == Decimal("0.08")
    assert _value(found, "interest.floating.index") == "PRIME"


def test_a_ceiling_the_note_names_is_no_margin() -> None:
    found = extract_text(
        'For value received, TEXAS OIL DISTRIBUTION AND DEVELOPMENT, INC. ("Maker"), promises to '
        "pay to the order of TEXAS MERIDIAN RESOURCES EXPLORATION, INC. the principal sum of "
        "$1,510,698.98, together with interest at a rate per annum equal to the lesser of (a) the "
        'rate (the "Base Rate") which is equal to the sum of the prime interest rate (the '
        '"Prime Rate") published by Chase Bank of Texas; or, (b) The Base Rate plus four percent '
        '(4%), (the "Maximum Rate").\n'
    )
    assert _value(found, "interest.floating.margin") is None


def test_two_makers_each_of_which() -> None:
    found = extract_text(
        "For value received, DELTA COMPUTEC INC. and DELTA DATA NET, INC., each of\nwhich is a New "
        "York corporation with its principal office at 900 Hudson Street (collectively, "
        '"Borrower"), jointly and severally promise to pay to the order of JOHN SMITH '
        '("Lender") the principal sum of $2,550,000.00.\n'
    )
    assert _value(found, "borrower") == "DELTA COMPUTEC INC."


def test_a_definition_whose_first_quotation_mark_was_lost() -> None:
    found = extract_text(
        "$300,000.00\nMay 11, 2010\nFOR VALUE RECEIVED, the undersigned promise to pay to the order "
        "of Donald M. Williams the principal sum of THREE HUNDRED THOUSAND AND NO/100 "
        "($300,000.00).\n\nMaturity Date” May 31, 2011 unless accelerated due to an uncured "
        "default.\n\nFifty Thousand Dollars ($50,000.00) of the loan shall be funded on or before "
        "May 14, 2010 for working capital.\n"
    )
    assert _value(found, "maturity") == dt.date(2011, 5, 31)


def test_no_prepaid_amount_may_be_reborrowed() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, Mario P. De Tomasi promises to pay to the order of Bank of Commerce "
        "Holdings the principal sum of $4,686,390.00.\nPrepayment. Maker may prepay the Loan in "
        "whole or in part at any time without penalty or premium. No prepaid amount may be "
        "reborrowed.\n"
    )
    assert _value(found, "revolving") is False


def test_a_two_digit_year_on_a_form_printed_for_the_1900s() -> None:
    found = extract_text(
        "$9,747.00 No. ________ Pittsburgh, Pa. 8/4/64\n\nFor value received, I/we promise to pay "
        "to the order of MASTER HOMECRAFT COMPANY, the sum of Nine Thousand Seven Hundred "
        "Forty-seven Dollars in ___ monthly installments of $ ____ each, beginning on the day of "
        "______________, 19__.\n"
    )
    assert _value(found, "issue_date") == dt.date(1964, 8, 4)


def test_annual_principal_installments_and_the_first_of_them() -> None:
    found = extract_text(
        '"$246,750.00 Phoenix, Arizona, May 28, 1952\n\n"As Hereinafter Stated, for value '
        'received, we promise to pay to W.J. Small, or order, the sum of $246,750.00.\n\n"This '
        "note is payable in six (6) annual principal installments of Forty-One Thousand, One "
        "Hundred Twenty-Five ($41,125.00) Dollars each, plus interest, the first payment of "
        "principal and interest to be payable on June 1, 1953, and payments of like principal "
        "with interest on the 1st day of June of each and every year thereafter until paid.\n"
    )
    assert _value(found, "schedule.payments") == 6
    assert _value(found, "schedule.first_payment") == dt.date(1953, 6, 1)
    assert _value(found, "maturity") is None


def test_a_payee_trading_and_doing_business_as_a_firm() -> None:
    found = extract_text(
        '"On or before eighteen (18) months from date, I promise to pay to the order of KATHRYN C. '
        "MAULE trading and doing business as Maule Industries, at the office of said Maule "
        "Industries in Miami, Florida, the sum of Sixty-eight Thousand Five Hundred and No/100 "
        "($68,500.00) DOLLARS.\n"
    )
    assert _value(found, "lender") == "KATHRYN C. MAULE"


def test_a_forms_signature_and_address_lines() -> None:
    found = extract_text(
        'The note reads as follows:\n"Detroit, Mich., March 27, 1930.\n"$550.\n"On demand after '
        "date, I promise to pay to the order of the Union Trust Company of Detroit, at its office, "
        "five hundred fifty dollars, for value received with interest at the rate of six per "
        'cent. per annum.\n"Signature GEORGE N. RENSHAW "Address Union Trust Co."\n'
    )
    assert _value(found, "borrower") == "GEORGE N. RENSHAW"
