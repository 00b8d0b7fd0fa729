"""Issue price: what the holder paid for the debt instrument, by the rule for how it was issued.

Rules (26 CFR 1.1273-2):

* **Cash lent** — a debt instrument issued for money has as issue price the amount paid for it
  (1.1273-2(a)(1)).  A multi-draw note is a separate issue for each advance: each advance has its
  own issue date and issue price.
* **Points and fees** — a payment from the borrower to the lender (points, a loan fee) is not
  part of the lender's payment; it reduces the issue price (1.1273-2(g)(2)).  $100,000 lent less
  $2,000 of points gives an issue price of $98,000.00.
* **Investment unit** — a note issued together with an option or warrant for one price is an
  investment unit; the price is allocated between note and warrant by their relative fair market
  values and the note's share is its issue price (1.1273-2(h)(1)).  A unit sold for $1,000,000 with
  fair values $900,000 (note) and $150,000 (warrant) gives the note
  1,000,000 × 900,000 / 1,050,000 = $857,142.857… → $857,142.86; the fair values are recorded.
* **Explicit** — a price fixed otherwise (a public offering, an agreed value) is taken as given.

Rounding: an allocated issue price is rounded to the cent once, by the given :class:`RoundingPolicy`
(half-up by default); the exact share is kept in ``allocation_exact``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from fractions import Fraction

from promissory.core.money import EXACT, ZERO, RoundingPolicy, to_decimal
from promissory.core.oid.errors import OidRuleError


class IssuePriceMethod(Enum):
    """How the issue price was determined; the value is the name used in terms files and JSON."""

    EXPLICIT = "explicit"
    CASH_LENT = "cash-lent"
    INVESTMENT_UNIT = "investment-unit"


@dataclass(frozen=True, slots=True)
class IssuePrice:
    """The issue price of one issue (one advance) and the facts it was derived from.

    ``amount``                 the issue price, in currency units (cents for USD).
    ``method``                 which rule of 1.1273-2 produced it.
    ``basis``                  one sentence saying how, with the rule cited (printed on statements).
    ``cash_lent``, ``points``  for cash loans: the money advanced and the points/fees the
                               borrower paid.
    ``unit_price``, ``note_fair_value``, ``warrant_fair_value``
                               for an investment unit: the price of the unit and the fair market
                               values used to allocate it (recorded so it can be audited).
    ``allocation_exact``       the note's exact, unrounded share of the unit price.
    """

    amount: Decimal
    method: IssuePriceMethod
    basis: str
    cash_lent: Decimal | None = None
    points: Decimal | None = None
    unit_price: Decimal | None = None
    note_fair_value: Decimal | None = None
    warrant_fair_value: Decimal | None = None
    allocation_exact: Fraction | None = None


def _positive(value: object, what: str) -> Decimal:
    amount = to_decimal(value, what=what)
    if amount <= ZERO:
        raise OidRuleError(f"{what} {amount} must be positive", rule="26 CFR 1.1273-2")
    return amount


def explicit_issue_price(amount: object) -> IssuePrice:
    """An issue price given as a number (e.g. the offering price from a prospectus)."""
    value = _positive(amount, "issue price")
    return IssuePrice(value, IssuePriceMethod.EXPLICIT, f"issue price {value} as given")


def issue_price_from_cash(cash_lent: object, *, points: object = 0) -> IssuePrice:
    """Money lent less points or fees the borrower paid the lender (1.1273-2(a)(1), (g)(2))."""
    cash = _positive(cash_lent, "cash lent")
    fees = to_decimal(points, what="points")
    if fees < ZERO:
        raise OidRuleError(f"points {fees} cannot be negative", rule="26 CFR 1.1273-2(g)(2)")
    if fees >= cash:
        raise OidRuleError(
            f"points {fees} are not less than the cash lent {cash}: no issue price remains",
            rule="26 CFR 1.1273-2(g)(2)",
        )
    amount = EXACT.subtract(cash, fees)
    if fees:
        basis = (
            f"cash lent {cash} less points/fees {fees} paid by the borrower "
            "(26 CFR 1.1273-2(a)(1), 1.1273-2(g)(2))"
        )
    else:
        basis = f"cash lent {cash} (26 CFR 1.1273-2(a)(1))"
    return IssuePrice(amount, IssuePriceMethod.CASH_LENT, basis, cash_lent=cash, points=fees)


def issue_price_from_unit(
    unit_price: object,
    *,
    note_fair_value: object | None,
    warrant_fair_value: object | None,
    rounding: RoundingPolicy | None = None,
) -> IssuePrice:
    """The note's share of a unit's price by relative fair market value (1.1273-2(h))."""
    rule = "26 CFR 1.1273-2(h)"
    if note_fair_value is None or warrant_fair_value is None:
        missing = [
            name
            for name, value in (("note", note_fair_value), ("warrant", warrant_fair_value))
            if value is None
        ]
        raise OidRuleError(
            "unit allocation needs fair market values for both note and warrant "
            f"(missing: {', '.join(missing)})",
            rule=rule,
        )
    price = _positive(unit_price, "unit price")
    note = _positive(note_fair_value, "note fair market value")
    warrant = to_decimal(warrant_fair_value, what="warrant fair market value")
    if warrant < ZERO:
        raise OidRuleError(f"warrant fair market value {warrant} cannot be negative", rule=rule)
    share = Fraction(price) * Fraction(note) / (Fraction(note) + Fraction(warrant))
    amount = (rounding or RoundingPolicy()).round(share)
    basis = (
        f"unit price {price} allocated by relative fair market value: note {note}, "
        f"warrant {warrant}; note share {price} × {note} / ({note} + {warrant}) = {amount} ({rule})"
    )
    return IssuePrice(
        amount,
        IssuePriceMethod.INVESTMENT_UNIT,
        basis,
        unit_price=price,
        note_fair_value=note,
        warrant_fair_value=warrant,
        allocation_exact=share,
    )
