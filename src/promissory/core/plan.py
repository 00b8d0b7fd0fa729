"""The installments a note bills: its amortization table, revised by what happened to the note.

**The rule.**  A note's installments start as the table of its terms from issue
(:func:`~promissory.core.amortization.note_amortization`).  Three things revise them, each
written down as a :class:`PlanRevision` (kept in the replay's state, so billing, the
premium-free principal of a payment and ``amortization --as-of`` read the same plan):

* **a rate amendment** (an :class:`~promissory.core.events.Amendment` with a new ``rate``) on
  day D.  Under ``[schedule] rate_change = "reamortize"`` (the default for level, fixed-principal
  and interest-only-then-amortizing schedules), the installments due after D are recomputed at
  the new rate on the principal the plan expected to be owed after the last installment due on or
  before D, over the installments that remain of the amortization term — the words of the
  uniform adjustable-rate note: "the amount sufficient to repay the unpaid principal that I am
  expected to owe at the Change Date in full on the Maturity Date at my new interest rate in
  substantially equal payments".  Under ``rate_change = "keep-installment"`` (the only choice for
  a stated installment or a custom table) the installment stays and the last installment (the
  balloon) absorbs the change.  The expected principal, not the principal owed that day, so an
  installment paid late is not counted twice;
* **a voluntary prepayment** of a note whose ``prepayment_effect = "reamortize"``: the
  installments due after the payment are recomputed over the rest of the term on the expected
  principal less the principal prepaid ("shorten-term" notes keep the installment: no revision);
* **the conversion of a multi-draw note to a term loan** (``[schedule] amortize_from =
  "conversion"``): no installment is billed during the draw period (interest only, payable as the
  note's ``[interest]`` says); the first event after the draw period ends fixes the principal then
  owed, and the installments are computed on it from the draw period's end.

Rows due before a revision keep their amounts; a revision replaces every row after it.  An
amendment or a prepayment *within* a period (after its first day) leaves that period's
installment as it was: its interest is what the ledger accrues (the old rate, or the higher
balance, until the day; the new one after), and the installments after it are re-amortized on
the principal it leaves — so a note paid on its plan ends at exactly zero.  (A payment ahead of
its due date accrues less interest than the plan assumed; the last installment then differs from
what is owed, as for any note: the payoff quote is always exact.)

Worked example (``examples/term-note-2024.toml``): 9,959.68 a month at 7.25%.  Amended to 8.00%
effective 2024-06-01 (a due date) with installments 1–2 paid: installment 3, due that day, stays;
the plan expected 479,057.44 owed after it, and the 57 installments from 2024-07-01 are
re-amortized on it at 8.00%: 10,129.92 (numpy-financial's ``pmt(0.08/12, 57, -479057.44)``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from enum import Enum
from functools import lru_cache

from promissory.core.amortization import note_amortization
from promissory.core.daycount import get_day_count
from promissory.core.installments import (
    AmortizationRow,
    InstallmentExplanation,
    PaymentSchedule,
    PrepaymentEffect,
    amortization_table,
    reamortize,
)
from promissory.core.installments.schedule import AmortizeFrom, RateChangeEffect
from promissory.core.money import EXACT, Exact
from promissory.core.terms import Terms
from promissory.errors import InvalidInput

__all__ = [
    "InstallmentPlan",
    "PlanRevision",
    "PlanTable",
    "Revision",
    "conversion_due",
    "conversion_revision",
    "installment_plan",
    "plan_rows",
    "prepayment_revision",
    "rate_revision",
]  # fmt: skip

ZERO = Decimal(0)


class Revision(Enum):
    """Why a plan was revised."""

    RATE = "rate"  # an amendment of the rate
    PREPAYMENT = "prepayment"  # a voluntary prepayment re-amortized the installment
    CONVERSION = "conversion"  # the draw period ended: the term loan's installments begin


@dataclass(frozen=True, slots=True)
class PlanRevision:
    """One revision of the installments: on ``on``, from installment ``from_period`` on, the rows
    repay ``balance`` at annual ``rate``; ``keep`` keeps the installment in force instead of
    computing a new one."""

    on: date
    why: Revision
    from_period: int
    balance: Decimal
    rate: Decimal
    keep: bool = False


@dataclass(frozen=True, slots=True)
class InstallmentPlan:
    """The installments a note bills: the rows, their due dates (as ordinals) and the money due.

    ``through[k]`` is the installment money of rows 0 to k together.
    """

    rows: tuple[AmortizationRow, ...]
    due_ordinals: tuple[int, ...]
    through: tuple[Decimal, ...]

    def due_before(self, day: date) -> Decimal:
        """The installment money of every installment due before ``day`` (a loan taken on by its
        opening balance on ``day`` is current: all of it was paid)."""
        fallen = bisect_left(self.due_ordinals, day.toordinal())
        return self.through[fallen - 1] if fallen else ZERO

    def due_through(self, day: date) -> Decimal:
        """The installment money of every installment due on or before ``day``."""
        fallen = bisect_right(self.due_ordinals, day.toordinal())
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

    def due_dates_in(self, after: date, through: date) -> list[date]:
        """The due dates in (``after``, ``through``]."""
        lo = bisect_right(self.due_ordinals, after.toordinal())
        hi = bisect_right(self.due_ordinals, through.toordinal())
        return [date.fromordinal(d) for d in self.due_ordinals[lo:hi]]

    def next_open_row(self, day: date, paid: Decimal) -> AmortizationRow | None:
        """The first installment due after ``day`` that ``paid`` has not paid in full (one
        paid ahead of schedule keeps its amount); None after the last."""
        i = max(bisect_right(self.due_ordinals, day.toordinal()),
                bisect_right(self.through, paid))  # fmt: skip
        return self.rows[i] if i < len(self.rows) else None


def _opening(row: AmortizationRow) -> Decimal:
    """The principal expected owed when ``row``'s period begins."""
    return EXACT.add(row.balance, row.principal)


