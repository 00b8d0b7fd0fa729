"""Replaying a note: ``replay(terms, events) -> Ledger`` and ``position(ledger, as_of)``.

The rule (the Loan Agreement behind the seed note): interest on the unpaid principal at the contract
rate, on the basis of the note's day count ("a 360-day year for actual days elapsed"), from the day of
each advance up to, not including, the day of payment; with ``count_first_and_last_day`` the day of
payment accrues too.  A payment is applied by the waterfall; prepaid principal cannot be reborrowed
on a non-revolving note; an Event of Default adds the default margin until cured; acceleration makes
everything due at once.

How: events are sorted by :func:`~promissory.core.kinds.replay_key` (effective date, same-day
order, recording order) and applied one by one to a mutable working copy of the note; before each
event, interest is accrued exactly (:class:`~promissory.core.money.Exact`) over the days since the
last one, split wherever the rate changes by the terms (steps), at capitalisation dates and at ACT/ACT
ICMA reference periods.  After each event an immutable :class:`~promissory.core.state.State` and a
Schedule A row are kept, so the position on any later date is that state plus the accrual since:
``position`` costs one binary search and one accrual, whatever the history's length.

Each event first meets its kind's validators (:mod:`promissory.core.kinds`); reversals and
reopening a paid note are checked across the ledger (:mod:`promissory.core.replay_rules`).  A
broken rule is a :class:`~promissory.core.problems.Problem` on the ledger and the event is left
out, so a replay finds what the book would have refused to write.

Because the result depends only on the *set* of events (not on the order they were recorded in), a
back-dated event or a reversal gives exactly what building the ledger in date order would have.

Example (ACT/360, 8%): advance 1,000,000.00 on 2001-10-05; as of 2001-11-04 (30 days) accrued
interest is 1,000,000 × 0.08 × 30/360 = 6,666.666…, shown as 6,666.67 with residue −0.00333….
"""

from __future__ import annotations

import contextlib
import gc
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from promissory.core import handlers as _builtin_handlers  # noqa: F401  (registers the built-ins)
from promissory.core import rates
from promissory.core.compounded import first_observed
from promissory.core.dates import check_date
from promissory.core.events import (
    Event,
    Reversal,
)
from promissory.core.fast_replay import Rows, fast_rows
from promissory.core.kinds import RANK, rank, replay_order
from promissory.core.money import EXACT, ZERO_EXACT, Exact, exact_arithmetic
from promissory.core.problems import Problem, Reject
from promissory.core.replay_rules import check_reversals, without_reopenings
from promissory.core.run import ONE_DAY, ZERO, Run, after_capitalisation
from promissory.core.state import (
    FeeSegment,
    Ledger,
    Position,
    ScheduleRow,
    Segment,
    State,
    Status,
)
from promissory.core.terms import Terms
from promissory.core.waterfall import Dues
from promissory.errors import InvalidInput

__all__ = [
    "Checkpoint",
    "Position",
    "Reject",
    "Run",
    "checkpoint_at",
    "dues_on",
    "initial_state",
    "per_diem",
    "position",
    "replay",
    "replay_from",
    "rows_and_state_through",
    "rows_through",
    "state_on",
    "trace_segments",
]

# -- replay and position ------------------------------------------------------------------------


