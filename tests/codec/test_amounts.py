"""The one amount parser: US grouping is read, anything ambiguous or not a plain number is refused
with the rule (never guessed, never a ``decimal.InvalidOperation``)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from promissory.codec.amounts import RULE, AmountError, parse_amount
from promissory.errors import InvalidInput


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1000", "1000"),
        ("1,000", "1000"),
        ("1,000.00", "1000.00"),
        ("17,500,000.00", "17500000.00"),
        ("$155,388.68", "155388.68"),
        ("  2,000,000.00 ", "2000000.00"),
        ("0.08", "0.08"),
        (".5", "0.5"),
        ("-0.0025", "-0.0025"),
        ("1E-7", "1E-7"),  # the canonical form str(Decimal) writes, as stored rows may hold it
    ],
)
def test_plain_and_us_grouped_amounts_are_read(text: str, value: str) -> None:
    result = parse_amount(text)
    assert result == Decimal(value)
    assert str(result) == value


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("1.000,00", "comma after the decimal point (European grouping is not read)"),
        ("1,5", "comma that is not US thousands grouping"),
        ("1,0000", "comma that is not US thousands grouping"),
        ("10,00,000", "comma that is not US thousands grouping"),
        (",100", "comma that is not US thousands grouping"),
        ("1,000.", None),
        ("1 000", "has a space inside"),
        ("1..0", "more than one decimal point"),
        ("1.0.0", "more than one decimal point"),
        ("1e3", "exponent notation"),
        ("1e400", "exponent notation"),
        ("1E400", "exponent notation"),  # not canonical: str(Decimal) writes 1E+400
        ("NaN", "is not a finite number"),
        ("Infinity", "is not a finite number"),
        ("-inf", "is not a finite number"),
        ("", "is not a decimal number"),
        ("$", "is not a decimal number"),
        ("ten", "is not a decimal number"),
    ],
)
def test_ambiguous_or_malformed_amounts_get_the_rule(text: str, why: str | None) -> None:
    if why is None:  # "1,000." is grouped with a bare point: harmless, read as 1000
        assert parse_amount(text) == 1000
        return
    with pytest.raises(AmountError) as caught:
        parse_amount(text, what="payment amount")
    message = str(caught.value)
    assert message.startswith(f"payment amount {text!r} ")
    assert why in message
    if "finite" in why or "decimal number" in why or "comma" in why or "exponent" in why:
        assert RULE in message


def test_canonical_exponents_are_bounded() -> None:
    with pytest.raises(InvalidInput, match="out of range"):
        parse_amount("1E+400")
    with pytest.raises(InvalidInput, match="out of range"):
        parse_amount("1" * 31)
    with pytest.raises(InvalidInput, match="out of range"):
        parse_amount("0." + "0" * 30 + "1")


def test_at_most_fifteen_digits_before_the_point() -> None:
    """A quadrillion less a cent is the largest amount: a sum of a million of them with cents still
    fits the 28 digits a rendering may round in (an expense of 10^26 was once written and then
    broke every report of its note; a hostile tester found it)."""
    assert parse_amount("999,999,999,999,999.99") == Decimal("999999999999999.99")
    with pytest.raises(InvalidInput, match="at most 15 digits before the decimal point"):
        parse_amount("1" + "0" * 15)
    with pytest.raises(InvalidInput, match="out of range"):
        parse_amount("9" * 30)


@pytest.mark.parametrize(
    ("text", "currency", "ok"),
    [
        ("1.01", "USD", True),
        ("1.001", "USD", False),
        ("1000", "JPY", True),
        ("1000.5", "JPY", False),
        ("1.125", "BHD", True),
        ("1.1255", "BHD", False),
    ],
)
def test_more_places_than_the_currency_has_get_the_rule(text: str, currency: str, ok: bool) -> None:
    if ok:
        assert parse_amount(text, currency=currency) == Decimal(text)
    else:
        with pytest.raises(InvalidInput, match=f"more decimal places than {currency} allows"):
            parse_amount(text, currency=currency)


def test_a_float_is_still_a_type_error() -> None:
    with pytest.raises(TypeError):
        parse_amount(0.1)
