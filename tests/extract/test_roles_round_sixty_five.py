"""The sixty-fifth round of issue 16: the misses of ``heldout-et`` … ``heldout-ev`` left over from
the sixty-fourth round, then those of ``heldout-ew`` … ``heldout-ey`` after their first and only
score.

* old notes quoted in opinions: "with no interest" after the sum; "the Bank of Cedar Bluffs, Cedar
  Bluffs, Nebr. or order" (a bank named for its town, then the town); signers "F.T. Ronkainen.",
  "Siegel, Cooper & Co.", "($2000.00). Ralph S. Steelman", "J. E. Lanier (L. S.) J. Herbert Smith
  (L. S.)"; "$200.00 payable monthly in installments of $20.00 each"; "Due Date July 8,1963";
  "On Demand, and if no demand is made then 91 days after date" with a rate "after maturity" later
  in the sentence; "On July 1, 1887, we promise to pay"; "6 per cent per annum interest from DATE
  until paid and ten per cent attorney's fees if … collected … after maturity"; the court's own
  account of when the note was executed is not the note's date;
* companies' and institutions' notes: "60 equal, successive monthly installments", "the first of
  such monthly installments due on", "Interest will begin to accrue on"; "non-interest bearing,
  except for any amounts outstanding beyond the Maturity Date"; a name broken before its legal form
  on an indented line; a legend's "YIELD TO MATURITY" is no header label; "…, individually and …";
  quarterly payments "of interest accrued … plus $220,833.33" "commencing with the quarter ending
  on"; a fluctuating rate equal to LIBOR qualified at length, then "plus"; the same name with and
  without its last full stop; a payee after "promises to pay UPON DEMAND to";
* a maturity stated only as a period ("2 years from date of Note") is offered, not proposed: the
  readers leave such maturities out.

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import value as _value

from promissory.extract import extract_text
from promissory.extract.records import INFERRED


def test_with_no_interest_after_the_sum() -> None:
    found = extract_text(
        '"$6000.00 Hinesville, Ga., June 2, 1954. October 2, 1954, I, we or either of us, promise '
        "to pay to the order of Mary E. Jenkins, six thousand no/100 — dollars, at any place, for "
        "value received, with no interest, including all costs, of collection, including ten "
        "percent attorney's fees.\"\n"
    )
    assert _value(found, "interest.rate") == Decimal(0)
    assert _value(found, "maturity") == dt.date(1954, 10, 2)


def test_a_bank_named_for_its_town_then_the_town() -> None:
    found = extract_text(
        "“Cedar Bluffs, Nebr., May 15, 1931.\n“On demand after date, we or either of us, jointly "
        "and severally, promise to pay to the Bank of Cedar Bluffs, Cedar Bluffs, Nebr. or order "
        "Eighteen Hundred Twenty & no dollars, $1,820.00 for value received.\n"
    )
    assert _value(found, "lender") == "Bank of Cedar Bluffs"


def test_initials_run_together_and_the_installment_of_a_sum() -> None:
    found = extract_text(
        'The note was in the following form:\n\n    "$200.00 Duluth, Minn. August 1, 1943\n\n    '
        '"For value received I promise to pay to the order of E.P. Linne, the herein stipulated '
        'amount.\n\n    "TERMS OF PAYMENT\n    "$200.00 payable monthly in installments of $20.00 '
        'each. First installment due September 1, 1943.\n\n    "F.T. Ronkainen."\n'
    )
    assert _value(found, "borrower") == "F.T. Ronkainen"
    assert _value(found, "schedule.installment") == Decimal("20.00")


def test_a_due_date_without_its_colon_and_demand_before_a_rate_after_maturity() -> None:
    found = extract_text(
        "No. 248210 Chicago, Ill. April 8, 1963\nDue Date July 8,1963 Amount $100,000.00\nOn "
        "Demand, and if no demand is made then 91 days after date for value received the "
        "undersigned promise to pay to the order of\nThe Exchange National Bank of Chicago\nOne "
        "Hundred Thousand & No/100 Dollars with interest at the rate of 6 per cent per annum, and "
        "with interest at seven per cent per annum after maturity until paid.\n"
    )
    assert _value(found, "maturity") == dt.date(1963, 7, 8)
    assert _value(found, "demand") is True


def test_an_old_forms_day_of_payment_before_its_promise() -> None:
    found = extract_text(
        "“$300.00. Chicago, March 5, 1887.\n“On July 1, 1887, we promise to pay D. Dalziel, or "
        "order, the sum of three hundred dollars for the privilege of one framed advertising "
        "sign.\n“No....... Siegel, Cooper & Co.”\n"
    )
    assert _value(found, "maturity") == dt.date(1887, 7, 1)
    assert _value(found, "borrower") == "Siegel, Cooper & Co."


def test_a_signer_after_a_brackets_full_stop() -> None:
    found = extract_text(
        "The said note which was in decedent’s handwriting reads as follows: “Nov. 28,1953. In "
        "the event of my mother’s death I promise to pay to her estate the sum of two-thousand "
        "dollars ($2000.00). Ralph S. Steelman”\n"
    )
    assert _value(found, "borrower") == "Ralph S. Steelman"


def test_two_signers_under_seal_on_one_line() -> None:
    found = extract_text(
        "“$60.00 Macon, Ga., May 1, 1929.\nOn October 1, 1929, after date, we promise to pay to "
        "H. M. Moore or order Sixty Dollars, with interest from maturity at eight per cent per "
        "annum. Given under the hand and seal of each party.\n\n[Signed] J. E. Lanier (L. S.) J. "
        "Herbert Smith (L. S.)”\n"
    )
    assert _value(found, "borrower") == "J. E. Lanier"


def test_attorneys_fees_after_maturity_do_not_make_the_rate_a_default_rate() -> None:
    found = extract_text(
        "“$6830.00 Homer, La. January 3, 1950 On the 1st day of July, 1961 I promise to pay to "
        "Mrs. Mary Traylor Odom Or Bearer the sum of Six Thousand Eight Hundred Thirty and No/100 "
        "DOLLARS for value received with 6 per cent per annum interest from DATE until paid and ten "
        "per cent attorney’s fees if this note is collected by suit or attorney after maturity.”\n"
    )
    assert _value(found, "interest.rate") == Decimal("0.06")
    assert _value(found, "interest.default_rate") is None


def test_the_courts_account_of_the_notes_date_is_not_the_notes() -> None:
    found = extract_text(
        "After defendants' indebtedness grew, defendants executed a cognovit note, on November 7, "
        '1994, in favor of Medina Supply. The note stated as follows:\n\n"FOR VALUE RECEIVED, the '
        "undersigned, Kenneth Corrado, individually and Northpoint Homes, Inc. by Kenneth Corrado, "
        "its President, jointly and severally, promises to pay to the order of Medina Supply Co. "
        'the sum of Thirteen Thousand Seventy-Seven and 80/100 Dollars ($13,077.80)."\n'
    )
    assert _value(found, "issue_date") is None
    assert _value(found, "borrower") == "Kenneth Corrado"


def test_equal_comma_successive_installments_and_the_first_of_such() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, SIGNS AND BLANKS, INC. promises to pay to the order of X. Xxxxxxx & "
        "Co. the principal sum of $1,131,000, plus interest at the rate of 7% per annum. Interest "
        "will begin to accrue on the principal sum on April 1, 1997 and continue to accrue "
        "thereafter until this Note is paid in full.\nThis Note is payable as follows:\nA. "
        "Interest only payments on the unpaid principal sum through December 1, 1997.\nB. 60 "
        "equal, successive monthly installments of principal in the amount of $18,850, with "
        "interest, with the first of such monthly installments due on January 1, 1998.\n"
    )
    assert _value(found, "schedule.payments") == 60
    assert _value(found, "schedule.first_payment") == dt.date(1998, 1, 1)


def test_no_interest_but_beyond_the_maturity_date() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, Principal Solar, Inc. promises to pay to the order of The Pearl M "
        "Thompson Trust the principal sum of $300,000.\nInterest Rate. This Promissory Note is "
        "non-interest bearing, except for any amounts outstanding beyond the Maturity Date shall "
        "earn interest at a rate of 12% per annum.\n"
    )
    assert _value(found, "interest.rate") == Decimal(0)
    assert _value(found, "interest.default_rate") == Decimal("0.12")


def test_a_name_broken_before_its_legal_form_on_an_indented_line() -> None:
    found = extract_text(
        "    FOR VALUE RECEIVED, Command Audio Corporation, a California corporation,\n    whose "
        "address is 805 Veterans Boulevard, Redwood City,\n    California, 94063 ('Maker') "
        "promises to pay to the order of Macrovision\n    Corporation, whose address is 1341 "
        "Orleans Drive, Sunnyvale, CA 94089\n    ('Payee'), the sum of $328,948.14.\n"
    )
    assert _value(found, "lender") == "Macrovision Corporation"


def test_a_legends_yield_to_maturity_is_no_header_label() -> None:
    found = extract_text(
        "THE SENIOR SUBORDINATED NOTE REPRESENTED HEREBY IS ISSUED WITH ORIGINAL ISSUE DISCOUNT. "
        "FOR INFORMATION CONCERNING THE ISSUE PRICE, ISSUE DATE AND YIELD TO MATURITY OF THIS "
        "AGREEMENT, CONTACT THE COMPANY. THIS NOTE IS SUBJECT TO THAT CERTAIN SECURITIES PURCHASE "
        "AGREEMENT DATED AS OF DECEMBER 18, 1995.\nCASTLE DENTAL CENTERS, INC.\n12% Senior "
        "Subordinated Note\nNo. R-1 January 31, 1998\nFOR VALUE RECEIVED, CASTLE DENTAL CENTERS, "
        "INC. promises to pay to NAP & Company the principal sum of $1,347,000.\n"
    )
    assert _value(found, "issue_date") != dt.date(1995, 12, 18)


def test_quarterly_payments_of_interest_plus_principal() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, Solar3D, Inc. promises to pay to MD Energy, LLC the principal sum of "
        "$2,650,000.\n1. Payment on Note. Commencing on March 31, 2015, and on the last day of each "
        "quarter thereafter during the first two years of this Note, Borrower will make quarterly "
        "interest only payments to Lender. Commencing with the quarter ending on June 30, 2017, "
        "Borrower will make quarterly payments of interest accrued on the Note during the prior "
        "quarter plus $220,833.33, with the final payment of all outstanding principal and accrued "
        "but unpaid interest due on the Maturity Date.\n"
    )
    assert _value(found, "schedule.installment") == Decimal("220833.33")
    assert _value(found, "schedule.first_payment") == dt.date(2017, 6, 30)


def test_libor_qualified_at_length_then_plus() -> None:
    found = extract_text(
        'FOR VALUE RECEIVED, the undersigned, EBS BUILDING, L.L.C. ("Borrower") promises to pay '
        'to the order of FINPRO, L.L.C. ("Lender") the principal sum of $12,000,000.00, with '
        "interest on the unpaid principal balance of this Note at a fluctuating rate equal to the "
        "LIBOR Rate adjusted for Federal Reserve Board requirements and similar assessments, if "
        "any, imposed upon Lender from time to time plus three and one-half percent (3.50%) per "
        'annum (the "Standard Rate").\n'
    )
    assert _value(found, "interest.floating.margin") == Decimal("0.035")
    assert _value(found, "interest.rate") is None


def test_the_same_name_with_and_without_its_last_full_stop() -> None:
    found = extract_text(
        "NOTE $12,000,000.00 JUNE 18, 1999 FOR VALUE RECEIVED, the undersigned, EBS BUILDING, "
        'L.L.C., a Delaware limited liability company ("Borrower") promises to pay to the order of '
        'FINPRO, L.L.C. ("Lender") the sum of $12,000,000.00.\nEBS BUILDING, L.L.C\nBy: '
        "__________\n"
    )
    assert _value(found, "borrower") == "EBS BUILDING, L.L.C."


def test_a_payee_after_upon_demand() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, SUPERCONDUCTOR TECHNOLOGIES INC., a Delaware corporation, hereby "
        "promises to pay UPON DEMAND to WILMINGTON SECURITIES, INC., a Delaware corporation, the "
        "principal sum of $500,000.\n"
    )
    assert _value(found, "lender") == "WILMINGTON SECURITIES, INC."


def test_a_maturity_stated_only_as_a_period_is_worked_out() -> None:
    found = extract_text(
        "Date: April 30, 2020\nFOR VALUE RECEIVED, Flexshopper LLC promises to pay to the order of "
        "Customers Bank the principal amount of $1,914,100.00.\nMaturity: This Note will mature 2 "
        "years from date of Note.\n"
    )
    # offered from this round, proposed as inferred since the eighty-sixth (when the corpus took
    # one rule for a maturity given as a time after the note's date)
    maturity = found.get("maturity")
    assert maturity is not None
    assert (maturity.value, maturity.confidence) == (dt.date(2022, 4, 30), INFERRED)
