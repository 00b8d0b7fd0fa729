"""The borrowing base: what the lender will lend against the collateral, and what a release costs.

A facility "subject to the borrowing base" lends only a stated fraction of what secures it.  With
``[collateral] advance_rate`` in the terms:

* the **collateral value** on a day is the sum, over the assets pledged and not released, of each
  asset's latest recorded value (the value given with its pledge, or its latest
  :class:`~promissory.core.collateral.Valuation`) less its haircut — the haircut rounded under the
  note's rounding policy, as coverage rounds it.  Only *recorded* values count, so the replay of
  one note decides alone and the same events always give the same result: a note of the book
  pledged as collateral counts at its latest recorded valuation (``collateral value`` records
  one from that note's own ledger), and not at all until it has one;
* the **borrowing base** is ``advance_rate`` × the collateral value, rounded *down* to the
  currency's minor unit (a limit is never rounded up);
* **availability** is the lesser of what is left of the commitment and the borrowing base less
  the principal outstanding, never below zero.  An advance beyond it is refused
  (``borrowing-base``), naming the base.  A valuation that lowers the base refuses nothing that
  was lent: the loan is then over its base, and only new advances wait.

**Release price.**  An asset's *allocated loan amount* is what it adds to the borrowing base:
``advance_rate`` × its value after haircut.  With ``[collateral] release_price`` (a multiple, at
least 1: ``"1.10"`` is 110%), the lender releases an asset only once principal of
``release_price`` × its allocated loan amount (rounded under the note's policy) has been paid;
a release event may instead state its own price (``price``, as agreed in a release letter).  The
price is paid by the day's payments: principal paid on the release's day, by payments recorded
on that day (they replay before the release), and not already taken by another release that day,
must come to the price; it is never more than the principal owed before that day's payments (a
note paid in full releases everything freely).  The release's Schedule A row shows the price it
took.  A release never moves money itself, so a payment stays the one way money comes in.

Worked example (the test ``tests/core/test_borrowing_base.py``): commitment 5,000,000, advance rate
75%, a warehouse valued 2,000,000 with a 10% haircut → collateral value 1,800,000, borrowing base
1,350,000; with 1,000,000 outstanding, 350,000 is available and an advance of 400,000 is refused.
Revalued at 2,400,000 → 2,160,000 after the haircut, base 1,620,000, 620,000 available.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Final

from promissory.core.money import (
    EXACT,
    RoundingMode,
    RoundingPolicy,
    currency_quantum,
    money_text,
)

ZERO: Final = Decimal(0)

#: one pledged asset in the borrowing base: (asset, haircut, latest recorded value or None)
Eligible = tuple[str, Decimal, Decimal | None]


@dataclass(frozen=True, slots=True)
class BorrowingBase:
    """The borrowing base on a day and what it leaves to draw.

    ``collateral_value`` is the pledged value after haircuts; ``base`` = ``advance_rate`` ×
    ``collateral_value`` rounded down to the minor unit; ``outstanding`` is the principal owed;
    ``available`` = ``base`` − ``outstanding``, never below zero (the commitment may limit more).
    """

    currency: str
    advance_rate: Decimal
    collateral_value: Decimal
    base: Decimal
    outstanding: Decimal

    @property
    def available(self) -> Decimal:
        return max(ZERO, EXACT.subtract(self.base, self.outstanding))

    def sentence(self) -> str:
        """ "75% × 1,800,000.00 collateral value = 1,350,000.00 less 1,000,000.00 outstanding =
        350,000.00": the rule with its figures."""
        c = self.currency
        return (
            f"{percent(self.advance_rate)} × {money_text(self.collateral_value, c)} collateral "
            f"value = {money_text(self.base, c)} less {money_text(self.outstanding, c)} "
            f"outstanding = {money_text(self.available, c)}"
        )


def percent(fraction: Decimal) -> str:
    """``0.75`` → ``"75%"``, ``0.825`` → ``"82.5%"``, exactly."""
    shown = EXACT.multiply(fraction, Decimal(100)).normalize()
    return f"{shown:f}%"


def net_value(gross: Decimal, haircut: Decimal, rounding: RoundingPolicy) -> Decimal:
    """An asset's value less its haircut (the haircut rounded under the note's policy)."""
    return EXACT.subtract(gross, rounding.round(Fraction(gross) * Fraction(haircut)))


def borrowing_base(
    currency: str,
    advance_rate: Decimal,
    eligible: Iterable[Eligible],
    outstanding: Decimal,
    rounding: RoundingPolicy,
) -> BorrowingBase:
    """The borrowing base of the assets ``eligible`` (pledged and not released) with
    ``outstanding`` principal owed (see the module docstring)."""
    value = sum(
        (
            net_value(gross, haircut, rounding)
            for _, haircut, gross in eligible
            if gross is not None
        ),
        ZERO,
    )
    floor = RoundingPolicy(currency_quantum(currency), RoundingMode.FLOOR)
    base = floor.round(Fraction(advance_rate) * Fraction(value))
    return BorrowingBase(currency, advance_rate, value, base, outstanding)


@dataclass(frozen=True, slots=True)
class ReleasePrice:
    """What a release of ``asset`` costs: ``price`` of principal paid, and how it was set."""

    asset: str
    price: Decimal
    how: str  # "110% × (75% × 600,000.00 value after haircut)" or "stated with the release"


def release_price(
    currency: str,
    advance_rate: Decimal,
    multiple: Decimal,
    item: Eligible,
    rounding: RoundingPolicy,
) -> ReleasePrice:
    """``multiple`` × the asset's allocated loan amount (``advance_rate`` × its value after
    haircut), rounded under the note's policy; an asset with no recorded value has none."""
    asset, haircut, gross = item
    net = net_value(gross, haircut, rounding) if gross is not None else ZERO
    price = rounding.round(Fraction(multiple) * Fraction(advance_rate) * Fraction(net))
    how = (
        f"{percent(multiple)} × ({percent(advance_rate)} × {money_text(net, currency)} "
        "value after haircut)"
    )
    return ReleasePrice(asset, price, how)
