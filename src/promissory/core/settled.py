"""Which installments each payment settled: a projection of the installment status onto Schedule A.

For a note with ``[schedule]``, :func:`installments_settled` says, for each payment row of
Schedule A that is not reversed, which installments it was applied to and how much of each.  It
computes nothing of its own: each row's state says how much installment money had been paid
(``installments_paid``, counted by the replay); what a payment row added to it is laid over the
note's installment plan (:func:`~promissory.core.billing.note_plan`), oldest installment first
(the application rule of the billing module).  So, for every installment, what the payments (and
unapplied funds applied on a due date) settled of it adds up to what the statement says was paid
against it; what a payment leaves over (a prepayment, or funds held as unapplied) is named
nowhere.

The issue's term note (installments of 9,959.68 from 2024-04-01): 5,000.00 paid on 2024-04-01
settles 5,000.00 of installment 1; 9,959.68 on 2024-05-01 settles the other 4,959.68 of
installment 1 and 5,000.00 of installment 2.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from promissory.core.billing import note_plan
from promissory.core.money import EXACT
from promissory.core.state import Ledger
from promissory.errors import InvalidInput

__all__ = ["InstallmentSettled", "installments_settled", "settled_label"]

ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class InstallmentSettled:
    """What one payment applied to installment ``number`` (of ``installment`` in all)."""

    number: int
    applied: Decimal
    installment: Decimal

    @property
    def whole(self) -> bool:
        """Whether the payment paid the whole installment (not a part of it)."""
        return self.applied == self.installment


def installments_settled(ledger: Ledger) -> dict[int, tuple[InstallmentSettled, ...]]:
    """Each live payment row's installments (by the row's ``seq``); empty without ``[schedule]``.

    A note whose installment table cannot be computed names none either: Schedule A is still
    printed, and ``promissory statement`` says why the table cannot be computed.
    """
    if ledger.terms.schedule is None:
        return {}
    live = [row for row in ledger.rows if row.reversed_by is None]
    if not live:
        return {}
    try:
        plan = note_plan(ledger, max(row.effective_date for row in live))
    except InvalidInput:
        return {}
    assert plan is not None  # the note has a schedule
    settled: dict[int, tuple[InstallmentSettled, ...]] = {}
    before = ZERO
    for row in live:
        after = row.state.installments_paid
        if row.kind == "payment" and row.seq:
            parts = []
            for i, through in enumerate(plan.through):  # oldest first
                start = plan.through[i - 1] if i else ZERO
                take = EXACT.subtract(min(after, through), max(before, start))
                if take > 0:
                    parts.append(InstallmentSettled(plan.rows[i].number, take,
                                                    plan.rows[i].payment))  # fmt: skip
            settled[row.seq] = tuple(parts)
        before = max(before, after)
    return settled


def settled_label(parts: tuple[InstallmentSettled, ...]) -> str:
    """A short label: ``inst. 3, 4; part of inst. 2, 5`` (empty when the payment settled none)."""
    whole = [str(p.number) for p in parts if p.whole]
    part = [str(p.number) for p in parts if not p.whole]
    pieces = []
    if whole:
        pieces.append("inst. " + ", ".join(whole))
    if part:
        pieces.append("part of inst. " + ", ".join(part))
    return "; ".join(pieces)
