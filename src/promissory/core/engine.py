"""Replaying a note: ``replay(terms, events) -> Ledger`` and ``position(ledger, as_of)``.

The rule (the Loan Agreement behind the seed note): interest on the unpaid principal at the contract
rate, on the basis of the note's day count ("a 360-day year for actual days elapsed"), from the day of
each advance up to, not including, the day of payment; with ``count_first_and_last_day`` the day of
payment accrues too.  A payment is applied by the waterfall; prepaid principal cannot be reborrowed
on a non-revolving note; an Event of Default adds the default margin until cured; acceleration makes
everything due at once.

How: events are sorted by :func:`~promissory.core.ordering.replay_key` (effective date, same-day
order, recording order) and applied one by one to a mutable working copy of the note; before each
event, interest is accrued exactly (:class:`~promissory.core.money.Exact`) over the days since the
last one, split wherever the rate changes by the terms (steps), at capitalisation dates and at ACT/ACT
ICMA reference periods.  After each event an immutable :class:`~promissory.core.state.State` and a
Schedule A row are kept, so the position on any later date is that state plus the accrual since:
``position`` costs one binary search and one accrual, whatever the history's length.

Because the result depends only on the *set* of events (not on the order they were recorded in), a
back-dated event or a reversal gives exactly what building the ledger in date order would have.

Example (ACT/360, 8%): advance 1,000,000.00 on 2001-10-05; as of 2001-11-04 (30 days) accrued
interest is 1,000,000 × 0.08 × 30/360 = 6,666.666…, shown as 6,666.67 with residue −0.00333….
"""

from __future__ import annotations

import contextlib
import gc
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any

from promissory.core import rates
from promissory.core.daycount import DayCount, get_day_count
from promissory.core.events import (
    EVENT_KINDS,
    Acceleration,
    Advance,
    Amendment,
    Cure,
    Event,
    EventOfDefault,
    LenderExpense,
    Notation,
    OpeningBalance,
    Payment,
    RateFixing,
    Reversal,
)
from promissory.core.money import EXACT, ZERO_EXACT, Exact, exact_ratio
from promissory.core.ordering import replay_key
from promissory.core.problems import Problem
from promissory.core.schedule_dates import terms_boundaries
from promissory.core.state import NO_SPLIT, Ledger, ScheduleRow, Segment, Split, State, Status
from promissory.core.terms import Terms
from promissory.core.waterfall import Dues, allocate

ZERO = Decimal(0)
ONE_DAY = timedelta(days=1)


class _Reject(Exception):
    """An event breaks a rule: becomes a Problem and the event is left out."""

    def __init__(self, code: str, message: str, *amounts: tuple[str, Decimal]) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.amounts = amounts


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

    @property
    def total(self) -> Decimal:
        return self.principal + self.interest + self.default_interest + self.expenses