Rows = tuple[AmortizationRow, ...]


@dataclass(frozen=True, slots=True)
class PlanTable:
    """The plan's rows, the regular installment in force after its last revision (None for a
    custom table or before a conversion) and how that installment was computed."""

    rows: Rows
    installment: Decimal | None
    explanation: InstallmentExplanation | None


@lru_cache(maxsize=128)
def plan_rows(terms: Terms, revisions: tuple[PlanRevision, ...] = ()) -> PlanTable:
    """The rows of ``terms``' table (as issued) with ``revisions`` applied in order."""
    schedule = terms.schedule
    if schedule is None:
        return PlanTable((), None, None)
    plan = PlanTable((), None, None)
    start = terms.issue_date  # the date interest of the first period runs from
    if schedule.amortize_from is not AmortizeFrom.CONVERSION:
        table = note_amortization(terms)
        plan = PlanTable(table.rows, table.installment, table.explanation)
    for rev in revisions:
        if rev.why is Revision.CONVERSION:
            start = rev.on
        plan = _revised(terms, schedule, plan, rev, start)
    return plan


def _revised(
    terms: Terms, schedule: PaymentSchedule, plan: PlanTable, rev: PlanRevision, start: date
) -> PlanTable:
    day_count, rounding = terms.interest.day_count, terms.rounding
    if rev.why is Revision.CONVERSION:
        table = amortization_table(schedule, rev.balance, rev.rate, day_count, start=rev.on,
                                   rounding=rounding)  # fmt: skip
        return PlanTable(table.rows, table.installment, table.explanation)
    kept = tuple(row for row in plan.rows if row.number < rev.from_period)
    if rev.balance <= 0:
        return PlanTable(kept, plan.installment, plan.explanation)
    effect = PrepaymentEffect.SHORTEN_TERM if rev.keep else PrepaymentEffect.REAMORTIZE
    table = reamortize(replace(schedule, prepayment_effect=effect), rev.balance, rev.from_period,
                       rev.rate, day_count, start=start,
                       installment=plan.installment if rev.keep else None,
                       rounding=rounding)  # fmt: skip
    explanation = replace(
        table.explanation,
        remarks=(*table.explanation.remarks, f"revised on {rev.on} ({rev.why.value})"),
    )
    return PlanTable(kept + table.rows, table.installment, explanation)


def _plan(rows: Rows) -> InstallmentPlan:
    through: list[Decimal] = []
    total = ZERO
    for row in rows:
        total = EXACT.add(total, row.payment)
        through.append(total)
    return InstallmentPlan(rows, tuple(r.due_date.toordinal() for r in rows), tuple(through))


@lru_cache(maxsize=128)
def installment_plan(
    terms: Terms, revisions: tuple[PlanRevision, ...] = ()
) -> InstallmentPlan | None:
    """The installments of ``terms`` (as issued) revised by ``revisions``; None without
    ``[schedule]`` or when no table can be computed (a floating or stepped rate: the premium then
    applies as before)."""
    if terms.schedule is None:
        return None
    try:
        return _plan(plan_rows(terms, revisions).rows)
    except InvalidInput:
        return None


