"""The seventy-eighth round of issue 16: misses of the twenty-fourth session's second draw
(``heldout-gj`` … ``heldout-go``, rules frozen at edb8c3c) after their first and only scores.

* a rate after default whose condition follows it ("… interest from date at the rate of twelve per
  cent. per annum if either principal or interest remain unpaid ten days after due") or opens
  its clause without naming the note ("…; and if not paid at maturity, with annual interest at
  twelve per cent");
* "five percent (5%) per annum more than the Interest Rate": a margin over the note's rate;
* the date of another instrument: a credit agreement whose parties' names hold full stops ("…
  AMONG BANK OF AMERICA, N.A. AND … U.S. AGGREGATES, INC. AS THE BORROWER, DATED JUNE 5, 1998"),
  the "(Original Note dated June 27, 2000)" an amended and restated note replaces.
* a section's number after its heading ("1. NOTE. 1.1. SISKON GOLD CORPORATION"), two makers
  joined by "AND/OR", "the loan will be repaid on demand of Holder", a signer under the note
  with "(Seal)" after the name;
* a court's copy that opens each paragraph of the note with a mark and closes only the last:
  the paragraphs before the promise are the quoted note's too (readings in them keep their
  confidence);
* a "Base Rate" the note defines as the rate under "London Interbank Offered Rates (Libor)" is
  LIBOR;
* "Dated at Kansas City, Mo., July 2, 1888." and "Witness my hand and seal this 2nd. day of August
  1831." date an old note; "at the rate of no per cent." is a rate of nothing;
* a percent read firmly as the rate after default is not also a weak reading of the note's rate
  (which made the note's own rate look disputed).

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import value as _value

from promissory.extract import extract_text


def test_a_rate_whose_condition_of_nonpayment_follows_it() -> None:
    found = extract_text(
        '"Five years after date, for value received, we promise to pay to the order of the '
        "Western Farm Mortgage Company, at its office in Topeka, Kansas, two thousand ($2000) "
        "dollars, with interest thereon at the rate of seven per cent. per annum, payable "
        "semiannually. This note is to draw interest from date at the rate of ten per cent. per "
        'annum if either principal or interest remain unpaid ten days after due."\n'
    )
    assert _value(found, "interest.rate") == Decimal("0.07")
    assert _value(found, "interest.default_rate") == Decimal("0.10")


def test_if_not_paid_at_maturity_then_a_rate() -> None:
    found = extract_text(
        "“$80. Halstead, Kansas, May 2, 1879.\n“On or before the first day of October, 1880, I "
        "promise to pay to the order of Deering & Co., eighty dollars, with interest at eight "
        "per cent. from date, payable at Halstead, Kansas; and if not paid at maturity, with "
        "annual interest at twelve per cent. on the amount then due until paid.\n“Peter Olsen.”\n"
    )
    assert _value(found, "interest.default_rate") == Decimal("0.12")


def test_a_percent_more_than_the_interest_rate_is_a_margin() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, Elm Court Venture promises to pay to the order of Granite Life "
        "Insurance Company the principal sum of $1,500,000.00. Interest Rate shall mean ten "
        "percent (10%) per annum. All amounts remaining due and unpaid after the Maturity Date "
        "and any amounts due and unpaid after an Event of Default shall bear interest at the "
        "rate of four percent (4%) per annum more than the Interest Rate.\n"
    )
    assert _value(found, "interest.default_rate") != Decimal("0.04")
    assert _value(found, "interest.default_margin") == Decimal("0.04")


def test_a_credit_agreements_date_after_parties_with_full_stops() -> None:
    found = extract_text(
        "THIS NOTE IS SUBORDINATE TO THE INDEBTEDNESS OWED BY THE BORROWER PURSUANT TO THAT "
        "CERTAIN CREDIT AGREEMENT AMONG FIRST UNION BANK, N.A. AND OTHER LENDERS NAMED THEREIN "
        "AND GRANITE ROCK, INC. AS THE BORROWER, DATED MARCH 3, 1999.\n\nJUNIOR SUBORDINATED "
        "NOTE\n\n$1,000,000\n\nFOR VALUE RECEIVED, Granite Rock, Inc. promises to pay to the "
        "order of Summit Fund III, L.P. the principal sum of $1,000,000.\n"
    )
    assert _value(found, "issue_date") != dt.date(1999, 3, 3)


def test_the_original_notes_date_beside_an_amended_and_restated_notes() -> None:
    found = extract_text(
        "AMENDED AND RESTATED PROMISSORY NOTE March 31, 2001 (Original Note dated October 2, "
        '2000) FOR VALUE RECEIVED, the undersigned, KOLOA MILL COMPANY, LIMITED ("Borrower"), '
        'hereby promises to pay to Harbor Corporation ("Payee") the aggregate unpaid principal '
        "amount shown on Schedule 1 ON DEMAND.\n"
    )
    assert _value(found, "issue_date") == dt.date(2001, 3, 31)


def test_a_section_number_after_its_heading_is_not_part_of_the_makers_name() -> None:
    found = extract_text(
        "CONVERTIBLE NOTE\n\n$250,000\n\n1. NOTE. 1.1. ORION MINING CORPORATION, a California "
        'corporation (the "Company"), for value received, hereby promises to pay to the order '
        'of Delta Partners LLC (the "Holder") the principal sum of $250,000.\n'
    )
    assert _value(found, "borrower") == "ORION MINING CORPORATION"


def test_two_makers_joined_by_and_or() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned, ALPINE SIGNAL, INC AND/OR ALPINE NETWORKS, INC. a "
        'Colorado Corporation ("Maker"), hereby promises to pay to the order of Ridge Capital, '
        'Inc. ("Holder") the principal sum of Fifty Thousand Dollars ($50,000.00).\n'
    )
    assert _value(found, "borrower") == "ALPINE SIGNAL, INC"


def test_repaid_on_demand_of_the_holder() -> None:
    found = extract_text(
        'FOR VALUE RECEIVED, Alpine Signal, Inc. ("Maker") promises to pay to the order of Ridge '
        'Capital, Inc. ("Holder") the principal sum of $50,000.00. 1. Payments. Subject to the '
        "availability of funds, the loan will be repaid on demand of Holder.\n"
    )
    assert _value(found, "demand") is True


def test_a_signer_under_the_note_with_a_bracketed_seal() -> None:
    found = extract_text(
        "    $64.50. ( Ponce de Leon, Fla., 4/2/1907.\n\n    On Nov. 1st, 1907, after date for "
        "value received, I promise to pay to T. W. Hinson, or order, the sum of sixty-four & "
        "50/100 dollars, ($64.50) with interest thereon from date until paid at the rate of ten "
        "per centum per annum.\n\n    A. L. Carter (Seal)\n"
    )
    assert _value(found, "borrower") == "A. L. Carter"


def test_a_courts_copy_that_opens_each_paragraph_of_the_note_with_a_mark() -> None:
    found = extract_text(
        "This action was brought upon a promissory note, the principal of which was paid at "
        "maturity. The note reads as follows:\n\n“$3,000. March 4, 1916.\n\n“Two years after "
        "date, for value received, I promise to pay to the order of Ellen Shaw at the First Nat. "
        "Bank of Helena, Mont., three thousand dollars with interest at six per cent per annum."
        "\n\n“J. R. Shaw.”\n"
    )
    issued = next(f for f in found.findings if f.field == "issue_date")
    assert issued.value == dt.date(1916, 3, 4)
    assert issued.confidence >= Decimal("0.90")


def test_a_base_rate_the_note_defines_as_libor() -> None:
    found = extract_text(
        'FOR VALUE RECEIVED, Lakeside Resorts, Inc. ("Maker") promises to pay to the order of '
        'Summit Financial, Inc. ("Holder") the principal sum of $8,000,000. Maker shall pay '
        "interest thereon at a floating rate of interest per annum equal to three percent (3.00%) "
        'plus the Base Rate. "Base Rate" shall mean the rate published each business day in the '
        "Wall Street Journal for deposits maturing three (3) months after issuance under the "
        'caption "Money Rates, London Interbank Offered Rates (Libor)".\n'
    )
    assert _value(found, "interest.floating.index") == "LIBOR"


def test_dated_at_a_place_closing_the_note() -> None:
    found = extract_text(
        '"Three years after date, for value received, we promise to pay to the order of the '
        "Prairie Loan Company, at its office in Topeka, Kansas, one thousand ($1000) dollars, "
        "with interest thereon at the rate of seven per cent. per annum. Dated at Emporia, Kan., "
        'June 4, 1889."\n'
    )
    assert _value(found, "issue_date") == dt.date(1889, 6, 4)


def test_the_day_after_witness_my_hand_and_seal() -> None:
    found = extract_text(
        '"Six months after date, I promise to pay to Henry Lowe, or order, three hundred dollars '
        "for value received, with interest at six per cent. Witness my hand and seal this 12th "
        'day of March, 1874.\n(Signed) Amos Ward. [Seal.]"\n'
    )
    assert _value(found, "issue_date") == dt.date(1874, 3, 12)


def test_interest_at_the_rate_of_no_per_cent() -> None:
    found = extract_text(
        "Two years after the date, I promise to pay to the trustees of Union College one hundred "
        "dollars, with interest, at the rate of no per cent., to be used for its library.\n"
    )
    assert _value(found, "interest.rate") == Decimal("0")


def test_a_percent_read_firmly_as_the_rate_after_default_is_not_also_a_weak_rate() -> None:
    found = extract_text(
        "NOTE - For value received, I promise to pay you, or your order, at your address above, "
        "the principal sum of: EIGHT THOUSAND AND NO/100 Dollars $8,000 plus interest from "
        "3/02/98 at the rate of 8.250% per year until 3/15/01.\nPOST-MATURITY INTEREST-Interest "
        "will accrue at the rate of 18.000% per year on the principal balance of this note not "
        "paid on the date of the last scheduled payment of principal.\n"
    )
    assert _value(found, "interest.rate") == Decimal("0.08250")
    assert _value(found, "interest.default_rate") == Decimal("0.18000")