class _Run:
    """The mutable working copy of one note during replay (private to this module)."""

    def __init__(
        self,
        terms: Terms,
        state: State,
        fixing_dates: list[int],
        fixing_values: list[Decimal],
        trace: bool,
    ) -> None:
        self.fixing_dates = fixing_dates
        self.fixing_values = fixing_values
        self.trace = trace
        self.segments: list[Segment] = []
        self.rows: list[ScheduleRow] = []
        self.problems: list[Problem] = []
        self._load(state)

    # -- state in and out ---------------------------------------------------------------------
    def _load(self, s: State) -> None:
        self.terms = s.terms
        self.principal = s.principal
        self.interest = s.interest
        self.default_interest = s.default_interest
        self.expenses = s.expenses
        self.advanced = s.advanced
        self.accrued_through = s.accrued_through
        self.in_default = s.in_default
        self.default_since = s.default_since
        self.cure_deadline = s.cure_deadline
        self.accelerated = s.accelerated
        self.paid_on = s.paid_on
        self.terminated_on = s.terminated_on
        self.drawn = s.drawn
        self.interest_paid = s.interest_paid
        self.residue_closed = s.residue_closed
        self._set_terms(s.terms)

    def _set_terms(self, terms: Terms) -> None:
        self.terms = terms
        self.day_count: DayCount = get_day_count(terms.interest.day_count)
        # conventions whose year fraction is always days / basis (ACT/360, ACT/365F, 30/360 …)
        self.basis: int | None = getattr(self.day_count, "basis", None)
        self.inclusive = terms.interest.count_first_and_last_day
        self.rounding = terms.rounding
        self.boundaries, self.capitalisation_dates, self.reference = terms_boundaries(terms)
        self.fixed_rate: Decimal | None = (
            rates.contract_rate(terms.interest, terms.issue_date)
            if terms.interest.floating is None and not terms.interest.steps
            else None
        )

    def snapshot(self) -> State:
        return State(
            self.terms, self.principal, self.interest, self.default_interest, self.expenses,
            self.advanced, self.accrued_through, self.in_default, self.default_since,
            self.cure_deadline, self.accelerated, self.paid_on, self.terminated_on, self.drawn,
            self.interest_paid, self.residue_closed,
        )  # fmt: skip

    # -- interest -----------------------------------------------------------------------------
    def rate_on(self, day: date) -> Decimal:
        if self.fixed_rate is not None:
            return self.fixed_rate
        return rates.contract_rate(self.terms.interest, day, self.fixing_dates, self.fixing_values)

    def accrue(self, to: date) -> None:
        """Accrue interest for every day in [accrued_through, to)."""
        start = self.accrued_through
        if to <= start:
            return
        if self.principal == 0 and not self.trace and not self.capitalisation_dates:
            self.accrued_through = to
            return
        cuts = self.boundaries
        lo = bisect_right(cuts, start)
        hi = bisect_left(cuts, to)
        for cut in (*cuts[lo:hi], to):
            self._accrue_segment(start, cut)
            self.accrued_through = cut  # before capitalising: its row's snapshot must show it
            if cut in self.capitalisation_dates:
                self._capitalise(cut)
            start = cut

    def _accrue_segment(self, start: date, end: date) -> None:
        if self.principal == 0 and not self.trace:
            return
        try:
            rate = self.rate_on(start)
        except rates.MissingFixing as missing:
            raise _Reject(
                "missing-fixing", f"interest from {start} needs a {missing.index} fixing"
            ) from None
        ref = self.reference
        basis = self.basis
        if basis is not None and not ref:
            days = self.day_count.days(start, end, termination_date=self.terms.maturity)
            yf = Fraction(days, basis) if self.trace else None
            interest = exact_ratio(
                EXACT.multiply(EXACT.multiply(self.principal, rate), Decimal(days)), basis
            )
        else:
            yf = self._year_fraction(start, end)
            interest = Exact.interest(self.principal, rate, yf)
        self.interest = self.interest + interest
        extra = rates.default_extra(self.terms.interest, rate) if self.in_default else ZERO
        default_interest = ZERO_EXACT
        if extra:
            if yf is None:
                yf = self._year_fraction(start, end)
            default_interest = Exact.interest(self.principal, extra, yf)
            self.default_interest = self.default_interest + default_interest
        if self.trace:
            if yf is None:
                yf = self._year_fraction(start, end)
            days = self.day_count.days(start, end, termination_date=self.terms.maturity)
            self.segments.append(
                Segment(
                    start, end, days, yf, self.principal, rate, extra, interest, default_interest
                )
            )

    def _year_fraction(self, start: date, end: date) -> Fraction:
        ref = self.reference
        if ref:
            i = bisect_right(ref, start)
            payable = self.terms.interest.payable
            return self.day_count.year_fraction(
                start,
                end,
                reference_start=ref[i - 1] if i else None,
                reference_end=ref[i] if i < len(ref) else None,
                frequency=payable.per_year if payable else 1,
            )
        return self.day_count.year_fraction(start, end, termination_date=self.terms.maturity)

    def _capitalise(self, day: date) -> None:
        posted = self.rounding.round(self.interest)
        if posted == 0:
            return
        residue = self.interest - posted  # capitalising posts the interest: its residue closes
        self.residue_closed = self.residue_closed + residue
        self.interest = ZERO_EXACT
        self.principal = EXACT.add(self.principal, posted)
        self._row(0, day, "capitalisation", posted, NO_SPLIT, residue, "interest capitalised")

    def accrual_end(self, day: date) -> date:
        """The first day not accrued when interest is reckoned *through* ``day``."""
        return day + ONE_DAY if self.inclusive else day

    # -- what is owed -------------------------------------------------------------------------
    def premium_rate(self, day: date) -> Decimal:
        if self.accelerated or day >= self.terms.maturity:
            return ZERO
        for step in self.terms.prepayment.premium:
            if day < step.until:
                return step.percent
        return ZERO

    def dues(self, day: date) -> Dues:
        return Dues(
            expenses=self.expenses,
            default_interest=self.rounding.round(self.default_interest),
            interest=self.rounding.round(self.interest),
            principal=self.principal,
            premium_rate=self.premium_rate(day),
        )

    def available(self, day: date) -> Decimal:
        t = self.terms
        if (
            self.paid_on is not None
            or self.terminated_on is not None
            or self.accelerated
            or day > t.last_draw_date
            or day >= t.maturity
        ):
            return ZERO
        used = self.principal if t.revolving else self.advanced
        return max(ZERO, t.commitment - used)

    def status(self, day: date) -> Status:
        if self.terminated_on is not None:
            return Status.TERMINATED
        if self.paid_on is not None:
            return Status.PAID
        if self.accelerated:
            return Status.ACCELERATED
        if self.in_default:
            return Status.IN_DEFAULT
        owed = self.principal or self.expenses or self.interest or self.default_interest
        if day >= self.terms.maturity and owed:
            return Status.MATURED
        if not self.drawn:
            return Status.UNDRAWN
        return Status.ACTIVE

    # -- rows ---------------------------------------------------------------------------------
    def _row(
        self,
        seq: int,
        day: date,
        kind: str,
        amount: Decimal | None,
        split: Split,
        residue: Exact,
        notation: str,
        restated: bool = False,
    ) -> None:
        self.rows.append(
            ScheduleRow(
                seq, day, kind, amount, split, residue, notation, self.snapshot(), None, restated
            )
        )

    def reversed_row(self, event: Event, by: int) -> None:
        self._row(event.seq, event.effective_date, event.kind, _amount_of(event), NO_SPLIT,
                  ZERO_EXACT, event.memo)  # fmt: skip
        self.rows[-1] = replace(self.rows[-1], reversed_by=by)

    # -- applying events ----------------------------------------------------------------------
    def apply(self, event: Event) -> None:
        day = event.effective_date
        try:
            self._check_open(event)
            handler = _HANDLERS[type(event)]
            handler(self, event)
        except _Reject as reject:
            self.problems.append(
                Problem(self.terms.id, event.seq, day, reject.code, reject.message, reject.amounts)
            )

    def _check_open(self, event: Event) -> None:
        if event.effective_date < self.terms.issue_date:
            raise _Reject(
                "before-issue",
                f"{event.kind} dated {event.effective_date} is before the note's issue date "
                f"{self.terms.issue_date}",
            )
        if not event.financial:
            return
        closed = self.paid_on or self.terminated_on
        if closed is not None and event.effective_date >= closed:
            what = "terminated" if self.terminated_on else "paid"
            raise _Reject(
                "after-payoff",
                f"the note was {what} on {closed}; only a reversal or a notation can follow "
                f"(got {event.kind} dated {event.effective_date})",
            )

    def _currency(self, money_currency: str, what: str) -> None:
        if money_currency != self.terms.currency:
            raise _Reject(
                "currency",
                f"{what} is in {money_currency} but the note is in {self.terms.currency}",
            )


