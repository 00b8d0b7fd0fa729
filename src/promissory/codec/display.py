"""Amounts as text for people: the one display formatter, keyed by currency.

An amount is shown grouped (``1,000,000.00``) to its currency's minor unit (ISO 4217, from the one
table :data:`promissory.core.money.MINOR_UNITS`): USD and EUR 2 places, JPY and KRW none, BHD and KWD
three.  An amount finer than that (an exact accrual such as ``3,646,666.666667``) is shown with every
digit it has, never rounded here, so a figure on screen is always the figure in the book.  Negative
amounts carry a leading minus; nothing is ever written in exponent notation.

    >>> money_text(Decimal("1000"), "JPY"), money_text(Decimal("1000"), "USD")
    ('1,000', '1,000.00')
    >>> money_text(Decimal("-1234.5"), "BHD"), money_text(Decimal("0.125"), "USD")
    ('-1,234.500', '0.125')
"""

from __future__ import annotations

from decimal import Decimal

from promissory.core.money import EXACT_QUANTIZE, currency_quantum


def money_text(amount: Decimal | None, currency: str, *, grouped: bool = True) -> str:
    """``amount`` for a table or a message in ``currency`` ("" for ``None``); see the module."""
    if amount is None:
        return ""
    if not isinstance(amount, Decimal):
        raise TypeError(f"amount {amount!r} is a {type(amount).__name__}, not a Decimal")
    quantum = currency_quantum(currency)
    shown = amount.quantize(quantum, context=EXACT_QUANTIZE)
    if shown != amount:
        shown = amount
    if shown.is_zero():
        shown = shown.copy_abs()  # "-0.00" is not a figure anyone wrote
    return f"{shown:,f}" if grouped else f"{shown:f}"
