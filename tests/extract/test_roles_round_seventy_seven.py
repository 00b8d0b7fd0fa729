"""The seventy-seventh round of issue 16: makers of first-person notes who only sign, in forms the
seen parts hold and the rules missed (a count over all 184 seen parts found 42 such notes with the
maker's name in the last 400 characters):

* "— Witness my hand Joseph Warren." after the promise, or "Witness my hand and seal on this … day
  of …, 1879. Sarah Boggess.": the name after "Witness my hand";
* a catalogue's description of the signature, before or after the quoted promise: 'Signed "David
  Crockett."', "Signed at the conclusion by a Samuel Clark, and countersigned by …";
* a quotation closed by a single mark ("… in gold. / July 17, 1862. Abijah Whetstone.’") or a
  signer set off by a dash ("–John Johnson”").

and, after the first scores of `heldout-gd` … `heldout-gi`:

* how often interest alone is paid ("Accrued and unpaid interest … shall be payable monthly",
  "the Maker shall pay the Lender interest, semi-annually") is not the installments' period
  (seen parts: 12 such periods read wrong, none right);
* a rate, an amount or a date read outside a quoted note (a court's account of the complaint, a
  board's resolution) is proposed as inferred at most;
* the sum after the place of payment "at the office of the First National Bank of …" or after the
  payee's "his heirs or assigns";
* "FOR VALUE, Generation Hemp, Inc. …" ("received" left out) is not part of the maker's name.
* the Texas form's "Annual Interest Rate on Matured, Unpaid Amounts" and "If this Note is not
  repaid on the Maturity Date, the rate … shall be adjusted to eighteen percent" are rates after a
  default; "Interest on interest hereon not paid when due … at the rate of ten per centum" is not;
* a payee's town after "at" ("Guaranty State Building Loan Association, at Wichita Falls, Texas")
  is not part of its name.

Each case is a short note of its own."""

from __future__ import annotations

from decimal import Decimal

from role_notes import value as _value

from promissory.extract import extract_text


def test_the_name_after_witness_my_hand() -> None:
    found = extract_text(
        "“Salem June 2d. 1771, I Promise to pay Mr. Amos Peabody, or order Six pounds Lawful "
        "Money on demand, with Lawful Interest till paid, for Value received — Witness my hand "
        "Nathaniel Ropes.”\n"
    )
    assert _value(found, "borrower") == "Nathaniel Ropes"


def test_the_name_after_witness_my_hand_and_seal_on_a_day() -> None:
    found = extract_text(
        "“For value received, I promise to pay to John Fleming the sum of two hundred dollars "
        "with interest from date. Witness my hand and seal on this 3rd day of May, 1881. Mary "
        "Hollis. [Seal.]”\n"
    )
    assert _value(found, "borrower") == "Mary Hollis"


def test_a_signature_a_catalogue_describes_before_the_promise() -> None:
    found = extract_text(
        'Autograph note, one page, Richmond, Virginia, March 3, 1834. Signed "Henry Clay." The '
        'note reads: "Ninety days after date, I promise to pay to the order of J. B. Ward, four '
        'hundred dollars for value received."\n'
    )
    assert _value(found, "borrower") == "Henry Clay"


def test_a_signature_a_catalogue_describes_after_the_promise() -> None:
    found = extract_text(
        "“Concord, May 4th, 1770. For Value received I promise to pay Ephraim Jones or his order "
        "Four Pounds of lawfull money on demand.\n\nSigned at the conclusion by a Thomas Hubbard, "
        "and witnessed by Jonas Minot.\n"
    )
    assert _value(found, "borrower") == "Thomas Hubbard"


def test_a_quotation_closed_by_a_single_mark() -> None:
    found = extract_text(
        "‘$80.00. On or before the first of June next, for value received, I promise to pay "
        "Henry Cobb eighty dollars, with eight per cent interest from date.\n\n"
        "April 2, 1866. Lemuel Tracy.’\n"
    )
    assert _value(found, "borrower") == "Lemuel Tracy"


def test_a_signer_set_off_by_a_dash() -> None:
    found = extract_text(
        "“$50\nDayton, Ohio, June 1, 1872\nOne year after date, I promise to pay to the "
        "trustees of the Seminary, fifty dollars, without interest, to be used for its library.\n"
        "–Amos Kline”\n"
    )
    assert _value(found, "borrower") == "Amos Kline"


# After the scores of `heldout-gd` … `heldout-gi` (rules frozen at 39e9843):


def test_how_often_accrued_and_unpaid_interest_is_paid_is_not_the_installments_period() -> None:
    found = extract_text(
        'FOR VALUE RECEIVED, Harbor Tools, Inc. ("Borrower") promises to pay to the order of '
        'First Lakes Bank ("Bank") the principal sum of $2,000,000.00 on June 1, 2005. Accrued '
        "and unpaid interest on the unpaid balance of each outstanding Prime-based Advance shall "
        "be payable monthly, in arrears, commencing on June 1, 2003, and on the first Business "
        "Day of each succeeding month thereafter, until maturity.\n"
    )
    assert _value(found, "schedule.frequency") is None