def _amount_of(event: Event) -> Decimal | None:
    amount = getattr(event, "amount", None)
    return amount.amount if amount is not None else None


# -- handlers, one per event kind -------------------------------------------------------------


def _advance(run: _Run, e: Advance) -> None:
    t, day, amount = run.terms, e.effective_date, e.amount.amount
    run._currency(e.amount.currency, "the advance")
    if day > t.last_draw_date:
        raise _Reject("draw-period", f"advance of {amount} on {day} is after the draw period "
                      f"ended on {t.last_draw_date}", ("amount", amount))  # fmt: skip
    if day >= t.maturity:
        raise _Reject("after-maturity", f"advance of {amount} on {day} is on or after maturity "
                      f"{t.maturity}", ("amount", amount))  # fmt: skip
    if run.accelerated:
        raise _Reject("accelerated", f"advance of {amount} on {day}: the note was accelerated")
    if run.in_default:
        raise _Reject("in-default", f"advance of {amount} on {day}: an Event of Default "
                      f"continues since {run.default_since}")  # fmt: skip
    available = run.available(day)
    if amount > available:
        used = run.principal if t.revolving else run.advanced
        raise _Reject(
            "commitment",
            f"advance of {amount} on {day} exceeds the available commitment {available} "
            f"(commitment {t.commitment}, {'outstanding' if t.revolving else 'advanced'} {used})",
            ("amount", amount), ("available", available),
        )  # fmt: skip
    run.accrue(day)
    run.principal = EXACT.add(run.principal, amount)
    run.advanced = EXACT.add(run.advanced, amount)
    run.drawn = True
    run._row(e.seq, day, e.kind, amount, NO_SPLIT, ZERO_EXACT, e.memo)


