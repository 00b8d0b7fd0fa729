"""The columns the columnar portfolio engine reads, derived from a note's terms and an event's
stored payload (issue 15).

The book stores them next to what they are derived from (``note_columns`` and the ``currency``
and ``amount_minor`` columns of ``events``, revision 0008), so the portfolio reads plain columns
instead of parsing every terms file and every event's JSON; a snapshot carries the same columns.
Both are pure functions of what the hash chain covers, so ``verify`` re-derives them and reports a
stored column that disagrees.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Final

from promissory.core import rates
from promissory.core.daycount import get_day_count
from promissory.core.money import EXACT, MINOR_UNITS
from promissory.core.terms import DEFAULT_WATERFALL, Terms

__all__ = ["BASES", "NOTE_COLUMNS", "columnar_terms", "event_columns", "note_columns"]

#: Day counts whose year fraction is actual days over a fixed basis.
BASES: Final = {"ACT/360": 360, "ACT/365F": 365}
#: Every stored integer fits a signed 64-bit column.
_INT64: Final = 2**63

#: the stored columns of a note the columnar engine covers, in order
NOTE_COLUMNS: Final = (
    "lender", "borrower", "currency", "issue_date", "maturity", "scale", "commitment",
    "revolving", "last_draw_date", "rate", "rate_places", "basis", "round_shift", "round_mode",
)  # fmt: skip


def columnar_terms(terms: Terms) -> dict[str, Any] | None:
    """The columns the engine needs from ``terms``, or None if it does not cover them (see
    :mod:`promissory.portfolio.columnar`)."""
    i = terms.interest
    dc = get_day_count(i.day_count).name
    if (
        i.floating is not None
        or i.steps
        or i.compounding is not None
        or i.payable is not None
        or i.count_first_and_last_day
        or terms.schedule is not None
        or dc not in BASES
        or terms.waterfall != DEFAULT_WATERFALL
        or not terms.prepayment.allowed
        or terms.prepayment.premium
        or terms.prepayment.yield_maintenance is not None  # issue 11: a make-whole premium
        or terms.payable_on_demand  # issue 11: no maturity until demand
        or terms.collateral.advance_rate is not None  # issue 11: a borrowing base limits advances
        or terms.escrow is not None  # issue 11: payments with escrow parts
        or terms.fees  # issue 11: fees of the terms (billed, accrued, withheld, exit)
        or terms.late_charge is not None  # late charges on installments paid late
        or terms.currency not in MINOR_UNITS
    ):
        return None
    rate = rates.contract_rate(i, terms.issue_date)
    if rate < 0:
        return None
    scale = MINOR_UNITS[terms.currency]
    places = max(0, -int(rate.normalize().as_tuple().exponent))
    quantum_places = -int(terms.rounding.quantum.normalize().as_tuple().exponent)
    commitment = int(EXACT.multiply(terms.commitment, Decimal(10) ** scale))
    rate_units = int(EXACT.multiply(rate, Decimal(10) ** places))
    if commitment >= _INT64 or rate_units >= _INT64 or places > 18:
        return None
    return {
        "scale": scale,
        "commitment": commitment,
        "revolving": terms.revolving,
        "last_draw_date": terms.last_draw_date,
        "rate": rate_units,
        "rate_places": places,
        "basis": BASES[dc],
        "round_shift": scale - quantum_places,
        "round_mode": terms.rounding.mode.value,
    }


def note_columns(terms: Terms) -> dict[str, Any] | None:
    """A note's row of ``note_columns`` (:data:`NOTE_COLUMNS`), or None when the columnar engine
    does not cover its terms (such a note has no row and takes the per-note path)."""
    cols = columnar_terms(terms)
    if cols is None:
        return None
    issue: date = terms.issue_date
    return {"lender": terms.lender.name, "borrower": terms.borrower.name,
            "currency": terms.currency, "issue_date": issue, "maturity": terms.maturity,
            **cols}  # fmt: skip


def event_columns(payload: dict[str, Any]) -> tuple[str | None, int | None]:
    """An event's ``currency`` (a known currency, else None) and ``amount_minor``: its amount in
    the currency's minor unit, None when it has no amount, an amount finer than the minor unit,
    or an escrow part (a payment the per-note engine applies, issue 11)."""
    currency = payload.get("currency")
    if not isinstance(currency, str) or currency not in MINOR_UNITS:
        return None, None
    raw = payload.get("amount")
    if payload.get("escrow") is not None or not isinstance(raw, str):
        return currency, None
    try:
        minor = Decimal(raw).scaleb(MINOR_UNITS[currency])
    except InvalidOperation:
        return currency, None
    if not minor.is_finite() or minor != minor.to_integral_value() or abs(minor) >= _INT64:
        return currency, None
    return currency, int(minor)