@contextlib.contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a long history replays.

    Replay allocates many small records that never form reference cycles (they are freed by
    reference counting), yet each generation-2 sweep walks all of them: on a 100,000-event note
    that was about 40% of the time (``bench/replay.py``).  The collector's previous state is
    restored afterwards, even on error; nothing else about the interpreter changes.  Batch work
    that decodes and replays many notes (a chunk of onboarding rows, a bundle note's check) runs
    under it too: its garbage is freed by reference counting, and a sweep would walk every object
    the process holds each time.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextlib.contextmanager
def cyclic_gc_batched() -> Iterator[Callable[[], None]]:
    """Pause the cyclic garbage collector for a bulk run that holds one batch at a time (an
    onboarding, an import), yielding the function the run calls between batches: it collects the
    young generations only (what the process allocated since, cycles included, so memory stays
    flat), where the collector would otherwise also sweep, now and then, every object the process
    holds (tens of milliseconds each time a chunk of rows or notes is held).  The collector's
    previous state is restored afterwards, even on error.  Processes forked meanwhile should
    enable it again (they start with the parent's state)."""

    def collect() -> None:
        gc.collect(1)

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield collect
    finally:
        if was_enabled:
            gc.enable()


def cyclic_gc_in_fork() -> None:
    """Start the cyclic garbage collector of a process forked for bulk work (onboarding's and
    import's worker processes; the initializer of their pools): every object inherited from the
    parent is frozen first (:func:`gc.freeze`: moved to the permanent generation, which no sweep
    walks), then the collector is enabled (the parent forks with it paused, see
    :func:`cyclic_gc_batched`).  So a sweep in the worker walks what the worker allocated, not
    every object of the parent as well — which would also copy the pages they live on (the fork
    shares them until written) and cost the worker about a tenth of its time."""
    gc.freeze()
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
        registers_known=True,  # nothing is pledged or filed before the issue date
    )


def _apply_all(run: Run, ordered: Iterable[Event], reversed_by: dict[int, int]) -> None:
    """Apply events in replay order; a reversed event gets its struck row, a reversal none."""
    for event in ordered:
        if isinstance(event, Reversal):
            continue
        by = reversed_by.get(event.seq)
        if by is not None:
            run.reversed_row(event, by)
            continue
        run.apply(event)


@exact_arithmetic
def replay(terms: Terms, events: Iterable[Event], *, trace: bool = False) -> Ledger:
    """Replay ``events`` on ``terms``: the note's Schedule A, its states and its problems.

    ``trace=True`` also keeps every accrual segment (for :func:`explain`).
    """
    with cyclic_gc_paused():
        return _replay(terms, events, trace)


def _replay(terms: Terms, events: Iterable[Event], trace: bool) -> Ledger:
    given = list(events)
    ledger = _replay_once(terms, given, trace)
    if isinstance(ledger.rows, Rows):  # the fast path: money moved in recording order
        return ledger
    return without_reopenings(ledger, given,
                               lambda evs, tr: _replay_once(terms, evs, tr), trace)  # fmt: skip


def _replay_once(terms: Terms, events: list[Event], trace: bool) -> Ledger:
    ordered = replay_order(events)
    reversed_by, problems = check_reversals(terms, ordered)
    # fixings listed in the terms are known from the start; a fixing event adds its own when it is
    # accepted (so a refused fixing never sets a rate)
    pairs = sorted(
        (d.toordinal(), v)
        for d, v in (terms.interest.floating.fixings if terms.interest.floating else ())
    )
    fixing_dates = [d for d, _ in pairs]
    fixing_values = [v for _, v in pairs]
    initial = initial_state(terms)
    run = Run(terms, initial, fixing_dates, fixing_values, trace)
    fast = None if reversed_by or problems else fast_rows(run, initial, ordered)
    if fast is not None:
        return _fast_ledger(run, initial, fast, ())
    _apply_all(run, ordered, reversed_by)
    return Ledger(
        terms=terms,
        initial=initial,
        rows=tuple(run.rows),
        problems=(*(p for p, _ in problems), *run.problems),
        reversal_problems=tuple(problems),
        fixing_dates=tuple(run.fixing_dates),
        fixing_values=tuple(run.fixing_values),
        segments=tuple(run.segments),
        currency=terms.currency,
        fee_segments=tuple(run.fee_segments),
    )