def _payment(run: _Run, e: Payment) -> None:
    t, day, amount = run.terms, e.effective_date, e.amount.amount
    run._currency(e.amount.currency, "the payment")
    if not t.prepayment.allowed and day < t.maturity and not run.accelerated:
        raise _Reject("no-prepayment", f"payment of {amount} on {day}: the note may not be "
                      f"prepaid before maturity {t.maturity}")  # fmt: skip
    run.accrue(run.accrual_end(day))
    dues = run.dues(day)
    split, left = allocate(amount, dues, t.waterfall, run.rounding)
    if left > 0:
        payoff = dues.total(run.rounding)
        raise _Reject(
            "overpayment",
            f"payment of {amount} on {day} exceeds everything owed that day: payoff {payoff}",
            ("amount", amount), ("payoff", payoff),
        )  # fmt: skip
    run.expenses = EXACT.subtract(run.expenses, split.expenses)
    run.interest_paid = EXACT.add(run.interest_paid, split.interest + split.default_interest)
    run.principal = EXACT.subtract(run.principal, split.principal)
    # Interest paid in full is posted: what was accrued exactly and what was paid differ by less
    # than half a cent, and that residue is closed here, on this row, so no negative crumbs linger.
    residue = ZERO_EXACT
    if split.interest and split.interest == dues.interest:
        residue = residue + (run.interest - split.interest)
        run.interest = ZERO_EXACT
    else:
        run.interest = run.interest - split.interest
    if split.default_interest and split.default_interest == dues.default_interest:
        residue = residue + (run.default_interest - split.default_interest)
        run.default_interest = ZERO_EXACT
    else:
        run.default_interest = run.default_interest - split.default_interest
    cleared = (
        run.principal == 0
        and run.expenses == 0
        and run.rounding.round(run.interest) == 0
        and run.rounding.round(run.default_interest) == 0
    )
    if cleared:
        residue = residue + run.interest + run.default_interest
        run.interest = ZERO_EXACT
        run.default_interest = ZERO_EXACT
        if run.available(day) == 0 or day >= t.last_draw_date:
            run.paid_on = day
    run.residue_closed = run.residue_closed + residue
    restated = e.allocation is not None and e.allocation != split
    run._row(e.seq, day, e.kind, amount, split, residue, e.memo, restated)


def _rate_fixing(run: _Run, e: RateFixing) -> None:
    floating = run.terms.interest.floating
    if floating is None:
        raise _Reject("not-floating", f"fixing of {e.index} on {e.effective_date}: the note's "
                      "rate is not floating")  # fmt: skip
    if e.index != floating.index:
        raise _Reject("wrong-index", f"fixing of {e.index} on {e.effective_date}: the note "
                      f"floats on {floating.index}")  # fmt: skip
    run.accrue(e.effective_date)
    run._row(e.seq, e.effective_date, e.kind, None, NO_SPLIT, ZERO_EXACT,
             e.memo or f"{e.index} {e.rate}")  # fmt: skip


