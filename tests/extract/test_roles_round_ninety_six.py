"""The ninety-sixth round of issue 16 (thirty-first session): what the session's third draw
(``heldout-mq`` … ``heldout-mu``) and the second's last misses showed — a default margin "4
percentage points above the Fixed Interest Rate" (its space lost), two rates named as the rate
borne before either is defined, "a year comprised of 365 days", "a 365-day year and a 366-day
leap year", a margin over a rate named "(the "Note Rate") of", a list of individual payees, "the
greater of (i) twelve percent … or (ii) … the Default Rate", an SBA form's names broken over
lines, "three and five-tenths of a percent", and an old note's indorsement under its makers.

Each case is a short note of its own."""

from __future__ import annotations

from decimal import Decimal

from role_notes import offered
from role_notes import value as _value

from promissory.extract import extract_text

#: The opening every case without its own puts its words after.
PROMISE_TEXT = (
    "PROMISSORY NOTE\n$4,000,000.00\nJanuary 10, 2000\nFOR VALUE RECEIVED, Acme Widgets, Inc. "
    "promises to pay to the order of First Bank the principal sum of Four Million Dollars "
    "($4,000,000.00).\n"
)


def test_a_default_margin_in_percentage_points_above_the_notes_rate() -> None:
    for gap in (" ", ""):
        found = extract_text(
            PROMISE_TEXT + "Interest shall accrue at the Fixed Interest Rate. “Default Rate” "
            f"means an annual interest rate equal to 4{gap}percentage points above the Fixed "
            "Interest Rate. “Fixed Interest Rate” means the annual interest rate of Six and Two "
            "Hundredths Percent (6.02%).\n"
        )
        assert _value(found, "interest.default_margin") == Decimal("0.04"), gap


def test_a_default_rate_more_than_the_interest_rate_stays_a_margin() -> None:
    found = extract_text(
        PROMISE_TEXT + "Interest shall accrue at eleven percent (11%) per annum. All amounts "
        "remaining due and unpaid after an Event of Default shall bear interest at the rate of "
        "five percent (5%) per annum more than the Interest Rate.\n"
    )
    assert _value(found, "interest.default_margin") == Decimal("0.05")


def test_a_margin_above_the_prime_rate_is_no_default_margin() -> None:
    found = extract_text(
        PROMISE_TEXT + "Interest shall accrue at a rate equal to two percent (2%) above the "
        "Prime Rate.\n"
    )
    assert _value(found, "interest.floating.margin") == Decimal("0.02")
    assert _value(found, "interest.default_margin") is None


def test_two_rates_named_as_the_rate_borne_before_either_is_defined() -> None:
    found = extract_text(
        PROMISE_TEXT + 'Prior to Maturity, this Note shall bear interest at a rate (the "Adjusted '
        'LIBOR Rate" or the "Adjusted Prime Rate") as set forth below. As used in this Note, the '
        "following terms shall have the meanings set forth below: Adjusted LIBOR Rate: the LIBOR "
        "Rate plus 2.0%\n"
    )
    assert _value(found, "interest.floating.margin") is None
    assert Decimal("0.020") in offered(found, "interest.floating.margin")


def test_actual_days_over_a_year_comprised_of_365_days() -> None:
    found = extract_text(
        PROMISE_TEXT + "Interest hereunder shall be computed on the actual number of days "
        "elapsed over a year comprised of 365 days.\n"
    )
    assert _value(found, "interest.day_count") == "ACT/365F"


def test_a_365_day_year_and_a_366_day_leap_year_is_no_fixed_year() -> None:
    found = extract_text(
        PROMISE_TEXT + "Interest shall be calculated on the basis of the actual days elapsed "
        "and a 365-day year and a 366-day leap year.\n"
    )
    assert _value(found, "interest.day_count") != "ACT/365F"


def test_a_margin_over_a_rate_named_note_rate_of() -> None:
    found = extract_text(
        PROMISE_TEXT + 'Interest shall accrue at the per annum rate (the "Note Rate") of one and '
        'three-quarters of one percent (1.75%) over "The Wall Street Journal Prime Rate," as the '
        "rate may change from time to time.\n"
    )
    assert _value(found, "interest.floating.margin") == Decimal("0.0175")
    assert _value(found, "interest.floating.index") == "PRIME"
    assert _value(found, "interest.default_margin") is None


def test_a_list_of_individual_payees() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, DEP NEVADA, INC., A NEVADA CORPORATION (“Borrower”), hereby "
        "unconditionally promises to pay to the order of CARY STIEBEL, JANA STIEBEL, JAYME "
        "RIVARD, ADRIAN DERMICEK, AND LAURIE JOHNSON (collectively “Lender”), the principal sum of "
        "Two Million Dollars ($2,000,000).\n"
    )
    assert _value(found, "lender") == "CARY STIEBEL"


def test_the_greater_of_a_rate_or_the_default_rate() -> None:
    found = extract_text(
        PROMISE_TEXT + "(b) Interest shall accrue on the outstanding balance of this Note at the "
        "greater of (i) twelve percent (12%) per annum, compounded monthly, or (ii) if "
        "applicable, the Default Rate (as defined in Paragraph 3(e)).\n"
    )
    assert _value(found, "interest.rate") == Decimal("0.12")
    assert _value(found, "interest.floating.floor") is None


