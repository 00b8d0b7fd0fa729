"""Amount due, past due and delinquency: a note's installments against the payments it received.

**The rule.**  The installments are the rows of the note's amortization table from issue
(:func:`~promissory.core.amortization.note_amortization` on the terms as written): installment
*k* is due on its due date for its amount (``payment``).  The payments received are the payment
rows of Schedule A that are not reversed, dated on or before ``as_of``, for their full amount.
Taken in date order, each payment is applied to the installments **oldest due first**: to the
installments due on or before the payment's date still unpaid; when none is, to the *next* one
coming due (a payment ahead of schedule pays the next installment early).  What a payment leaves
over is *unapplied* to installments (a prepayment of principal, beyond the installments); so
``applied + unapplied = received``, to the cent.  The same rule decides what of a payment is a
voluntary prepayment that carries the note's prepayment premium (``Run.scheduled``).

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
  remaining amount is 0.

Worked example (``examples/term-note-2024.toml``, issue 10): installments of 9,959.68 due on the
first of each month from 2024-04-01.  Paid 2024-04-01 and 2024-05-01, nothing after: on
2024-07-15 the installments of 2024-06-01 and 2024-07-01 are past due, 2 × 9,959.68 = 19,919.36,
the oldest 44 days (aging 30-59); the next installment is 2024-08-01's 9,959.68, so the amount due
is 29,879.04.

Not here yet (issue 10, later work): holding unapplied funds in the waterfall, and installments
re-computed after an amendment of the rate or a re-amortizing prepayment (the table is the terms'
table from issue).

Late charges, default interest on past-due installments, the post-maturity rate and the past-due
notices are charged by replay from the same rule (:mod:`promissory.core.delinquency`); a late charge
is never paid out of installment money, so what a payment counts against the installments is the
same here and in the replay (``State.installments_paid``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache

from promissory.core.amortization import note_amortization
from promissory.core.money import EXACT
from promissory.core.state import Ledger
from promissory.core.terms import Terms
from promissory.errors import InvalidInput

__all__ = ["AGING_BUCKETS", "InstallmentDue", "InstallmentPlan", "InstallmentStatus",
           "aging_bucket", "installment_plan", "installment_status"]  # fmt: skip

ZERO = Decimal(0)

#: The aging buckets, by days past due: (name, first day, last day or None).
AGING_BUCKETS: tuple[tuple[str, int, int | None], ...] = (
    ("current", 0, 0),
    ("1-29", 1, 29),
    ("30-59", 30, 59),
    ("60-89", 60, 89),
    ("90+", 90, None),
)


@dataclass(frozen=True, slots=True)
class InstallmentPlan:
    """The installments of a note's terms: due dates (as ordinals) and the money each calls for.

    ``through[k]`` is the installment money of installments 1 to k + 1 together.
    """

    due_ordinals: tuple[int, ...]
    through: tuple[Decimal, ...]

    def due_before(self, day: date) -> Decimal:
        """The installment money of every installment due before ``day`` (a loan taken on by its
        opening balance on ``day`` is current: all of it was paid)."""
        fallen = bisect_left(self.due_ordinals, day.toordinal())
        return self.through[fallen - 1] if fallen else ZERO

    def scheduled(self, day: date, paid: Decimal) -> Decimal:
        """What a payment on ``day`` pays as installments when ``paid`` paid them before.

        The installments due on or before ``day`` not yet paid; when they are all paid, the next
        installment coming due (paid ahead of schedule); 0 once every installment is paid.
        """
        fallen = bisect_right(self.due_ordinals, day.toordinal())
        due = self.through[fallen - 1] if fallen else ZERO
        if paid < due:
            return EXACT.subtract(due, paid)
        if fallen < len(self.through):
            return max(ZERO, EXACT.subtract(self.through[fallen], paid))
        return ZERO


@lru_cache(maxsize=64)
def installment_plan(terms: Terms) -> InstallmentPlan | None:
    """The installments of ``terms`` (its table from issue); None without ``[schedule]`` or when
    no table can be computed (a floating or stepped rate: the premium then applies as before)."""
    if terms.schedule is None:
        return None
    try:
        rows = note_amortization(terms).rows
    except InvalidInput:
        return None
    through: list[Decimal] = []
    total = ZERO
    for row in rows:
        total = EXACT.add(total, row.payment)
        through.append(total)
    return InstallmentPlan(tuple(r.due_date.toordinal() for r in rows), tuple(through))


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
    installments; ``unapplied`` the rest (``applied + unapplied == received``).  ``fallen_due`` is
    the sum of the installments due before ``as_of``; ``past_due`` what of it remains.
    """

    note_id: str
    currency: str
    as_of: date
    installments: tuple[InstallmentDue, ...]
    received: Decimal
    applied: Decimal
    unapplied: Decimal
    fallen_due: Decimal
    past_due: Decimal
    days_past_due: int
    next_due_date: date | None
    next_amount_due: Decimal
    paid_on: date | None

    @property
    def aging(self) -> str:
        return aging_bucket(self.days_past_due)

    @property
    def amount_due(self) -> Decimal:
        """Past due plus the next installment: what brings the note up to date by its next due date."""
        return EXACT.add(self.past_due, self.next_amount_due)


