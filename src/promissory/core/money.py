"""Money, exact amounts and the rounding policy: the one gateway for numbers.

Rules (STYLE.md, rule 3):

* Every amount is a :class:`decimal.Decimal`; :func:`to_decimal` is the only way in and refuses a
  ``float`` (``TypeError``) because a binary float cannot hold 0.10 exactly.
* An amount carries its currency (:class:`Money`); currencies never mix (:class:`CurrencyMismatch`).
* Interest is accrued *exactly*: balance × rate × year fraction, where the year fraction is an exact
  ``Fraction``.  The product is kept as an :class:`Exact` (a decimal numerator over an integer
  denominator, e.g. ``17500000.00 × 0.08 × 31 / 360``), never rounded while it accrues.
* Rounding happens only at named points (posting a payment, capitalising, quoting, displaying), under
  the note's :class:`RoundingPolicy` (quantum and mode), never under the ambient ``decimal`` context.
  Every Decimal operation here runs in :data:`EXACT`, a context that *traps* inexact results, so an
  arithmetic result that is not exact raises instead of being silently rounded.

Worked example: 17,500,000.00 at 8% for 31 days, ACT/360::

    >>> e = Exact.interest(Decimal("17500000.00"), Decimal("0.08"), Fraction(31, 360))
    >>> e.to_fraction()
    Fraction(3255555555..., ...)   # 120,555.5555… exactly
    >>> RoundingPolicy().round(e)
    Decimal('120555.56')           # residue -0.00444… is kept, not lost
"""

from __future__ import annotations

import decimal
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from math import lcm
from typing import Final, ParamSpec, TypeVar

from promissory.errors import CurrencyMismatch, InvalidInput

