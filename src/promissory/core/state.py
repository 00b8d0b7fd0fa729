"""The records a replay produces: the note's state, its Schedule A rows and accrual segments.

All are immutable.  A :class:`State` is the whole truth about a note right after one event; a
:class:`ScheduleRow` is what Schedule A shows for that event; a :class:`Segment` is one stretch of
days over which interest accrued at one balance and one rate — the unit of "explain".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum
from fractions import Fraction

from promissory.core.borrowing_base import BorrowingBase
from promissory.core.money import EXACT, ZERO_EXACT, Exact
from promissory.core.plan import PlanRevision
from promissory.core.problems import Problem
from promissory.core.records import fast_init
from promissory.core.terms import PikElection, Terms


class Status(Enum):
    """Where a note stands on a day (most serious first)."""

    TERMINATED = "terminated"  # the loan agreement ended by settlement
    PAID = "paid"  # everything owed was paid and nothing more can be drawn
    ACCELERATED = "accelerated"  # the lender declared everything due now
    IN_DEFAULT = "in_default"  # an Event of Default continues
    MATURED = "matured"  # maturity has come and something is still owed
    ACTIVE = "active"  # drawn (or drawable) and performing
    UNDRAWN = "undrawn"  # nothing has been advanced yet


@fast_init
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
    #: a note with a borrowing base (``[collateral] advance_rate``): each asset pledged and not
    #: released, as (asset, haircut, its latest recorded value or None), in pledge order; what the
    #: base is computed from (:mod:`promissory.core.borrowing_base`); empty for any other note
    eligible: tuple[tuple[str, Decimal, Decimal | None], ...] = ()
    #: a note with ``[interest.pik]``: the part of ``interest`` paid in kind — accrued at the PIK
    #: rate since the last capitalisation date and not paid in cash — which the next
    #: capitalisation date capitalises (the rest of ``interest`` is cash interest, never
    #: capitalised); a full-PIK note (compounding without ``[interest.pik]``) capitalises all of
    #: ``interest`` and keeps 0 here
    pik_interest: Exact = ZERO_EXACT
    #: a PIK toggle note: the borrower's elections so far, as (first day of the interest period,
    #: cash or PIK), in date order; a period without one is paid as the terms' default election
    pik_elections: tuple[tuple[date, PikElection], ...] = ()
    #: a note with ``[[fees]]`` (core/fees.py): fees charged (billed) and unpaid
    fees: Decimal = Decimal(0)
    #: the unused-commitment fee accrued since its last billing date, exactly (not yet billed)
    fee_accrued: Exact = ZERO_EXACT
    #: the last billing date of the unused-commitment fee looked at (None: none yet)
    fees_billed_on: date | None = None
    #: what of the exit fee has been paid (it is paid with the payment that pays the note)
    exit_fee_paid: Decimal = Decimal(0)
    #: the residues of rounding the unused-commitment fee closed (billed or paid), apart from
    #: interest's ``residue_closed``
    fee_residue_closed: Exact = ZERO_EXACT
    #: the escrow balance: money received with payments for the borrower's taxes and insurance
    #: (a payment's ``escrow`` part) and not yet paid out (an ``escrow_disbursement``).  The
    #: servicer holds it for the borrower: it is not part of the debt, and no payoff counts it
    escrow: Decimal = Decimal(0)


@fast_init
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
    fees: Decimal = Decimal(0)  # fees of the terms ([[fees]]) paid, or withheld from an advance

    @property
    def total(self) -> Decimal:
        return (self.expenses + self.default_interest + self.interest + self.principal
                + self.premium + self.late_charges + self.fees)  # fmt: skip


NO_SPLIT = Split()


@fast_init
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
    def to_fees(self) -> Decimal:
        return self.split.fees

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


@fast_init
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
    #: a note with ``[interest.pik]``: the rate of ``rate`` paid in kind over the segment, and
    #: the part of ``interest`` it accrued (capitalised on the period's capitalisation date
    #: unless paid in cash by then); 0 for cash interest only
    pik_rate: Decimal = Decimal(0)
    pik_interest: Exact = ZERO_EXACT


@fast_init
@dataclass(frozen=True, slots=True)
class FeeSegment:
    """The unused-commitment fee over ``[start, end)`` (``[[fees]]``): ``unused`` × ``percent`` ×
    ``year_fraction`` (the fee's day count) = ``fee``, exactly."""

    start: date
    end: date
    days: int
    year_fraction: Fraction
    unused: Decimal
    percent: Decimal
    fee: Exact


@fast_init
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
    #: a note with a borrowing base: the base on ``as_of`` (``available`` is within it)
    borrowing_base: BorrowingBase | None = None
    #: fees of the terms ([[fees]]) owed now: billed and unpaid, and once the note is due in
    #: full the unused-commitment fee accrued and the exit fee
    fees: Decimal = Decimal(0)
    #: the unused-commitment fee accrued and not yet billed (rounded; payable with a payment in
    #: full, so in the payoff quote); 0 once the note is due in full (then it is in ``fees``)
    fees_accrued: Decimal = Decimal(0)

    @property
    def escrow(self) -> Decimal:
        """The escrow balance held for the borrower's taxes and insurance: not part of
        ``total`` (the debt), shown beside it."""
        return self.state.escrow

    @property
    def total(self) -> Decimal:
        return (self.principal + self.interest + self.default_interest + self.expenses
                + self.late_charges + self.fees + self.fees_accrued)  # fmt: skip


@fast_init
@dataclass(frozen=True, slots=True)
class Ledger:
    """A replayed note: its rows in replay order, the problems found and the fixings known."""

    terms: Terms
    initial: State
    #: a tuple, or :class:`promissory.core.fast_replay.Rows` (built as they are read)
    rows: Sequence[ScheduleRow]
    problems: tuple[Problem, ...]
    fixing_dates: tuple[int, ...]
    fixing_values: tuple[Decimal, ...]
    segments: tuple[Segment, ...] = ()
    currency: str = "USD"
    #: the problems with reversals (also in ``problems``), each with the first day a checkpoint
    #: keeps it from: a replay from a checkpoint finds most of them again from the reversals it
    #: always receives (``date.max``), so a checkpoint must not keep them twice
    reversal_problems: tuple[tuple[Problem, date], ...] = ()
    #: with tracing, the unused-commitment fee's accrual segments (``[[fees]]``)
    fee_segments: tuple[FeeSegment, ...] = ()

    @property
    def final(self) -> State:
        for row in reversed(self.rows):
            if row.reversed_by is None:
                return row.state
        return self.initial
