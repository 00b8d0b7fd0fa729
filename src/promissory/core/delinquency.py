"""Delinquency charged by replay: late charges, default interest on past-due installments, the
post-maturity rate and the past-due notice (issue 10).

Nothing here is recorded by anyone: each figure is derived from the terms and the payments, on
every replay, so a back-dated payment or a reversal that cures an installment in time makes its
late charge and its default interest disappear.

**Late charges** (``[late_charge]``, :class:`~promissory.core.terms.LateChargeTerms`).  Installment
*k*, due on ``due``, is looked at once, at the start of ``due + grace_days + 1`` (the first day
after its grace period, before that day's payments): if the payments received before that day
have not paid it in full (oldest due first, :mod:`promissory.core.billing`), the terms charge
``percent`` × the installment (or × what of it is unpaid, ``basis = "unpaid"``) rounded under the
note's policy, or the fixed ``amount``; then at least ``minimum`` and at most ``maximum``.  Once
per installment: however long it stays unpaid, it is never charged again.  No charge once the note
is paid, terminated or accelerated (everything is then due; no installment is "late").  The charge
is a Schedule A row of kind ``late_charge`` with no id (the terms made it) and goes to the
``late_charges`` bucket (:mod:`promissory.core.waterfall`), which is paid only from what a payment
leaves over after the installments due, so a full installment never becomes late by a late charge.

Example (``examples/term-note-2024.toml`` with ``percent = "0.05"``, no grace): the installment of
9,959.68 due 2024-08-01 unpaid at the end of that day → on 2024-08-02 a late charge of
9,959.68 × 5% = 497.984 → 497.98.

**Default interest on past-due installments** (``default.applies_to = "past_due"``).  The default
margin (``interest.default_margin``, within ``interest.max_rate``) accrues on each installment's
unpaid amount from its due date (the usual words: "interest on any installment not paid when due,
from its due date until paid") — the grace period defers the late charge, not this interest — until
the payment that completes it, with no Event of Default recorded.  Contract interest keeps
accruing on the principal as before.  After an acceleration the whole balance is due, so the
default margin then runs on the whole principal while the default continues, as under
``balance``.  Counting the first and last day (``count_first_and_last_day``) it runs from the day
after the due date, so the days are the same.  The same note, its installment of 2024-08-01 paid 18 days late on 2024-08-19
(30/360): 9,959.68 × 5% × 18/360 = 24.8992 → 24.90, where an Event of Default on 2024-08-01 cured on
2024-08-19 with ``balance`` gives 471,992.07 × 5% × 18/360 = 1,179.98.

**Post-maturity rate** (``default.post_maturity_margin``).  From maturity on (maturity as amended),
unpaid principal accrues that margin above the contract rate (within ``interest.max_rate``) with no
event; when an Event of Default also continues the larger extra applies (they do not add up).
Under ``past_due`` the per-installment default interest stops at maturity when a post-maturity
margin is given (the whole principal then bears it).  ``explain`` shows it as its own segments.

**Past-due notice** (``schedule.past_due_notice_days = N``).  An installment still unpaid N days
after its due date raises a warning dated ``due + N`` (a notice for the lender; it accelerates
nothing).  The notices of a day are those of installments still unpaid at its end.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from promissory.core.money import EXACT, RoundingPolicy
from promissory.core.plan import InstallmentPlan, PlanRevision, installment_plan
from promissory.core.state import ScheduleRow
from promissory.core.terms import DefaultInterestBasis, InterestTerms, LateChargeTerms, Terms

if TYPE_CHECKING:  # billing imports the engine, which imports this module through the replay
    from promissory.core.billing import InstallmentStatus

__all__ = ["DelinquencyPlan", "LateChargeCharged", "PastDueNotice", "delinquency_plan",
           "describe_late_charge", "late_charge", "late_charges_charged", "margin_extra",
           "past_due_notices"]  # fmt: skip

ZERO = Decimal(0)


def late_charge(
    terms: LateChargeTerms, installment: Decimal, unpaid: Decimal, rounding: RoundingPolicy
) -> Decimal:
    """The late charge on one installment of ``installment`` of which ``unpaid`` is unpaid."""
    if terms.amount is not None:
        charge = terms.amount
    else:
        assert terms.percent is not None
        base = unpaid if terms.basis == "unpaid" else installment
        charge = rounding.round(EXACT.multiply(base, terms.percent))
    if terms.minimum is not None and charge < terms.minimum:
        charge = terms.minimum
    if terms.maximum is not None and charge > terms.maximum:
        charge = terms.maximum
    return charge


def describe_late_charge(terms: LateChargeTerms, base: Decimal, rounding: RoundingPolicy) -> str:
    """How a late charge on ``base`` is figured, in words: ``5% of the installment 9959.68 =
    497.984 → 497.98``, then the minimum or the cap when one of them decides it."""
    if terms.amount is not None:
        text, figure = f"the fixed late charge {terms.amount}", terms.amount
    else:
        assert terms.percent is not None
        raw = EXACT.multiply(base, terms.percent)
        figure = rounding.round(raw)
        of = "the unpaid part of the installment" if terms.basis == "unpaid" else "the installment"
        text = f"{(terms.percent * 100).normalize():f}% of {of} {base} = {raw.normalize():f} → {figure}"
    if terms.minimum is not None and figure < terms.minimum:
        text += f", raised to the minimum {terms.minimum}"
    if terms.maximum is not None and figure > terms.maximum:
        text += f", capped at the maximum {terms.maximum}"
    return text


def margin_extra(interest: InterestTerms, contract: Decimal, margin: Decimal) -> Decimal:
    """``margin`` above ``contract``, less what the maximum lawful rate does not allow."""
    rate = EXACT.add(contract, margin)
    if interest.max_rate is not None and rate > interest.max_rate:
        rate = interest.max_rate
    return max(ZERO, EXACT.subtract(rate, contract))


@dataclass(frozen=True, slots=True)
class DelinquencyPlan:
    """What a replay needs to charge delinquency on a note with installments.

    ``due`` are the installments' due dates, ``amounts`` their amounts and ``through`` the running
    sums (as :class:`~promissory.core.billing.InstallmentPlan`); ``charge_days`` the day each one is
    looked at for a late charge (``due + grace + 1``), as ordinals.
    """

    due: tuple[date, ...]
    amounts: tuple[Decimal, ...]
    through: tuple[Decimal, ...]
    charge_days: tuple[int, ...]
    late_charge: LateChargeTerms | None
    past_due_interest: bool

    def unpaid(self, k: int, paid: Decimal) -> Decimal:
        """What of installment ``k`` (0-based) is unpaid when ``paid`` paid the installments."""
        before = self.through[k - 1] if k else ZERO
        return max(ZERO, min(self.amounts[k], EXACT.subtract(self.through[k], max(paid, before))))

    def past_due_pieces(
        self, paid: Decimal, start: date, end: date, *, inclusive: bool = False
    ) -> list[tuple[int, date, Decimal]]:
        """(installment, from, unpaid) for each installment unpaid while ``paid`` paid the
        installments whose default interest runs in [start, end): from max(start, due) to end.

        ``inclusive`` (a note that counts the first and last day, so a payment's own day accrues):
        from the day after the due date, so an installment paid on its due date bears none and one
        paid n days late bears n days, as under the usual count.
        """
        pieces = []
        lag = timedelta(days=1) if inclusive else timedelta(0)
        first = bisect_right(self.through, paid)  # installments fill oldest first
        for k in range(first, len(self.due)):
            since = self.due[k] + lag
            if since >= end:
                break
            pieces.append((k, max(start, since), self.unpaid(k, paid)))
        return pieces


@lru_cache(maxsize=64)
def delinquency_plan(
    terms: Terms, revisions: tuple[PlanRevision, ...] = ()
) -> DelinquencyPlan | None:
    """The plan of ``terms`` on its installments revised by ``revisions`` (core/plan.py); None
    when the note has no installments or charges nothing."""
    past_due = terms.default.applies_to is DefaultInterestBasis.PAST_DUE
    if terms.schedule is None or (terms.late_charge is None and not past_due):
        return None
    plan: InstallmentPlan | None = installment_plan(terms, revisions)
    if plan is None:
        return None
    due = tuple(date.fromordinal(d) for d in plan.due_ordinals)
    amounts = tuple(
        EXACT.subtract(t, plan.through[k - 1] if k else ZERO) for k, t in enumerate(plan.through)
    )
    grace = terms.schedule.grace_days
    charge_days = tuple(d + grace + 1 for d in plan.due_ordinals)
    return DelinquencyPlan(due, amounts, plan.through, charge_days, terms.late_charge, past_due)


@dataclass(frozen=True, slots=True)
class LateChargeCharged:
    """A late charge the terms made: on ``charged_on``, ``amount`` for installment ``number``."""

    number: int
    due_date: date
    charged_on: date
    amount: Decimal
    how: str = ""  # how it was figured (describe_late_charge)


def late_charges_charged(
    terms: Terms, rows: Iterable[ScheduleRow], as_of: date
) -> tuple[LateChargeCharged, ...]:
    """Every late charge the terms made on or before ``as_of``, from Schedule A's ``rows``
    (``engine.rows_through``: with those made after the last event)."""
    if delinquency_plan(terms) is None:
        return ()
    out = []
    for row in rows:
        if row.kind != "late_charge" or row.effective_date > as_of or row.amount is None:
            continue
        plan = delinquency_plan(terms, row.state.plan_revisions)  # the installments then in force
        assert plan is not None
        k = plan.charge_days.index(row.effective_date.toordinal())
        assert plan.late_charge is not None
        base = plan.amounts[k]
        if plan.late_charge.basis == "unpaid":  # unpaid when charged: the row's own snapshot
            base = plan.unpaid(k, row.state.installments_paid)
        how = describe_late_charge(plan.late_charge, base, terms.rounding)
        out.append(LateChargeCharged(k + 1, plan.due[k], row.effective_date, row.amount, how))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class PastDueNotice:
    """A warning: installment ``number`` was ``days`` days past due on ``reached_on`` and, at the
    end of ``as_of``, ``remaining`` of it is still unpaid (a notice, not an acceleration)."""

    note_id: str
    number: int
    due_date: date
    reached_on: date
    days: int
    remaining: Decimal
    as_of: date
    code: str = "past-due"

    def __str__(self) -> str:
        return (f"{self.note_id}: installment {self.number} due {self.due_date} reached {self.days} "
                f"days past due on {self.reached_on}; {self.remaining} of it unpaid on "
                f"{self.as_of} [{self.code}]")  # fmt: skip


def past_due_notices(terms: Terms, status: InstallmentStatus | None) -> tuple[PastDueNotice, ...]:
    """The past-due warnings at the end of ``status.as_of`` (``schedule.past_due_notice_days``)."""
    if status is None or terms.schedule is None:
        return ()
    days = terms.schedule.past_due_notice_days
    if days is None:
        return ()
    return tuple(
        PastDueNotice(
            terms.id,
            x.number,
            x.due_date,
            x.due_date + timedelta(days=days),
            days,
            x.remaining,
            status.as_of,
        )
        for x in status.installments
        if x.remaining > 0 and x.days_past_due >= days
    )
