"""Scheduled payments: what ``promissory amortization`` and ``promissory statement`` call.

:meth:`InstallmentDesk.amortization` reads the note's terms (and, as of a date, the principal its
ledger says it owes at the end of that day) and hands them to the pure core,
:func:`promissory.core.amortization.note_amortization`; it computes no figure itself.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from promissory.app.desk import Desk
from promissory.core.amortization import NoteAmortization, note_amortization
from promissory.core.billing import installment_status, plan_in_force
from promissory.core.delinquency import (
    PastDueNotice,
    late_charges_charged,
    past_due_notices,
)
from promissory.core.engine import rows_through
from promissory.core.installments import InstallmentExplanation
from promissory.core.installments.schedule import AmortizeFrom
from promissory.core.plan import Revision, plan_rows
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
        ledger = self.view(note_id).ledger
        terms = ledger.terms
        if as_of is None:
            last = max((r.effective_date for r in ledger.rows), default=terms.issue_date)
            if (
                terms.schedule is not None
                and terms.schedule.amortize_from is AmortizeFrom.CONVERSION
            ):
                # the term loan's table: on the principal drawn by the draw period's end (as the
                # ledger records it so far; on the commitment while nothing is drawn)
                last = max(last, terms.last_draw_date + timedelta(days=1))
            revisions, _ = plan_in_force(ledger, last)
            conversion = next((r for r in revisions if r.why is Revision.CONVERSION), None)
            return note_amortization(terms, converted=conversion.balance if conversion else None)
        position = self.balance(note_id, as_of)
        status = installment_status(ledger, as_of)
        if status is not None and status.accelerated_on is not None:
            raise InvalidInput(
                f"note {note_id} was accelerated on {status.accelerated_on}: its installments are "
                f"no longer billed; the whole payoff ({status.accelerated_due:,} "
                f"{status.currency}) is due (see promissory payoff and promissory statement)"
            )
        revisions, _ = plan_in_force(ledger, as_of)
        plan = plan_rows(terms, revisions)
        conversion = next((r for r in revisions if r.why is Revision.CONVERSION), None)
        table = note_amortization(
            position.state.terms, as_of=as_of, principal_owed=position.principal,
            installment=plan.installment, converted=conversion.balance if conversion else None,
        )  # fmt: skip
        if revisions and plan.explanation is not None:  # how the installment in force came
            table = replace(table, table=replace(table.table, explanation=plan.explanation))
        return table

    def installment_explanation(self, note_id: str, as_of: date) -> InstallmentExplanation | None:
        """How the installment in force at the end of ``as_of`` was computed (None for a note
        without ``[schedule]``): that of the table due after that day, on the note's plan; from
        issue when no installment remains to compute (paid, accelerated, after the last)."""
        terms = self.note(note_id).terms
        if terms.schedule is None:
            return None
        try:
            return self.amortization(note_id, as_of=as_of).explanation
        except InvalidInput:
            return self.amortization(note_id).explanation

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
