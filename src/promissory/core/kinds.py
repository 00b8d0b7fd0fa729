"""Every event kind, declared once: its record, its handler, its same-day rank and its validators.

A note's ledger holds events of some twenty kinds, and a replay also writes rows no one recorded
(a capitalisation).  For each kind one :class:`EventKind` row says

``record``
    the immutable record class (:mod:`promissory.core.events` and the collateral, filings,
    transfer and settlement modules), or ``None`` for a *derived* row the engine writes itself;
``handler``
    the function that applies the event to the working copy (:class:`~promissory.core.run.Run`),
    or, for a kind the engine applies differently, ``applied_by``: who writes or applies it;
``rank`` and ``reason``
    its place in the same-day order (events of one day replay in the order of
    :data:`SAME_DAY_ORDER`, events of one kind on one day in recording order) and why;
``validators``
    the rules the event must meet before its handler changes anything.  Each raises
    :class:`~promissory.core.problems.Reject`; replay turns that into a
    :class:`~promissory.core.problems.Problem` and leaves the event out.  Replay runs them on every
    event, so what the book would refuse to write, ``verify`` and ``import`` find.  Rules that need
    interest accrued first (a payment beyond the payoff, a settlement short of it) stay in the
    handler, after the accrual.  An empty tuple means the kind has no rule of its own.

Every kind first meets the rules common to all (:meth:`Run.check_open`: not before the note's issue
date; nothing that moves money once the note is paid or terminated).

The order (:data:`SAME_DAY_ORDER`) is written here, with the reason next to each position; the
record, handler and validators are attached by the module that defines them, through
:func:`declare` (the module imports the engine, which imports this one).  :func:`event_kinds`
imports every such module and checks that no kind lacks anything, and a test proves it.
Looking a kind up is strict: a kind with no rank is an error, never "last".

Adding a kind: a row in :data:`SAME_DAY_ORDER` with its reason; a record class with a ``kind``;
a handler; ``declare(Record, handler, validators=(...))`` in its module; and that module in
:data:`DECLARING_MODULES`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from promissory.core.events import EVENT_KINDS, Event
from promissory.errors import InvalidInput

#: How an event is applied: ``handler(run, event)`` (``run`` is the replay's working copy).
Handler = Callable[[Any, Any], None]
#: A rule an event must meet: ``validator(run, event)`` raises ``Reject`` when it is broken.
Validator = Callable[[Any, Any], None]

SAME_DAY_ORDER: Final[tuple[tuple[str, str], ...]] = (
    ("fee", "a fee the terms bill on a day (the unused-commitment fee, [[fees]]) is posted at the "
     "start of that day, so that day's payments can pay it"),
    ("unapplied_applied", "funds held as unapplied pay the installment due that day at its start, "
     "so the installment is paid before the day's events meet it"),
    ("late_charge", "a late charge is charged at the start of the first day after the grace period, "
     "so that day's payment (already late) can pay it"),
    ("opening_balance", "a loan taken on from elsewhere exists before anything else happens that day"),
    ("amendment", "a change of terms effective on a day governs that day's events (an extension "
     "dated on the maturity day lets that day's advance stand)"),
    ("pik_election", "a PIK toggle election for the interest period starting that day governs "
     "that day's interest (it is made by then, so nothing of the period has accrued)"),
    ("rate_fixing", "an index value published for a day sets the rate of interest accruing from it"),
    ("cure", "a cure or waiver ends the earlier default before a new one dated the same day begins"),
    ("default", "default interest accrues from the day of the Event of Default"),
    ("ucc_filing", "a financing statement filed on a day perfects that day's pledges"),
    ("ucc_continuation", "a continuation filed on a day keeps the filing effective that day"),
    ("pledge", "collateral pledged on a day secures the note for that day's advances (a borrowing "
     "base lends against it) and settlement"),
    ("valuation", "an asset valued on the day it is pledged is valued once pledged, and its value "
     "is known before that day's advances (the borrowing base), coverage or settlement"),
    ("advance", "money lent on a day is on the books before that day's repayments can reach it"),
    ("expense", "Lender Expenses charged on a day can be paid by that day's payment"),
    ("payment", "a payment is applied to everything owed at the end of the day's charges"),
    ("refund", "unapplied funds are returned after the day's payments were applied or held"),
    ("escrow_disbursement", "a tax or insurance bill is paid from escrow after the day's "
     "payments put their escrow parts in"),
    ("settlement", "a settlement pays the note in full after the day's other payments"),
    ("capitalisation", "interest is capitalised after its day's payments: a payment on the day "
     "pays the interest of the period ending that day in cash, and only what is left unpaid is "
     "capitalised (paid in kind); a demand, acceleration or transfer that day meets the "
     "capitalised principal"),
    ("demand", "a demand for payment made on a day counts that day's payments first (like an "
     "acceleration), and falls due after them"),
    ("acceleration", "an acceleration declared on a day counts that day's payments first"),
    ("transfer", "an assignment passes the note as it stands after the day's money movements"),
    ("release", "collateral is released only after the day's settlement has been applied"),
    ("ucc_termination", "a financing statement is terminated after the collateral it covers is released"),
    ("notation", "a notation changes nothing and reads best after what it comments on"),
    ("reversal", "a reversal removes its target from every day; its own position does not matter"),
)  # fmt: skip

RANK: Final[dict[str, int]] = {kind: i for i, (kind, _reason) in enumerate(SAME_DAY_ORDER)}
REASON: Final[dict[str, str]] = dict(SAME_DAY_ORDER)

#: The modules that declare kinds (importing them fills :data:`KINDS`).
DECLARING_MODULES: Final = (
    "promissory.core.handlers",
    "promissory.core.collateral",
    "promissory.core.filings",
    "promissory.core.transfer",
    "promissory.core.settlement",
)


@dataclass(frozen=True, slots=True)
class EventKind:
    """One event kind (see the module docstring): exactly one of ``record``/``None`` with
    ``applied_by``, and of ``handler``/``applied_by``, is given."""

    name: str
    rank: int
    reason: str
    record: type[Event] | None
    handler: Handler | None
    applied_by: str
    validators: tuple[Validator, ...]

    @property
    def derived(self) -> bool:
        """A row the engine writes (no one records it)."""
        return self.record is None


#: The table, by kind name; filled by :func:`declare` and :func:`declare_applied`.
KINDS: dict[str, EventKind] = {}


def rank(kind: str) -> int:
    """The kind's place in the same-day order; a kind without one is an error, not "last"."""
    try:
        return RANK[kind]
    except KeyError:
        raise InvalidInput(
            f"event kind {kind!r} has no place in the same-day order (core/kinds.py)"
        ) from None


