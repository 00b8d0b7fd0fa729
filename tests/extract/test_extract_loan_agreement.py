"""Loan-agreement phrasing, on short synthetic paragraphs written for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from promissory.extract import Extraction, extract_text

AGREEMENT = """\
                                LOAN AGREEMENT

     This Loan Agreement is made as of October 5, 2001 by and between Valence
Technology, Inc., a Delaware corporation ("Borrower"), and Berg & Berg
Enterprises, LLC, a California limited liability company ("Lender").

     2.1 LOANS. Lender agrees to make advances to Borrower from time to time
until September 30, 2003 in an aggregate principal amount not to exceed Twenty
Million Dollars ($20,000,000). Amounts repaid or prepaid may not be reborrowed.

     2.3 INTEREST. The unpaid principal balance of the Loans shall bear simple
interest at the rate of eight percent (8%) per annum, but in no event more than
the maximum rate permitted by applicable law. Interest shall be computed on the
basis of a 360-day year for the actual number of days elapsed, including the
first day but excluding the last day. All accrued interest shall be payable at
maturity.

     2.4 DEFAULT RATE. While an Event of Default continues, the Loans shall bear
interest at a rate equal to two percent (2%) above the rate otherwise applicable.

     2.5 APPLICATION OF PAYMENTS. All payments shall be applied first to Lender
