"""The eighty-third round of issue 16: the twenty-sixth session's second draw (``heldout-hh`` …
``heldout-hm``, rules frozen at 07faa6d) after its first and only scores.

* a payee named by initials defined once in brackets ("Lender: Xxxxx Horticultural Resources,
  Inc. (EHR)", then "promise to pay to EHR"): the name they stand for;
* a payment table headed "DATE" alone, its rows at each quarter's end: quarterly, and a row's
  date is not the note's.

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import PROMISE
from role_notes import value as _value

from promissory.extract import extract_text


def test_a_payees_name_then_its_cents_as_a_fraction() -> None:
    found = extract_text(
        '"No. 1. $40.00. Rapid City, S Dak., September 28, 1892. October 28, 1892 after date, we '
        "or either of us promise to pay to the order of Anna S. Goodale forty 00/100 at First "
        'National Bank of Rapid City, So. Dak., with interest at 12 per cent from maturity."\n'
    )
    assert _value(found, "lender") == "Anna S. Goodale"


def test_upon_demand_after_the_sum_in_the_heading() -> None:
    found = extract_text(
        '"Fayetteville, W. Va., March 24th, 1930.\n\n$3200.00 Upon demand we promise to pay to the '
        "order of Fayetteville Building Loan Association, a Corporation, Three Thousand, Two "
        'Hundred and No/100 ($3200.00) Dollars for Value received."\n'
    )
    assert _value(found, "demand") is True


def test_a_signers_abbreviated_given_name() -> None:
    found = extract_text(
        "“Friendly, W. Va., April 7th, 1904. Ninety days after date I promise to pay to the order "
        "of P. H. Anderson, Nine Hundred Fifty Four Dollars. Value received negotiable and "
        "payable at The First National Bank of Friendly, W. Va. Ed. K. Prince.”\n"
    )
    assert _value(found, "borrower") == "Ed. K. Prince"


def test_a_payee_named_by_its_initials() -> None:
    found = extract_text(
        "PROMISSORY NOTE AND GUARANTEE\nBorrowers: Penge Corp. Lender: Evergreen Horticultural\n"
        "Resources, Inc. (EHR)\nPrincipal Amount: $86,713.04 Date of Note: October 6, 2006\n"
        'PROMISE TO PAY. The Borrower Penge Corp promises to pay to EHR ("Lender"), or order, the '
        "principal amount of $86,713.04.\n"
    )
    assert _value(found, "lender") == "Evergreen Horticultural Resources, Inc."


def test_so_much_per_month_for_so_many_consecutive_months() -> None:
    found = extract_text(
        PROMISE + "the principal amount of $86,713.04 on the following schedule:\na) Four "
        "Thousand, Eighty One Dollars and Eighty-Eight Cents\n($4081.88) per month for 24 "
        "consecutive months beginning on or\nbefore October 25, 2006 and on or before the 25th "
        "day of each\nmonth until October 25, 2008.\n"
    )
    assert _value(found, "schedule.installment") == Decimal("4081.88")
    assert _value(found, "schedule.first_payment") == dt.date(2006, 10, 25)
    assert _value(found, "schedule.frequency") == "monthly"


def test_as_of_a_day_on_the_date_line() -> None:
    found = extract_text(
        "PROMISSORY NOTE\n\n$2,653,701   College Park, Maryland\n    as of April 30, 2001\n\n"
        "FOR VALUE RECEIVED, Neuralstem, Inc. promises to pay to the order of Gene Logic, Inc. the "
        "principal sum of Two Million Six Hundred and Fifty Three Thousand Seven Hundred and One "
        "Dollars ($2,653,701), at a fixed rate of interest equal to six percent (6%) per annum.\n"
    )
    assert _value(found, "issue_date") == dt.date(2001, 4, 30)


def test_a_date_column_of_quarter_ends() -> None:
    found = extract_text(
        "PROMISSORY NOTE\n$2,500,000\nMay 15, 2003\n" + PROMISE + "the principal sum of Two "
        "Million Five Hundred Thousand dollars ($2,500,000) on the following dates in the "
        "following amounts:\n| DATE\nJuly 31, 2003\nOctober 31, 2003\nJanuary 31, 2004\nApril 30, "
        "2004\nJuly 31, 2004\n|AMOUNT TO BE REPAID\n$500,000 plus interest\n"
    )
    assert _value(found, "schedule.frequency") == "quarterly"
    assert _value(found, "issue_date") != dt.date(2003, 7, 31)


def test_a_statutes_approval_is_not_the_notes_date() -> None:
    found = extract_text(
        "“On the 1st day of January, 1893, the County of Taylor, in pursuance of an act of the "
        "General Assembly of the Commonwealth of Kentucky, approved February 14, 1888, promises "
        "and agrees to pay to John N. Turner the sum of $15,027.00.”\n"
    )
    assert _value(found, "issue_date") is None


def test_a_payees_office_after_his_name() -> None:
    found = extract_text(
        '"I promise to pay to John Quertermous, special treasurer of Livingston county, Kentucky, '
        'One Thousand Dollars ($1,000.00), in three equal installments."\nChas. H. Webb.\n'
    )
    assert _value(found, "lender") == "John Quertermous"
