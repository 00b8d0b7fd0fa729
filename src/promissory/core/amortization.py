"""A note's forward amortization table: its installments, from its terms and what it owes.

**The rule.**  From the note's ``[schedule]`` (:class:`~promissory.core.installments.PaymentSchedule`)
at its fixed contract rate and day count, rounded by its rounding policy:

* **from issue** (no date asked): the table of the terms, repaying the note's *commitment* from
  the issue date — a term note is advanced in full when it is made.  The installment is computed
  (or stated) as :func:`~promissory.core.installments.explain_installment` says;
* **as of a date**: the installments falling due *after* that date, repaying the principal the note
  actually owes at the end of it (what the ledger says, payments and prepayments included).  That
  principal is taken as owed from the start of the first remaining installment's period, and the
  rows are re-computed by :func:`~promissory.core.installments.reamortize` under the note's
  prepayment effect: ``shorten-term`` keeps the installment of the table from issue (the term
  shortens when principal was prepaid), ``reamortize`` computes a new installment over the
  installments left.  Interest accrued and unpaid at that date is not in the rows: the table is of
  principal and the interest it earns from the period's start.

This is what is due if every remaining installment is paid in full on its due date; it does not
yet say what has been paid against each installment (issue 10, later work).

Worked example (``examples/term-note-2024.toml``): $500,000.00 at 7.25%, 30/360, 60 monthly
installments from 2024-04-01.  From issue: installment 9,959.68; row 1 pays 3,020.83 interest and
6,938.85 principal, leaving 493,061.15; row 60 (2029-03-01) pays what is left.  As of 2024-04-01
with that installment paid, the rows are 2 to 60 on 493,061.15 — the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from promissory.core.installments import (
    AmortizationRow,
    AmortizationTable,
    InstallmentExplanation,
    amortization_table,
    reamortize,
)
from promissory.core.installments.schedule import AmortizeFrom
from promissory.core.terms import Terms
from promissory.errors import InvalidInput

__all__ = ["NoteAmortization", "note_amortization"]


@dataclass(frozen=True, slots=True)
class NoteAmortization:
    """A note's amortization table: from issue, or the installments remaining after ``as_of``.

    ``principal`` is what the rows repay (the commitment from issue, or the principal owed at the
    end of ``as_of``); ``installment`` the regular installment in force (for fixed principal, the
    principal per installment; None for a custom table); ``table`` the rows and how the
    installment was computed (``table.explanation``).
    """

    note_id: str
    currency: str
    as_of: date | None
    principal: Decimal
    installment: Decimal | None
    table: AmortizationTable

    @property
    def rows(self) -> tuple[AmortizationRow, ...]:
        return self.table.rows

    @property
    def explanation(self) -> InstallmentExplanation:
        return self.table.explanation


def note_amortization(
    terms: Terms,
    *,
    as_of: date | None = None,
    principal_owed: Decimal | None = None,
    installment: Decimal | None = None,
    converted: Decimal | None = None,
) -> NoteAmortization:
    """The amortization table of ``terms`` (see the module rule).

    ``as_of`` and ``principal_owed`` go together: the principal the note owes at the end of
    ``as_of`` (from its ledger).  ``installment``: the installment in force that day (the note's
    plan, :mod:`promissory.core.plan`, after a rate amendment or a re-amortizing prepayment; None:
    the table's from issue).  ``converted``: a note with ``amortize_from = "conversion"``, the
    principal owed when its draw period ended (None: the commitment, as if fully drawn); its
    table runs from ``draw_period_end``.  Refused: a note without ``[schedule]``, a date after the
    last installment, a note that owes no principal.
    """
    schedule = terms.schedule
    if schedule is None:
        raise InvalidInput(
            f"note {terms.id} has no [schedule] in its terms: it states no installments to "
            "amortize (see docs/terms-format.md)"
        )
    rate = terms.interest.rate
    if rate is None or terms.interest.steps or terms.interest.floating is not None:
        raise InvalidInput(f"note {terms.id}: an amortization table needs a fixed contract rate")
    if (as_of is None) != (principal_owed is None):
        raise InvalidInput("as_of and principal_owed go together: the principal owed that day")
    day_count, rounding = terms.interest.day_count, terms.rounding
    start, base = terms.issue_date, terms.commitment
    if schedule.amortize_from is AmortizeFrom.CONVERSION:
        start, base = terms.last_draw_date, converted if converted is not None else base
    full = amortization_table(schedule, base, rate, day_count, start=start, rounding=rounding)
    if as_of is None or principal_owed is None:
        return NoteAmortization(terms.id, terms.currency, None, base, full.installment, full)
    remaining = [row for row in full.rows if row.due_date > as_of]
    if not remaining:
        raise InvalidInput(
            f"note {terms.id}: no installment falls due after {as_of} (the last was due "
            f"{full.rows[-1].due_date})"
        )
    if principal_owed <= 0:
        raise InvalidInput(
            f"note {terms.id} owes no principal at the end of {as_of}: nothing is left to amortize"
        )
    table = reamortize(
        schedule,
        principal_owed,
        remaining[0].number,
        rate,
        day_count,
        start=start,
        installment=installment if installment is not None else full.installment,
        rounding=rounding,
    )
    return NoteAmortization(terms.id, terms.currency, as_of, principal_owed,
                            table.installment, table)  # fmt: skip