def test_an_sba_forms_names_broken_over_lines() -> None:
    found = extract_text(
        "PROMISSORY NOTE\nPAYCHECK PROTECTION PROGRAM\nSBA Loan # 94252172-01\nDate 4/29/2020\n"
        "Loan Amount $3,477,412\nInterest Rate 1.00%\nSBA Loan Name Dynatronics\nCorporation\n"
        "Borrower Dynatronics\nCorporation\nLender Bank of the\nWest\n1. PROMISE TO PAY:\nIn "
        "return for the Loan, Borrower promises to pay to the order of Lender the amount of "
        "$3,477,412.\n"
    )
    assert _value(found, "borrower") == "Dynatronics Corporation"
    assert _value(found, "lender") == "Bank of the West"


def test_a_floor_in_tenths_of_a_percent() -> None:
    found = extract_text(
        PROMISE_TEXT + "This Note shall accrue interest at a variable rate per annum equal to "
        "the prime rate announced by Lender (the “Interest Rate”). Notwithstanding, the Interest "
        "Rate under this Note shall not be less than three\nand five-tenths of a percent (3.5%) "
        "per annum.\n"
    )
    assert _value(found, "interest.floating.floor") == Decimal("0.035")


def test_an_indorsement_under_an_old_notes_makers() -> None:
    found = extract_text(
        "which note and indorsement are as follows:\n“$2,225.00. Dayton, Iowa, Jan. 22nd, 1884.\n"
        "“On demand, after date, for value received, we promise to pay to Jonas O. Olson, or "
        "order, twenty-two hundred and twenty-five dollars, with interest at ten per cent, per "
        "annum.\n“No.-. Due-.\n“M Olson,\n“C. M. Olson.\n“Pay Arah Leonard, Miles Allen, or "
        "order.\n“Jonas O. Olson.”\n"
    )
    assert _value(found, "borrower") in {"C. M. Olson", "M Olson"}
    assert _value(found, "lender") == "Jonas O. Olson"


# What the session's fourth draw (``heldout-mv`` … ``heldout-mz``) showed.


def test_a_default_rate_over_a_banks_base_rate_is_no_margin_over_the_notes() -> None:
    found = extract_text(
        PROMISE_TEXT + "Interest shall be paid at a rate per annum equal to (x) LIBOR less 0.15% "
        "per annum and (y) with respect to any amount not paid when due, a rate per annum equal "
        "to the sum of the corporate base rate publicly announced by Big Trust Company, from time "
        "to time as its prevailing corporate base rate, which rate shall change when and as said "
        "corporate base rate changes, plus two percent (2.0%).\n"
    )
    assert _value(found, "interest.default_margin") is None


def test_the_holders_words_and_a_time_after_the_parties() -> None:
    found = extract_text(
        "DATE: October 22, 2007 MATURITY DATE: October 22, 2008 For value received, South "
        "Louisiana Ethanol LLC, on or after October 22, 2007 jointly, severally, and in solido, "
        "promises to pay to the order of ENGlobal Engineering, Inc., or Bearer at Houston, Texas, "
        "twelve million dollars ($12,000,000.00).\n"
    )
    assert _value(found, "borrower") == "South Louisiana Ethanol LLC"
    assert _value(found, "lender") == "ENGlobal Engineering, Inc."


def test_payees_described_as_individual_residents() -> None:
    found = extract_text(
        "FOR VALUE RECEIVED, EVO Transportation & Energy Services, Inc., a Delaware corporation "
        "(“Maker”), promises to pay to the order of John Lampsa and Ursula Lampsa, individual "
        "Wisconsin residents (“Holders”), the principal sum of $1,288,931.20.\n"
    )
    assert _value(found, "lender") == "John Lampsa"


def test_a_forms_ceiling_is_no_default_rate() -> None:
    found = extract_text(
        PROMISE_TEXT + "Interest shall accrue at 8.740% per annum. MAXIMUM INTEREST RATE. Under "
        "no circumstances will the interest rate on this Note exceed (except for any higher "
        "default rate shown below) the lesser of 21.000% per annum or the maximum rate allowed by "
        "applicable law.\n"
    )
    assert _value(found, "interest.default_rate") is None
    assert _value(found, "interest.default_margin") is None
    assert _value(found, "interest.rate") == Decimal("0.08740")


def test_a_forms_columns_before_the_first_ones_street() -> None:
    found = extract_text(
        "PRO URO CARE INC. CENTRAL BANK       6440 FLYING CLOUD DRIVE 6640 SHADY OAK ROAD\n"
        "Loan Number     926315001 EDEN PRAIRIE, MN 55344 EDEN PRAIRIE, MN 55344 Date\n"
        "05-11-2013   Loan Amount   $ 100,000.00 BORROWER'S\nNAME AND ADDRESS LENDER’S NAME AND "
        "ADDRESS\n\nI promise to pay you, at your address listed above, the PRINCIPAL sum of ONE\n"
        "HUNDRED THOUSAND AND\nNO/l00____ Dollars\n$ 100,000.00\n"
    )
    assert _value(found, "borrower") == "PRO URO CARE INC."
    assert _value(found, "lender") == "CENTRAL BANK"


def test_the_sba_written_out_in_the_heading() -> None:
    found = extract_text(
        "U.S. Small Business Administration\nNOTE\n(SECURED DISASTER LOANS)\nDate: 06.25.2020\n"
        "Loan Amount: $150,000.00\n1. PROMISE TO PAY: In return for the Loan, Borrower promises "
        "to pay to the order of SBA the amount of one hundred and fifty thousand and 00/100 "
        "Dollars, interest on the unpaid principal balance.\n"
    )
    assert _value(found, "lender") == "U.S. Small Business Administration"