def _fast_ledger(run: Run, initial: State, rows: Rows, problems: tuple[Problem, ...]) -> Ledger:
    """The ledger of a plain note's fast path (:mod:`promissory.core.fast_replay`)."""
    return Ledger(
        terms=run.original_terms,
        initial=initial,
        rows=rows,
        problems=problems,
        fixing_dates=tuple(run.fixing_dates),
        fixing_values=tuple(run.fixing_values),
        currency=run.original_terms.currency,
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
    or before ``state.accrued_through`` — or, for a rate reset on a schedule, on or before that
    period's observation day — and any later).  ``problems`` are those found applying the
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
    floating = state.terms.interest.floating
    if floating is not None and floating.reset is not None:  # the fixing the period observed
        observed = rates.observation_day(floating, rates.reset_dates(state.terms),
                                         date.fromordinal(anchor))  # fmt: skip
        anchor = min(anchor, observed.toordinal())
        if floating.in_arrears is not None:  # every fixing the period in progress observes
            anchor = min(anchor, first_observed(state.terms, date.fromordinal(anchor)).toordinal())
    first = bisect_right(ledger.fixing_dates, anchor) - 1
    hi = bisect_right(ledger.fixing_dates, last)
    lo = max(0, min(first, hi))
    kept_from = dict(ledger.reversal_problems)  # replay_from finds the others again
    problems = tuple(
        p
        for p in ledger.problems
        if (kept_from[p] <= through if p in kept_from else p.effective_date <= through)
    )
    return Checkpoint(through, state, ledger.fixing_dates[lo:hi], ledger.fixing_values[lo:hi],
                      problems)  # fmt: skip


@exact_arithmetic
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
    given = list(events)
    with cyclic_gc_paused():
        ledger = _replay_from(terms, checkpoint, given, trace)
        if isinstance(ledger.rows, Rows):  # the fast path: money moved in recording order
            return ledger
        return without_reopenings(
            ledger, given,
            lambda evs, tr: _replay_from(terms, checkpoint, evs, tr), trace,
        )  # fmt: skip


def _replay_from(terms: Terms, checkpoint: Checkpoint, given: list[Event], trace: bool) -> Ledger:
    through = checkpoint.through.toordinal()
    tail = replay_order([e for e in given if e.effective_date.toordinal() > through])
    covered_reversals: list[Event] = [
        e for e in given if isinstance(e, Reversal) and e.effective_date.toordinal() <= through
    ]
    reversed_by, problems = check_reversals(terms, tail + covered_reversals, gap_free=True)
    pairs = list(zip(checkpoint.fixing_dates, checkpoint.fixing_values, strict=True))
    if terms.interest.floating:
        pairs += [(d.toordinal(), v) for d, v in terms.interest.floating.fixings
                  if d.toordinal() > through]  # fmt: skip
    pairs.sort(key=lambda dv: dv[0])  # fixing events after the checkpoint add their own
    fixing_dates = [d for d, _ in pairs]
    fixing_values = [v for _, v in pairs]
    run = Run(terms, checkpoint.state, fixing_dates, fixing_values, trace)
    fast = None if reversed_by or problems else fast_rows(run, checkpoint.state, tail)
    if fast is not None:
        return _fast_ledger(run, checkpoint.state, fast, checkpoint.problems)
    _apply_all(run, tail, reversed_by)
    return Ledger(
        terms=terms,
        initial=checkpoint.state,
        rows=tuple(run.rows),
        problems=(*(p for p, _ in problems), *checkpoint.problems, *run.problems),
        reversal_problems=tuple(problems),
        fixing_dates=tuple(run.fixing_dates),
        fixing_values=tuple(run.fixing_values),
        segments=tuple(run.segments),
        currency=terms.currency,
        fee_segments=tuple(run.fee_segments),
    )


def state_on(ledger: Ledger, day: date, *, before: str | None = None) -> State:
    """The state after the last event effective on or before ``day`` (no accrual past it).

    With ``before`` (an event kind), the day's events are included only up to that kind's place in
    the same-day order (``kinds.SAME_DAY_ORDER``): what a payment made that day would meet is
    the state after that day's capitalisation, advances and earlier payments, and before the
    day's acceleration, transfer or release.  Every row's kind has a rank (derived rows too), so
    the rows are sorted by (date, rank) and the search is exact.
    """
    rows = ledger.rows
    limit = (day.toordinal(), rank(before) if before is not None else len(RANK))
    key = rows.key if isinstance(rows, Rows) else (lambda i: _row_key(rows[i]))  # builds no row
    lo, hi = 0, len(rows)
    while lo < hi:
        mid = (lo + hi) // 2
        if key(mid) <= limit:
            lo = mid + 1
        else:
            hi = mid
    return rows[lo - 1].state if lo else ledger.initial


def _row_key(row: ScheduleRow) -> tuple[int, int]:
    return row.effective_date.toordinal(), RANK[row.kind]


def _resume(ledger: Ledger, day: date, trace: bool = False, before: str | None = None) -> Run:
    state = state_on(ledger, day, before=before)
    return Run(ledger.terms, state, list(ledger.fixing_dates), list(ledger.fixing_values), trace)


@exact_arithmetic
def standing_on(ledger: Ledger, as_of: date) -> tuple[Status, Decimal]:
    """The note's status and principal at the end of ``as_of`` without accruing interest: what
    can be said of a note whose interest waits for a fixing (a rate compounded in arrears whose
    latest fixings are not in yet), when :func:`position` cannot say what it owes."""
    check_date(as_of, "as-of date")
    run = _resume(ledger, as_of)
    return run.status(as_of), run.principal


def _accrue_through(run: Run, day: date) -> None:
    """Accrue interest through ``day`` (as the note counts days); a missing fixing is bad input."""
    try:
        run.accrue(run.accrual_end(day), day)
    except Reject as missing:
        raise InvalidInput(f"note {run.terms.id} on {day}: {missing.message}") from None


def _position_of(run: Run, as_of: date) -> Position:
    """The working copy, accrued through ``as_of``, as a Position."""
    try:
        rate = run.rate_on(as_of)
    except rates.MissingFixing as missing:
        raise InvalidInput(f"note {run.terms.id}: {missing}") from None
    extra, _ = run.balance_extra(as_of, rate)
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
        late_charges=run.late_charges,
        borrowing_base=run.borrowing_base(),
        **_fees_of(run, as_of),
    )


