"""Participations: a note held in parts (60/40), partial assignments, and each part's figures.

The original lender holds the whole note (share 1) from the issue date.  A :class:`Transfer` with
a ``share`` assigns that fraction *of the whole note* from its ``assignor`` (default: the holder of
record) to its ``holder``; without a share it assigns everything the assignor holds (the whole
note when there is one holder).  A transfer takes effect at the end of its day, after the day's
money movements (the same-day rule of :mod:`promissory.core.kinds`).

**Holder of record.**  Of a note held in parts, the lead holder: the largest part, ties to the
holder who has held longest.  Payoff letters, ``note list`` and the default OID statement name it.

**Pro rata, exact, with a stated residue rule** (:func:`split`).  A figure is split among the
parts in force by their shares: each part's exact amount is rounded *down* to the note's rounding
unit, and the units left over go one each to the parts with the largest remainders, ties to the
part listed first (held longest).  The parts always add up to the whole: 1,000.01 split 60/40 is
600.00 + 400.00 and the cent left goes to the larger remainder (0.006 against 0.004): 600.01 + 400.00.

**Accrued interest is split at a transfer date** (:func:`interest_earned`): the interest that
accrued (paid or not) while a part was held belongs to whoever held it then.  Interest from the
issue date to ``as_of`` is cut at each date the parts changed, and each stretch is split among the
parts in force during it.  A transfer on day D passes the part at the end of D: interest for D
itself (accrued through D+1) is the assignor's, and the assignee earns from D+1.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

from promissory.core.engine import position
from promissory.core.events import Event
from promissory.core.history import live_events
from promissory.core.money import EXACT
from promissory.core.state import Ledger
from promissory.core.terms import Terms
from promissory.core.transfer import Transfer
from promissory.errors import InvalidInput

ONE = Decimal(1)


@dataclass(frozen=True, slots=True)
class Part:
    """``holder`` holds ``share`` of the whole note since ``since`` (its first holding day)."""

    holder: str
    share: Decimal
    since: date


def _apply(terms: Terms, parts: list[Part], e: Transfer) -> list[Part]:
    """The parts after ``e``; raises :class:`InvalidInput` for an assignment that cannot be."""
    assignor = e.assignor or _lead(parts).holder
    held = {p.holder: p for p in parts}
    if assignor not in held:
        raise InvalidInput(
            f"transfer assignor {assignor!r} does not hold note {terms.id} on "
            f"{e.effective_date} (holders: {', '.join(p.holder for p in parts)})"
        )
    if e.holder == assignor:
        raise InvalidInput(f"transfer of note {terms.id}: {assignor} cannot assign to itself")
    mine = held[assignor].share
    moved = mine if e.share is None else e.share
    if moved > mine:
        raise InvalidInput(
            f"transfer share {e.share} of note {terms.id} on {e.effective_date} is more than "
            f"{assignor} holds ({mine}): an assignor can assign only what it holds"
        )
    out: list[Part] = []
    for p in parts:
        if p.holder == assignor:
            if p.share - moved > 0:
                out.append(Part(p.holder, p.share - moved, p.since))
        elif p.holder == e.holder:
            out.append(Part(p.holder, p.share + moved, p.since))
        else:
            out.append(p)
    if e.holder not in held:
        out.append(Part(e.holder, moved, e.effective_date))
    return out


def _lead(parts: Sequence[Part]) -> Part:
    # max keeps the first of equal keys: the holder listed first has held longest
    return max(parts, key=lambda p: p.share)


def _transfers(events: Iterable[Event]) -> list[Transfer]:
    found = [e for e in live_events(events) if isinstance(e, Transfer)]
    return sorted(found, key=lambda e: (e.effective_date, e.seq))


def parts_on(terms: Terms, events: Iterable[Event], day: date) -> tuple[Part, ...]:
    """The parts at the end of ``day``, the holder of record (the lead) first, then the others in
    the order they began to hold."""
    parts = [Part(terms.lender.name, ONE, terms.issue_date)]
    for e in _transfers(events):
        if e.effective_date <= day:
            parts = _apply(terms, parts, e)
    lead = _lead(parts)
    return (lead, *(p for p in parts if p is not lead))


def transfer_problem(terms: Terms, events: Iterable[Event], new: Transfer) -> str | None:
    """Why ``new`` cannot be recorded after ``events`` (its message), or None."""
    try:
        parts_on(terms, [*events, new], date.max)
    except InvalidInput as exc:
        return str(exc)
    return None


def split(amount: Decimal, parts: Sequence[Part], unit: Decimal) -> tuple[Decimal, ...]:
    """``amount`` split among ``parts`` by share (module docstring: down to ``unit``, the units
    left over to the largest remainders, ties to the part listed first).  Adds up to ``amount``."""
    whole = sum((p.share for p in parts), Decimal(0))
    if whole <= 0:
        raise InvalidInput("a figure cannot be split among parts with no share")
    sign = -1 if amount < 0 else 1
    units = Fraction(abs(amount)) / Fraction(unit)  # the amount in units (cents)
    exact = [units * Fraction(p.share) / Fraction(whole) for p in parts]
    floors = [math.floor(x) for x in exact]
    left = math.floor(units) - sum(floors)
    order = sorted(range(len(parts)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[:left]:
        floors[i] += 1
    return tuple(EXACT.multiply(Decimal(sign * f), unit) for f in floors)


def _earned_to(ledger: Ledger, day: date) -> Decimal:
    """Interest accrued from issue as of ``day`` (paid, and accrued unpaid rounded)."""
    pos = position(ledger, day)
    return pos.state.interest_paid + pos.interest


def change_dates(terms: Terms, events: Iterable[Event], as_of: date) -> tuple[date, ...]:
    """The days (on or before ``as_of``) at whose end the parts changed."""
    return tuple(sorted({e.effective_date for e in _transfers(events)
                         if terms.issue_date <= e.effective_date <= as_of}))  # fmt: skip


def interest_earned(ledger: Ledger, events: Sequence[Event], as_of: date) -> dict[str, Decimal]:
    """Each holder's interest earned from issue to the end of ``as_of`` (module docstring), each
    stretch between changes split with :func:`split`; the holders' figures add up to the note's."""
    terms = ledger.terms
    unit = terms.rounding.quantum
    out: dict[str, Decimal] = {}
    start = terms.issue_date - timedelta(days=1)
    before = Decimal(0)
    for end in (*change_dates(terms, events, as_of - timedelta(days=1)), as_of):
        if end <= start:
            continue
        # a change at the end of ``end``: interest for ``end`` itself is the assignor's
        upto = _earned_to(ledger, end if end == as_of else end + timedelta(days=1))
        parts = parts_on(terms, events, start)
        for p, amount in zip(parts, split(upto - before, parts, unit), strict=True):
            out[p.holder] = out.get(p.holder, Decimal(0)) + amount
        before, start = upto, end
    return out


@dataclass(frozen=True, slots=True)
class PartFigures:
    """One holder's part of the note as of a day: its share, its pro rata part of each balance,
    and the interest earned while it held (split at each transfer date)."""

    holder: str
    share: Decimal
    since: date
    principal: Decimal
    interest: Decimal
    default_interest: Decimal
    expenses: Decimal
    late_charges: Decimal
    total: Decimal
    interest_earned: Decimal
    fees: Decimal = Decimal(0)  # fees of the terms owed ([[fees]]: payable and accrued)


@dataclass(frozen=True, slots=True)
class PartsReport:
    """The note's figures as of ``as_of`` and each holder's part; each column adds up to the
    note's (``rule`` states how the rounding residue is assigned).  ``parts``: the holders on
    ``as_of`` (the holder of record first), then former holders with share 0 and the interest
    they earned while they held."""

    note_id: str
    as_of: date
    currency: str
    holder_of_record: str
    principal: Decimal
    interest: Decimal
    default_interest: Decimal
    expenses: Decimal
    late_charges: Decimal
    total: Decimal
    interest_earned: Decimal
    parts: tuple[PartFigures, ...]
    fees: Decimal = Decimal(0)  # fees of the terms owed ([[fees]]: payable and accrued)
    rule: str = (
        "each part rounded down to the unit; the units left over go to the largest remainders, "
        "ties to the holder who has held longest"
    )


def first_held(terms: Terms, events: Iterable[Event], holder: str) -> date:
    """The first day ``holder`` held any part of the note (the issue date for the lender)."""
    if holder == terms.lender.name:
        return terms.issue_date
    days = [e.effective_date for e in _transfers(events) if e.holder == holder]
    return min(days) if days else terms.issue_date


def parts_report(ledger: Ledger, events: Sequence[Event], as_of: date) -> PartsReport:
    """Each holder's part of the note's figures as of ``as_of`` (module docstring)."""
    terms = ledger.terms
    unit = terms.rounding.quantum
    pos = position(ledger, as_of)
    parts = parts_on(terms, events, as_of)
    fees = EXACT.add(pos.fees, pos.fees_accrued)
    columns = [pos.principal, pos.interest, pos.default_interest, pos.expenses, pos.late_charges,
               fees]  # fmt: skip
    cut = [split(figure, parts, unit) for figure in columns]
    earned = interest_earned(ledger, events, as_of)
    principal, interest, default_interest, expenses, late_charges, fee_parts = cut
    lines = tuple(
        PartFigures(
            holder=p.holder,
            share=p.share,
            since=p.since,
            principal=principal[i],
            interest=interest[i],
            default_interest=default_interest[i],
            expenses=expenses[i],
            late_charges=late_charges[i],
            fees=fee_parts[i],
            total=sum((c[i] for c in cut), Decimal(0)),
            interest_earned=earned.get(p.holder, Decimal(0)),
        )
        for i, p in enumerate(parts)
    )
    current = {p.holder for p in parts}
    former = tuple(  # a holder who has assigned all it held keeps the interest it earned
        PartFigures(holder=name, share=Decimal(0), since=first_held(terms, events, name),
                    principal=zero, interest=zero, default_interest=zero, expenses=zero,
                    late_charges=zero, total=zero, interest_earned=amount)
        for name, amount in earned.items()
        if name not in current
        for zero in (EXACT.multiply(Decimal(0), unit),)
    )  # fmt: skip
    lines += former
    return PartsReport(
        note_id=terms.id,
        as_of=as_of,
        currency=terms.currency,
        holder_of_record=parts[0].holder,
        principal=pos.principal,
        interest=pos.interest,
        default_interest=pos.default_interest,
        expenses=pos.expenses,
        late_charges=pos.late_charges,
        fees=fees,
        total=sum(columns, Decimal(0)),
        interest_earned=sum(earned.values(), Decimal(0)),
        parts=lines,
    )


def holdings_of(
    terms: Terms, events: Iterable[Event], holder: str
) -> tuple[tuple[date, date | None, Fraction], ...]:
    """``holder``'s holdings of the note as (first day held, first day no longer held or None,
    share of the whole): a part assigned at the end of day D is held by the assignee from D+1."""

    def share_of(day: date) -> Decimal:
        return sum((p.share for p in parts_on(terms, evs, day) if p.holder == holder),
                   Decimal(0))  # fmt: skip

    evs = list(events)
    out: list[tuple[date, date | None, Fraction]] = []
    start, current = terms.issue_date, share_of(terms.issue_date - timedelta(days=1))
    for day in change_dates(terms, evs, date.max):
        new = share_of(day)
        if new != current:
            if current > 0:
                out.append((start, day + timedelta(days=1), Fraction(current)))
            start, current = day + timedelta(days=1), new
    if current > 0:
        out.append((start, None, Fraction(current)))
    return tuple(out)
