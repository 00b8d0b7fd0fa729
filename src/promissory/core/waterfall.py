"""Applying a payment: the waterfall as data, dispatched through one table (STYLE.md rule 5).

The seed note: "Any partial prepayment shall be applied first to unpaid accrued interest and the
balance, if any, shall be applied to principal."  A note's terms list its buckets in order
(``[waterfall] order = ["expenses", "default_interest", "interest", "principal"]``); a payment fills
each bucket up to what is due in it, then moves on.  What is due in an interest bucket is the exact
accrued amount rounded under the note's rounding policy — the moment interest is *posted*.

Principal prepaid before a premium date carries the premium of the terms; the principal bucket takes
principal and its premium together, so x of principal costs x × (1 + premium rate).

Example: owed interest 1,140,370.41 and principal 17,500,000.00; a payment of 2,000,000.00 goes
1,140,370.41 to interest and 859,629.59 to principal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal
from typing import Final

from promissory.core.money import EXACT, EXACT_QUANTIZE, RoundingPolicy
from promissory.core.state import Split
from promissory.core.terms import Bucket

ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class Dues:
    """What is owed on a day, bucket by bucket, rounded as a borrower would pay it."""

    expenses: Decimal
    default_interest: Decimal
    interest: Decimal
    principal: Decimal
    premium_rate: Decimal

    def premium(self, rounding: RoundingPolicy) -> Decimal:
        """The prepayment premium on all the principal, rounded."""
        return rounding.round(EXACT.multiply(self.principal, self.premium_rate))

    def total(self, rounding: RoundingPolicy) -> Decimal:
        """Everything a payment that day must cover to discharge the note."""
        parts = (self.expenses, self.default_interest, self.interest, self.principal)
        total = self.premium(rounding)
        for part in parts:
            total = EXACT.add(total, part)
        return total


Filled = tuple[tuple[int, Decimal], ...]  # (position in Split, amount) pairs

#: Where each part sits in a Split: expenses, default interest, interest, principal, premium.
EXPENSES, DEFAULT_INTEREST, INTEREST, PRINCIPAL, PREMIUM = range(5)


def _simple(name: str, index: int) -> Callable[[Dues, Decimal, RoundingPolicy], Filled]:
    def fill(dues: Dues, available: Decimal, rounding: RoundingPolicy) -> Filled:
        due: Decimal = getattr(dues, name)
        if due <= 0:  # nothing owed (never a negative fill that would free money elsewhere)
            return ()
        return ((index, due if due < available else available),)

    return fill


def _principal(dues: Dues, available: Decimal, rounding: RoundingPolicy) -> Filled:
    """Principal with its premium: all of it if the money reaches, else as much as it buys."""
    if dues.principal <= 0:
        return ()
    if dues.premium_rate == 0:
        return ((PRINCIPAL, min(dues.principal, available)),)
    full_premium = dues.premium(rounding)
    if available >= dues.principal + full_premium:
        return ((PRINCIPAL, dues.principal), (PREMIUM, full_premium))
    factor = EXACT.add(Decimal(1), dues.premium_rate)
    principal = EXACT_QUANTIZE.divide(available, factor).quantize(
        rounding.quantum, rounding=ROUND_DOWN, context=EXACT_QUANTIZE
    )
    return ((PRINCIPAL, principal), (PREMIUM, EXACT.subtract(available, principal)))


#: How each bucket is filled; a test checks every Bucket has an entry.
FILLERS: Final[dict[Bucket, Callable[[Dues, Decimal, RoundingPolicy], Filled]]] = {
    Bucket.EXPENSES: _simple("expenses", EXPENSES),
    Bucket.DEFAULT_INTEREST: _simple("default_interest", DEFAULT_INTEREST),
    Bucket.INTEREST: _simple("interest", INTEREST),
    Bucket.PRINCIPAL: _principal,
}

ZERO_PARTS: Final = (ZERO, ZERO, ZERO, ZERO, ZERO)


def allocate(
    amount: Decimal, dues: Dues, order: tuple[Bucket, ...], rounding: RoundingPolicy
) -> tuple[Split, Decimal]:
    """Split ``amount`` over ``order``; returns the split and what is left over (0 unless over-paid)."""
    parts = list(ZERO_PARTS)
    remaining = amount
    for bucket in order:
        if remaining <= 0:
            break
        for index, value in FILLERS[bucket](dues, remaining, rounding):
            parts[index] = value
            remaining = EXACT.subtract(remaining, value)
    return Split(*parts), remaining
