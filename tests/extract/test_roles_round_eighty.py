"""The eightieth round of issue 16: misses of the twenty-fifth session's first draw
(``heldout-gp`` … ``heldout-gu``, rules frozen at 86b2895) after their first and only scores.

* a court's words about the note ("no part thereof has been paid except the sum of $78.22") do
  not dispute the quoted note's own amount, rate or date: offered, not weighed against them;
* a note the court introduces ("The note was in the following form: “…”") is the quoted note
  even when a scan garbled its promise ("Ave promise to jjay"), and "secured" read outside a
  quoted note is inferred at most, as rates, amounts and dates are;
* "$1,000.000.00" (a comma, then full stops) is a million; a payee's "d/b/a" and street address
  before the sum;
* 'FLEET BANK, NATIONAL ASSOCIATION, as Agent ("Agent")': the payee "Agent" is the bank;
* "the actual number of days elapsed and on the basis of a year consisting of 365 days, and a
  month consisting of 30 days": no one day count;
* a scan's "ten -per cent"; an old note's "at ten per centum from date";
* "at the rate of 8.98% per annum, such rate to be adjusted each July 28 for increase in
  Consumer Price Index": a first rate, not the rate;
* "at the greater of the Reference Rate or at the rate of nine percent (9%)": a least rate;
* "with interest from maturity date at the rate of 8 per cent": the rate after the note falls
  due;
* "And to secure the payment of this note; and in consideration of One Dollar in hand paid I
  hereby mortgage …": a secured note;
* a page marker with a scan's bullet run into a word ("at Waupaca *472•County National Bank").

Each case is a short note of its own."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from role_notes import PROMISE, offered
from role_notes import value as _value

from promissory.extract import extract_file, extract_text


def test_the_courts_account_of_a_payment_does_not_dispute_the_notes_sum() -> None:
    found = extract_text(
        "The defendant in error brought suit upon a promissory note, of which the following is a "
        "copy:\n“Ames, Iowa, May 4, 1887.\n“ One year after date I promise to pay to the order of "
        "Martin Cole, at First National Bank, Ames, Iowa, nine hundred dollars, value received, "
        "with interest at the rate of eight per cent per annum.\n“D. R. Hale.”\n"
        "The petition alleges that no part thereof has been paid except the sum of $61.40.\n"
    )
    assert _value(found, "commitment") == Decimal("900.00")
    assert Decimal("61.40") in offered(found, "commitment")


def test_a_note_the_court_introduces_though_its_promise_is_garbled() -> None:
    found = extract_text(
        "This action was brought to foreclose a mortgage given to secure the note, which the court "
        "allowed with interest at six per cent, per annum from its date. The note was in the "
        "following form: “$300. Omaha, Neb., Feb. 2, 1905. One year after date Ave promise to "
        "jjay to the order of Carl Lund three hundred dollars at Omaha. Peter Moe.” The makers "
        "tendered $300.50 at maturity.\n"
    )
    rate = found.get("interest.rate")
    assert rate is None or rate.confidence <= Decimal("0.70")
    secured = found.get("secured")
    assert secured is None or secured.confidence <= Decimal("0.70")


def test_a_million_written_with_a_comma_then_full_stops(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(
        "PROMISSORY NOTE\n\n$2,000.000.00                                     May 1, 2001\n\n"
        "     FOR VALUE RECEIVED, the undersigned promises to pay to Summit Air, Inc., d/b/a "
        "Summit Charter, of 1200 W. Airport Road, Ogden, Utah 84401, Two Million and No/100 "
        "Dollars ($2,000,000.00), together with interest at the rate of six percent (6%) per "
        "annum.\n"
    )
    assert _value(extract_file(note), "commitment") == Decimal("2000000.00")


def test_a_payee_defined_as_agent_is_the_bank() -> None:
    found = extract_text(
        "DEMAND NOTE\n$10,000,000\nNew York, New York June 1, 2000\nPursuant to that certain "
        "Splitter Agreement made as of the date hereof between\nHARBOR BANK, NATIONAL "
        'ASSOCIATION, as Agent ("Agent"), having its principal office at 1 Main Street, and\n'
        'ACME REALTY FUND II, L.P., a Delaware limited partnership ("Borrower"):\n'
        "Borrower promises to pay to the order of Agent the principal sum of Ten Million "
        "Dollars ($10,000,000) on demand.\n"
    )
    assert _value(found, "lender") == "HARBOR BANK, NATIONAL ASSOCIATION"


def test_actual_days_a_365_day_year_and_30_day_months_name_no_one_count() -> None:
    found = extract_text(
        PROMISE + "the sum of $340,000 with interest at ten percent (10%) per annum. Interest on "
        "this Note shall be computed for the actual number of days elapsed and on the basis of a "
        "year consisting of 365 days, and a month consisting of 30 days.\n"
    )
    assert _value(found, "interest.day_count") is None


def test_a_scans_hyphen_before_per_cent() -> None:
    found = extract_text(
        "“ Three years after date, I promise to pay to the order of Amos Pike, $600, for value "
        "received, with interest from date at the rate of ten -per cent, per annum.\n"
        "(Signed) Levi Hart.”\n"
    )
    assert _value(found, "interest.rate") == Decimal("0.10")


def test_at_ten_per_centum_from_date() -> None:
    found = extract_text(
        "$212.50. Danville, Sept. 3, 1857.\nOne year after date I promise to pay Jno. Reeve or "
        "order $212.50, at ten per centum from date.\nSamuel Ott.\n"
    )
    assert _value(found, "interest.rate") == Decimal("0.10")


def test_a_rate_to_be_adjusted_for_the_consumer_price_index() -> None:
    found = extract_text(
        PROMISE + "the sum of Two Million and 00/100 ($2,000,000.00) Dollars, on or before June 1, "
        "2009 together with interest thereon, payable in arrears, at the rate of 7.45% per annum, "
        "such rate to be adjusted each June 1 for increase in the Consumer Price Index, as "
        "follows:\n"
    )
    assert _value(found, "interest.rate") is None


def test_the_greater_of_a_named_rate_or_a_percent_is_a_least_rate() -> None:
    found = extract_text(
        PROMISE + "the sum of $3,000,000. Interest shall be paid on any outstanding principal "
        "amount due hereunder in excess of ONE MILLION DOLLARS ($1,000,000) at the greater of "
        "the Reference Rate or at the rate of eight percent (8%) per annum.\n"
    )
    assert _value(found, "interest.rate") is None


def test_interest_from_maturity_date_at_a_rate() -> None:
    found = extract_text(
        "$90.00                Dublin, GA. Feb. 3, 1922\n    On Oct 1st after date, I promise to "
        "pay to S. T. Bell or order, the sum of\nNinety & No/100 DOLLARS\nvalue received; with "
        "interest from maturity date at the rate of 8 per cent, per annum.\n"
    )
    assert _value(found, "interest.default_rate") == Decimal("0.08")
    assert _value(found, "interest.rate") is None


def test_to_secure_the_payment_of_this_note_then_a_consideration_then_a_mortgage() -> None:
    found = extract_text(
        "On Oct 1st after date, I promise to pay to S. T. Bell or order, the sum of Ninety & "
        "No/100 DOLLARS value received. And to secure the payment of this note; and in "
        "consideration of One Dollar in hand paid I hereby mortgage to the said S. T. Bell the "
        "following property to wit: one red cow.\n"
    )
    assert _value(found, "secured") is True


def test_a_page_marker_and_a_bullet_run_into_a_word(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(
        "This action was commenced in justice's court to recover on the following note:\n"
        '" $200. Iola, Wisconsin, May 1st, 1897.\n" One year after date, for value received, I '
        "promise to pay to the order of Hans Berg, at Iola *311•County Bank, Iola, Wisconsin, "
        'two hundred dollars.\n" Ole Lee."\n'
    )
    assert _value(extract_file(note), "lender") == "Hans Berg"
