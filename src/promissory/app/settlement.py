"""Settling a note: propose (reconcile to the cent), accept (one atomic batch), reverse (all of it).

``propose`` values each assigned note from its own ledger on the settlement date (principal plus
accrued interest) unless an agreed value is given, and reconciles the consideration with the payoff
(:func:`promissory.core.settlement.reconcile`).

``accept`` writes, in **one** :meth:`Book.append_batch` — every note's events land, or none do:

* on the settled note: the :class:`Settlement` (paid, agreement terminated), a :class:`Release` of
  every pledge in force, and a :class:`FinancingStatementTerminated` mark (to be filed) for every
  financing statement in force;
* on each assigned note: a :class:`Transfer` to the settled note's holder, who assumes the
  assignor's obligations under it.

Every one of them carries the settlement's id.  ``reverse`` writes a :class:`Reversal` of each, again
in one batch, so balances, holders and collateral are exactly as they were before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from promissory.app.collateral import note_value
from promissory.app.service import Promissory
from promissory.book.store import Append
from promissory.core.collateral import Release, active
from promissory.core.engine import replay
from promissory.core.events import Event, Reversal
from promissory.core.filings import FinancingStatementTerminated
from promissory.core.filings import financing_statements as filings_on
from promissory.core.history import live_events
from promissory.core.settlement import (
    AssignedNote,
    Cash,
    Consideration,
    Forgiveness,
    Reconciliation,
    Settlement,
    Shares,
    reconcile,
    settlement_event,
    settlement_of,
)
from promissory.core.transfer import Transfer, holder_on
from promissory.errors import InvalidInput, NotFound, RuleViolation


@dataclass(frozen=True, slots=True)
class NoteToAssign:
    """A note offered as consideration: valued from its ledger unless ``agreed_value`` is given."""

    note_id: str
    agreed_value: Decimal | None = None
    basis: str | None = None


Offer = Cash | NoteToAssign | Shares | Forgiveness


@dataclass(frozen=True, slots=True)
class Applied:
    """What accepting or reversing a settlement wrote: the events, note by note."""

    settlement_id: str
    reconciliation: Reconciliation | None
    written: tuple[tuple[str, tuple[Event, ...]], ...]


@dataclass(frozen=True, slots=True)
class SettlementRecord:
    """A settlement found in the book: its event and every event linked to it, on every note."""

    settlement_id: str
    event: Settlement
    linked: tuple[tuple[str, Event], ...]
    reversed: bool


def _consideration(p: Promissory, note_id: str, day: date,
                   offer: Sequence[Offer]) -> list[Consideration]:  # fmt: skip
    out: list[Consideration] = []
    for item in offer:
        if isinstance(item, NoteToAssign):
            p.note(item.note_id)  # NotFound names the notes in the book
            if item.agreed_value is not None:
                out.append(AssignedNote(item.note_id, item.agreed_value, "agreed",
                                        basis=item.basis))  # fmt: skip
            else:
                v = note_value(p, item.note_id, day)
                out.append(AssignedNote(item.note_id, v.total, "ledger", v.principal, v.interest,
                                        item.basis))  # fmt: skip
        else:
            out.append(item)
    return out


def propose(p: Promissory, note_id: str, day: date, offer: Sequence[Offer]) -> Reconciliation:
    """Reconcile ``offer`` with the payoff of ``note_id`` on ``day`` (writes nothing)."""
    ledger = p.view(note_id).ledger
    return reconcile(ledger, day, _consideration(p, note_id, day, offer))


def _settlement_ids(p: Promissory) -> set[str]:
    return {settlement_of(e) for n in p.book.note_ids() for e in p.view(n).events} - {""}


def _check(p: Promissory, note_id: str, new: Sequence[Event]) -> tuple[int, tuple[Event, ...]]:
    """Replay ``note_id`` with ``new`` appended; refuse if that creates a problem."""
    view = p.view(note_id)
    head = view.record.head
    stamped = tuple(
        replace(e, seq=head + i, recorded_at=p.clock()) for i, e in enumerate(new, start=1)
    )
    ledger = replay(view.record.terms, (*view.events, *stamped))
    before = {(q.seq, q.code) for q in view.ledger.problems}
    problems = [q for q in ledger.problems if (q.seq, q.code) not in before]
    if problems:
        raise RuleViolation(problems)
    return head, stamped


def _write(p: Promissory, settlement_id: str, reconciliation: Reconciliation | None,
           per_note: dict[str, list[Event]]) -> Applied:  # fmt: skip
    batch = []
    for note_id, events in per_note.items():
        head, stamped = _check(p, note_id, events)
        batch.append(Append(note_id, stamped, head))
    stored = p.book.append_batch(batch)
    written = tuple((a.note_id, tuple(s)) for a, s in zip(batch, stored, strict=True))
    return Applied(settlement_id, reconciliation, written)


def accept(p: Promissory, note_id: str, day: date, offer: Sequence[Offer], *,
           settlement_id: str | None = None, recorded_by: str = "", memo: str = "") -> Applied:  # fmt: skip
    """Apply the settlement in one transaction (see the module docstring)."""
    view = p.view(note_id)
    terms = view.record.terms
    r = propose(p, note_id, day, offer)
    taken = _settlement_ids(p)
    sid = settlement_id or f"{note_id}@{day.isoformat()}"
    if settlement_id is None:
        n = 2
        while sid in taken:
            sid, n = f"{note_id}@{day.isoformat()}#{n}", n + 1
    elif sid in taken:
        raise InvalidInput(f"settlement id {sid!r} is already used in the book")
    settled = settlement_event(r, sid, recorded_by=recorded_by, memo=memo)
    loan_events: list[Event] = [settled]
    for item in active(view.events, day):
        loan_events.append(Release(note_id=note_id, effective_date=day, asset=item.asset,
                                   settlement_id=sid, recorded_by=recorded_by))  # fmt: skip
    for f in filings_on(view.events, day):
        if f.status == "effective":
            loan_events.append(FinancingStatementTerminated(
                note_id=note_id, effective_date=day, filing_number=f.filing_number, filed=False,
                settlement_id=sid, recorded_by=recorded_by))  # fmt: skip
    per_note: dict[str, list[Event]] = {note_id: loan_events}
    assignee = holder_on(terms, view.events, day)
    for assigned in r.assigned_notes:
        other = p.view(assigned.note_id)
        holder = holder_on(other.record.terms, other.events, day)
        if holder != terms.borrower.name:
            raise InvalidInput(
                f"note {assigned.note_id} is held by {holder} on {day}, not by the borrower "
                f"{terms.borrower.name}: only its holder can assign it"
            )
        per_note[assigned.note_id] = [Transfer(
            note_id=assigned.note_id, effective_date=day, holder=assignee, basis=assigned.basis,
            assumes_obligations=True, settlement_id=sid, recorded_by=recorded_by,
            memo=f"assigned in settlement {sid} of note {note_id}")]  # fmt: skip
    return _write(p, sid, r, per_note)


def find(p: Promissory, settlement_id: str) -> SettlementRecord:
    """The settlement ``settlement_id`` and every event linked to it, on every note."""
    linked: list[tuple[str, Event]] = []
    settled: Settlement | None = None
    reversed_ = False
    for note_id in p.book.note_ids():
        events = p.view(note_id).events
        live = {e.seq for e in live_events(events)}
        for e in events:
            if settlement_of(e) != settlement_id:
                continue
            if isinstance(e, Settlement):
                settled, reversed_ = e, e.seq not in live
            if e.seq in live:
                linked.append((note_id, e))
    if settled is None:
        raise NotFound(f"no settlement {settlement_id!r} in the book")
    return SettlementRecord(settlement_id, settled, tuple(linked), reversed_)


def reverse(p: Promissory, settlement_id: str, day: date, *, reason: str = "",
            recorded_by: str = "") -> Applied:  # fmt: skip
    """Reverse every event of the settlement, on every note, in one transaction."""
    record = find(p, settlement_id)
    if record.reversed:
        raise InvalidInput(f"settlement {settlement_id} is already reversed")
    per_note: dict[str, list[Event]] = {}
    for note_id, e in record.linked:
        if isinstance(e, Transfer):
            later = [x for x in live_events(p.view(note_id).events)
                     if isinstance(x, Transfer) and x.seq > e.seq]  # fmt: skip
            if later:
                raise InvalidInput(
                    f"note {note_id} was assigned again after settlement {settlement_id} "
                    f"(event #{later[0].seq}); reverse that assignment first"
                )
        per_note.setdefault(note_id, []).append(Reversal(
            note_id=note_id, effective_date=day, target_seq=e.seq, recorded_by=recorded_by,
            reason=reason or f"settlement {settlement_id} reversed"))  # fmt: skip
    return _write(p, settlement_id, None, per_note)
