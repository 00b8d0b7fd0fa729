"""The records a replay produces: the note's state, its Schedule A rows and accrual segments.

All are immutable.  A :class:`State` is the whole truth about a note right after one event; a
:class:`ScheduleRow` is what Schedule A shows for that event; a :class:`Segment` is one stretch of
days over which interest accrued at one balance and one rate — the unit of "explain".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum
from fractions import Fraction

from promissory.core.money import EXACT, ZERO_EXACT, Exact
from promissory.core.plan import PlanRevision
from promissory.core.problems import Problem
from promissory.core.terms import Terms


class Status(Enum):
    """Where a note stands on a day (most serious first)."""

    TERMINATED = "terminated"  # the loan agreement ended by settlement
    PAID = "paid"  # everything owed was paid and nothing more can be drawn
    ACCELERATED = "accelerated"  # the lender declared everything due now
    IN_DEFAULT = "in_default"  # an Event of Default continues
    MATURED = "matured"  # maturity has come and something is still owed
    ACTIVE = "active"  # drawn (or drawable) and performing
    UNDRAWN = "undrawn"  # nothing has been advanced yet


@dataclass(frozen=True, slots=True)
class State:
    """A note right after an event: balances (exact where interest is concerned) and flags.

    ``interest`` and ``default_interest`` are exact accrued-and-unpaid amounts; their rounded values
    are what a borrower would pay.  ``accrued_through`` is the first day *not yet* accrued.
    """

    terms: Terms
    principal: Decimal
    interest: Exact
    default_interest: Exact
    expenses: Decimal
    advanced: Decimal
    accrued_through: date
    in_default: bool = False
    default_since: date | None = None
    cure_deadline: date | None = None
    accelerated: bool = False
    paid_on: date | None = None
    terminated_on: date | None = None
    drawn: bool = False
    interest_paid: Decimal = Decimal(0)
    residue_closed: Exact = ZERO_EXACT
    #: a capitalisation date that accrual has reached one day early (counting the first and last
    #: day accrues through the day of a payment); it is applied at the start of that day
    capitalise_on: date | None = None
    # The registers below serve the collateral and filing rules only: they are not figures, so
    # two states with the same balances compare equal whatever they hold (a state read back from
    # a checkpoint written without them equals the replayed one).
    #: the assets pledged to the note and not released, as (asset, pledged on), in pledge order
    pledged: tuple[tuple[str, date], ...] = field(default=(), compare=False)
    #: the financing statements on file, as (number, lapse date, UCC-3 filed on or None)
    filed: tuple[tuple[str, date, date | None], ...] = field(default=(), compare=False)
    #: whether ``pledged`` and ``filed`` are complete: True from the issue date on; False for a
    #: state read from a checkpoint written without them, and then the collateral and filing rules
    #: that need to know what is *not* on record are not decided
    registers_known: bool = field(default=False, compare=False)
    #: a note with installments: the payments counted against its installments so far (what
    #: paid the installments due and the next one coming due); 0 for a note without installments
    installments_paid: Decimal = Decimal(0)
    #: a note with a ``[late_charge]``: the late charges the terms charged and not yet paid
    late_charges: Decimal = Decimal(0)
    #: how many installments' grace periods have ended and been looked at for a late charge
    #: (each is looked at once, on the first day after its grace period: once per installment)
    late_checked: int = 0
    #: a note with installments: money received and held as unapplied funds (the terms did not
    #: allow it to be applied when it came: :mod:`promissory.core.plan`, ``[schedule] excess``)
    unapplied: Decimal = Decimal(0)
    #: the revisions of the installments so far (a rate amendment, a re-amortizing prepayment,
    #: the conversion of a draw period), in order: :mod:`promissory.core.plan`
    plan_revisions: tuple[PlanRevision, ...] = ()
    #: the escrow balance: money received with payments for the borrower's taxes and insurance
    #: (a payment's ``escrow`` part) and not yet paid out (an ``escrow_disbursement``).  The
    #: servicer holds it for the borrower: it is not part of the debt, and no payoff counts it
    escrow: Decimal = Decimal(0)


@dataclass(frozen=True, slots=True)
class Split:
    """One payment's split (the parts add up to what of the payment was applied: the payment,
    less what was held as unapplied funds, plus held funds applied with it)."""

    expenses: Decimal = Decimal(0)
    default_interest: Decimal = Decimal(0)
    interest: Decimal = Decimal(0)
    principal: Decimal = Decimal(0)
    premium: Decimal = Decimal(0)
    late_charges: Decimal = Decimal(0)

    @property
    def total(self) -> Decimal:
        return (self.expenses + self.default_interest + self.interest + self.principal
                + self.premium + self.late_charges)  # fmt: skip


NO_SPLIT = Split()


@dataclass(frozen=True, slots=True)
class ScheduleRow:
    """One line of Schedule A: what happened on a day and where the note stood afterwards.

    The balances are read from ``state`` (rounded under the note's policy when read).
    """

    seq: int
    effective_date: date
    kind: str
    amount: Decimal | None
    split: Split
    residue: Exact
    notation: str
    state: State
    reversed_by: int | None = None
    restated: bool = False
    #: what the row put into unapplied funds (positive: held) or took out of them (negative:
    #: applied with a payment, or returned); ``amount`` = ``split.total`` + ``unapplied`` for a
    #: payment, and the amount applied for the application of held funds on a due date
    unapplied: Decimal = Decimal(0)
    #: what the row put into the escrow balance (positive: a payment's escrow part) or paid out
    #: of it (negative: an escrow disbursement); ``amount`` = ``split.total`` + ``unapplied`` +
    #: ``escrow`` for a payment
    escrow: Decimal = Decimal(0)

    @property
    def to_debt(self) -> Decimal | None:
        """What of the row's amount went to the note (a payment less its escrow part)."""
        if self.amount is None or not self.escrow or self.kind != "payment":
            return self.amount
        return EXACT.subtract(self.amount, self.escrow)

    @property
    def to_expenses(self) -> Decimal:
        return self.split.expenses

    @property
    def to_default_interest(self) -> Decimal:
        return self.split.default_interest

    @property
    def to_interest(self) -> Decimal:
        return self.split.interest

    @property
    def to_principal(self) -> Decimal:
        return self.split.principal

    @property
    def to_premium(self) -> Decimal:
        return self.split.premium

    @property
    def to_late_charges(self) -> Decimal:
        return self.split.late_charges

    @property
    def principal(self) -> Decimal:
        return self.state.principal

    @property
    def accrued_interest(self) -> Decimal:
        return self.state.terms.rounding.round(self.state.interest)

    @property
    def default_interest(self) -> Decimal:
        return self.state.terms.rounding.round(self.state.default_interest)

    @property
    def expenses(self) -> Decimal:
        return self.state.expenses

    @property
    def escrow_balance(self) -> Decimal:
        return self.state.escrow


@dataclass(frozen=True, slots=True)
class Segment:
    """Interest over ``[start, end)``: ``days`` by the day count, one balance, one rate.

    ``interest`` is balance × rate × year_fraction exactly; ``default_interest`` the same at the
    default extra.  Rounding is shown by reports, never applied here.
    ``basis`` says what the default extra accrued on when it is not the whole balance under an
    Event of Default: ``post-maturity`` (the post-maturity margin, from maturity on) or
    ``past due installment N`` (the default margin on that installment's unpaid amount; such a
    segment has no contract interest: that accrues in the principal's own segments).
    """

    start: date
    end: date
    days: int
    year_fraction: Fraction
    balance: Decimal
    rate: Decimal
    default_extra: Decimal
    interest: Exact
    default_interest: Exact
    basis: str = ""


@dataclass(frozen=True, slots=True)
class Position:
    """Where a note stands at the end of ``as_of`` (interest accrued per the note's day counting)."""

    as_of: date
    state: State
    status: Status
    principal: Decimal
    interest: Decimal
    default_interest: Decimal
    expenses: Decimal
    interest_exact: Exact
    default_interest_exact: Exact
    available: Decimal
    contract_rate: Decimal | None
    default_extra: Decimal
    late_charges: Decimal = Decimal(0)  # charged by the terms ([late_charge]) and unpaid

    @property
    def escrow(self) -> Decimal:
        """The escrow balance held for the borrower's taxes and insurance: not part of
        ``total`` (the debt), shown beside it."""
        return self.state.escrow

    @property
    def total(self) -> Decimal:
        return (self.principal + self.interest + self.default_interest + self.expenses
                + self.late_charges)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Ledger:
    """A replayed note: its rows in replay order, the problems found and the fixings known."""

    terms: Terms
    initial: State
    rows: tuple[ScheduleRow, ...]
    problems: tuple[Problem, ...]
    fixing_dates: tuple[int, ...]
    fixing_values: tuple[Decimal, ...]
    segments: tuple[Segment, ...] = ()
    currency: str = "USD"
    #: the problems with reversals (also in ``problems``), each with the first day a checkpoint
    #: keeps it from: a replay from a checkpoint finds most of them again from the reversals it
    #: always receives (``date.max``), so a checkpoint must not keep them twice
    reversal_problems: tuple[tuple[Problem, date], ...] = ()

    @property
    def final(self) -> State:
        for row in reversed(self.rows):
            if row.reversed_by is None:
                return row.state
        return self.initial
