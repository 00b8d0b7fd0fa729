"""Amount due, past due and delinquency: a note's installments against the payments it received.

**The rule.**  The installments are the rows of the note's installment plan
(:mod:`promissory.core.plan`: the table of its terms from issue, revised by a rate amendment, a
re-amortizing prepayment or the conversion of a draw period, as its replay recorded): installment
*k* is due on its due date for its amount (``payment``).  What was applied to installments is what
the replay counted (``State.installments_paid``), row by row of Schedule A through ``as_of``: each
payment is applied to the installments **oldest due first**: to the installments due on or before
the payment's date still unpaid; when none is, to the *next* one coming due (a payment ahead of
schedule pays the next installment early).  What a payment leaves over either prepays principal
(``beyond``: a voluntary prepayment, which carries the note's premium) or, when the terms do not
let it apply (``[schedule] excess = "unapplied"``, a note that may not be prepaid), is held as
**unapplied funds**; held funds pay the installments due on each due date, at the start of that
day (a Schedule A row of their own), and may be returned (a ``refund``).  So, to the cent::

    received = applied + beyond + unapplied + returned

At the end of ``as_of``:

* an installment's ``remaining`` is its amount less what was applied to it; it is **past due**
  when it remains unpaid and its due date is before ``as_of`` (on its due date it is due, not yet
  past due) and more than the schedule's ``grace_days`` (default 0) before it; its
  ``days_past_due`` are then the days from its due date to ``as_of`` (with 10 days of grace, an
  installment due 2024-04-01 is past due from 2024-04-12, 11 days);
* the note's **past due** is the sum of the remaining amounts past due — never negative and never
  more than the installments fallen due before ``as_of``; its **days past due** are those of the
  oldest installment past due, and its **aging bucket** is ``current``, ``1-29``, ``30-59``,
  ``60-89`` or ``90+`` by those days;
* the **next installment** is the first one with something remaining that is not past due (due on
  or after ``as_of``, or still within its grace period):
  ``next_due_date`` and ``next_amount_due``; the **amount due** is past due plus that next amount;
* once the note is paid (Schedule A says so on or before ``as_of``) nothing more is due: every
  remaining amount is 0;
* once the note is **accelerated**, its installments are no longer billed one by one: the whole
  payoff (less the unapplied funds held) is due from the day of the acceleration and past due
  from the day after, its days past due counted from the acceleration; there is no next
  installment.

Worked example (``examples/term-note-2024.toml``, issue 10): installments of 9,959.68 due on the
first of each month from 2024-04-01.  Paid 2024-04-01 and 2024-05-01, nothing after: on
2024-07-15 the installments of 2024-06-01 and 2024-07-01 are past due, 2 × 9,959.68 = 19,919.36,
the oldest 44 days (aging 30-59); the next installment is 2024-08-01's 9,959.68, so the amount due
is 29,879.04.

Late charges, default interest on past-due installments, the post-maturity rate and the past-due
notices are charged by replay from the same rule (:mod:`promissory.core.delinquency`); a late charge
is never paid out of installment money, so what a payment counts against the installments is the
same here and in the replay (``State.installments_paid``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from promissory.core.amortization import note_amortization
from promissory.core.engine import dues_on, rows_and_state_through
from promissory.core.money import EXACT
from promissory.core.plan import (
    InstallmentPlan,
    PlanRevision,
    conversion_due,
    conversion_revision,
    installment_plan,
    plan_rows,
)
from promissory.core.state import Ledger, ScheduleRow, State
from promissory.core.terms import Terms

__all__ = ["AGING_BUCKETS", "InstallmentDue", "InstallmentPlan", "InstallmentStatus",
           "aging_bucket", "installment_plan", "installment_status", "note_plan", "plan_in_force"]  # fmt: skip

ZERO = Decimal(0)

#: The aging buckets, by days past due: (name, first day, last day or None).
AGING_BUCKETS: tuple[tuple[str, int, int | None], ...] = (
    ("current", 0, 0),
    ("1-29", 1, 29),
    ("30-59", 30, 59),
    ("60-89", 60, 89),
    ("90+", 90, None),
)


def aging_bucket(days_past_due: int) -> str:
    """The aging bucket of ``days_past_due`` (``current`` when nothing is past due)."""
    for name, first, last in AGING_BUCKETS:
        if days_past_due >= first and (last is None or days_past_due <= last):
            return name
    raise ValueError(f"days past due must not be negative (got {days_past_due})")


@dataclass(frozen=True, slots=True)
class InstallmentDue:
    """One installment at the end of the day asked about.

    ``amount`` is the installment of the table; ``paid`` what the payments received were applied
    to it; ``remaining`` = amount − paid; ``days_past_due`` the days since its due date while
    something remains and the due date is past (else 0); ``paid_on`` the date of the payment that
    completed it (None while something remains).
    """

    number: int
    due_date: date
    amount: Decimal
    paid: Decimal
    remaining: Decimal
    days_past_due: int
    paid_on: date | None

    @property
    def past_due(self) -> bool:
        return self.days_past_due > 0


@dataclass(frozen=True, slots=True)
class InstallmentStatus:
    """A note's installments at the end of ``as_of`` and their totals (see the module rule).

    ``received`` is every payment received through ``as_of``; ``applied`` what went to
    installments; ``beyond`` what went beyond them (prepaid principal and its premium, expenses);
    ``unapplied`` the unapplied funds held; ``returned`` what of them was refunded
    (``received == applied + beyond + unapplied + returned``).  ``fallen_due`` is the sum of the
    installments due before ``as_of``; ``past_due`` what of it remains.  ``accelerated_on``: the
    day the note was accelerated (None if not, or once paid); the installments are then no longer
    billed one by one: ``accelerated_due`` (the payoff less the funds held) is what is due, and
    ``fallen_due`` and (from the day after) ``past_due`` are that figure.
    """

    note_id: str
    currency: str
    as_of: date
    installments: tuple[InstallmentDue, ...]
    received: Decimal
    applied: Decimal
    beyond: Decimal
    unapplied: Decimal
    returned: Decimal
    fallen_due: Decimal
    past_due: Decimal
    days_past_due: int
    next_due_date: date | None
    next_amount_due: Decimal
    paid_on: date | None
    accelerated_on: date | None = None
    accelerated_due: Decimal = ZERO

    @property
    def aging(self) -> str:
        return aging_bucket(self.days_past_due)

    @property
    def amount_due(self) -> Decimal:
        """Past due plus the next installment: what brings the note up to date by its next due
        date (once accelerated: the whole payoff, less the funds held)."""
        if self.accelerated_on is not None:
            return self.accelerated_due
        return EXACT.add(self.past_due, self.next_amount_due)


def _revisions(state: State, as_of: date) -> tuple[PlanRevision, ...]:
    """The plan revisions in force at the end of ``as_of`` (a conversion not yet recorded by an
    event after the draw period is made here, on the principal then owed, as the replay will)."""
    revisions = state.plan_revisions
    if conversion_due(state.terms, as_of, revisions):
        revision = conversion_revision(state.terms, state.principal)
        if revision is not None:
            revisions = (*revisions, revision)
    return revisions


def plan_in_force(ledger: Ledger, as_of: date) -> tuple[tuple[PlanRevision, ...], State]:
    """The plan revisions in force at the end of ``as_of`` and the note's state then."""
    _, state = rows_and_state_through(ledger, as_of)
    return _revisions(state, as_of), state