def _payments(ledger: Ledger, as_of: date) -> list[tuple[date, Decimal]]:
    return [
        (row.effective_date, row.amount)
        for row in ledger.rows
        if row.kind == "payment"
        and row.reversed_by is None
        and row.amount is not None
        and row.effective_date <= as_of
    ]


def _paid_on(ledger: Ledger, as_of: date) -> date | None:
    for row in reversed(ledger.rows):
        if row.reversed_by is None and row.effective_date <= as_of:
            return row.state.paid_on
    return ledger.initial.paid_on


def installment_status(ledger: Ledger, as_of: date) -> InstallmentStatus | None:
    """The note's installments at the end of ``as_of``; None for a note without ``[schedule]``.

    ``ledger`` must be the note's full replay (every payment from the first).
    """
    terms = ledger.terms
    if terms.schedule is None:
        return None
    rows = note_amortization(terms).rows  # refuses a note whose table cannot be computed
    plan = installment_plan(terms)
    assert plan is not None
    amounts = [row.payment for row in rows]
    completed: list[date | None] = [None] * len(rows)
    received = applied = ZERO
    opening = next((r for r in ledger.rows if r.kind == "opening_balance" and r.reversed_by is None
                    and r.effective_date <= as_of), None)  # fmt: skip
    taken_on = ZERO
    if opening is not None:  # taken on as current: what fell due before was paid elsewhere
        applied = taken_on = plan.due_before(opening.effective_date)
        for i, through in enumerate(plan.through):
            if through <= applied:
                completed[i] = opening.effective_date
    for day, amount in _payments(ledger, as_of):
        received = EXACT.add(received, amount)
        before = applied
        applied = EXACT.add(applied, min(amount, plan.scheduled(day, applied)))
        for i, through in enumerate(plan.through):  # oldest first: installments fill in order
            if before < through <= applied:
                completed[i] = day
    paid = [
        max(ZERO, min(amounts[i], EXACT.subtract(applied, plan.through[i - 1] if i else ZERO)))
        for i in range(len(rows))
    ]
    paid_on = _paid_on(ledger, as_of)
    grace = terms.schedule.grace_days
    installments = []
    for i, row in enumerate(rows):
        remaining = ZERO if paid_on is not None else EXACT.subtract(amounts[i], paid[i])
        late = (as_of - row.due_date).days if remaining > 0 and row.due_date < as_of else 0
        if late <= grace:  # within the grace period: due, not yet past due
            late = 0
        installments.append(InstallmentDue(row.number, row.due_date, amounts[i], paid[i],
                                           remaining, late, completed[i]))  # fmt: skip
    fallen_due = past_due = ZERO
    for inst in installments:
        if inst.due_date < as_of:  # (within a grace period too: what is unpaid of it is not late)
            fallen_due = EXACT.add(fallen_due, inst.amount)
        if inst.past_due:
            past_due = EXACT.add(past_due, inst.remaining)
    # the first unpaid installment not past due: due on or after as_of, or within its grace
    upcoming = next((x for x in installments if x.remaining > 0 and not x.past_due), None)
    return InstallmentStatus(
        note_id=terms.id,
        currency=terms.currency,
        as_of=as_of,
        installments=tuple(installments),
        received=received,
        applied=EXACT.subtract(applied, taken_on),  # of the payments received in this book
        unapplied=EXACT.subtract(received, EXACT.subtract(applied, taken_on)),
        fallen_due=fallen_due,
        past_due=past_due,
        days_past_due=max((x.days_past_due for x in installments), default=0),
        next_due_date=upcoming.due_date if upcoming else None,
        next_amount_due=upcoming.remaining if upcoming else ZERO,
        paid_on=paid_on,
    )