def test_interest_the_maker_pays_semiannually_is_not_an_installment_schedule() -> None:
    found = extract_text(
        'FOR VALUE RECEIVED, Delta Sensors, Inc. (the "Maker") promises to pay to Northway '
        'Partners LLC (the "Lender") the principal sum of $500,000 on December 31, 2015. '
        "Commencing on June 30, 2013 and continuing through the Maturity Date, the Maker shall "
        "pay the Lender interest, semi-annually on June 30 and December 31 of each year, at the "
        "rate of seven percent (7%) per annum.\n"
    )
    assert _value(found, "schedule.frequency") is None


def test_a_rate_in_the_words_around_a_quoted_note_is_not_proposed_as_stated() -> None:
    found = extract_text(
        "The board resolved that a note be given to its president for the balance, bearing "
        "interest at the rate of six per cent. The instrument in suit is as follows:\n\n"
        "“$1,500. Omaha, Neb., May 2, 1904. On or before October 1 after date we promise to pay "
        "to the order of J. R. Hale fifteen hundred dollars, at Omaha, Neb. (Signed) Platte "
        "Loan Co., By H. A. Berg, Sec.”\n"
    )
    rate = next(f for f in found.findings if f.field == "interest.rate")
    assert rate.value == Decimal("0.06")
    assert rate.confidence < Decimal("0.90")


def test_the_sum_after_the_place_of_payment_at_the_office_of_a_bank() -> None:
    found = extract_text(
        "Centralia, Ill., May 3rd, 1869.\n\nNinety days after date, we promise to pay to the "
        "order of Henry Wells, at the office of the First National Bank of Salem, seven hundred "
        "dollars, for value received.\n"
    )
    assert _value(found, "commitment") == Decimal("700.00")


def test_the_sum_after_the_payees_heirs_or_assigns() -> None:
    found = extract_text(
        "On demand we promise to pay R. T. Allen, his heirs or assigns, nine thousand two "
        "hundred dollars ($9,200), without interest.\n"
    )
    assert _value(found, "commitment") == Decimal("9200.00")


def test_for_value_without_received_is_not_part_of_the_makers_name() -> None:
    found = extract_text(
        "FOR VALUE, Ridge Hemp, Inc., a Colorado corporation (“Borrower”), whose mailing address "
        "is P.O. Box 100, Dallas, Texas 75354, promises and agrees to pay to the order of Paul R. "
        "Diaz (“Lender”) the principal sum of $340,000.00.\n"
    )
    assert _value(found, "borrower") == "Ridge Hemp, Inc."


def test_the_texas_forms_rate_on_matured_unpaid_amounts_is_the_rate_after_default() -> None:
    found = extract_text(
        "Secured Promissory Note\n\nDate: March 1, 2016\n\nBorrower: Gulf Shrimp, LLC\n\n"
        "Lender: Bayside Farms, LLC\n\nPrincipal Amount: One Million and 00/100 Dollars "
        "($1,000,000.00)\n\nAnnual Interest Rate: Five Percent (5.0%)\n\nMaturity Date: "
        "March 1, 2031\n\nAnnual Interest Rate on Matured, Unpaid Amounts: Twelve Percent (12%)\n"
    )
    assert _value(found, "interest.default_rate") == Decimal("0.12")
    assert _value(found, "interest.rate") == Decimal("0.05")


def test_a_rate_if_the_note_is_not_repaid_on_the_maturity_date() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, Pine Valley Holding Corp. (“Maker”) promises to pay to Pine Valley "
        "Partners Ltd. the principal sum of $4,000,000.00 (“Principal Amount”) on June 1, 2012 "
        "(the “Maturity Date”), with interest at eight percent (8%) per annum. If this Note is "
        "not repaid on the Maturity Date, the rate of interest applicable to the unpaid "
        "Principal Amount shall be adjusted to fifteen percent (15%) per annum from the Maturity "
        "Date until the date of repayment.\n"
    )
    assert _value(found, "interest.default_rate") == Decimal("0.15")


def test_interest_on_overdue_interest_at_the_notes_rate_is_not_a_rate_after_default() -> None:
    found = extract_text(
        '"For value received, the undersigned promise to pay Union Building Loan Association '
        "the sum of ($1800.00) Eighteen hundred and no/100 dollars with interest thereon from "
        "date at the rate of 8 per cent per annum, in equal monthly installments. Interest on "
        "interest hereon not paid when due shall also be paid at the rate of eight per centum per "
        'annum from date until paid."\n'
    )
    assert _value(found, "interest.default_rate") is None


def test_the_town_a_payee_is_paid_at_is_not_part_of_its_name() -> None:
    found = extract_text(
        '"For value received, the undersigned promise to pay Union Building Loan Association, '
        'at Fort Worth, Texas, the sum of ($1800.00) Eighteen hundred and no/100 dollars."\n'
    )
    assert _value(found, "lender") == "Union Building Loan Association"
