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

from promissory.core.money import money_text

__all__ = ["money_text"]