def conversion_due(terms: Terms, day: date, revisions: tuple[PlanRevision, ...]) -> bool:
    """Whether a note converting at the end of its draw period has converted by ``day`` without
    a conversion on record yet (``terms``: the terms in force)."""
    schedule = terms.schedule
    return (
        schedule is not None
        and schedule.amortize_from is AmortizeFrom.CONVERSION
        and day > terms.last_draw_date
        and not any(r.why is Revision.CONVERSION for r in revisions)
    )


def conversion_revision(terms: Terms, principal: Decimal) -> PlanRevision | None:
    """The term loan's installments on ``principal``, owed at the end of the draw period (None
    when nothing is owed: there is nothing to amortize)."""
    rate = terms.interest.rate
    if principal <= 0 or rate is None:
        return None
    return PlanRevision(terms.last_draw_date, Revision.CONVERSION, 1, principal, rate)


def rate_revision(
    plan: InstallmentPlan, terms: Terms, day: date, paid: Decimal, old_rate: Decimal | None
) -> PlanRevision | None:
    """The revision a new rate (in ``terms``, the amended terms) on ``day`` makes (see the rule);
    ``paid``: the installment money paid so far; ``old_rate``: the rate before the amendment."""
    schedule, rate = terms.schedule, terms.interest.rate
    row = plan.next_open_row(day, paid)
    if schedule is None or rate is None or row is None:
        return None
    keep = schedule.rate_change_effect() is RateChangeEffect.KEEP_INSTALLMENT
    opening = _opening(row)
    if not _straddles(row, day) or old_rate is None:
        return PlanRevision(day, Revision.RATE, row.number, opening, rate, keep)
    # the period running on ``day`` keeps its installment; its interest accrues at the old rate
    # before the day and at the new one from it, as the ledger accrues it
    interest = _mixed(terms, row, day, (opening, old_rate), (opening, rate))
    return _after(plan, row, day, Revision.RATE, EXACT.subtract(row.payment, interest), opening,
                  rate, keep)  # fmt: skip


def _straddles(row: AmortizationRow, day: date) -> bool:
    """Whether ``day`` falls inside ``row``'s period (after its first day)."""
    return row.accrual_start < day < row.accrual_end


def _mixed(
    terms: Terms,
    row: AmortizationRow,
    day: date,
    before: tuple[Decimal, Decimal],
    after: tuple[Decimal, Decimal],
) -> Decimal:
    """``row``'s interest when (balance, rate) is ``before`` until ``day`` and ``after`` from it,
    accrued exactly and rounded once, as a payment on the due date posts it."""
    convention = get_day_count(terms.interest.day_count)
    end = terms.maturity
    first = convention.year_fraction(row.accrual_start, day, termination_date=end)
    second = convention.year_fraction(day, row.accrual_end, termination_date=end)
    exact = Exact.interest(before[0], before[1], first) + Exact.interest(after[0], after[1], second)
    return terms.rounding.round(exact)


def _after(
    plan: InstallmentPlan,
    row: AmortizationRow,
    day: date,
    why: Revision,
    principal: Decimal,
    opening: Decimal,
    rate: Decimal,
    keep: bool = False,
) -> PlanRevision | None:
    """A revision from the installment after ``row``, which pays ``principal`` of ``opening``."""
    following = next((r for r in plan.rows if r.number > row.number), None)
    if following is None:
        return None  # the last installment absorbs the difference
    balance = max(ZERO, EXACT.subtract(opening, principal))
    return PlanRevision(day, why, following.number, balance, rate, keep)


def prepayment_revision(
    plan: InstallmentPlan, terms: Terms, day: date, prepaid: Decimal, paid: Decimal
) -> PlanRevision | None:
    """The revision a voluntary prepayment of ``prepaid`` principal on ``day`` makes under
    ``prepayment_effect = "reamortize"`` (None under ``shorten-term``).  Within a period, that
    period's installment stays (its interest is on the higher balance until the day) and the
    installments after it are re-amortized."""
    schedule, rate = terms.schedule, terms.interest.rate
    if schedule is None or rate is None or prepaid <= 0:
        return None
    if schedule.prepayment_effect is not PrepaymentEffect.REAMORTIZE:
        return None
    row = plan.next_open_row(day, paid)
    if row is None:
        return None
    opening = _opening(row)
    if not _straddles(row, day):
        balance = max(ZERO, EXACT.subtract(opening, prepaid))
        return PlanRevision(day, Revision.PREPAYMENT, row.number, balance, rate)
    lower = max(ZERO, EXACT.subtract(opening, prepaid))
    interest = _mixed(terms, row, day, (opening, rate), (lower, rate))
    principal = EXACT.add(prepaid, EXACT.subtract(row.payment, interest))
    return _after(plan, row, day, Revision.PREPAYMENT, principal, opening, rate)