def _fees_of(run: Run, as_of: date) -> dict[str, Decimal]:
    """A position's fees (none without ``[[fees]]``): payable now, and accrued to be billed."""
    if not run.has_fees:
        return {}
    accrued = run.rounding.round(run.fee_accrued)
    if run.due_in_full(as_of):
        exit_fee = run.exit_fee_owed()
        return {"fees": EXACT.add(run.fees, EXACT.add(accrued, exit_fee)),
                "fees_accrued": ZERO}  # fmt: skip
    return {"fees": run.fees, "fees_accrued": accrued}


@exact_arithmetic
def position(ledger: Ledger, as_of: date) -> Position:
    """Where the note stands at the end of ``as_of``: balances with interest accrued per its terms.

    Interest "as of D" covers each day up to D, D itself excluded; with ``count_first_and_last_day``
    D counts too.  Capitalisation dates up to D are applied.  A floating-rate note without a
    fixing for a day it needs raises :class:`~promissory.errors.InvalidInput` naming it, and so
    does an as-of date outside the calendar range (:mod:`promissory.core.dates`).
    """
    check_date(as_of, "as-of date")
    run = _resume(ledger, as_of)
    _accrue_through(run, as_of)
    return _position_of(run, as_of)


@exact_arithmetic
def rows_through(ledger: Ledger, as_of: date) -> tuple[ScheduleRow, ...]:
    """Schedule A's rows dated on or before ``as_of`` with the rows the terms make by then after
    the last event (a late charge, a capitalisation): what Schedule A will show on that day
    whatever is recorded later."""
    check_date(as_of, "as-of date")
    run = _resume(ledger, as_of)
    _accrue_through(run, as_of)
    kept = tuple(r for r in ledger.rows if r.effective_date <= as_of)
    return kept + tuple(run.rows)


