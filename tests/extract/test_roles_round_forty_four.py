"""The forty-fourth round of issue 16: mistakes of ``heldout-ck``, ``heldout-cl`` and
``heldout-cm``, read after each part's first and only score, each made a rule of its kind.

* "with interest until maturity at the rate of Twenty Percent (20%) per annum, payable on the 10
  day of February, 1985 and on the 10 day of February, 1986": days of interest, neither the
  maturity nor the note's date (a confidently wrong date the forty-third round's reading of "on
  the … day of" let in);
* "Due 6/4/25" on a note written "Dec. 21, 1924": a two-digit year in the century of the years the
  note writes out;
* "This Promissory Note amends, restates, replaces and supersedes … the … Promissory Note numbered
  00079054T03-A, dated as of September 30, 2020": the date of the note it replaces;
* a bank form's "from 04-09-2008 at the rate of 5.750 % per year until 04-10-2008": a rate for one
  day before the variable rate, not the note's rate (the same form's rate to its maturity still is);
* "the undersigned Debtor promises to pay": no maker's name;
* "the Merchants National Bank, of Wimbledon, N. D., or order": the bank, not its town;
* "shall never accrue at a rate less than five (5%) percent per annum": a floor;
* "due and owing in full upon December 31, 2009", and "… commencing on December 30, 1997 and
  continuing through and including September 30, 2007.": the maturity.

Each case is a short note of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from role_notes import PROMISE, offered
from role_notes import value as _value

from promissory.extract import extract_text
from promissory.extract.mentions import date_mentions
from promissory.extract.span import SourceText
from promissory.extract.terms import schedule_table


def test_days_of_interest_are_not_the_maturity_or_the_date() -> None:
    found = extract_text(
        '"ON OR BEFORE two years after date, for value received, the undersigned Debtor promises '
        "to pay to the order of ROBERT A. GUISINGER the sum of TWENTY FIVE THOUSAND DOLLARS, with "
        "interest until maturity at the rate of Twenty Percent (20%) per annum, payable on the 10 "
        "day of February, 1985 and on the 10 day of February, 1986.\n"
    )
    assert _value(found, "maturity") is None
    assert _value(found, "issue_date") is None
    assert _value(found, "borrower") is None
    assert _value(found, "interest.rate") == Decimal("0.20")


def test_a_two_digit_year_in_the_century_the_note_writes() -> None:
    text = "Tulsa, Okla., June 4, 1924. Due 6/4/25. One year after date I promise to pay.\n"
    days = [m.value for m in date_mentions(SourceText(text))]
    assert dt.date(1925, 6, 4) in days
    assert dt.date(2025, 6, 4) not in days


def test_the_date_of_the_note_it_replaces() -> None:
    found = extract_text(
        "AMENDED AND RESTATED PROMISSORY NOTE\nRECITALS\n(A) This Promissory Note amends, "
        "restates, replaces and supersedes, but does not constitute payment of the indebtedness "
        "evidenced by, the promissory note set forth in the Amended and Restated Letter of Credit "
        "Promissory Note numbered 00079054T03-A, dated as of September 30, 2020, between Lender "
        "and the Borrower.\n" + PROMISE + "the principal sum of $500,000.00.\n"
    )
    assert _value(found, "issue_date") is None


def test_a_rate_for_one_day_is_not_the_notes_rate() -> None:
    one_day = extract_text(
        PROMISE + "the principal sum of $40,040.00.\nINTEREST: I agree to pay interest on the "
        "outstanding principal balance from 04-09-2008 at the rate of 5.750 % per year until "
        "04-10-2008 .\n"
    )
    assert _value(one_day, "interest.rate") is None
    to_maturity = extract_text(
        PROMISE + "the principal sum of $1,150,000.00.\nINTEREST: I agree to pay interest on the "
        "outstanding principal balance from 10-28-2003 at the rate of 8.975% per year until "
        "09-28-2007.\n"
    )
    assert _value(to_maturity, "interest.rate") == Decimal("0.08975")


def test_a_bank_without_its_town() -> None:
    found = extract_text(
        "Wimbledon, N. D., Dec. 21, 1912.\nOne year after date, for value received, I promise to "
        "pay to the Merchants National Bank, of Wimbledon, N. D., or order, three hundred dollars, "
        "$300, at the Merchants National Bank in Wimbledon, N. D.\n"
    )
    assert _value(found, "lender") == "Merchants National Bank"


def test_a_rate_it_never_falls_below_is_a_floor() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $7,000,000.00. Interest on the principal balance from time "
        "to time outstanding will be payable at a rate equal to the three month LIBOR RATE plus "
        "four hundred (400) basis points. Interest accruing on the principal balance outstanding "
        "hereunder shall never accrue at a rate less than five (5%) percent per annum.\n"
    )
    assert _value(found, "interest.floating.floor") == Decimal("0.05")
    assert _value(found, "interest.rate") is None


def test_due_and_owing_in_full_upon() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $100,000.00 with interest at ten percent (10%) per annum. "
        "The entire balance of unpaid principal and accrued interest are due and owing in full "
        "upon December 31, 2009.\n"
    )
    assert _value(found, "maturity") == dt.date(2009, 12, 31)


def test_installments_continuing_through_the_maturity() -> None:
    found = extract_text(
        PROMISE + "the principal sum of $7,700,000.00, payable in 40 quarterly installments of "
        "$293,965.82 each on the 30th day of December, March, June and September commencing on "
        "December 30, 1997 and continuing through and including September 30, 2007.\n"
    )
    assert _value(found, "maturity") == dt.date(2007, 9, 30)
    assert dt.date(2007, 9, 30) not in offered(found, "schedule.first_payment")


def test_a_first_installment_before_the_date_stays_out_of_the_schedule_table() -> None:
    # note 102's words: its draft failed to load once the maturity was read
    found = extract_text(
        '$70,999.54 June 5, 2007\nKnobias, Inc., a Delaware corporation (the "Company"), '
        'promises to pay to the order of Timothy Aylor (the "Holder"), the principal sum of '
        "Seventy Thousand Nine Hundred Ninety Nine Dollars and Fifty-Four Cents ($70,999.54), "
        "without interest, which shall be payable in forty-eight (48) equal consecutive monthly "
        "installments of principal in the amount of One Thousand Four Hundred Seventy Nine "
        "Dollars and Sixteen Cents ($1,479.16) on the first business day of each month commencing "
        "June 1, 2007, and continuing through and including May 1, 2011.\n"
    )
    assert _value(found, "schedule.first_payment") == dt.date(2007, 6, 1)
    assert _value(found, "maturity") == dt.date(2011, 5, 1)
    table, why = schedule_table(found)
    assert table is None
    assert "is not after the issue date 2007-06-05" in why
