"""Amounts written by people (a command line, a CSV cell, a terms file): the one parser.

The rule: an amount is a plain decimal number, optionally signed, optionally with US thousands
grouping and an optional leading ``$``::

    17500000.00   1,000   1,000.00   17,500,000.00   $155,388.68   -0.0025   .5

Anything that could be read two ways, or that is not a plain number, is refused with the rule, never
guessed: ``1.000,00`` (European grouping), ``1,5`` (a decimal comma?), ``1,0000`` and ``10,00,000``
(misplaced commas), ``1 000`` (a space inside), ``1..0``, ``1e3`` / ``NaN`` / ``Infinity``
(not a plain number).  The only exponent form accepted is the canonical one ``str(Decimal)`` writes
(``1E-7``), because stored terms and events written before this rule may hold it; it is still
bounded, so ``1E+400`` is refused before any arithmetic can overflow.

With a ``currency`` the amount may not have more decimal places than the currency's minor unit
(ISO 4217, :data:`promissory.core.money.MINOR_UNITS`): ``1.001`` is refused for USD, ``1.5`` for JPY.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from promissory.core.money import EXACT_QUANTIZE, MINOR_UNITS, currency_quantum, to_decimal
from promissory.errors import InvalidInput

RULE: Final = (
    "write a plain decimal number, optionally with US thousands grouping "
    '("1000.00", "1,000.00", "17,500,000")'
)

#: The most digits before the decimal point promissory accepts: up to a quadrillion less a cent,
#: far beyond any loan, so that a sum of a million such amounts with its cents still fits the
#: 28 digits of Python's default decimal context that any rendering may round in (an expense of
#: 10^26 was once written and then broke every report of its note).
MAX_INTEGER_DIGITS: Final = 15
#: The most digits after it (rates and factors; money is held to its currency's places too).
MAX_DIGITS: Final = 30

# ASCII digits only: "٣" (an Arabic-Indic three) is a digit to Python's ``\d`` and ``Decimal``
_PLAIN: Final = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)", re.ASCII)
_GROUPED: Final = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?", re.ASCII)
_CANONICAL_EXPONENT: Final = re.compile(r"-?\d(?:\.\d+)?E[+-]\d+", re.ASCII)


class AmountError(InvalidInput):
    """An amount text breaks the rule; ``reason`` says how, without the value (for other messages)."""

    def __init__(self, what: str, value: object, reason: str) -> None:
        self.reason = reason
        super().__init__(f"{what} {value!r} {reason}")


def _why_not(text: str) -> str:
    """Why ``text`` is not an amount, in words (for the error message)."""
    if re.fullmatch(r"[+-]?(nan|snan|inf|infinity)", text, re.IGNORECASE):
        return "is not a finite number"
    if re.search(r"\d[eE][+-]?\d", text):
        return "is in exponent notation"
    if any(c.isspace() for c in text):
        return "has a space inside"
    if text.count(".") > 1:
        return "has more than one decimal point"
    if "," in text and "." in text and text.rfind(",") > text.rfind("."):
        return "has a comma after the decimal point (European grouping is not read)"
    if "," in text:
        return "has a comma that is not US thousands grouping"
    return "is not a decimal number"


def parse_amount(
    value: object, *, what: str = "amount", currency: str | None = None, typed: bool = False
) -> Decimal:
    """The decimal an amount text means, or :class:`InvalidInput` naming the value and the rule.

    ``Decimal`` and ``int`` pass through :func:`promissory.core.money.to_decimal` (a ``float`` is a
    ``TypeError`` there).  With ``currency``, more decimal places than its minor unit are refused.
    ``typed``: the text was typed by a person (a command line), so not even the canonical exponent
    form stored data may hold (``1E+3``) is read.

    >>> parse_amount("17,500,000.00")
    Decimal('17500000.00')
    >>> parse_amount("1,5")
    Traceback (most recent call last):
    ...
    promissory.codec.amounts.AmountError: amount '1,5' has a comma that is not US thousands grouping: \
write a plain decimal number, optionally with US thousands grouping ("1000.00", "1,000.00", \
"17,500,000")
    """
    if not isinstance(value, str):
        result = to_decimal(value, what=what)
    else:
        text = value.strip()
        body = text[1:] if text.startswith("$") else text
        if _PLAIN.fullmatch(body):
            result = Decimal(body)
        elif _GROUPED.fullmatch(body):
            result = Decimal(body.replace(",", ""))
        elif not typed and _CANONICAL_EXPONENT.fullmatch(body) and str(Decimal(body)) == body:
            result = Decimal(body)
        else:
            raise AmountError(what, value, f"{_why_not(body)}: {RULE}")
    if not result.is_finite():
        raise AmountError(what, value, f"is not a finite number: {RULE}")
    exponent = result.as_tuple().exponent
    assert isinstance(exponent, int)
    if result.adjusted() >= MAX_INTEGER_DIGITS or exponent < -MAX_DIGITS:
        raise AmountError(what, value, f"is out of range: at most {MAX_INTEGER_DIGITS} digits "
                          f"before the decimal point and {MAX_DIGITS} after it")  # fmt: skip
    if currency is not None:
        check_places(result, currency, what=what, shown=value)
    return result


def check_places(
    amount: Decimal, currency: str, *, what: str = "amount", shown: object = None
) -> None:
    """Refuse an amount with more decimal places than ``currency`` has (1.001 USD, 1.5 JPY)."""
    quantum = currency_quantum(currency)
    if amount != amount.quantize(quantum, context=EXACT_QUANTIZE):
        raise AmountError(what, shown if shown is not None else str(amount),
                          f"has more decimal places than {currency} allows "
                          f"({MINOR_UNITS[currency]})")  # fmt: skip
