"""Amounts, rates and dates in the words a note is written in.

A note states its principal twice, in words and in figures: "Twenty Million Dollars
($20,000,000.00)".  The words follow American drafting usage: title case, no "and" between the
hundreds and the tens, hyphens in the compound tens ("Thirty-Three"), and cents as "and Eighty
Cents".  A rate reads "eight percent (8%)"; a date reads "October 5, 2001".

Worked examples::

    >>> amount_in_words(Decimal("20000000.00"), "USD")
    'Twenty Million Dollars'
    >>> amount_in_words(Decimal("155388.68"), "USD")
    'One Hundred Fifty-Five Thousand Three Hundred Eighty-Eight Dollars and Sixty-Eight Cents'
    >>> money(Decimal("17533226.8"), "USD")
    '$17,533,226.80'

Everything is exact: amounts are Decimals split into whole units and minor units with integer
arithmetic, never through a binary float.  (The ``num2words`` package was considered and not used:
its English output is British — "five hundred and thirty-three thousand", with commas — and it
has no type information for a strict build.)
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Final

from promissory.codec.display import money_text
from promissory.core.money import EXACT, EXACT_QUANTIZE, MINOR_UNITS, currency_quantum
from promissory.errors import InvalidInput

__all__ = [
    "amount_in_words",
    "date_words",
    "integer_words",
    "money",
    "percent",
    "rate_words",
]

_ONES: Final = (
    "Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
    "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen",
    "Nineteen",
)  # fmt: skip
_TENS: Final = (
    "", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety",
)  # fmt: skip
_SCALES: Final = (
    "", "Thousand", "Million", "Billion", "Trillion", "Quadrillion", "Quintillion",
)  # fmt: skip

#: The names of a currency's major and minor units (singular, plural) and its sign in figures.
CURRENCY_WORDS: Final[dict[str, tuple[str, str, str, str, str]]] = {
    # code: (unit, units, minor unit, minor units, sign)
    "USD": ("Dollar", "Dollars", "Cent", "Cents", "$"),
    "CAD": ("Canadian Dollar", "Canadian Dollars", "Cent", "Cents", "C$"),
    "AUD": ("Australian Dollar", "Australian Dollars", "Cent", "Cents", "A$"),
    "EUR": ("Euro", "Euros", "Cent", "Cents", "€"),
    "GBP": ("Pound Sterling", "Pounds Sterling", "Penny", "Pence", "£"),
    "CHF": ("Swiss Franc", "Swiss Francs", "Centime", "Centimes", "CHF "),
    "JPY": ("Yen", "Yen", "", "", "¥"),
}

#: What "lawful money of ..." names for a currency.
LAWFUL_MONEY: Final[dict[str, str]] = {
    "USD": "the United States of America",
    "CAD": "Canada",
    "AUD": "the Commonwealth of Australia",
    "GBP": "the United Kingdom",
    "CHF": "the Swiss Confederation",
    "JPY": "Japan",
    "EUR": "the member states of the European Union that have adopted the euro",
}


def _below_thousand(n: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words += [_ONES[hundreds], "Hundred"]
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        words.append(_TENS[tens] + (f"-{_ONES[ones]}" if ones else ""))
    elif rest:
        words.append(_ONES[rest])
    return words


def integer_words(n: int) -> str:
    """A whole number in words: ``17533226`` → "Seventeen Million Five Hundred Thirty-Three
    Thousand Two Hundred Twenty-Six"."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"integer_words takes an int, not {type(n).__name__} {n!r}")
    if n < 0:
        return "Minus " + integer_words(-n)
    if n == 0:
        return _ONES[0]
    groups: list[int] = []
    while n:
        n, group = divmod(n, 1000)
        groups.append(group)
    if len(groups) > len(_SCALES):
        raise InvalidInput(f"{n} is too large to write in words")
    words: list[str] = []
    for scale in range(len(groups) - 1, -1, -1):
        group = groups[scale]
        if group:
            words += _below_thousand(group)
            if _SCALES[scale]:
                words.append(_SCALES[scale])
    return " ".join(words)


def _split(amount: Decimal, currency: str) -> tuple[int, int, int]:
    """(sign, whole units, minor units) of an amount that is a whole number of minor units."""
    if not isinstance(amount, Decimal):
        raise TypeError(f"amount {amount!r} is a {type(amount).__name__}, not a Decimal")
    currency_quantum(currency)  # refuses a code promissory does not know, listing those it does
    places = MINOR_UNITS[currency]
    scaled = EXACT.multiply(abs(amount), Decimal(10) ** places)
    if scaled != scaled.to_integral_value():
        raise InvalidInput(
            f"amount {amount} is finer than {currency} allows ({currency_quantum(currency)})"
        )
    whole, minor = divmod(int(scaled), 10**places)
    return (-1 if amount < 0 else 1), whole, minor


def amount_in_words(amount: Decimal, currency: str = "USD") -> str:
    """The amount as a note writes it in words: "Twenty Million Dollars", "… and Sixty-Eight Cents"."""
    sign, whole, minor = _split(amount, currency)
    unit, units, minor_unit, minor_units, _ = CURRENCY_WORDS.get(
        currency, (currency, currency, "", "", "")
    )
    text = f"{integer_words(whole)} {unit if whole == 1 else units}"
    if minor:
        if minor_unit:
            text += f" and {integer_words(minor)} {minor_unit if minor == 1 else minor_units}"
        else:
            places = MINOR_UNITS[currency]
            text += f" and {minor:0{places}d}/{10**places}"
    return ("Minus " if sign < 0 else "") + text


def money(amount: Decimal | None, currency: str = "USD", *, sign: bool = True) -> str:
    """The amount in figures, grouped and to the currency's minor unit: "$20,000,000.00"."""
    if amount is None:
        return ""
    if not isinstance(amount, Decimal):
        raise TypeError(f"amount {amount!r} is a {type(amount).__name__}, not a Decimal")
    places = MINOR_UNITS.get(currency, 2)
    quantum = Decimal(1).scaleb(-places)
    if amount.quantize(quantum, context=EXACT_QUANTIZE) != amount:
        raise InvalidInput(f"amount {amount} is finer than {currency} allows ({quantum})")
    figures = money_text(abs(amount), currency)
    symbol = CURRENCY_WORDS[currency][4] if currency in CURRENCY_WORDS else f"{currency} "
    body = (symbol + figures) if sign else figures
    return f"({body})" if amount < 0 else body


def percent(rate: Decimal) -> str:
    """A rate per annum as a percent in figures, with no needless zeros: 0.08 → "8%"."""
    value = EXACT.multiply(rate, Decimal(100))
    text = f"{value.normalize(EXACT):f}"
    return f"{text}%"


def rate_words(rate: Decimal) -> str:
    """A rate as a note writes it: 0.08 → "eight percent (8%)"; 0.0825 → "8.25 percent (8.25%)"."""
    value = EXACT.multiply(rate, Decimal(100)).normalize(EXACT)
    if value == value.to_integral_value() and value >= 0:
        return f"{integer_words(int(value)).lower()} percent ({percent(rate)})"
    return f"{value:f} percent ({percent(rate)})"


_MONTHS: Final = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


def date_words(day: date) -> str:
    """A date as a note writes it: "October 5, 2001"."""
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"