def _amendment(run: _Run, e: Amendment) -> None:
    run.accrue(e.effective_date)
    t = run.terms
    interest = t.interest
    if e.rate is not None:
        interest = replace(interest, rate=e.rate, steps=(), floating=None)
    if e.default_margin is not None:
        interest = replace(interest, default_margin=e.default_margin)
    if e.max_rate is not None:
        interest = replace(interest, max_rate=e.max_rate)
    amended = replace(
        t,
        maturity=e.maturity or t.maturity,
        commitment=e.commitment if e.commitment is not None else t.commitment,
        draw_period_end=e.draw_period_end or t.draw_period_end,
        interest=interest,
    )
    run._set_terms(amended)
    run._row(e.seq, e.effective_date, e.kind, None, NO_SPLIT, ZERO_EXACT,
             e.description or e.memo)  # fmt: skip


def _expense(run: _Run, e: LenderExpense) -> None:
    run._currency(e.amount.currency, "the expense")
    run.accrue(e.effective_date)
    run.expenses = EXACT.add(run.expenses, e.amount.amount)
    text = "; ".join(x for x in (e.description, e.invoice_ref or "", e.memo) if x)
    run._row(e.seq, e.effective_date, e.kind, e.amount.amount, NO_SPLIT, ZERO_EXACT, text)


def _default(run: _Run, e: EventOfDefault) -> None:
    if run.in_default:
        raise _Reject("already-in-default", f"Event of Default on {e.effective_date}: one "
                      f"continues since {run.default_since}")  # fmt: skip
    run.accrue(e.effective_date)
    run.in_default = True
    run.default_since = e.effective_date
    run.cure_deadline = (
        e.effective_date + timedelta(days=e.cure_period_days)
        if e.cure_period_days is not None
        else None
    )
    run._row(e.seq, e.effective_date, e.kind, None, NO_SPLIT, ZERO_EXACT,
             e.description or e.memo)  # fmt: skip


def _cure(run: _Run, e: Cure) -> None:
    if not run.in_default:
        raise _Reject("not-in-default", f"{'waiver' if e.waiver else 'cure'} on "
                      f"{e.effective_date}: no Event of Default continues")  # fmt: skip
    run.accrue(e.effective_date)
    run.in_default = False
    run.default_since = None
    run.cure_deadline = None
    run._row(e.seq, e.effective_date, e.kind, None, NO_SPLIT, ZERO_EXACT,
             e.memo or ("waived" if e.waiver else "cured"))  # fmt: skip


def _acceleration(run: _Run, e: Acceleration) -> None:
    if run.accelerated:
        raise _Reject("already-accelerated", f"acceleration on {e.effective_date}: the note "
                      "was already accelerated")  # fmt: skip
    if not run.in_default:
        raise _Reject("no-default", f"acceleration on {e.effective_date}: the note may be "
                      "declared due only while an Event of Default continues (¶5)")  # fmt: skip
    run.accrue(e.effective_date)
    run.accelerated = True
    run._row(e.seq, e.effective_date, e.kind, None, NO_SPLIT, ZERO_EXACT, e.memo)


def _opening_balance(run: _Run, e: OpeningBalance) -> None:
    moved = any(r.kind not in EVENT_KINDS or EVENT_KINDS[r.kind].financial for r in run.rows)
    if run.drawn or moved:  # a notation, pledge or filing before it is no obstacle
        raise _Reject("opening-not-first", f"opening balance on {e.effective_date} must be the "
                      "note's first financial event")  # fmt: skip
    for money in (e.principal, e.interest, e.default_interest, e.expenses):
        run._currency(money.currency, "the opening balance")
    advanced = e.advanced.amount if e.advanced is not None else e.principal.amount
    run.principal = e.principal.amount
    run.interest = Exact.of(e.interest.amount)
    run.default_interest = Exact.of(e.default_interest.amount)
    run.expenses = e.expenses.amount
    run.advanced = advanced
    run.drawn = True
    run.accrued_through = e.effective_date
    run._row(e.seq, e.effective_date, e.kind, e.principal.amount, NO_SPLIT, ZERO_EXACT, e.memo)