#: The context every promissory Decimal operation runs in: wide, and trapping any inexact result.
EXACT: Final = decimal.Context(
    prec=80,
    rounding=decimal.ROUND_HALF_EVEN,
    Emax=decimal.MAX_EMAX,
    Emin=decimal.MIN_EMIN,
    traps=[decimal.Inexact, decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)

ZERO: Final = Decimal(0)

#: ISO 4217 minor units of the currencies promissory knows (source: ISO 4217 list one, 2024).
MINOR_UNITS: Final[dict[str, int]] = {
    "USD": 2, "EUR": 2, "GBP": 2, "CHF": 2, "CAD": 2, "AUD": 2, "NZD": 2, "HKD": 2, "SGD": 2,
    "SEK": 2, "NOK": 2, "DKK": 2, "CNY": 2, "INR": 2, "MXN": 2, "BRL": 2, "ZAR": 2, "ILS": 2,
    "PHP": 2, "MYR": 2,
    "JPY": 0, "KRW": 0, "CLP": 0, "ISK": 0, "BHD": 3, "KWD": 3, "OMR": 3, "JOD": 3, "TND": 3,
}  # fmt: skip


#: Each known currency's quantum, worked out once (every amount decoded or validated asks).
_QUANTA: Final[dict[str, Decimal]] = {c: Decimal(1).scaleb(-u) for c, u in MINOR_UNITS.items()}


def currency_quantum(currency: str) -> Decimal:
    """The smallest amount a currency can express (0.01 for USD, 1 for JPY)."""
    quantum = _QUANTA.get(currency)
    if quantum is not None:
        return quantum
    try:
        return Decimal(1).scaleb(-MINOR_UNITS[currency])
    except KeyError:
        known = ", ".join(sorted(MINOR_UNITS))
        raise InvalidInput(
            f"currency {currency!r} is not an ISO 4217 code promissory knows ({known})"
        ) from None


#: A number grouped by thousands the US way: 1,000 / 17,500,000.00 / -1,000.5
_US_GROUPED: Final = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?")


def to_decimal(value: object, *, what: str = "amount") -> Decimal:
    """Turn user input into a finite Decimal: ``str``, ``int`` or ``Decimal``; never ``float``."""
    if isinstance(value, (bool, float)):
        raise TypeError(
            f"{what} {value!r} is a {type(value).__name__}; promissory takes money and rates as "
            "Decimal, int or a decimal string (a float cannot hold 0.10 exactly)"
        )
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        text = value.strip()
        if text.startswith("$"):
            text = text[1:]
        if not text.isascii():  # Decimal reads "٣" (an Arabic-Indic three) as 3: never guessed
            raise InvalidInput(f"{what} {value!r} is not a decimal number in ASCII digits")
        if "," in text:  # US thousands grouping only: "1,5" or "1.000,00" is never guessed
            if not _US_GROUPED.fullmatch(text):
                raise InvalidInput(
                    f"{what} {value!r} has a comma that is not US thousands grouping: write a "
                    'plain decimal number, optionally grouped by thousands ("1,000.00")'
                )
            text = text.replace(",", "")
        try:
            result = Decimal(text)
        except decimal.InvalidOperation:
            raise InvalidInput(f"{what} {value!r} is not a decimal number") from None
    else:
        raise TypeError(f"{what} {value!r} is a {type(value).__name__}, not a decimal number")
    if not result.is_finite():
        raise InvalidInput(f"{what} {value!r} must be a finite number")
    return result


def check_quantum(amount: Decimal, quantum: Decimal, *, what: str = "amount") -> None:
    """Refuse an amount finer than ``quantum`` (e.g. 0.001 of a dollar)."""
    if amount != amount.quantize(quantum, rounding=decimal.ROUND_DOWN, context=EXACT_QUANTIZE):
        raise InvalidInput(f"{what} {amount} is finer than the currency allows ({quantum})")


# quantize may legitimately be inexact when checking; this context does not trap it.
EXACT_QUANTIZE: Final = decimal.Context(prec=80, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)

#: The context the core's public functions run in, whatever the caller's ambient context: wide
#: enough that sums and products of money are exact; the only inexact steps (a division before a
#: named rounding) are quantized straight after.
COMPUTE: Final = decimal.Context(
    prec=80,
    rounding=decimal.ROUND_HALF_EVEN,
    Emax=decimal.MAX_EMAX,
    Emin=decimal.MIN_EMIN,
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)

P = ParamSpec("P")
R = TypeVar("R")


def exact_arithmetic(fn: Callable[P, R]) -> Callable[P, R]:
    """Run ``fn`` under :data:`COMPUTE`, never under the caller's ambient ``decimal`` context.

    A caller who set ``decimal.getcontext().prec = 6`` must get the same figures as anyone else.
    """

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with decimal.localcontext(COMPUTE):
            return fn(*args, **kwargs)

    return wrapper


@dataclass(frozen=True, slots=True, order=False)
class Money:
    """An amount of one currency.  Build with :meth:`of`; arithmetic refuses mixed currencies."""

    amount: Decimal
    currency: str

    @classmethod
    def of(cls, value: object, currency: str) -> Money:
        currency_quantum(currency)
        return cls(to_decimal(value), currency)

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(ZERO, currency)

    def _same(self, other: Money) -> None:
        if other.currency != self.currency:
            raise CurrencyMismatch(
                f"cannot combine {self.currency} {self.amount} with {other.currency} {other.amount}"
            )

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(EXACT.add(self.amount, other.amount), self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(EXACT.subtract(self.amount, other.amount), self.currency)

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

    def __lt__(self, other: Money) -> bool:
        self._same(other)
        return self.amount < other.amount

    def __le__(self, other: Money) -> bool:
        self._same(other)
        return self.amount <= other.amount

    def __gt__(self, other: Money) -> bool:
        self._same(other)
        return self.amount > other.amount

    def __ge__(self, other: Money) -> bool:
        self._same(other)
        return self.amount >= other.amount

    def __str__(self) -> str:
        return f"{self.currency} {self.amount:,}"


class RoundingMode(Enum):
    """How a value between two quanta is rounded; the value is the name used in terms files."""

    HALF_UP = "half-up"
    HALF_EVEN = "half-even"
    HALF_DOWN = "half-down"
    UP = "up"
    DOWN = "down"
    CEILING = "ceiling"
    FLOOR = "floor"


def _round_integer(quotient: int, remainder: Fraction, mode: RoundingMode) -> int:
    """Round ``quotient + remainder`` (0 <= remainder < 1) to an integer under ``mode``."""
    if remainder == 0:
        return quotient
    negative = quotient < 0  # value = quotient + remainder with quotient = floor(value)
    half = Fraction(1, 2)
    if mode is RoundingMode.FLOOR:
        return quotient
    if mode is RoundingMode.CEILING:
        return quotient + 1
    # modes defined on magnitude (away from / toward zero)
    toward_zero = quotient + 1 if negative else quotient
    away = quotient if negative else quotient + 1
    if mode is RoundingMode.DOWN:
        return toward_zero
    if mode is RoundingMode.UP:
        return away
    distance_from_toward = (1 - remainder) if negative else remainder
    if distance_from_toward > half:
        return away
    if distance_from_toward < half:
        return toward_zero
    if mode is RoundingMode.HALF_UP:
        return away
    if mode is RoundingMode.HALF_DOWN:
        return toward_zero
    return quotient if quotient % 2 == 0 else quotient + 1  # HALF_EVEN


@dataclass(frozen=True, slots=True)
class RoundingPolicy:
    """The note's rounding rule: round to a multiple of ``quantum`` by ``mode`` (default half-up, cents)."""

    quantum: Decimal = Decimal("0.01")
    mode: RoundingMode = RoundingMode.HALF_UP

    def round(self, value: Exact | Fraction | Decimal | int) -> Decimal:
        """Round an exact value to the policy's quantum, exactly (no binary or context rounding)."""
        if isinstance(value, Exact):
            return self._round_ratio(value.numerator, value.denominator)
        if isinstance(value, Decimal):
            return self._round_ratio(value, 1)
        exact = Fraction(value)
        steps = exact / Fraction(self.quantum)
        quotient = steps.numerator // steps.denominator
        remainder = steps - quotient
        whole = _round_integer(quotient, remainder, self.mode)
        return EXACT.multiply(Decimal(whole), self.quantum)

    def _round_ratio(self, numerator: Decimal, denominator: int) -> Decimal:
        """numerator / denominator rounded, by an exact Decimal divmod (the fast path)."""
        if numerator.is_zero():
            return EXACT.multiply(ZERO, self.quantum)
        step = EXACT.multiply(Decimal(denominator), self.quantum)
        whole, remainder = EXACT.divmod(numerator, step)  # whole truncated toward zero
        if not remainder.is_zero():
            sign = 1 if numerator > 0 else -1
            mode = self.mode
            if mode is RoundingMode.UP:
                whole = EXACT.add(whole, Decimal(sign))
            elif mode is RoundingMode.CEILING:
                whole = EXACT.add(whole, Decimal(1 if sign > 0 else 0))
            elif mode is RoundingMode.FLOOR:
                whole = EXACT.subtract(whole, Decimal(1 if sign < 0 else 0))
            elif mode is not RoundingMode.DOWN:
                twice = EXACT.multiply(abs(remainder), Decimal(2))
                if twice > step or (
                    twice == step
                    and (
                        mode is RoundingMode.HALF_UP
                        or (mode is RoundingMode.HALF_EVEN and EXACT.remainder(whole, 2) != 0)
                    )
                ):
                    whole = EXACT.add(whole, Decimal(sign))
        return EXACT.multiply(whole, self.quantum)


class Exact:
    """An exact, unrounded amount: ``numerator / denominator`` with a Decimal numerator.

    Interest accrues as balance × rate × (days / basis); keeping the basis as the denominator lets
    accruals over the same convention add as plain Decimal sums (fast and exact).  Different
    denominators meet at their least common multiple.  Instances are immutable.
    """

    __slots__ = ("denominator", "numerator")

    numerator: Decimal
    denominator: int

    def __init__(self, numerator: Decimal, denominator: int = 1) -> None:
        _set_numerator(self, numerator)
        _set_denominator(self, denominator)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Exact is immutable")

    def __reduce__(self) -> tuple[type[Exact], tuple[Decimal, int]]:
        return (Exact, (self.numerator, self.denominator))  # pickled through __init__

    @staticmethod
    def interest(balance: Decimal, rate: Decimal | Fraction, year_fraction: Fraction) -> Exact:
        """balance × rate × year_fraction, exactly."""
        if isinstance(rate, Fraction):
            num = EXACT.multiply(
                EXACT.multiply(balance, Decimal(rate.numerator)), Decimal(year_fraction.numerator)
            )
            return exact_ratio(num, rate.denominator * year_fraction.denominator)
        num = EXACT.multiply(EXACT.multiply(balance, rate), Decimal(year_fraction.numerator))
        return exact_ratio(num, year_fraction.denominator)

    @staticmethod
    def of(value: Decimal) -> Exact:
        return Exact(value, 1)

    def __add__(self, other: Exact | Decimal) -> Exact:
        if type(other) is Decimal:  # a money amount: scale it onto this denominator
            scaled = EXACT.multiply(other, Decimal(self.denominator))
            return exact_ratio(EXACT.add(self.numerator, scaled), self.denominator)
        assert isinstance(other, Exact)
        if other.denominator == self.denominator:
            return exact_ratio(EXACT.add(self.numerator, other.numerator), self.denominator)
        common = lcm(self.denominator, other.denominator)
        return Exact(
            EXACT.add(
                EXACT.multiply(self.numerator, Decimal(common // self.denominator)),
                EXACT.multiply(other.numerator, Decimal(common // other.denominator)),
            ),
            common,
        )

    def __neg__(self) -> Exact:
        return exact_ratio(EXACT.minus(self.numerator), self.denominator)

    def __sub__(self, other: Exact | Decimal) -> Exact:
        if type(other) is Decimal:  # a money amount: scale it onto this denominator
            scaled = EXACT.multiply(other, Decimal(self.denominator))
            return exact_ratio(EXACT.subtract(self.numerator, scaled), self.denominator)
        assert isinstance(other, Exact)
        if other.denominator == self.denominator:
            return exact_ratio(EXACT.subtract(self.numerator, other.numerator), self.denominator)
        return self + (-other)

    def __bool__(self) -> bool:
        return not self.numerator.is_zero()

    def sign(self) -> int:
        return 0 if self.numerator.is_zero() else (1 if self.numerator > 0 else -1)

    def to_fraction(self) -> Fraction:
        return Fraction(self.numerator) / self.denominator

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Exact):
            return self.to_fraction() == other.to_fraction()
        if isinstance(other, Decimal | int | Fraction):
            return self.to_fraction() == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.to_fraction())

    def decimal(self, places: int = 12) -> Decimal:
        """A display value with ``places`` decimals (half-even); the exact value stays available."""
        return RoundingPolicy(Decimal(1).scaleb(-places), RoundingMode.HALF_EVEN).round(self)

    def __repr__(self) -> str:
        return f"Exact({self.numerator}/{self.denominator})"


_set_numerator = Exact.__dict__["numerator"].__set__
_set_denominator = Exact.__dict__["denominator"].__set__
_new = object.__new__


def exact_ratio(numerator: Decimal, denominator: int) -> Exact:
    """Build an Exact without the Python-level ``__init__`` (the replay's hot path)."""
    value: Exact = _new(Exact)
    _set_numerator(value, numerator)
    _set_denominator(value, denominator)
    return value


ZERO_EXACT: Final = Exact(ZERO, 1)


def money_text(amount: Decimal | None, currency: str, *, grouped: bool = True) -> str:
    """``amount`` as people read it in ``currency`` ("" for ``None``): the one display formatter.

    Grouped (``1,000,000.00``) to the currency's minor unit (:data:`MINOR_UNITS`: USD 2 places,
    JPY none, BHD three); an amount finer than that (an exact accrual) is shown with every digit it
    has, never rounded here; no exponent notation, no "-0.00".  ``codec.display`` documents it with
    examples; the CLI, the documents and the core's own text statements all use it.
    """
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
