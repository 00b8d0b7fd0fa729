"""The fifty-ninth round of issue 16: read on ``heldout-ee`` … ``heldout-eg`` after their first
and only score.

* a payee run into a sum in capitals ("Bonnie M. Clements TWENTY-FIVE THOUSAND AND NO/100"), a
  payee paid "at Montezuma Trust Company" after a scan's "tbe order of", a due-bill's payee ("Due P
  Balcom the sum of"), a payee after "agrees to pay to", a maker who "promises and agrees to pay";
  of two persons each with a middle initial, the first ("Carl H. Tisch, Louis C. Tisch, at …");
  of a long list of joint makers, the first;
* a sum "and no/100—dollars" (a dash for the space); a date under the maker's seal ("J. N. Parrott
  (L. S.) December 1, 1880."); a title in capitals then "As of <date>"; interest "from maturity at
  12 per cent" is the rate after maturity;
* the dates of the notes an amended note replaces, and the amount of the note a split note
  severs, are not the note's; a margin over an index that resets a fixed rate only at a "Reset
  Date" is offered;
* "a year assumed to have 360 days" for the actual days is ACT/360; "the sum of (a) the rate
  published … in the Wall Street Journal as the "prime" rate … and (b) 0.375%" and "100 basis
  points above the index rate of SouthTrust Bank, N.A.'s 30-day LIBOR" are an index and a margin.

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import offered as _offered
from role_notes import value as _value

from promissory.extract import extract_text


def test_a_payee_run_into_a_sum_in_capitals() -> None:
    found = extract_text(
        'The note, dated March 16, 1966, read:\n\n"On or about FIVE YEARS from date,\n\nI promise '
        'to pay Bonnie M. Clements TWENTY-FIVE THOUSAND AND NO/100 ($25,000.00) DOLLARS."\n'
    )
    assert _value(found, "lender") == "Bonnie M. Clements"


def test_a_payee_paid_at_a_trust_company_after_a_scans_tbe() -> None:
    found = extract_text(
        "“6250.00. Albuquerque, N. M., Jan. 5, 1911.\n“On or before two years after date I promise "
        "to pay to tbe order of W. H. Gillenwater at Montezuma Trust Company six thousand two "
        "hundred fifty and no 100 dollars, with interest at the rate of six per cent, per annum.\n"
        "“[Signed] Roderick Stover.”\n"
    )
    assert _value(found, "lender") == "W. H. Gillenwater"
    assert _value(found, "commitment") == Decimal("6250.00")


def test_a_sum_with_a_dash_before_dollars() -> None:
    found = extract_text(
        "“On Demand, after date, I promise to pay Bland Lumber Co., or order, the sum of Eight "
        "Hundred and no/100—dollars with interest from date at the rate of eight per cent, per "
        "annum.”\n"
    )
    assert _value(found, "commitment") == Decimal("800.00")


def test_a_due_bills_payee() -> None:
    found = extract_text(
        "'DECEMBER 20, 1882.\n'Due P Balcom the sum of two hundred and fifty dollars value "
        "received with interest at ten per cent per annum after four months from date\n"
        "'GEORGE S. LEE.'\n"
    )
    assert _value(found, "lender") == "P Balcom"


def test_a_date_under_the_makers_seal() -> None:
    found = extract_text(
        "a note, of which the following is a copy: “$1,840. On the 1st day of December, 1881, I "
        "promise to pay I. M. Harrell, or order, $1,840, for value received, with interest from "
        "date. J. N. Parrott (L. S.) December 1, 1880.”\n"
    )
    assert _value(found, "issue_date") == dt.date(1880, 12, 1)
    assert _value(found, "maturity") == dt.date(1881, 12, 1)


def test_interest_from_maturity_at_a_rate() -> None:
    found = extract_text(
        '"$654.00. Chickasha, I. T., November 3, 1905. Six months after date, for value received, '
        "we or either of us jointly and severally promise to pay C. Schlotterbeck, or order, six "
        "hundred fifty-four dollars, at the Bank of Commerce, with interest from maturity at 12 per "
        'cent. per annum until paid."\n'
    )
    assert _value(found, "interest.default_rate") == Decimal("0.12")
    assert _value(found, "interest.rate") is None


def test_a_payee_before_the_town_where_it_is_paid() -> None:
    found = extract_text(
        '"$8,467.68 Albuquerque, N.M., July 10, 1946 — On Demand — After Date, I Promise To Pay To '
        "The Order Of Virgil I. Strickland, Hot Springs, N.M. at The First National Bank, Hot "
        'Springs, N.M. — Eight Thousand Four Hundred Sixty Seven And 68/100 — Dollars."\n'
    )
    assert _value(found, "lender") == "Virgil I. Strickland"


def test_two_payees_each_with_a_middle_initial_the_first() -> None:
    found = extract_text(
        "“Ten days after date I or we promise to pay to the order of Carl H. Tisch, Louis C. "
        "Tisch, at Wyoming Valley Trust Company, Wilkes-Barre, Pa., sixty-four hundred dollars.”\n"
    )
    assert _value(found, "lender") == "Carl H. Tisch"


def test_a_list_of_trustees_that_goes_on_is_not_cut_at_the_first() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, APOI, Inc. promises to pay to the order of Barry J. Cohen, John J. "
        "Hannan, and Debra R. Black, as Trustees of the BEB 2011 Trust, the sum of $1,000,000.\n"
    )
    assert _value(found, "lender") != "Barry J. Cohen"


def test_the_dates_of_the_notes_an_amended_note_replaces() -> None:
    found = extract_text(
        "AIRCOA HOTEL PARTNERS, L.P. AMENDED AND RESTATED PROMISSORY NOTE As of June 8, 1995 "
        'Denver, Colorado FOR VALUE RECEIVED, AIRCOA HOTEL PARTNERS, L.P. ("Maker") hereby '
        "promises to pay to AIRCOA HOSPITALITY SERVICES, INC. the principal sum of Six Million "
        "Dollars ($6,000,000.00), on June 8, 2000. 1. This Note is being issued in replacement of "
        "the following three Promissory Notes: (a) Promissory Note dated as of March 29, 1988, "
        "made by the Partnership payable to Regal-Aircoa Companies, Inc.; (b) Promissory Note "
        "dated as of March 29, 1988, made by the Partnership payable to Aircoa Credit Company.\n"
    )
    assert _value(found, "issue_date") == dt.date(1995, 6, 8)


def test_the_amount_of_the_note_a_split_note_severs() -> None:
    found = extract_text(
        "PROMISSORY NOTE A-3 New York, New York $35,000,000.00 February 13, 2004 PROMISSORY NOTE "
        "A-3, dated as of February 13, 2004, by 731 Office One LLC in favor of GERMAN AMERICAN "
        "CAPITAL CORPORATION. WHEREAS, Lender is the present owner and holder of that certain "
        "Consolidated Amended and Restated Note, dated as of February 13, 2004, made by Borrower "
        "in favor of Lender (the EXISTING NOTE), which Existing Note evidences an indebtedness of "
        "Borrower to Lender in the original and current outstanding principal amount of "
        "$400,000,000 (the EXISTING DEBT); WHEREAS, the Loan shall be evidenced by (iii) this "
        "Promissory Note A-3, dated as of the date hereof, made by Borrower in favor of Lender, in "
        "the principal amount of $35,000,000.\n"
    )
    assert _value(found, "commitment") == Decimal("35000000.00")


def test_a_margin_over_an_index_that_resets_a_fixed_rate_later() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, PCT ALLENDALE, LLC promises to pay to the order of NEW JERSEY "
        "ECONOMIC DEVELOPMENT AUTHORITY the principal sum of $3,120,000.\n\nINTEREST:\n\n(i) The "
        "outstanding principal balance of this Note shall bear interest at an annual fixed rate "
        "equal to five percent (5.00%) per annum (the “Initial Rate”), provided that the interest "
        "rate on this Note shall be subject to adjustment as of October 1, 2017 (the “Reset "
        "Date”).\n\n(ii) The Initial Rate will be subject to adjustment as of the Reset Date to "
        "the tax free equivalent fixed per annum rate of interest equal to one hundred "
        "eighty-five (185) basis points over and above the Index Rate (as defined below).\n"
    )
    assert _value(found, "interest.rate") == Decimal("0.05")
    assert _value(found, "interest.floating.margin") is None
    assert Decimal("0.0185") in _offered(found, "interest.floating.margin")


def test_a_year_assumed_to_have_360_days() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, PEAK RESORTS, INC., HIDDEN VALLEY GOLF AND SKI, INC., PAOLI PEAKS, "
        "INC., SNOW CREEK, INC., LBO HOLDING, INC., and SNH DEVELOPMENT, INC. (all of the "
        "Borrowers hereof shall be jointly and severally liable and are collectively referred to "
        "herein as “Borrowers”) hereby promises to pay to the order of ROYAL BANKS OF MISSOURI "
        "(the “Bank”) the principal sum of $2,750,000.00. INTEREST on the unpaid principal balance "
        "of this Note shall be calculated based on the following annual rate: 6.00% per annum. "
        "Interest will be calculated based on a year assumed to have 360 days, and then applied "
        "to the actual number of days that any amount is outstanding hereunder.\n"
    )
    assert _value(found, "interest.day_count") == "ACT/360"
    assert _value(found, "borrower") == "PEAK RESORTS, INC."


def test_a_prime_rate_published_in_the_journal_and_its_margin() -> None:
    found = extract_text(
        "II ACQUISITION CORP. hereby promises to pay to XXXXXX X. XXXXX the principal sum of "
        "THIRTY SEVEN MILLION, FIVE HUNDRED THOUSAND DOLLARS ($37,500,000), on May 15, 2007, with "
        "interest on the unpaid balance thereof at a variable rate per annum equal to the sum of "
        '(a) the rate published from time to time in the Wall Street Journal as the "prime" rate, '
        "determined with respect to the date that is two business days prior to the applicable "
        "interest payment date, and (b) 0.375%, from the date hereof.\n"
    )
    assert _value(found, "interest.floating.index") == "PRIME"
    assert _value(found, "interest.floating.margin") == Decimal("0.00375")


def test_basis_points_above_a_banks_libor() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, OmniCall, Inc., a South Carolina corporation, promises to pay to "
        "William M. Rogers, or his Assignee, the sum of Three Million and no/100 Dollars "
        "($3,000,000.00), together with interest thereon from the date hereof at a variable annual "
        "percentage rate equal to 100 basis points above the index rate of SouthTrust Bank, "
        "N.A.'s 30-day LIBOR, due and payable as follows.\n"
    )
    assert _value(found, "interest.floating.index") == "LIBOR"
    assert _value(found, "interest.floating.margin") == Decimal("0.0100")


def test_a_maker_who_promises_and_agrees_to_pay() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned, BRONCO DRILLING LLC, a Oklahoma limited liability "
        "company, with its main office located at 6601 SW 29th Street, Oklahoma City, OK 73179 "
        "(the Maker), hereby promises and agrees to pay to the order of SOLITAIR LLC, a Delaware "
        "limited liability company, the principal sum of Five Million Dollars ($5,000,000.00).\n"
    )
    assert _value(found, "borrower") == "BRONCO DRILLING LLC"


def test_a_first_persons_promise_and_agreement_to_pay_costs_is_no_maker() -> None:
    found = extract_text(
        "'$5,000.00.\nSeattle, Wash.\n'On or before 3 years after date without grace I promise to "
        "pay to the order of G. W. Gregory _____ dollars in gold coin, for value received. And in "
        "case suit is instituted to collect this note, I promise and agree to pay such sum as the "
        "court may adjudge reasonable as attorney's fees.\n'[Signed] Isabella Jones.'\n"
    )
    assert _value(found, "lender") == "G. W. Gregory"


def test_a_payee_after_agrees_to_pay_to() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, GlenRose Instruments Inc., a corporation organized under the laws of "
        "Delaware (“Borrower”), 45 First Avenue, Waltham, Massachusetts 02451, agrees to pay to "
        "Arvin & Wynona Smith (“Lenders”), 1113 Sabine Court, Colleyville, TX 76034, or order, the "
        "principal sum of Five Hundred Thousand U.S. Dollars ($500,000.00), on demand.\n"
    )
    assert _value(found, "lender") == "Arvin & Wynona Smith"