def _notation(run: _Run, e: Notation) -> None:
    run._row(e.seq, e.effective_date, e.kind, None, NO_SPLIT, ZERO_EXACT, e.text)


_HANDLERS: dict[type[Event], Callable[[_Run, Any], None]] = {
    Advance: _advance,
    Payment: _payment,
    RateFixing: _rate_fixing,
    Amendment: _amendment,
    LenderExpense: _expense,
    EventOfDefault: _default,
    Cure: _cure,
    Acceleration: _acceleration,
    OpeningBalance: _opening_balance,
    Notation: _notation,
}


def register_handler(kind: type[Event], handler: Callable[[_Run, Any], None]) -> None:
    """Teach the engine a new event kind (collateral, transfer and settlement events use this)."""
    _HANDLERS[kind] = handler


#: What a handler defined outside this module receives (the working copy) and raises (a refusal).
Run = _Run
Reject = _Reject


# -- replay and position ------------------------------------------------------------------------


@contextlib.contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a long history replays.

    Replay allocates many small records that never form reference cycles (they are freed by
    reference counting), yet each generation-2 sweep walks all of them: on a 100,000-event note
    that was about 40% of the time (``bench/replay.py``).  The collector's previous state is
    restored afterwards, even on error; nothing else about the interpreter changes.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def initial_state(terms: Terms) -> State:
    """A note on its issue date, before anything happened."""
    return State(
        terms=terms,
        principal=ZERO,
        interest=ZERO_EXACT,
        default_interest=ZERO_EXACT,
        expenses=ZERO,
        advanced=ZERO,
        accrued_through=terms.issue_date,
    )


def _reversals(
    note_id: str, events: list[Event], *, gap_free: bool = False
) -> tuple[dict[int, int], list[Problem]]:
    """Which events are reversed, and by which reversal; problems for bad reversals.

    With ``gap_free`` (:func:`replay_from`), ``events`` hold every reversal of a ledger numbered
    1, 2, 3 … but not every other event: a target #1 … #(reversal − 1) missing from them exists.
    """
    by_seq = {e.seq: e for e in events}
    reversed_by: dict[int, int] = {}
    problems: list[Problem] = []
    for e in sorted((e for e in events if isinstance(e, Reversal)), key=lambda e: e.seq):
        target = by_seq.get(e.target_seq)
        message = None
        if (target is None and not (gap_free and e.target_seq >= 1)) or e.target_seq >= e.seq:
            message = (
                f"reversal #{e.seq} names event #{e.target_seq}, which is not earlier in the ledger"
            )
        elif isinstance(target, Reversal):
            message = f"reversal #{e.seq} names #{e.target_seq}, itself a reversal; record the event again instead"
        elif e.target_seq in reversed_by:
            message = f"event #{e.target_seq} was already reversed by #{reversed_by[e.target_seq]}"
        if message is not None:
            problems.append(Problem(note_id, e.seq, e.effective_date, "bad-reversal", message))
        else:
            reversed_by[e.target_seq] = e.seq
    return reversed_by, problems


def replay(terms: Terms, events: Iterable[Event], *, trace: bool = False) -> Ledger:
    """Replay ``events`` on ``terms``: the note's Schedule A, its states and its problems.

    ``trace=True`` also keeps every accrual segment (for :func:`explain`).
    """
    with _cyclic_gc_paused():
        return _replay(terms, events, trace)


def _replay(terms: Terms, events: Iterable[Event], trace: bool) -> Ledger:
    ordered = sorted(events, key=replay_key)
    reversed_by, problems = _reversals(terms.id, ordered)
    pairs = (
        [(d.toordinal(), v) for d, v in terms.interest.floating.fixings]
        if terms.interest.floating
        else []
    )
    pairs += [
        (e.effective_date.toordinal(), e.rate)
        for e in ordered
        if isinstance(e, RateFixing) and e.seq not in reversed_by
    ]
    pairs.sort(key=lambda dv: dv[0])  # stable: same-day fixings keep recording order, last wins
    fixing_dates = [d for d, _ in pairs]
    fixing_values = [v for _, v in pairs]
    initial = initial_state(terms)
    run = _Run(terms, initial, fixing_dates, fixing_values, trace)
    for event in ordered:
        if isinstance(event, Reversal):
            continue
        by = reversed_by.get(event.seq)
        if by is not None:
            run.reversed_row(event, by)
            continue
        run.apply(event)
    problems.extend(run.problems)
    return Ledger(
        terms=terms,
        initial=initial,
        rows=tuple(run.rows),
        problems=tuple(problems),
        fixing_dates=tuple(fixing_dates),
        fixing_values=tuple(fixing_values),
        segments=tuple(run.segments),
        currency=terms.currency,
    )


