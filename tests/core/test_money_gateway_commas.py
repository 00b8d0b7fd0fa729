"""The core's one gateway for numbers never guesses at a comma.

Issue 9: every comma was stripped, so "1.000,00" was read as 1.00 and "1,5" as 15.00.  The command
line and CSV files use the codec's amount parser; a library caller building ``Money.of("1,5",
"USD")`` meets this gateway, which takes US thousands grouping and refuses any other comma.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from promissory.core.money import Money, to_decimal
from promissory.errors import InvalidInput


@pytest.mark.parametrize(
    ("text", "value"),
    [("1,000.00", "1000.00"), ("17,500,000", "17500000"), ("$155,388.68", "155388.68"),
     ("-1,000.5", "-1000.5"), ("1000.00", "1000.00")],
)  # fmt: skip
def test_us_grouping_is_read(text: str, value: str) -> None:
    assert to_decimal(text) == Decimal(value)


@pytest.mark.parametrize("text", ["1,5", "1.000,00", "1,0000", "10,00,000", ",100", "1,000,"])
def test_any_other_comma_is_refused_with_the_rule(text: str) -> None:
    with pytest.raises(InvalidInput, match="not US thousands grouping"):
        to_decimal(text)
    with pytest.raises(InvalidInput, match="not US thousands grouping"):
        Money.of(text, "USD")


def test_a_digit_that_is_not_ascii_is_refused() -> None:
    with pytest.raises(InvalidInput, match="ASCII digits"):
        to_decimal("\u0663")  # ARABIC-INDIC DIGIT THREE, which Decimal would read as 3
