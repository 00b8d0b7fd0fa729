"""Mentions and their roles (``promissory.extract.mentions`` / ``roles``) on the phrasings issue 16
names, written here as short sentences (the corpus tests cover whole notes)."""

from __future__ import annotations

import datetime as dt
import tomllib
from decimal import Decimal

import pytest

from promissory.codec.terms_toml import parse_terms
from promissory.extract import extract_text, to_toml_draft
from promissory.extract.mentions import find_mentions
from promissory.extract.parties import introductions
from promissory.extract.span import SourceText


def _value(text: str, field: str) -> object:
    finding = extract_text(text).get(field)
    assert finding is not None, f"{field} not read from {text!r}"
    return finding.value


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("October 5, 2001", dt.date(2001, 10, 5)),
        ("February9, 2016", dt.date(2016, 2, 9)),
        ("the 1st day of April, 2014", dt.date(2014, 4, 1)),
        ("first day of May, 2007", dt.date(2007, 5, 1)),
        ("on the1st day ofOctober, 2005", dt.date(2005, 10, 1)),
        ("10/29/98", dt.date(1998, 10, 29)),
        ("11-12-2010", dt.date(2010, 11, 12)),
        ("96/08/26", dt.date(1996, 8, 26)),
    ],
)
def test_dates_in_their_written_forms(written: str, value: dt.date) -> None:
    source = SourceText(f"Dated {written} here.")
    (mention,) = [m for m in find_mentions(source) if m.kind == "date"]
    assert mention.value == value
    assert mention.numeric == ("/" in written or "-" in written)


def test_impossible_dates_are_not_mentions() -> None:
    source = SourceText("February 30, 2002 and 13/45/99")
    assert [m for m in find_mentions(source) if m.kind == "date"] == []


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("four and 0/100 percent (4.00%)", Decimal("0.04")),
        ("ONE AND 500/1000 percent (1.500%)", Decimal("0.015")),
        ("five and 0/100ths percent (5%)", Decimal("0.05")),
        ("six percent per annum (6%)", Decimal("0.06")),
        ("50 basis points", Decimal("0.005")),
        (".25%", Decimal("0.0025")),
    ],
)
def test_percentages_in_their_written_forms(written: str, value: Decimal) -> None:
    (mention,) = [m for m in find_mentions(SourceText(written)) if m.kind == "percent"]
    assert mention.value == value


def test_index_names_and_installment_counts() -> None:
    text = (
        "Interest at the Prime Rate plus 1%, or LIBOR, or the Applicable Federal Rate, payable in "
        "60 equal monthly installments."
    )
    mentions = find_mentions(SourceText(text))
    assert [m.value for m in mentions if m.kind == "index"] == ["PRIME", "LIBOR", "AFR"]
    (count,) = [m for m in mentions if m.kind == "count"]
    assert (count.value, count.detail) == (60, "monthly")


DEMAND_NOTE = (
    "DEMAND NOTE\nFebruary 5, 2020\nFor value received, PAYCE, LLC (\u201cMaker\u201d) promises to pay "
    "to the order of DAVID ROSENBERG (\u201cHolder\u201d), ON DEMAND, the principal sum set forth on "
    "Schedule A. Interest shall accrue at the blended Applicable Federal Rate. This Note may be "
    "prepaid in whole or in part without penalty or premium at any time. At the Holder's option, in "
    "the event the Maker fails to pay the principal amount outstanding when so demanded by the "
    "Holder, interest shall accrue thereafter at the rate provided herein plus five percent (5%) "
    "per annum."
)


def test_a_margin_over_the_note_rate_after_a_failure_to_pay_is_a_default_margin() -> None:
    extraction = extract_text(DEMAND_NOTE)
    assert extraction.get("interest.rate") is None  # issue 16: once read as a 5% rate at 0.95
    margin = extraction.get("interest.default_margin")
    assert margin is not None
    assert margin.value == Decimal("0.05")
    assert _value(DEMAND_NOTE, "interest.floating.index") == "AFR"
    assert _value(DEMAND_NOTE, "demand") is True
    assert _value(DEMAND_NOTE, "prepayment.premium") == "none"  # "penalty or premium"
    assert _value(DEMAND_NOTE, "issue_date") == dt.date(2020, 2, 5)  # a bare line under the title


def test_a_360_day_year_of_30_day_months_is_30_360() -> None:
    text = (
        "The principal balance shall bear interest at the rate of eight and twenty nine one "
        "hundredths percent (8.29%) per annum. Interest shall be calculated on the basis of a "
        "360-day year and computed each month in arrears on the basis of a 30-day month."
    )
    assert _value(text, "interest.day_count") == "30/360 US"
    assert _value(
        "Interest is computed on a 365/360 simple interest basis.", "interest.day_count"
    ) == ("ACT/360")
    year_of = (
        "Interest shall be computed on the basis of a year of 360 days and actual days elapsed."
    )
    assert _value(year_of, "interest.day_count") == "ACT/360"