# -- resuming a replay from a checkpoint --------------------------------------------------------
#
# The invariant.  Replay applies events in effective-date order (``replay_key``), not in recording
# order.  A :class:`Checkpoint` taken *through* day D from a ledger of events #1 … #S holds the
# state after every one of those events effective on or before D, and nothing else.  It stays true
# for a longer ledger #1 … #S' exactly when no event #S+1 … #S' changes any day up to D: each is
# effective after D and, if it is a reversal, so is its target.  (The book enforces this: an append
# deletes the note's checkpoints through any day its events change, and a checkpoint is used only
# while event #S still has the chain hash it was taken with.)  Then replaying from the checkpoint
# the events effective after D gives the same rows after D, the same state on every day from D on
# and the same problems as replaying everything.  Days before D are not covered: ask ``replay``.


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """A replay stopped at the end of ``through``, to resume from (see the invariant above).

    ``state`` is the state after the last event effective on or before ``through``.  The fixings
    are those dated on or before ``through`` that accrual after it can still use (the last one on
    or before ``state.accrued_through`` and any later).  ``problems`` are those found applying the
    events up to ``through`` (problems with reversals are not kept: they are found again from the
    reversals, which :func:`replay_from` always receives).
    """

    through: date
    state: State
    fixing_dates: tuple[int, ...]
    fixing_values: tuple[Decimal, ...]
    problems: tuple[Problem, ...]


def checkpoint_at(ledger: Ledger, through: date) -> Checkpoint:
    """The checkpoint through ``through`` of a ledger that covers that day."""
    state = state_on(ledger, through)
    last = through.toordinal()
    anchor = min(state.accrued_through.toordinal(), last)
    first = bisect_right(ledger.fixing_dates, anchor) - 1
    hi = bisect_right(ledger.fixing_dates, last)
    lo = max(0, min(first, hi))
    problems = tuple(
        p for p in ledger.problems if p.code != "bad-reversal" and p.effective_date <= through
    )
    return Checkpoint(through, state, ledger.fixing_dates[lo:hi], ledger.fixing_values[lo:hi],
                      problems)  # fmt: skip


def replay_from(
    terms: Terms, checkpoint: Checkpoint | None, events: Iterable[Event], *, trace: bool = False
) -> Ledger:
    """Replay a gap-free ledger from ``checkpoint`` on (plain :func:`replay` when it is None).

    ``events`` must include every event effective after ``checkpoint.through`` and every reversal
    (of any date); other events may be included and are ignored.  The ledger's ``initial`` is the
    checkpoint's state and its rows are those after ``checkpoint.through``: its states, positions
    and problems equal the full replay's for every day from ``checkpoint.through`` on.
    """
    if checkpoint is None:
        return replay(terms, events, trace=trace)
    through = checkpoint.through.toordinal()
    given = list(events)
    tail = sorted((e for e in given if e.effective_date.toordinal() > through), key=replay_key)
    covered_reversals: list[Event] = [
        e for e in given if isinstance(e, Reversal) and e.effective_date.toordinal() <= through
    ]
    reversed_by, problems = _reversals(terms.id, tail + covered_reversals, gap_free=True)
    pairs = list(zip(checkpoint.fixing_dates, checkpoint.fixing_values, strict=True))
    if terms.interest.floating:
        pairs += [(d.toordinal(), v) for d, v in terms.interest.floating.fixings
                  if d.toordinal() > through]  # fmt: skip
    pairs += [
        (e.effective_date.toordinal(), e.rate)
        for e in tail
        if isinstance(e, RateFixing) and e.seq not in reversed_by
    ]
    pairs.sort(key=lambda dv: dv[0])
    fixing_dates = [d for d, _ in pairs]
    fixing_values = [v for _, v in pairs]
    run = _Run(terms, checkpoint.state, fixing_dates, fixing_values, trace)
    for event in tail:
        if isinstance(event, Reversal):
            continue
        by = reversed_by.get(event.seq)
        if by is not None:
            run.reversed_row(event, by)
            continue
        run.apply(event)
    problems.extend(checkpoint.problems)
    problems.extend(run.problems)
    return Ledger(
        terms=terms,
        initial=checkpoint.state,
        rows=tuple(run.rows),
        problems=tuple(problems),
        fixing_dates=tuple(fixing_dates),
        fixing_values=tuple(fixing_values),
        segments=tuple(run.segments),
        currency=terms.currency,
    )


