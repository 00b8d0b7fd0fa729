"""A note's portfolio figures on a day, by the per-note engine, and the rule for each figure.

The portfolio (issue 15) asks every note the same questions at the end of ``as_of``.  This module
answers them for one note from ``(terms, events, as_of)``; the columnar engine
(:mod:`promissory.portfolio.columnar`) answers them for many notes at once and must give the very
same figures (``tests/portfolio``).  The rules:

* **balances** — principal, accrued interest (rounded under the note's policy, and exact),
  default interest (rounded and exact), Lender Expenses, their total, and the commitment still
  available: :func:`~promissory.core.engine.position`;
* **status** — :class:`~promissory.core.state.Status` on ``as_of``; **holder** — the holder of
  record (the lender until an assignment);
* **past due** — with installments (``[schedule]``): what
  :func:`~promissory.core.billing.installment_status` says.  Otherwise: once the note is
  accelerated, everything owed, late from the day of the acceleration; once maturity is past
  (``maturity < as_of``; on the day itself it is due, not late), everything owed, late from
  maturity; before that, with interest payable periodically (``interest.payable``), the interest
  past due of :func:`~promissory.core.reports.interest_due` when its last due date is before
  ``as_of``; else nothing.  Before maturity and acceleration, fees of the terms (``[[fees]]``)
  billed or charged before ``as_of`` and unpaid are past due as well (a fee is due the day it is
  billed; payments pay the oldest first).  **Days past due** count from the earliest due date
  still unpaid to ``as_of``; the **aging bucket** is
  :func:`~promissory.core.billing.aging_bucket` of them;
* **next due date** — the next installment (with ``[schedule]``), the next interest payment date
  (with ``interest.payable``), else maturity while it is not past; None once paid or terminated;
* **maturity ladder** — :func:`maturity_bucket` of the days from ``as_of`` to maturity;
* **collateral** — the value after haircuts of what is pledged and the coverage ratio
  (:func:`~promissory.core.collateral.coverage`; a pledged note is valued by ``note_value``);
* **financing statements lapsing** — how many of the note's financing statements carry a warning
  (lapsed, or lapsing within the terms' ``lapse_warning_days``).

Example: the seed note (8%, ACT/360) with 1,000,000.00 advanced on 2001-10-05 has, on 2001-11-04,
principal 1,000,000.00, interest 6,666.67 (exactly 20000/3), status active, nothing past due, next
due date its maturity 2005-09-30, in the ladder's ``3-5y`` bucket.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction

from promissory.core.billing import aging_bucket, installment_status
from promissory.core.collateral import coverage, register
from promissory.core.engine import position, replay, rows_through
from promissory.core.events import Event
from promissory.core.filings import financing_statements
from promissory.core.money import EXACT
from promissory.core.reports import interest_due, payoff_quote
from promissory.core.state import Ledger, Status
from promissory.core.terms import Terms
from promissory.core.transfer import holder_on

__all__ = ["LADDER", "ON_DEMAND", "NoteFigures", "maturity_bucket", "note_figures"]

ZERO = Decimal(0)

#: The maturity ladder: (bucket, last day from as_of to maturity, or None for beyond).  A note
#: whose maturity is on or before ``as_of`` is ``matured``; a paid or terminated note ``closed``.
#: The bucket of a note payable on demand that has not been demanded (issue 11): no maturity.
ON_DEMAND = "on demand"
LADDER: tuple[tuple[str, int | None], ...] = (
    ("0-30d", 30),
    ("31-90d", 90),
    ("91-365d", 365),
    ("1-3y", 1095),
    ("3-5y", 1826),
    ("5y+", None),
)


def maturity_bucket(as_of: date, maturity: date | None, status: Status) -> str:
    """The ladder bucket of a note: ``closed``, ``matured``, ``on demand`` (payable on demand
    and not yet demanded: ``maturity`` None) or one of :data:`LADDER`."""
    if status in (Status.PAID, Status.TERMINATED):
        return "closed"
    if maturity is None:
        return ON_DEMAND
    days = (maturity - as_of).days
    if days <= 0:
        return "matured"
    for name, last in LADDER:
        if last is None or days <= last:
            return name
    raise AssertionError("the last bucket has no end")  # pragma: no cover


@dataclass(frozen=True, slots=True)
class NoteFigures:
    """One note's figures at the end of ``as_of`` (see the module rules).

    Amounts are in the note's currency, rounded under its policy, except ``interest_exact`` and
    ``default_interest_exact``, the exact accruals.  ``collateral_value`` and ``coverage`` are None
    for a note with nothing pledged (``coverage`` also when nothing is owed).
    """

    note_id: str
    lender: str
    borrower: str
    currency: str
    status: Status
    principal: Decimal
    interest: Decimal
    interest_exact: Fraction
    default_interest: Decimal
    default_interest_exact: Fraction
    expenses: Decimal
    #: late charges the terms charged and unpaid (``[late_charge]``)
    late_charges: Decimal
    #: fees of the terms (``[[fees]]``): billed and unpaid, the unused-commitment fee accrued
    #: since its last billing date, and once the note is due in full the exit fee
    fees: Decimal
    available: Decimal
    past_due: Decimal
    days_past_due: int
    next_due_date: date | None
    maturity: date | None  # None: payable on demand, not yet demanded
    maturity_bucket: str
    collateral_value: Decimal | None
    coverage: Decimal | None
    filings_lapsing: int

    @property
    def total(self) -> Decimal:
        return EXACT.add(
            EXACT.add(EXACT.add(self.principal, self.interest),
                      EXACT.add(self.default_interest, self.expenses)),
            EXACT.add(self.late_charges, self.fees),
        )  # fmt: skip

    @property
    def aging(self) -> str:
        return aging_bucket(self.days_past_due)


def _fees_past_due(ledger: Ledger, as_of: date) -> tuple[Decimal, int]:
    """Fees billed or charged before ``as_of`` and unpaid, and the days since the oldest of them
    was due (payments pay the oldest first): from the fees each Schedule A row leaves owed."""
    if not ledger.terms.fees:
        return ZERO, 0
    days: list[date] = []  # the due dates of the fees still owed, oldest first,
    amounts: list[Decimal] = []  # and what is owed of each
    before = ledger.initial.fees
    for row in rows_through(ledger, as_of):
        moved = EXACT.subtract(row.state.fees, before)
        before = row.state.fees
        if moved > 0:
            days.append(row.effective_date)
            amounts.append(moved)
        while moved < 0 and amounts:  # paid: the oldest first
            paid = min(EXACT.minus(moved), amounts[0])
            amounts[0] = EXACT.subtract(amounts[0], paid)
            moved = EXACT.add(moved, paid)
            if not amounts[0]:
                del days[0], amounts[0]
    late = [(day, amount) for day, amount in zip(days, amounts, strict=True) if day < as_of]
    if not late:
        return ZERO, 0
    return sum((amount for _, amount in late), ZERO), (as_of - late[0][0]).days


def _past_due(ledger: Ledger, as_of: date, total: Decimal) -> tuple[Decimal, int, date | None]:
    """Past due, days past due and next due date (see the module rules)."""
    amount, days, next_due = _scheduled_past_due(ledger, as_of, total)
    if not ledger.terms.fees or (days and amount == total):  # everything owed is late already
        return amount, days, next_due
    fees, fee_days = _fees_past_due(ledger, as_of)
    if not fees:
        return amount, days, next_due
    return EXACT.add(amount, fees), max(days, fee_days), next_due


def _scheduled_past_due(ledger: Ledger, as_of: date,
                        total: Decimal) -> tuple[Decimal, int, date | None]:  # fmt: skip
    """Past due, days past due and next due date of the installments, the interest and the
    principal (see the module rules), fees left aside."""
    pos = position(ledger, as_of)
    terms = pos.state.terms
    closed = pos.status in (Status.PAID, Status.TERMINATED)
    status = installment_status(ledger, as_of) if terms.schedule is not None else None
    if status is not None:
        return status.past_due, status.days_past_due, None if closed else status.next_due_date
    quantum_zero = ZERO.quantize(terms.rounding.quantum)
    if pos.state.accelerated:
        accelerated_on = interest_due(ledger, as_of).last_due_date
        if accelerated_on is not None and accelerated_on < as_of and total > 0:
            return total, (as_of - accelerated_on).days, None
        return quantum_zero, 0, None
    if terms.maturity < as_of:
        late = (as_of - terms.maturity).days if total > 0 else 0
        return (total if total > 0 else quantum_zero), late, None
    if closed:
        return quantum_zero, 0, None
    if terms.interest.payable is not None:
        interest = interest_due(ledger, as_of)
        last = interest.last_due_date
        upcoming = interest.next_due_date or terms.maturity
        if last is not None and last < as_of and interest.past_due > 0:
            return interest.past_due, (as_of - last).days, upcoming
        return quantum_zero, 0, upcoming
    return quantum_zero, 0, terms.due_date  # None for a demand note not yet demanded


def note_figures(
    terms: Terms,
    events: Iterable[Event],
    as_of: date,
    note_value: Callable[[str], Decimal] | None = None,
    withheld: Callable[[str], bool] | None = None,
) -> NoteFigures:
    """The note's figures at the end of ``as_of`` by the per-note engine (see the module rules).

    ``note_value(asset)`` gives a pledged note's principal plus accrued interest on ``as_of`` (as
    the collateral desk values it); it is asked only for notes pledged to this one.  A pledged
    note ``withheld(asset)`` is true for (a note the reader may not read) is not valued: it is
    left out of the collateral value and the coverage, as
    :func:`~promissory.core.collateral.coverage` leaves out its ``withheld`` notes.
    """
    given = list(events)
    ledger = replay(terms, given)
    pos = position(ledger, as_of)
    in_force = pos.state.terms
    total = pos.total
    past_due, days_past_due, next_due = _past_due(ledger, as_of, total)
    items = register(given, as_of)
    live = [i for i in items if i.released_on is None]
    collateral_value = ratio = None
    if live:
        pledged = {i.asset for i in live if i.asset_kind == "note"}
        hidden = frozenset(n for n in pledged if withheld is not None and withheld(n))
        values = {n: _value(note_value, n) for n in sorted(pledged - hidden)}
        payoff = payoff_quote(ledger, as_of).total
        cover = coverage(terms.id, as_of, terms.currency, live, values, payoff,
                         in_force.collateral.minimum_coverage, terms.rounding, hidden)  # fmt: skip
        collateral_value, ratio = cover.collateral_value, cover.ratio
    filings = financing_statements(given, as_of, in_force.collateral.lapse_warning_days)
    return NoteFigures(
        note_id=terms.id,
        lender=holder_on(terms, given, as_of),
        borrower=terms.borrower.name,
        currency=terms.currency,
        status=pos.status,
        principal=pos.principal,
        interest=pos.interest,
        interest_exact=pos.interest_exact.to_fraction(),
        default_interest=pos.default_interest,
        default_interest_exact=pos.default_interest_exact.to_fraction(),
        expenses=pos.expenses,
        late_charges=pos.late_charges,
        fees=EXACT.add(pos.fees, pos.fees_accrued),
        available=pos.available,
        past_due=past_due,
        days_past_due=days_past_due,
        next_due_date=next_due,
        maturity=in_force.due_date,
        maturity_bucket=maturity_bucket(as_of, in_force.due_date, pos.status),
        collateral_value=collateral_value,
        coverage=ratio,
        filings_lapsing=sum(1 for f in filings if f.warning),
    )


def _value(note_value: Callable[[str], Decimal] | None, asset: str) -> Decimal:
    if note_value is None:
        raise ValueError(f"note {asset} is pledged as collateral: its value is needed")
    return note_value(asset)
