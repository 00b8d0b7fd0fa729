"""Amounts, rates and dates in words, as notes write them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from promissory.errors import InvalidInput
from promissory.render.words import (
    amount_in_words,
    date_words,
    integer_words,
    money,
    percent,
    rate_words,
)


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "Zero"),
        (7, "Seven"),
        (13, "Thirteen"),
        (20, "Twenty"),
        (45, "Forty-Five"),
        (100, "One Hundred"),
        (101, "One Hundred One"),
        (999, "Nine Hundred Ninety-Nine"),
        (1000, "One Thousand"),
        (1_000_001, "One Million One"),
        (20_000_000, "Twenty Million"),
        (17_533_226, "Seventeen Million Five Hundred Thirty-Three Thousand Two Hundred Twenty-Six"),
        (2_000_000_000, "Two Billion"),
    ],
)
def test_integer_words(n: int, words: str) -> None:
    assert integer_words(n) == words


def test_the_seed_note_commitment_in_words() -> None:
    # "the aggregate principal amount of Twenty Million Dollars ($20,000,000.00)"
    assert amount_in_words(Decimal("20000000.00")) == "Twenty Million Dollars"
    assert money(Decimal("20000000.00")) == "$20,000,000.00"


def test_cents_and_singular_units() -> None:
    assert amount_in_words(Decimal("155388.68")) == (
        "One Hundred Fifty-Five Thousand Three Hundred Eighty-Eight Dollars and Sixty-Eight Cents"
    )
    assert amount_in_words(Decimal("1.01")) == "One Dollar and One Cent"
    assert amount_in_words(Decimal("5000"), "EUR") == "Five Thousand Euros"
    assert amount_in_words(Decimal("1500"), "JPY") == "One Thousand Five Hundred Yen"


def test_figures_keep_the_currency_minor_unit() -> None:
    assert money(Decimal("17533226.8")) == "$17,533,226.80"
    assert money(Decimal("-12.5")) == "($12.50)"
    assert money(Decimal("1500"), "JPY") == "¥1,500"
    assert money(Decimal("10"), "SEK") == "SEK 10.00"


def test_a_float_or_a_fraction_of_a_cent_is_refused() -> None:
    with pytest.raises(TypeError, match="float"):
        amount_in_words(0.1)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="float"):
        money(0.1)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="finer"):
        amount_in_words(Decimal("1.005"))
    with pytest.raises(InvalidInput, match="finer"):
        money(Decimal("1.005"))
    with pytest.raises(InvalidInput, match="ISO 4217"):
        amount_in_words(Decimal("1"), "XYZ")


def test_rates_and_dates() -> None:
    assert percent(Decimal("0.08")) == "8%"
    assert percent(Decimal("0.0825")) == "8.25%"
    assert rate_words(Decimal("0.08")) == "eight percent (8%)"
    assert rate_words(Decimal("0.02")) == "two percent (2%)"
    assert rate_words(Decimal("0.0825")) == "8.25 percent (8.25%)"
    assert date_words(date(2001, 10, 5)) == "October 5, 2001"
    assert date_words(date(2005, 9, 30)) == "September 30, 2005"