def state_on(ledger: Ledger, day: date) -> State:
    """The state after the last event effective on or before ``day`` (no accrual past it)."""
    rows = ledger.rows
    lo, hi = 0, len(rows)
    ordinal = day.toordinal()
    while lo < hi:
        mid = (lo + hi) // 2
        if rows[mid].effective_date.toordinal() <= ordinal:
            lo = mid + 1
        else:
            hi = mid
    return rows[lo - 1].state if lo else ledger.initial


def _resume(ledger: Ledger, day: date, trace: bool = False) -> _Run:
    state = state_on(ledger, day)
    return _Run(state.terms, state, list(ledger.fixing_dates), list(ledger.fixing_values), trace)


def position(ledger: Ledger, as_of: date) -> Position:
    """Where the note stands at the end of ``as_of``: balances with interest accrued per its terms.

    Interest "as of D" covers each day up to D, D itself excluded; with ``count_first_and_last_day``
    D counts too.  Capitalisation dates before D are applied.
    """
    run = _resume(ledger, as_of)
    with contextlib.suppress(_Reject):  # a missing fixing: interest shows up to the last known day
        run.accrue(run.accrual_end(as_of))
    try:
        rate: Decimal | None = run.rate_on(as_of)
    except rates.MissingFixing:
        rate = None
    extra = (
        rates.default_extra(run.terms.interest, rate)
        if rate is not None and run.in_default
        else ZERO
    )
    return Position(
        as_of=as_of,
        state=run.snapshot(),
        status=run.status(as_of),
        principal=run.principal,
        interest=run.rounding.round(run.interest),
        default_interest=run.rounding.round(run.default_interest),
        expenses=run.expenses,
        interest_exact=run.interest,
        default_interest_exact=run.default_interest,
        available=run.available(as_of),
        contract_rate=rate,
        default_extra=extra,
    )


def dues_on(ledger: Ledger, day: date) -> tuple[Position, Dues]:
    """The position on ``day`` and what a payment that day would have to cover, bucket by bucket."""
    run = _resume(ledger, day)
    run.accrue(run.accrual_end(day))
    return position(ledger, day), run.dues(day)


def per_diem(ledger: Ledger, day: date) -> tuple[Decimal, Exact]:
    """One day's interest (contract and default) on ``day``'s balance and rate: rounded and exact."""
    pos = position(ledger, day)
    if pos.contract_rate is None or pos.principal == 0:
        return Decimal(0).quantize(ledger.terms.rounding.quantum), ZERO_EXACT
    dc = get_day_count(pos.state.terms.interest.day_count)
    yf = dc.year_fraction(day, day + ONE_DAY, termination_date=pos.state.terms.maturity)
    exact = Exact.interest(pos.principal, pos.contract_rate + pos.default_extra, yf)
    return ledger.terms.rounding.round(exact), exact


def trace_segments(ledger: Ledger, events: Iterable[Event], as_of: date) -> tuple[Segment, ...]:
    """Every accrual segment from the first event up to ``as_of`` (replays with tracing)."""
    traced = replay(ledger.terms, [e for e in events if e.effective_date <= as_of], trace=True)
    run = _resume(traced, as_of, trace=True)
    with contextlib.suppress(_Reject):
        run.accrue(run.accrual_end(as_of))
    return traced.segments + tuple(run.segments)
