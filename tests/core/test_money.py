"""Money, exact amounts and rounding policies."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from promissory.core.money import Exact, Money, RoundingMode, RoundingPolicy, to_decimal
from promissory.core.terms import Bucket
from promissory.core.waterfall import FILLERS
from promissory.errors import CurrencyMismatch, InvalidInput


def test_a_float_is_a_type_error_naming_the_value() -> None:
    with pytest.raises(TypeError, match=r"amount 0\.1 is a float"):
        to_decimal(0.1)


def test_strings_with_grouping_and_dollar_sign() -> None:
    assert to_decimal("$20,000,000.00") == Decimal("20000000.00")


def test_not_a_number_names_the_value() -> None:
    with pytest.raises(InvalidInput, match="'twenty' is not a decimal number"):
        to_decimal("twenty")


def test_currencies_never_mix() -> None:
    with pytest.raises(CurrencyMismatch, match="USD 1 with EUR 1"):
        Money.of("1", "USD") + Money.of("1", "EUR")


@pytest.mark.parametrize(
    ("mode", "value", "expected"),
    [
        ("half-up", "2.345", "2.35"),
        ("half-up", "-2.345", "-2.35"),
        ("half-even", "2.345", "2.34"),
        ("half-even", "2.355", "2.36"),
        ("half-down", "2.345", "2.34"),
        ("up", "2.341", "2.35"),
        ("down", "2.349", "2.34"),
        ("ceiling", "-2.349", "-2.34"),
        ("floor", "-2.341", "-2.35"),
    ],
)
def test_rounding_modes(mode: str, value: str, expected: str) -> None:
    policy = RoundingPolicy(Decimal("0.01"), RoundingMode(mode))
    assert policy.round(Decimal(value)) == Decimal(expected)


def test_exact_interest_keeps_the_basis_as_denominator() -> None:
    """17,500,000.00 × 8% × 31/360 = 120,555.555…; rounded 120,555.56, residue −1/225."""
    e = Exact.interest(Decimal("17500000.00"), Decimal("0.08"), Fraction(31, 360))
    assert e.denominator == 360
    rounded = RoundingPolicy().round(e)
    assert rounded == Decimal("120555.56")
    assert (e - rounded).to_fraction() == Fraction(-1, 225)


def test_exact_amounts_with_different_denominators_meet_exactly() -> None:
    a = Exact.interest(Decimal(1000), Decimal("0.05"), Fraction(1, 365))
    b = Exact.interest(Decimal(1000), Decimal("0.05"), Fraction(1, 366))
    assert (a + b).to_fraction() == Fraction(50, 365) + Fraction(50, 366)


def test_every_waterfall_bucket_has_an_implementation() -> None:
    assert set(FILLERS) == set(Bucket)


@given(
    st.integers(min_value=-(10**15), max_value=10**15),
    st.integers(min_value=0, max_value=6),
    st.sampled_from([1, 3, 360, 365, 366, 133590]),
    st.sampled_from(list(RoundingMode)),
)
def test_fast_exact_rounding_equals_rational_rounding(
    units: int, scale: int, denominator: int, mode: RoundingMode
) -> None:
    """The Decimal divmod path gives exactly what rounding the Fraction gives."""
    policy = RoundingPolicy(Decimal("0.01"), mode)
    value = Exact(Decimal(units).scaleb(-scale), denominator)
    assert policy.round(value) == policy.round(value.to_fraction())