@exact_arithmetic
def rows_and_state_through(ledger: Ledger, as_of: date) -> tuple[tuple[ScheduleRow, ...], State]:
    """:func:`rows_through` and the note's state at the end of ``as_of`` (after the rows the
    terms make by then: a late charge, unapplied funds applied on a due date)."""
    check_date(as_of, "as-of date")
    run = _resume(ledger, as_of)
    _accrue_through(run, as_of)
    kept = tuple(r for r in ledger.rows if r.effective_date <= as_of)
    return kept + tuple(run.rows), run.snapshot()


@exact_arithmetic
def dues_on(ledger: Ledger, day: date, *, kind: str = "payment") -> tuple[Position, Dues]:
    """What an event of ``kind`` (a payment, a settlement) made on ``day`` would have to cover.

    It meets the state after the day's earlier events (same-day order), with interest accrued as
    that event's own handler accrues it, so a quote and a payment of its total agree exactly.
    """
    check_date(day, "as-of date")
    run = _resume(ledger, day, before=kind)
    run.after_capitalisation = after_capitalisation(kind)
    _accrue_through(run, day)
    try:
        dues = run.dues(day)
    except rates.MissingFixing as missing:  # a rate compounded in arrears, its fixings not in
        raise InvalidInput(f"note {run.terms.id}: {missing}") from None
    if run.premium_missing is not None and dues.principal > dues.free_principal():
        raise InvalidInput(f"note {run.terms.id} on {day}: {run.premium_missing}")
    return _position_of(run, day), dues


@exact_arithmetic
def per_diem(ledger: Ledger, day: date, *, kind: str = "payment") -> tuple[Decimal, Exact]:
    """One day's interest (contract and default) after ``day`` at its balance and rate."""
    check_date(day, "per diem date")
    run = _resume(ledger, day, before=kind)
    run.after_capitalisation = after_capitalisation(kind)
    _accrue_through(run, day)
    quantum = run.rounding.quantum
    if run.principal == 0:
        return EXACT.multiply(ZERO, quantum), ZERO_EXACT
    try:
        rate = run.rate_on(day)
    except rates.MissingFixing as missing:  # a rate compounded in arrears, its fixings not in
        raise InvalidInput(f"note {run.terms.id}: {missing}") from None
    extra, _ = run.balance_extra(day, rate)
    yf = run.year_fraction(day, day + ONE_DAY)
    exact = Exact.interest(run.principal, EXACT.add(rate, extra), yf)
    exact = exact + run.past_due_per_diem(day, rate)
    return run.rounding.round(exact), exact


@dataclass(frozen=True, slots=True)
class Trace:
    """Every accrual segment up to a day, and the interest capitalised over them."""

    segments: tuple[Segment, ...]
    capitalised: Decimal
    fee_segments: tuple[FeeSegment, ...] = ()  # the unused-commitment fee's ([[fees]])


@exact_arithmetic
def trace_segments(ledger: Ledger, events: Iterable[Event], as_of: date) -> Trace:
    """Every accrual segment from the first event up to ``as_of`` (replays with tracing).

    Reversals are kept whatever their date: a corrected event never happened, on any day.
    """
    check_date(as_of, "as-of date")
    kept = [e for e in events if e.effective_date <= as_of or isinstance(e, Reversal)]
    traced = replay(ledger.terms, kept, trace=True)
    run = _resume(traced, as_of, trace=True)
    _accrue_through(run, as_of)
    capitalised = sum(
        (
            r.amount or ZERO
            for r in (*traced.rows, *run.rows)
            if r.kind == "capitalisation" and r.effective_date <= as_of
        ),
        ZERO,
    )
    return Trace(traced.segments + tuple(run.segments), capitalised,
                 traced.fee_segments + tuple(run.fee_segments))  # fmt: skip
