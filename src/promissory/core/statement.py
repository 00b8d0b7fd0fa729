"""A note's statement on a day: its installments against its payments, and what it owes.

A :class:`NoteStatement` puts together, for one note at the end of ``as_of``, what
:func:`~promissory.core.billing.installment_status` says (each installment's amount, paid,
remaining and days past due; past due, the next amount due, the aging bucket) with the balance of
that day (:class:`~promissory.core.engine.Position`) and the payoff figure
(:class:`~promissory.core.reports.PayoffQuote`).  It computes nothing itself.

Late charges and default interest on past-due installments are charged by replay
(:mod:`promissory.core.delinquency`): the balance and the payoff carry them; ``late_charges`` lists
each charge the terms made by ``as_of`` and ``notices`` the past-due warnings of the day.

A note that collects escrow (``[escrow]``) shows the deposit paid with each installment and the
escrow balance beside what it owes; neither is in the amount due or the payoff (escrow deposits
in arrears are not tracked: a payment states its escrow part).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from promissory.core.billing import InstallmentStatus
from promissory.core.delinquency import LateChargeCharged, PastDueNotice
from promissory.core.engine import Position
from promissory.core.money import EXACT
from promissory.core.reports import PayoffQuote

__all__ = ["NoteStatement"]


@dataclass(frozen=True, slots=True)
class NoteStatement:
    """What is due on a note with installments at the end of ``as_of``, and its payoff figure.

    ``installments`` is the installment status; ``balance`` the position that day (principal,
    interest, expenses); ``payoff`` the quote to pay everything that day.
    """

    installments: InstallmentStatus
    balance: Position
    payoff: PayoffQuote
    late_charges: tuple[LateChargeCharged, ...] = ()
    notices: tuple[PastDueNotice, ...] = ()

    @property
    def late_charges_due(self) -> Decimal:
        """Late charges the terms charged and not yet paid, at the end of ``as_of``."""
        return self.balance.late_charges

    @property
    def amount_due(self) -> Decimal:
        """The installments' amount due (past due and the next one) with the late charges due."""
        return EXACT.add(self.installments.amount_due, self.balance.late_charges)

    @property
    def escrow_deposit(self) -> Decimal | None:
        """The escrow deposit the terms add to each scheduled payment (``[escrow]``), or None."""
        escrow = self.balance.state.terms.escrow
        return escrow.deposit if escrow is not None else None

    @property
    def escrow_balance(self) -> Decimal:
        """The escrow balance held for taxes and insurance: not part of what the note owes."""
        return self.balance.escrow

    @property
    def note_id(self) -> str:
        return self.installments.note_id

    @property
    def currency(self) -> str:
        return self.installments.currency

    @property
    def as_of(self) -> date:
        return self.installments.as_of
