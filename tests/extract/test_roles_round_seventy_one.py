"""The seventy-first round of issue 16: misses of the twenty-second session's third draw
(``heldout-fl``, ``heldout-fm``, ``heldout-fn``) after their first and only scores, and two left
over from the second (``heldout-fi``, ``heldout-fj``).

* demand: "This Note shall bear interest at a rate of 5% per year … and shall mature upon demand
  by the Payee" (a demand note, and its rate is no rate after default); "… Dollars with Interest on
  demand";
* "the interest rate shall increase from 8% per annum to 10% per annum" after a default: the rate
  after default is the second;
* "The sum of $14,445.63 shall be paid on the 1st day of February 2011, and on the 1st day of each
  and every month thereafter": an installment, not the note's sum;
* payees: "HEREBY PROMISES TO PAY IN FULL to the order of Avtel Communications, Inc.", "James
  Madison Esqr.", "the Albert Lea College"; a maker after "FOR VALUABLE CONSIDERATION" who "does
  hereby promise";
* "This does not draw interest either before or after date"; "The entire sum … shall be pledged on
  or before June 12, 1918" is no maturity; a court reporter's page marker run into a word ("to
  *527pay");
* "the earlier to occur of (a) May 18, 2016 or (b) any earlier date …"; "the earlier of: (a) the
  closing of the next round of financing …; or (b) March 31, 2008"; "without payment of any
  prepayment fee or penalty";
* a maker described after its defined term ('… (hereinafter called the "Corporation"), a
  corporation organized … , for value received, promises'); "The Lender is Fifth Third Mortgage
  Company" with its full stop lost; the days of a "loan contract, dated as of", of "the Credit
  Agreement between … dated", of "that certain Promissory Note … dated" are not the note's.

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from role_notes import value as _value

from promissory.extract import extract_file, extract_text


def test_a_demand_notes_rate_is_no_rate_after_default() -> None:
    found = extract_text(
        'FOR VALUE RECEIVED, the undersigned, Citadel Technology, Inc. (the "Maker"), promises to '
        'pay to the order of How2HQ.com, Inc. (the "Payee") the principal sum of $451,503.94.\n'
        "This Note shall bear interest at a rate of 5% per year (simple interest) and shall mature "
        "upon demand by the Payee, at which time all outstanding principal and interest shall be "
        "due and payable.\n"
    )
    assert _value(found, "interest.default_rate") is None
    assert _value(found, "interest.rate") == Decimal("0.05")
    assert _value(found, "demand") is True


def test_with_interest_on_demand() -> None:
    found = extract_text(
        "$7.500.\nWashington April 4th. 1817.\nFor value received, I promise to pay to James "
        "Madison Esqr. or order Seven thousand, five hundred Dollars with Interest on demand.\n"
        "Richard Cutts\n"
    )
    assert _value(found, "demand") is True
    assert _value(found, "lender") == "James Madison"


def test_the_rate_increases_from_one_to_another_after_default() -> None:
    found = extract_text(
        "Zeros & Ones, Inc. promises to pay to the order of WAA, LLC the principal sum of "
        "$350,000 with interest at the rate of 8% per annum. Upon an Event of Default, and so long "
        "as that Event of Default continues, the interest rate shall increase from 8% per annum "
        "to 10% per annum from the date of the Event of Default.\n"
    )
    assert _value(found, "interest.default_rate") == Decimal("0.10")
    assert _value(found, "interest.rate") == Decimal("0.08")


def test_the_sum_paid_each_month() -> None:
    found = extract_text(
        "PURCHASE MONEY NOTE\n$2,100,000.00\nFOR VALUE RECEIVED, SONO-TEK INDUSTRIAL PARK LLC "
        "(the “Mortgagor”), promises to pay to the order of JEAN K. WOODWARD (the “Seller”) the "
        "sum of TWO MILLION ONE HUNDRED THOUSAND AND NO/100 ($2,100,000.00) DOLLARS payable as "
        "follows:\nThe sum of $14,445.63 shall be paid on the 1st day of February 2011, and on the "
        "1st day of each and every month thereafter from which sum interest at the rate of five "
        "and one/half (5-1/2%) percent per annum shall first be credited.\n"
    )
    assert _value(found, "commitment") == Decimal("2100000.00")
    assert _value(found, "schedule.installment") == Decimal("14445.63")
    assert _value(found, "schedule.frequency") == "monthly"


def test_payees_after_in_full_and_a_college() -> None:
    found = extract_text(
        "Demand Promissory Note $59,500.00 December 2, 1998 FOR VALUE RECEIVED, the undersigned, "
        'Craig Clark ("Borrower") HEREBY PROMISES TO PAY IN FULL to the order of Avtel '
        'Communications, Inc. ("Lender"), the principal sum of $59,500.00.\n'
    )
    assert _value(found, "lender") == "Avtel Communications, Inc."
    found = extract_text(
        "On or before one year from date, for value rec'd, I promise to pay to the Albert Lea "
        "College twenty-five hundred dollars, to be used as an endowment. This does not draw "
        "interest either before or after date.\n"
    )
    assert _value(found, "lender") == "Albert Lea College"
    assert _value(found, "interest.rate") == Decimal(0)


def test_for_valuable_consideration_a_maker_does_hereby_promise() -> None:
    found = extract_text(
        "DEFICIT NOTE $3,000,000.00 Las Vegas, Nevada December 28, 2001 FOR VALUABLE "
        'CONSIDERATION, METROFLAG BP, LLC, a Nevada limited liability company ("PROMISER") does '
        "hereby promise to pay to the order of GRAND CASINOS NEVADA I, INC., a Minnesota "
        'corporation ("PROMISEE"), the principal sum of Three Million and no/100 Dollars '
        "($3,000,000.00).\n"
    )
    assert _value(found, "borrower") == "METROFLAG BP, LLC"


def test_a_subscriptions_pledging_day_is_no_maturity() -> None:
    found = extract_text(
        '"Los Angeles, May 24th, 1918.\n"I hereby subscribe and will pay to the University of '
        "Southern California the sum of Two Hundred Thousand Dollars ($200,000.) on the following "
        'terms and conditions:\n"1. The entire sum of One Million Dollars asked, shall be pledged '
        'on or before June 12, 1918.\n"2. This subscription shall be due and payable one (1) day '
        "after my death.\n"
    )
    assert _value(found, "maturity") is None


def test_a_page_marker_run_into_a_word(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(
        "On or before one year from date, for value rec'd, I promise to *527pay to the Albert Lea "
        "College twenty-five hundred dollars.\n",
        encoding="utf-8",
    )
    assert _value(extract_file(note), "lender") == "Albert Lea College"


def test_the_earlier_to_occur_of_a_date_or_an_event() -> None:
    found = extract_text(
        "BR-TBR WHETSTONE OWNER, LLC promises to pay to the order of KeyBank National Association "
        "the principal sum of $25,147,500.00. The entire principal balance of this Note then unpaid "
        "shall be due and payable in full on the earlier to occur of (a) May 18, 2016 or (b) any "
        "earlier date that the indebtedness evidenced by this Note shall become due and payable.\n"
    )
    assert _value(found, "maturity") == dt.date(2016, 5, 18)


def test_the_date_after_an_events_option_and_a_prepayment_fee() -> None:
    found = extract_text(
        "GREEN EARTH TECHNOLOGIES, INC. promises to pay to the order of Simon Higgs the principal "
        "sum of $300,000. The entire unpaid principal balance of this Note shall be immediately "
        "due and payable in full on the earlier of: (a) the closing of the next round of financing "
        "of Green Earth Technologies, Inc. in the amount of at least $3,000,000; or (b) March 31, "
        "2008.\nThis Note may be paid in full or in part at any time without payment of any "
        "prepayment fee or penalty.\n"
    )
    assert _value(found, "maturity") == dt.date(2008, 3, 31)
    assert _value(found, "prepayment.premium") == "none"


def test_a_maker_described_after_its_defined_term() -> None:
    found = extract_text(
        'DEKALB TELEPHONE COOPERATIVE (hereinafter called the "Corporation"), a corporation '
        "organized and existing under the laws of the State of Tennessee, for value received, "
        "promises to pay to the order of UNITED STATES OF AMERICA (hereinafter called the "
        '"Government"), the sum of fifteen million five hundred fifty-nine thousand dollars '
        "($15,559,000), with interest on the amount thereof advanced by the Government, pursuant "
        "to a certain telephone loan contract, dated as of October 15, 1951, between the "
        "Government and the Corporation.\n"
    )
    assert _value(found, "borrower") == "DEKALB TELEPHONE COOPERATIVE"
    assert _value(found, "issue_date") is None


def test_the_lender_is_a_company_whose_full_stop_was_lost() -> None:
    found = extract_text(
        "In return for a loan that I have received, I promise to pay U.S. $ 320,000.00\n(this "
        'amount is called "Principal"),\nplus interest, to the order of the Lender. The Lender is '
        "Fifth Third Mortgage Company\nI will make all payments under this Note in the form of "
        "cash, check or money order.\n"
    )
    assert _value(found, "lender") == "Fifth Third Mortgage Company"


def test_other_documents_days_are_not_the_notes() -> None:
    for heading, other in (
        (
            "PROMISSORY NOTE\nJanuary 30, 2006\n",
            "THIS NOTE IS SUBJECT TO THE TERMS OF THE CREDIT AGREEMENT BETWEEN GOLDEN GRAIN "
            "ENERGY, LLC AND HOME FEDERAL SAVINGS BANK DATED JANUARY 16, 2004, AS AMENDED.\n",
        ),
        (
            "FUTURE ADVANCE PROMISSORY NOTE\nMarch 12, 2009\n",
            "WHEREAS, this Note is a future advance under that certain Promissory Note (the "
            "“Original Note”) dated November 1, 2004, from the undersigned Borrower.\n",
        ),
    ):
        found = extract_text(
            other + heading + "FOR VALUE RECEIVED, the undersigned promises to pay to the order "
            "of SUNTRUST BANK the principal sum of $2,500,000.00.\n"
        )
        assert _value(found, "issue_date") in (dt.date(2006, 1, 30), dt.date(2009, 3, 12)), other
