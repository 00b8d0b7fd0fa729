"""Scheduled payments: what ``promissory amortization`` calls.

:meth:`InstallmentDesk.amortization` reads the note's terms (and, as of a date, the principal its
ledger says it owes at the end of that day) and hands them to the pure core,
:func:`promissory.core.amortization.note_amortization`; it computes no figure itself.
"""

from __future__ import annotations

from datetime import date

from promissory.app.desk import Desk
from promissory.core.amortization import NoteAmortization, note_amortization

__all__ = ["InstallmentDesk"]


class InstallmentDesk(Desk):
    """A note's installments: the forward amortization table."""

    def amortization(self, note_id: str, *, as_of: date | None = None) -> NoteAmortization:
        """The note's amortization table from issue, or the installments due after ``as_of``.

        As of a date the rows repay the principal owed at the end of that day under the terms in
        force then, re-amortized by the note's prepayment effect (see the core module).
        """
        if as_of is None:
            return note_amortization(self.note(note_id).terms)
        position = self.balance(note_id, as_of)
        return note_amortization(
            position.state.terms, as_of=as_of, principal_owed=position.principal
        )
