"""What a note owes and why: payoff quotes and explanations, built from a replayed ledger.

**Payoff quote.**  Everything a borrower must pay to discharge the note on a day: unpaid principal,
interest and default interest accrued through that day (rounded under the note's policy — the same
rounding a payment that day would meet, so paying the total leaves exactly zero), Lender Expenses,
and any prepayment premium.  An escrow balance is noted beside it, never in it: it is held for
the borrower, not owed to the lender, and is returned (an ``escrow_disbursement`` to the borrower)
once the note is paid.  The *per diem* is one more day's interest at that day's balance and rate;
the table gives the payoff figure for each following day.

**Explain.**  Each figure broken into accrual segments: from, to, days, year fraction, balance, rate,
exact interest, rounded interest and the residue of rounding; then the reconciliation
Σ exact accrued − interest paid − capitalised − residue closed = interest accrued now (exact), and
the rounded figure with its residue.

Example: 17,500,000.00 at 8% ACT/360 for 31 days → 120,555.555… exact, 120,555.56 rounded,
residue −0.00444….
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from promissory.core.dates import EARLIEST, LATEST
from promissory.core.delinquency import LateChargeCharged, late_charges_charged
from promissory.core.engine import (
    Position,
    Reject,
    Run,
    dues_on,
    per_diem,
    position,
    rows_through,
    state_on,
    trace_segments,
)
from promissory.core.events import Event
from promissory.core.fees import describe_fee
from promissory.core.money import EXACT, ZERO_EXACT, Exact, exact_arithmetic
from promissory.core.rates import StaleFixing, stale_fixings
from promissory.core.run import after_capitalisation
from promissory.core.schedule_dates import interest_payment_dates
from promissory.core.state import FeeSegment, Ledger, ScheduleRow, Segment, Status
from promissory.errors import InvalidInput


@dataclass(frozen=True, slots=True)
class PayoffDay:
    """The payoff figure if paid on ``day``."""

    day: date
    interest: Decimal
    default_interest: Decimal
    total: Decimal


@dataclass(frozen=True, slots=True)
class PayoffQuote:
    """Everything owed to pay the note in full on ``good_through`` (quoted on ``as_of``)."""

    note_id: str
    currency: str
    as_of: date
    good_through: date
    status: Status
    principal: Decimal
    interest: Decimal
    default_interest: Decimal
    expenses: Decimal
    premium: Decimal
    total: Decimal
    per_diem: Decimal
    per_diem_exact: Exact
    interest_exact: Exact  # contract interest, exactly
    default_interest_exact: Exact
    residue: Exact  # (interest + default interest) exact − rounded
    days: tuple[PayoffDay, ...]
    place_of_payment: str | None
    #: late charges charged by the terms and unpaid (None: the note has no [late_charge])
    late_charges: Decimal | None = None
    #: unapplied funds held (a note with installments, ``[schedule] excess``): credited against
    #: what is owed; ``total`` (and each day's) is net of them, and a payment of it pays the note
    unapplied: Decimal = Decimal(0)
    #: fees of the terms (``[[fees]]``): billed and unpaid, the unused-commitment fee accrued
    #: since its last billing date and the exit fee when the payment pays the note (None: the
    #: note has no fees)
    fees: Decimal | None = None
    #: the escrow balance held for the borrower's taxes and insurance: noted, not in ``total``
    #: (it is not owed to the lender; it is the borrower's, returned after payoff)
    escrow: Decimal = Decimal(0)


@exact_arithmetic
def payoff_quote(
    ledger: Ledger,
    as_of: date,
    *,
    good_through: date | None = None,
    days: int = 0,
    kind: str = "payment",
) -> PayoffQuote:
    """The payoff quote; ``days`` adds a table of the payoff on each of the next N days.

    The figures are exactly what an event of ``kind`` (a payment, or a settlement) on the
    good-through date would have to cover: the same state, accrual and rounding.
    """
    through = good_through or as_of
    if through < as_of:
        raise InvalidInput(f"good-through date {through} is before the quote date {as_of}")
    if days < 0:
        raise InvalidInput(f"days {days} must not be negative")
    closed = state_on(ledger, through)
    if kind == "payment" and through in (closed.paid_on, closed.terminated_on):
        # paid or settled that day: what a payment would meet is what the settlement left
        # (nothing), not the state before the day's settlement
        kind = "settlement"
    pos, dues = dues_on(ledger, through, kind=kind)
    rounding = ledger.terms.rounding
    daily, daily_exact = per_diem(ledger, through, kind=kind)
    if days and (LATEST - through).days < days:
        # name the first day of the table past the range, not an "as-of date" nobody typed
        k = (LATEST - through).days + 1
        raise InvalidInput(
            f"the payoff table's day {k} ({through + timedelta(days=k)}) is outside the dates "
            f"promissory accepts: {EARLIEST} to {LATEST}; a table after {through} "
            f"may have at most {k - 1} days"
        )
    held = pos.state.unapplied
    table = []
    for k in range(1, days + 1):
        day = through + timedelta(days=k)
        at, d = dues_on(ledger, day, kind=kind)
        net = max(Decimal(0), d.total(rounding) - at.state.unapplied)
        table.append(PayoffDay(day, d.interest, d.default_interest, net))
    exact_interest = pos.interest_exact + pos.default_interest_exact
    return PayoffQuote(
        note_id=ledger.terms.id,
        currency=ledger.currency,
        as_of=as_of,
        good_through=through,
        status=pos.status,
        principal=dues.principal,
        interest=dues.interest,
        default_interest=dues.default_interest,
        expenses=dues.expenses,
        premium=dues.premium(rounding),
        total=max(Decimal(0), dues.total(rounding) - held),
        per_diem=daily,
        per_diem_exact=daily_exact,
        interest_exact=pos.interest_exact,
        default_interest_exact=pos.default_interest_exact,
        residue=exact_interest - (dues.interest + dues.default_interest),
        days=tuple(table),
        place_of_payment=pos.state.terms.place_of_payment,
        late_charges=dues.late_charges if ledger.terms.late_charge is not None else None,
        unapplied=held,
        fees=(EXACT.add(dues.fees_payable, dues.fees_on_payoff) if ledger.terms.fees else None),
        escrow=pos.escrow,
    )


@dataclass(frozen=True, slots=True)
class RowInterest:
    """Interest accrued and unpaid at a Schedule A row: on the row's date, after its event.

    ``accrued_interest`` and ``default_interest`` are rounded as a payment that day would meet
    them; the ``_exact`` figures are before rounding.
    """

    accrued_interest: Decimal
    default_interest: Decimal
    accrued_interest_exact: Exact
    default_interest_exact: Exact


@exact_arithmetic
def schedule_interest(ledger: Ledger) -> tuple[RowInterest, ...]:
    """The interest accrued at each row of Schedule A, one figure per row of ``ledger.rows``.

    A row's snapshot holds interest accrued only as far as its event accrued it: a notation (or a
    pledge, a transfer, a filing, a reversed event's struck row) accrues nothing, so its snapshot
    would repeat the figure of an earlier day.  Here every row's figure is the note's interest at
    the row's own date, after its event: its snapshot accrued up to that date, as an advance on
    that date would accrue it (interest up to, not including, the day).  A row whose snapshot
    already reaches its date (every event that accrues) keeps its figure unchanged.

    Example (8% ACT/360): advance 1,000,000.00 on 2001-10-05, notation on 2001-11-04 → the
    notation's row shows 1,000,000 × 0.08 × 30/360 = 6,666.67, not the advance's 0.00.
    """
    return tuple(row_interest(ledger, row) for row in ledger.rows)


def row_interest(ledger: Ledger, row: ScheduleRow) -> RowInterest:
    """The interest accrued at one row of ``ledger`` (see :func:`schedule_interest`)."""
    state = row.state
    interest, default_interest = state.interest, state.default_interest
    if state.accrued_through < row.effective_date:
        run = Run(ledger.terms, state, list(ledger.fixing_dates), list(ledger.fixing_values),
                  False)  # fmt: skip
        run.after_capitalisation = after_capitalisation(row.kind)
        try:
            run.accrue(row.effective_date)
            interest, default_interest = run.interest, run.default_interest
        except Reject:  # a floating rate without its fixing: keep what the row knew
            pass
    rounding = state.terms.rounding
    return RowInterest(rounding.round(interest), rounding.round(default_interest), interest,
                       default_interest)  # fmt: skip


@dataclass(frozen=True, slots=True)
class InterestDue:
    """When interest is payable and what of it is past due on ``as_of``.

    ``last_due_date`` is the latest interest payment date on or before ``as_of``; interest accrued
    up to it and not paid since is ``past_due``.  ``next_due_date`` is the next payment date after
    ``as_of`` (None after the last one, and once the note is paid or terminated).

    After acceleration the whole note is due and payable: ``last_due_date`` is the day it was
    accelerated, ``next_due_date`` is None, and every dollar of interest and default interest
    accrued and unpaid on ``as_of`` is past due.
    """

    as_of: date
    last_due_date: date | None
    next_due_date: date | None
    past_due: Decimal


@exact_arithmetic
def interest_due(ledger: Ledger, as_of: date) -> InterestDue:
    """Interest payment dates around ``as_of`` and the interest past due (rounded as it would be
    paid): accrued through the last due date, less interest paid after it."""
    now = position(ledger, as_of)
    terms = now.state.terms  # amendments may have moved maturity
    if now.state.accelerated:
        accelerated_on = max(
            (r.effective_date for r in ledger.rows
             if r.kind == "acceleration" and r.reversed_by is None and r.effective_date <= as_of),
            default=None,
        )  # fmt: skip
        return InterestDue(as_of, accelerated_on, None, now.interest + now.default_interest)
    dates = interest_payment_dates(terms)
    last = max((d for d in dates if d <= as_of), default=None)
    following = min((d for d in dates if d > as_of), default=None)
    if now.status in (Status.PAID, Status.TERMINATED):
        following = None  # closed: nothing more falls due
    past_due = Decimal(0).quantize(terms.rounding.quantum)
    if last is not None:
        # interest "as of" the due date covers every day before it, after that day's payments
        at_due = position(ledger, last)
        owed_then = at_due.interest + at_due.default_interest
        paid_since = now.state.interest_paid - at_due.state.interest_paid
        past_due = max(past_due, owed_then - paid_since)
    return InterestDue(as_of, last, following, past_due)


@dataclass(frozen=True, slots=True)
class ExplainedSegment:
    """A segment with its rounding shown."""

    segment: Segment
    rounded: Decimal
    residue: Exact


@dataclass(frozen=True, slots=True)
class FeesExplained:
    """The fees of the terms behind a position (``[[fees]]``, :mod:`promissory.core.fees`).

    ``terms``: each fee in the note's words; ``segments``: the unused amount, day by day stretch,
    and the fee on it exactly; ``billed``: the unused-commitment fee billed by
    ``as_of`` (date, amount, how: the period it covers); ``accrued_exact`` and ``accrued``: the fee
    accrued since the last billing date, exactly and rounded; ``residue_closed``: the residues of
    rounding closed when it was billed or paid; ``payable``: fees payable now (``Position.fees``).
    """

    terms: tuple[str, ...]
    #: the unused-commitment fee's accrual segments from the issue date to ``as_of``
    segments: tuple[FeeSegment, ...]
    billed: tuple[tuple[date, Decimal, str], ...]
    accrued_exact: Exact
    accrued: Decimal
    residue_closed: Exact
    payable: Decimal


@dataclass(frozen=True, slots=True)
class Explanation:
    """The accrual behind a position, down to the day-count fraction, and how it reconciles."""

    note_id: str
    as_of: date
    day_count: str
    count_first_and_last_day: bool
    segments: tuple[ExplainedSegment, ...]
    accrued_exact: Exact  # Σ of every segment's interest (contract and default)
    opening_interest: Decimal  # interest taken on by an opening balance
    interest_paid: Decimal
    capitalised: Decimal
    residue_closed: Exact
    outstanding_exact: Exact  # accrued_exact + opening − paid − capitalised − residue_closed
    outstanding: Decimal  # rounded, as a payment would meet it
    position: Position
    #: the late charges the terms made by ``as_of`` and how each was figured (not interest: they
    #: are not in the reconciliation above)
    late_charges: tuple[LateChargeCharged, ...] = ()
    fees: FeesExplained | None = None  # None: the note has no [[fees]]


@exact_arithmetic
def explain(ledger: Ledger, events: list[Event], as_of: date) -> Explanation:
    """Explain interest on ``as_of``: every accrual segment and the reconciliation to the figure."""
    rounding = ledger.terms.rounding
    trace = trace_segments(ledger, events, as_of)
    segments = trace.segments
    explained = []
    accrued = ZERO_EXACT
    for seg in segments:
        total = seg.interest + seg.default_interest
        accrued = accrued + total
        rounded = rounding.round(total)
        explained.append(ExplainedSegment(seg, rounded, total - rounded))
    pos = position(ledger, as_of)
    rows = [r for r in ledger.rows if r.effective_date <= as_of and r.reversed_by is None]
    capitalised = trace.capitalised
    opening = Decimal(0)
    for r in rows:
        if r.kind == "opening_balance":
            opening = r.accrued_interest + r.default_interest
    outstanding_exact = pos.interest_exact + pos.default_interest_exact
    return Explanation(
        note_id=ledger.terms.id,
        as_of=as_of,
        day_count=pos.state.terms.interest.day_count,
        count_first_and_last_day=pos.state.terms.interest.count_first_and_last_day,
        segments=tuple(explained),
        accrued_exact=accrued,
        opening_interest=opening,
        interest_paid=pos.state.interest_paid,
        capitalised=capitalised,
        residue_closed=pos.state.residue_closed,
        outstanding_exact=outstanding_exact,
        outstanding=pos.interest + pos.default_interest,
        position=pos,
        late_charges=late_charges_charged(ledger.terms, rows_through(ledger, as_of), as_of),
        fees=_fees_explained(ledger, pos, as_of, trace.fee_segments) if ledger.terms.fees else None,
    )


def _fees_explained(
    ledger: Ledger, pos: Position, as_of: date, segments: tuple[FeeSegment, ...]
) -> FeesExplained:
    day_count = ledger.terms.interest.day_count
    billed = tuple(
        (r.effective_date, r.amount or Decimal(0), r.notation)
        for r in rows_through(ledger, as_of)
        if r.kind == "fee" and r.reversed_by is None
    )
    return FeesExplained(
        terms=tuple(describe_fee(f, day_count) for f in ledger.terms.fees),
        segments=segments,
        billed=billed,
        accrued_exact=pos.state.fee_accrued,
        accrued=ledger.terms.rounding.round(pos.state.fee_accrued),
        residue_closed=pos.state.fee_residue_closed,
        payable=pos.fees,
    )


def stale_fixings_of(ledger: Ledger, through: date | None = None) -> tuple[StaleFixing, ...]:
    """The resets up to ``through`` (default: the last row's date) that reused a fixing older
    than the terms' ``stale_after_days`` (:func:`promissory.core.rates.stale_fixings`)."""
    if through is None:
        through = ledger.rows[-1].effective_date if ledger.rows else ledger.terms.issue_date
    terms = ledger.rows[-1].state.terms if ledger.rows else ledger.terms  # as last amended
    return stale_fixings(terms, ledger.fixing_dates, ledger.fixing_values, through)