def note_plan(ledger: Ledger, as_of: date) -> InstallmentPlan | None:
    """The installment plan in force at the end of ``as_of`` (None without ``[schedule]``);
    refuses, naming why, a note whose table cannot be computed."""
    terms = ledger.terms
    if terms.schedule is None:
        return None
    _, state = rows_and_state_through(ledger, as_of)
    return _plan(terms, _revisions(state, as_of))


def _plan(terms: Terms, revisions: tuple[PlanRevision, ...]) -> InstallmentPlan:
    """The plan of ``terms`` revised by ``revisions``; refuses a table that cannot be computed,
    saying why (``installment_plan`` would return None)."""
    if revisions:
        plan_rows(terms, revisions)
    else:
        note_amortization(terms)
    plan = installment_plan(terms, revisions)
    assert plan is not None
    return plan


def _completed(plan: InstallmentPlan, rows: list[ScheduleRow]) -> list[date | None]:
    """The day each installment was paid in full (None while something remains)."""
    completed: list[date | None] = [None] * len(plan.rows)
    before = ZERO
    for row in rows:
        if row.reversed_by is not None:
            continue
        after = row.state.installments_paid
        if after > before:
            for i, through in enumerate(plan.through):
                if before < through <= after:
                    completed[i] = row.effective_date
            before = after
    return completed