def replay_key(event: Event) -> tuple[int, int, int]:
    """Sort key: effective date, same-day rank, then recording order."""
    try:
        return (event.effective_date.toordinal(), RANK[event.kind], event.seq)
    except KeyError:
        return (0, rank(event.kind), 0)  # raises, naming the kind


def replay_order(events: list[Event]) -> list[Event]:
    """``events`` sorted by :func:`replay_key`: the same order, keyed by the date itself rather
    than its ordinal (about half the time on a long history; a kind without a rank is named by
    :func:`replay_key`)."""
    ranks = RANK
    try:
        return sorted(events, key=lambda e: (e.effective_date, ranks[e.kind], e.seq))
    except KeyError:
        return sorted(events, key=replay_key)


def kind(name: str) -> EventKind:
    """The declared kind ``name`` (strict)."""
    try:
        return KINDS[name]
    except KeyError:
        raise InvalidInput(f"event kind {name!r} is not declared (core/kinds.py)") from None


def _row(
    name: str,
    record: type[Event] | None,
    handler: Handler | None,
    applied_by: str,
    validators: tuple[Validator, ...],
) -> EventKind:
    if name not in RANK:
        raise InvalidInput(f"event kind {name!r} needs a row, with its reason, in SAME_DAY_ORDER")
    known = KINDS.get(name)
    if known is not None and known.record is not record:
        raise InvalidInput(f"event kind {name!r} is already declared")
    row = EventKind(name, RANK[name], REASON[name], record, handler, applied_by, validators)
    KINDS[name] = row
    if record is not None:
        EVENT_KINDS[name] = record
    return row


def declare(
    record: type[Event], handler: Handler, *, validators: tuple[Validator, ...] = ()
) -> EventKind:
    """Declare a recorded kind applied by ``handler`` after ``validators`` pass."""
    return _row(record.kind, record, handler, "", validators)


def declare_applied(
    name: str,
    applied_by: str,
    *,
    record: type[Event] | None = None,
    validators: tuple[Validator, ...] = (),
) -> EventKind:
    """Declare a kind the engine writes or applies itself: a derived row (``record`` None, e.g.
    a capitalisation) or a recorded kind with no handler (a reversal)."""
    return _row(name, record, None, applied_by, validators)


def event_kinds() -> Mapping[str, EventKind]:
    """The complete table, after importing every declaring module; refuses an incomplete one."""
    for module in DECLARING_MODULES:
        importlib.import_module(module)
    missing = [name for name in RANK if name not in KINDS]
    if missing:
        raise InvalidInput(f"event kinds with a same-day rank but no declaration: {missing}")
    return KINDS
