"""The sixty-second round of issue 16: misses read again on parts already seen while
``heldout-en`` … ``heldout-ep`` were being collected, then those parts' own misses after their
first and only score.

* an old note's month abbreviated with no mark ("Feby. 19th, 1926", "Jany.", "Septr.");
* a payee named with his office before "or order" ("… to Henry S. Long, as trustee, or order,
  thirteen thousand three hundred thirty three and 33/100 dollars"): the sum after it is the
  principal;
* read on ``heldout-ep`` after its score: "ten per centum per annum"; "Deferred interest payments
  to bear interest from maturity at 8 per cent" is no rate after a default; an old note dated at its
  end, before or after its signature ("April 20, 1866. W. M. Byrd.”", "[Signed] C. C. Petty. Dec.
  31st, 1891."); a given name abbreviated in capitals ("GEO. S. WILLIAMSON");
* read on ``heldout-eo`` after its score: a dateline's state before a maker in capitals ("Culver
  City, California SAVON TEAM SPORTS, INC."); a payee before a form's rule ("AccuStaff
  Incorporated or ------- registered assigns"); rates the note names ('eight percent (8%) per annum
  (the "Note Rate")', 'eleven percent (11%) per annum (the "Default Rate")'), but a margin so named
  stays a margin ("the Applicable Interest Rate plus an additional 2% per annum (the "Default
  Interest Rate")");
* read on ``heldout-en`` after its score: a margin in the fallback for an index no longer announced
  ("If … a prime rate is not announced by …, then the International Bank of Commerce Prime Rate,
  minus one percent (1%) shall be the Prime Rate") is offered; "without premium or penalty (other
  than those set forth in the Loan Agreement, if any)" is offered, not read as no premium; a form's
  "BORROWER (Name):" label and a "BANK:" label with a long description after the name.

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import offered as _offered
from role_notes import value as _value

from promissory.extract import extract_text


def test_a_month_abbreviated_with_no_mark_and_a_payee_as_trustee() -> None:
    found = extract_text(
        "Following is a copy of one of the notes:\n“$13,333.33 Sanford, Florida,\nFeby. 19th, "
        "1926.\n“On or before one year next after date, I promise to pay to Henry S. Long, as "
        "trustee, or order, thirteen thousand three hundred thirty three and 33/100 dollars, with "
        "interest after date at the rate of eight per cent, per annum until paid.”\n"
    )
    assert _value(found, "issue_date") == dt.date(1926, 2, 19)
    commitment = found.get("commitment")
    assert commitment is not None and commitment.value == Decimal("13333.33")
    assert "also stated" in commitment.note  # the words corroborate the figures


def test_per_centum_and_deferred_interest_from_maturity() -> None:
    found = extract_text(
        '"Miami, Fla., November 27, 1925.\n\n"On or before one year after date, for value '
        "received, I promise to pay to the order of W.C. Jackson One Thousand One Hundred and "
        "Eleven and 11/100 Dollars, with interest thereon at the rate of ten per centum per annum "
        "from date until fully paid. Interest payable semi-annually. Deferred interest payments to "
        'bear interest from maturity at 8 per cent per annum."\n'
    )
    assert _value(found, "interest.rate") == Decimal("0.10")
    assert _value(found, "interest.default_rate") is None


def test_an_old_note_dated_at_its_end() -> None:
    before = extract_text(
        "a promissory note of which the following is a copy:\n“$4,500. One day after date I "
        "promise to pay Sarah Massie forty-five hundred dollars, and will pay the interest "
        "annually.\n“April 20, 1866. W. M. Byrd.”\n"
    )
    assert _value(before, "issue_date") == dt.date(1866, 4, 20)
    assert _value(before, "borrower") == "W. M. Byrd"
    after = extract_text(
        "'Twelve months after date I promise to pay Mrs. A. G. Allen or order the sum of six "
        "hundred dollars, for value received, with interest from date until paid at the rate of "
        "eight per cent. per annum. [Signed] C. C. Petty. Dec. 31st, 1891.'\n"
    )
    assert _value(after, "issue_date") == dt.date(1891, 12, 31)


def test_a_given_name_abbreviated_in_capitals() -> None:
    found = extract_text(
        '"SALTILLO, January 25, 1888.\n\n"On or before May 1, 1888, I promise to pay C.C. Hogue, '
        'or order, one thousand dollars.\n\n"GEO. S. WILLIAMSON.\n\n"$1000.\n'
    )
    assert _value(found, "borrower") == "GEO. S. WILLIAMSON"


def test_a_datelines_state_before_a_maker_in_capitals() -> None:
    found = extract_text(
        "SAVON TEAM SPORTS, INC. PROMISSORY NOTE $700,000 (Subject to Adjustment) May 20, 2004 "
        'Culver City, California SAVON TEAM SPORTS, INC., a Utah corporation ("Maker"), for value '
        "received, hereby promises to pay to Eddy Goldwasser, or order, the principal sum of Seven "
        "Hundred Thousand Dollars ($700,000).\n"
    )
    assert _value(found, "borrower") == "SAVON TEAM SPORTS, INC."


def test_a_payee_before_a_forms_rule() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, Payroll Transfers, Inc. hereby promises to pay to AccuStaff "
        "Incorporated or ------- registered assigns, the principal sum of Ten Million Dollars "
        "($10,000,000).\n"
    )
    assert _value(found, "lender") == "AccuStaff Incorporated"


def test_rates_the_note_names() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, COMPOSITECH LTD. hereby promises to pay to SOVCAP EQUITY PARTNERS, "
        "LTD. the principal sum of FIVE HUNDRED THOUSAND AND NO/100 DOLLARS (US $500,000.00), and\n"
        "to pay interest on such principal sum, at the rate of eight percent (8%) per\nannum (the "
        '"Note Rate") from the Original Issue Date until the one hundred eightieth day after the '
        'Original Issue Date (the "Maturity\nDate") and at the rate of eleven percent (11%) per '
        'annum (the "Default Rate")\nafter the Maturity Date until payment of all principal.\n'
    )
    assert _value(found, "interest.rate") == Decimal("0.08")
    assert _value(found, "interest.default_rate") == Decimal("0.11")


def test_a_margin_named_default_interest_rate_stays_a_margin() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, Walker Financial promises to pay to David Cohen the principal sum of "
        "$165,000.00. The principal amount evidenced by this Note shall bear interest at the rate "
        'of 11% per annum (the "Applicable Interest Rate"). Upon the occurrence of an event of '
        "Default, the outstanding principal amount shall bear interest until paid at the "
        'Applicable Interest Rate plus an\nadditional 2% per annum (the "Default Interest Rate").\n'
    )
    assert _value(found, "interest.rate") == Decimal("0.11")
    assert _value(found, "interest.default_rate") != Decimal("0.02")


def test_a_margin_in_an_indexs_fallback() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, the undersigned promises to pay to the order of INTERNATIONAL BANK OF "
        "COMMERCE the principal sum of $4,500,000.00. The interest rate shall be floating at the "
        "New York Prime Rate as it fluctuates from time to time. The NEW YORK PRIME RATE shall "
        "mean the annual lending rate of interest announced from time to time by a New York bank "
        "as its prime rate. If the New York Prime Rate has been selected as the Prime Rate and if, "
        "thereafter, a prime rate is not announced by that bank, then the International Bank of "
        "Commerce Prime Rate, minus one percent (1%) shall be the Prime Rate.\n"
    )
    assert _value(found, "interest.floating.margin") is None
    assert Decimal("-0.01") in _offered(found, "interest.floating.margin")


def test_no_premium_but_those_another_document_sets() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, MARSH LANE SURGICAL HOSPITAL, LLC promises to pay to the order of "
        "LEGACYTEXAS BANK the principal sum of $4,500,000.00. Borrower may prepay this Note in "
        "whole or in part at any time without premium or penalty (other than those set forth in "
        "the Loan Agreement, if any).\n"
    )
    assert _value(found, "prepayment.premium") is None
    assert "none" in _offered(found, "prepayment.premium")


def test_a_forms_name_labels() -> None:
    found = extract_text(
        "VARIABLE RATE DEMAND NOTE\n\nAs of December 30, 2022\n\n$8,750,000.00\n\nBORROWER "
        "(Name): AMR AUTO HOLDINGS – SM, LLC\n\n(Organizational Structure): limited liability "
        "company\n\nBANK: M&T BANK, a New York banking corporation with its principal banking "
        "office at One M&T Plaza, Buffalo, NY 14203. Attention: Office of General Counsel\n"
    )
    assert _value(found, "borrower") == "AMR AUTO HOLDINGS – SM, LLC"
    assert _value(found, "lender") == "M&T BANK"