def installment_status(ledger: Ledger, as_of: date) -> InstallmentStatus | None:
    """The note's installments at the end of ``as_of``; None for a note without ``[schedule]``.

    ``ledger`` must be the note's full replay (every payment from the first).
    """
    terms = ledger.terms
    if terms.schedule is None:
        return None
    rows, state = rows_and_state_through(ledger, as_of)
    plan = _plan(terms, _revisions(state, as_of))
    live = [r for r in rows if r.reversed_by is None]
    received = returned = ZERO
    for row in live:
        if row.kind == "payment" and row.amount is not None:  # its escrow part is not the note's
            received = EXACT.add(received, row.to_debt or ZERO)
        elif row.kind == "refund" and row.amount is not None:
            returned = EXACT.add(returned, row.amount)
    taken_on = next((r.state.installments_paid for r in live if r.kind == "opening_balance"),
                    ZERO)  # fmt: skip
    completed = _completed(plan, live)
    applied = state.installments_paid
    amounts = [row.payment for row in plan.rows]
    paid = [
        max(ZERO, min(amounts[i], EXACT.subtract(applied, plan.through[i - 1] if i else ZERO)))
        for i in range(len(amounts))
    ]
    paid_on = state.paid_on or state.terminated_on
    accelerated_on = _accelerated_on(live) if state.accelerated and paid_on is None else None
    grace = terms.schedule.grace_days
    installments = []
    closed = paid_on is not None or accelerated_on is not None
    for i, line in enumerate(plan.rows):
        remaining = ZERO if closed else EXACT.subtract(amounts[i], paid[i])
        late = (as_of - line.due_date).days if remaining > 0 and line.due_date < as_of else 0
        if late <= grace:  # within the grace period: due, not yet past due
            late = 0
        installments.append(InstallmentDue(line.number, line.due_date, amounts[i], paid[i],
                                           remaining, late, completed[i]))  # fmt: skip
    fallen_due = past_due = ZERO
    for inst in installments:
        if inst.due_date < as_of:  # (within a grace period too: what is unpaid of it is not late)
            fallen_due = EXACT.add(fallen_due, inst.amount)
        if inst.past_due:
            past_due = EXACT.add(past_due, inst.remaining)
    days_past_due = max((x.days_past_due for x in installments), default=0)
    # the first unpaid installment not past due: due on or after as_of, or within its grace
    upcoming = next((x for x in installments if x.remaining > 0 and not x.past_due), None)
    payoff = ZERO
    if accelerated_on is not None:  # everything is due: the payoff, less the funds held
        _, dues = dues_on(ledger, as_of)
        payoff = max(ZERO, EXACT.subtract(dues.total(terms.rounding), state.unapplied))
        fallen_due = payoff
        past_due = payoff if as_of > accelerated_on else ZERO
        days_past_due = (as_of - accelerated_on).days
        upcoming = None
    beyond = EXACT.subtract(
        EXACT.subtract(
            EXACT.subtract(received, EXACT.subtract(applied, taken_on)), state.unapplied
        ),
        returned,
    )
    return InstallmentStatus(
        note_id=terms.id,
        currency=terms.currency,
        as_of=as_of,
        installments=tuple(installments),
        received=received,
        applied=EXACT.subtract(applied, taken_on),  # of the payments received in this book
        beyond=beyond,
        unapplied=state.unapplied,
        returned=returned,
        fallen_due=fallen_due,
        past_due=past_due,
        days_past_due=days_past_due,
        next_due_date=upcoming.due_date if upcoming else None,
        next_amount_due=upcoming.remaining if upcoming else ZERO,
        paid_on=paid_on,
        accelerated_on=accelerated_on,
        accelerated_due=payoff,
    )


def _accelerated_on(rows: list[ScheduleRow]) -> date | None:
    return max((r.effective_date for r in rows if r.kind == "acceleration"), default=None)
