"""The natural phrasings a note rendered from terms uses, each read on its own sentence."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from promissory.extract import extract_text
from promissory.extract.amounts import money_mentions, percent_mentions
from promissory.extract.span import SourceText

RATES = (
    "Interest shall be due on the unpaid principal balance of this Note from time to time at the "
    "rates set forth in the Loan Agreement, being eight percent (8%) per annum simple interest, "
    "computed on the basis of a 360-day year for actual days elapsed, including the first day but "
    "excluding the last day, and, while an Event of Default continues, an additional two percent "
    "(2%) per annum, but in no event more than ten percent (10%) per annum or the maximum rate "
    "permitted by applicable law, if lower."
)


@pytest.mark.parametrize(
    ("sentence", "field", "value", "confidence"),
    [
        (RATES, "interest.rate", Decimal("0.08"), "0.95"),
        (RATES, "interest.default_margin", Decimal("0.02"), "0.95"),
        (RATES, "interest.max_rate", Decimal("0.10"), "0.95"),
        (RATES, "interest.count_first_and_last_day", False, "0.90"),
        (RATES, "interest.day_count", "ACT/360", "0.90"),
        (
            "No Loan shall be made after September 30, 2003.",
            "draw_period_end",
            dt.date(2003, 9, 30),
            "0.90",
        ),
        (
            "Amounts prepaid hereunder may be reborrowed on or before March 13, 2015.",
            "revolving",
            True,
            "0.90",
        ),
        ("No amounts prepaid hereunder may be reborrowed.", "revolving", False, "0.90"),
        (
            "Any partial prepayment shall be applied first to Lender Expenses, then to interest "
            "accrued at the default rate, then to unpaid accrued interest and the balance, if "
            "any, shall be applied to principal.",
            "waterfall.order",
            ("expenses", "default_interest", "interest", "principal"),
            "0.90",
        ),
        (
            "Interest shall be computed exactly and rounded to the nearest cent, one-half cent "
            "rounded up.",
            "rounding.mode",
            "half-up",
            "0.90",
        ),
        (
            "Interest shall be computed exactly and rounded to the nearest cent, one-half cent "
            "rounded to the even cent.",
            "rounding.mode",
            "half-even",
            "0.90",
        ),
        (
            "Interest shall be computed exactly and rounded to the nearest cent.",
            "rounding.mode",
            "half-up",
            "0.50",
        ),
        (
            "This Note evidences indebtedness incurred under that certain Loan Agreement between "
            'Borrower and Lender dated October 5, 2001 (the "LOAN AGREEMENT").',
            "loan_agreement",
            "Loan Agreement between Borrower and Lender dated October 5, 2001",
            "0.90",
        ),
        ("Accrued interest shall be payable at maturity.", "interest.payable", "maturity", "0.90"),
    ],
)
def test_phrasing(sentence: str, field: str, value: object, confidence: str) -> None:
    extraction = extract_text(sentence)
    finding = extraction.get(field)
    if Decimal(confidence) < Decimal("0.70"):  # an ambiguous reading is offered, not proposed
        assert finding is None, field
        (finding,) = extraction.offered(field)
    assert finding is not None, field
    assert finding.value == value
    assert finding.confidence == Decimal(confidence)
    assert finding.source_text == sentence[finding.span.start : finding.span.end]


def test_a_default_proviso_after_the_rate_does_not_make_it_a_default_rate() -> None:
    extraction = extract_text(RATES)
    assert extraction.get("interest.default_rate") is None
    assert extraction.warnings == ()


def test_an_absolute_default_rate_is_still_read_as_one() -> None:
    text = "After an Event of Default, interest shall accrue at ten percent (10%) per annum."
    extraction = extract_text(text)
    assert extraction.get("interest.rate") is None
    finding = extraction.get("interest.default_rate")
    assert finding is not None and finding.value == Decimal("0.10")


def test_cents_in_words_after_the_unit() -> None:
    text = (
        "the aggregate principal amount of Twelve Million Three Hundred Forty-Five Thousand Six "
        "Hundred Seventy-Eight Dollars and Ninety Cents ($12,345,678.90)"
    )
    (mention,) = money_mentions(SourceText(text))
    assert mention.value == Decimal("12345678.90")
    assert mention.agrees is True
    wrong = text.replace("Ninety Cents", "Nineteen Cents")
    (mention,) = money_mentions(SourceText(wrong))
    assert mention.value == Decimal("12345678.19")
    assert mention.agrees is False


def test_a_rate_stated_twice_in_figures_is_cross_checked() -> None:
    (mention,) = percent_mentions(SourceText("at 3.5 percent (3.5%) per annum"))
    assert mention.value == Decimal("0.035")
    assert mention.agrees is True
    (mention,) = percent_mentions(SourceText("at 3.5 percent (3.25%) per annum"))
    assert mention.agrees is False


def test_a_markdown_legend_is_read_without_its_bold_marks() -> None:
    text = (
        "# PROMISSORY NOTE\n\n**THIS NOTE HAS NOT BEEN REGISTERED UNDER THE SECURITIES ACT OF "
        "1933. IT MAY NOT BE SOLD.**\n\nDated: October 5, 2001\n"
    )
    finding = extract_text(text).get("transfer.legend")
    assert finding is not None
    assert finding.value == (
        "THIS NOTE HAS NOT BEEN REGISTERED UNDER THE SECURITIES ACT OF 1933. IT MAY NOT BE SOLD."
    )
    assert finding.source_text == text[finding.span.start : finding.span.end]
