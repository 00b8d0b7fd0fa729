"""The fifty-eighth round of issue 16: read on ``heldout-eb`` … ``heldout-ed`` after their first
and only score.

* the maker of a quoted note signed beside a seal ("FRANK LANGLEY, (L. S.)"), before a post office
  ("J. C. MCDONALD P. O., West End"), after a form's dotted blanks ("No..... Due ...."), or under a
  "Witness … hand and seal" line ("R. C. TOWNSEND. (Seal)"); but not a name's second half after a
  first name with a full stop ("Emma. B. Motter (Seal)");
* a sum in words where a payee would be ("promises to pay Sixteen Million Seven Hundred …") is no
  payee; cents written in figures after the unit ("Seventy-Nine Dollars and 36 Cents") count;
* of joint payees with their degrees ("Jose Raffinan, M.D. and Maria Raffinan, M.D."), the first;
* a margin over an index inside the rate after a default ("the greater of … fifteen percent (15%)
  or the Base Rate plus six percent (6%) (the “Default Rate”)") is offered, not read as the
  default rate;
* a date defined as a "Call Date" is no maturity; a rate the next sentence adjusts ("… (8.51%)
  per annum. Subject to …, the Interest Rate shall be adjusted …") and an index "fixed for the term
  of this Note" are offered.

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import offered as _offered
from role_notes import value as _value

from promissory.extract import extract_text


def test_a_signer_beside_a_seal_after_dotted_blanks() -> None:
    found = extract_text(
        "“$97.37. Tampa, Fla., May 11th, 1893. Thirty days after date I promise to pay to the "
        "order of Weinberg & Hays Ninety-seven & 37-100 Dollars at Gulf National Bank.\nValue "
        "received.\nNo..... Due .... FRANK LANGLEY, (L. S.)”\nThe defendant presented a plea.\n"
    )
    assert _value(found, "borrower") == "FRANK LANGLEY"


def test_a_signer_before_his_post_office() -> None:
    found = extract_text(
        'The note: "$100. Springwells, March 15, 1886. On or before one year from date I promise '
        "to pay to O. H. Williams or bearer one hundred dollars, value received, payable with use "
        "at 7 per cent. For the purpose of obtaining this credit, I hereby certify that I am "
        'legally responsible for the above amount. J. C. MCDONALD P. O., West End, Wayne Co." '
        "Plaintiff here rested his case.\n"
    )
    assert _value(found, "borrower") == "J. C. MCDONALD"


def test_a_signer_under_witness_hand_and_seal() -> None:
    found = extract_text(
        "R. $1972.07 Janesville, Wis., Dec. 31, 1930.\n\nFor value received on demand after date "
        "I, we or either of us promise to pay to the order of Bower City Bank at its banking house "
        "in Janesville, Wisconsin, nineteen hundred seventy-two 07/100 dollars with interest at the "
        "rate of 6 per cent per annum, payable semiannually. All makers, signers, indorsers and "
        "guarantors hereof waive presentment for payment, notice of nonpayment, protest and notice "
        "of protest and consent to any and all extensions and renewals hereof without notice "
        "thereof, and agree to pay all costs of collection incurred after maturity, including 10% "
        "attorney's fees, and consent to the holder giving up collateral security.\n\n    Witness "
        "............. hand .. and seal ..................\n                             R. C. "
        "TOWNSEND.              (Seal)\n\nAddress 121\n"
    )
    assert _value(found, "borrower") == "R. C. TOWNSEND"


def test_a_first_name_with_a_full_stop_is_not_a_sentence_end() -> None:
    found = extract_text(
        "“Wilkes-Barre, Pa., October 13,1928.\n\n“Ten days after date I or we promise to pay to the "
        "order of Carl H. Tisch at Wyoming Valley Trust Company sixty-four hundred dollars, "
        "without defalcation or stay\n\nRenewal.\n\nEmma. B. Motter (Seal) ”\n"
    )
    assert _value(found, "borrower") != "B. Motter"


def test_a_sum_in_words_is_no_payee_and_cents_in_figures_count() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned, STERLING GEORGETOWN, LLC, a Minnesota limited "
        "liability company (the “Borrower”), promises to pay Sixteen Million Seven Hundred Five "
        "Thousand and No/100 Dollars ($16,705,000.00) to the order of TRANSAMERICA LIFE INSURANCE "
        "COMPANY (the “Lender”), with interest at 3.72% per annum. On the first day of February, "
        "2015 and on the first day of each subsequent calendar month, the Borrower shall pay an "
        "installment in the amount of Seventy-Seven Thousand Seventy-Nine Dollars and 36 Cents "
        "($77,079.36).\n"
    )
    assert _value(found, "lender") == "TRANSAMERICA LIFE INSURANCE COMPANY"
    assert _value(found, "schedule.installment") == Decimal("77079.36")


def test_the_first_of_joint_payees() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, HealthEssentials Solutions, Inc. promises to pay to the order of Jose "
        "Raffinan, M.D. and Maria Raffinan, M.D. the principal sum of $950,984.00.\n"
    )
    assert _value(found, "lender") == "Jose Raffinan, M.D."


def test_a_margin_over_an_index_in_the_default_rate_is_offered() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, FBL Financial Group, Inc. promises to pay to Farm Bureau Mutual "
        "Insurance Company the principal sum of $20,000,000. Borrower further promises to pay "
        "interest at a rate equal to the three month London Interbank Offered Rate (LIBOR) plus "
        "200 basis points (the “Base Rate”); provided, however, that following the occurrence of a "
        "default, Borrower shall pay interest on the unpaid principal amount at the greater of the "
        "per annum rate of fifteen percent (15%) or the Base Rate plus six percent (6%) (the "
        "“Default Rate”).\n"
    )
    assert _value(found, "interest.default_rate") is None


def test_a_call_date_is_no_maturity() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, VMS NATIONAL PROPERTIES promises to pay to the order of PRINCIPAL "
        "LIFE INSURANCE COMPANY the principal sum of $20,000,000.00, with interest at 6.16% per "
        "annum. All remaining principal and interest shall be due and payable on February 1, 2010 "
        '("Call Date"). Lender shall have the right to declare this Note due and payable in full '
        "on the Call Date or to adjust the per annum interest rate.\n"
    )
    assert _value(found, "maturity") != dt.date(2010, 2, 1)


def test_a_rate_the_next_sentence_adjusts_is_offered() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, CHORUS CORPORATION promises to pay to the order of JACKSON NATIONAL "
        "LIFE INSURANCE COMPANY the principal sum of $4,500,000.00. 2.1 Interest Rate. The "
        "outstanding principal balance hereof shall bear interest at the rate of eight and "
        "fifty-one one hundredths percent (8.51%) per annum.  Subject to the provisions of "
        "paragraph 2.2 below, the Interest Rate shall be adjusted, effective as of the first (1st) "
        "day of January, 2000, to the rate per annum equal to the Index Rate.\n"
    )
    assert _value(found, "interest.rate") is None
    assert Decimal("0.0851") in _offered(found, "interest.rate")


def test_an_index_fixed_for_the_term_is_offered() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, MARINE FOREST RESORT, INC promises to pay to CHALON INTERNATIONAL OF "
        "HAWAII, INC. the sum of $1,900,000.00.\n1. Interest. Interest shall be charged at the rate "
        "of the UNITED STATES PRIME RATE PLUS ONE PERCENT (as of June 8, 2000) per annum, which "
        "rate shall be fixed for the term of this Note, except in case of default.\n"
    )
    assert _value(found, "interest.floating.margin") is None
