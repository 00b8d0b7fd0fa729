"""Which installments each payment settled: a projection of the installment status onto Schedule A.

For a note with ``[schedule]``, :func:`installments_settled` says, for each payment row of
Schedule A that is not reversed, which installments it was applied to and how much of each.  It
computes nothing of its own: it asks :func:`~promissory.core.billing.installment_status` at the end
of each day a payment was received and takes the difference, per installment, from the day
before; what went to installments that day is then shared among that day's payments in the order
they stand on Schedule A, oldest installment first (the application rule of the billing module).
So, for every installment, what the payments settled of it adds up to what the statement says was
paid against it; what a payment leaves over (a prepayment beyond the installments) is named
nowhere.

The issue's term note (installments of 9,959.68 from 2024-04-01): 5,000.00 paid on 2024-04-01
settles 5,000.00 of installment 1; 9,959.68 on 2024-05-01 settles the other 4,959.68 of
installment 1 and 5,000.00 of installment 2.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import groupby

from promissory.core.billing import installment_status
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
    payments = [
        row
        for row in ledger.rows
        if row.kind == "payment"
        and row.reversed_by is None
        and row.amount is not None
        and row.seq is not None
    ]
    settled: dict[int, tuple[InstallmentSettled, ...]] = {}
    before: dict[int, Decimal] = {}
    for day, rows in groupby(sorted(payments, key=lambda r: r.effective_date),
                             key=lambda r: r.effective_date):  # fmt: skip
        try:
            status = installment_status(ledger, day)
        except InvalidInput:
            return {}
        assert status is not None  # the note has a schedule
        # what the day's payments applied to each installment, oldest first
        due = [x for x in status.installments if x.paid != before.get(x.number, ZERO)]
        open_ = [EXACT.subtract(x.paid, before.get(x.number, ZERO)) for x in due]
        before = {x.number: x.paid for x in status.installments}
        k = 0
        for row in rows:
            assert row.seq is not None and row.amount is not None
            left, parts = row.amount, []
            while left > 0 and k < len(due):
                take = min(left, open_[k])
                parts.append(InstallmentSettled(due[k].number, take, due[k].amount))
                left = EXACT.subtract(left, take)
                open_[k] = EXACT.subtract(open_[k], take)
                if open_[k] == 0:
                    k += 1
            settled[row.seq] = tuple(parts)
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