def test_a_floating_rate_reads_index_margin_and_floor() -> None:
    text = (
        "Interest on the principal amount outstanding shall accrue at a variable rate equal to the "
        "greater of the floating Prime Rate as published in the Wall Street Journal, plus 50 basis "
        "points or 4.50%."
    )
    extraction = extract_text(text)
    assert extraction.value("interest.floating.index") == "PRIME"
    assert extraction.value("interest.floating.margin") == Decimal("0.005")
    assert extraction.value("interest.floating.floor") == Decimal("0.045")
    assert extraction.get("interest.rate") is None


def test_an_index_plus_margin_is_not_a_default_margin() -> None:
    text = (
        "So long as there is no default under this Note, interest shall be calculated at the "
        "variable rate of ONE AND 500/1000 percent (1.500%) per annum over the Index Rate."
    )
    extraction = extract_text(text)
    assert extraction.get("interest.default_margin") is None
    assert extraction.value("interest.floating.margin") == Decimal("0.015")


def test_installments_late_charge_and_security() -> None:
    text = (
        "SECURED PROMISSORY NOTE\nThe Note Rate is eight percent (8%) per annum. Principal and "
        "interest shall be payable in 60 equal monthly installments of $7,274.53 commencing on the "
        "1st day of April, 2014. Maker shall pay a late charge equal to five percent (5%) of any "
        "installment not paid within ten days of its due date."
    )
    extraction = extract_text(text)
    assert extraction.value("schedule.installment") == Decimal("7274.53")
    assert extraction.value("schedule.payments") == 60
    assert extraction.value("schedule.frequency") == "monthly"
    assert extraction.value("schedule.first_payment") == dt.date(2014, 4, 1)
    assert extraction.value("late_charge") == Decimal("0.05")
    assert extraction.value("secured") is True


def test_an_unsure_role_is_offered_not_proposed() -> None:
    extraction = extract_text("Interest, if any, is 7%.")  # no words say which rate it is
    assert extraction.get("interest.rate") is None
    assert [o.value for o in extraction.offered("interest.rate")] == [Decimal("0.07")]


def test_parties_with_addresses_individuals_and_joint_borrowers() -> None:
    text = (
        "FOR VALUE RECEIVED, MAALT, L.P., a Texas limited partnership, and GHMR OPERATIONS, "
        "L.L.C., a Texas limited liability company (collectively Borrowers), jointly and severally "
        "promise to pay to the order of PLAINSCAPITAL BANK (Lender), at its offices in Fort Worth."
    )
    found = {i.role: i.name for i in introductions(SourceText(text))}
    assert found == {"borrower": "MAALT, L.P.", "lender": "PLAINSCAPITAL BANK"}
    individual = (
        "For value received, PROTAGENIC THERAPEUTICS, INC., a Delaware corporation (the "
        "\u201cBorrower\u201d), promises to pay to PATRICE MCNICOLL, an individual, or his assigns "
        "(the \u201cHolder\u201d), the principal sum of $100,000.00."
    )
    found = {i.role: i.name for i in introductions(SourceText(individual))}
    assert found == {"borrower": "PROTAGENIC THERAPEUTICS, INC.", "lender": "PATRICE MCNICOLL"}


def test_a_draft_with_a_premium_loads_with_its_premium() -> None:
    text = (
        "PROMISSORY NOTE\nDated: March 1, 2021\nFOR VALUE RECEIVED, Acme Widgets, Inc., a Texas "
        'corporation ("Borrower"), promises to pay to the order of First Lending Bank ("Lender") '
        "the principal sum of One Hundred Thousand Dollars ($100,000.00), with interest at the rate "
        "of five percent (5%) per annum, due and payable in full on March 1, 2026. This Note may "
        "be prepaid with a prepayment premium equal to two percent (2%) of the principal prepaid."
    )
    draft = to_toml_draft(extract_text(text))
    assert 'premium = [{ until = 2026-03-01, percent = "0.02" }]' in draft
    data = tomllib.loads(draft)
    assert data["prepayment"]["premium"] == [{"until": dt.date(2026, 3, 1), "percent": "0.02"}]
    section = parse_terms(
        {
            **data,
            "currency": "USD",
            "revolving": False,
            "interest": {**data["interest"], "day_count": "ACT/360"},
            "waterfall": {"order": ["expenses", "default_interest", "interest", "principal"]},
        }
    ).prepayment
    assert section.premium[0].percent == Decimal("0.02")


def test_a_figure_broken_after_its_dollar_sign_is_read() -> None:
    """A form's cell "Loan Amount  $\\n1,004,466.97" used to raise instead of being read."""
    (mention,) = [
        m for m in find_mentions(SourceText("Loan Amount  $\n1,004,466.97")) if m.kind == "money"
    ]
    assert mention.value == Decimal("1004466.97")
