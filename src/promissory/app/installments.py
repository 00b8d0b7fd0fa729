"""Scheduled payments: what ``promissory amortization`` and ``promissory statement`` call.

:meth:`InstallmentDesk.amortization` reads the note's terms (and, as of a date, the principal its
ledger says it owes at the end of that day) and hands them to the pure core,
:func:`promissory.core.amortization.note_amortization`; it computes no figure itself.
"""

from __future__ import annotations

from datetime import date, datetime

from promissory.app.desk import Desk
from promissory.core.amortization import NoteAmortization, note_amortization
from promissory.core.billing import installment_status
from promissory.core.delinquency import (
    PastDueNotice,
    late_charges_charged,
    past_due_notices,
)
from promissory.core.engine import rows_through
from promissory.core.statement import NoteStatement
from promissory.errors import InvalidInput

__all__ = ["InstallmentDesk"]


class InstallmentDesk(Desk):
    """A note's installments: the forward amortization table and the statement of a day."""

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

    def statement(self, note_id: str, as_of: date) -> NoteStatement:
        """What is due at the end of ``as_of``: each installment, past due, the next amount due,
        the aging bucket, and the balance and payoff figure of that day.

        Refused for a note without ``[schedule]`` (it has no installments to bill).
        """
        ledger = self.view(note_id).ledger
        status = installment_status(ledger, as_of)
        if status is None:
            raise InvalidInput(
                f"note {note_id} has no [schedule] in its terms: it has no installments to bill "
                "(see docs/terms-format.md)"
            )
        charged = late_charges_charged(ledger.terms, rows_through(ledger, as_of), as_of)
        return NoteStatement(status, self.balance(note_id, as_of), self.payoff(note_id, as_of),
                             charged, past_due_notices(ledger.terms, status))  # fmt: skip

    def notices(
        self, note_id: str, as_of: date, *, known_on: datetime | None = None
    ) -> tuple[PastDueNotice, ...]:
        """The warnings of ``as_of``: installments that reached the note's
        ``schedule.past_due_notice_days`` and are still unpaid (none without that key)."""
        ledger = self.view(note_id, known_on=known_on).ledger
        if ledger.terms.schedule is None or ledger.terms.schedule.past_due_notice_days is None:
            return ()
        return past_due_notices(ledger.terms, installment_status(ledger, as_of))
