"""The one display formatter: an amount to its currency's minor unit, grouped, never rounded."""

from __future__ import annotations

from decimal import Decimal

import pytest

from promissory.codec.display import money_text
from promissory.errors import InvalidInput


@pytest.mark.parametrize(
    ("amount", "currency", "text"),
    [
        ("1000", "JPY", "1,000"),
        ("1000.00", "JPY", "1,000"),
        ("1000", "USD", "1,000.00"),
        ("1000", "BHD", "1,000.000"),
        ("-1234.5", "USD", "-1,234.50"),
        ("-1234", "JPY", "-1,234"),
        ("0", "USD", "0.00"),
        ("0", "JPY", "0"),
        ("-0.00", "USD", "0.00"),
        ("1E+3", "USD", "1,000.00"),
        ("17500000000000.00", "USD", "17,500,000,000,000.00"),
        ("3646666.666667", "USD", "3,646,666.666667"),  # finer than a cent: every digit shown
        ("0.5", "JPY", "0.5"),
    ],
)
def test_money_text(amount: str, currency: str, text: str) -> None:
    assert money_text(Decimal(amount), currency) == text


def test_none_is_blank_and_grouping_can_be_left_out() -> None:
    assert money_text(None, "USD") == ""
    assert money_text(Decimal("1234567.8"), "USD", grouped=False) == "1234567.80"


def test_an_unknown_currency_and_a_float_are_refused() -> None:
    with pytest.raises(InvalidInput, match="XXX"):
        money_text(Decimal(1), "XXX")
    with pytest.raises(TypeError):
        money_text(1.5, "USD")  # type: ignore[arg-type]