Expenses, second to accrued and unpaid interest, and then to principal.
"""


def _value(extraction: Extraction, field: str) -> object:
    finding = extraction.get(field)
    assert finding is not None, f"{field} not found in {extraction.findings}"
    return finding.value


@pytest.fixture(scope="module")
def agreement() -> Extraction:
    return extract_text(AGREEMENT)


@pytest.mark.parametrize(
    ("field", "value", "source"),
    [
        ("issue_date", None, None),
        ("borrower", "Valence Technology, Inc.", "Valence\nTechnology, Inc."),
        ("parties.borrower.jurisdiction", "Delaware", "Delaware"),
        ("lender", "Berg & Berg Enterprises, LLC", "Berg & Berg\nEnterprises, LLC"),
        ("parties.lender.entity_type", "limited liability company", "limited liability company"),
        ("commitment", Decimal("20000000.00"), "Twenty\nMillion Dollars ($20,000,000)"),
        ("draw_period_end", dt.date(2003, 9, 30), "September 30, 2003"),
        ("revolving", False, "may not be reborrowed"),
        ("interest.rate", Decimal("0.08"), "eight percent (8%)"),
        ("interest.compounding", "simple", "simple\ninterest"),
        ("interest.day_count", "ACT/360", None),
        ("interest.count_first_and_last_day", False, "excluding the last day"),
        ("interest.payable", "maturity", None),
        ("interest.default_margin", Decimal("0.02"), "two percent (2%)"),
        ("interest.lawful_maximum", "maximum lawful rate", None),
        ("waterfall.order", ("expenses", "interest", "principal"), None),
    ],
)
def test_agreement_field(
    agreement: Extraction, field: str, value: object, source: str | None
) -> None:
    finding = agreement.get(field)
    if (
        field == "issue_date"
    ):  # "made as of" is not a dateline: the agreement date is not the note's
        assert finding is None
        return
    assert finding is not None, f"{field} not found"
    assert finding.value == value
    assert AGREEMENT[finding.span.start : finding.span.end] == finding.source_text
    if source is not None:
        assert finding.source_text == source


def test_kind_and_no_warnings(agreement: Extraction) -> None:
    assert agreement.document_kind == "loan agreement"
    assert agreement.warnings == ()


def test_day_count_span_covers_basis_and_actual_days(agreement: Extraction) -> None:
    finding = agreement.get("interest.day_count")
    assert finding is not None
    assert finding.source_text == "360-day year for the actual number of days elapsed"
    assert finding.confidence == Decimal("0.90")


@pytest.mark.parametrize(
    ("sentence", "field", "value"),
    [
        (
            "Interest shall be calculated on the basis of a 365-day year for the actual "
            "number of days elapsed, counting both the first and last day.",
            "interest.day_count",
            "ACT/365F",
        ),
        (
            "Interest shall be calculated on the basis of a 365-day year for the actual "
            "number of days elapsed, counting both the first and last day.",
            "interest.count_first_and_last_day",
            True,
        ),
        (
            "Interest shall be computed on the basis of a 360-day year consisting of twelve "
            "30-day months.",
            "interest.day_count",
            "30/360 US",
        ),
        (
            "The Note shall bear interest at three and one-half percent (3.5%) per annum, "
            "payable quarterly in arrears.",
            "interest.rate",
            Decimal("0.035"),
        ),
        (
            "The Note shall bear interest at three and one-half percent (3.5%) per annum, "
            "payable quarterly in arrears.",
            "interest.payable",
            "quarterly",
        ),
        (
            "Upon an Event of Default the rate shall be the Interest Rate plus two percent (2%).",
            "interest.default_margin",
            Decimal("0.02"),
        ),
        ("Interest shall be compounded monthly.", "interest.compounding", "monthly"),
        (
            "Principal may be repaid and reborrowed at any time before the Maturity Date.",
            "revolving",
            True,
        ),
        ("This Note may not be prepaid.", "prepayment.allowed", False),
        (
            "Any prepayment shall be accompanied by a prepayment premium equal to two percent "
            "(2%) of the principal prepaid.",
            "prepayment.premium",
            "0.02",
        ),
        (
            "Payments shall be applied first to costs and expenses, then to default interest, "
            "then to accrued interest and finally to principal.",
            "waterfall.order",
            ("expenses", "default_interest", "interest", "principal"),
        ),
        ("This Note is unsecured.", "secured", False),
        ("All amounts shall be rounded down to the nearest cent.", "rounding.mode", "down"),
        (
            "The Maturity Date means September 30, 2006.",
            "maturity",
            dt.date(2006, 9, 30),
        ),
    ],
)
def test_phrasing(sentence: str, field: str, value: object) -> None:
    extraction = extract_text(sentence)
    assert _value(extraction, field) == value


def test_absolute_default_rate_gives_the_margin() -> None:
    text = (
        "The Loans shall bear interest at the rate of eight percent (8%) per annum. "
        "After an Event of Default, the Loans shall bear interest at the default rate of ten "
        "percent (10%) per annum."
    )
    extraction = extract_text(text)
    assert _value(extraction, "interest.rate") == Decimal("0.08")
    assert _value(extraction, "interest.default_rate") == Decimal("0.10")
    margin = extraction.get("interest.default_margin")
    assert margin is not None
    assert margin.value == Decimal("0.02")
    assert margin.confidence == Decimal("0.70")


def test_ambiguous_basis_is_warned_not_settled() -> None:
    extraction = extract_text("Interest shall be computed on the basis of a 360-day year.")
    assert extraction.get("interest.day_count") is None  # not a value: both readings offered
    offered = extraction.offered("interest.day_count")
    assert {o.value for o in offered} == {"ACT/360", "30/360 US"}
    assert all(o.confidence == Decimal("0.50") for o in offered)
    assert any("360-day year" in w for w in extraction.warnings)


def test_rate_words_figures_mismatch() -> None:
    extraction = extract_text("The Loans shall bear interest at eight percent (9%) per annum.")
    assert extraction.get("interest.rate") is None  # contradicted: offered, never a value
    (finding,) = extraction.offered("interest.rate")
    assert finding.value == Decimal("0.08")
    assert finding.confidence == Decimal("0.20")
    assert any("interest.rate" in w for w in extraction.warnings)


def test_contradicting_statements_are_warned() -> None:
    text = (
        "The principal shall be due and payable in full on September 30, 2005. "
        "The Maturity Date means September 30, 2006."
    )
    extraction = extract_text(text)
    # two dates for one term: neither is proposed (a reading at 0.50 is offered for review)
    assert extraction.get("maturity") is None
    offered = {f.value for f in extraction.offered("maturity")}
    assert {dt.date(2005, 9, 30), dt.date(2006, 9, 30)} <= offered
    assert any(
        w.startswith("maturity: the document says different things") for w in extraction.warnings
    )
